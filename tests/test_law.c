/* Current law and what velferd knows of it (issue 19): values as known on a
 * date (bitemporal rows), coverage of the parameter set, templates for one's
 * own figures, and the part-month proration assumption. Every expected value
 * is worked out by hand from the tables in data/params and docs/rules.md. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "velferd/velferd.h"

static vf_date D(int y, int m, int d) { return (vf_date){y, m, d}; }

static vf_ctx *ctx_new(const char *profile, vf_date known_on) {
  vf_ctx *ctx = NULL;
  vf_error e;
  if (vf_ctx_new(&ctx, profile, &e)) fail_msg("%s", e.message);
  if (known_on.year && vf_ctx_set_as_known_on(ctx, known_on, &e)) fail_msg("%s", e.message);
  return ctx;
}

static vf_money money(const vf_ctx *ctx, const char *name, vf_date on) {
  vf_money m = -1;
  vf_error e;
  if (vf_param_money(ctx, name, on, &m, &e)) fail_msg("%s", e.message);
  return m;
}

/* A pensioner in Bergen (80 % rule on) in June 2020. */
static vf_client *pensioner(int couple) {
  vf_client *c = NULL;
  assert_int_equal(vf_client_new(&c, NULL), VF_OK);
  vf_client_set_birth_date(c, D(1950, 3, 1), NULL);
  vf_client_set_trygd(c, VF_TRYGD_OLD_AGE, NULL);
  vf_client_set_fact(c, VF_FACT_LIVES_WITH_PARTNER, couple ? VF_YES : VF_NO, NULL);
  vf_client_set_housing(c, VF_HOUSING_RENT, couple ? 800000 : 600000, NULL);
  vf_client_set_housing(c, VF_HOUSING_ELECTRICITY, couple ? 150000 : 100000, NULL);
  vf_client_set_income(c, VF_INC_TRYGD, couple ? 1400000 : 1500000, NULL);
  if (couple) vf_client_set_income(c, VF_INC_PARTNER, 1400000, NULL);
  return c;
}

/* ---- values as known on a date ---- */

/* G of 1 May 2020 (101 351) was taken into use on 2020-09-21 (navikt/g);
 * until then G 2019 (99 858) was the G in use. */
static void g_as_known_on(void **state) {
  (void)state;
  vf_ctx *now = ctx_new(NULL, D(0, 0, 0)), *june = ctx_new(NULL, D(2020, 6, 15));
  vf_ctx *oct = ctx_new(NULL, D(2020, 9, 21));
  assert_int_equal(money(now, "g", D(2020, 6, 1)), 10135100);
  assert_int_equal(money(june, "g", D(2020, 6, 1)), 9985800);
  assert_int_equal(money(oct, "g", D(2020, 6, 1)), 10135100); /* on the decided day itself */
  vf_param_value v;
  assert_int_equal(vf_param_get(june, "g", D(2020, 6, 1), &v, NULL), VF_OK);
  assert_int_equal(v.valid_from.year, 2019);
  assert_int_equal(v.decided.year, 2019); /* decided 2019-05-27 */
  assert_int_equal(v.decided.month, 5);
  assert_int_equal(v.decided.day, 27);
  /* the view shows only rows decided by then; the id differs */
  assert_int_equal(vf_param_entry_count(now, "g") - vf_param_entry_count(june, "g"), 7);
  assert_string_not_equal(vf_ctx_params_id(now), vf_ctx_params_id(june));
  /* clearing the date gives the full table back, with the same id */
  assert_int_equal(vf_ctx_set_as_known_on(june, D(0, 0, 0), NULL), VF_OK);
  assert_string_equal(vf_ctx_params_id(now), vf_ctx_params_id(june));
  assert_int_equal(vf_ctx_as_known_on(june).year, 0);
  assert_int_equal(vf_ctx_set_as_known_on(june, D(2020, 2, 30), NULL), VF_E_DATE);
  vf_ctx_free(now);
  vf_ctx_free(june);
  vf_ctx_free(oct);
}

