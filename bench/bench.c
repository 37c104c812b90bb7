/* velferd benchmark, C side (docs/performance.md). Prints tab-separated rows
 *   row <name> <n> <cold_s> <median_s> <min_s> <peak_rss_kb> <checksum>
 * that bench.py merges with the Python figures into one table.
 *
 *   velferd_bench rules N...        bandwidth reference, C batch 1 and 2 threads
 *   velferd_bench latency N         single-client call, ns per call
 *   velferd_bench indicators P M    indicator pass over P persons x M months
 *   velferd_bench dump N DIR        writes the synthetic columns for bench.py
 *   velferd_bench cold N...         first calls against warm ones (bench/cold.c)
 *
 * Timing: one cold run (outputs freshly allocated, so first-touch page faults
 * are included), then REPS warm runs (7; rule rows: VF_BENCH_REPS) into the
 * same outputs; the median is reported. Peak RSS is VmHWM after resetting it
 * (/proc/self/clear_refs) just before the measurement, so each row shows the
 * peak of its own work with its inputs resident. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "velferd/velferd.h"
#include "synth_columns.h"
#include "whatif.h"
#include "cold.h"

#define REPS 7
#define MAX_REPS 1000
#define SEED 20261122u

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static long status_kb(const char *key) {
  FILE *f = fopen("/proc/self/status", "r");
  char line[256];
  long v = -1;
  size_t k = strlen(key);
  while (f && fgets(line, sizeof line, f))
    if (!strncmp(line, key, k)) { v = atol(line + k); break; }
  if (f) fclose(f);
  return v;
}

static void reset_peak(void) {
  FILE *f = fopen("/proc/self/clear_refs", "w");
  if (f) { fputs("5", f); fclose(f); }
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

/* Output columns of one run. */
/* Output columns of one run: norm, housing, income, assistance and the
 * qualification benefit, and the status. */
#define NOUT 5
typedef struct outs {
  size_t n;
  int64_t *m[NOUT];
  uint8_t *status;
} outs;

static int outs_new(outs *o, size_t n) {
  memset(o, 0, sizeof *o);
  o->n = n;
  int ok = 1;
  for (int k = 0; k < NOUT; k++) ok &= (o->m[k] = malloc((n ? n : 1) * sizeof(int64_t))) != NULL;
  ok &= (o->status = malloc(n ? n : 1)) != NULL;
  return ok ? 0 : -1;
}

static void outs_free(outs *o) {
  for (int k = 0; k < NOUT; k++) free(o->m[k]);
  free(o->status);
}

static uint64_t outs_checksum(const outs *o) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < o->n; i++)
    for (int k = 0; k < NOUT; k++) h = (h ^ (uint64_t)o->m[k][i]) * 1099511628211ull;
  return h;
}

/* The physical limit of the batch: read every input column the rules read
 * and write every output column, with one add per byte group so that the
 * compiler can neither skip a load nor a store. */
static int bandwidth_ref(const vf_batch_in *in, outs *o, int threads) {
  (void)threads;
  size_t n = in->n;
  for (size_t i = 0; i < n; i++) {
    int64_t a = in->birth[i] + in->civil_status[i] + in->trygd[i], b = 0;
    for (int k = 0; k < VF_FACT_COUNT; k++) a += in->fact[k][i];
    for (int k = 0; k < VF_INC_KIND_COUNT; k++) b += in->income[k][i];
    for (int k = 0; k < VF_HOUSING_KIND_COUNT; k++) a += in->housing[k][i];
    uint32_t c0 = in->child_start[i], c1 = in->child_start[i + 1];
    for (uint32_t c = c0; c < c1; c++) a += in->child_birth[c];
    b += in->kvp[i] + in->kvp_work_minutes[i];
    o->m[0][i] = a;
    o->m[1][i] = b;
    o->m[2][i] = a - b;
    o->m[3][i] = a + b;
    o->m[4][i] = a ^ b;
    o->status[i] = (uint8_t)a;
  }
  return 0;
}

/* Bergen: the 80 % rule is on, so every rule runs. Two qualification-benefit
 * settings without a sourced value are set for the benchmark only (see
 * docs/performance.md), so that participants with children or turning 25
 * get an amount instead of VF_E_NO_VALUE: kvp.child_supplement 27 kr a day
 * (NAV's undated page) and the full rate from the 25th birthday. */
static vf_ctx *g_ctx;
#define YEAR 2022
#define MONTH 3

