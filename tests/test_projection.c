/* Projections (issue 19): a gap after a parameter's last enacted value filled
 * by a declared method, rounded by the parameter's own rule
 * (data/params/projection.csv), and always flagged. Every expected figure is
 * worked out by hand from the tables in data/params; the arithmetic is in the
 * comments ("→ 50 kr" = to the nearest 50 kr, halves up). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "velferd/velferd.h"

static vf_date D(int y, int m, int d) { return (vf_date){y, m, d}; }

static vf_ctx *ctx_proj(const char *profile, vf_projection_method m, int64_t hundredths,
                        const char *path) {
  vf_ctx *ctx = NULL;
  vf_error e;
  if (vf_ctx_new(&ctx, profile, &e)) fail_msg("%s", e.message);
  if (vf_ctx_set_projection(ctx, m, hundredths, path, &e)) fail_msg("%s", e.message);
  return ctx;
}

static vf_param_value get(const vf_ctx *ctx, const char *name, vf_date on) {
  vf_param_value v;
  vf_error e;
  if (vf_param_get(ctx, name, on, &v, &e)) fail_msg("%s", e.message);
  return v;
}

static void write_file(const char *path, const char *text) {
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs(text, f);
  fclose(f);
}

/* G's growth. minimum_pension.single: last enacted 257 040 kr from 2023-05-01
 * (særskilt sats), a gap from 2024-05-01. G 2023-05-01 = 118 620. */
static void g_growth(void **state) {
  (void)state;
  vf_ctx *ctx = ctx_proj(NULL, VF_PROJECTION_G, 0, NULL);
  /* 2024-06-01: G 124 028; 257 040 × 124 028 / 118 620 = 268 758.70 → 268 759 kr */
  vf_param_value v = get(ctx, "minimum_pension.single", D(2024, 6, 1));
  assert_int_equal(v.num, 26875900);
  assert_int_equal(v.projected, 1);
  assert_int_equal(v.projection, VF_PROJECTION_G);
  assert_int_equal(v.projected_from.year, 2023);
  assert_int_equal(v.projected_base, 25704000);
  assert_int_equal(v.projection_num, 12402800);
  assert_int_equal(v.projection_den, 11862000);
  assert_int_equal(v.projection_steps, 1);
  assert_int_equal(v.projection_round_to, 100); /* whole kroner */
  assert_int_equal(v.valid_from.year, 2024);    /* in force from G 2024's date */
  assert_int_equal(v.valid_from.month, 5);
  assert_non_null(strstr(v.source, "PROJECTED"));
  /* 2025-06-01: G 130 160; 257 040 × 130 160 / 118 620 = 282 046.25 → 282 046 kr */
  assert_int_equal(get(ctx, "minimum_pension.single", D(2025, 6, 1)).num, 28204600);
  /* minimum_pension.couple: 223 358 from 2024-05-01, gap from 2025-05-01; in June 2025
   * 223 358 × 130 160 / 124 028 = 234 400.92 → 234 401 kr */
  assert_int_equal(get(ctx, "minimum_pension.couple", D(2025, 6, 1)).num, 23440100);
  /* an enacted value is not touched: G itself, the couple rate in 2024 */
  v = get(ctx, "minimum_pension.couple", D(2024, 6, 1));
  assert_int_equal(v.num, 22335800);
  assert_int_equal(v.projected, 0);
  char text[512];
  vf_param_value p25 = get(ctx, "minimum_pension.single", D(2025, 6, 1));
  vf_param_projection_text(&p25, text, sizeof text);
  assert_non_null(strstr(text, "PROJECTED from 257040.00"));
  assert_non_null(strstr(text, "x G 130160.00 / G 118620.00"));
  assert_int_equal(vf_param_projection_text(&v, text, sizeof text), 0);
  assert_string_equal(text, "");
  /* --projection g leaves rates that follow prices alone (guideline rates) */
  vf_error e;
  assert_int_equal(vf_param_get(ctx, "guideline.single", D(2025, 6, 1), &v, &e), VF_E_NO_VALUE);
  assert_non_null(strstr(e.message, "follows prices (cpi)"));
  assert_string_equal(vf_ctx_projection(ctx), "g");
  vf_ctx_free(ctx);
}

/* G itself can be projected only by a percentage or an index; with g the
 * rates that follow it need G enacted on the date. */
