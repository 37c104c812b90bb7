/* First (cold) calls of the batch: what the first call into freshly
 * allocated outputs costs against a warm call into the same outputs, and
 * what changes it (docs/performance.md, "Cold calls").
 *   velferd_bench cold N...
 * Variants, each 3 times with fresh outputs (median reported):
 *   malloc    outputs from malloc (glibc maps large ones fresh: a page fault
 *             and a cleared page per 4 KiB on first write)
 *   hugepage  outputs aligned to 2 MiB with madvise(MADV_HUGEPAGE) (Linux):
 *             one fault per 2 MiB if the kernel has a huge page at hand
 *   chunked   malloc outputs, the batch called on blocks of 65 536 rows
 *   warm      the same outputs again (what reusing the caller's buffers gives)
 * Columns: wall s, CPU s (user + system, getrusage), system s. */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE /* madvise */
#include "cold.h"

#include "synth_columns.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#ifdef __linux__
#include <sys/mman.h>
#endif

#define NCOL 5
#define HUGE_ALIGN ((size_t)2 << 20)

typedef struct cols { int64_t *m[NCOL]; uint8_t *status; } cols;
typedef struct times { double wall, cpu, sys; } times;

static void stamp(times *t) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  t->wall = (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
  t->sys = (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec * 1e-6;
  t->cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec * 1e-6 + t->sys;
}

static void *alloc(size_t bytes, int huge) {
  if (!huge) return malloc(bytes);
  void *p = NULL;
  size_t round = (bytes + HUGE_ALIGN - 1) / HUGE_ALIGN * HUGE_ALIGN;
  if (posix_memalign(&p, HUGE_ALIGN, round)) return NULL;
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  madvise(p, round, MADV_HUGEPAGE); /* advice only: ignored where unsupported */
#endif
  return p;
}

static int cols_new(cols *c, size_t n, int huge) {
  memset(c, 0, sizeof *c);
  int ok = 1;
  for (int k = 0; k < NCOL; k++) ok &= (c->m[k] = alloc((n ? n : 1) * sizeof(int64_t), huge)) != NULL;
  ok &= (c->status = alloc(n ? n : 1, huge)) != NULL;
  return ok ? 0 : -1;
}

static void cols_free(cols *c) {
  for (int k = 0; k < NCOL; k++) free(c->m[k]);
  free(c->status);
}

/* Rows [from, from + n) of in into c; the children's offsets of a block
 * start at 0 (rebased into @p starts, n + 1 elements). */
static int run(const vf_ctx *ctx, const vf_batch_in *in, size_t from, size_t n, cols *c,
               uint32_t *starts) {
  vf_batch_in v = *in;
  v.n = n;
  v.birth += from;
  v.civil_status += from;
  v.trygd += from;
  for (int k = 0; k < VF_FACT_COUNT; k++) v.fact[k] += from;
  for (int k = 0; k < VF_INC_KIND_COUNT; k++) v.income[k] += from;
  for (int k = 0; k < VF_HOUSING_KIND_COUNT; k++) v.housing[k] += from;
  if (from) {
    for (size_t i = 0; i <= n; i++) starts[i] = in->child_start[from + i] - in->child_start[from];
    v.child_birth += in->child_start[from];
    v.child_start = starts;
  }
  v.kvp += from;
  v.kvp_work_minutes += from;
  vf_batch_out out = VF_BATCH_OUT_INIT;
  out.status = c->status + from;
  out.norm = c->m[0] + from;
  out.housing = c->m[1] + from;
  out.income = c->m[2] + from;
  out.assistance = c->m[3] + from;
  out.kvp_benefit = c->m[4] + from;
  vf_error e;
  if (vf_batch_month(ctx, &v, 2022, 3, &out, 1, &e)) { fprintf(stderr, "batch: %s\n", e.message); return 1; }
  return 0;
}

static int cmp_times(const void *a, const void *b) {
  double x = ((const times *)a)->cpu, y = ((const times *)b)->cpu;
  return (x > y) - (x < y);
}

static void report(size_t n, const char *name, times *t, int k) {
  qsort(t, (size_t)k, sizeof *t, cmp_times);
  printf("cold\t%zu\t%s\t%.4f\t%.4f\t%.4f\n", n, name, t[k / 2].wall, t[k / 2].cpu, t[k / 2].sys);
  fflush(stdout);
}

int cmd_cold(const vf_ctx *ctx, int argc, char **argv) {
  enum { TIMES = 3, CHUNK = 65536 };
  static uint32_t starts[CHUNK + 1];
  printf("cold\tclients\tvariant\twall_s\tcpu_s\tsys_s\n");
  for (int a = 0; a < argc; a++) {
    size_t n = (size_t)strtoull(argv[a], NULL, 10);
    synth_columns s;
    if (synth_columns_make(&s, n, 20261122u, vf_date_to_days((vf_date){2022, 3, 1}))) return 1;
    static const char *const names[] = {"malloc", "hugepage", "chunked"};
    times warm[TIMES];
    for (int v = 0; v < 3; v++) {
      times t[TIMES];
      for (int r = 0; r < TIMES; r++) {
        cols c;
        if (cols_new(&c, n, v == 1)) { fprintf(stderr, "out of memory\n"); return 1; }
        times t0, t1;
        stamp(&t0);
        for (size_t from = 0; from < n; from += v == 2 ? CHUNK : n)
          if (run(ctx, &s.in, from, v == 2 && n - from > CHUNK ? CHUNK : n - from, &c, starts)) return 1;
        stamp(&t1);
        t[r] = (times){t1.wall - t0.wall, t1.cpu - t0.cpu, t1.sys - t0.sys};
        if (v == 0) { /* warm: the same outputs again */
          stamp(&t0);
          if (run(ctx, &s.in, 0, n, &c, starts)) return 1;
          stamp(&t1);
          warm[r] = (times){t1.wall - t0.wall, t1.cpu - t0.cpu, t1.sys - t0.sys};
        }
        cols_free(&c);
      }
      report(n, names[v], t, TIMES);
    }
    report(n, "warm", warm, TIMES);
    synth_columns_free(&s);
  }
  return 0;
}
