/* Issue 15. Checked arithmetic on user-settable parameters (defect 4): a
 * product of parameters that does not fit in 64 bits is VF_E_OVERFLOW with a
 * message naming the parameters, never a wrong amount, and the batch gives
 * the same status and message as the single-client call. Privacy (defect
 * 5): no message or trace detail carries a run of exactly 11 digits (a
 * possible fødselsnummer) in full.
 * Figures in force in March 2022 (data/params): G 106 399 kr, kvp.g_factor 2,
 * kvp.under25_fraction 2/3, minimum_pension.single 224 878 kr a year. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "velferd/velferd.h"
#include "velferd/register.h"

#define KR(x) ((vf_money)(x) * 100)
#define HEAD "name,valid_from,value,unit,source\n"


/* A context of @p profile with the parameter rows @p rows loaded on top. */
static vf_ctx *ctx_with(const char *profile, const char *rows) {
  vf_ctx *ctx;
  vf_error e;
  assert_int_equal(vf_ctx_new(&ctx, profile, &e), VF_OK);
  if (vf_ctx_load_params_text(ctx, rows, strlen(rows), "over.csv", &e))
    fail_msg("loading the overlay: %s", e.message);
  return ctx;
}

static vf_client *client(vf_date birth, vf_trygd trygd, int nkids) {
  vf_client *c;
  assert_int_equal(vf_client_new(&c, NULL), VF_OK);
  assert_int_equal(vf_client_set_birth_date(c, birth, NULL), VF_OK);
  assert_int_equal(vf_client_set_trygd(c, trygd, NULL), VF_OK);
  assert_int_equal(vf_client_set_fact(c, VF_FACT_LIVES_WITH_PARTNER, VF_NO, NULL), VF_OK);
  for (int k = 0; k < nkids; k++)
    assert_int_equal(vf_client_add_child(c, (vf_date){2015 + k, 1, 1}, NULL), VF_OK);
  return c;
}

static void expect_overflow(vf_status s, const vf_error *e, const char *field, const char *a,
                            const char *b) {
  assert_int_equal(s, VF_E_OVERFLOW);
  assert_int_equal(e->status, VF_E_OVERFLOW);
  assert_string_equal(e->field, field);
  if (!strstr(e->message, a) || (b && !strstr(e->message, b)))
    fail_msg("message '%s' does not name %s%s%s", e->message, a, b ? " and " : "", b ? b : "");
}

/* The same client as row 0 of a one-row batch in March 2022: the row's
 * status (kvp_status for a participant) and the batch message must be the
 * single call's, prefixed "client 0: ". */
static void batch_same(const vf_ctx *ctx, const vf_client *c, int kvp, vf_status want,
                       const vf_error *single) {
  int32_t birth = vf_date_to_days(vf_client_birth_date(c));
  uint8_t trygd = (uint8_t)vf_client_trygd(c), partner = VF_NO, part = (uint8_t)kvp;
  size_t nk = vf_client_child_count(c);
  int32_t kids[4] = {0};
  for (size_t k = 0; k < nk; k++) {
    vf_date d;
    vf_client_child_birth(c, k, &d, NULL);
    kids[k] = vf_date_to_days(d);
  }
  uint32_t start[2] = {0, (uint32_t)nk};
  int32_t minutes = 0;
  vf_batch_in in = VF_BATCH_IN_INIT;
  in.n = 1;
  in.birth = &birth;
  in.trygd = &trygd;
  in.fact[VF_FACT_LIVES_WITH_PARTNER] = &partner;
  in.child_start = start;
  in.child_birth = kids;
  in.kvp = &part;
  in.kvp_work_minutes = &minutes;
  uint8_t st = 0xAB, kst = 0xAB;
  vf_money assistance = -1, benefit = -1;
  vf_batch_out out = VF_BATCH_OUT_INIT;
  out.status = &st;
  out.kvp_status = &kst;
  out.assistance = &assistance;
  out.kvp_benefit = &benefit;
  for (int threads = 1; threads <= 2; threads++) {
    vf_error e;
    assert_int_equal(vf_batch_month(ctx, &in, 2022, 3, &out, (size_t)threads, &e), want);
    assert_int_equal(kvp ? kst : st, want);
    assert_int_equal(kvp ? benefit : assistance, 0);
    char msg[VF_ERROR_MESSAGE_SIZE + 16];
    snprintf(msg, sizeof msg, "client 0: %s", single->message);
    assert_string_equal(e.message, msg);
    assert_string_equal(e.field, single->field);
  }
}

