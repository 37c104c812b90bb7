/* The batch (velferd/batch.h): hand-worked rows, bad input, and the same
 * results as vf_assistance_month() client by client, whatever the thread
 * count. Rates used (data/params, in force on 2022-03-01): guideline.single
 * 6 550, couple 10 950, child_0_5 3 200, child_6_10 3 300 (from 2022-01-01);
 * minimum_pension.single 224 878 a year (from 2021-07-01); Bergen profile:
 * rule80.enabled 1, fraction 4/5, permanent for old_age; child benefit is
 * counted as income before 2022-09-01. */
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

/* Output columns for n clients, all asked for. */
typedef struct outs {
  vf_batch_out o;
  uint8_t *status, *household, *applies;
  vf_money *m[7];
} outs;

static void outs_new(outs *x, size_t n) {
  vf_batch_out init = VF_BATCH_OUT_INIT;
  x->o = init;
  x->o.status = x->status = calloc(n, 1);
  x->o.household = x->household = calloc(n, 1);
  x->o.rule80_applies = x->applies = calloc(n, 1);
  for (int k = 0; k < 7; k++) x->m[k] = calloc(n, sizeof(vf_money));
  x->o.norm = x->m[0];
  x->o.housing = x->m[1];
  x->o.income = x->m[2];
  x->o.income_exempt = x->m[3];
  x->o.ordinary = x->m[4];
  x->o.rule80_supplement = x->m[5];
  x->o.assistance = x->m[6];
}

static void outs_free(outs *x) {
  free(x->status);
  free(x->household);
  free(x->applies);
  for (int k = 0; k < 7; k++) free(x->m[k]);
}

/* Four clients in Bergen, March 2022:
 * 0: single, work income 5 000, rent 8 000, electricity 1 000:
 *    6 550 + 9 000 - 5 000 = 10 550 kr.
 * 1: couple; children born 2016-03-01 (6 on 2022-03-01: rate 6-10, 3 300) and
 *    2016-03-02 (still 5: rate 0-5, 3 200); rent 12 000 + electricity 1 500 +
 *    other 500 = 14 000; income work 20 000 + partner 8 000 + child benefit
 *    2 000 (counted before 2022-09) = 30 000; norm 10 950 + 3 300 + 3 200 =
 *    17 450; 17 450 + 14 000 - 30 000 = 1 450 kr.
 * 2: single old-age pensioner, trygd 15 000, rent 9 000, electricity 1 000:
 *    ordinary 6 550 + 10 000 - 15 000 = 1 550 kr; 80 % rule: level
 *    22 487 800 / 12 = 1 873 983.33 -> 1 873 983 øre, minimum 4/5 of it =
 *    1 499 186.4 -> 1 499 186 øre, supplement 1 499 186 + 900 000 + 100 000
 *    - 1 500 000 = 999 186 øre, more than the ordinary 155 000 øre.
 * 3: negative work income: VF_E_RANGE, outputs 0. */
