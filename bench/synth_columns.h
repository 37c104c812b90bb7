/* Synthetic batch columns for the benchmark and the batch tests: a
 * deterministic function of (seed, client index), so any N, any split and any
 * thread count give the same clients. Header-only; not installed. */
#ifndef VELFERD_BENCH_SYNTH_COLUMNS_H
#define VELFERD_BENCH_SYNTH_COLUMNS_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "velferd/batch.h"

typedef struct synth_columns {
  vf_batch_in in;
  int32_t *birth;
  uint8_t *civil, *trygd;
  uint8_t *fact[VF_FACT_COUNT];
  int64_t *income[VF_INC_KIND_COUNT];
  int64_t *housing[VF_HOUSING_KIND_COUNT];
  uint32_t *child_start;
  int32_t *child_birth;
  uint8_t *kvp;        /* qualification programme participant */
  int32_t *kvp_minutes; /* minutes of paid work a week */
} synth_columns;

static inline uint64_t synth_mix(uint64_t x) { /* splitmix64 finaliser */
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

/* Uniform in [0, m) from stream k of client i. */
static inline uint32_t synth_pick(uint64_t seed, size_t i, unsigned k, uint32_t m) {
  return (uint32_t)((synth_mix(seed ^ synth_mix((uint64_t)i * 64 + k)) >> 32) % m);
}

static inline void synth_columns_free(synth_columns *s) {
  free(s->birth);
  free(s->civil);
  free(s->trygd);
  for (int k = 0; k < VF_FACT_COUNT; k++) free(s->fact[k]);
  for (int k = 0; k < VF_INC_KIND_COUNT; k++) free(s->income[k]);
  for (int k = 0; k < VF_HOUSING_KIND_COUNT; k++) free(s->housing[k]);
  free(s->child_start);
  free(s->child_birth);
  free(s->kvp);
  free(s->kvp_minutes);
  memset(s, 0, sizeof *s);
}

/* Clients aged 18..79 on @p on_day, household facts, 0..4 children aged
 * 0..17, a mix of incomes and housing costs typical of assistance cases.
 * Columns of incomes that the generator leaves at zero for everybody are
 * still allocated, so every run reads the same bytes. Returns 0 on success. */
static inline int synth_columns_make(synth_columns *s, size_t n, uint64_t seed, int32_t on_day) {
  memset(s, 0, sizeof *s);
  vf_batch_in init = VF_BATCH_IN_INIT;
  s->in = init;
  s->in.n = n;
  int ok = (s->birth = malloc((n ? n : 1) * sizeof *s->birth)) != NULL;
  ok &= (s->civil = malloc(n ? n : 1)) != NULL;
  ok &= (s->trygd = malloc(n ? n : 1)) != NULL;
  for (int k = 0; k < VF_FACT_COUNT; k++) ok &= (s->fact[k] = malloc(n ? n : 1)) != NULL;
  for (int k = 0; k < VF_INC_KIND_COUNT; k++)
    ok &= (s->income[k] = malloc((n ? n : 1) * sizeof(int64_t))) != NULL;
  for (int k = 0; k < VF_HOUSING_KIND_COUNT; k++)
    ok &= (s->housing[k] = malloc((n ? n : 1) * sizeof(int64_t))) != NULL;
  ok &= (s->child_start = malloc((n + 1) * sizeof *s->child_start)) != NULL;
  ok &= (s->kvp = malloc(n ? n : 1)) != NULL;
  ok &= (s->kvp_minutes = malloc((n ? n : 1) * sizeof *s->kvp_minutes)) != NULL;
  size_t nchild = 0;
  if (ok) {
    for (size_t i = 0; i < n; i++) {
      uint32_t r = synth_pick(seed, i, 0, 100); /* 55 % none, 15 % 1, 15 % 2, 10 % 3, 5 % 4 */
      nchild += r < 55 ? 0 : r < 70 ? 1 : r < 85 ? 2 : r < 95 ? 3 : 4;
    }
    ok &= (s->child_birth = malloc((nchild ? nchild : 1) * sizeof *s->child_birth)) != NULL;
  }
  if (!ok) { synth_columns_free(s); return -1; }
  size_t c = 0;
  for (size_t i = 0; i < n; i++) {
    s->child_start[i] = (uint32_t)c;
    uint32_t r = synth_pick(seed, i, 0, 100);
    unsigned kids = r < 55 ? 0 : r < 70 ? 1 : r < 85 ? 2 : r < 95 ? 3 : 4;
    for (unsigned k = 0; k < kids; k++)
      s->child_birth[c++] = on_day - 1 - (int32_t)synth_pick(seed, i, 40 + k, 18 * 365);
    s->birth[i] = on_day - 18 * 366 - (int32_t)synth_pick(seed, i, 1, 62 * 365);
    for (int k = 0; k < VF_FACT_COUNT; k++) s->fact[k][i] = (uint8_t)synth_pick(seed, i, 2 + k, 3);
    /* facts that decide the household: mostly known */
    s->fact[VF_FACT_LIVES_WITH_PARTNER][i] = synth_pick(seed, i, 10, 10) < 3 ? VF_YES : VF_NO;
    s->fact[VF_FACT_SHARES_HOME][i] = synth_pick(seed, i, 11, 10) < 1 ? VF_YES : VF_NO;
    s->civil[i] = (uint8_t)synth_pick(seed, i, 8, 6);
    /* trygd: a third none; disability and old age (the 80 % rule's
     * permanent benefits) a fifth; the rest spread over the other codes */
    uint32_t t = synth_pick(seed, i, 9, 15);
    s->trygd[i] = (uint8_t)(t < 5 ? VF_TRYGD_NONE : t - 1);
    for (int k = 0; k < VF_INC_KIND_COUNT; k++) {
      /* about a third of clients have each kind of income, up to 25 000 kr */
      int has = synth_pick(seed, i, 12 + k, 3) == 0;
      s->income[k][i] = has ? (int64_t)synth_pick(seed, i, 20 + k, 2500000) : 0;
    }
    /* only couples have a partner's income, only parents child benefit */
    if (s->fact[VF_FACT_LIVES_WITH_PARTNER][i] != VF_YES) s->income[VF_INC_PARTNER][i] = 0;
    if (!kids) s->income[VF_INC_CHILD_BENEFIT][i] = 0;
    s->housing[VF_HOUSING_RENT][i] = 200000 + (int64_t)synth_pick(seed, i, 30, 1600000);
    s->housing[VF_HOUSING_ELECTRICITY][i] = (int64_t)synth_pick(seed, i, 31, 300000);
    s->housing[VF_HOUSING_OTHER][i] = synth_pick(seed, i, 32, 4) == 0
                                          ? (int64_t)synth_pick(seed, i, 33, 100000) : 0;
    /* one in twenty in the qualification programme; those with work income
     * work 1..2 250 minutes a week (the rule needs the hours) */
    s->kvp[i] = synth_pick(seed, i, 34, 20) == 0;
    s->kvp_minutes[i] = s->kvp[i] && s->income[VF_INC_WORK][i] > 0
                            ? 1 + (int32_t)synth_pick(seed, i, 35, 2250) : 0;
  }
  s->child_start[n] = (uint32_t)c;
  s->in.birth = s->birth;
  s->in.civil_status = s->civil;
  s->in.trygd = s->trygd;
  for (int k = 0; k < VF_FACT_COUNT; k++) s->in.fact[k] = s->fact[k];
  for (int k = 0; k < VF_INC_KIND_COUNT; k++) s->in.income[k] = s->income[k];
  for (int k = 0; k < VF_HOUSING_KIND_COUNT; k++) s->in.housing[k] = s->housing[k];
  s->in.child_start = s->child_start;
  s->in.child_birth = s->child_birth;
  s->in.kvp = s->kvp;
  s->in.kvp_work_minutes = s->kvp_minutes;
  return 0;
}

#endif
