/* One context, many threads: 8 threads compute at once with the same const
 * vf_ctx over the same 100 000 clients and every result must equal the
 * single-threaded one. Each thread starts at a different client so that
 * threads touch the same data at the same time; some threads also clone the
 * shared context while the others compute (documented as safe). Run under
 * ThreadSanitizer in CI (scripts/test.sh), which reports any data race. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "velferd/velferd.h"
#include "velferd/rules.h"

#define NTHREADS 8
/* 100 000 unless VELFERD_THREAD_TEST_CLIENTS says otherwise: the valgrind run
 * uses fewer, since valgrind runs the threads one at a time anyway (the race
 * check is ThreadSanitizer's job, on the full size). */
static size_t nclients = 100000;

typedef struct result {
  vf_status status;
  vf_money a, b, c;
} result;

typedef struct job {
  vf_date on;
  vf_client *client;
} job;

static job *jobs;
static result *expected;
static const vf_ctx *shared;

/* Deterministic generator (xorshift64*), so a failure can be replayed. */
static uint64_t rng = 0x9E3779B97F4A7C15u;
static uint64_t next(void) {
  rng ^= rng >> 12; rng ^= rng << 25; rng ^= rng >> 27;
  return rng * 2685821657736338717u;
}
static int pick(int lo, int hi) { return lo + (int)(next() % (uint64_t)(hi - lo + 1)); }

/* Dates from 2010 to 2026, one in four on a 1 May (when G and the rates change)
 * or the day before. */
static vf_date some_date(void) {
  int y = pick(2010, 2026);
  switch (next() % 8) {
  case 0: return (vf_date){y, 5, 1};
  case 1: return (vf_date){y, 4, 30};
  default: {
    int m = pick(1, 12);
    return (vf_date){y, m, pick(1, vf_date_days_in_month(y, m))};
  }
  }
}

static vf_client *some_client(vf_date on) {
  /* Children are born before the first day of the month: the rule refuses
   * later ones (tested elsewhere). */
  vf_client *c;
  assert_int_equal(vf_client_new(&c, NULL), VF_OK);
  vf_date birth = {on.year - pick(18, 80), pick(1, 12), 1};
  birth.day = pick(1, vf_date_days_in_month(birth.year, birth.month));
  assert_int_equal(vf_client_set_birth_date(c, birth, NULL), VF_OK);
  assert_int_equal(vf_client_set_trygd(c, (vf_trygd)pick(0, 13), NULL), VF_OK);
  assert_int_equal(vf_client_set_civil_status(c, (vf_civil_status)pick(0, 5), NULL), VF_OK);
  for (int k = 0; k < VF_INC_KIND_COUNT; k++)
    if (k != VF_INC_PARTNER && k != VF_INC_CHILD_BENEFIT && next() % 3 == 0)
      assert_int_equal(vf_client_set_income(c, (vf_income_kind)k, pick(0, 3000000), NULL), VF_OK);
  for (int k = 0; k < VF_HOUSING_KIND_COUNT; k++)
    assert_int_equal(vf_client_set_housing(c, (vf_housing_kind)k, pick(0, 1500000), NULL), VF_OK);
  int kids = pick(0, 3) == 0 ? pick(1, 4) : 0;
  for (int k = 0; k < kids; k++) {
    vf_date kb = {on.year - pick(1, 17), pick(1, 12), 1};
    assert_int_equal(vf_client_add_child(c, kb, NULL), VF_OK);
  }
  return c;
}

/* The computation checked: the economic assistance for the client's month
 * (vf_assistance_month, which reads some ten parameters from the shared
 * context), plus a direct parameter lookup on the exact date. */
static result compute(const vf_ctx *ctx, const job *j) {
  result r = {VF_OK, 0, 0, 0};
  vf_error e;
  vf_assistance_result a;
  r.status = vf_assistance_month(ctx, j->client, j->on.year, j->on.month, &a, NULL, &e);
  if (r.status == VF_OK) {
    r.a = a.assistance;
    r.b = a.norm + a.housing - a.income;
  }
  if (vf_param_money(ctx, "g", j->on, &r.c, &e)) r.c = -1;
  return r;
}

static int same(const result *x, const result *y) {
  return x->status == y->status && x->a == y->a && x->b == y->b && x->c == y->c;
}

typedef struct worker {
  int index;
  size_t mismatches;
} worker;

static void *run(void *arg) {
  worker *w = arg;
  size_t start = (size_t)w->index * (nclients / NTHREADS);
  for (size_t k = 0; k < nclients; k++) {
    size_t i = (start + k) % nclients;
    result r = compute(shared, &jobs[i]);
    if (!same(&r, &expected[i])) w->mismatches++;
    /* Odd threads clone the shared context now and then, as a what-if
     * scenario would, while the others compute with it. */
    if (w->index % 2 && k % 5000 == 0) {
      vf_ctx *scenario;
      if (vf_ctx_clone(&scenario, shared, NULL) != VF_OK) w->mismatches++;
      else {
        if (vf_ctx_set_param(scenario, "g", (vf_date){2030, 5, 1}, 99900000, 1, "what-if", NULL))
          w->mismatches++;
        vf_ctx_free(scenario);
      }
    }
  }
  return NULL;
}

static void eight_threads_match_one(void **state) {
  (void)state;
  const char *env = getenv("VELFERD_THREAD_TEST_CLIENTS");
  if (env && atoi(env) >= NTHREADS) nclients = (size_t)atoi(env);
  print_message("%zu clients, %d threads\n", nclients, NTHREADS);
  vf_ctx *ctx;
  assert_int_equal(vf_ctx_new(&ctx, NULL, NULL), VF_OK);
  shared = ctx;
  jobs = calloc(nclients, sizeof *jobs);
  expected = calloc(nclients, sizeof *expected);
  assert_non_null(jobs);
  assert_non_null(expected);
  for (size_t i = 0; i < nclients; i++) {
    jobs[i].on = some_date();
    jobs[i].client = some_client(jobs[i].on);
  }
  size_t ok = 0;
  for (size_t i = 0; i < nclients; i++) {
    expected[i] = compute(ctx, &jobs[i]);
    ok += expected[i].status == VF_OK;
  }
  /* Enough clients must be computable (months without sourced guideline
   * rates fail alike everywhere), or the comparison would compare errors. */
  print_message("%zu of %zu clients computable on their month\n", ok, nclients);
  assert_true(ok > nclients / 3);

  pthread_t t[NTHREADS];
  worker w[NTHREADS];
  for (int i = 0; i < NTHREADS; i++) {
    w[i] = (worker){i, 0};
    assert_int_equal(pthread_create(&t[i], NULL, run, &w[i]), 0);
  }
  size_t mismatches = 0;
  for (int i = 0; i < NTHREADS; i++) {
    assert_int_equal(pthread_join(t[i], NULL), 0);
    mismatches += w[i].mismatches;
  }
  assert_int_equal(mismatches, 0);

  for (size_t i = 0; i < nclients; i++) vf_client_free(jobs[i].client);
  free(jobs);
  free(expected);
  vf_ctx_free(ctx);
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(eight_threads_match_one)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