static void hand_worked(void **state) {
  (void)state;
  vf_ctx *ctx;
  assert_int_equal(vf_ctx_new(&ctx, "bergen", NULL), VF_OK);
  int32_t birth[4] = {DAYS(1980, 1, 1), DAYS(1985, 6, 15), DAYS(1950, 3, 10), DAYS(1990, 1, 1)};
  uint8_t trygd[4] = {VF_TRYGD_NONE, VF_TRYGD_NONE, VF_TRYGD_OLD_AGE, VF_TRYGD_NONE};
  uint8_t partner[4] = {VF_NO, VF_YES, VF_NO, VF_NO};
  int64_t work[4] = {KR(5000), KR(20000), 0, -5};
  int64_t trygd_inc[4] = {0, 0, KR(15000), 0};
  int64_t partner_inc[4] = {0, KR(8000), 0, 0};
  int64_t child_ben[4] = {0, KR(2000), 0, 0};
  int64_t rent[4] = {KR(8000), KR(12000), KR(9000), KR(7000)};
  int64_t el[4] = {KR(1000), KR(1500), KR(1000), 0};
  int64_t other[4] = {0, KR(500), 0, 0};
  uint32_t cstart[5] = {0, 0, 2, 2, 2};
  int32_t cbirth[2] = {DAYS(2016, 3, 1), DAYS(2016, 3, 2)};
  vf_batch_in in = VF_BATCH_IN_INIT;
  in.n = 4;
  in.birth = birth;
  in.trygd = trygd;
  in.fact[VF_FACT_LIVES_WITH_PARTNER] = partner;
  in.income[VF_INC_WORK] = work;
  in.income[VF_INC_TRYGD] = trygd_inc;
  in.income[VF_INC_PARTNER] = partner_inc;
  in.income[VF_INC_CHILD_BENEFIT] = child_ben;
  in.housing[VF_HOUSING_RENT] = rent;
  in.housing[VF_HOUSING_ELECTRICITY] = el;
  in.housing[VF_HOUSING_OTHER] = other;
  in.child_start = cstart;
  in.child_birth = cbirth;
  outs x;
  outs_new(&x, 4);
  vf_error e;
  assert_int_equal(vf_batch_month(ctx, &in, 2022, 3, &x.o, 1, &e), VF_E_RANGE);
  assert_string_equal(e.message, "client 3: income[work]: -5 is negative");
  assert_string_equal(e.field, "income");
  assert_int_equal(x.status[0], VF_OK);
  assert_int_equal(x.status[1], VF_OK);
  assert_int_equal(x.status[2], VF_OK);
  assert_int_equal(x.status[3], VF_E_RANGE);
  assert_int_equal(x.o.assistance[0], KR(10550));
  assert_int_equal(x.household[1], VF_HOUSEHOLD_COUPLE);
  assert_int_equal(x.o.norm[1], KR(17450));
  assert_int_equal(x.o.housing[1], KR(14000));
  assert_int_equal(x.o.income[1], KR(30000));
  assert_int_equal(x.o.assistance[1], KR(1450));
  assert_int_equal(x.o.ordinary[2], KR(1550));
  assert_int_equal(x.applies[2], 1);
  assert_int_equal(x.o.rule80_supplement[2], 999186);
  assert_int_equal(x.o.assistance[2], 999186);
  assert_int_equal(x.o.assistance[3], 0);
  outs_free(&x);
  vf_ctx_free(ctx);
}

/* No children columns at all (both NULL, as batch.h allows): the hand-worked
 * clients 0 and 2 above, which have no children, give the same results:
 * 10 550 kr and the 80 % rule's 999 186 øre. (The fast path once offset the
 * NULL child_birth, undefined behaviour that clang's UBSan reports.) */
static void no_children_columns(void **state) {
  (void)state;
  vf_ctx *ctx;
  assert_int_equal(vf_ctx_new(&ctx, "bergen", NULL), VF_OK);
  int32_t birth[2] = {DAYS(1980, 1, 1), DAYS(1950, 3, 10)};
  uint8_t trygd[2] = {VF_TRYGD_NONE, VF_TRYGD_OLD_AGE};
  int64_t work[2] = {KR(5000), 0};
  int64_t trygd_inc[2] = {0, KR(15000)};
  int64_t rent[2] = {KR(8000), KR(9000)};
  int64_t el[2] = {KR(1000), KR(1000)};
  vf_batch_in in = VF_BATCH_IN_INIT;
  in.n = 2;
  in.birth = birth;
  in.trygd = trygd;
  in.income[VF_INC_WORK] = work;
  in.income[VF_INC_TRYGD] = trygd_inc;
  in.housing[VF_HOUSING_RENT] = rent;
  in.housing[VF_HOUSING_ELECTRICITY] = el;
  outs x;
  outs_new(&x, 2);
  vf_error e;
  assert_int_equal(vf_batch_month(ctx, &in, 2022, 3, &x.o, 1, &e), VF_OK);
  assert_int_equal(x.o.assistance[0], KR(10550));
  assert_int_equal(x.o.assistance[1], 999186);
  outs_free(&x);
  vf_ctx_free(ctx);
}