/* The defect of issue 15: kvp.g_factor × kvp.under25_fraction with both
 * 4294967296/4294967297 has the numerator 2^64, which no int64 holds; it
 * was multiplied unchecked (UBSan: signed overflow; release: 0.00 kr). */
static void kvp_under25_ratio_product(void **state) {
  (void)state;
  vf_ctx *ctx = ctx_with(NULL, HEAD "kvp.g_factor,2022-01-01,4294967296/4294967297,ratio,t\n"
                               "kvp.under25_fraction,2022-01-01,4294967296/4294967297,ratio,t\n");
  vf_client *young = client((vf_date){2000, 1, 10}, VF_TRYGD_NONE, 0); /* 22 */
  vf_kvp_benefit_result r;
  vf_error e;
  vf_status s = vf_kvp_benefit_month(ctx, young, 2022, 3, 0, &r, NULL, &e);
  expect_overflow(s, &e, "kvp.under25_fraction", "kvp.g_factor", "kvp.under25_fraction");
  batch_same(ctx, young, 1, VF_E_OVERFLOW, &e);
  /* over 25 only g_factor counts: 10 639 900 × 4294967296/4294967297 =
   * 10 639 900 - 0.0025 -> 10 639 900 øre a year; March, 31 of 31 days:
   * / 12 = 886 658.33 -> 886 658 øre */
  vf_client *old = client((vf_date){1990, 6, 15}, VF_TRYGD_NONE, 0);
  assert_int_equal(vf_kvp_benefit_month(ctx, old, 2022, 3, 0, &r, NULL, &e), VF_OK);
  assert_int_equal(r.yearly, 10639900);
  assert_int_equal(r.amount, 886658);
  vf_client_free(young);
  vf_client_free(old);
  vf_ctx_free(ctx);
}

/* A product whose numerator and denominator only fit after cancelling
 * across: (2^62/3) × (3/2^62) = 1, so the under-25 rate is G itself:
 * 10 639 900 øre a year, / 12 = 886 658.33 -> 886 658 øre for March. */
static void kvp_ratio_product_cancels(void **state) {
  (void)state;
  vf_ctx *ctx = ctx_with(NULL, HEAD "kvp.g_factor,2022-01-01,4611686018427387904/3,ratio,t\n"
                               "kvp.under25_fraction,2022-01-01,3/4611686018427387904,ratio,t\n");
  vf_client *young = client((vf_date){2000, 1, 10}, VF_TRYGD_NONE, 0);
  vf_kvp_benefit_result r;
  vf_error e;
  assert_int_equal(vf_kvp_benefit_month(ctx, young, 2022, 3, 0, &r, NULL, &e), VF_OK);
  assert_int_equal(r.yearly, 10639900);
  assert_int_equal(r.amount, 886658);
  vf_client_free(young);
  vf_ctx_free(ctx);
}

/* G × kvp.g_factor beyond 64-bit øre: 10 639 900 × (2^63 - 1). */
static void kvp_g_factor_too_large(void **state) {
  (void)state;
  vf_ctx *ctx = ctx_with(NULL, HEAD "kvp.g_factor,2022-01-01,9223372036854775807/1,ratio,t\n");
  vf_client *old = client((vf_date){1990, 6, 15}, VF_TRYGD_NONE, 0);
  vf_kvp_benefit_result r;
  vf_error e;
  vf_status s = vf_kvp_benefit_month(ctx, old, 2022, 3, 0, &r, NULL, &e);
  expect_overflow(s, &e, "kvp.g_factor", "g × kvp.g_factor", NULL);
  batch_same(ctx, old, 1, VF_E_OVERFLOW, &e);
  vf_client_free(old);
  vf_ctx_free(ctx);
}

