/* What-if comparisons (velferd/scenario.h) on small registers worked out by
 * hand. Rates used (data/params and data/profiles/bergen.csv):
 *   guideline 2021 (from 2021-01-01): single 6 450, couple 10 800,
 *     child_0_5 2 850 (3 150 from 2021-09-01), child_6_10 3 250;
 *   minimum_pension.single: 208 690 a year from 2020-05-01, 219 878 from
 *     2021-05-01, 224 878 from 2021-07-01; minimum_pension.couple 193 429 a
 *     year per person from 2021-05-01;
 *   Bergen: rule80.enabled 1, fraction 4/5, permanent for old_age and
 *     disability; default profile: rule80.enabled 0.
 * The register (June 2021):
 *   A  single old-age pensioner born 1950, trygd 15 000, rent 8 000, el. 1 000
 *   B  single, disability, born 1970, trygd 20 000, rent 7 000, el. 500
 *   C  single, unemployment, born 1990, trygd 5 000, rent 6 000, one child
 *      born 2015-08-01 (5 years old in June, 6 from August 2021)
 *   D  couple (lives_with_partner), old age, born 1945, trygd 30 000,
 *      rent 9 000, el. 1 500 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "velferd/velferd.h"

#define KR(x) ((vf_money)(x) * 100)

static vf_client *person(const char *id, int by, vf_trygd tr, vf_main_income mi, vf_money trygd,
                         vf_money rent, vf_money el) {
  vf_client *c = NULL;
  assert_int_equal(vf_client_new(&c, NULL), VF_OK);
  assert_int_equal(vf_client_set_id(c, id, NULL), VF_OK);
  assert_int_equal(vf_client_set_birth_date(c, (vf_date){by, 3, 10}, NULL), VF_OK);
  assert_int_equal(vf_client_set_civil_status(c, VF_CIVIL_UNMARRIED, NULL), VF_OK);
  assert_int_equal(vf_client_set_trygd(c, tr, NULL), VF_OK);
  assert_int_equal(vf_client_set_main_income(c, mi, NULL), VF_OK);
  assert_int_equal(vf_client_set_income(c, VF_INC_TRYGD, trygd, NULL), VF_OK);
  assert_int_equal(vf_client_set_housing(c, VF_HOUSING_RENT, rent, NULL), VF_OK);
  assert_int_equal(vf_client_set_housing(c, VF_HOUSING_ELECTRICITY, el, NULL), VF_OK);
  return c;
}

static void add(vf_register *r, vf_client *c) {
  assert_int_equal(vf_register_add_client(r, c, NULL, NULL), VF_OK);
  vf_client_free(c);
}

/* The register of the file comment; `which` is a string of the letters wanted. */
static vf_register *reg_of(const char *which) {
  vf_register *r = NULL;
  assert_int_equal(vf_register_new(&r, NULL), VF_OK);
  if (strchr(which, 'A'))
    add(r, person("A", 1950, VF_TRYGD_OLD_AGE, VF_INCOME_SRC_TRYGD, KR(15000), KR(8000), KR(1000)));
  if (strchr(which, 'B'))
    add(r, person("B", 1970, VF_TRYGD_DISABILITY, VF_INCOME_SRC_TRYGD, KR(20000), KR(7000), KR(500)));
  if (strchr(which, 'C')) {
    vf_client *c = person("C", 1990, VF_TRYGD_UNEMPLOYMENT, VF_INCOME_SRC_SOCIAL_ASSISTANCE,
                          KR(5000), KR(6000), 0);
    assert_int_equal(vf_client_add_child(c, (vf_date){2015, 8, 1}, NULL), VF_OK);
    add(r, c);
  }
  if (strchr(which, 'D')) {
    vf_client *c = person("D", 1945, VF_TRYGD_OLD_AGE, VF_INCOME_SRC_TRYGD, KR(30000), KR(9000),
                          KR(1500));
    assert_int_equal(vf_client_set_fact(c, VF_FACT_LIVES_WITH_PARTNER, VF_YES, NULL), VF_OK);
    add(r, c);
  }
  return r;
}