static void g_itself(void **state) {
  (void)state;
  const char *gap = "name,valid_from,value,unit,source\n"
                    "g,2027-05-01,unknown,nok_per_year,test: G 2027 not yet decided\n";
  vf_ctx *ctx = ctx_proj(NULL, VF_PROJECTION_G, 0, NULL);
  vf_error e;
  assert_int_equal(vf_ctx_load_params_text(ctx, gap, strlen(gap), "gap.csv", &e), VF_OK);
  vf_param_value v;
  assert_int_equal(vf_param_get(ctx, "g", D(2027, 6, 1), &v, &e), VF_E_NO_VALUE);
  assert_non_null(strstr(e.message, "is G itself"));
  assert_int_equal(vf_param_get(ctx, "minimum_pension.single", D(2027, 6, 1), &v, &e),
                   VF_E_NO_VALUE);
  assert_non_null(strstr(e.message, "needs G enacted"));
  /* 3 %: G 2026 136 549 × 1.03 = 140 645.47 → 140 645 kr from 2027-05-01 */
  assert_int_equal(vf_ctx_set_projection(ctx, VF_PROJECTION_PERCENT, 300, NULL, &e), VF_OK);
  v = get(ctx, "g", D(2027, 6, 1));
  assert_int_equal(v.num, 14064500);
  assert_int_equal(v.projected, 1);
  vf_ctx_free(ctx);
}

/* A fixed percentage a year, rounded after each year by the parameter's rule. */
static void percent(void **state) {
  (void)state;
  vf_ctx *ctx = ctx_proj(NULL, VF_PROJECTION_PERCENT, 300, NULL);
  /* guideline.single: 7 850 kr from 2024-01-01, gap from 2025-01-01.
   * 2025: 7 850 × 1.03 = 8 085.50 → 50 kr: 8 100; 2026: 8 100 × 1.03 = 8 343 → 8 350 */
  vf_param_value v = get(ctx, "guideline.single", D(2025, 6, 1));
  assert_int_equal(v.num, 810000);
  assert_int_equal(v.projection_steps, 1);
  assert_int_equal(v.projection_round_to, 5000);
  assert_int_equal(v.projection_num, 10300);
  assert_int_equal(v.projection_den, 10000);
  v = get(ctx, "guideline.single", D(2026, 3, 1));
  assert_int_equal(v.num, 835000);
  assert_int_equal(v.projection_steps, 2);
  assert_int_equal(v.valid_from.year, 2026);
  assert_int_equal(v.valid_from.month, 1);
  /* the last day before the second step still has the first */
  assert_int_equal(get(ctx, "guideline.single", D(2025, 12, 31)).num, 810000);
  /* minimum_pension.single (whole kroner): gap from 2024-05-01.
   * 2024: 257 040 × 1.03 = 264 751.20 → 264 751; 2025: 264 751 × 1.03 = 272 693.53 → 272 694 */
  assert_int_equal(get(ctx, "minimum_pension.single", D(2024, 5, 1)).num, 26475100);
  assert_int_equal(get(ctx, "minimum_pension.single", D(2025, 6, 1)).num, 27269400);
  char text[512];
  vf_param_projection_text(&v, text, sizeof text);
  assert_non_null(strstr(text, "by 3.00 % a year for 2 year(s)"));
  assert_string_equal(vf_ctx_projection(ctx), "3.00%");
  /* -2 %: 7 850 × 0.98 = 7 693 → 50 kr: 7 700 */
  vf_error e;
  assert_int_equal(vf_ctx_set_projection(ctx, VF_PROJECTION_PERCENT, -200, NULL, &e), VF_OK);
  assert_int_equal(get(ctx, "guideline.single", D(2025, 6, 1)).num, 770000);
  assert_string_equal(vf_ctx_projection(ctx), "-2.00%");
  /* out of range: refused, the projection unchanged */
  assert_int_equal(vf_ctx_set_projection(ctx, VF_PROJECTION_PERCENT, 10001, NULL, &e),
                   VF_E_INVALID_ARG);
  assert_int_equal(vf_ctx_set_projection(ctx, (vf_projection_method)9, 0, NULL, &e),
                   VF_E_INVALID_ARG);
  assert_string_equal(vf_ctx_projection(ctx), "-2.00%");
  vf_ctx_free(ctx);
}