static void bad_arguments(void **state) {
  (void)state;
  vf_ctx *ctx;
  assert_int_equal(vf_ctx_new(&ctx, NULL, NULL), VF_OK);
  vf_batch_in in = VF_BATCH_IN_INIT;
  vf_batch_out out = VF_BATCH_OUT_INIT;
  vf_money a[2] = {7, 7};
  out.assistance = a;
  in.n = 2;
  vf_error e;
  assert_int_equal(vf_batch_month(NULL, &in, 2022, 3, &out, 1, &e), VF_E_INVALID_ARG);
  assert_int_equal(vf_batch_month(ctx, NULL, 2022, 3, &out, 1, &e), VF_E_INVALID_ARG);
  assert_int_equal(vf_batch_month(ctx, &in, 2022, 3, NULL, 1, &e), VF_E_INVALID_ARG);
  assert_int_equal(vf_batch_month(ctx, &in, 2022, 13, &out, 1, &e), VF_E_DATE);
  assert_int_equal(vf_batch_month(ctx, &in, 2022, 3, &out, -1, &e), VF_E_INVALID_ARG);
  assert_string_equal(e.field, "threads");
  assert_int_equal(vf_batch_month(ctx, &in, 2022, 3, &out, VF_BATCH_MAX_THREADS + 1, &e),
                   VF_E_INVALID_ARG);
  vf_batch_in small = in;
  small.size = sizeof(size_t);
  assert_int_equal(vf_batch_month(ctx, &small, 2022, 3, &out, 1, &e), VF_E_INVALID_ARG);
  assert_string_equal(e.field, "size");
  uint32_t start[3] = {1, 1, 1};
  int32_t kids[1] = {DAYS(2020, 1, 1)};
  in.child_start = start;
  assert_int_equal(vf_batch_month(ctx, &in, 2022, 3, &out, 1, &e), VF_E_INVALID_ARG);
  assert_string_equal(e.field, "child_start"); /* child_birth missing */
  in.child_birth = kids;
  assert_int_equal(vf_batch_month(ctx, &in, 2022, 3, &out, 1, &e), VF_E_INVALID_ARG);
  assert_non_null(strstr(e.message, "child_start[0] is 1"));
  /* nothing was written by a rejected call */
  assert_int_equal(a[0], 7);
  assert_int_equal(a[1], 7);

  /* bad rows: each fails alone, naming the row and column */
  uint32_t start2[3] = {0, 33, 33};
  int32_t many[33];
  for (int k = 0; k < 33; k++) many[k] = DAYS(2020, 1, 1);
  uint8_t civil[2] = {VF_CIVIL_MARRIED, 6};
  uint8_t status[2];
  in.child_start = start2;
  in.child_birth = many;
  in.civil_status = civil;
  out.status = status;
  assert_int_equal(vf_batch_month(ctx, &in, 2022, 3, &out, 1, &e), VF_E_RANGE);
  assert_string_equal(e.message, "client 0: child_start: 33 children, more than 32");
  assert_int_equal(status[0], VF_E_RANGE);
  assert_int_equal(status[1], VF_E_UNKNOWN_CODE);
  int32_t birth[2] = {DAYS(2022, 3, 2), DAYS(1990, 1, 1)};
  uint32_t none[3] = {0, 0, 0};
  in.child_start = none;
  civil[1] = VF_CIVIL_UNMARRIED;
  in.birth = birth;
  assert_int_equal(vf_batch_month(ctx, &in, 2022, 3, &out, 1, &e), VF_E_DATE);
  assert_string_equal(e.message, "client 0: birth_date: the client is born 2022-03-02, after "
                                 "the calculation date 2022-03-01");
  assert_int_equal(status[1], VF_OK);
  assert_int_equal(a[1], KR(6550)); /* single, nothing else: the norm */
  vf_ctx_free(ctx);
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
  int32_t *birth, *cbirth;
  uint8_t *civil, *trygd, *fact[VF_FACT_COUNT];
  int64_t *income[VF_INC_KIND_COUNT], *housing[VF_HOUSING_KIND_COUNT];
  uint32_t *cstart;
} rows;

/* Random clients, valid as vf_client values, including ones the rules reject
 * (partner income without a partner, children aged 18, born after the month,
 * unset birth dates). Children are born 1999..2025. */