static vf_ctx *ctx_of(const char *profile) {
  vf_ctx *c = NULL;
  assert_int_equal(vf_ctx_new(&c, profile, NULL), VF_OK);
  return c;
}

/* Bergen with the 80 % rule switched off (the same-date entry is replaced). */
static vf_ctx *no_rule80(const vf_ctx *bergen) {
  vf_ctx *c = NULL;
  assert_int_equal(vf_ctx_clone(&c, bergen, NULL), VF_OK);
  assert_int_equal(vf_ctx_set_param(c, "rule80.enabled", (vf_date){1900, 1, 1}, 0, 1,
                                    "scenario: the 80 % rule removed", NULL), VF_OK);
  return c;
}

static void totals(const vf_comparison *c, vf_comparison_totals *t) {
  assert_int_equal(vf_comparison_get_totals(c, t, NULL), VF_OK);
}

/* Bergen vs. Bergen without the 80 % rule, June 2021.
 * A: ordinary 6 450 + 9 000 - 15 000 = 450.00; 80 % rule: level 219 878 / 12
 *    = 18 323.1667 -> 18 323.17; minimum 4/5 of it = 14 658.536 -> 14 658.54;
 *    supplement 14 658.54 + 8 000 + 1 000 - 15 000 = 8 658.54 -> baseline
 *    8 658.54, scenario 450.00, difference -8 208.54.
 * B: ordinary 6 450 + 7 500 - 20 000 < 0 -> 0; supplement 14 658.54 + 7 500
 *    - 20 000 = 2 158.54 -> baseline 2 158.54, scenario 0, difference -2 158.54.
 * C: not permanent (unemployment): 6 450 + 2 850 + 6 000 - 5 000 = 10 300.00
 *    in both.
 * D: couple: ordinary 10 800 + 10 500 - 30 000 < 0 -> 0; level 2 x 193 429 / 12
 *    = 32 238.1667 -> 32 238.17; minimum 25 790.536 -> 25 790.54; supplement
 *    25 790.54 + 9 000 + 1 500 - 30 000 = 6 290.54 -> difference -6 290.54.
 * Totals: baseline 8 658.54 + 2 158.54 + 10 300 + 6 290.54 = 27 407.62;
 * scenario 450 + 10 300 = 10 750.00; difference -16 657.62; 3 losers (A, D,
 * B in order of the loss), 1 unchanged. */