/* kvp.child_supplement × child-weekdays: (2^63 - 1) øre a day × 23. */
static void kvp_child_supplement_too_large(void **state) {
  (void)state;
  vf_ctx *ctx =
      ctx_with(NULL, HEAD "kvp.child_supplement,2022-01-01,92233720368547758.07,nok_per_day,t\n");
  vf_client *c = client((vf_date){1990, 6, 15}, VF_TRYGD_NONE, 1);
  vf_kvp_benefit_result r;
  vf_error e;
  vf_status s = vf_kvp_benefit_month(ctx, c, 2022, 3, 0, &r, NULL, &e);
  expect_overflow(s, &e, "kvp.child_supplement", "kvp.child_supplement × child-weekdays", NULL);
  batch_same(ctx, c, 1, VF_E_OVERFLOW, &e);
  vf_client_free(c);
  vf_ctx_free(ctx);
}

/* The 80 % rule's minimum: 224 878 kr / 12 × rule80.fraction (2^63 - 1). */
static void rule80_fraction_too_large(void **state) {
  (void)state;
  vf_ctx *ctx = ctx_with("bergen", HEAD "rule80.fraction,2022-01-01,9223372036854775807/1,ratio,t\n");
  vf_client *c = client((vf_date){1950, 1, 1}, VF_TRYGD_OLD_AGE, 0);
  vf_assistance_result r;
  vf_error e;
  vf_status s = vf_assistance_month(ctx, c, 2022, 3, &r, NULL, &e);
  expect_overflow(s, &e, "rule80.fraction", "minimum_pension.single", "rule80.fraction");
  batch_same(ctx, c, 0, VF_E_OVERFLOW, &e);
  /* a trace does not change the outcome */
  vf_trace *t;
  assert_int_equal(vf_trace_new(&t, NULL), VF_OK);
  assert_int_equal(vf_assistance_month(ctx, c, 2022, 3, &r, t, &e), VF_E_OVERFLOW);
  vf_trace_free(t);
  vf_client_free(c);
  vf_ctx_free(ctx);
}

/* The rent cap: municipal.rent_cap.per_child (2^63 - 1 øre) × 2 children. */
static void rent_cap_per_child_too_large(void **state) {
  (void)state;
  vf_ctx *ctx = ctx_with(NULL, HEAD "municipal.rent_cap.enabled,2022-01-01,1,bool,t\n"
                               "municipal.rent_cap.single,2022-01-01,8000,nok_per_month,t\n"
                               "municipal.rent_cap.couple,2022-01-01,10000,nok_per_month,t\n"
                               "municipal.rent_cap.per_child,2022-01-01,92233720368547758.07,"
                               "nok_per_month,t\n");
  vf_client *c = client((vf_date){1980, 1, 1}, VF_TRYGD_NONE, 2);
  vf_assistance_result r;
  vf_error e;
  vf_status s = vf_assistance_month(ctx, c, 2022, 3, &r, NULL, &e);
  expect_overflow(s, &e, "municipal.rent_cap.per_child", "municipal.rent_cap.per_child", NULL);
  batch_same(ctx, c, 0, VF_E_OVERFLOW, &e);
  vf_client_free(c);
  vf_ctx_free(ctx);
}

/* ---- indicator values given by the caller (vf_indicator_change_compute,
 * vf_network_index): 128-bit intermediates are checked too ---- */

static vf_indicator_value val(int64_t num, int64_t den) {
  vf_indicator_value v;
  memset(&v, 0, sizeof v);
  v.indicator = VF_IND_AVG_DURATION;
  v.unit = VF_IUNIT_MONTHS;
  v.status = VF_VALUE_OK;
  v.num = num;
  v.den = den;
  return v;
}

static void indicator_change_large_terms(void **state) {
  (void)state;
  /* before (2^62 - 1)/2^62, after twice that: the change is before itself,
   * (2^62 - 1)/2^62, and the relative change +100.0 % = 1000 tenths; the
   * cross products are near 2^124, and 1000 times that does not fit in 128
   * bits unless the ratio is reduced first. */
  const int64_t n = 4611686018427387903, d = 4611686018427387904;
  vf_indicator_value before = val(n, d), after = val(2 * n, d);
  vf_indicator_change ch;
  vf_error e;
  assert_int_equal(vf_indicator_change_compute(&before, &after, &ch, &e), VF_OK);
  assert_int_equal(ch.diff.num, n);
  assert_int_equal(ch.diff.den, d);
  assert_int_equal(ch.relative_status, VF_VALUE_OK);
  assert_int_equal(ch.relative_tenths, 1000);
  /* 1/(2^62) -> (2^62)/1: +(2^124 - 1) × 1000 tenths, beyond 64 bits: refused */
  before = val(1, d);
  after = val(d, 1);
  assert_int_equal(vf_indicator_change_compute(&before, &after, &ch, &e), VF_E_OVERFLOW);
  /* a value marked OK with a denominator of 0: refused, not a division by 0 */
  before = val(1, 0);
  after = val(1, 1);
  assert_int_equal(vf_indicator_change_compute(&before, &after, &ch, &e), VF_E_INVALID_ARG);
  assert_string_equal(e.field, "before");
}

