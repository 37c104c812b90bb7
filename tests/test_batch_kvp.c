/* The qualification benefit in the batch (velferd/batch.h, kvp columns):
 * hand-worked rows, the gaps reported as VF_E_NO_VALUE, and the same results
 * as vf_kvp_benefit_month() client by client for 1 and 2 threads.
 * Rates (data/params, in force on 2022-03-01): G 106 399 kr (from
 * 2021-05-01), kvp.g_factor 2, kvp.under25_fraction 2/3,
 * kvp.full_time_minutes_per_week 2250; kvp.child_supplement and
 * kvp.full_rate_from_next_month have no sourced value. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "velferd/velferd.h"

#define KR(x) ((vf_money)(x) * 100)

static int32_t DAYS(int y, int m, int d) { return vf_date_to_days((vf_date){y, m, d}); }

/* Six clients in March 2022 (31 days), default profile, no housing costs:
 * 0: participant born 1990-06-15 (31), no income: full rate
 *    2 x 10 639 900 = 21 279 800 øre a year; x 31 / (12 x 31) = 1 773 316.67
 *    -> 1 773 317 øre.
 * 1: participant born 2000-01-10 (22): 21 279 800 x 2/3 = 14 186 533.33 ->
 *    14 186 533 a year; / 12 = 1 182 211.08 -> 1 182 211 øre.
 * 2: as 0 with trygd 5 000 kr a month: 1 773 317 - 500 000 = 1 273 317 øre.
 * 3: as 0 with 1 125 minutes of paid work a week: reduction
 *    1 773 317 x 1125 / 2250 = 886 658.5 -> 886 659; 886 658 øre.
 * 4: not a participant: 0.
 * 5: participant with a child born 2018-05-05: kvp.child_supplement is a gap
 *    -> VF_E_NO_VALUE; the assistance is still computed when kvp_status is
 *    given (single, no income: guideline.single 6 550 + child_0_5 3 200 =
 *    9 750 kr). */
static void hand_worked(void **state) {
  (void)state;
  vf_ctx *ctx;
  assert_int_equal(vf_ctx_new(&ctx, "default", NULL), VF_OK);
  int32_t birth[6] = {DAYS(1990, 6, 15), DAYS(2000, 1, 10), DAYS(1990, 6, 15),
                      DAYS(1990, 6, 15), DAYS(1990, 6, 15), DAYS(1990, 6, 15)};
  uint8_t kvp[6] = {1, 1, 1, 1, 0, 1}, partner[6] = {1, 1, 1, 1, 1, 1};
  int32_t minutes[6] = {0, 0, 0, 1125, 0, 0};
  int64_t trygd[6] = {0, 0, KR(5000), 0, 0, 0};
  uint32_t cstart[7] = {0, 0, 0, 0, 0, 0, 1};
  int32_t cbirth[1] = {DAYS(2018, 5, 5)};
  vf_batch_in in = VF_BATCH_IN_INIT;
  in.n = 6;
  in.birth = birth;
  in.fact[VF_FACT_LIVES_WITH_PARTNER] = partner; /* 1 = no */
  in.income[VF_INC_TRYGD] = trygd;
  in.child_start = cstart;
  in.child_birth = cbirth;
  in.kvp = kvp;
  in.kvp_work_minutes = minutes;
  uint8_t st[6], kst[6];
  vf_money benefit[6], assistance[6];
  vf_batch_out out = VF_BATCH_OUT_INIT;
  out.status = st;
  out.kvp_status = kst;
  out.kvp_benefit = benefit;
  out.assistance = assistance;
  vf_error e;
  assert_int_equal(vf_batch_month(ctx, &in, 2022, 3, &out, 1, &e), VF_E_NO_VALUE);
  assert_non_null(strstr(e.message, "client 5: "));
  assert_non_null(strstr(e.message, "kvp.child_supplement"));
  const vf_money want[5] = {1773317, 1182211, 1273317, 886658, 0};
  for (int i = 0; i < 5; i++) {
    assert_int_equal(st[i], VF_OK);
    assert_int_equal(kst[i], VF_OK);
    assert_int_equal(benefit[i], want[i]);
  }
  assert_int_equal(st[5], VF_OK);
  assert_int_equal(kst[5], VF_E_NO_VALUE);
  assert_int_equal(benefit[5], 0);
  assert_int_equal(assistance[5], KR(6550 + 3200));

  /* without kvp_status the client fails as a whole */
  out.kvp_status = NULL;
  assert_int_equal(vf_batch_month(ctx, &in, 2022, 3, &out, 1, &e), VF_E_NO_VALUE);
  assert_int_equal(st[5], VF_E_NO_VALUE);
  assert_int_equal(assistance[5], 0);
  assert_int_equal(benefit[0], 1773317);

  /* a struct of version 0.1 (without the kvp members) is still accepted */
  vf_batch_in old = in;
  old.size = offsetof(vf_batch_in, kvp);
  vf_batch_out oldo = out;
  oldo.size = offsetof(vf_batch_out, kvp_benefit);
  benefit[0] = -1;
  assert_int_equal(vf_batch_month(ctx, &old, 2022, 3, &oldo, 1, &e), VF_OK);
  assert_int_equal(benefit[0], -1); /* not a column of the old struct: untouched */
  assert_int_equal(st[5], VF_OK);
  old.size = offsetof(vf_batch_in, kvp) - 1;
  assert_int_equal(vf_batch_month(ctx, &old, 2022, 3, &oldo, 1, &e), VF_E_INVALID_ARG);

  /* a participation code other than 0/1 */
  kvp[4] = 2;
  out.kvp_status = kst;
  assert_int_equal(vf_batch_month(ctx, &in, 2022, 3, &out, 1, &e), VF_E_UNKNOWN_CODE);
  assert_int_equal(kst[4], VF_E_UNKNOWN_CODE);
  assert_int_equal(st[4], VF_E_UNKNOWN_CODE);
  vf_ctx_free(ctx);
}