static void rows_make(rows *r, size_t n, uint64_t seed) {
  rng_state = seed;
  memset(r, 0, sizeof *r);
  vf_batch_in init = VF_BATCH_IN_INIT;
  r->in = init;
  r->n = r->in.n = n;
  r->in.birth = r->birth = calloc(n, sizeof(int32_t));
  r->in.civil_status = r->civil = calloc(n, 1);
  r->in.trygd = r->trygd = calloc(n, 1);
  for (int k = 0; k < VF_FACT_COUNT; k++) r->in.fact[k] = r->fact[k] = calloc(n, 1);
  for (int k = 0; k < VF_INC_KIND_COUNT; k++)
    r->in.income[k] = r->income[k] = calloc(n, sizeof(int64_t));
  for (int k = 0; k < VF_HOUSING_KIND_COUNT; k++)
    r->in.housing[k] = r->housing[k] = calloc(n, sizeof(int64_t));
  r->in.child_start = r->cstart = calloc(n + 1, sizeof(uint32_t));
  r->in.child_birth = r->cbirth = calloc(n * 4 + 1, sizeof(int32_t));
  uint32_t c = 0;
  for (size_t i = 0; i < n; i++) {
    r->cstart[i] = c;
    r->birth[i] = rnd(50) ? DAYS(1930, 1, 1) + (int32_t)rnd(34000) : VF_BATCH_NO_DATE;
    r->civil[i] = (uint8_t)rnd(6);
    r->trygd[i] = (uint8_t)rnd(14);
    for (int k = 0; k < VF_FACT_COUNT; k++) r->fact[k][i] = (uint8_t)rnd(3);
    for (int k = 0; k < VF_INC_KIND_COUNT; k++)
      r->income[k][i] = rnd(3) ? 0 : (int64_t)rnd(3000000);
    if (rnd(4)) r->income[VF_INC_PARTNER][i] = 0;
    if (rnd(2)) r->income[VF_INC_CHILD_BENEFIT][i] = 0;
    for (int k = 0; k < VF_HOUSING_KIND_COUNT; k++)
      r->housing[k][i] = rnd(4) ? (int64_t)rnd(1500000) : 0;
    unsigned kids = rnd(3) ? 0 : rnd(5);
    for (unsigned k = 0; k < kids; k++) r->cbirth[c++] = DAYS(1999, 1, 1) + (int32_t)rnd(9800);
  }
  r->cstart[n] = c;
}

static void rows_free(rows *r) {
  free(r->birth);
  free(r->cbirth);
  free(r->civil);
  free(r->trygd);
  for (int k = 0; k < VF_FACT_COUNT; k++) free(r->fact[k]);
  for (int k = 0; k < VF_INC_KIND_COUNT; k++) free(r->income[k]);
  for (int k = 0; k < VF_HOUSING_KIND_COUNT; k++) free(r->housing[k]);
  free(r->cstart);
}

static void row_client(const rows *r, size_t i, vf_client *c) {
  vf_date d;
  if (r->birth[i] != VF_BATCH_NO_DATE) {
    assert_int_equal(vf_date_from_days(r->birth[i], &d, NULL), VF_OK);
    assert_int_equal(vf_client_set_birth_date(c, d, NULL), VF_OK);
  }
  assert_int_equal(vf_client_set_civil_status(c, (vf_civil_status)r->civil[i], NULL), VF_OK);
  assert_int_equal(vf_client_set_trygd(c, (vf_trygd)r->trygd[i], NULL), VF_OK);
  for (int k = 0; k < VF_FACT_COUNT; k++)
    assert_int_equal(vf_client_set_fact(c, (vf_fact)k, (vf_tristate)r->fact[k][i], NULL), VF_OK);
  for (int k = 0; k < VF_INC_KIND_COUNT; k++)
    assert_int_equal(vf_client_set_income(c, (vf_income_kind)k, r->income[k][i], NULL), VF_OK);
  for (int k = 0; k < VF_HOUSING_KIND_COUNT; k++)
    assert_int_equal(vf_client_set_housing(c, (vf_housing_kind)k, r->housing[k][i], NULL), VF_OK);
  for (uint32_t k = r->cstart[i]; k < r->cstart[i + 1]; k++) {
    assert_int_equal(vf_date_from_days(r->cbirth[k], &d, NULL), VF_OK);
    assert_int_equal(vf_client_add_child(c, d, NULL), VF_OK);
  }
}

/* Runs the batch (2 threads) on every row and checks each client against
 * vf_assistance_month(); counts failed and paid clients. */
