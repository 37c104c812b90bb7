/* Weighted indicators (the `weight` column of clients.csv, options.weighted)
 * on a small register worked out by hand; arithmetic in the comments.
 *
 * The register (year 2024), weights in 1/1000ths:
 *   A 1990-05-01 female, social_assistance, no children, weight 2.5   (2500)
 *     paid months 1-6, 1000.00 kr each
 *   B 2002-03-01 male (22 at the end of 2024: 18-24), work, 1 child, weight 1.25 (1250)
 *     paid month 11, 2000.00 kr, 500.00 kr refunded
 *   C 1960-01-01 female, trygd (disability), no children, weight 0.125 (125)
 *     paid months 10 and 11, 1500.50 kr each
 *   D 1980-01-01 male, weight 4: only a qualification benefit (not counted)
 * Persons: 3 recipients; weights of the recipients: 2500 + 1250 + 125 = 3875. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "velferd/velferd.h"

static char dir[256];

static void put(const char *name, const char *text) {
  char p[300];
  snprintf(p, sizeof p, "%s/%s", dir, name);
  FILE *f = fopen(p, "w");
  assert_non_null(f);
  fputs(text, f);
  fclose(f);
}

static const char *clients_csv =
    "id,birth_date,gender,civil_status,citizenship,main_income,trygd,children,weight\n"
    "A,1990-05-01,female,unmarried,norwegian,social_assistance,none,,2.5\n"
    "B,2002-03-01,male,unmarried,foreign,work,none,2020-01-01,1.25\n"
    "C,1960-01-01,female,married,norwegian,trygd,disability,,0.125\n"
    "D,1980-01-01,male,unmarried,norwegian,other,none,,4\n";

static const char *payments_csv =
    "client_id,year,month,gross,refunded,kind\n"
    "A,2024,1,1000.00,0,grant\nA,2024,2,1000.00,0,grant\nA,2024,3,1000.00,0,grant\n"
    "A,2024,4,1000.00,0,grant\nA,2024,5,1000.00,0,grant\nA,2024,6,1000.00,0,grant\n"
    "B,2024,11,2000.00,500.00,grant\n"
    "C,2024,10,1500.50,0,loan\nC,2024,11,1500.50,0,grant\n"
    "D,2024,1,5000.00,0,qualification\n";

static int setup(void **state) {
  (void)state;
  snprintf(dir, sizeof dir, "/tmp/vf_test_weights_%ld", (long)getpid());
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf %s && mkdir -p %s", dir, dir);
  if (system(cmd)) return -1;
  put("clients.csv", clients_csv);
  put("payments.csv", payments_csv);
  return 0;
}

static int teardown(void **state) {
  (void)state;
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
  return system(cmd) ? -1 : 0;
}

static vf_register *read_reg(int summary) {
  vf_register *r;
  vf_error e;
  assert_int_equal(summary ? vf_register_new_summary(&r, 2024, NULL) : vf_register_new(&r, NULL),
                   VF_OK);
  if (vf_register_read_dir(r, dir, VF_READ_STRICT, NULL, NULL, NULL, &e)) fail_msg("%s", e.message);
  return r;
}

static vf_indicators *compute(const vf_register *r, int weighted, int suppress_below) {
  vf_indicator_options o;
  vf_indicator_options_init(&o);
  o.weighted = weighted;
  o.suppress_below = suppress_below;
  vf_indicators *ind;
  vf_error e;
  if (vf_indicators_compute(r, 2024, &o, &ind, &e)) fail_msg("%s", e.message);
  return ind;
}

#define ASSERT_VALUE(ind, which, n, d, r)                                 \
  do {                                                                    \
    vf_indicator_value v_;                                                \
    assert_int_equal(vf_indicators_value(ind, which, &v_, NULL), VF_OK);  \
    assert_int_equal(v_.status, VF_VALUE_OK);                             \
    assert_int_equal(v_.num, n);                                          \
    assert_int_equal(v_.den, d);                                          \
    assert_int_equal(v_.rounded, r);                                      \
  } while (0)

static void check_weighted(const vf_indicators *ind) {
  /* recipients 3875/1000 = 3.875 -> 4 */
  ASSERT_VALUE(ind, VF_IND_RECIPIENTS, 3875, 1000, 4);
  /* point month 11: B and C, 1250 + 125 = 1375 -> 1.375 -> 1 */
  ASSERT_VALUE(ind, VF_IND_RECIPIENTS_MONTH, 1375, 1000, 1);
  /* months: 6*2500 + 1*1250 + 2*125 = 16500 -> 16.5 -> 17 (half away from zero) */
  ASSERT_VALUE(ind, VF_IND_BENEFIT_MONTHS, 16500, 1000, 17);
  /* average duration 16500/3875 = 4.258 months -> 4.3 (43 tenths) */
  ASSERT_VALUE(ind, VF_IND_AVG_DURATION, 16500, 3875, 43);
  /* long term (6+ months): A only: 100*2500/3875 = 64.516 % -> 64.5 */
  ASSERT_VALUE(ind, VF_IND_LONG_TERM_SHARE, 250000, 3875, 645);
  /* gross in øre x 1/1000: 600000*2500 + 200000*1250 + 300100*125
   * = 1 500 000 000 + 250 000 000 + 37 512 500 = 1 787 512 500, i.e. 17 875.125 kr -> 17 875 */
  ASSERT_VALUE(ind, VF_IND_GROSS, 1787512500, 1000, 17875);
  /* refunded: 50000*1250 = 62 500 000, i.e. 625.00 kr */
  ASSERT_VALUE(ind, VF_IND_REFUNDED, 62500000, 1000, 625);
  /* net: 1 725 012 500 / 1000 øre = 17 250.125 kr -> 17 250 */
  ASSERT_VALUE(ind, VF_IND_NET, 1725012500, 1000, 17250);
  /* per recipient: 1 787 512 500 / 3875 øre = 461 293.5 øre = 4 612.94 kr -> 4 613 */
  ASSERT_VALUE(ind, VF_IND_GROSS_PER_RECIPIENT, 1787512500, 3875, 4613);
  /* per benefit month: 1 787 512 500 / 16500 øre = 108 334.1 øre = 1 083.34 kr -> 1 083 */
  ASSERT_VALUE(ind, VF_IND_AVG_PER_MONTH, 1787512500, 16500, 1083);
  /* social assistance as main income: A, 64.5 %; aged 18-24 and providers: B,
   * 100*1250/3875 = 32.258 % -> 32.3 */
  ASSERT_VALUE(ind, VF_IND_SA_MAIN_INCOME_SHARE, 250000, 3875, 645);
  ASSERT_VALUE(ind, VF_IND_YOUNG_SHARE, 125000, 3875, 323);
  ASSERT_VALUE(ind, VF_IND_PROVIDER_SHARE, 125000, 3875, 323);
  /* children: B's 1 child x 1.25 = 1.25 -> 1 */
  ASSERT_VALUE(ind, VF_IND_CHILDREN, 1250, 1000, 1);
}