/* The qualification benefit for June 2020 (30 days), a participant of 30:
 * 2 G a year, a whole month = 2 G / 12.
 * As decided in June 2020: 2 x 99 858 = 199 716; / 12 = 16 643.00 kr.
 * As back-paid: 2 x 101 351 = 202 702; / 12 = 16 891.8333 -> 16 891.83 kr. */
static void kvp_june_2020(void **state) {
  (void)state;
  vf_ctx *now = ctx_new(NULL, D(0, 0, 0)), *june = ctx_new(NULL, D(2020, 6, 15));
  vf_client *c = NULL;
  assert_int_equal(vf_client_new(&c, NULL), VF_OK);
  vf_client_set_birth_date(c, D(1990, 1, 1), NULL);
  vf_kvp_benefit_result r;
  vf_error e;
  if (vf_kvp_benefit_month(june, c, 2020, 6, 0, &r, NULL, &e)) fail_msg("%s", e.message);
  assert_int_equal(r.amount, 1664300);
  if (vf_kvp_benefit_month(now, c, 2020, 6, 0, &r, NULL, &e)) fail_msg("%s", e.message);
  assert_int_equal(r.amount, 1689183);
  vf_client_free(c);
  vf_ctx_free(now);
  vf_ctx_free(june);
}

/* The 80 % rule (docs/rules.md): minimum = fraction x level, level = yearly
 * minimum pension / 12 (x 2 for a couple: the rate is per person);
 * supplement = minimum + rent + electricity - income, not below zero.
 *
 * Single, rent 6 000, electricity 1 000, income 15 000 (ordinary calculation:
 * 6 250 + 7 000 - 15 000 < 0, so 0):
 *   back-paid (208 690): 208 690 / 12 = 17 390.8333 -> 17 390.83;
 *     x 4/5 = 13 912.664 -> 13 912.66; + 7 000 - 15 000 = 5 912.66 kr
 *   as decided from 21 September 2020 until the 2021 decision (204 690):
 *     204 690 / 12 = 17 057.50; x 4/5 = 13 646.00; + 7 000 - 15 000 = 5 646.00 kr
 *   as decided in June 2020: the single rate in use then (from 1 September 2019)
 *     is not sourced, so no value.
 * Couple, rent 8 000, electricity 1 500, income 14 000 + 14 000 (ordinary:
 * 10 450 + 9 500 - 28 000 < 0):
 *   back-paid (183 587): 2 x 183 587 / 12 = 30 597.8333 -> 30 597.83;
 *     x 4/5 = 24 478.264 -> 24 478.26; + 9 500 - 28 000 = 5 978.26 kr
 *   as decided in June 2020 (181 908 of 1 May 2019): 2 x 181 908 / 12 = 30 318.00;
 *     x 4/5 = 24 254.40; + 9 500 - 28 000 = 5 754.40 kr */
static void rule80_june_2020(void **state) {
  (void)state;
  vf_ctx *now = ctx_new("bergen", D(0, 0, 0)), *june = ctx_new("bergen", D(2020, 6, 15));
  vf_ctx *autumn = ctx_new("bergen", D(2020, 10, 1));
  vf_client *single = pensioner(0), *couple = pensioner(1);
  vf_assistance_result r;
  vf_error e;
  if (vf_assistance_month(now, single, 2020, 6, &r, NULL, &e)) fail_msg("%s", e.message);
  assert_int_equal(r.ordinary, 0);
  assert_int_equal(r.rule80_minimum, 1391266);
  assert_int_equal(r.assistance, 591266);
  if (vf_assistance_month(autumn, single, 2020, 6, &r, NULL, &e)) fail_msg("%s", e.message);
  assert_int_equal(r.rule80_minimum, 1364600);
  assert_int_equal(r.assistance, 564600);
  assert_int_equal(vf_assistance_month(june, single, 2020, 6, &r, NULL, &e), VF_E_NO_VALUE);
  assert_string_equal(e.field, "minimum_pension.single");

  if (vf_assistance_month(now, couple, 2020, 6, &r, NULL, &e)) fail_msg("%s", e.message);
  assert_int_equal(r.ordinary, 0);
  assert_int_equal(r.assistance, 597826);
  if (vf_assistance_month(june, couple, 2020, 6, &r, NULL, &e)) fail_msg("%s", e.message);
  assert_int_equal(r.assistance, 575440);

  /* the trace says which rows were used and as known on when */
  vf_trace *t = NULL;
  assert_int_equal(vf_trace_new(&t, NULL), VF_OK);
  if (vf_assistance_month(autumn, single, 2020, 6, &r, t, &e)) fail_msg("%s", e.message);
  size_t n = vf_trace_to_text(t, NULL, 0);
  char *text = malloc(n + 1);
  vf_trace_to_text(t, text, n + 1);
  assert_non_null(strstr(text, "parameters as known on 2020-10-01"));
  assert_non_null(strstr(text, "minimum_pension.single = 204690.00 nok_per_year (valid from "
                               "2020-05-01, decided 2020-09-21;"));
  free(text);
  vf_trace_info info;
  assert_int_equal(vf_trace_get_info(t, &info, NULL), VF_OK);
  assert_string_equal(info.as_known_on, "2020-10-01");
  vf_trace_free(t);
  vf_client_free(single);
  vf_client_free(couple);
  vf_ctx_free(now);
  vf_ctx_free(june);
  vf_ctx_free(autumn);
}