static void network_index_large_terms(void **state) {
  (void)state;
  /* pooled average of 2^62/(2^62 - 1) and 1/1: (2^62 + 1)/2^62; the index of
   * the first, 100 × 2^62 × 2^62 / ((2^62 - 1)(2^62 + 1)), has the numerator
   * 100 × 2^124, beyond 128 bits: VF_E_OVERFLOW, not a wrapped value */
  vf_indicator_value v[2] = {val(4611686018427387904, 4611686018427387903), val(1, 1)};
  vf_indicator_value avg, idx[2];
  vf_error e;
  assert_int_equal(vf_network_index(v, 2, VF_NETWORK_POOLED, &avg, idx, &e), VF_E_OVERFLOW);
  assert_non_null(strstr(e.message, "value 0"));
  v[1].den = -1;
  assert_int_equal(vf_network_index(v, 2, VF_NETWORK_POOLED, &avg, idx, &e), VF_E_INVALID_ARG);
}

/* ---- privacy: vf_mask_ids() and the messages ---- */

static void mask_ids_rule(void **state) {
  (void)state;
  char b[64];
  assert_string_equal(vf_mask_ids("12345678901", b, sizeof b), "123456*****");
  assert_string_equal(vf_mask_ids("id 'A12345678901x'", b, sizeof b), "id 'A123456*****x'");
  assert_string_equal(vf_mask_ids("01019012345,31129954321", b, sizeof b),
                      "010190*****,311299*****");
  /* other lengths are amounts, dates, counts: kept */
  assert_string_equal(vf_mask_ids("1234567890 123456789012", b, sizeof b),
                      "1234567890 123456789012");
  assert_string_equal(vf_mask_ids("9223372036854775807", b, sizeof b), "9223372036854775807");
  assert_string_equal(vf_mask_ids("123456789.01 kr, 2024-05-01", b, sizeof b),
                      "123456789.01 kr, 2024-05-01");
  assert_string_equal(vf_mask_ids(NULL, b, sizeof b), "");
  /* truncated inside a run: the run may go on to 11 digits, so what is left
   * beyond six digits is masked */
  assert_string_equal(vf_mask_ids("x12345678901", b, 9), "x123456*");
  assert_string_equal(vf_mask_ids("x123456 8", b, 8), "x123456");
  /* in place */
  char t[] = "fnr 15868512560.";
  assert_ptr_equal(vf_mask_ids(t, t, sizeof t), t);
  assert_string_equal(t, "fnr 158685*****.");
  assert_null(vf_mask_ids("x", NULL, 4));
}

static void assert_masked(const char *text, const char *digits) {
  char masked[16];
  snprintf(masked, sizeof masked, "%.6s*****", digits);
  if (strstr(text, digits) || !strstr(text, masked))
    fail_msg("'%s' shows %s in full or lacks %s", text, digits, masked);
}