static void test_weighted_values(void **state) {
  (void)state;
  vf_register *r = read_reg(0);
  assert_int_equal(vf_register_has_weights(r), 1);
  assert_int_equal(vf_register_weight(r, 0), 2500);
  assert_int_equal(vf_register_weight(r, 2), 125);
  assert_int_equal(vf_register_weight(r, 4), -1);
  vf_indicators *ind = compute(r, 1, 0);
  check_weighted(ind);

  /* gender table: female A + C = 2625 -> 2.625 -> 3, 100*2625/3875 = 67.74 % -> 67.7;
   * male B 1250 -> 1, 32.26 % -> 32.3; total 3875 -> 4 */
  vf_table_row row;
  size_t n = vf_indicators_table_rows(ind, VF_TABLE_GENDER);
  int seen = 0;
  for (size_t i = 0; i < n; i++) {
    assert_int_equal(vf_indicators_table_row(ind, VF_TABLE_GENDER, i, &row, NULL), VF_OK);
    if (!strcmp(row.code, "female")) {
      assert_int_equal(row.count, 3);
      assert_int_equal(row.pct_num, 262500);
      assert_int_equal(row.pct_den, 3875);
      assert_int_equal(row.pct_tenths, 677);
      vf_indicator_value v;
      assert_int_equal(vf_indicators_table_value(ind, VF_TABLE_GENDER, i, 0, &v, NULL), VF_OK);
      assert_int_equal(v.num, 2625);
      assert_int_equal(v.den, 1000);
      seen++;
    } else if (!strcmp(row.code, "male")) {
      assert_int_equal(row.count, 1);
      assert_int_equal(row.pct_tenths, 323);
      seen++;
    }
  }
  assert_int_equal(seen, 2);
  assert_int_equal(vf_indicators_table_total(ind, VF_TABLE_GENDER), 4);
  /* provider table: B (1 child) 1250 -> 1 person, children 1.25 -> 1 */
  for (size_t i = 0; i < vf_indicators_table_rows(ind, VF_TABLE_PROVIDER_STATUS); i++) {
    assert_int_equal(vf_indicators_table_row(ind, VF_TABLE_PROVIDER_STATUS, i, &row, NULL), VF_OK);
    if (row.value == VF_PROVIDER_1_CHILD) {
      assert_int_equal(row.count, 1);
      assert_int_equal(row.children, 1);
    }
  }
  vf_indicators_free(ind);

  /* Unweighted, the same register counts persons: 3 recipients, 11 001.00 kr */
  ind = compute(r, 0, 0);
  ASSERT_VALUE(ind, VF_IND_RECIPIENTS, 3, 1, 3);
  ASSERT_VALUE(ind, VF_IND_GROSS, 1100100, 1, 11001);
  vf_indicators_free(ind);
  vf_register_free(r);
}