static void compare_with_single(vf_ctx *ctx, const rows *r, int year, int month,
                                size_t *failures, size_t *paid) {
  size_t n = r->n;
  outs x;
  outs_new(&x, n);
  vf_error be;
  vf_status bs = vf_batch_month(ctx, &r->in, year, month, &x.o, 2, &be);
  size_t first = SIZE_MAX;
  for (size_t i = 0; i < n; i++) {
    vf_client *c;
    assert_int_equal(vf_client_new(&c, NULL), VF_OK);
    row_client(r, i, c);
    vf_assistance_result res;
    vf_error e;
    vf_status s = vf_assistance_month(ctx, c, year, month, &res, NULL, &e);
    assert_int_equal(x.status[i], s);
    if (s) {
      (*failures)++;
      if (first == SIZE_MAX) {
        first = i;
        char msg[2 * VF_ERROR_MESSAGE_SIZE];
        snprintf(msg, sizeof msg, "client %zu: %s", i, e.message);
        msg[VF_ERROR_MESSAGE_SIZE - 1] = '\0'; /* as vf_error truncates it */
        assert_string_equal(be.message, msg);
        assert_int_equal(bs, s);
      }
      assert_int_equal(x.o.assistance[i], 0);
    } else {
      *paid += res.assistance > 0;
      assert_int_equal(x.household[i], res.household);
      assert_int_equal(x.o.norm[i], res.norm);
      assert_int_equal(x.o.housing[i], res.housing);
      assert_int_equal(x.o.income[i], res.income);
      assert_int_equal(x.o.income_exempt[i], res.income_exempt);
      assert_int_equal(x.o.ordinary[i], res.ordinary);
      assert_int_equal(x.applies[i], res.rule80_applies);
      assert_int_equal(x.o.rule80_supplement[i], res.rule80_supplement);
      assert_int_equal(x.o.assistance[i], res.assistance);
    }
    vf_client_free(c);
  }
  if (first == SIZE_MAX) assert_int_equal(bs, VF_OK);
  outs_free(&x);
}

static void same_as_single(void **state) {
  (void)state;
  const char *profiles[2] = {"default", "bergen"};
  const int months[3][2] = {{2022, 3}, {2021, 9}, {2024, 6}};
  size_t n = 3000, failures = 0, paid = 0;
  rows r;
  rows_make(&r, n, 42);
  for (int p = 0; p < 2; p++) {
    vf_ctx *ctx;
    assert_int_equal(vf_ctx_new(&ctx, profiles[p], NULL), VF_OK);
    for (int mo = 0; mo < 3; mo++) compare_with_single(ctx, &r, months[mo][0], months[mo][1],
                                                       &failures, &paid);
    vf_ctx_free(ctx);
  }
  /* the random rows exercise both outcomes */
  assert_true(failures > 100);
  assert_true(paid > 1000);
  rows_free(&r);
}

/* As same_as_single, with the amount columns in one allocation, each a
 * multiple of 4096 bytes from the next: a row's entries of all of them then
 * fall on the same cache set (page-aligned columns, as large allocations
 * are): the layout for which the fast path once copied them. */
static void same_as_single_colliding(void **state) {
  (void)state;
  size_t n = 3000, failures = 0, paid = 0;
  size_t stride = (n * sizeof(int64_t) + 4095) / 4096 * 4096;
  rows r;
  rows_make(&r, n, 43);
  char *buf = malloc(11 * stride + 4096);
  assert_non_null(buf);
  char *base = buf + (4096 - (uintptr_t)buf % 4096) % 4096;
  for (int k = 0; k < VF_INC_KIND_COUNT + VF_HOUSING_KIND_COUNT; k++) {
    int64_t *col = (int64_t *)(void *)(base + (size_t)k * stride);
    const int64_t *from = k < VF_INC_KIND_COUNT ? r.income[k] : r.housing[k - VF_INC_KIND_COUNT];
    memcpy(col, from, n * sizeof(int64_t));
    if (k < VF_INC_KIND_COUNT) r.in.income[k] = col;
    else r.in.housing[k - VF_INC_KIND_COUNT] = col;
  }
  const char *profiles[2] = {"default", "bergen"};
  for (int p = 0; p < 2; p++) {
    vf_ctx *ctx;
    assert_int_equal(vf_ctx_new(&ctx, profiles[p], NULL), VF_OK);
    compare_with_single(ctx, &r, 2022, 3, &failures, &paid);
    vf_ctx_free(ctx);
  }
  assert_true(failures > 30);
  assert_true(paid > 300);
  free(buf);
  rows_free(&r);
}

static void set(vf_ctx *ctx, const char *name, int64_t num) {
  vf_error e;
  vf_status s = vf_ctx_set_param(ctx, name, (vf_date){1990, 1, 1}, num, 1, "test", &e);
  if (s) fail_msg("%s: %s", name, e.message);
}

