/* Report-style tables (issue 20): trygd_all, percentages with unknowns left
 * out, payments by group, duration bands x main income, grants and loans,
 * further age bands, on the hand-made register tests/data/reg_tables, read
 * as a full and as a summary register (the same figures). Every expected
 * value is worked out by hand from the files:
 *
 *   client  age 2024  main income        trygd            children  months (2024)     gross kr
 *   A       24 18_24  social_assistance  none             0         1-3   (3)  grant  15 000
 *   B       44 40_49  trygd              disability       2         1-12 (12)  grant 120 000 + loan 2 000
 *   C       34 30_39  work               work_assessment  1         5-6   (2)  loan    8 000
 *   D       unknown   unknown            unknown          0         4     (1)  grant   1 000
 *   E       69 67_plus trygd             old_age          0         1-7   (7)  grant  21 000
 *   F       22 18_24  social_assistance  sickness         0         1-10 (10)  grant  60 000
 *
 * B's 2023 payment is another year; A's qualification benefit is left out.
 * Gross 227 000 kr = grants 217 000 + loans 10 000. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdint.h>
#include <string.h>
#include "velferd/velferd.h"

static vf_indicators *compute(int summary, int suppress, int exclude) {
  vf_register *reg;
  vf_error e;
  if (summary) assert_int_equal(vf_register_new_summary(&reg, 2024, &e), VF_OK);
  else assert_int_equal(vf_register_new(&reg, &e), VF_OK);
  assert_int_equal(vf_register_read_dir(reg, VF_TEST_DATA "/reg_tables", VF_READ_STRICT, NULL,
                                        NULL, NULL, &e), VF_OK);
  vf_indicator_options o;
  vf_indicator_options_init(&o);
  o.suppress_below = suppress;
  o.exclude_unknown = exclude;
  vf_indicators *ind;
  assert_int_equal(vf_indicators_compute(reg, 2024, &o, &ind, &e), VF_OK);
  vf_register_free(reg);
  return ind;
}

static size_t row(const vf_indicators *ind, vf_indicator_table t, const char *code) {
  for (size_t i = 0; i < vf_indicators_table_rows(ind, t); i++) {
    vf_table_row r;
    assert_int_equal(vf_indicators_table_row(ind, t, i, &r, NULL), VF_OK);
    if (!strcmp(r.code, code)) return i;
  }
  fail_msg("no row %s", code);
  return 0;
}

static vf_indicator_value val(const vf_indicators *ind, vf_indicator w) {
  vf_indicator_value v;
  assert_int_equal(vf_indicators_value(ind, w, &v, NULL), VF_OK);
  return v;
}

static void pct(const vf_indicators *ind, vf_indicator_table t, const char *code, int64_t num,
                int64_t den, int64_t tenths) {
  vf_table_row r;
  assert_int_equal(vf_indicators_table_row(ind, t, row(ind, t, code), &r, NULL), VF_OK);
  assert_int_equal(r.pct_num, num);
  assert_int_equal(r.pct_den, den);
  assert_int_equal(r.pct_tenths, tenths);
}

static void both_paths(void (*check)(const vf_indicators *), int suppress, int exclude) {
  for (int s = 0; s < 2; s++) {
    vf_indicators *ind = compute(s, suppress, exclude);
    check(ind);
    vf_indicators_free(ind);
  }
}

/* ---- no suppression, unknowns in the denominators (SSB) ---- */

