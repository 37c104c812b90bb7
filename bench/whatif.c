/* What-if costs: creating an overlay (clone + one parameter set)
 * and comparing baseline and scenario over a synthetic register, in April
 * 2024 (the last month the 80 % rule of the benchmark's Bergen profile can
 * be computed from sourced figures).
 *   velferd_bench whatif PERSONS
 * Prints the median of repeated runs; the first comparison is reported apart
 * (cold: its result arrays are fresh memory). */
#define _POSIX_C_SOURCE 200809L
#include "whatif.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* CPU time of the process (user + system): on a shared machine it moves less
 * with the load than the wall clock. */
static double cpu_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

/* The scenario: the state guideline rate for a single person 10 % higher
 * from 1 January 2024 (7 850 kr -> 8 635 kr a month). */
static vf_status overlay(vf_ctx **out, const vf_ctx *base, vf_error *e) {
  vf_status st = vf_ctx_clone(out, base, e);
  if (st) return st;
  st = vf_ctx_set_param(*out, "guideline.single", (vf_date){2024, 1, 1}, 863500, 1,
                        "benchmark scenario: +10 %", e);
  if (st) { vf_ctx_free(*out); *out = NULL; }
  return st;
}

int cmd_whatif(const vf_ctx *base, size_t persons) {
  vf_error e;
  enum { OVERLAYS = 2000, RUNS = 8 }; /* the first run cold, the median of the other 7 */
  double t[OVERLAYS];
  for (int i = 0; i < OVERLAYS; i++) {
    vf_ctx *s;
    double t0 = seconds();
    if (overlay(&s, base, &e)) { fprintf(stderr, "%s\n", e.message); return 1; }
    t[i] = seconds() - t0;
    vf_ctx_free(s);
  }
  qsort(t, OVERLAYS, sizeof *t, cmp);
  printf("overlay\tclone + set one parameter\tmedian %.1f us\tp99 %.1f us\t(%d runs)\n",
         t[OVERLAYS / 2] * 1e6, t[OVERLAYS * 99 / 100] * 1e6, OVERLAYS);

  vf_register *reg;
  double t0 = seconds();
  if (vf_synth_register("default", persons, 42, 2024, &reg, &e)) {
    fprintf(stderr, "%s\n", e.message);
    return 1;
  }
  printf("register\t%zu persons (synthetic, 2024)\t%.3f s to generate\n", persons,
         seconds() - t0);
  vf_ctx *scen;
  if (overlay(&scen, base, &e)) { fprintf(stderr, "%s\n", e.message); return 1; }
  for (int threads = 1; threads <= VF_COMPARE_MAX_THREADS; threads++) {
    vf_compare_options o = VF_COMPARE_OPTIONS_INIT;
    o.threads = threads;
    double r[RUNS], cpu[RUNS];
    vf_comparison_totals tot = {0};
    size_t failed = 0, clients = 0;
    for (int i = 0; i < RUNS; i++) {
      vf_comparison *c;
      t0 = seconds();
      double c0 = cpu_seconds();
      if (vf_compare_month(&c, reg, base, scen, 2024, 4, &o, &e)) {
        fprintf(stderr, "%s\n", e.message);
        return 1;
      }
      r[i] = seconds() - t0;
      cpu[i] = cpu_seconds() - c0;
      if (vf_comparison_get_totals(c, &tot, &e)) { fprintf(stderr, "%s\n", e.message); return 1; }
      failed = vf_comparison_failed_count(c);
      if (failed && i == 0 && threads == 1)
        printf("first failure\t%s\n", vf_comparison_first_error(c)->message);
      clients = vf_comparison_client_count(c);
      vf_comparison_free(c);
    }
    double cold = r[0], cold_cpu = cpu[0];
    qsort(r + 1, RUNS - 1, sizeof *r, cmp);
    qsort(cpu + 1, RUNS - 1, sizeof *cpu, cmp);
    printf("compare\t%zu clients, April 2024, %d thread(s)\tcold %.3f s (CPU %.3f s)\twarm median %.3f s"
           " (CPU %.3f s)\t(%zu failed; scenario - baseline = %lld øre)\n",
           clients, threads, cold, cold_cpu, r[RUNS / 2], cpu[RUNS / 2], failed,
           (long long)(tot.scenario - tot.baseline));
  }
  vf_ctx_free(scen);
  vf_register_free(reg);
  return 0;
}