static void test_rule80_month(void **state) {
  (void)state;
  vf_register *r = reg_of("ABCD");
  vf_ctx *b = ctx_of("bergen"), *s = no_rule80(b);
  vf_comparison *c = NULL;
  vf_error e;
  assert_int_equal(vf_compare_month(&c, r, b, s, 2021, 6, NULL, &e), VF_OK);
  vf_comparison_totals t;
  totals(c, &t);
  assert_int_equal(t.clients, 4);
  assert_int_equal(t.baseline, 2740762);
  assert_int_equal(t.scenario, 1075000);
  assert_int_equal(t.difference, -1665762);
  assert_int_equal(t.gainers, 0);
  assert_int_equal(t.losers, 3);
  assert_int_equal(t.unchanged, 1);
  assert_int_equal(t.gains, 0);
  assert_int_equal(t.losses, 1665762);
  assert_int_equal(vf_comparison_failed_count(c), 0);
  assert_null(vf_comparison_first_error(c));

  /* largest losses: A 8 208.54, D 6 290.54, B 2 158.54 */
  assert_int_equal(vf_comparison_loss_count(c), 3);
  vf_comparison_row row;
  const char *order[3] = {"A", "D", "B"};
  const vf_money fall[3] = {-820854, -629054, -215854};
  for (size_t k = 0; k < 3; k++) {
    assert_int_equal(vf_comparison_get_loss(c, k, &row, NULL), VF_OK);
    assert_string_equal(row.id, order[k]);
    assert_int_equal(row.difference, fall[k]);
  }
  assert_int_equal(vf_comparison_get_loss(c, 3, &row, &e), VF_E_RANGE);

  /* per-client columns, register order A B C D */
  vf_money base[4], scen[4], diff[4];
  uint8_t st[4];
  assert_int_equal(vf_comparison_columns(c, base, scen, diff, st, 4, NULL), VF_OK);
  const vf_money eb[4] = {865854, 215854, 1030000, 629054}, es[4] = {45000, 0, 1030000, 0};
  for (int i = 0; i < 4; i++) {
    assert_int_equal(base[i], eb[i]);
    assert_int_equal(scen[i], es[i]);
    assert_int_equal(diff[i], es[i] - eb[i]);
    assert_int_equal(st[i], VF_OK);
  }
  assert_int_equal(vf_comparison_columns(c, base, NULL, NULL, NULL, 3, &e), VF_E_INVALID_ARG);
  assert_int_equal(vf_comparison_get_row(c, 2, &row, NULL), VF_OK);
  assert_string_equal(row.id, "C");
  assert_int_equal(row.baseline, 1030000);

  /* groups: household single = A B C, couple = D */
  assert_int_equal(vf_comparison_get_group(c, VF_DIM_HOUSEHOLD, 0, &t, NULL), VF_OK);
  assert_int_equal(t.clients, 3);
  assert_int_equal(t.baseline, 865854 + 215854 + 1030000);
  assert_int_equal(t.scenario, 45000 + 1030000);
  assert_int_equal(t.losers, 2);
  assert_int_equal(vf_comparison_get_group(c, VF_DIM_HOUSEHOLD, 1, &t, NULL), VF_OK);
  assert_int_equal(t.clients, 1);
  assert_int_equal(t.difference, -629054);
  assert_string_equal(vf_compare_group_name(VF_DIM_HOUSEHOLD, 1), "couple");
  /* age at the end of 2021: A 71 and D 76 are 67_plus, B 51 is 50_59, C 31 is 30_39 */
  assert_int_equal(vf_comparison_get_group(c, VF_DIM_AGE_GROUP, VF_AGE_67_PLUS, &t, NULL), VF_OK);
  assert_int_equal(t.clients, 2);
  assert_int_equal(t.baseline, 865854 + 629054);
  assert_int_equal(t.scenario, 45000);
  assert_int_equal(vf_comparison_get_group(c, VF_DIM_AGE_GROUP, VF_AGE_30_39, &t, NULL), VF_OK);
  assert_int_equal(t.unchanged, 1);
  assert_string_equal(vf_compare_group_name(VF_DIM_AGE_GROUP, VF_AGE_67_PLUS), "67_plus");
  /* permanent beneficiaries (Bergen): A, B, D yes; C no */
  assert_int_equal(vf_comparison_get_group(c, VF_DIM_PERMANENT, 1, &t, NULL), VF_OK);
  assert_int_equal(t.clients, 3);
  assert_int_equal(t.difference, -1665762);
  assert_int_equal(vf_comparison_get_group(c, VF_DIM_PERMANENT, 0, &t, NULL), VF_OK);
  assert_int_equal(t.clients, 1);
  assert_string_equal(vf_compare_group_name(VF_DIM_PERMANENT, 1), "yes");
  /* main income: trygd = A B D, social assistance = C */
  assert_int_equal(vf_comparison_get_group(c, VF_DIM_INCOME, VF_INCOME_CAT_TRYGD, &t, NULL), VF_OK);
  assert_int_equal(t.clients, 3);
  assert_int_equal(vf_comparison_get_group(c, VF_DIM_INCOME, 99, &t, &e), VF_E_RANGE);

  /* reproducibility */
  vf_comparison_info in;
  assert_int_equal(vf_comparison_get_info(c, &in, NULL), VF_OK);
  assert_string_equal(in.period, "2021-06");
  assert_int_equal(in.month, 6);
  assert_string_equal(in.library_version, vf_version());
  assert_string_equal(in.rules, "assistance/1,rule80/1");
  assert_string_equal(in.baseline_profile, "bergen");
  assert_string_equal(in.baseline_params_id, vf_ctx_params_id(b));
  assert_string_equal(in.scenario_params_id, vf_ctx_params_id(s));
  assert_string_not_equal(in.baseline_params_id, in.scenario_params_id);
  vf_comparison_free(c);
  vf_ctx_free(s);
  vf_ctx_free(b);
  vf_register_free(r);
}

