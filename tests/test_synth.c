/* Synthetic registers: determinism, round trip through the register files, and
 * the calibration of profile city2008 against the published 2008 figures.
 *
 * Tolerances (docs/indicators.md, "Synthetic register"):
 *  - Categorical attributes are drawn from a low-discrepancy sequence, which
 *    usually lands within a few persons of each figure; the test allows what
 *    pure random sampling would (3 binomial standard deviations), so that it
 *    holds for every seed.
 *  - Months and amounts come from a pseudo-random stream: recipients in
 *    November within 3 binomial standard deviations (sqrt(7131 x .466 x .534)
 *    = 42 persons, so 126); average duration within 0.15 months (3 standard
 *    errors: the months' s.d. of 3.9 / sqrt(7131) = 0.046).
 *  - Money within 4 %: the published figures disagree by 4 % among themselves
 *    (317.9 million / (7131 x 6.1 months) = 7308 kr per month against the
 *    published 7022 kr); the profile aims between them (7163 kr, 2 % from
 *    each), plus about 1 % of sampling spread. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "velferd/velferd.h"

static int64_t row_count(const vf_indicators *ind, vf_indicator_table t, const char *code) {
  for (size_t i = 0; i < vf_indicators_table_rows(ind, t); i++) {
    vf_table_row r;
    assert_int_equal(vf_indicators_table_row(ind, t, i, &r, NULL), VF_OK);
    if (!strcmp(r.code, code)) {
      assert_int_equal(r.suppressed, VF_SUPPRESS_NONE);
      return r.count;
    }
  }
  fail_msg("no row %s", code);
  return -1;
}

/* |got - want| within 3 binomial standard deviations, sd^2 = want (total - want) / total */
static void near(const char *what, int64_t got, int64_t want, int64_t total) {
  int64_t var = want * (total - want) / total, sd = 0;
  while ((sd + 1) * (sd + 1) <= var) sd++;
  int64_t tol = 3 * (sd + 1);
  if (llabs(got - want) > tol) fail_msg("%s: %lld, published %lld (tolerance %lld)", what,
                                        (long long)got, (long long)want, (long long)tol);
}

static int64_t value_num(const vf_indicators *ind, vf_indicator w) {
  vf_indicator_value v;
  assert_int_equal(vf_indicators_value(ind, w, &v, NULL), VF_OK);
  assert_int_equal(v.status, VF_VALUE_OK);
  assert_int_equal(v.den, 1);
  return v.num;
}