/* The batch API with the same output columns as the reference. */
static int batch(const vf_batch_in *in, outs *o, int threads) {
  vf_batch_out out = VF_BATCH_OUT_INIT;
  out.status = o->status;
  out.norm = o->m[0];
  out.housing = o->m[1];
  out.income = o->m[2];
  out.assistance = o->m[3];
  out.kvp_benefit = o->m[4];
  vf_error e;
  vf_status s = vf_batch_month(g_ctx, in, YEAR, MONTH, &out, threads, &e);
  if (s) { fprintf(stderr, "batch: %s\n", e.message); return 1; }
  return 0;
}

typedef int (*run_fn)(const vf_batch_in *in, outs *o, int threads);

static void measure(const char *name, run_fn fn, const vf_batch_in *in, int threads) {
  const char *only = getenv("VF_BENCH_ONLY"); /* for perf: run one row */
  if (only && strcmp(only, name)) return;
  outs o;
  /* VF_BENCH_REPS: more warm runs, for comparing two builds on a noisy
   * machine (docs/performance.md) */
  const char *env = getenv("VF_BENCH_REPS");
  int reps = env ? atoi(env) : REPS;
  if (reps < 1 || reps > MAX_REPS) reps = REPS;
  static double t[MAX_REPS];
  reset_peak();
  if (outs_new(&o, in->n)) { fprintf(stderr, "out of memory\n"); exit(1); }
  double t0 = now();
  if (fn(in, &o, threads)) { fprintf(stderr, "%s failed\n", name); exit(1); }
  double cold = now() - t0;
  for (int r = 0; r < reps; r++) {
    t0 = now();
    fn(in, &o, threads);
    t[r] = now() - t0;
  }
  long peak = status_kb("VmHWM:");
  qsort(t, (size_t)reps, sizeof t[0], cmp_double);
  printf("row\t%s\t%zu\t%.6f\t%.6f\t%.6f\t%ld\t%016llx\n", name, in->n, cold, t[reps / 2], t[0],
         peak, (unsigned long long)outs_checksum(&o));
  fflush(stdout);
  outs_free(&o);
}

static int32_t month_day(void) { return vf_date_to_days((vf_date){YEAR, MONTH, 1}); }

static int cmd_rules(int argc, char **argv) {
  for (int a = 0; a < argc; a++) {
    size_t n = (size_t)strtoull(argv[a], NULL, 10);
    synth_columns s;
    if (synth_columns_make(&s, n, SEED, month_day())) { fprintf(stderr, "out of memory\n"); return 1; }
    printf("input\t%zu\t%ld\n", n, status_kb("VmRSS:"));
    measure("bandwidth", bandwidth_ref, &s.in, 1);
    measure("c_batch_1t", batch, &s.in, 1);
    measure("c_batch_2t", batch, &s.in, 2);
    synth_columns_free(&s);
  }
  return 0;
}

/* A single client, as a case system calls it: vf_assistance_month() on a
 * prepared vf_client, no trace. Clients come from the synthetic rows. */
static int cmd_latency(size_t n) {
  synth_columns s;
  if (synth_columns_make(&s, n, SEED, month_day())) return 1;
  vf_client **cl = malloc(n * sizeof *cl);
  if (!cl) return 1;
  for (size_t i = 0; i < n; i++) {
    vf_client *c;
    vf_date d;
    if (vf_client_new(&c, NULL)) return 1;
    vf_date_from_days(s.birth[i], &d, NULL);
    vf_client_set_birth_date(c, d, NULL);
    for (int k = 0; k < VF_FACT_COUNT; k++)
      vf_client_set_fact(c, (vf_fact)k, (vf_tristate)s.fact[k][i], NULL);
    vf_client_set_trygd(c, (vf_trygd)s.trygd[i], NULL);
    vf_client_set_civil_status(c, (vf_civil_status)s.civil[i], NULL);
    for (int k = 0; k < VF_INC_KIND_COUNT; k++)
      vf_client_set_income(c, (vf_income_kind)k, s.income[k][i], NULL);
    for (int k = 0; k < VF_HOUSING_KIND_COUNT; k++)
      vf_client_set_housing(c, (vf_housing_kind)k, s.housing[k][i], NULL);
    for (uint32_t k = s.child_start[i]; k < s.child_start[i + 1]; k++) {
      vf_date_from_days(s.child_birth[k], &d, NULL);
      vf_client_add_child(c, d, NULL);
    }
    cl[i] = c;
  }
  double t[REPS];
  int64_t sum = 0;
  for (int r = -1; r < REPS; r++) { /* r = -1: warm-up */
    double t0 = now();
    for (size_t i = 0; i < n; i++) {
      vf_assistance_result res;
      if (!vf_assistance_month(g_ctx, cl[i], YEAR, MONTH, &res, NULL, NULL)) sum += res.assistance;
    }
    if (r >= 0) t[r] = (now() - t0) / (double)n;
  }
  qsort(t, REPS, sizeof t[0], cmp_double);
  printf("latency\tvf_assistance_month\t%zu\t%.1f\t%.1f\t%lld\n", n, t[REPS / 2] * 1e9,
         t[0] * 1e9, (long long)sum);
  for (size_t i = 0; i < n; i++) vf_client_free(cl[i]);
  free(cl);
  synth_columns_free(&s);
  return 0;
}