/* A scenario that changes nothing: an unchanged clone, and the baseline
 * itself. Zero difference, everyone unchanged, no losses kept. */
static void test_no_change(void **state) {
  (void)state;
  vf_register *r = reg_of("ABCD");
  vf_ctx *b = ctx_of("bergen"), *s = NULL;
  assert_int_equal(vf_ctx_clone(&s, b, NULL), VF_OK);
  const vf_ctx *scen[2] = {s, b};
  for (int k = 0; k < 2; k++) {
    vf_comparison *c = NULL;
    assert_int_equal(vf_compare_year(&c, r, b, scen[k], 2021, NULL, NULL), VF_OK);
    vf_comparison_totals t;
    totals(c, &t);
    assert_int_equal(t.clients, 4);
    assert_int_equal(t.difference, 0);
    assert_int_equal(t.baseline, t.scenario);
    assert_int_equal(t.unchanged, 4);
    assert_int_equal(t.gainers + t.losers, 0);
    assert_int_equal(vf_comparison_loss_count(c), 0);
    vf_comparison_info in;
    assert_int_equal(vf_comparison_get_info(c, &in, NULL), VF_OK);
    assert_string_equal(in.baseline_params_id, in.scenario_params_id);
    assert_string_equal(in.period, "2021");
    vf_comparison_free(c);
  }
  vf_ctx_free(s);
  vf_ctx_free(b);
  vf_register_free(r);
}

/* Guideline rates +5 % (default profile, no 80 % rule), June 2021:
 * single 6 450 x 1.05 = 6 772.50, couple 10 800 x 1.05 = 11 340.00,
 * child_0_5 2 850 x 1.05 = 2 992.50.
 * A: 450.00 -> 6 772.50 + 9 000 - 15 000 = 772.50 (gains 322.50)
 * B: 0 -> 6 772.50 + 7 500 - 20 000 < 0 -> 0 (unchanged)
 * C: 10 300.00 -> 6 772.50 + 2 992.50 + 6 000 - 5 000 = 10 765.00 (gains 465.00)
 * D: 0 -> 11 340 + 10 500 - 30 000 < 0 -> 0 (unchanged)
 * Totals 10 750.00 -> 11 537.50, difference +787.50, 2 gainers, 2 unchanged. */
