/* Classifications: age at year end, KOSTRA age groups, provider status,
 * income category, month masks and the two long-term definitions. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include "velferd/velferd.h"

static void ages(void **state) {
  (void)state;
  /* born 2000-12-31: 24 on 2024-12-31 (birthday that day) */
  assert_int_equal(vf_age_at_year_end((vf_date){2000, 12, 31}, 2024), 24);
  /* born 2001-01-01: 23 on 2024-12-31 */
  assert_int_equal(vf_age_at_year_end((vf_date){2001, 1, 1}, 2024), 23);
  assert_int_equal(vf_age_at_year_end((vf_date){2025, 1, 1}, 2024), -1);
  assert_int_equal(vf_age_at_year_end((vf_date){0, 0, 0}, 2024), -1);
  static const struct { int age; vf_age_group g; } t[] = {
    {-1, VF_AGE_UNKNOWN}, {0, VF_AGE_UNDER_18}, {17, VF_AGE_UNDER_18}, {18, VF_AGE_18_24},
    {24, VF_AGE_18_24}, {25, VF_AGE_25_29}, {29, VF_AGE_25_29}, {30, VF_AGE_30_39},
    {39, VF_AGE_30_39}, {40, VF_AGE_40_49}, {49, VF_AGE_40_49}, {50, VF_AGE_50_59},
    {59, VF_AGE_50_59}, {60, VF_AGE_60_66}, {66, VF_AGE_60_66}, {67, VF_AGE_67_PLUS},
    {110, VF_AGE_67_PLUS}};
  for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
    assert_int_equal(vf_classify_age(t[i].age), t[i].g);
  assert_false(vf_classify_young(17));
  assert_true(vf_classify_young(18));
  assert_true(vf_classify_young(24));
  assert_false(vf_classify_young(25));
  assert_string_equal(vf_code_name(VF_CODES_AGE_GROUP, VF_AGE_67_PLUS), "67_plus");
  assert_string_equal(vf_code_name(VF_CODES_AGE_GROUP, VF_AGE_18_24), "18_24");
  assert_null(vf_code_name(VF_CODES_AGE_GROUP, VF_AGE_GROUP_COUNT));
}

static void providers_and_income(void **state) {
  (void)state;
  assert_int_equal(vf_classify_provider(0), VF_PROVIDER_NO_CHILDREN);
  assert_int_equal(vf_classify_provider(4), VF_PROVIDER_4_CHILDREN);
  assert_int_equal(vf_classify_provider(5), VF_PROVIDER_5_PLUS);
  assert_int_equal(vf_classify_provider(9), VF_PROVIDER_5_PLUS);
  assert_string_equal(vf_code_name(VF_CODES_PROVIDER_STATUS, VF_PROVIDER_5_PLUS), "5_plus_children");
  assert_int_equal(vf_classify_income(VF_INCOME_SRC_WORK), VF_INCOME_CAT_WORK);
  assert_int_equal(vf_classify_income(VF_INCOME_SRC_TRYGD), VF_INCOME_CAT_TRYGD);
  assert_int_equal(vf_classify_income(VF_INCOME_SRC_SOCIAL_ASSISTANCE),
                   VF_INCOME_CAT_SOCIAL_ASSISTANCE);
  assert_int_equal(vf_classify_income(VF_INCOME_SRC_QUALIFICATION), VF_INCOME_CAT_PROGRAMME);
  assert_int_equal(vf_classify_income(VF_INCOME_SRC_INTRODUCTION), VF_INCOME_CAT_PROGRAMME);
  assert_int_equal(vf_classify_income(VF_INCOME_SRC_COURSE_WAGE_SUBSIDY), VF_INCOME_CAT_PROGRAMME);
  assert_int_equal(vf_classify_income(VF_INCOME_SRC_STUDENT), VF_INCOME_CAT_OTHER);
  assert_int_equal(vf_classify_income(VF_INCOME_SRC_SPOUSE), VF_INCOME_CAT_OTHER);
  assert_int_equal(vf_classify_income(VF_INCOME_SRC_OTHER), VF_INCOME_CAT_OTHER);
  assert_int_equal(vf_classify_income(VF_INCOME_SRC_UNKNOWN), VF_INCOME_CAT_UNKNOWN);
  assert_int_equal(vf_classify_income((vf_main_income)42), VF_INCOME_CAT_UNKNOWN);
  int v;
  assert_int_equal(vf_code_parse(VF_CODES_ASSISTANCE_KIND, "loan", &v, NULL), VF_OK);
  assert_int_equal(v, VF_ASSIST_LOAN);
}

static void months(void **state) {
  (void)state;
  /* Jan-Mar + May-Jul: 6 months, longest run 3 -> long-term, not continuous */
  vf_month_mask gaps = 0x7 | 0x70;
  assert_int_equal(vf_months_count(gaps), 6);
  assert_int_equal(vf_months_longest_run(gaps), 3);
  assert_true(vf_classify_long_term(gaps));
  assert_false(vf_classify_long_term_continuous(gaps));
  /* Jul-Dec: 6 consecutive */
  vf_month_mask h2 = 0xFC0;
  assert_int_equal(vf_months_longest_run(h2), 6);
  assert_true(vf_classify_long_term_continuous(h2));
  /* 5 months is not long-term */
  assert_false(vf_classify_long_term(0x1F));
  assert_int_equal(vf_months_count(0), 0);
  assert_int_equal(vf_months_count(0xFFF), 12);
  assert_int_equal(vf_months_longest_run(0xFFF), 12);
  /* bits above December are ignored */
  assert_int_equal(vf_months_count(0xF000), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(ages), cmocka_unit_test(providers_and_income),
                                     cmocka_unit_test(months)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