/* The indicator pass at national scale: a register of P persons, each paid
 * in each of M months of one year (P x M payment records, added month by
 * month as register extracts come), then vf_indicators_compute() with 1 and
 * 2 threads. The register is built through the public API (not timed);
 * "input" is the process RSS once it is built, and each row's peak is
 * VmHWM during its own runs, so peak / input shows what the pass adds. */
static int cmd_indicators(size_t persons, int months) {
  enum { IYEAR = 2024 };
  vf_register *reg;
  vf_error e;
  double t0 = now();
  if (vf_register_new(&reg, &e)) { fprintf(stderr, "%s\n", e.message); return 1; }
  char id[32];
  for (size_t i = 0; i < persons; i++) {
    vf_client *c;
    snprintf(id, sizeof id, "p%zu", i);
    vf_date b = {1940 + (int)synth_pick(SEED, i, 0, 66), 1 + (int)synth_pick(SEED, i, 1, 12),
                 1 + (int)synth_pick(SEED, i, 2, 28)};
    if (vf_client_new(&c, &e) || vf_client_set_id(c, id, &e) ||
        vf_client_set_birth_date(c, b, &e) ||
        vf_client_set_gender(c, (vf_gender)synth_pick(SEED, i, 3, 3), &e) ||
        vf_client_set_civil_status(c, (vf_civil_status)synth_pick(SEED, i, 4, 6), &e) ||
        vf_client_set_main_income(c, (vf_main_income)synth_pick(SEED, i, 5, 7), &e) ||
        vf_client_set_trygd(c, (vf_trygd)synth_pick(SEED, i, 6, 14), &e) ||
        vf_register_add_client(reg, c, NULL, &e)) {
      fprintf(stderr, "%s\n", e.message);
      return 1;
    }
    vf_client_free(c);
  }
  for (int m = 1; m <= months; m++)
    for (size_t i = 0; i < persons; i++) {
      snprintf(id, sizeof id, "p%zu", i);
      /* one record in twenty is a refund-only record (gross 0) */
      int64_t gross = synth_pick(SEED, i, 10 + (unsigned)m, 20) ? 50000 + synth_pick(SEED, i, 30 + (unsigned)m, 2000000) : 0;
      int64_t refund = gross ? 0 : synth_pick(SEED, i, 50 + (unsigned)m, 100000);
      if (vf_register_add_payment(reg, id, IYEAR, m, gross, refund, VF_ASSIST_GRANT, &e)) {
        fprintf(stderr, "%s\n", e.message);
        return 1;
      }
    }
  size_t records = vf_register_payment_count(reg);
  long input_kb = status_kb("VmRSS:");
  printf("ind_input\t%zu\t%zu\t%ld\t%.1f\n", persons, records, input_kb, now() - t0);
  fflush(stdout);
  for (int threads = 1; threads <= 2; threads++) {
    char name[32];
    snprintf(name, sizeof name, "indicators_%dt", threads);
    vf_indicator_options o;
    vf_indicator_options_init(&o);
    o.threads = threads;
    double t[REPS], cold = 0;
    vf_indicator_value v = {0};
    reset_peak();
    for (int r = -1; r < REPS; r++) {
      vf_indicators *ind;
      double a = now();
      if (vf_indicators_compute(reg, IYEAR, &o, &ind, &e)) {
        fprintf(stderr, "%s\n", e.message);
        return 1;
      }
      double d = now() - a;
      if (r < 0) cold = d;
      else t[r] = d;
      vf_indicators_value(ind, VF_IND_RECIPIENTS, &v, NULL);
      vf_indicators_free(ind);
    }
    long peak = status_kb("VmHWM:");
    qsort(t, REPS, sizeof t[0], cmp_double);
    printf("row\t%s\t%zu\t%.6f\t%.6f\t%.6f\t%ld\t%016llx\n", name, records, cold,
           t[REPS / 2], t[0], peak, (unsigned long long)v.num);
    fflush(stdout);
  }
  vf_register_free(reg);
  return 0;
}

