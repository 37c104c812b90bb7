/* Computing with fuzzed parameters (issue 15): the input holds a parameter
 * overlay and up to 8 clients. The overlay is either raw parameter-file text
 * or, to reach the arithmetic quickly, entries built from bytes (one of the
 * parameters the rules multiply, a valid_from and any non-negative num/den).
 * Loaded onto the default or the bergen context, it is used for the
 * assistance with the 80 % rule and the qualification benefit, one client at
 * a time (with and without a trace) and as a batch. Invariants: no crash and
 * no undefined behaviour (the fuzz build has ASan+UBSan); every failure is a
 * well-formed error whose message shows no run of exactly 11 digits; the
 * trace does not change a result; every batch row has the single call's
 * status and amounts, and the batch's message is the first failing client's
 * single message prefixed "client i: ". */
#include "fuzz.h"

enum { MAX_ROWS = 8 };

static vf_ctx *bases[2];

/* The parameters the rules multiply or add (rules_month.c, rules_kvp.c). */
static const struct { const char *name, *unit; } params[] = {
  {"kvp.g_factor", "ratio"}, {"kvp.under25_fraction", "ratio"}, {"rule80.fraction", "ratio"},
  {"g", "nok_per_year"}, {"kvp.child_supplement", "nok_per_day"},
  {"minimum_pension.single", "nok_per_year"}, {"minimum_pension.couple", "nok_per_year"},
  {"municipal.rent_cap.per_child", "nok_per_month"}, {"municipal.rent_cap.single", "nok_per_month"},
  {"municipal.rent_cap.couple", "nok_per_month"}, {"municipal.rent_cap.enabled", "bool"},
  {"guideline.single", "nok_per_month"}, {"guideline.child_0_5", "nok_per_month"},
  {"kvp.full_time_minutes_per_week", "count"}, {"kvp.days_per_year", "count"},
  {"kvp.full_rate_from_next_month", "bool"}, {"rule80.enabled", "bool"}};
enum { NPARAMS = sizeof params / sizeof params[0] };

/* No message may show a possible fødselsnummer (a run of exactly 11 digits). */
static void check_masked(const char *m) {
  for (size_t i = 0; m[i];) {
    size_t j = i;
    while (m[j] >= '0' && m[j] <= '9') j++;
    FZ_CHECK(j - i != 11);
    i = j > i ? j : i + 1;
  }
}

static void check_error(vf_status s, const vf_error *e) {
  fz_check_error(s, e);
  if (s) check_masked(e->message);
}

/* Entries built from bytes: per entry a parameter, a year and 16 bytes of
 * num/den (the top bit cleared, den at least 1). */