/* An index series from a file: index(step year) / index(last enacted value's year). */
static void index_file(void **state) {
  (void)state;
  const char *path = "test_projection_index.csv";
  write_file(path, "# consumer prices, test figures\nyear,index\n2024,100\n2025,102.5\n");
  vf_ctx *ctx = ctx_proj(NULL, VF_PROJECTION_INDEX, 0, path);
  /* 7 850 × 102.5 / 100 = 8 046.25 → 50 kr: 8 050 */
  vf_param_value v = get(ctx, "guideline.single", D(2025, 6, 1));
  assert_int_equal(v.num, 805000);
  assert_int_equal(v.projection, VF_PROJECTION_INDEX);
  assert_int_equal(v.projection_num, 102500000);
  assert_int_equal(v.projection_den, 100000000);
  char text[512];
  vf_param_projection_text(&v, text, sizeof text);
  assert_non_null(strstr(text, "x index 102.5 / 100"));
  /* no index for 2026, nor for 2023 (minimum_pension.single's last enacted year) */
  vf_error e;
  assert_int_equal(vf_param_get(ctx, "guideline.single", D(2026, 6, 1), &v, &e), VF_E_NO_VALUE);
  assert_non_null(strstr(e.message, "no index for 2026"));
  assert_int_equal(vf_param_get(ctx, "minimum_pension.single", D(2024, 6, 1), &v, &e),
                   VF_E_NO_VALUE);
  assert_non_null(strstr(e.message, "no index for 2023"));
  vf_ctx_free(ctx);

  /* bad files: each refused naming the line and field */
  vf_ctx *c2 = ctx_proj(NULL, VF_PROJECTION_NONE, 0, NULL);
  struct { const char *text; vf_status s; const char *msg; } bad[] = {
    {"year,value\n2024,100\n", VF_E_PARSE, ":1: header"},
    {"year,index\n2024,100\n2024,101\n", VF_E_DUPLICATE, ":3: year"},
    {"year,index\n2024,100\n2025,abc\n", VF_E_PARSE, ":3: index"},
    {"year,index\n2024,0\n", VF_E_PARSE, ":2: index"},
    {"year,index\n2024,1.1234567\n", VF_E_PARSE, ":2: index"},
    {"year,index\n", VF_E_PARSE, "no index rows"},
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    write_file(path, bad[i].text);
    assert_int_equal(vf_ctx_set_projection(c2, VF_PROJECTION_INDEX, 0, path, &e), bad[i].s);
    if (!strstr(e.message, bad[i].msg)) fail_msg("case %zu: %s", i, e.message);
    assert_string_equal(vf_ctx_projection(c2), "");
  }
  assert_int_equal(vf_ctx_set_projection(c2, VF_PROJECTION_INDEX, 0, "no/such/file.csv", &e),
                   VF_E_IO);
  assert_int_equal(vf_ctx_set_projection(c2, VF_PROJECTION_INDEX, 0, NULL, &e), VF_E_INVALID_ARG);
  vf_ctx_free(c2);
  remove(path);
}

/* Never inside history, never a parameter that is not declared, and
 * without a projection every gap fails as before. */
