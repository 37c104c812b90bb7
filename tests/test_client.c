/* Client records and code lists: setters validate, getters return what was set. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>
#include "velferd/velferd.h"

static vf_date D(int y, int m, int d) { return (vf_date){y, m, d}; }

static void codes_round_trip(void **state) {
  (void)state;
  static const struct { vf_code_list list; int count; } lists[] = {
    {VF_CODES_GENDER, 3}, {VF_CODES_CIVIL_STATUS, 6}, {VF_CODES_CITIZENSHIP, 3},
    {VF_CODES_MAIN_INCOME, 10}, {VF_CODES_TRYGD, 14}, {VF_CODES_INCOME_KIND, VF_INC_KIND_COUNT},
    {VF_CODES_HOUSING_KIND, VF_HOUSING_KIND_COUNT}, {VF_CODES_TRISTATE, 3},
    {VF_CODES_FACT, VF_FACT_COUNT}};
  for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++) {
    assert_non_null(vf_code_list_name(lists[l].list));
    for (int v = 0; v < lists[l].count; v++) {
      const char *name = vf_code_name(lists[l].list, v);
      assert_non_null(name);
      int back = -1;
      assert_int_equal(vf_code_parse(lists[l].list, name, &back, NULL), VF_OK);
      assert_int_equal(back, v);
    }
    assert_null(vf_code_name(lists[l].list, lists[l].count));
    assert_null(vf_code_name(lists[l].list, -1));
  }
  /* names and numbers as in KOSTRA 11F */
  assert_string_equal(vf_code_name(VF_CODES_CIVIL_STATUS, VF_CIVIL_WIDOWED), "widowed");
  assert_string_equal(vf_code_name(VF_CODES_TRYGD, VF_TRYGD_OLD_AGE), "old_age");
  assert_int_equal(VF_TRYGD_OLD_AGE, 7);
  assert_int_equal(VF_INCOME_SRC_SOCIAL_ASSISTANCE, 5);
  int v;
  vf_error e;
  assert_int_equal(vf_code_parse(VF_CODES_TRYGD, "07", &v, &e), VF_OK);
  assert_int_equal(v, VF_TRYGD_OLD_AGE);
  assert_int_equal(vf_code_parse(VF_CODES_TRYGD, "14", &v, &e), VF_E_UNKNOWN_CODE);
  assert_int_equal(vf_code_parse(VF_CODES_GENDER, "Female", &v, &e), VF_E_UNKNOWN_CODE);
  assert_string_equal(e.field, "gender");
  assert_string_equal(e.message, "gender: unknown code 'Female' (one of: unknown, male, female)");
  assert_int_equal(vf_code_parse(VF_CODES_GENDER, "-1", &v, &e), VF_E_UNKNOWN_CODE);
  assert_int_equal(vf_code_parse((vf_code_list)99, "x", &v, &e), VF_E_INVALID_ARG);
  assert_int_equal(vf_code_parse(VF_CODES_GENDER, NULL, &v, &e), VF_E_INVALID_ARG);
  assert_null(vf_code_list_name((vf_code_list)99));
  assert_null(vf_code_name((vf_code_list)99, 0));
}