/* The optional decided column: old five-column files stay valid; two rows of
 * one date need ascending decided dates; errors name line and field. */
static void decided_column(void **state) {
  (void)state;
  vf_ctx *ctx = ctx_new(NULL, D(0, 0, 0));
  vf_error e;
  const char *ok = "name,valid_from,value,unit,source,decided\n"
                   "g,2030-05-01,150000,nok_per_year,first figure,2030-06-01\n"
                   "g,2030-05-01,151000,nok_per_year,corrected,2031-02-01\n"
                   "g,2031-05-01,155000,nok_per_year,no decided date,\n";
  if (vf_ctx_load_params_text(ctx, ok, strlen(ok), "d.csv", &e)) fail_msg("%s", e.message);
  assert_int_equal(money(ctx, "g", D(2030, 7, 1)), 15100000); /* the later decision */
  vf_ctx *c2 = NULL;
  assert_int_equal(vf_ctx_clone(&c2, ctx, NULL), VF_OK);
  assert_int_equal(vf_ctx_set_as_known_on(c2, D(2030, 12, 31), NULL), VF_OK);
  assert_int_equal(money(c2, "g", D(2030, 7, 1)), 15000000);
  assert_int_equal(money(ctx, "g", D(2030, 7, 1)), 15100000); /* the base is unchanged */
  assert_int_equal(vf_ctx_set_as_known_on(c2, D(2030, 5, 31), NULL), VF_OK);
  /* not yet decided: the 2026 G (decided 2026-06-01) is the latest known */
  assert_int_equal(money(c2, "g", D(2030, 7, 1)), 13654900);
  /* a row loaded into a context set to a date is filtered as well */
  const char *later = "name,valid_from,value,unit,source,decided\n"
                      "g,2030-05-01,152000,nok_per_year,later,2032-01-01\n";
  assert_int_equal(vf_ctx_load_params_text(c2, later, strlen(later), "l.csv", NULL), VF_OK);
  assert_int_equal(money(c2, "g", D(2030, 7, 1)), 13654900);
  vf_ctx_free(c2);

  const char *dup = "name,valid_from,value,unit,source,decided\n"
                    "g,2030-05-01,150000,nok_per_year,a,2030-06-01\n"
                    "g,2030-05-01,151000,nok_per_year,b,2030-06-01\n";
  assert_int_equal(vf_ctx_load_params_text(ctx, dup, strlen(dup), "dup.csv", &e), VF_E_DUPLICATE);
  assert_non_null(strstr(e.message, "dup.csv:3: valid_from"));
  const char *bad = "name,valid_from,value,unit,source,decided\n"
                    "g,2030-05-01,150000,nok_per_year,a,2030-13-01\n";
  assert_int_equal(vf_ctx_load_params_text(ctx, bad, strlen(bad), "bad.csv", &e), VF_E_DATE);
  assert_string_equal(e.field, "decided");
  assert_non_null(strstr(e.message, "bad.csv:2: decided:"));
  const char *short_row = "name,valid_from,value,unit,source,decided\n"
                          "g,2030-05-01,150000,nok_per_year,a\n";
  assert_int_equal(vf_ctx_load_params_text(ctx, short_row, strlen(short_row), "s.csv", &e),
                   VF_E_PARSE);
  assert_non_null(strstr(e.message, "s.csv:2: expected 6 fields, found 5"));
  /* a row without a decided date replaces every row of its date */
  const char *plain = "name,valid_from,value,unit,source\n"
                      "g,2030-05-01,149000,nok_per_year,plain override\n";
  assert_int_equal(vf_ctx_load_params_text(ctx, plain, strlen(plain), "p.csv", NULL), VF_OK);
  assert_int_equal(money(ctx, "g", D(2030, 7, 1)), 14900000);
  vf_ctx_free(ctx);
}