static void check_plain(const vf_indicators *ind) {
  /* grants 217 000 kr, loans 2 000 + 8 000 = 10 000 kr: together the gross */
  assert_int_equal(val(ind, VF_IND_GRANTS).num, 21700000);
  assert_int_equal(val(ind, VF_IND_LOANS).num, 1000000);
  assert_int_equal(val(ind, VF_IND_GROSS).num, 22700000);
  /* benefit months 3+12+2+1+7+10 = 35, in months, no decimals */
  vf_indicator_value bm = val(ind, VF_IND_BENEFIT_MONTHS);
  assert_int_equal(bm.unit, VF_IUNIT_MONTHS);
  assert_int_equal(bm.rounded, 35);
  assert_int_equal(bm.decimals, 0);
  /* trygd (main income trygd): B disability, E old_age = 2 */
  assert_int_equal(vf_indicators_table_total(ind, VF_TABLE_TRYGD), 2);
  /* trygd_all: everyone but A (none): B, C, D (unknown), E, F = 5 */
  assert_int_equal(vf_indicators_table_total(ind, VF_TABLE_TRYGD_ALL), 5);
  assert_int_equal(vf_indicators_table_rows(ind, VF_TABLE_TRYGD_ALL), 13); /* 14 codes less none */
  pct(ind, VF_TABLE_TRYGD_ALL, "work_assessment", 100, 5, 200); /* 1/5 = 20.0 % */
  pct(ind, VF_TABLE_TRYGD_ALL, "unknown", 100, 5, 200);
  assert_int_equal(vf_indicators_table_denominator(ind, VF_TABLE_TRYGD_ALL), 5);
  assert_int_equal(vf_indicators_table_excludes_unknown(ind, VF_TABLE_TRYGD_ALL), 0);
  /* age 18_24: A, F = 2 of 6 = 33.3 %; young_share the same */
  pct(ind, VF_TABLE_AGE_GROUP, "18_24", 200, 6, 333);
  assert_int_equal(val(ind, VF_IND_YOUNG_SHARE).rounded, 333);
  /* social assistance as main income: A, F = 2/6 = 33.3 %; and 6+ months: F = 1/6 = 16.7 % */
  assert_int_equal(val(ind, VF_IND_SA_MAIN_INCOME_SHARE).rounded, 333);
  assert_int_equal(val(ind, VF_IND_SA_LONG_TERM_SHARE).rounded, 167);

  /* payments by age group, 18_24 = A + F: 2 recipients, 3 + 10 = 13 months,
   * 15 000 + 60 000 = 75 000 kr, 37 500 per recipient, 75 000 / 13 = 5 769.23 -> 5 769 */
  vf_payment_row p;
  assert_int_equal(vf_indicators_payment_rows(ind, VF_PAYTABLE_AGE_GROUP), 9);
  assert_int_equal(vf_indicators_payment_row(ind, VF_PAYTABLE_AGE_GROUP,
                                             row(ind, VF_TABLE_AGE_GROUP, "18_24"), &p, NULL), VF_OK);
  assert_string_equal(p.code, "18_24");
  assert_int_equal(p.recipients.num, 2);
  assert_int_equal(p.benefit_months.num, 13);
  assert_int_equal(p.gross.num, 7500000);
  assert_int_equal(p.per_recipient.rounded, 37500);
  assert_int_equal(p.per_month.num, 7500000);
  assert_int_equal(p.per_month.den, 13);
  assert_int_equal(p.per_month.rounded, 5769);
  /* 40_49 = B: 122 000 kr over 12 months = 10 166.67 -> 10 167 */
  assert_int_equal(vf_indicators_payment_row(ind, VF_PAYTABLE_AGE_GROUP,
                                             row(ind, VF_TABLE_AGE_GROUP, "40_49"), &p, NULL), VF_OK);
  assert_int_equal(p.per_month.rounded, 10167);
  /* 25_29: no one; averages undefined */
  assert_int_equal(vf_indicators_payment_row(ind, VF_PAYTABLE_AGE_GROUP,
                                             row(ind, VF_TABLE_AGE_GROUP, "25_29"), &p, NULL), VF_OK);
  assert_int_equal(p.gross.num, 0);
  assert_int_equal(p.per_recipient.status, VF_VALUE_UNDEFINED);
  /* provider status, no children = A, D, E, F: 4 recipients, 3+1+7+10 = 21
   * months, 15 000 + 1 000 + 21 000 + 60 000 = 97 000 kr, 24 250 per
   * recipient, 97 000 / 21 = 4 619.05 -> 4 619 */
  assert_int_equal(vf_indicators_payment_row(ind, VF_PAYTABLE_PROVIDER_STATUS,
                   row(ind, VF_TABLE_PROVIDER_STATUS, "no_children"), &p, NULL), VF_OK);
  assert_int_equal(p.recipients.num, 4);
  assert_int_equal(p.benefit_months.num, 21);
  assert_int_equal(p.gross.num, 9700000);
  assert_int_equal(p.per_recipient.rounded, 24250);
  assert_int_equal(p.per_month.rounded, 4619);
  /* main income trygd = B, E: 12 + 7 = 19 months, 122 000 + 21 000 = 143 000
   * kr, 71 500 per recipient, 143 000 / 19 = 7 526.3 -> 7 526 */
  assert_int_equal(vf_indicators_payment_row(ind, VF_PAYTABLE_MAIN_INCOME,
                   row(ind, VF_TABLE_MAIN_INCOME, "trygd"), &p, NULL), VF_OK);
  assert_int_equal(p.benefit_months.num, 19);
  assert_int_equal(p.gross.num, 14300000);
  assert_int_equal(p.per_recipient.rounded, 71500);
  assert_int_equal(p.per_month.rounded, 7526);
  /* the groups' gross adds up to the gross, in every payment table */
  for (int t = 0; t < VF_PAYTABLE_COUNT; t++) {
    int64_t sum = 0;
    for (size_t i = 0; i < vf_indicators_payment_rows(ind, (vf_payment_table)t); i++) {
      assert_int_equal(vf_indicators_payment_row(ind, (vf_payment_table)t, i, &p, NULL), VF_OK);
      sum += p.gross.num;
    }
    assert_int_equal(sum, 22700000);
  }

  /* duration bands x main income: social_assistance A (3: 3_5), F (10:
   * 10_12); trygd B (12: 10_12), E (7: 6_9); work C (2: 1_2); unknown D (1:
   * 1_2). Band totals 2, 1, 1, 2; grand total 6. */
  size_t sa = row(ind, VF_TABLE_MAIN_INCOME, "social_assistance"),
         tr = row(ind, VF_TABLE_MAIN_INCOME, "trygd"),
         nr = vf_indicators_table_rows(ind, VF_TABLE_MAIN_INCOME);
  vf_indicator_value c;
  static const struct { size_t *r; vf_duration_band b; int64_t n; } cells[] = {
    {NULL, VF_BAND_1_2, 2}, {NULL, VF_BAND_3_5, 1}, {NULL, VF_BAND_6_9, 1},
    {NULL, VF_BAND_10_12, 2}, {NULL, VF_BAND_COUNT, 6}};
  for (size_t k = 0; k < sizeof cells / sizeof *cells; k++) {
    assert_int_equal(vf_indicators_duration_income(ind, nr, cells[k].b, &c, NULL), VF_OK);
    assert_int_equal(c.num, cells[k].n);
  }
  assert_int_equal(vf_indicators_duration_income(ind, sa, VF_BAND_3_5, &c, NULL), VF_OK);
  assert_int_equal(c.num, 1);
  assert_int_equal(vf_indicators_duration_income(ind, sa, VF_BAND_10_12, &c, NULL), VF_OK);
  assert_int_equal(c.num, 1);
  assert_int_equal(vf_indicators_duration_income(ind, tr, VF_BAND_6_9, &c, NULL), VF_OK);
  assert_int_equal(c.num, 1);
  assert_int_equal(vf_indicators_duration_income(ind, tr, VF_BAND_1_2, &c, NULL), VF_OK);
  assert_int_equal(c.num, 0);
  assert_int_equal(vf_indicators_duration_income(ind, tr, VF_BAND_COUNT, &c, NULL), VF_OK);
  assert_int_equal(c.num, 2);
  assert_int_equal(vf_indicators_duration_income(ind, nr + 1, VF_BAND_1_2, &c, NULL), VF_E_RANGE);
}

