/* The batch (velferd/batch.h) against the single-client functions: the input
 * bytes become up to 64 rows of columns (codes and facts possibly out of
 * range, amounts possibly negative or huge, birth dates around the month,
 * children, participants in the qualification programme), a month and one of
 * three contexts (default; bergen; bergen with a rent cap and the
 * qualification benefit's gaps filled, so that the batch's fast path covers
 * participants with children). Invariants: every row gets the status and the
 * amounts of vf_assistance_month() and vf_kvp_benefit_month() for the same
 * client (a row the vf_client setters refuse fails in the batch too), with and
 * without the kvp_status column, a call for the benefit alone gives the
 * benefit's columns, and the call returns the first failure. */
#include "fuzz.h"

enum { MAX_ROWS = 64, MAX_KIDS = 3 };

static vf_ctx *ctxs[3];

static void setp(vf_ctx *c, const char *name, int64_t num) {
  FZ_CHECK(vf_ctx_set_param(c, name, (vf_date){1990, 1, 1}, num, 1, "fuzz", NULL) == VF_OK);
}

static void init(void) {
  FZ_CHECK(vf_ctx_new(&ctxs[0], NULL, NULL) == VF_OK);
  FZ_CHECK(vf_ctx_new(&ctxs[1], "bergen", NULL) == VF_OK);
  FZ_CHECK(vf_ctx_new(&ctxs[2], "bergen", NULL) == VF_OK);
  setp(ctxs[2], "municipal.rent_cap.enabled", 1);
  setp(ctxs[2], "municipal.rent_cap.single", 800000);
  setp(ctxs[2], "municipal.rent_cap.couple", 1000000);
  setp(ctxs[2], "municipal.rent_cap.per_child", 100000);
  setp(ctxs[2], "kvp.child_supplement", 2700);
  setp(ctxs[2], "kvp.full_rate_from_next_month", 1);
}

typedef struct cols {
  int32_t birth[MAX_ROWS], kid[MAX_ROWS * MAX_KIDS], minutes[MAX_ROWS];
  uint8_t civil[MAX_ROWS], trygd[MAX_ROWS], fact[VF_FACT_COUNT][MAX_ROWS], kvp[MAX_ROWS];
  int64_t income[VF_INC_KIND_COUNT][MAX_ROWS], housing[VF_HOUSING_KIND_COUNT][MAX_ROWS];
  uint32_t start[MAX_ROWS + 1];
} cols;

typedef struct outs {
  uint8_t status[MAX_ROWS], kst[MAX_ROWS], household[MAX_ROWS];
  vf_money norm[MAX_ROWS], housing[MAX_ROWS], income[MAX_ROWS], assistance[MAX_ROWS];
  vf_money benefit[MAX_ROWS];
  vf_batch_out o;
} outs;

static void outs_init(outs *x, int split) {
  vf_batch_out init = VF_BATCH_OUT_INIT;
  memset(x, 0xAB, sizeof *x); /* every output must be written */
  x->o = init;
  x->o.status = x->status;
  x->o.kvp_status = split ? x->kst : NULL;
  x->o.household = x->household;
  x->o.norm = x->norm;
  x->o.housing = x->housing;
  x->o.income = x->income;
  x->o.assistance = x->assistance;
  x->o.kvp_benefit = x->benefit;
}