/* A batch of the benefit alone (no assistance output) reports what the
 * kernels' input checks report, whether or not the month's assistance
 * parameters are complete (with a gap in guideline.sharing the fast path
 * checks the rows without the assistance rule). March 2022, default profile:
 * 0: participant born 1990-06-15, no income: 1 773 317 øre (hand_worked, 0).
 * 1: a child's day number -800000 is before year 1: VF_E_DATE.
 * 2: a child born 2022-03-10, after the first of the month: the benefit
 *    alone does not look at it (not a participant): VF_OK, 0.
 * 3: rent of 2^56 øre: not negative, so VF_OK, 0.
 * 4: rent of -1 øre: VF_E_RANGE. */
static void benefit_only(void **state) {
  (void)state;
  static const char gap[] = "name,valid_from,value,unit,source\n"
                            "guideline.sharing,2022-03-01,unknown,nok_per_month,test\n";
  vf_ctx *ctx[2];
  assert_int_equal(vf_ctx_new(&ctx[0], "default", NULL), VF_OK);
  assert_int_equal(vf_ctx_new(&ctx[1], "default", NULL), VF_OK);
  assert_int_equal(vf_ctx_load_params_text(ctx[1], gap, sizeof gap - 1, "gap", NULL), VF_OK);
  int32_t birth[5] = {DAYS(1990, 6, 15), DAYS(1980, 1, 1), DAYS(1980, 1, 1), DAYS(1980, 1, 1),
                      DAYS(1980, 1, 1)};
  uint8_t kvp[5] = {1, 0, 0, 0, 0};
  int64_t rent[5] = {0, 0, 0, (int64_t)1 << 56, -1};
  uint32_t cstart[6] = {0, 0, 1, 2, 2, 2};
  int32_t cbirth[2] = {-800000, DAYS(2022, 3, 10)};
  vf_batch_in in = VF_BATCH_IN_INIT;
  in.n = 5;
  in.birth = birth;
  in.housing[VF_HOUSING_RENT] = rent;
  in.child_start = cstart;
  in.child_birth = cbirth;
  in.kvp = kvp;
  for (int c = 0; c < 2; c++) {
    uint8_t st[5];
    vf_money benefit[5];
    memset(benefit, 0x55, sizeof benefit);
    vf_batch_out out = VF_BATCH_OUT_INIT;
    out.status = st;
    out.kvp_benefit = benefit;
    vf_error e;
    assert_int_equal(vf_batch_month(ctx[c], &in, 2022, 3, &out, 1, &e), VF_E_DATE);
    assert_string_equal(e.message, "client 1: child_birth: day number -800000 is outside years "
                                   "1..9999");
    const uint8_t want_st[5] = {VF_OK, VF_E_DATE, VF_OK, VF_OK, VF_E_RANGE};
    const vf_money want[5] = {1773317, 0, 0, 0, 0};
    for (int i = 0; i < 5; i++) {
      assert_int_equal(st[i], want_st[i]);
      assert_int_equal(benefit[i], want[i]);
    }
  }
  vf_ctx_free(ctx[0]);
  vf_ctx_free(ctx[1]);
}

/* ---- batch == single client, for random clients ---- */

static uint64_t rng_state;
static uint32_t rnd(uint32_t m) {
  rng_state = rng_state * 6364136223846793005ull + 1442695040888963407ull;
  return (uint32_t)((rng_state >> 33) % m);
}

typedef struct rows {
  size_t n;
  vf_batch_in in;
  int32_t *birth, *cbirth, *minutes;
  uint8_t *kvp, *partner;
  int64_t *work, *trygd;
  uint32_t *cstart;
} rows;