/* ---- coverage ---- */

static vf_coverage_period rule_period(const vf_coverage *cov, const char *name, vf_date on) {
  vf_coverage_rule r;
  vf_coverage_period p = {{0, 0, 0}, {0, 0, 0}, -1, ""};
  for (size_t i = 0; i < vf_coverage_rule_count(cov); i++) {
    assert_int_equal(vf_coverage_get_rule(cov, i, &r, NULL), VF_OK);
    if (strcmp(r.name, name)) continue;
    for (size_t k = 0; k < r.period_count; k++) {
      assert_int_equal(vf_coverage_rule_period(cov, i, k, &p, NULL), VF_OK);
      if (vf_date_cmp(p.from, on) <= 0 && (!p.to.year || vf_date_cmp(on, p.to) <= 0)) return p;
    }
  }
  fail_msg("no period of %s on the date", name);
  return p;
}

static size_t param_index(const vf_coverage *cov, const char *name) {
  for (size_t i = 0; i < vf_coverage_param_count(cov); i++)
    if (!strcmp(vf_coverage_param_name(cov, i), name)) return i;
  fail_msg("no parameter %s", name);
  return 0;
}

static void assert_date(vf_date d, int y, int m, int dd) {
  assert_int_equal(d.year, y);
  assert_int_equal(d.month, m);
  assert_int_equal(d.day, dd);
}

/* Worked out from data/params: the guideline rates (all six) have rows up to
 * 2024 and a gap row from 2025-01-01; the 2011, 2016 and 2017 rates and the
 * 2015 sharing rate are gaps. The benefit's g, kvp.g_factor and
 * kvp.under25_fraction have values from 2007-11-01 on with no gap, kvp.min_age
 * and max_age too. The default profile has the 80 % rule off, so the minimum
 * pension is not read. Every rule: until 2024-12-31. */