static size_t build_overlay(char *out, size_t cap, const uint8_t **data, size_t *size) {
  size_t at = (size_t)snprintf(out, cap, "name,valid_from,value,unit,source\n");
  int n = 1 + (int)(fz_take(data, size, 1) % 6);
  for (int k = 0; k < n && *size; k++) {
    unsigned p = (unsigned)(fz_take(data, size, 1) % NPARAMS);
    int year = 1990 + (int)(fz_take(data, size, 1) % 40);
    int64_t num = (int64_t)(fz_take(data, size, 8) >> 1);
    int64_t den = (int64_t)(fz_take(data, size, 8) >> 1);
    const char *unit = params[p].unit;
    char value[48];
    if (!strcmp(unit, "ratio")) /* any num/den the parser takes */
      snprintf(value, sizeof value, "%lld/%lld", (long long)num, (long long)(den ? den : 1));
    else if (!strcmp(unit, "bool"))
      snprintf(value, sizeof value, "%d", (int)(num & 1));
    else if (!strcmp(unit, "count"))
      snprintf(value, sizeof value, "%lld", (long long)num);
    else /* an amount: num øre, written in kroner */
      snprintf(value, sizeof value, "%lld.%02lld", (long long)(num / 100), (long long)(num % 100));
    at += (size_t)snprintf(out + at, cap - at, "%s,%d-01-01,%s,%s,fuzz\n", params[p].name, year,
                           value, unit);
  }
  return at;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!bases[0]) {
    FZ_CHECK(vf_ctx_new(&bases[0], NULL, NULL) == VF_OK);
    FZ_CHECK(vf_ctx_new(&bases[1], "bergen", NULL) == VF_OK);
  }
  unsigned mode = (unsigned)fz_take(&data, &size, 1);
  int year = 2008 + (int)(fz_take(&data, &size, 1) % 19);
  int month = 1 + (int)(fz_take(&data, &size, 1) % 12);
  int32_t first = vf_date_to_days((vf_date){year, month, 1});
  size_t n = 1 + (size_t)(fz_take(&data, &size, 1) % MAX_ROWS), nkids = 0;
  int32_t birth[MAX_ROWS], kid[MAX_ROWS * 2], minutes[MAX_ROWS];
  uint8_t trygd[MAX_ROWS], partner[MAX_ROWS], kvp[MAX_ROWS];
  int64_t income[MAX_ROWS], rent[MAX_ROWS];
  uint32_t start[MAX_ROWS + 1];
  for (size_t i = 0; i < n; i++) {
    unsigned f = (unsigned)fz_take(&data, &size, 1);
    birth[i] = first + 20 - (int32_t)(fz_take(&data, &size, 2) % 29000); /* 0..79 years */
    trygd[i] = (uint8_t)(fz_take(&data, &size, 1) % 14);
    partner[i] = (uint8_t)(f & 1 ? VF_YES : VF_NO);
    kvp[i] = (uint8_t)((f >> 1) & 1);
    income[i] = (int64_t)fz_take(&data, &size, 3);
    rent[i] = (int64_t)fz_take(&data, &size, 3);
    minutes[i] = 0;
    start[i] = (uint32_t)nkids;
    for (unsigned k = 0; k < ((f >> 2) & 3) && k < 2; k++) /* 0..19 years old */
      kid[nkids++] = first - (int32_t)(fz_take(&data, &size, 2) % 7300);
  }
  start[n] = (uint32_t)nkids;

  /* the overlay: the rest of the input */
  vf_ctx *ctx;
  FZ_CHECK(vf_ctx_clone(&ctx, bases[(mode >> 1) & 1], NULL) == VF_OK);
  vf_error e;
  vf_status st;
  if (mode & 1) {
    st = vf_ctx_load_params_text(ctx, (const char *)data, size, "fuzz.csv", &e);
  } else {
    char text[1024];
    size_t len = build_overlay(text, sizeof text, &data, &size);
    st = vf_ctx_load_params_text(ctx, text, len, "fuzz.csv", &e);
  }
  check_error(st, &e);
  if (st) { vf_ctx_free(ctx); return 0; }

  /* the batch: every row, kvp_status given, one thread (the first failure
   * is then the lowest row) */
  vf_batch_in in = VF_BATCH_IN_INIT;
  in.n = n;
  in.birth = birth;
  in.trygd = trygd;
  in.fact[VF_FACT_LIVES_WITH_PARTNER] = partner;
  in.income[VF_INC_TRYGD] = income;
  in.housing[VF_HOUSING_RENT] = rent;
  in.child_start = start;
  in.child_birth = kid;
  in.kvp = kvp;
  in.kvp_work_minutes = minutes;
  uint8_t bst[MAX_ROWS], kst[MAX_ROWS];
  vf_money assistance[MAX_ROWS], benefit[MAX_ROWS];
  vf_batch_out out = VF_BATCH_OUT_INIT;
  out.status = bst;
  out.kvp_status = kst;
  out.assistance = assistance;
  out.kvp_benefit = benefit;
  vf_error be;
  vf_status bs = vf_batch_month(ctx, &in, year, month, &out, 1, &be);
  check_error(bs, &be);

  vf_trace *trace;
  FZ_CHECK(vf_trace_new(&trace, NULL) == VF_OK);
  int failed = 0;
  for (size_t i = 0; i < n; i++) {
    vf_client *c;
    FZ_CHECK(vf_client_new(&c, NULL) == VF_OK);
    vf_date d;
    FZ_CHECK(vf_date_from_days(birth[i], &d, NULL) == VF_OK);
    FZ_CHECK(vf_client_set_birth_date(c, d, NULL) == VF_OK);
    FZ_CHECK(vf_client_set_trygd(c, (vf_trygd)trygd[i], NULL) == VF_OK);
    FZ_CHECK(vf_client_set_fact(c, VF_FACT_LIVES_WITH_PARTNER, (vf_tristate)partner[i], NULL) == VF_OK);
    FZ_CHECK(vf_client_set_income(c, VF_INC_TRYGD, income[i], NULL) == VF_OK);
    FZ_CHECK(vf_client_set_housing(c, VF_HOUSING_RENT, rent[i], NULL) == VF_OK);
    for (uint32_t k = start[i]; k < start[i + 1]; k++) {
      FZ_CHECK(vf_date_from_days(kid[k], &d, NULL) == VF_OK);
      FZ_CHECK(vf_client_add_child(c, d, NULL) == VF_OK);
    }
    vf_assistance_result a, at;
    vf_kvp_benefit_result r, rt;
    vf_error ea, ek, et;
    vf_status sa = vf_assistance_month(ctx, c, year, month, &a, NULL, &ea);
    check_error(sa, &ea);
    vf_status sat = vf_assistance_month(ctx, c, year, month, &at, trace, &et);
    FZ_CHECK(sat == sa && (sa || at.assistance == a.assistance));
    vf_status sk = VF_OK;
    if (kvp[i]) {
      sk = vf_kvp_benefit_month(ctx, c, year, month, 0, &r, NULL, &ek);
      check_error(sk, &ek);
      FZ_CHECK(vf_kvp_benefit_month(ctx, c, year, month, 0, &rt, trace, &et) == sk);
      FZ_CHECK(sk || rt.amount == r.amount);
    }
    /* a birth after the month fails both rules as an input check */
    if (sa == VF_E_DATE && birth[i] > first) { sk = sa; ek = ea; }
    FZ_CHECK(bst[i] == sa && kst[i] == sk);
    FZ_CHECK(assistance[i] == (sa ? 0 : a.assistance));
    FZ_CHECK(benefit[i] == (kvp[i] && !sk ? r.amount : 0));
    if (!failed && (sa || sk)) { /* the batch reports this client */
      failed = 1;
      char want[VF_ERROR_MESSAGE_SIZE + 32];
      snprintf(want, sizeof want, "client %zu: %s", i, sa ? ea.message : ek.message);
      FZ_CHECK(bs == (sa ? sa : sk));
      FZ_CHECK(!strncmp(be.message, want, 200)); /* (a long message is cut at its end) */
    }
    vf_client_free(c);
  }
  FZ_CHECK(failed || bs == VF_OK);
  vf_trace_free(trace);
  vf_ctx_free(ctx);
  return 0;
}