static void client_fields(void **state) {
  (void)state;
  vf_client *c;
  vf_error e;
  assert_int_equal(vf_client_new(&c, &e), VF_OK);
  assert_string_equal(vf_client_id(c), "");
  assert_int_equal(vf_client_gender(c), VF_GENDER_UNKNOWN);
  assert_int_equal(vf_client_set_id(c, "J-0001", &e), VF_OK);
  assert_string_equal(vf_client_id(c), "J-0001");
  char longid[100];
  memset(longid, 'x', sizeof longid - 1);
  longid[99] = '\0';
  assert_int_equal(vf_client_set_id(c, longid, &e), VF_E_RANGE);
  assert_int_equal(vf_client_set_id(c, "\xff", &e), VF_E_PARSE);
  assert_int_equal(vf_client_set_id(c, NULL, &e), VF_E_INVALID_ARG);
  assert_int_equal(vf_client_set_birth_date(c, D(1950, 3, 14), &e), VF_OK);
  assert_int_equal(vf_date_cmp(vf_client_birth_date(c), D(1950, 3, 14)), 0);
  assert_int_equal(vf_client_set_birth_date(c, D(1950, 2, 29), &e), VF_E_DATE);
  assert_string_equal(e.field, "birth_date");
  assert_int_equal(vf_date_cmp(vf_client_birth_date(c), D(1950, 3, 14)), 0);

  assert_int_equal(vf_client_set_gender(c, VF_GENDER_FEMALE, &e), VF_OK);
  assert_int_equal(vf_client_set_civil_status(c, VF_CIVIL_WIDOWED, &e), VF_OK);
  assert_int_equal(vf_client_set_citizenship(c, VF_CITIZEN_FOREIGN, &e), VF_OK);
  assert_int_equal(vf_client_set_main_income(c, VF_INCOME_SRC_TRYGD, &e), VF_OK);
  assert_int_equal(vf_client_set_trygd(c, VF_TRYGD_OLD_AGE, &e), VF_OK);
  assert_int_equal(vf_client_gender(c), VF_GENDER_FEMALE);
  assert_int_equal(vf_client_civil_status(c), VF_CIVIL_WIDOWED);
  assert_int_equal(vf_client_citizenship(c), VF_CITIZEN_FOREIGN);
  assert_int_equal(vf_client_main_income(c), VF_INCOME_SRC_TRYGD);
  assert_int_equal(vf_client_trygd(c), VF_TRYGD_OLD_AGE);
  assert_int_equal(vf_client_set_gender(c, (vf_gender)3, &e), VF_E_UNKNOWN_CODE);
  assert_string_equal(e.message, "gender: unknown code 3 (one of: 0 unknown, 1 male, 2 female)");
  assert_int_equal(vf_client_set_civil_status(c, (vf_civil_status)6, &e), VF_E_UNKNOWN_CODE);
  assert_int_equal(vf_client_set_citizenship(c, (vf_citizenship)-1, &e), VF_E_UNKNOWN_CODE);
  assert_int_equal(vf_client_set_main_income(c, (vf_main_income)10, &e), VF_E_UNKNOWN_CODE);
  assert_int_equal(vf_client_set_trygd(c, (vf_trygd)14, &e), VF_E_UNKNOWN_CODE);
  assert_int_equal(vf_client_gender(c), VF_GENDER_FEMALE);

  assert_int_equal(vf_client_set_income(c, VF_INC_TRYGD, 1500000, &e), VF_OK);
  assert_int_equal(vf_client_set_income(c, VF_INC_HOUSING, 120050, &e), VF_OK);
  assert_int_equal(vf_client_income(c, VF_INC_TRYGD), 1500000);
  vf_money total;
  assert_int_equal(vf_client_income_total(c, &total, &e), VF_OK);
  assert_int_equal(total, 1620050);
  assert_int_equal(vf_client_set_income(c, VF_INC_WORK, -1, &e), VF_E_RANGE);
  assert_string_equal(e.field, "work");
  assert_string_equal(e.message, "work: amount -0.01 kr is negative");
  assert_int_equal(vf_client_set_income(c, VF_INC_KIND_COUNT, 1, &e), VF_E_UNKNOWN_CODE);
  assert_int_equal(vf_client_income(c, VF_INC_KIND_COUNT), 0);
  assert_int_equal(vf_client_set_income(c, VF_INC_OTHER, INT64_MAX, &e), VF_OK);
  assert_int_equal(vf_client_income_total(c, &total, &e), VF_E_OVERFLOW);
  assert_int_equal(vf_client_income_total(c, NULL, &e), VF_E_INVALID_ARG);

  assert_int_equal(vf_client_set_housing(c, VF_HOUSING_RENT, 1200000, &e), VF_OK);
  assert_int_equal(vf_client_housing(c, VF_HOUSING_RENT), 1200000);
  assert_int_equal(vf_client_set_housing(c, VF_HOUSING_ELECTRICITY, -100, &e), VF_E_RANGE);
  assert_string_equal(e.field, "electricity");
  assert_int_equal(vf_client_set_housing(c, (vf_housing_kind)7, 1, &e), VF_E_UNKNOWN_CODE);
  assert_int_equal(vf_client_housing(c, (vf_housing_kind)7), 0);

  assert_int_equal(vf_client_fact(c, VF_FACT_SHARES_HOME), VF_UNKNOWN);
  assert_int_equal(vf_client_set_fact(c, VF_FACT_SHARES_HOME, VF_YES, &e), VF_OK);
  assert_int_equal(vf_client_fact(c, VF_FACT_SHARES_HOME), VF_YES);
  assert_int_equal(vf_client_set_fact(c, VF_FACT_COUNT, VF_YES, &e), VF_E_UNKNOWN_CODE);
  assert_int_equal(vf_client_set_fact(c, VF_FACT_SHARES_HOME, (vf_tristate)3, &e), VF_E_UNKNOWN_CODE);
  assert_int_equal(vf_client_fact(c, VF_FACT_COUNT), VF_UNKNOWN);

  assert_int_equal(vf_client_add_child(c, D(2015, 6, 1), &e), VF_OK);
  assert_int_equal(vf_client_add_child(c, D(2015, 6, 31), &e), VF_E_DATE);
  assert_string_equal(e.field, "child_birth_date");
  assert_int_equal(vf_client_child_count(c), 1);
  vf_date b;
  assert_int_equal(vf_client_child_birth(c, 0, &b, &e), VF_OK);
  assert_int_equal(vf_date_cmp(b, D(2015, 6, 1)), 0);
  assert_int_equal(vf_client_child_birth(c, 1, &b, &e), VF_E_RANGE);
  assert_int_equal(vf_client_child_birth(c, 0, NULL, &e), VF_E_INVALID_ARG);
  for (int i = 1; i < VF_MAX_CHILDREN; i++) assert_int_equal(vf_client_add_child(c, D(2010, 1, 1), &e), VF_OK);
  assert_int_equal(vf_client_add_child(c, D(2010, 1, 1), &e), VF_E_RANGE);

  vf_client *copy;
  assert_int_equal(vf_client_clone(&copy, c, &e), VF_OK);
  vf_client_clear_children(c);
  assert_int_equal(vf_client_child_count(c), 0);
  assert_int_equal(vf_client_child_count(copy), VF_MAX_CHILDREN);
  assert_string_equal(vf_client_id(copy), "J-0001");
  assert_int_equal(vf_client_clone(&copy, NULL, &e), VF_E_INVALID_ARG);
  vf_client_free(copy);
  vf_client_free(c);
  vf_client_free(NULL);
}