static void coverage_default(void **state) {
  (void)state;
  vf_ctx *ctx = ctx_new(NULL, D(0, 0, 0));
  vf_coverage *cov = NULL;
  vf_error e;
  if (vf_coverage_new(&cov, ctx, &e)) fail_msg("%s", e.message);
  vf_date until;
  assert_int_equal(vf_coverage_all_until(cov, &until, NULL), VF_OK);
  assert_date(until, 2024, 12, 31);

  vf_coverage_period p = rule_period(cov, "assistance", D(2020, 6, 1));
  assert_int_equal(p.known, 1);
  assert_date(p.from, 2018, 1, 1);
  assert_date(p.to, 2024, 12, 31);
  p = rule_period(cov, "assistance", D(2025, 1, 1));
  assert_int_equal(p.known, 0);
  assert_int_equal(p.to.year, 0); /* open-ended */
  assert_non_null(strstr(p.reason, "guideline.single"));
  p = rule_period(cov, "assistance", D(2015, 6, 1));
  assert_int_equal(p.known, 0);
  assert_non_null(strstr(p.reason, "guideline.sharing"));
  p = rule_period(cov, "assistance", D(2011, 6, 1));
  assert_int_equal(p.known, 0);
  assert_date(p.from, 2011, 1, 1);
  assert_date(p.to, 2011, 12, 31);
  p = rule_period(cov, "kvp.benefit", D(2026, 6, 1));
  assert_int_equal(p.known, 1);
  assert_date(p.from, 2007, 11, 1);
  assert_int_equal(p.to.year, 0);
  /* a case that needs a missing figure: the child supplement, never known */
  p = rule_period(cov, "kvp.benefit.children", D(2020, 6, 2));
  assert_int_equal(p.known, 0);
  assert_non_null(strstr(p.reason, "kvp.child_supplement"));
  /* paid work needs kvp.full_time_minutes_per_week, known from 2012 */
  p = rule_period(cov, "kvp.benefit.work", D(2011, 6, 1));
  assert_int_equal(p.known, 0);
  p = rule_period(cov, "kvp.benefit.work", D(2012, 1, 1));
  assert_int_equal(p.known, 1);
  assert_date(p.from, 2012, 1, 1);

  /* a parameter's periods: guideline.single 2018-01-01..2024-12-31 enacted
   * (rows 2018 to 2024-07... merged), then the open gap of 2025 */
  size_t gi = param_index(cov, "guideline.single");
  size_t n = vf_coverage_param_period_count(cov, gi);
  assert_int_equal(vf_coverage_param_period(cov, gi, n - 1, &p, NULL), VF_OK);
  assert_int_equal(p.known, 0);
  assert_date(p.from, 2025, 1, 1);
  assert_int_equal(p.to.year, 0);
  assert_non_null(strstr(p.reason, "not sourced"));
  assert_int_equal(vf_coverage_param_period(cov, gi, n - 2, &p, NULL), VF_OK);
  assert_int_equal(p.known, 1);
  assert_date(p.from, 2018, 1, 1);
  assert_date(p.to, 2024, 12, 31);
  /* g: one enacted period from its first row (1989-04-01), open */
  size_t g = param_index(cov, "g");
  assert_int_equal(vf_coverage_param_period_count(cov, g), 1);
  assert_int_equal(vf_coverage_param_period(cov, g, 0, &p, NULL), VF_OK);
  assert_date(p.from, 1989, 4, 1);
  assert_int_equal(p.to.year, 0);
  assert_int_equal(vf_coverage_param_period(cov, g, 1, &p, &e), VF_E_RANGE);
  vf_coverage_free(cov);
  vf_ctx_free(ctx);
}

/* Bergen (80 % rule on for old-age and disability pensioners) also needs the
 * single and couple minimum pension: the single rate is a gap from
 * 2024-05-01, so every rule until 2024-04-30. As known on 2020-06-15 the
 * single rate's last row decided by then is the gap from 2019-09-01 (the 2020
 * rows were decided on 2020-09-21 and 2021-05-01): until 2019-08-31. */
static void coverage_bergen(void **state) {
  (void)state;
  vf_ctx *ctx = ctx_new("bergen", D(0, 0, 0)), *june = ctx_new("bergen", D(2020, 6, 15));
  vf_coverage *cov = NULL;
  vf_date until;
  assert_int_equal(vf_coverage_new(&cov, ctx, NULL), VF_OK);
  assert_int_equal(vf_coverage_all_until(cov, &until, NULL), VF_OK);
  assert_date(until, 2024, 4, 30);
  vf_coverage_period p = rule_period(cov, "assistance", D(2024, 5, 1));
  assert_non_null(strstr(p.reason, "minimum_pension.single"));
  vf_coverage_free(cov);
  assert_int_equal(vf_coverage_new(&cov, june, NULL), VF_OK);
  assert_int_equal(vf_coverage_all_until(cov, &until, NULL), VF_OK);
  assert_date(until, 2019, 8, 31);
  vf_coverage_free(cov);
  /* no date on which every rule can be computed: kvp.min_age (eligibility)
   * made a gap on each of its rows (2007-11-01, 2019-01-01) */
  const char *gap = "name,valid_from,value,unit,source\n"
                    "kvp.min_age,2007-11-01,unknown,count,test gap\n"
                    "kvp.min_age,2019-01-01,unknown,count,test gap\n";
  vf_ctx *none = ctx_new(NULL, D(0, 0, 0));
  vf_error e;
  if (vf_ctx_load_params_text(none, gap, strlen(gap), "gap.csv", &e)) fail_msg("%s", e.message);
  assert_int_equal(vf_coverage_new(&cov, none, NULL), VF_OK);
  assert_int_equal(vf_coverage_all_until(cov, &until, &e), VF_E_NO_VALUE);
  vf_coverage_free(cov);
  vf_coverage_free(NULL);
  vf_ctx_free(none);
  vf_ctx_free(ctx);
  vf_ctx_free(june);
}

