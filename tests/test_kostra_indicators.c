/* Figures from a hand-made 11F file of twelve records
 * (tests/data/kostra/11F_2026_4601_hand.txt), worked out by hand:
 *
 *  id   born        sex civil kids VKLO TRYGD months  bidrag/month  lån
 *  J01  15.06.2001  M   1     0    5    12    1-12    5 000         -
 *  J02  01.01.2005  F   1     0    4    12    1-3     3 000         -
 *  J03  10.10.1990  F   4     2    3    05    1-6     8 000         Jan 10 000
 *  J04  20.02.1980  M   2     3    1    12    7-8     4 000         -
 *  J05  05.05.1960  M   5     0    3    04    1-12    2 000         -
 *  J06  30.11.1955  F   1     0    3    07    12      1 500         -
 *  J07  12.12.1995  F   3     1    6    13    3-10    6 000         -
 *  J08  01.03.1999  M   1     0    2    12    4-5     -             Apr, May 2 500
 *  J09  14.07.1975  M   4     1    3    11    1-9     7 000         -
 *  J10  22.08.2003  F   1     0    5    12    6       4 500         -
 *  J11  03.04.1985  F   2     4    7    13    2-4     10 000        Mar 5 000
 *  J12  09.09.1970  M   1     0    8    12    1-12    3 000         -
 *
 * Benefit months 12+3+6+2+12+1+8+2+9+1+3+12 = 71.
 * Bidrag 60 000+9 000+48 000+8 000+24 000+1 500+48 000+63 000+4 500+30 000+36 000
 *   = 332 000 kr; lån 10 000+5 000+5 000 = 20 000 kr; together 352 000 kr.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>
#include "velferd/velferd.h"

#define HAND VF_TEST_DATA "/kostra/11F_2026_4601_hand.txt"

static vf_register *hand_register(void) {
  vf_kostra_file *f;
  vf_error e;
  if (vf_kostra_file_read(HAND, VF_KOSTRA_11F, 2026, &f, &e)) fail_msg("%s", e.message);
  vf_kostra_report *r;
  assert_int_equal(vf_kostra_check(f, "4601", &r, NULL), VF_OK);
  for (size_t i = 0; i < vf_kostra_report_count(r); i++)
    print_message("%s\n", vf_kostra_report_finding(r, i)->message);
  assert_int_equal(vf_kostra_report_count(r), 0); /* the hand-made file is valid */
  vf_kostra_report_free(r);
  vf_register *reg;
  assert_int_equal(vf_register_new(&reg, NULL), VF_OK);
  if (vf_kostra_to_register(f, reg, &e)) fail_msg("%s", e.message);
  vf_kostra_file_free(f);
  return reg;
}

static void amounts(void **state) {
  (void)state;
  vf_register *reg = hand_register();
  vf_kostra_amounts a;
  assert_int_equal(vf_kostra_amounts_compute(reg, 2026, &a, NULL), VF_OK);
  assert_int_equal(a.recipients, 12);
  assert_int_equal(a.benefit_months, 71);
  assert_int_equal(a.recipients_grant, 11); /* all but J08 */
  assert_int_equal(a.recipients_loan, 3);   /* J03, J08, J11 */
  assert_int_equal(a.recipients_both, 2);   /* J03, J11 */
  assert_int_equal(a.grant, 33200000);      /* 332 000 kr in øre */
  assert_int_equal(a.loan, 2000000);
  assert_int_equal(a.total, 35200000);
  /* per recipient: 33 200 000 / 12 = 2 766 666.67 -> 2 766 667 øre;
   * 2 000 000 / 12 = 166 666.67 -> 166 667; 35 200 000 / 12 = 2 933 333.33 -> 2 933 333 */
  assert_int_equal(a.grant_per_recipient, 2766667);
  assert_int_equal(a.loan_per_recipient, 166667);
  assert_int_equal(a.total_per_recipient, 2933333);
  /* per benefit month: 33 200 000 / 71 = 467 605.63 -> 467 606;
   * 2 000 000 / 71 = 28 169.01 -> 28 169; 35 200 000 / 71 = 495 774.65 -> 495 775 */
  assert_int_equal(a.grant_per_month, 467606);
  assert_int_equal(a.loan_per_month, 28169);
  assert_int_equal(a.total_per_month, 495775);
  /* TRYGDESIT: 04 J05, 05 J03, 07 J06, 11 J09, 12 six, 13 J07 and J11 */
  static const int64_t trygd[14] = {0, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0, 1, 6, 2};
  assert_memory_equal(a.by_trygd, trygd, sizeof trygd);
  /* another year has nothing */
  assert_int_equal(vf_kostra_amounts_compute(reg, 2025, &a, NULL), VF_OK);
  assert_int_equal(a.recipients, 0);
  assert_int_equal(a.total_per_month, 0);
  assert_int_equal(vf_kostra_amounts_compute(NULL, 2026, &a, NULL), VF_E_INVALID_ARG);
  vf_register_free(reg);
}