static void gaps_still_fail(void **state) {
  (void)state;
  vf_ctx *ctx = ctx_proj(NULL, VF_PROJECTION_PERCENT, 300, NULL);
  vf_ctx *plain = ctx_proj(NULL, VF_PROJECTION_NONE, 0, NULL);
  vf_param_value v;
  vf_error e;
  /* history: 2016 guideline rates, the 2017-2019 minimum pension gap */
  assert_int_equal(vf_param_get(ctx, "guideline.single", D(2016, 6, 1), &v, &e), VF_E_NO_VALUE);
  assert_int_equal(vf_param_get(ctx, "minimum_pension.single", D(2018, 1, 1), &v, &e),
                   VF_E_NO_VALUE);
  /* follows none, or nothing enacted to project from */
  assert_int_equal(vf_param_get(ctx, "kvp.child_supplement", D(2025, 6, 1), &v, &e),
                   VF_E_NO_VALUE);
  assert_int_equal(vf_param_get(ctx, "municipal.norm.single", D(2025, 6, 1), &v, &e),
                   VF_E_NO_VALUE);
  /* without --projection */
  assert_int_equal(vf_param_get(plain, "guideline.single", D(2025, 6, 1), &v, &e), VF_E_NO_VALUE);
  assert_non_null(strstr(e.message, "no sourced value"));
  assert_int_equal(vf_param_get(plain, "minimum_pension.single", D(2025, 6, 1), &v, &e),
                   VF_E_NO_VALUE);
  /* the parameter set's identity tells them apart; a clone keeps the projection,
   * clearing it restores the failure */
  assert_string_not_equal(vf_ctx_params_id(ctx), vf_ctx_params_id(plain));
  vf_ctx *clone = NULL;
  assert_int_equal(vf_ctx_clone(&clone, ctx, &e), VF_OK);
  assert_int_equal(get(clone, "guideline.single", D(2025, 6, 1)).num, 810000);
  assert_int_equal(vf_ctx_set_projection(clone, VF_PROJECTION_NONE, 0, NULL, &e), VF_OK);
  assert_int_equal(vf_param_get(clone, "guideline.single", D(2025, 6, 1), &v, &e), VF_E_NO_VALUE);
  assert_string_equal(vf_ctx_params_id(clone), vf_ctx_params_id(plain));
  assert_int_equal(get(ctx, "guideline.single", D(2025, 6, 1)).num, 810000); /* base unchanged */
  /* the table itself is unchanged: the entries still show the gap */
  size_t n = vf_param_entry_count(ctx, "guideline.single");
  assert_int_equal(vf_param_entry(ctx, "guideline.single", n - 1, &v, &e), VF_OK);
  assert_int_equal(v.known, 0);
  vf_ctx_free(clone);
  vf_ctx_free(plain);
  vf_ctx_free(ctx);
}

/* A single pensioner: rent 9 000, electricity 1 000, trygd 15 000 a month. */
static vf_client *pensioner(void) {
  vf_client *c = NULL;
  assert_int_equal(vf_client_new(&c, NULL), VF_OK);
  vf_client_set_id(c, "P1", NULL);
  vf_client_set_birth_date(c, D(1950, 3, 10), NULL);
  vf_client_set_trygd(c, VF_TRYGD_OLD_AGE, NULL);
  vf_client_set_fact(c, VF_FACT_LIVES_WITH_PARTNER, VF_NO, NULL);
  vf_client_set_housing(c, VF_HOUSING_RENT, 900000, NULL);
  vf_client_set_housing(c, VF_HOUSING_ELECTRICITY, 100000, NULL);
  vf_client_set_income(c, VF_INC_TRYGD, 1500000, NULL);
  return c;
}

/* Results that use a projected value say so: the single function, the
 * trace, the batch and a comparison. */