/* ---- templates ---- */

static char *slurp(const char *path) {
  FILE *f = fopen(path, "rb");
  assert_non_null(f);
  static char buf[1 << 16];
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  fclose(f);
  buf[n] = '\0';
  return buf;
}

static void spit(const char *path, const char *text) {
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  fputs(text, f);
  fclose(f);
}

/* Write, fill, load, compute. On 2025-01-01 G is 124 028 (row of
 * 2024-05-01) and the guideline rates are a gap. The filled file sets
 * guideline.single to 7 000 kr from a (made-up) circular; a single adult
 * with rent 5 000, electricity 500 and income 2 000 in January 2025 gets
 * 7 000 + 5 500 - 2 000 = 10 500.00 kr, and the trace cites the circular. */
static void template_round_trip(void **state) {
  (void)state;
  vf_ctx *ctx = ctx_new(NULL, D(0, 0, 0));
  vf_error e;
  const char *path = "test_law_template.csv";
  if (vf_params_write_template(ctx, D(2025, 1, 1), path, &e)) fail_msg("%s", e.message);
  char *text = slurp(path);
  assert_non_null(strstr(text, "\nname,valid_from,value,unit,source\n"));
  assert_non_null(strstr(text, "\ng,2025-01-01,124028.00,nok_per_year,\n"));
  assert_non_null(strstr(text, "\nguideline.single,2025-01-01,unknown,nok_per_month,\n"));
  assert_non_null(strstr(text, "\nkvp.under25_fraction,2025-01-01,2/3,ratio,\n"));
  assert_non_null(strstr(text, "\nkvp.part_month_by_weekdays,2025-01-01,0,bool,\n"));
  /* as written, every row lacks its source: refused, naming the first row */
  int first = 1;
  for (const char *p = text; (p = strchr(p, '\n')) && strncmp(p + 1, "name,", 5); p++) first++;
  char where[64];
  snprintf(where, sizeof where, "%s:%d: source: empty", path, first + 2);
  assert_int_equal(vf_ctx_load_params_file(ctx, path, &e), VF_E_PARSE);
  assert_non_null(strstr(e.message, where));
  assert_string_equal(e.field, "source");
  /* fill in one row and delete the others */
  char filled[4096];
  snprintf(filled, sizeof filled, "%.*sguideline.single,2025-01-01,7000,nok_per_month,"
           "\"Rundskriv A-1/2025 (test figure)\"\n",
           (int)(strstr(text, "name,valid_from") - text + strlen("name,valid_from,value,unit,source\n")),
           text);
  spit(path, filled);
  if (vf_ctx_load_params_file(ctx, path, &e)) fail_msg("%s", e.message);
  vf_client *c = NULL;
  assert_int_equal(vf_client_new(&c, NULL), VF_OK);
  vf_client_set_birth_date(c, D(1990, 1, 1), NULL);
  vf_client_set_housing(c, VF_HOUSING_RENT, 500000, NULL);
  vf_client_set_housing(c, VF_HOUSING_ELECTRICITY, 50000, NULL);
  vf_client_set_income(c, VF_INC_WORK, 200000, NULL);
  vf_trace *t = NULL;
  assert_int_equal(vf_trace_new(&t, NULL), VF_OK);
  vf_assistance_result r;
  if (vf_assistance_month(ctx, c, 2025, 1, &r, t, &e)) fail_msg("%s", e.message);
  assert_int_equal(r.assistance, 1050000);
  int found = 0;
  vf_trace_step st;
  vf_trace_param tp;
  for (size_t i = 0; i < vf_trace_step_count(t); i++) {
    vf_trace_get_step(t, i, &st, NULL);
    for (size_t j = 0; j < st.param_count; j++) {
      vf_trace_get_param(t, i, j, &tp, NULL);
      if (!strcmp(tp.name, "guideline.single"))
        found = !strcmp(tp.source, "Rundskriv A-1/2025 (test figure)");
    }
  }
  assert_true(found);
  assert_int_equal(vf_params_write_template(ctx, D(2025, 1, 1), "/nonexistent/dir/t.csv", &e),
                   VF_E_IO);
  remove(path);
  vf_trace_free(t);
  vf_client_free(c);
  vf_ctx_free(ctx);
}