static void plain(void **state) {
  (void)state;
  both_paths(check_plain, 0, 0);
}

/* ---- unknowns left out of the denominators ---- */

static void check_exclude(const vf_indicators *ind) {
  /* trygd_all: 5 less D (unknown) = 4; work_assessment 1/4 = 25.0 %; the
   * unknown row has no percentage */
  assert_int_equal(vf_indicators_table_excludes_unknown(ind, VF_TABLE_TRYGD_ALL), 1);
  assert_int_equal(vf_indicators_table_denominator(ind, VF_TABLE_TRYGD_ALL), 4);
  pct(ind, VF_TABLE_TRYGD_ALL, "work_assessment", 100, 4, 250);
  pct(ind, VF_TABLE_TRYGD_ALL, "unknown", 0, 0, 0);
  /* age: 6 less D = 5; 18_24 2/5 = 40.0 %, and young_share */
  pct(ind, VF_TABLE_AGE_GROUP, "18_24", 200, 5, 400);
  assert_int_equal(val(ind, VF_IND_YOUNG_SHARE).den, 5);
  assert_int_equal(val(ind, VF_IND_YOUNG_SHARE).rounded, 400);
  /* main income known for 5: social assistance 2/5 = 40.0 %, long-term 1/5 = 20.0 % */
  assert_int_equal(val(ind, VF_IND_SA_MAIN_INCOME_SHARE).rounded, 400);
  assert_int_equal(val(ind, VF_IND_SA_LONG_TERM_SHARE).rounded, 200);
  /* provider status has no unknown row: the whole total */
  assert_int_equal(vf_indicators_table_excludes_unknown(ind, VF_TABLE_PROVIDER_STATUS), 0);
  assert_int_equal(vf_indicators_table_denominator(ind, VF_TABLE_PROVIDER_STATUS), 6);
  /* counts are what they were */
  assert_int_equal(vf_indicators_table_total(ind, VF_TABLE_AGE_GROUP), 6);
}