/* Row i as a client; 0 if a setter refuses a value (the batch must refuse it). */
static int client_of(const cols *k, size_t i, vf_client *c) {
  int ok = 1;
  vf_date d;
  if (k->birth[i] != VF_BATCH_NO_DATE) {
    FZ_CHECK(vf_date_from_days(k->birth[i], &d, NULL) == VF_OK);
    ok &= vf_client_set_birth_date(c, d, NULL) == VF_OK;
  }
  ok &= vf_client_set_civil_status(c, (vf_civil_status)k->civil[i], NULL) == VF_OK;
  ok &= vf_client_set_trygd(c, (vf_trygd)k->trygd[i], NULL) == VF_OK;
  for (int f = 0; f < VF_FACT_COUNT; f++)
    ok &= vf_client_set_fact(c, (vf_fact)f, (vf_tristate)k->fact[f][i], NULL) == VF_OK;
  for (int f = 0; f < VF_INC_KIND_COUNT; f++)
    ok &= vf_client_set_income(c, (vf_income_kind)f, k->income[f][i], NULL) == VF_OK;
  for (int f = 0; f < VF_HOUSING_KIND_COUNT; f++)
    ok &= vf_client_set_housing(c, (vf_housing_kind)f, k->housing[f][i], NULL) == VF_OK;
  for (uint32_t j = k->start[i]; j < k->start[i + 1]; j++) {
    FZ_CHECK(vf_date_from_days(k->kid[j], &d, NULL) == VF_OK);
    ok &= vf_client_add_child(c, d, NULL) == VF_OK;
  }
  return ok && k->kvp[i] <= 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!ctxs[0]) init();
  static cols k;
  memset(&k, 0, sizeof k);
  const vf_ctx *ctx = ctxs[fz_take(&data, &size, 1) % 3];
  int year = 1995 + (int)(fz_take(&data, &size, 1) % 35), month = 1 + (int)(fz_take(&data, &size, 1) % 12);
  int32_t first = vf_date_to_days((vf_date){year, month, 1});
  size_t n = 1 + (size_t)(fz_take(&data, &size, 1) % MAX_ROWS), nkids = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned flags = (unsigned)fz_take(&data, &size, 2);
    /* birth: unknown, or up to ~80 years before the month, a few after it */
    k.birth[i] = flags & 1 ? VF_BATCH_NO_DATE
                           : first + 40 - (int32_t)(fz_take(&data, &size, 2) % 29300);
    k.civil[i] = (uint8_t)(fz_take(&data, &size, 1) % 7);   /* 6 is not a code */
    k.trygd[i] = (uint8_t)(fz_take(&data, &size, 1) % 15);  /* 14 is not a code */
    for (int f = 0; f < VF_FACT_COUNT; f++) {
      unsigned b = (unsigned)fz_take(&data, &size, 1);
      k.fact[f][i] = (uint8_t)(b == 255 ? 3 : b % 3);
    }
    for (int f = 0; f < VF_INC_KIND_COUNT; f++)
      if (flags & (2u << f)) /* everyday amounts; with bit 12 any int64 (negative, huge) */
        k.income[f][i] = flags & 0x1000 ? (int64_t)fz_take(&data, &size, 8)
                                        : (int64_t)fz_take(&data, &size, 3);
    for (int f = 0; f < VF_HOUSING_KIND_COUNT; f++)
      k.housing[f][i] = flags & 0x2000 ? (int64_t)fz_take(&data, &size, 8)
                                       : (int64_t)fz_take(&data, &size, 3);
    k.start[i] = (uint32_t)nkids;
    int kids = (int)((flags >> 14) & 3);
    for (int j = 0; j < kids && j < MAX_KIDS; j++) /* 0..19 years old, some born after */
      k.kid[nkids++] = first + 20 - (int32_t)(fz_take(&data, &size, 2) % 7300);
    unsigned b = (unsigned)fz_take(&data, &size, 1);
    k.kvp[i] = (uint8_t)(b == 255 ? 2 : b & 1);
    k.minutes[i] = (int16_t)fz_take(&data, &size, 2) % 2400;
  }
  k.start[n] = (uint32_t)nkids;

  vf_batch_in in = VF_BATCH_IN_INIT;
  in.n = n;
  in.birth = k.birth;
  in.civil_status = k.civil;
  in.trygd = k.trygd;
  for (int f = 0; f < VF_FACT_COUNT; f++) in.fact[f] = k.fact[f];
  for (int f = 0; f < VF_INC_KIND_COUNT; f++) in.income[f] = k.income[f];
  for (int f = 0; f < VF_HOUSING_KIND_COUNT; f++) in.housing[f] = k.housing[f];
  in.child_start = k.start;
  in.child_birth = k.kid;
  in.kvp = k.kvp;
  in.kvp_work_minutes = k.minutes;

  static outs x[2]; /* [split] */
  vf_status bs[2];
  vf_error be[2];
  for (int sp = 0; sp < 2; sp++) {
    outs_init(&x[sp], sp);
    bs[sp] = vf_batch_month(ctx, &in, year, month, &x[sp].o, 1, &be[sp]);
    fz_check_error(bs[sp], &be[sp]);
  }
  /* the benefit alone (no assistance output): the split call's benefit columns */
  uint8_t kst[MAX_ROWS];
  vf_money kben[MAX_ROWS];
  memset(kst, 0xAB, sizeof kst);
  memset(kben, 0xAB, sizeof kben);
  vf_batch_out ko = VF_BATCH_OUT_INIT;
  ko.kvp_status = kst;
  ko.kvp_benefit = kben;
  vf_error ke;
  vf_status ks = vf_batch_month(ctx, &in, year, month, &ko, 1, &ke);
  fz_check_error(ks, &ke);
  vf_status kfirst = VF_OK;
  for (size_t i = 0; i < n; i++) {
    FZ_CHECK(kst[i] == x[1].kst[i] && kben[i] == x[1].benefit[i]);
    if (!kfirst) kfirst = kst[i];
  }
  FZ_CHECK(ks == kfirst);
  vf_status first_fail = VF_OK;
  for (size_t i = 0; i < n; i++) {
    vf_client *c;
    FZ_CHECK(vf_client_new(&c, NULL) == VF_OK);
    int valid = client_of(&k, i, c);
    const outs *s = &x[1], *u = &x[0];
    if (!valid) { /* both rules fail on the input, every output 0 */
      FZ_CHECK(s->status[i] != VF_OK && s->kst[i] == s->status[i] && u->status[i] == s->status[i]);
      FZ_CHECK(s->assistance[i] == 0 && s->benefit[i] == 0 && u->assistance[i] == 0);
    } else {
      vf_assistance_result a;
      vf_kvp_benefit_result r;
      vf_status sa = vf_assistance_month(ctx, c, year, month, &a, NULL, NULL);
      vf_status sk = k.kvp[i] ? vf_kvp_benefit_month(ctx, c, year, month, k.minutes[i], &r, NULL, NULL)
                              : VF_OK;
      /* a birth after the month fails both rules as an input check */
      if (sa == VF_E_DATE && k.birth[i] != VF_BATCH_NO_DATE && k.birth[i] > first) sk = sa;
      vf_money benefit = k.kvp[i] && !sk ? r.amount : 0;
      FZ_CHECK(s->status[i] == sa && s->kst[i] == sk);
      FZ_CHECK(s->assistance[i] == (sa ? 0 : a.assistance));
      FZ_CHECK(s->benefit[i] == benefit);
      if (!sa) {
        FZ_CHECK(s->household[i] == a.household && s->norm[i] == a.norm);
        FZ_CHECK(s->housing[i] == a.housing && s->income[i] == a.income);
      }
      vf_status both = sa ? sa : sk;
      FZ_CHECK(u->status[i] == both);
      FZ_CHECK(u->assistance[i] == (both ? 0 : a.assistance) && u->benefit[i] == (both ? 0 : benefit));
    }
    if (!first_fail) first_fail = x[1].status[i] ? x[1].status[i] : x[1].kst[i];
    vf_client_free(c);
  }
  FZ_CHECK(bs[1] == first_fail);
  return 0;
}