/* A summary register sums the weighted amounts as it reads: the same values. */
static void test_weighted_summary(void **state) {
  (void)state;
  vf_register *r = read_reg(1);
  vf_indicators *ind = compute(r, 1, 0);
  check_weighted(ind);
  vf_indicators_free(ind);
  vf_error e;
  assert_int_equal(vf_register_set_weight(r, 0, 1000, &e), VF_E_INVALID_ARG);
  vf_register_free(r);
}

/* Suppression looks at persons: the point month has 2 persons (B, C) with a
 * weighted count of 1.375; with suppress_below 2 it is published (2 >= 2),
 * while the male cell (1 person, B, weight 1.25) is hidden. */
static void test_weighted_suppression(void **state) {
  (void)state;
  vf_register *r = read_reg(0);
  vf_indicators *ind = compute(r, 1, 2);
  ASSERT_VALUE(ind, VF_IND_RECIPIENTS_MONTH, 1375, 1000, 1);
  vf_table_row row;
  for (size_t i = 0; i < vf_indicators_table_rows(ind, VF_TABLE_GENDER); i++) {
    assert_int_equal(vf_indicators_table_row(ind, VF_TABLE_GENDER, i, &row, NULL), VF_OK);
    if (!strcmp(row.code, "male")) {
      assert_int_equal(row.suppressed, VF_SUPPRESS_PRIMARY);
      assert_int_equal(row.count, 0);
    }
  }
  vf_indicators_free(ind);
  vf_register_free(r);
}