static void test_guideline_plus5(void **state) {
  (void)state;
  vf_register *r = reg_of("ABCD");
  vf_ctx *b = ctx_of("default"), *s = NULL;
  assert_int_equal(vf_ctx_clone(&s, b, NULL), VF_OK);
  const char *text =
      "name,valid_from,value,unit,source\n"
      "guideline.single,2021-01-01,6772.50,nok_per_month,scenario +5 %\n"
      "guideline.couple,2021-01-01,11340,nok_per_month,scenario +5 %\n"
      "guideline.child_0_5,2021-01-01,2992.50,nok_per_month,scenario +5 %\n";
  assert_int_equal(vf_ctx_load_params_text(s, text, strlen(text), "plus5", NULL), VF_OK);
  vf_compare_options o = VF_COMPARE_OPTIONS_INIT;
  o.threads = 2;
  vf_comparison *c = NULL;
  assert_int_equal(vf_compare_month(&c, r, b, s, 2021, 6, &o, NULL), VF_OK);
  vf_comparison_totals t;
  totals(c, &t);
  assert_int_equal(t.baseline, 1075000);
  assert_int_equal(t.scenario, 1153750);
  assert_int_equal(t.difference, 78750);
  assert_int_equal(t.gainers, 2);
  assert_int_equal(t.unchanged, 2);
  assert_int_equal(t.losers, 0);
  assert_int_equal(t.gains, 78750);
  vf_comparison_row row;
  assert_int_equal(vf_comparison_get_row(c, 0, &row, NULL), VF_OK);
  assert_int_equal(row.difference, 32250);
  assert_int_equal(vf_comparison_get_row(c, 2, &row, NULL), VF_OK);
  assert_int_equal(row.scenario, 1076500);
  vf_comparison_free(c);
  vf_ctx_free(s);
  vf_ctx_free(b);
  vf_register_free(r);
}

/* A whole year, Bergen vs. no 80 % rule, clients A and C.
 * A, each month supplement = minimum + 9 000 - 15 000, ordinary 450:
 *   Jan-Apr: 208 690 / 12 = 17 390.833 -> 17 390.83; x 4/5 = 13 912.664 ->
 *            13 912.66; supplement 7 912.66; x 4 = 31 650.64
 *   May-Jun: 8 658.54 (test_rule80_month) x 2 = 17 317.08
 *   Jul-Dec: 224 878 / 12 = 18 739.833 -> 18 739.83; x 4/5 = 14 991.864 ->
 *            14 991.86; supplement 8 991.86; x 6 = 53 951.16
 *   baseline 102 918.88, scenario 12 x 450 = 5 400.00.
 * C: the child (born 2015-08-01) is 5 until July and 6 from August:
 *   child rates 7 x 2 850 + 5 x 3 250 = 36 200; adult 12 x 6 450 = 77 400;
 *   rent 72 000; income 60 000 -> 125 600.00 in both.
 * Totals: baseline 228 518.88, scenario 131 000.00, difference -97 518.88. */
static void test_year(void **state) {
  (void)state;
  vf_register *r = reg_of("AC");
  vf_ctx *b = ctx_of("bergen"), *s = no_rule80(b);
  vf_comparison *c = NULL;
  assert_int_equal(vf_compare_year(&c, r, b, s, 2021, NULL, NULL), VF_OK);
  vf_comparison_totals t;
  totals(c, &t);
  assert_int_equal(t.baseline, 22851888);
  assert_int_equal(t.scenario, 13100000);
  assert_int_equal(t.difference, -9751888);
  assert_int_equal(t.losers, 1);
  assert_int_equal(t.unchanged, 1);
  vf_comparison_row row;
  assert_int_equal(vf_comparison_get_row(c, 0, &row, NULL), VF_OK);
  assert_int_equal(row.baseline, 10291888);
  assert_int_equal(row.scenario, 540000);
  vf_comparison_free(c);
  vf_ctx_free(s);
  vf_ctx_free(b);
  vf_register_free(r);
}

/* Bad input: clear errors, nothing returned. A client whose rule fails is
 * left out and named. */