static void results_flagged(void **state) {
  (void)state;
  vf_ctx *ctx = ctx_proj("bergen", VF_PROJECTION_PERCENT, 300, NULL);
  vf_client *c = pensioner();
  vf_trace *t = NULL;
  vf_error e;
  assert_int_equal(vf_trace_new(&t, &e), VF_OK);
  vf_assistance_result r;
  /* June 2025, Bergen (80 % rule on): norm 8 100 (projected, above);
   * ordinary 8 100 + 10 000 - 15 000 = 3 100;
   * minimum pension 272 694 (projected, above) / 12 = 22 724.50, × 4/5 = 18 179.60;
   * 80 % rule 18 179.60 + 9 000 + 1 000 - 15 000 = 13 179.60 */
  assert_int_equal(vf_assistance_month(ctx, c, 2025, 6, &r, t, &e), VF_OK);
  assert_int_equal(r.norm, 810000);
  assert_int_equal(r.ordinary, 310000);
  assert_int_equal(r.assistance, 1317960);
  assert_int_equal(r.projected, 1);
  vf_trace_info info;
  assert_int_equal(vf_trace_get_info(t, &info, &e), VF_OK);
  assert_int_equal(info.projected, 2); /* guideline.single and minimum_pension.single */
  assert_string_equal(info.projection, "3.00%");
  size_t n = vf_trace_to_text(t, NULL, 0);
  char *text = malloc(n + 1);
  vf_trace_to_text(t, text, n + 1);
  assert_non_null(strstr(text, "PROJECTED: this result uses 2 projected"));
  assert_non_null(strstr(text, "PROJECTED from 7850.00 (enacted, in force from 2024-01-01) by "
                               "3.00 % a year for 1 year(s), rounded to 50.00 kr each year"));
  free(text);
  n = vf_trace_to_json(t, NULL, 0);
  text = malloc(n + 1);
  vf_trace_to_json(t, text, n + 1);
  assert_non_null(strstr(text, "\"projection\":\"3.00%\",\"projected\":2"));
  assert_non_null(strstr(text, "\"projected\":true,\"projection\":{\"method\":\"percent\","
                               "\"from_valid_from\":\"2024-01-01\",\"from_num\":785000,"
                               "\"factor_num\":10300,\"factor_den\":10000,\"steps\":1,"
                               "\"round_to_ore\":5000"));
  free(text);
  /* April 2024: enacted values only (the minimum pension's gap starts in May) */
  assert_int_equal(vf_assistance_month(ctx, c, 2024, 4, &r, t, &e), VF_OK);
  assert_int_equal(r.projected, 0);
  assert_int_equal(vf_trace_get_info(t, &info, &e), VF_OK);
  assert_int_equal(info.projected, 0);

  /* the batch: the same client twice and one without the 80 % rule's trygd */
  int32_t birth[3] = {vf_date_to_days(D(1950, 3, 10)), vf_date_to_days(D(1950, 3, 10)),
                      vf_date_to_days(D(1950, 3, 10))};
  uint8_t trygd[3] = {VF_TRYGD_OLD_AGE, VF_TRYGD_OLD_AGE, VF_TRYGD_UNEMPLOYMENT};
  uint8_t partner[3] = {VF_NO, VF_NO, VF_NO};
  int64_t rent[3] = {900000, 900000, 900000}, el[3] = {100000, 100000, 100000};
  int64_t inc[3] = {1500000, 1500000, 1500000};
  vf_batch_in in = VF_BATCH_IN_INIT;
  in.n = 3;
  in.birth = birth;
  in.trygd = trygd;
  in.fact[VF_FACT_LIVES_WITH_PARTNER] = partner;
  in.housing[VF_HOUSING_RENT] = rent;
  in.housing[VF_HOUSING_ELECTRICITY] = el;
  in.income[VF_INC_TRYGD] = inc;
  uint8_t status[3], proj[3];
  int64_t amount[3];
  vf_batch_out out = VF_BATCH_OUT_INIT;
  out.status = status;
  out.assistance = amount;
  out.projected = proj;
  assert_int_equal(vf_batch_month(ctx, &in, 2025, 6, &out, 1, &e), VF_OK);
  assert_int_equal(amount[0], 1317960);
  assert_int_equal(amount[2], 310000); /* the ordinary calculation */
  for (int i = 0; i < 3; i++) assert_int_equal(proj[i], 1); /* the norm is projected for all */
  memset(proj, 7, sizeof proj);
  assert_int_equal(vf_batch_month(ctx, &in, 2024, 4, &out, 1, &e), VF_OK);
  for (int i = 0; i < 3; i++) assert_int_equal(proj[i], 0);

  /* a comparison: baseline 3 %, scenario 3 % too (a clone) */
  vf_register *reg = NULL;
  assert_int_equal(vf_register_new(&reg, &e), VF_OK);
  assert_int_equal(vf_register_add_client(reg, c, NULL, &e), VF_OK);
  vf_comparison *cmp = NULL;
  assert_int_equal(vf_compare_month(&cmp, reg, ctx, ctx, 2025, 6, NULL, &e), VF_OK);
  vf_comparison_info ci;
  assert_int_equal(vf_comparison_get_info(cmp, &ci, &e), VF_OK);
  assert_int_equal(ci.baseline_projected, 1);
  assert_int_equal(ci.scenario_projected, 1);
  vf_comparison_free(cmp);
  assert_int_equal(vf_compare_month(&cmp, reg, ctx, ctx, 2024, 4, NULL, &e), VF_OK);
  assert_int_equal(vf_comparison_get_info(cmp, &ci, &e), VF_OK);
  assert_int_equal(ci.baseline_projected, 0);
  vf_comparison_free(cmp);
  vf_register_free(reg);
  vf_trace_free(t);
  vf_client_free(c);
  vf_ctx_free(ctx);
}

/* A small random generator (xorshift), fixed seed: the runs repeat. */
static uint64_t rnd_state = 0x9e3779b97f4a7c15ULL;
static uint64_t rnd(void) {
  rnd_state ^= rnd_state << 13;
  rnd_state ^= rnd_state >> 7;
  rnd_state ^= rnd_state << 17;
  return rnd_state;
}