static void calibration_one(uint64_t seed) {
  vf_register *r;
  vf_indicators *ind;
  vf_error e;
  assert_int_equal(vf_synth_register("city2008", 7131, seed, 2008, &r, &e), VF_OK);
  assert_int_equal(vf_indicators_compute(r, 2008, NULL, &ind, &e), VF_OK);
  assert_int_equal(value_num(ind, VF_IND_RECIPIENTS), 7131);
  static const struct { vf_indicator_table t; const char *code; int64_t n; } fig[] = {
    {VF_TABLE_AGE_GROUP, "18_24", 1095}, {VF_TABLE_AGE_GROUP, "25_29", 995},
    {VF_TABLE_AGE_GROUP, "30_39", 1795}, {VF_TABLE_AGE_GROUP, "40_49", 1593},
    {VF_TABLE_AGE_GROUP, "50_59", 967}, {VF_TABLE_AGE_GROUP, "60_66", 393},
    {VF_TABLE_AGE_GROUP, "67_plus", 278},
    {VF_TABLE_GENDER, "male", 4069}, {VF_TABLE_GENDER, "female", 3062},
    {VF_TABLE_CIVIL_STATUS, "widowed", 149}, {VF_TABLE_CIVIL_STATUS, "married", 783},
    {VF_TABLE_CIVIL_STATUS, "cohabiting", 227}, {VF_TABLE_CIVIL_STATUS, "separated_divorced", 1486},
    {VF_TABLE_CIVIL_STATUS, "unmarried", 4486},
    {VF_TABLE_CITIZENSHIP, "norwegian", 5874}, {VF_TABLE_CITIZENSHIP, "foreign", 1257},
    {VF_TABLE_PROVIDER_STATUS, "no_children", 5517}, {VF_TABLE_PROVIDER_STATUS, "1_child", 797},
    {VF_TABLE_PROVIDER_STATUS, "2_children", 459}, {VF_TABLE_PROVIDER_STATUS, "3_children", 206},
    {VF_TABLE_PROVIDER_STATUS, "4_children", 89}, {VF_TABLE_PROVIDER_STATUS, "5_plus_children", 62},
    {VF_TABLE_MAIN_INCOME, "other", 301}, {VF_TABLE_MAIN_INCOME, "work", 642},
    {VF_TABLE_MAIN_INCOME, "spouse", 52}, {VF_TABLE_MAIN_INCOME, "introduction", 64},
    {VF_TABLE_MAIN_INCOME, "course_wage_subsidy", 147},
    {VF_TABLE_MAIN_INCOME, "qualification", 159},
    {VF_TABLE_MAIN_INCOME, "social_assistance", 2640}, {VF_TABLE_MAIN_INCOME, "student", 91},
    {VF_TABLE_MAIN_INCOME, "trygd", 3035}};
  for (size_t i = 0; i < sizeof fig / sizeof fig[0]; i++) {
    char what[64];
    snprintf(what, sizeof what, "%s %s", vf_indicator_table_name(fig[i].t), fig[i].code);
    near(what, row_count(ind, fig[i].t, fig[i].code), fig[i].n, 7131);
  }
  /* The trygd table sums to 3164 in the source: follow its shares of the
   * generated trygd total, target = total x n / 3164. */
  static const struct { const char *code; int64_t n; } trygd[] = {{"old_age", 212}, {"other", 117},
    {"rehabilitation", 656}, {"unemployment", 171}, {"survivor", 22}, {"medical_rehab", 416},
    {"transitional", 196}, {"sickness", 92}, {"disability", 1282}};
  int64_t ttotal = vf_indicators_table_total(ind, VF_TABLE_TRYGD);
  for (size_t i = 0; i < sizeof trygd / sizeof trygd[0]; i++)
    near(trygd[i].code, row_count(ind, VF_TABLE_TRYGD, trygd[i].code), ttotal * trygd[i].n / 3164,
         ttotal);
  /* children: 3027 +- 2 % (a sum over the provider quotas and the 5, 6 or 7
   * children of the 5+ group) */
  int64_t kids = value_num(ind, VF_IND_CHILDREN);
  if (llabs(kids - 3027) * 50 > 3027) fail_msg("children %lld, published 3027", (long long)kids);
  int64_t nov = value_num(ind, VF_IND_RECIPIENTS_MONTH);
  if (llabs(nov - 3321) > 126) fail_msg("November: %lld, published 3321", (long long)nov);
  /* average duration 6.1 +- 0.15: months within 7131 x [5.95, 6.25] */
  int64_t months = value_num(ind, VF_IND_BENEFIT_MONTHS);
  if (months * 100 < 7131 * 595 || months * 100 > 7131 * 625)
    fail_msg("average duration %lld/7131 months, published 6.1", (long long)months);
  /* money within 4 % */
  int64_t gross = value_num(ind, VF_IND_GROSS);
  if (llabs(gross - 31790000000LL) * 100 > 31790000000LL * 4)
    fail_msg("gross %lld øre, published 317.9 million kr", (long long)gross);
  vf_indicator_value pm;
  vf_indicators_value(ind, VF_IND_AVG_PER_MONTH, &pm, NULL);
  if (llabs(pm.rounded - 7022) * 100 > 7022 * 4)
    fail_msg("average per benefit month %lld kr, published 7022", (long long)pm.rounded);
  vf_indicators_free(ind);
  vf_register_free(r);
}

static void calibration(void **state) {
  (void)state;
  for (uint64_t seed = 1; seed <= 3; seed++) calibration_one(seed);
}