static void null_client(void **state) {
  (void)state;
  vf_error e;
  assert_int_equal(vf_client_new(NULL, &e), VF_E_INVALID_ARG);
  assert_int_equal(vf_client_set_gender(NULL, VF_GENDER_MALE, &e), VF_E_INVALID_ARG);
  assert_string_equal(e.field, "client");
  assert_int_equal(vf_client_set_birth_date(NULL, D(2000, 1, 1), &e), VF_E_INVALID_ARG);
  assert_int_equal(vf_client_set_income(NULL, VF_INC_WORK, 1, &e), VF_E_INVALID_ARG);
  assert_int_equal(vf_client_set_housing(NULL, VF_HOUSING_RENT, 1, &e), VF_E_INVALID_ARG);
  assert_int_equal(vf_client_set_fact(NULL, VF_FACT_SHARES_HOME, VF_YES, &e), VF_E_INVALID_ARG);
  assert_int_equal(vf_client_add_child(NULL, D(2000, 1, 1), &e), VF_E_INVALID_ARG);
  assert_int_equal(vf_client_gender(NULL), VF_GENDER_UNKNOWN);
  assert_int_equal(vf_client_child_count(NULL), 0);
  assert_string_equal(vf_client_id(NULL), "");
  vf_client_clear_children(NULL);
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(codes_round_trip),
    cmocka_unit_test(client_fields), cmocka_unit_test(null_client)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