/* The batch's fast path (lib/batch_fast.h) against the single-client rule
 * where it could differ: municipal norms and a rent cap (settings no
 * shipped profile has), amounts too large for it (2^56 øre and more, left
 * to the kernels), a rate beyond its bound (the whole month left to the
 * kernels), and a parameter without a value (every client fails). */
static void fast_path_edges(void **state) {
  (void)state;
  size_t n = 3000, failures = 0, paid = 0;
  rows r;
  rows_make(&r, n, 99);
  for (size_t i = 0; i < n; i += 37) r.income[VF_INC_OTHER][i] = (int64_t)1 << 56;
  for (size_t i = 5; i < n; i += 101) r.housing[VF_HOUSING_RENT][i] = INT64_MAX / 2;
  for (size_t i = 9; i < n; i += 211) r.income[VF_INC_WORK][i] = INT64_MAX;
  vf_ctx *ctx;
  assert_int_equal(vf_ctx_new(&ctx, "bergen", NULL), VF_OK);
  set(ctx, "municipal.own_norm", 1);
  set(ctx, "municipal.norm.single", KR(7000));
  set(ctx, "municipal.norm.couple", KR(11500));
  set(ctx, "municipal.norm.sharing", KR(5800));
  set(ctx, "municipal.norm.child_0_5", KR(3400));
  set(ctx, "municipal.norm.child_6_10", KR(3500));
  set(ctx, "municipal.norm.child_11_17", KR(4500));
  set(ctx, "municipal.rent_cap.enabled", 1);
  set(ctx, "municipal.rent_cap.single", KR(8000));
  set(ctx, "municipal.rent_cap.couple", KR(10000));
  set(ctx, "municipal.rent_cap.per_child", KR(1000));
  compare_with_single(ctx, &r, 2022, 3, &failures, &paid);
  compare_with_single(ctx, &r, 2024, 6, &failures, &paid);
  size_t paid_capped = paid;
  assert_true(paid_capped > 1000);
  set(ctx, "municipal.norm.sharing", ((int64_t)1 << 40) + 1); /* beyond the fast path's bound */
  compare_with_single(ctx, &r, 2024, 6, &failures, &paid);
  assert_true(paid > paid_capped + 300);
  vf_ctx_free(ctx);
  /* municipal norms asked for but not set (a gap): every client fails with
   * the single-client call's error */
  assert_int_equal(vf_ctx_new(&ctx, "default", NULL), VF_OK);
  set(ctx, "municipal.own_norm", 1);
  size_t before = failures;
  compare_with_single(ctx, &r, 2022, 3, &failures, &paid);
  assert_int_equal(failures - before, n);
  vf_ctx_free(ctx);
  rows_free(&r);
}

static void threads_identical(void **state) {
  (void)state;
  vf_ctx *ctx;
  assert_int_equal(vf_ctx_new(&ctx, "bergen", NULL), VF_OK);
  size_t n = 50000; /* enough for every thread count to split the work */
  rows r;
  rows_make(&r, n, 7);
  outs ref;
  outs_new(&ref, n);
  vf_error e1;
  vf_status s1 = vf_batch_month(ctx, &r.in, 2022, 3, &ref.o, 1, &e1);
  assert_int_not_equal(s1, VF_OK); /* some rows are rejected on purpose */
  const int counts[3] = {2, 3, 8};
  for (int t = 0; t < 3; t++) {
    outs x;
    outs_new(&x, n);
    vf_error e;
    assert_int_equal(vf_batch_month(ctx, &r.in, 2022, 3, &x.o, counts[t], &e), s1);
    assert_string_equal(e.message, e1.message);
    assert_memory_equal(x.status, ref.status, n);
    assert_memory_equal(x.household, ref.household, n);
    assert_memory_equal(x.applies, ref.applies, n);
    for (int k = 0; k < 7; k++) assert_memory_equal(x.m[k], ref.m[k], n * sizeof(vf_money));
    outs_free(&x);
  }
  outs_free(&ref);
  rows_free(&r);
  vf_ctx_free(ctx);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(hand_worked),
    cmocka_unit_test(no_children_columns),
    cmocka_unit_test(bad_arguments),
    cmocka_unit_test(same_as_single),
    cmocka_unit_test(same_as_single_colliding),
    cmocka_unit_test(fast_path_edges),
    cmocka_unit_test(threads_identical),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