/* Weights are written back and read again; set and refused by range. */
static void test_weights_round_trip(void **state) {
  (void)state;
  vf_register *r = read_reg(0), *back;
  char out[300];
  snprintf(out, sizeof out, "%s/clients_out.csv", dir);
  assert_int_equal(vf_register_write_clients_csv(r, out, NULL), VF_OK);
  FILE *f = fopen(out, "r");
  char line[256];
  assert_non_null(fgets(line, sizeof line, f));
  assert_non_null(strstr(line, ",weight\n"));
  assert_non_null(fgets(line, sizeof line, f));
  assert_string_equal(line, "A,1990-05-01,female,unmarried,norwegian,social_assistance,none,,2.500\n");
  fclose(f);
  assert_int_equal(vf_register_new(&back, NULL), VF_OK);
  assert_int_equal(vf_register_read_clients_csv(back, out, VF_READ_STRICT, NULL, NULL), VF_OK);
  assert_int_equal(vf_register_weight(back, 1), 1250);
  assert_int_equal(vf_register_weight(back, 3), 4000);
  vf_error e;
  assert_int_equal(vf_register_set_weight(back, 3, 1000000001, &e), VF_E_RANGE);
  assert_int_equal(vf_register_set_weight(back, 3, -1, &e), VF_E_RANGE);
  assert_int_equal(vf_register_set_weight(back, 9, 1000, &e), VF_E_RANGE);
  assert_int_equal(vf_register_set_weight(back, 3, 0, &e), VF_OK);
  assert_int_equal(vf_register_weight(back, 3), 0);
  vf_register_free(back);
  vf_register_free(r);
}

/* Bad weights are rejected with the line and field; weighted options need weights. */
static void test_weight_errors(void **state) {
  (void)state;
  const char *bad[] = {"1.2345", "-1", "", "1.", "x", "1000001"};
  for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
    char text[512];
    snprintf(text, sizeof text,
             "id,birth_date,gender,civil_status,citizenship,main_income,trygd,children,weight\n"
             "A,1990-05-01,female,unmarried,norwegian,work,none,,1\n"
             "B,1990-05-01,female,unmarried,norwegian,work,none,,%s\n", bad[k]);
    put("bad.csv", text);
    char p[300];
    snprintf(p, sizeof p, "%s/bad.csv", dir);
    vf_register *r;
    vf_error e;
    vf_read_counts c;
    assert_int_equal(vf_register_new(&r, NULL), VF_OK);
    assert_int_not_equal(vf_register_read_clients_csv(r, p, VF_READ_STRICT, &c, &e), VF_OK);
    assert_int_equal(e.line, 3);
    assert_string_equal(e.field, "weight");
    assert_non_null(strstr(e.message, "bad.csv:3: weight: "));
    assert_int_equal(vf_register_client_count(r), 0); /* a strict read adds nothing */
    assert_int_equal(vf_register_has_weights(r), 0);
    vf_register_free(r);
  }
  /* no weight column: weighted indicators are refused, unweighted work */
  vf_register *r;
  vf_client *c;
  assert_int_equal(vf_register_new(&r, NULL), VF_OK);
  assert_int_equal(vf_client_new(&c, NULL), VF_OK);
  assert_int_equal(vf_client_set_id(c, "X", NULL), VF_OK);
  assert_int_equal(vf_register_add_client(r, c, NULL, NULL), VF_OK);
  vf_client_free(c);
  assert_int_equal(vf_register_weight(r, 0), 1000); /* the default weight is 1 */
  vf_indicator_options o;
  vf_indicator_options_init(&o);
  o.weighted = 1;
  vf_indicators *ind = NULL;
  vf_error e;
  assert_int_equal(vf_indicators_compute(r, 2024, &o, &ind, &e), VF_E_INVALID_ARG);
  assert_string_equal(e.field, "weighted");
  o.weighted = 2;
  assert_int_equal(vf_indicators_compute(r, 2024, &o, &ind, &e), VF_E_INVALID_ARG);
  /* options of version 1 (no `weighted` member) compute unweighted */
  o.version = 1;
  assert_int_equal(vf_indicators_compute(r, 2024, &o, &ind, &e), VF_OK);
  assert_int_equal(vf_indicators_options(ind)->weighted, 0);
  vf_indicators_free(ind);
  vf_register_free(r);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_weighted_values),
    cmocka_unit_test(test_weighted_summary),
    cmocka_unit_test(test_weighted_suppression),
    cmocka_unit_test(test_weights_round_trip),
    cmocka_unit_test(test_weight_errors),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