/* Property: a projected value is never used without the flag. Over random
 * dates, parameters and methods, a lookup either gives what the context
 * without a projection gives (flag 0), or gives a value where that one fails
 * (flag 1); the same for whole assistance calculations, their traces and the
 * batch. */
static void never_unflagged(void **state) {
  (void)state;
  const vf_projection_method methods[2] = {VF_PROJECTION_G, VF_PROJECTION_PERCENT};
  vf_ctx *plain = ctx_proj("bergen", VF_PROJECTION_NONE, 0, NULL);
  vf_trace *t = NULL;
  assert_int_equal(vf_trace_new(&t, NULL), VF_OK);
  size_t projected_seen = 0;
  for (int round = 0; round < 6; round++) {
    int64_t pct = (int64_t)(rnd() % 1001) - 300; /* -3.00 % .. 7.00 % */
    vf_ctx *ctx = ctx_proj("bergen", methods[round % 2], pct, NULL);
    for (int k = 0; k < 400; k++) {
      size_t i = (size_t)(rnd() % vf_param_count(ctx));
      const char *name = vf_param_name(ctx, i);
      vf_date on = D(1995 + (int)(rnd() % 40), 1 + (int)(rnd() % 12), 1 + (int)(rnd() % 28));
      vf_param_value a, b;
      vf_status sa = vf_param_get(ctx, name, on, &a, NULL);
      vf_status sb = vf_param_get(plain, name, on, &b, NULL);
      if (!sb) { /* enacted: the same value, not flagged */
        assert_int_equal(sa, VF_OK);
        assert_int_equal(a.projected, 0);
        assert_int_equal(a.num, b.num);
      } else if (!sa) {
        assert_int_equal(a.projected, 1);
        assert_non_null(strstr(a.source, "PROJECTED"));
        projected_seen++;
      }
    }
    vf_client *c = pensioner();
    for (int k = 0; k < 40; k++) {
      int y = 2018 + (int)(rnd() % 12), m = 1 + (int)(rnd() % 12);
      vf_client_set_trygd(c, rnd() % 2 ? VF_TRYGD_OLD_AGE : VF_TRYGD_SICKNESS, NULL);
      vf_assistance_result ra, rb;
      vf_status sa = vf_assistance_month(ctx, c, y, m, &ra, t, NULL);
      vf_status sb = vf_assistance_month(plain, c, y, m, &rb, NULL, NULL);
      vf_trace_info info;
      if (sa) continue;
      assert_int_equal(vf_trace_get_info(t, &info, NULL), VF_OK);
      assert_int_equal(ra.projected, info.projected > 0);
      if (!sb) {
        assert_int_equal(ra.projected, 0);
        assert_int_equal(ra.assistance, rb.assistance);
      } else {
        assert_int_equal(ra.projected, 1);
      }
      /* the batch agrees with the single function */
      int32_t birth = vf_date_to_days(D(1950, 3, 10));
      uint8_t trygd = (uint8_t)vf_client_trygd(c), partner = VF_NO, st, pj;
      int64_t rent = 900000, el = 100000, inc = 1500000, amt;
      vf_batch_in in = VF_BATCH_IN_INIT;
      in.n = 1;
      in.birth = &birth;
      in.trygd = &trygd;
      in.fact[VF_FACT_LIVES_WITH_PARTNER] = &partner;
      in.housing[VF_HOUSING_RENT] = &rent;
      in.housing[VF_HOUSING_ELECTRICITY] = &el;
      in.income[VF_INC_TRYGD] = &inc;
      vf_batch_out out = VF_BATCH_OUT_INIT;
      out.status = &st;
      out.assistance = &amt;
      out.projected = &pj;
      assert_int_equal(vf_batch_month(ctx, &in, y, m, &out, 1, NULL), VF_OK);
      assert_int_equal(amt, ra.assistance);
      assert_int_equal(pj, ra.projected);
    }
    vf_client_free(c);
    vf_ctx_free(ctx);
  }
  assert_true(projected_seen > 0); /* the property was exercised */
  vf_trace_free(t);
  vf_ctx_free(plain);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(g_growth),        cmocka_unit_test(g_itself),
    cmocka_unit_test(percent),         cmocka_unit_test(index_file),
    cmocka_unit_test(gaps_still_fail), cmocka_unit_test(results_flagged),
    cmocka_unit_test(never_unflagged)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