/* An 11-digit number in a field that is not an id is echoed masked. */
static void messages_mask_fields(void **state) {
  (void)state;
  static const char *const rows[] = {
    "id,birth_date\nA,15868512560\n",            /* a fødselsnummer as the birth date */
    "id,children\nA,15868512560\n",              /* ... as a child */
    "id,birth_date,civil_status\nA,1990-01-01,15868512560\n",
  };
  for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
    vf_client_reader *r;
    vf_client *c = NULL;
    vf_error e;
    assert_int_equal(vf_client_reader_open_text(&r, rows[i], strlen(rows[i]), "c.csv", &e), VF_OK);
    assert_int_not_equal(vf_client_reader_next(r, &c, &e), VF_OK);
    assert_null(c);
    assert_masked(e.message, "15868512560");
    vf_client_reader_free(r);
  }
  /* a parameter value */
  vf_ctx *ctx;
  vf_error e;
  assert_int_equal(vf_ctx_new(&ctx, NULL, NULL), VF_OK);
  const char *p = HEAD "kvp.max_age,2024-01-01,15868512560x,count,t\n";
  assert_int_equal(vf_ctx_load_params_text(ctx, p, strlen(p), "p.csv", &e), VF_E_PARSE);
  assert_masked(e.message, "15868512560");
  /* a message that names a client: the register's lookup */
  vf_register *reg;
  assert_int_equal(vf_register_new(&reg, NULL), VF_OK);
  assert_int_equal(vf_register_find_client(reg, "15868512560", NULL, &e), VF_E_NOT_FOUND);
  assert_masked(e.message, "15868512560");
  vf_register_free(reg);
  vf_ctx_free(ctx);
}

/* vf_compare_month() names the first client that failed: masked. */
static void comparison_message_masked(void **state) {
  (void)state;
  vf_register *reg;
  vf_client *c;
  assert_int_equal(vf_register_new(&reg, NULL), VF_OK);
  assert_int_equal(vf_client_new(&c, NULL), VF_OK);
  assert_int_equal(vf_client_set_id(c, "15868512560", NULL), VF_OK);
  assert_int_equal(vf_client_set_birth_date(c, (vf_date){2030, 1, 1}, NULL), VF_OK); /* fails */
  assert_int_equal(vf_register_add_client(reg, c, NULL, NULL), VF_OK);
  vf_client_free(c);
  vf_ctx *ctx;
  assert_int_equal(vf_ctx_new(&ctx, NULL, NULL), VF_OK);
  vf_comparison *cmp;
  vf_compare_options o = VF_COMPARE_OPTIONS_INIT;
  vf_error e;
  assert_int_equal(vf_compare_month(&cmp, reg, ctx, ctx, 2024, 5, &o, &e), VF_OK);
  const vf_error *fe = vf_comparison_first_error(cmp);
  assert_non_null(fe);
  assert_masked(fe->message, "15868512560");
  /* the rows are data the caller asked for: the id in full */
  vf_comparison_row row;
  assert_int_equal(vf_comparison_get_row(cmp, 0, &row, NULL), VF_OK);
  assert_string_equal(row.id, "15868512560");
  vf_comparison_free(cmp);
  vf_ctx_free(ctx);
  vf_register_free(reg);
}

/* A trace detail built from an 11-digit parameter value is masked too
 * (kvp.max_age 15868512560: "18 <= age < 158685*****"). */
static void trace_detail_masked(void **state) {
  (void)state;
  vf_ctx *ctx = ctx_with(NULL, HEAD "kvp.max_age,2024-01-01,15868512560,count,t\n");
  vf_client *c = client((vf_date){1990, 6, 15}, VF_TRYGD_NONE, 0);
  vf_trace *t;
  assert_int_equal(vf_trace_new(&t, NULL), VF_OK);
  vf_kvp_eligibility_result r;
  assert_int_equal(vf_kvp_eligibility(ctx, c, (vf_date){2024, 5, 1}, &r, t, NULL), VF_OK);
  vf_trace_step st;
  assert_int_equal(vf_trace_get_step(t, 0, &st, NULL), VF_OK);
  assert_string_equal(st.detail, "18 <= age < 158685*****");
  vf_trace_free(t);
  vf_client_free(c);
  vf_ctx_free(ctx);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(kvp_under25_ratio_product),
    cmocka_unit_test(kvp_ratio_product_cancels),
    cmocka_unit_test(kvp_g_factor_too_large),
    cmocka_unit_test(kvp_child_supplement_too_large),
    cmocka_unit_test(rule80_fraction_too_large),
    cmocka_unit_test(rent_cap_per_child_too_large),
    cmocka_unit_test(indicator_change_large_terms),
    cmocka_unit_test(network_index_large_terms),
    cmocka_unit_test(mask_ids_rule),
    cmocka_unit_test(messages_mask_fields),
    cmocka_unit_test(comparison_message_masked),
    cmocka_unit_test(trace_detail_masked),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