static void exclude(void **state) {
  (void)state;
  both_paths(check_exclude, 0, 1);
}

/* ---- suppression (below 2: every cell of 1 person is hidden) ---- */

static void check_suppressed(const vf_indicators *ind) {
  /* age: 18_24 = 2 published; 30_39, 40_49, 67_plus, unknown = 1 each, hidden.
   * Left out of the denominator, the hidden unknown cell would follow from
   * total - denominator: the percentages are withheld, young_share too. */
  assert_int_equal(vf_indicators_table_denominator(ind, VF_TABLE_AGE_GROUP), -1);
  vf_indicator_value v;
  assert_int_equal(vf_indicators_table_value(ind, VF_TABLE_AGE_GROUP,
                   row(ind, VF_TABLE_AGE_GROUP, "18_24"), 1, &v, NULL), VF_OK);
  assert_int_equal(v.status, VF_VALUE_SUPPRESSED);
  assert_int_equal(val(ind, VF_IND_YOUNG_SHARE).status, VF_VALUE_SUPPRESSED);
  /* payments of a hidden group are hidden; of 18_24 published, except the
   * months (the duration table has hidden cells: 1 person each) */
  vf_payment_row p;
  assert_int_equal(vf_indicators_payment_row(ind, VF_PAYTABLE_AGE_GROUP,
                   row(ind, VF_TABLE_AGE_GROUP, "30_39"), &p, NULL), VF_OK);
  assert_int_equal(p.gross.status, VF_VALUE_SUPPRESSED);
  assert_int_equal(p.gross.num, 0);
  assert_int_equal(vf_indicators_payment_row(ind, VF_PAYTABLE_AGE_GROUP,
                   row(ind, VF_TABLE_AGE_GROUP, "18_24"), &p, NULL), VF_OK);
  assert_int_equal(p.gross.num, 7500000);
  assert_int_equal(p.benefit_months.status, VF_VALUE_SUPPRESSED);
  assert_int_equal(p.per_month.status, VF_VALUE_SUPPRESSED);
  /* cross table: work x 1_2 is 1 person: hidden; trygd's row total (2) is the
   * main income table's published cell */
  vf_indicator_value c;
  assert_int_equal(vf_indicators_duration_income(ind, row(ind, VF_TABLE_MAIN_INCOME, "work"),
                                                 VF_BAND_1_2, &c, NULL), VF_OK);
  assert_int_equal(c.status, VF_VALUE_SUPPRESSED);
  assert_int_equal(vf_indicators_duration_income(ind, row(ind, VF_TABLE_MAIN_INCOME, "trygd"),
                                                 VF_BAND_COUNT, &c, NULL), VF_OK);
  assert_int_equal(c.status, VF_VALUE_OK);
  assert_int_equal(c.num, 2);
  /* a row with one hidden cell has its total (the main income cell) hidden
   * too; otherwise the cell would follow from it */
  size_t nr = vf_indicators_table_rows(ind, VF_TABLE_MAIN_INCOME);
  for (size_t r = 0; r < nr; r++) {
    int hidden = 0;
    for (int b = 0; b < VF_BAND_COUNT; b++) {
      assert_int_equal(vf_indicators_duration_income(ind, r, (vf_duration_band)b, &c, NULL), VF_OK);
      hidden += c.status == VF_VALUE_SUPPRESSED;
    }
    assert_int_equal(vf_indicators_duration_income(ind, r, VF_BAND_COUNT, &c, NULL), VF_OK);
    assert_true(hidden != 1 || c.status == VF_VALUE_SUPPRESSED);
  }
}