/* Random participants and others, including what the rule rejects: no birth
 * date, work income without minutes, more than full-time minutes, children
 * (a gap unless the context sets the supplement), turning 25 in the month. */
static void rows_make(rows *r, size_t n, uint64_t seed, int32_t month_first) {
  rng_state = seed;
  memset(r, 0, sizeof *r);
  vf_batch_in init = VF_BATCH_IN_INIT;
  r->in = init;
  r->n = r->in.n = n;
  r->in.birth = r->birth = calloc(n, sizeof(int32_t));
  r->in.kvp_work_minutes = r->minutes = calloc(n, sizeof(int32_t));
  r->in.kvp = r->kvp = calloc(n, 1);
  r->in.fact[VF_FACT_LIVES_WITH_PARTNER] = r->partner = calloc(n, 1);
  r->in.income[VF_INC_WORK] = r->work = calloc(n, sizeof(int64_t));
  r->in.income[VF_INC_TRYGD] = r->trygd = calloc(n, sizeof(int64_t));
  r->in.child_start = r->cstart = calloc(n + 1, sizeof(uint32_t));
  r->in.child_birth = r->cbirth = calloc(n * 2 + 1, sizeof(int32_t));
  uint32_t c = 0;
  for (size_t i = 0; i < n; i++) {
    r->cstart[i] = c;
    uint32_t kind = rnd(40);
    if (kind == 0) r->birth[i] = VF_BATCH_NO_DATE;
    else if (kind < 4) /* turns 25 within about a month of the first */
      r->birth[i] = month_first - 25 * 365 - 6 - 40 + (int32_t)rnd(80);
    else r->birth[i] = month_first - 18 * 366 - (int32_t)rnd(45 * 365);
    r->kvp[i] = rnd(3) != 0;
    r->partner[i] = VF_NO;
    r->minutes[i] = rnd(3) ? 0 : (int32_t)rnd(2400); /* some above 2 250 */
    r->work[i] = rnd(4) ? 0 : (int64_t)rnd(1500000);
    r->trygd[i] = rnd(4) ? 0 : (int64_t)rnd(2500000);
    unsigned kids = rnd(4) ? 0 : 1 + rnd(2);
    for (unsigned k = 0; k < kids; k++) /* 0..19 years old on the first */
      r->cbirth[c++] = month_first - (int32_t)rnd(20 * 365);
  }
  r->cstart[n] = c;
}

static void rows_free(rows *r) {
  free(r->birth);
  free(r->cbirth);
  free(r->minutes);
  free(r->kvp);
  free(r->partner);
  free(r->work);
  free(r->trygd);
  free(r->cstart);
}

static vf_client *row_client(const rows *r, size_t i) {
  vf_client *c;
  vf_date d;
  assert_int_equal(vf_client_new(&c, NULL), VF_OK);
  if (r->birth[i] != VF_BATCH_NO_DATE) {
    assert_int_equal(vf_date_from_days(r->birth[i], &d, NULL), VF_OK);
    assert_int_equal(vf_client_set_birth_date(c, d, NULL), VF_OK);
  }
  assert_int_equal(vf_client_set_fact(c, VF_FACT_LIVES_WITH_PARTNER, VF_NO, NULL), VF_OK);
  assert_int_equal(vf_client_set_income(c, VF_INC_WORK, r->work[i], NULL), VF_OK);
  assert_int_equal(vf_client_set_income(c, VF_INC_TRYGD, r->trygd[i], NULL), VF_OK);
  for (uint32_t k = r->cstart[i]; k < r->cstart[i + 1]; k++) {
    assert_int_equal(vf_date_from_days(r->cbirth[k], &d, NULL), VF_OK);
    assert_int_equal(vf_client_add_child(c, d, NULL), VF_OK);
  }
  return c;
}

typedef struct kouts {
  uint8_t *st, *kst;
  vf_money *benefit, *assistance;
  vf_batch_out o;
} kouts;

static void kouts_new(kouts *x, size_t n, int split) {
  vf_batch_out init = VF_BATCH_OUT_INIT;
  x->o = init;
  x->o.status = x->st = calloc(n, 1);
  x->kst = calloc(n, 1);
  x->o.kvp_status = split ? x->kst : NULL;
  x->o.kvp_benefit = x->benefit = calloc(n, sizeof(vf_money));
  x->o.assistance = x->assistance = calloc(n, sizeof(vf_money));
}

static void kouts_free(kouts *x) {
  free(x->st);
  free(x->kst);
  free(x->benefit);
  free(x->assistance);
}

/* Runs the batch with 1 and 2 threads, with and without kvp_status, and
 * compares every client with the single-client functions. */