/* The general indicators (indicators.h) of the same file, suppression off. */
static int64_t row_count(const vf_indicators *ind, vf_indicator_table t, int value) {
  for (size_t i = 0; i < vf_indicators_table_rows(ind, t); i++) {
    vf_table_row r;
    assert_int_equal(vf_indicators_table_row(ind, t, i, &r, NULL), VF_OK);
    if (r.value == value) return r.count;
  }
  fail_msg("table %d has no row %d", (int)t, value);
  return -1;
}

static int64_t published(const vf_indicators *ind, vf_indicator which) {
  vf_indicator_value v;
  assert_int_equal(vf_indicators_value(ind, which, &v, NULL), VF_OK);
  assert_int_equal(v.status, VF_VALUE_OK);
  return v.rounded;
}

static void indicators(void **state) {
  (void)state;
  vf_register *reg = hand_register();
  vf_indicator_options o;
  vf_indicator_options_init(&o);
  o.suppress_below = 0;
  vf_indicators *ind;
  assert_int_equal(vf_indicators_compute(reg, 2026, &o, &ind, NULL), VF_OK);
  assert_int_equal(published(ind, VF_IND_RECIPIENTS), 12);
  assert_int_equal(published(ind, VF_IND_BENEFIT_MONTHS), 71);
  assert_int_equal(published(ind, VF_IND_AVG_DURATION), 59);       /* 71 / 12 = 5.92 -> 5.9 */
  assert_int_equal(published(ind, VF_IND_LONG_TERM_SHARE), 500);   /* J01 J03 J05 J07 J09 J12: 6/12 */
  assert_int_equal(published(ind, VF_IND_RECIPIENTS_MONTH), 3);    /* November: J01 J05 J12 */
  assert_int_equal(published(ind, VF_IND_GROSS), 352000);          /* kroner */
  assert_int_equal(published(ind, VF_IND_GROSS_PER_RECIPIENT), 29333); /* 352 000 / 12 */
  assert_int_equal(published(ind, VF_IND_AVG_PER_MONTH), 4958);    /* 352 000 / 71 = 4 957.7 */
  assert_int_equal(published(ind, VF_IND_SA_MAIN_INCOME_SHARE), 167); /* J01 J10: 2/12 */
  assert_int_equal(published(ind, VF_IND_YOUNG_SHARE), 167);       /* J02 (21), J10 (23) */
  assert_int_equal(published(ind, VF_IND_PROVIDER_SHARE), 417);    /* J03 J04 J07 J09 J11: 5/12 */
  assert_int_equal(published(ind, VF_IND_CHILDREN), 11);           /* 2+3+1+1+4 */
  /* ages on 31.12.2026: 25 21 36 46 66 71 31 27 51 23 41 56 */
  assert_int_equal(row_count(ind, VF_TABLE_AGE_GROUP, VF_AGE_18_24), 2);
  assert_int_equal(row_count(ind, VF_TABLE_AGE_GROUP, VF_AGE_25_29), 2);
  assert_int_equal(row_count(ind, VF_TABLE_AGE_GROUP, VF_AGE_30_39), 2);
  assert_int_equal(row_count(ind, VF_TABLE_AGE_GROUP, VF_AGE_40_49), 2);
  assert_int_equal(row_count(ind, VF_TABLE_AGE_GROUP, VF_AGE_50_59), 2);
  assert_int_equal(row_count(ind, VF_TABLE_AGE_GROUP, VF_AGE_60_66), 1);
  assert_int_equal(row_count(ind, VF_TABLE_AGE_GROUP, VF_AGE_67_PLUS), 1);
  assert_int_equal(row_count(ind, VF_TABLE_GENDER, VF_GENDER_MALE), 6);
  assert_int_equal(row_count(ind, VF_TABLE_GENDER, VF_GENDER_FEMALE), 6);
  assert_int_equal(row_count(ind, VF_TABLE_CIVIL_STATUS, VF_CIVIL_UNMARRIED), 6);
  assert_int_equal(row_count(ind, VF_TABLE_CIVIL_STATUS, VF_CIVIL_MARRIED), 2);
  assert_int_equal(row_count(ind, VF_TABLE_CIVIL_STATUS, VF_CIVIL_COHABITING), 1);
  assert_int_equal(row_count(ind, VF_TABLE_CIVIL_STATUS, VF_CIVIL_SEPARATED_DIVORCED), 2);
  assert_int_equal(row_count(ind, VF_TABLE_CIVIL_STATUS, VF_CIVIL_WIDOWED), 1);
  assert_int_equal(row_count(ind, VF_TABLE_PROVIDER_STATUS, VF_PROVIDER_NO_CHILDREN), 7);
  assert_int_equal(row_count(ind, VF_TABLE_PROVIDER_STATUS, VF_PROVIDER_1_CHILD), 2);
  assert_int_equal(row_count(ind, VF_TABLE_PROVIDER_STATUS, VF_PROVIDER_2_CHILDREN), 1);
  assert_int_equal(row_count(ind, VF_TABLE_PROVIDER_STATUS, VF_PROVIDER_3_CHILDREN), 1);
  assert_int_equal(row_count(ind, VF_TABLE_PROVIDER_STATUS, VF_PROVIDER_4_CHILDREN), 1);
  assert_int_equal(row_count(ind, VF_TABLE_MAIN_INCOME, VF_INCOME_SRC_WORK), 1);
  assert_int_equal(row_count(ind, VF_TABLE_MAIN_INCOME, VF_INCOME_SRC_COURSE_WAGE_SUBSIDY), 1);
  assert_int_equal(row_count(ind, VF_TABLE_MAIN_INCOME, VF_INCOME_SRC_TRYGD), 4);
  assert_int_equal(row_count(ind, VF_TABLE_MAIN_INCOME, VF_INCOME_SRC_STUDENT), 1);
  assert_int_equal(row_count(ind, VF_TABLE_MAIN_INCOME, VF_INCOME_SRC_SOCIAL_ASSISTANCE), 2);
  assert_int_equal(row_count(ind, VF_TABLE_MAIN_INCOME, VF_INCOME_SRC_INTRODUCTION), 1);
  assert_int_equal(row_count(ind, VF_TABLE_MAIN_INCOME, VF_INCOME_SRC_SPOUSE), 1);
  assert_int_equal(row_count(ind, VF_TABLE_MAIN_INCOME, VF_INCOME_SRC_QUALIFICATION), 1);
  /* durations: 1 month J06 J10; 2 J04 J08; 3 J02 J11; 6 J03; 8 J07; 9 J09; 12 J01 J05 J12 */
  assert_int_equal(row_count(ind, VF_TABLE_DURATION, 1), 2);
  assert_int_equal(row_count(ind, VF_TABLE_DURATION, 2), 2);
  assert_int_equal(row_count(ind, VF_TABLE_DURATION, 3), 2);
  assert_int_equal(row_count(ind, VF_TABLE_DURATION, 6), 1);
  assert_int_equal(row_count(ind, VF_TABLE_DURATION, 12), 3);
  vf_indicators_free(ind);
  vf_register_free(reg);
}