/* ---- the part-month proration assumption ---- */

/* March 2024, G 118 620 (row of 2023-05-01), 2 G (2.041 G only from July
 * 2024): yearly 237 240.00 kr. 11-31 March: 21 calendar days; 15 weekdays
 * (11-15, 18-22, 25-29; the 30th and 31st are a weekend). Whole March: 31
 * days, 21 weekdays (Friday the 1st and 4 full weeks).
 *   calendar days: 237 240 x 21 / (12 x 31) = 13 392.5806 -> 13 392.58;
 *                  whole month 237 240 / 12 = 19 770.00
 *   260-day year:  237 240 x 15 / 260 = 13 686.923 -> 13 686.92;
 *                  whole month 237 240 x 21 / 260 = 19 161.692 -> 19 161.69 */
static void proration_setting(void **state) {
  (void)state;
  vf_ctx *cal = ctx_new(NULL, D(0, 0, 0)), *wd = NULL;
  vf_error e;
  assert_int_equal(vf_ctx_clone(&wd, cal, NULL), VF_OK);
  if (vf_ctx_set_param(wd, "kvp.part_month_by_weekdays", D(2007, 11, 1), 1, 1, "test: 260 days",
                       &e))
    fail_msg("%s", e.message);
  vf_client *c = NULL;
  assert_int_equal(vf_client_new(&c, NULL), VF_OK);
  vf_client_set_birth_date(c, D(1990, 1, 1), NULL);
  vf_kvp_benefit_result r;
  vf_trace *t = NULL;
  assert_int_equal(vf_trace_new(&t, NULL), VF_OK);
  if (vf_kvp_benefit_period(cal, c, D(2024, 3, 11), D(2024, 3, 31), 0, &r, t, &e))
    fail_msg("%s", e.message);
  assert_int_equal(r.amount, 1339258);
  size_t n = vf_trace_to_text(t, NULL, 0);
  char *text = malloc(n + 1);
  vf_trace_to_text(t, text, n + 1);
  assert_non_null(strstr(text, "by calendar days: an assumption"));
  assert_non_null(strstr(text, "parameter kvp.part_month_by_weekdays = 0 bool"));
  assert_non_null(strstr(text, "assumption (not a sourced rule)"));
  free(text);
  if (vf_kvp_benefit_period(wd, c, D(2024, 3, 11), D(2024, 3, 31), 0, &r, t, &e))
    fail_msg("%s", e.message);
  assert_int_equal(r.amount, 1368692);
  n = vf_trace_to_text(t, NULL, 0);
  text = malloc(n + 1);
  vf_trace_to_text(t, text, n + 1);
  assert_non_null(strstr(text, "x 15 weekdays / 260"));
  free(text);
  if (vf_kvp_benefit_month(cal, c, 2024, 3, 0, &r, NULL, &e)) fail_msg("%s", e.message);
  assert_int_equal(r.amount, 1977000);
  if (vf_kvp_benefit_month(wd, c, 2024, 3, 0, &r, NULL, &e)) fail_msg("%s", e.message);
  assert_int_equal(r.amount, 1916169);
  vf_trace_free(t);
  vf_client_free(c);
  vf_ctx_free(cal);
  vf_ctx_free(wd);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(g_as_known_on),     cmocka_unit_test(kvp_june_2020),
    cmocka_unit_test(rule80_june_2020),  cmocka_unit_test(decided_column),
    cmocka_unit_test(coverage_default),  cmocka_unit_test(coverage_bergen),
    cmocka_unit_test(template_round_trip), cmocka_unit_test(proration_setting)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