static void test_errors(void **state) {
  (void)state;
  vf_register *r = reg_of("AB");
  vf_ctx *b = ctx_of("bergen");
  vf_comparison *c = NULL;
  vf_error e;
  assert_int_equal(vf_compare_month(NULL, r, b, b, 2021, 6, NULL, &e), VF_E_INVALID_ARG);
  assert_int_equal(vf_compare_month(&c, NULL, b, b, 2021, 6, NULL, &e), VF_E_INVALID_ARG);
  assert_int_equal(vf_compare_month(&c, r, NULL, b, 2021, 6, NULL, &e), VF_E_INVALID_ARG);
  assert_int_equal(vf_compare_year(&c, r, b, NULL, 2021, NULL, &e), VF_E_INVALID_ARG);
  assert_int_equal(vf_compare_month(&c, r, b, b, 2021, 13, NULL, &e), VF_E_DATE);
  assert_non_null(strstr(e.message, "month 13"));
  assert_int_equal(vf_compare_month(&c, r, b, b, 2021, 0, NULL, &e), VF_E_DATE);
  assert_int_equal(vf_compare_year(&c, r, b, b, 0, NULL, &e), VF_E_DATE);
  vf_compare_options o = VF_COMPARE_OPTIONS_INIT;
  o.threads = 3;
  assert_int_equal(vf_compare_month(&c, r, b, b, 2021, 6, &o, &e), VF_E_INVALID_ARG);
  assert_string_equal(e.field, "threads");
  o.threads = 1;
  o.size = 4;
  assert_int_equal(vf_compare_month(&c, r, b, b, 2021, 6, &o, &e), VF_E_INVALID_ARG);
  assert_null(c);
  vf_comparison_totals t;
  assert_int_equal(vf_comparison_get_totals(NULL, &t, &e), VF_E_INVALID_ARG);
  vf_comparison_free(NULL);

  /* partner income without a partner: the rule refuses client X */
  vf_client *x = person("X", 1980, VF_TRYGD_NONE, VF_INCOME_SRC_WORK, 0, KR(5000), 0);
  assert_int_equal(vf_client_set_income(x, VF_INC_PARTNER, KR(100), NULL), VF_OK);
  add(r, x);
  assert_int_equal(vf_compare_month(&c, r, b, b, 2021, 6, NULL, &e), VF_OK);
  assert_int_equal(vf_comparison_client_count(c), 3);
  assert_int_equal(vf_comparison_failed_count(c), 1);
  const vf_error *fe = vf_comparison_first_error(c);
  assert_non_null(fe);
  assert_int_equal(fe->status, VF_E_INCONSISTENT);
  assert_non_null(strstr(fe->message, "client 'X' (baseline, 2021-06)"));
  totals(c, &t);
  assert_int_equal(t.clients, 2);
  vf_comparison_row row;
  assert_int_equal(vf_comparison_get_row(c, 2, &row, NULL), VF_OK);
  assert_int_equal(row.status, VF_E_INCONSISTENT);
  vf_comparison_free(c);

  /* 2025: the guideline rates are not sourced (unknown): every client fails */
  assert_int_equal(vf_compare_month(&c, r, b, b, 2025, 6, NULL, &e), VF_OK);
  assert_int_equal(vf_comparison_failed_count(c), 3);
  assert_int_equal(vf_comparison_first_error(c)->status, VF_E_NO_VALUE);
  totals(c, &t);
  assert_int_equal(t.clients, 0);
  vf_comparison_free(c);

  /* an empty register */
  vf_register *empty = NULL;
  assert_int_equal(vf_register_new(&empty, NULL), VF_OK);
  assert_int_equal(vf_compare_month(&c, empty, b, b, 2021, 6, NULL, NULL), VF_OK);
  assert_int_equal(vf_comparison_client_count(c), 0);
  vf_comparison_free(c);
  vf_register_free(empty);
  vf_ctx_free(b);
  vf_register_free(r);
}

/* Two comparisons at once on the same register and contexts (one of them
 * itself on two threads) give the results of a comparison on one thread. */
typedef struct job {
  const vf_register *r;
  const vf_ctx *b, *s;
  int threads;
  vf_comparison_totals t;
  vf_status st;
} job;

static void *run(void *arg) {
  job *j = arg;
  for (int rep = 0; rep < 20; rep++) {
    vf_compare_options o = VF_COMPARE_OPTIONS_INIT;
    o.threads = j->threads;
    vf_comparison *c = NULL;
    j->st = vf_compare_year(&c, j->r, j->b, j->s, 2021, &o, NULL);
    if (j->st) return NULL;
    vf_comparison_get_totals(c, &j->t, NULL);
    vf_comparison_free(c);
  }
  return NULL;
}