/* What the hand-made file records beyond the counts, read from its columns:
 * BOSIT 1 (rented private), FAAT_INDIVIDUELL_PLAN 2, GITT_OKONOMIRAD 2,
 * VILKARSOSLOV 2 on all 12 records; ARBSIT J04 02, J02 03, J03 J05 J06 J09
 * J11 04, J08 05, J01 07, J10 08, J07 09, J12 10; no sanction marked. The four
 * under 30 on the first day of their first month (J01 born 15.06.2001 and J02
 * 01.01.2005 from January, J08 01.03.1999 from April, J10 22.08.2003 from June;
 * J07, born 12.12.1995, is 30 on 1 March) have an exemption with date and
 * ground: excepted 4, met 0, not recorded 0. */
static void content(void **state) {
  (void)state;
  vf_register *reg = hand_register();
  vf_indicator_options o;
  vf_indicator_options_init(&o);
  o.suppress_below = 0;
  vf_indicators *ind;
  assert_int_equal(vf_indicators_compute(reg, 2026, &o, &ind, NULL), VF_OK);
  char *csv;
  assert_int_equal(vf_indicators_render(ind, VF_OUTPUT_CSV, &csv, NULL, NULL), VF_OK);
  static const char *const want[] = {
    "2026,content,housing,rented_private,12,100.0,,1200,12,ok\n",
    "2026,content,housing,homeless,0,0.0,,0,12,ok\n",
    "2026,content,individual_plan,no,12,100.0,,1200,12,ok\n",
    "2026,content,economic_advice,yes,0,0.0,,0,12,ok\n",
    "2026,content,work_situation,part_time,1,8.3,,100,12,ok\n",
    "2026,content,work_situation,not_job_seeker,5,41.7,,500,12,ok\n",
    "2026,content,work_situation,qualification,1,8.3,,100,12,ok\n",
    "2026,content,work_situation,unknown,0,0.0,,0,12,ok\n",
    "2026,content,conditions,no,12,100.0,,1200,12,ok\n",
    "2026,content,condition_types,guidance,0,,,,,ok\n", /* no one with conditions: no base */
    "2026,content,activity_duty,met,0,0.0,,0,4,ok\n",
    "2026,content,activity_duty,excepted,4,100.0,,400,4,ok\n",
    "2026,content,activity_duty,not_recorded,0,0.0,,0,4,ok\n",
    "2026,content,sanctions,none,12,100.0,,1200,12,ok\n"};
  for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
    if (!strstr(csv, want[i])) fail_msg("missing: %s", want[i]);
  vf_indicators_text_free(csv);
  vf_indicators_free(ind);
  vf_register_free(reg);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(amounts),
    cmocka_unit_test(indicators),
    cmocka_unit_test(content),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