static char *render(const vf_register *r) {
  vf_indicators *ind;
  char *text;
  vf_indicator_options o;
  vf_indicator_options_init(&o);
  o.suppress_below = 0;
  assert_int_equal(vf_indicators_compute(r, 2008, &o, &ind, NULL), VF_OK);
  assert_int_equal(vf_indicators_render(ind, VF_OUTPUT_JSON, &text, NULL, NULL), VF_OK);
  vf_indicators_free(ind);
  return text;
}

static void deterministic_and_round_trip(void **state) {
  (void)state;
  vf_register *a, *b, *c, *d;
  assert_int_equal(vf_synth_register(NULL, 500, 42, 2008, &a, NULL), VF_OK);
  assert_int_equal(vf_synth_register("default", 500, 42, 2008, &b, NULL), VF_OK);
  assert_int_equal(vf_synth_register(NULL, 500, 43, 2008, &c, NULL), VF_OK);
  assert_int_equal(vf_register_payment_count(a), vf_register_payment_count(b));
  for (size_t i = 0; i < vf_register_payment_count(a); i++) {
    vf_payment p, q;
    vf_register_payment(a, i, &p, NULL);
    vf_register_payment(b, i, &q, NULL);
    assert_int_equal(p.client, q.client);
    assert_int_equal(p.month, q.month);
    assert_int_equal(p.gross, q.gross);
    assert_int_equal(p.refunded, q.refunded);
    assert_int_equal(p.kind, q.kind);
  }
  char *ta = render(a), *tb = render(b), *tc = render(c);
  assert_string_equal(ta, tb);
  assert_string_not_equal(ta, tc);
  /* the register files give back the same register */
  char dir[128];
  snprintf(dir, sizeof dir, "/tmp/vf_test_synth_%ld", (long)getpid());
  assert_int_equal(vf_register_write_dir(a, dir, NULL), VF_OK);
  assert_int_equal(vf_register_new(&d, NULL), VF_OK);
  vf_read_counts cc, pc, qc;
  vf_error e;
  assert_int_equal(vf_register_read_dir(d, dir, VF_READ_STRICT, &cc, &pc, &qc, &e), VF_OK);
  assert_int_equal(cc.used, 500);
  assert_int_equal(pc.used, vf_register_payment_count(a));
  assert_int_equal(qc.used, 121);
  char *td = render(d);
  assert_string_equal(ta, td);
  const char *files[] = {"clients.csv", "payments.csv", "population.csv"};
  for (int i = 0; i < 3; i++) {
    char p[256];
    snprintf(p, sizeof p, "%s/%s", dir, files[i]);
    remove(p);
  }
  rmdir(dir);
  free(ta);
  free(tb);
  free(tc);
  free(td);
  vf_register_free(a);
  vf_register_free(b);
  vf_register_free(c);
  vf_register_free(d);
}

/* The pass over the payment records may be split between threads; the
 * result must not depend on it (2000 persons give about 12 000 records, enough
 * for 3 slices of at least 4096). */
static void threads_same_result(void **state) {
  (void)state;
  vf_register *r;
  assert_int_equal(vf_synth_register(NULL, 2000, 5, 2008, &r, NULL), VF_OK);
  char *text[3];
  for (int t = 1; t <= 3; t++) {
    vf_indicator_options o;
    vf_indicator_options_init(&o);
    o.threads = t;
    vf_indicators *ind;
    assert_int_equal(vf_indicators_compute(r, 2008, &o, &ind, NULL), VF_OK);
    assert_int_equal(vf_indicators_render(ind, VF_OUTPUT_CSV, &text[t - 1], NULL, NULL), VF_OK);
    vf_indicators_free(ind);
  }
  assert_string_equal(text[0], text[1]);
  assert_string_equal(text[0], text[2]);
  for (int t = 0; t < 3; t++) vf_indicators_text_free(text[t]);
  vf_register_free(r);
}