/* Writes the synthetic columns of N clients as raw little-endian arrays
 * DIR/<column>.bin (names as velferd.batch_month's inputs) for bench.py. */
static int dump_one(const char *dir, const char *name, const void *p, size_t bytes) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s.bin", dir, name);
  FILE *f = fopen(path, "wb");
  if (!f || (bytes && fwrite(p, 1, bytes, f) != bytes)) {
    fprintf(stderr, "cannot write %s\n", path);
    if (f) fclose(f);
    return 1;
  }
  return fclose(f) ? 1 : 0;
}

static int cmd_dump(size_t n, const char *dir) {
  synth_columns s;
  if (synth_columns_make(&s, n, SEED, month_day())) return 1;
  int bad = dump_one(dir, "birth", s.birth, n * 4);
  bad |= dump_one(dir, "civil_status", s.civil, n);
  bad |= dump_one(dir, "trygd", s.trygd, n);
  char name[64];
  for (int k = 0; k < VF_FACT_COUNT; k++) {
    snprintf(name, sizeof name, "fact_%s", vf_code_name(VF_CODES_FACT, k));
    bad |= dump_one(dir, name, s.fact[k], n);
  }
  for (int k = 0; k < VF_INC_KIND_COUNT; k++) {
    snprintf(name, sizeof name, "income_%s", vf_code_name(VF_CODES_INCOME_KIND, k));
    bad |= dump_one(dir, name, s.income[k], n * 8);
  }
  for (int k = 0; k < VF_HOUSING_KIND_COUNT; k++) {
    snprintf(name, sizeof name, "housing_%s", vf_code_name(VF_CODES_HOUSING_KIND, k));
    bad |= dump_one(dir, name, s.housing[k], n * 8);
  }
  bad |= dump_one(dir, "child_start", s.child_start, (n + 1) * 4);
  bad |= dump_one(dir, "child_birth", s.child_birth, (size_t)s.child_start[n] * 4);
  bad |= dump_one(dir, "kvp", s.kvp, n);
  bad |= dump_one(dir, "kvp_work_minutes", s.kvp_minutes, n * 4);
  synth_columns_free(&s);
  return bad;
}

static int usage(void) {
  fputs("usage: velferd_bench rules N... | latency N | indicators PERSONS MONTHS | whatif PERSONS | dump N DIR\n",
        stderr);
  return 2;
}

int main(int argc, char **argv) {
  if (argc < 2) return usage();
  printf("machine\tvelferd %s\n", vf_version());
  vf_error e;
  if (vf_ctx_new(&g_ctx, "bergen", &e) ||
      vf_ctx_set_param(g_ctx, "kvp.child_supplement", (vf_date){2007, 11, 1}, 2700, 1,
                       "benchmark assumption (NAV's undated page: 27 kr)", &e) ||
      vf_ctx_set_param(g_ctx, "kvp.full_rate_from_next_month", (vf_date){2007, 11, 1}, 0, 1,
                       "benchmark assumption", &e)) {
    fprintf(stderr, "%s\n", e.message);
    return 1;
  }
  if (!strcmp(argv[1], "rules")) return cmd_rules(argc - 2, argv + 2);
  if (!strcmp(argv[1], "latency") && argc == 3) return cmd_latency((size_t)atol(argv[2]));
  if (!strcmp(argv[1], "indicators") && argc == 4)
    return cmd_indicators((size_t)atol(argv[2]), atoi(argv[3]));
  if (!strcmp(argv[1], "cold") && argc >= 3) return cmd_cold(g_ctx, argc - 2, argv + 2);
  if (!strcmp(argv[1], "whatif") && argc == 3) return cmd_whatif(g_ctx, (size_t)atol(argv[2]));
  if (!strcmp(argv[1], "dump") && argc == 4) return cmd_dump((size_t)atol(argv[2]), argv[3]);
  return usage();
}