static void test_concurrent(void **state) {
  (void)state;
  vf_register *r = reg_of("ABCD");
  vf_ctx *b = ctx_of("bergen"), *s = no_rule80(b);
  job serial = {r, b, s, 1, {0}, VF_OK};
  run(&serial);
  assert_int_equal(serial.st, VF_OK);
  job j[2] = {{r, b, s, 2, {0}, VF_OK}, {r, s, b, 1, {0}, VF_OK}};
  pthread_t th[2];
  for (int k = 0; k < 2; k++) assert_int_equal(pthread_create(&th[k], NULL, run, &j[k]), 0);
  for (int k = 0; k < 2; k++) pthread_join(th[k], NULL);
  for (int k = 0; k < 2; k++) assert_int_equal(j[k].st, VF_OK);
  assert_memory_equal(&j[0].t, &serial.t, sizeof serial.t);
  /* the second job has the contexts swapped: the mirror image */
  assert_int_equal(j[1].t.baseline, serial.t.scenario);
  assert_int_equal(j[1].t.difference, -serial.t.difference);
  assert_int_equal(j[1].t.gainers, serial.t.losers);
  vf_ctx_free(s);
  vf_ctx_free(b);
  vf_register_free(r);
}

/* Traces record the library version, rule versions and the parameter set. */
static void test_trace_versions(void **state) {
  (void)state;
  vf_register *r = reg_of("A");
  vf_ctx *b = ctx_of("bergen");
  vf_trace *t = NULL;
  assert_int_equal(vf_trace_new(&t, NULL), VF_OK);
  vf_assistance_result res;
  assert_int_equal(vf_assistance_month(b, vf_register_client(r, 0), 2021, 6, &res, t, NULL), VF_OK);
  assert_int_equal(res.assistance, 865854);
  vf_trace_info in;
  assert_int_equal(vf_trace_get_info(t, &in, NULL), VF_OK);
  assert_string_equal(in.library_version, vf_version());
  assert_string_equal(in.rules, "assistance/1,rule80/1");
  assert_string_equal(in.params_id, vf_ctx_params_id(b));
  vf_trace_free(t);
  vf_ctx_free(b);
  vf_register_free(r);
}

/* The qualification benefit (default profile), participants P (born
 * 2002-01-01, 22) and Q (born 1994-01-15, 30), no income:
 * - full 2 G for under-25s (kvp.under25_fraction 1), March 2024, G 118 620:
 *   P 118 620 x 2 x 2/3 = 158 160 / 12 = 13 180.00 -> 237 240 / 12 = 19 770.00
 *   (+6 590.00); Q 19 770.00 unchanged.
 * - G regulated a month later (the 2024-05-01 entry 124 028 moved to
 *   2024-06-01, 118 620 kept through May), May 2024: Q 248 056 / 12 =
 *   20 671.333 -> 20 671.33 -> 19 770.00 (-901.33); P 124 028 x 4/3 =
 *   165 370.667 -> 165 370.67 / 12 = 13 780.889 -> 13 780.89 -> 13 180.00
 *   (-600.89); totals 34 452.22 -> 32 950.00, difference -1 502.22. */