static void suppressed(void **state) {
  (void)state;
  both_paths(check_suppressed, 2, 1);
}

/* Options: a version-1 caller's struct is read without the new fields; bad
 * values are refused naming the field. */
static void options(void **state) {
  (void)state;
  vf_register *reg;
  vf_error e;
  assert_int_equal(vf_register_new(&reg, &e), VF_OK);
  assert_int_equal(vf_register_read_dir(reg, VF_TEST_DATA "/reg_tables", VF_READ_STRICT, NULL,
                                        NULL, NULL, &e), VF_OK);
  vf_indicator_options o;
  vf_indicators *ind;
  vf_indicator_options_init(&o);
  o.exclude_unknown = 2;
  assert_int_equal(vf_indicators_compute(reg, 2024, &o, &ind, &e), VF_E_INVALID_ARG);
  assert_string_equal(e.field, "exclude_unknown");
  vf_indicator_options_init(&o);
  o.rate_bands = 1;
  o.rate_band[0][0] = 30;
  o.rate_band[0][1] = 20;
  assert_int_equal(vf_indicators_compute(reg, 2024, &o, &ind, &e), VF_E_INVALID_ARG);
  assert_string_equal(e.field, "rate_band");
  vf_indicator_options_init(&o);
  o.version = 1;
  o.exclude_unknown = 7; /* not read from a version-1 struct */
  assert_int_equal(vf_indicators_compute(reg, 2024, &o, &ind, &e), VF_OK);
  assert_int_equal(vf_indicators_options(ind)->exclude_unknown, 0);
  assert_int_equal(vf_indicators_options(ind)->version, VF_INDICATOR_OPTIONS_VERSION);
  vf_indicators_free(ind);
  vf_register_free(reg);
  assert_string_equal(vf_payment_table_name(VF_PAYTABLE_MAIN_INCOME), "payments_main_income");
  assert_null(vf_payment_table_name(VF_PAYTABLE_COUNT));
  assert_string_equal(vf_duration_band_name(VF_BAND_6_9), "6_9");
  assert_string_equal(vf_indicator_table_name(VF_TABLE_TRYGD_ALL), "trygd_all");
  assert_string_equal(vf_indicator_name(VF_IND_LOANS), "loans");
}