static void scaling_and_errors(void **state) {
  (void)state;
  vf_register *r;
  vf_indicators *ind;
  vf_error e;
  /* 10x the city keeps the shares: social assistance as main income 2640/7131 = 37.0 % */
  assert_int_equal(vf_synth_register(NULL, 71310, 7, 2008, &r, &e), VF_OK);
  assert_int_equal(vf_indicators_compute(r, 2008, NULL, &ind, &e), VF_OK);
  vf_indicator_value v;
  vf_indicators_value(ind, VF_IND_SA_MAIN_INCOME_SHARE, &v, NULL);
  assert_int_equal(v.status, VF_VALUE_OK);
  assert_in_range(v.rounded, 367, 373);
  /* population scaled too: 18-66 is 49 ages x 3370 x 10 */
  assert_int_equal(vf_register_population(r, 2008, 30), 33700);
  vf_indicators_free(ind);
  vf_register_free(r);
  assert_int_equal(vf_synth_register("oslo", 10, 1, 2008, &r, &e), VF_E_NOT_FOUND);
  assert_string_equal(e.field, "profile");
  assert_int_equal(vf_synth_register(NULL, 0, 1, 2008, &r, &e), VF_E_RANGE);
  assert_int_equal(vf_synth_register(NULL, 10, 1, 1800, &r, &e), VF_E_DATE);
  assert_int_equal(vf_synth_profile_count(), 2);
  assert_string_equal(vf_synth_profile_name(0), "city2008");
  assert_string_equal(vf_synth_profile_name(1), "city2008_trygd");
  assert_null(vf_synth_profile_name(2));
}

/* city2008_trygd: the status report's trygd table counts 3164 of the 7131
 * recipients with a trygd situation, 3035 with trygd as main income; so 129
 * have one with another main income (work or social assistance), and every
 * other figure is city2008's (the same streams). */
static void trygd_beside(void **state) {
  (void)state;
  for (uint64_t seed = 1; seed <= 3; seed++) {
    vf_register *a, *b;
    vf_indicators *ia, *ib;
    vf_indicator_options o;
    vf_indicator_options_init(&o);
    o.suppress_below = 0;
    assert_int_equal(vf_synth_register("city2008", 7131, seed, 2008, &a, NULL), VF_OK);
    assert_int_equal(vf_synth_register("city2008_trygd", 7131, seed, 2008, &b, NULL), VF_OK);
    assert_int_equal(vf_indicators_compute(a, 2008, &o, &ia, NULL), VF_OK);
    assert_int_equal(vf_indicators_compute(b, 2008, &o, &ib, NULL), VF_OK);
    /* city2008: trygd_all is the trygd table less its none row */
    assert_int_equal(vf_indicators_table_total(ia, VF_TABLE_TRYGD_ALL),
                     vf_indicators_table_total(ia, VF_TABLE_TRYGD));
    int64_t all = vf_indicators_table_total(ib, VF_TABLE_TRYGD_ALL);
    near("trygd_all", all, 3164, 7131);
    /* the extra 129 are work (disability) or social assistance (the short-term types) */
    int64_t extra = all - vf_indicators_table_total(ib, VF_TABLE_TRYGD);
    near("beside another main income", extra, 129, 7131);
    assert_true(extra > 0);
    /* the same recipients, main incomes and payments */
    assert_int_equal(vf_indicators_table_total(ib, VF_TABLE_TRYGD),
                     vf_indicators_table_total(ia, VF_TABLE_TRYGD));
    assert_int_equal(row_count(ib, VF_TABLE_MAIN_INCOME, "work"),
                     row_count(ia, VF_TABLE_MAIN_INCOME, "work"));
    assert_int_equal(value_num(ib, VF_IND_GROSS), value_num(ia, VF_IND_GROSS));
    assert_int_equal(value_num(ib, VF_IND_RECIPIENTS_MONTH), value_num(ia, VF_IND_RECIPIENTS_MONTH));
    /* the old-age pension stays with trygd as main income */
    assert_int_equal(row_count(ib, VF_TABLE_TRYGD_ALL, "old_age"),
                     row_count(ia, VF_TABLE_TRYGD_ALL, "old_age"));
    vf_indicators_free(ia);
    vf_indicators_free(ib);
    vf_register_free(a);
    vf_register_free(b);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(calibration),
                                     cmocka_unit_test(deterministic_and_round_trip),
                                     cmocka_unit_test(threads_same_result),
                                     cmocka_unit_test(scaling_and_errors),
                                     cmocka_unit_test(trygd_beside)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