static void test_kvp(void **state) {
  (void)state;
  vf_register *r = NULL;
  assert_int_equal(vf_register_new(&r, NULL), VF_OK);
  vf_client *p = person("P", 2002, VF_TRYGD_NONE, VF_INCOME_SRC_QUALIFICATION, 0, 0, 0);
  assert_int_equal(vf_client_set_birth_date(p, (vf_date){2002, 1, 1}, NULL), VF_OK);
  add(r, p);
  vf_client *q = person("Q", 1994, VF_TRYGD_NONE, VF_INCOME_SRC_QUALIFICATION, 0, 0, 0);
  assert_int_equal(vf_client_set_birth_date(q, (vf_date){1994, 1, 15}, NULL), VF_OK);
  add(r, q);
  vf_ctx *b = ctx_of("default"), *full = NULL, *late = NULL;
  assert_int_equal(vf_ctx_clone(&full, b, NULL), VF_OK);
  assert_int_equal(vf_ctx_set_param(full, "kvp.under25_fraction", (vf_date){2007, 11, 1}, 1, 1,
                                    "scenario: full rate under 25", NULL), VF_OK);
  assert_int_equal(vf_ctx_clone(&late, b, NULL), VF_OK);
  assert_int_equal(vf_ctx_set_param(late, "g", (vf_date){2024, 5, 1}, 11862000, 1,
                                    "scenario: G unchanged in May", NULL), VF_OK);
  assert_int_equal(vf_ctx_set_param(late, "g", (vf_date){2024, 6, 1}, 12402800, 1,
                                    "scenario: G regulated 1 June", NULL), VF_OK);
  vf_compare_options o = VF_COMPARE_OPTIONS_INIT;
  o.rule = VF_COMPARE_KVP_BENEFIT;
  vf_comparison *c = NULL;
  vf_comparison_totals t;
  assert_int_equal(vf_compare_month(&c, r, b, full, 2024, 3, &o, NULL), VF_OK);
  totals(c, &t);
  assert_int_equal(t.baseline, 1318000 + 1977000);
  assert_int_equal(t.scenario, 1977000 + 1977000);
  assert_int_equal(t.difference, 659000);
  assert_int_equal(t.gainers, 1);
  assert_int_equal(t.unchanged, 1);
  vf_comparison_info in;
  assert_int_equal(vf_comparison_get_info(c, &in, NULL), VF_OK);
  assert_string_equal(in.rules, "kvp_benefit/1");
  vf_comparison_free(c);

  assert_int_equal(vf_compare_month(&c, r, b, late, 2024, 5, &o, NULL), VF_OK);
  totals(c, &t);
  assert_int_equal(t.baseline, 3445222);
  assert_int_equal(t.scenario, 3295000);
  assert_int_equal(t.difference, -150222);
  assert_int_equal(t.losers, 2);
  vf_comparison_row row;
  assert_int_equal(vf_comparison_get_loss(c, 0, &row, NULL), VF_OK);
  assert_string_equal(row.id, "Q");
  assert_int_equal(row.difference, -90133);
  vf_comparison_free(c);

  o.rule = (vf_compare_rule)7;
  vf_error e;
  assert_int_equal(vf_compare_month(&c, r, b, late, 2024, 5, &o, &e), VF_E_INVALID_ARG);
  assert_string_equal(e.field, "rule");
  vf_ctx_free(late);
  vf_ctx_free(full);
  vf_ctx_free(b);
  vf_register_free(r);
}

static void test_names(void **state) {
  (void)state;
  assert_string_equal(vf_compare_dim_name(VF_DIM_INCOME), "main_income");
  assert_null(vf_compare_dim_name(VF_DIM_COUNT));
  assert_int_equal(vf_compare_group_count(VF_DIM_AGE_GROUP), VF_AGE_GROUP_COUNT);
  assert_int_equal(vf_compare_group_count(VF_DIM_COUNT), 0);
  assert_string_equal(vf_compare_group_name(VF_DIM_INCOME, VF_INCOME_CAT_TRYGD), "trygd");
  assert_null(vf_compare_group_name(VF_DIM_HOUSEHOLD, 3));
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_rule80_month), cmocka_unit_test(test_no_change),
    cmocka_unit_test(test_guideline_plus5), cmocka_unit_test(test_year),
    cmocka_unit_test(test_errors), cmocka_unit_test(test_concurrent),
    cmocka_unit_test(test_trace_versions), cmocka_unit_test(test_names),
    cmocka_unit_test(test_kvp),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