/* The full register's pass over the payments on 4 threads (each with its own
 * per-client gross, added up after) gives what one thread gives. */
static void threads(void **state) {
  (void)state;
  vf_register *reg;
  vf_error e;
  assert_int_equal(vf_synth_register("default", 3000, 5, 2024, &reg, &e), VF_OK);
  assert_true(vf_register_payment_count(reg) > 4 * 4096); /* enough for 4 slices */
  vf_indicators *ind[2];
  for (int k = 0; k < 2; k++) {
    vf_indicator_options o;
    vf_indicator_options_init(&o);
    o.suppress_below = 0;
    o.threads = k ? 4 : 1;
    assert_int_equal(vf_indicators_compute(reg, 2024, &o, &ind[k], &e), VF_OK);
  }
  assert_int_equal(val(ind[0], VF_IND_GRANTS).num, val(ind[1], VF_IND_GRANTS).num);
  int64_t sum = 0;
  for (int t = 0; t < VF_PAYTABLE_COUNT; t++)
    for (size_t i = 0; i < vf_indicators_payment_rows(ind[0], (vf_payment_table)t); i++) {
      vf_payment_row a, b;
      assert_int_equal(vf_indicators_payment_row(ind[0], (vf_payment_table)t, i, &a, NULL), VF_OK);
      assert_int_equal(vf_indicators_payment_row(ind[1], (vf_payment_table)t, i, &b, NULL), VF_OK);
      assert_int_equal(a.gross.num, b.gross.num);
      assert_int_equal(a.benefit_months.num, b.benefit_months.num);
      if (t == 0) sum += a.gross.num;
    }
  assert_int_equal(sum, val(ind[0], VF_IND_GROSS).num); /* the groups add up to the gross */
  vf_indicators_free(ind[0]);
  vf_indicators_free(ind[1]);
  vf_register_free(reg);
}

/* Every new table, band and text has an English and a Norwegian label. */
static void labels(void **state) {
  (void)state;
  static const char *const langs[] = {"en", "nb"};
  for (int k = 0; k < 2; k++) {
    vf_labels *l;
    assert_int_equal(vf_labels_new(&l, langs[k], NULL), VF_OK);
    for (int t = 0; t < VF_PAYTABLE_COUNT; t++)
      assert_non_null(vf_labels_payment_table(l, (vf_payment_table)t));
    for (int b = 0; b <= VF_BAND_COUNT; b++)
      assert_non_null(vf_labels_duration_band(l, (vf_duration_band)b));
    assert_non_null(vf_labels_table(l, VF_TABLE_TRYGD_ALL));
    assert_non_null(vf_labels_indicator(l, VF_IND_GRANTS));
    assert_non_null(vf_labels_indicator(l, VF_IND_LOANS));
    static const char *const keys[] = {"table.duration_main_income", "out.rate_band",
      "out.pct_known", "out.pct_withheld", "out.pay.recipients", "out.pay.months",
      "out.pay.gross", "out.pay.per_recipient", "out.pay.per_month", "out.main_income"};
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) assert_non_null(vf_labels_get(l, keys[i]));
    vf_labels_free(l);
  }
  vf_labels *nb;
  assert_int_equal(vf_labels_new(&nb, "nb", NULL), VF_OK);
  assert_string_equal(vf_labels_duration_band(nb, VF_BAND_6_9), "6-9 måneder");
  vf_labels_free(nb);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(plain), cmocka_unit_test(exclude), cmocka_unit_test(suppressed),
    cmocka_unit_test(options), cmocka_unit_test(labels), cmocka_unit_test(threads)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