static void compare(vf_ctx *ctx, int year, int month, size_t n, uint64_t seed, size_t *paid,
                    size_t *failed) {
  rows r;
  rows_make(&r, n, seed, DAYS(year, month, 1));
  kouts x[2][2]; /* [threads - 1][split] */
  vf_status bs[2][2];
  vf_error be[2][2];
  for (int t = 0; t < 2; t++)
    for (int sp = 0; sp < 2; sp++) {
      kouts_new(&x[t][sp], n, sp);
      bs[t][sp] = vf_batch_month(ctx, &r.in, year, month, &x[t][sp].o, t + 1, &be[t][sp]);
    }
  size_t first = SIZE_MAX;
  vf_status first_s = VF_OK;
  char first_msg[VF_ERROR_MESSAGE_SIZE] = "";
  for (size_t i = 0; i < n; i++) {
    vf_client *c = row_client(&r, i);
    vf_assistance_result ar;
    vf_kvp_benefit_result kr;
    vf_error ea, ek;
    vf_status sa = vf_assistance_month(ctx, c, year, month, &ar, NULL, &ea);
    vf_status sk = r.kvp[i] ? vf_kvp_benefit_month(ctx, c, year, month, r.minutes[i], &kr,
                                                  NULL, &ek) : VF_OK;
    vf_money want = r.kvp[i] && !sk ? kr.amount : 0;
    *paid += want > 0;
    *failed += sk != VF_OK;
    if ((sa || sk) && first == SIZE_MAX) {
      first = i;
      first_s = sa ? sa : sk;
      char msg[2 * VF_ERROR_MESSAGE_SIZE];
      snprintf(msg, sizeof msg, "client %zu: %s", i, sa ? ea.message : ek.message);
      msg[VF_ERROR_MESSAGE_SIZE - 1] = '\0';
      strcpy(first_msg, msg);
    }
    for (int t = 0; t < 2; t++) {
      /* split: each rule its own status and outputs */
      kouts *s = &x[t][1];
      assert_int_equal(s->st[i], sa);
      assert_int_equal(s->kst[i], sk);
      assert_int_equal(s->benefit[i], want);
      assert_int_equal(s->assistance[i], sa ? 0 : ar.assistance);
      /* combined: the first failure, every output 0 */
      kouts *u = &x[t][0];
      vf_status both = sa ? sa : sk;
      assert_int_equal(u->st[i], both);
      assert_int_equal(u->benefit[i], both ? 0 : want);
      assert_int_equal(u->assistance[i], both ? 0 : ar.assistance);
    }
    vf_client_free(c);
  }
  for (int t = 0; t < 2; t++)
    for (int sp = 0; sp < 2; sp++) {
      assert_int_equal(bs[t][sp], first_s);
      if (first_s) assert_string_equal(be[t][sp].message, first_msg);
      kouts_free(&x[t][sp]);
    }
  rows_free(&r);
}

static void same_as_single(void **state) {
  (void)state;
  vf_ctx *plain, *set;
  assert_int_equal(vf_ctx_new(&plain, "default", NULL), VF_OK);
  /* a context where the gaps have values and G and the child supplement
   * change in the middle of March 2022 (test figures, not sourced), so parts
   * split inside the month */
  assert_int_equal(vf_ctx_new(&set, "default", NULL), VF_OK);
  vf_date from = {2007, 11, 1}, mid = {2022, 3, 16};
  assert_int_equal(vf_ctx_set_param(set, "kvp.child_supplement", from, KR(27), 1, "test", NULL),
                   VF_OK);
  assert_int_equal(vf_ctx_set_param(set, "kvp.child_supplement", mid, KR(30), 1, "test", NULL),
                   VF_OK);
  assert_int_equal(vf_ctx_set_param(set, "kvp.full_rate_from_next_month", from, 1, 1, "test",
                                    NULL), VF_OK);
  assert_int_equal(vf_ctx_set_param(set, "g", mid, KR(108000), 1, "test", NULL), VF_OK);
  assert_int_equal(vf_ctx_set_param(set, "kvp.days_per_year", from, 260, 1, "test", NULL), VF_OK);
  size_t paid = 0, failed = 0;
  const int months[3][2] = {{2022, 3}, {2021, 5}, {2024, 2}};
  for (int m = 0; m < 3; m++) {
    compare(plain, months[m][0], months[m][1], 9000, 11 + (uint64_t)m, &paid, &failed);
    compare(set, months[m][0], months[m][1], 9000, 21 + (uint64_t)m, &paid, &failed);
  }
  /* the random rows exercise both outcomes */
  assert_true(paid > 10000);
  assert_true(failed > 1000);
  vf_ctx_free(plain);
  vf_ctx_free(set);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(hand_worked),
    cmocka_unit_test(benefit_only),
    cmocka_unit_test(same_as_single),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
