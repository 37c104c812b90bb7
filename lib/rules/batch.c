/* The rules over columns (velferd/batch.h): one pass over the clients, a
 * block of rows at a time, with the month's parameters resolved once. Rows
 * without anything to report go through the fast path (batch_fast.h); the
 * others through the same kernels as the single-client functions
 * (rules_month.h). */
#define _POSIX_C_SOURCE 200809L
#include "rules/batch_fast.h"

#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Day numbers of 0001-01-01 and 9999-12-31, the dates a vf_date can hold. */
#define DAY_MIN (-719162)
#define DAY_MAX 2932896

/* The input columns with every NULL column replaced by a one-element column
 * of its default value and an index mask of 0, so the loop reads col[i & mask]
 * without a test per column and per client. */
typedef struct cols {
  const int32_t *birth;
  const uint8_t *civil, *trygd, *fact[VF_FACT_COUNT];
  const int64_t *income[VF_INC_KIND_COUNT], *housing[VF_HOUSING_KIND_COUNT];
  const uint8_t *kvp;
  const int32_t *kvp_minutes;
  size_t m_kvp, m_kvp_minutes;
  size_t m_birth, m_civil, m_trygd, m_fact[VF_FACT_COUNT];
  size_t m_income[VF_INC_KIND_COUNT], m_housing[VF_HOUSING_KIND_COUNT];
} cols;

static const int32_t no_date[1] = {VF_BATCH_NO_DATE};
static const uint8_t zero8[1] = {0};
static const int64_t zero64[1] = {0};
static const int32_t zero32[1] = {0};

#define COL(dst, mask, src, dflt) ((dst) = (src) ? (src) : (dflt), (mask) = (src) ? SIZE_MAX : 0)

static void cols_init(cols *c, const vf_batch_in *in) {
  COL(c->birth, c->m_birth, in->birth, no_date);
  COL(c->civil, c->m_civil, in->civil_status, zero8);
  COL(c->trygd, c->m_trygd, in->trygd, zero8);
  for (int k = 0; k < VF_FACT_COUNT; k++) COL(c->fact[k], c->m_fact[k], in->fact[k], zero8);
  for (int k = 0; k < VF_INC_KIND_COUNT; k++)
    COL(c->income[k], c->m_income[k], in->income[k], zero64);
  for (int k = 0; k < VF_HOUSING_KIND_COUNT; k++)
    COL(c->housing[k], c->m_housing[k], in->housing[k], zero64);
  COL(c->kvp, c->m_kvp, in->kvp, zero8);
  COL(c->kvp_minutes, c->m_kvp_minutes, in->kvp_work_minutes, zero32);
}

typedef struct job {
  cols col;
  const vf_batch_in *in;
  const vf_batch_out *out;
  vfi_month month; /* each range has its own copy: the kernels never share writable state */
  const vfi_kvp_month *kvp; /* read only; NULL when no qualification output is asked for */
  const vfi_fast *fast;     /* read only: the month's constants of the fast path */
  size_t begin, end;
  int no_fast;      /* the projected column is asked for and the month has projected values */
  size_t failed_at; /* first failed client, or SIZE_MAX */
  vf_error err;
} job;

/* Checks one row as the vf_client setters would and fills the kernel input. */
static vf_status load_row(const vf_batch_in *in, size_t i, vfi_client_in *c, vf_error *err) {
  c->birth = in->birth ? in->birth[i] : VF_BATCH_NO_DATE;
  if (c->birth != VF_BATCH_NO_DATE && (c->birth < DAY_MIN || c->birth > DAY_MAX))
    return vfi_fail(err, VF_E_DATE, 0, "birth", "birth: day number %ld is outside years 1..9999",
                    (long)c->birth);
  c->civil = in->civil_status ? (vf_civil_status)in->civil_status[i] : VF_CIVIL_UNKNOWN;
  if ((int)c->civil > VF_CIVIL_WIDOWED)
    return vfi_fail_code(err, VF_CODES_CIVIL_STATUS, "civil_status", (int)c->civil);
  c->trygd = in->trygd ? (vf_trygd)in->trygd[i] : VF_TRYGD_UNKNOWN;
  if ((int)c->trygd > VF_TRYGD_CHILD_BENEFIT)
    return vfi_fail_code(err, VF_CODES_TRYGD, "trygd", (int)c->trygd);
  for (int k = 0; k < VF_FACT_COUNT; k++) {
    int v = in->fact[k] ? in->fact[k][i] : VF_UNKNOWN;
    if (v > VF_YES) {
      char field[48];
      snprintf(field, sizeof field, "fact[%s]", vf_code_name(VF_CODES_FACT, k));
      return vfi_fail_code(err, VF_CODES_TRISTATE, field, v);
    }
    if (k == VF_FACT_LIVES_WITH_PARTNER) c->partner = (vf_tristate)v;
    if (k == VF_FACT_SHARES_HOME) c->shares = (vf_tristate)v;
  }
  for (int k = 0; k < VF_INC_KIND_COUNT; k++) {
    c->income[k] = in->income[k] ? in->income[k][i] : 0;
    if (c->income[k] < 0)
      return vfi_fail(err, VF_E_RANGE, 0, "income", "income[%s]: %lld is negative",
                      vf_code_name(VF_CODES_INCOME_KIND, k), (long long)c->income[k]);
  }
  for (int k = 0; k < VF_HOUSING_KIND_COUNT; k++) {
    c->housing[k] = in->housing[k] ? in->housing[k][i] : 0;
    if (c->housing[k] < 0)
      return vfi_fail(err, VF_E_RANGE, 0, "housing", "housing[%s]: %lld is negative",
                      vf_code_name(VF_CODES_HOUSING_KIND, k), (long long)c->housing[k]);
  }
  if (in->kvp && in->kvp[i] > 1)
    return vfi_fail(err, VF_E_UNKNOWN_CODE, 0, "kvp", "kvp: %d is neither 0 nor 1",
                    (int)in->kvp[i]);
  c->nchildren = 0;
  c->child = NULL;
  if (in->child_start) {
    uint32_t c0 = in->child_start[i], c1 = in->child_start[i + 1];
    if (c1 < c0)
      return vfi_fail(err, VF_E_INVALID_ARG, 0, "child_start", "child_start: decreases from "
                      "%lu to %lu", (unsigned long)c0, (unsigned long)c1);
    if (c1 - c0 > VF_MAX_CHILDREN)
      return vfi_fail(err, VF_E_RANGE, 0, "child_start", "child_start: %lu children, more "
                      "than %d", (unsigned long)(c1 - c0), VF_MAX_CHILDREN);
    c->nchildren = c1 - c0;
    c->child = in->child_birth + c0;
    for (size_t k = 0; k < c->nchildren; k++)
      if (c->child[k] < DAY_MIN || c->child[k] > DAY_MAX)
        return vfi_fail(err, VF_E_DATE, 0, "child_birth", "child_birth: day number %ld is "
                        "outside years 1..9999", (long)c->child[k]);
  }
  return VF_OK;
}

/* Rows are checked a block at a time, one column after the other: loops the
 * compiler turns into vector instructions, so the checks cost little more
 * than reading the bytes. */

#define CHECK(col, type, cond)                                  \
  if (col) {                                                    \
    const type *p = (col) + b0;                                 \
    for (size_t x = 0; x < m; x++) bad[x] |= (uint8_t)(cond);  \
  }

/* bad[x] = 1 if a column value of row b0 + x is out of range (the row is
 * then read by load_row(), which names the fault). Amounts are checked only
 * if @p amounts: the fast path tests them itself (a negative amount is
 * "too large" to it) and sends every row it leaves through load_row().
 * Children are checked row by row in load_fast() and by the fast path. */
static void check_block(const vf_batch_in *in, size_t b0, size_t m, int amounts, uint8_t *bad) {
  memset(bad, 0, m);
  CHECK(in->birth, int32_t, (p[x] != VF_BATCH_NO_DATE) &
                                ((uint32_t)p[x] - (uint32_t)DAY_MIN > (uint32_t)(DAY_MAX - DAY_MIN)));
  CHECK(in->civil_status, uint8_t, p[x] > VF_CIVIL_WIDOWED);
  CHECK(in->trygd, uint8_t, p[x] > VF_TRYGD_CHILD_BENEFIT);
  for (int f = 0; f < VF_FACT_COUNT; f++) CHECK(in->fact[f], uint8_t, p[x] > VF_YES);
  CHECK(in->kvp, uint8_t, p[x] > 1);
  if (!amounts) return;
  for (int f = 0; f < VF_INC_KIND_COUNT; f++) CHECK(in->income[f], int64_t, (uint64_t)p[x] >> 63);
  for (int f = 0; f < VF_HOUSING_KIND_COUNT; f++)
    CHECK(in->housing[f], int64_t, (uint64_t)p[x] >> 63);
}

/* Reads row i, whose columns passed check_block(), into the kernel input;
 * returns 1 if its children are not valid (load_row() then names why). */
static int load_fast(const job *j, size_t i, vfi_client_in *c) {
  const cols *k = &j->col;
  c->birth = k->birth[i & k->m_birth];
  c->civil = (vf_civil_status)k->civil[i & k->m_civil];
  c->trygd = (vf_trygd)k->trygd[i & k->m_trygd];
  c->partner = (vf_tristate)k->fact[VF_FACT_LIVES_WITH_PARTNER][i & k->m_fact[VF_FACT_LIVES_WITH_PARTNER]];
  c->shares = (vf_tristate)k->fact[VF_FACT_SHARES_HOME][i & k->m_fact[VF_FACT_SHARES_HOME]];
  for (int f = 0; f < VF_INC_KIND_COUNT; f++) c->income[f] = k->income[f][i & k->m_income[f]];
  for (int f = 0; f < VF_HOUSING_KIND_COUNT; f++)
    c->housing[f] = k->housing[f][i & k->m_housing[f]];
  c->nchildren = 0;
  c->child = NULL;
  const vf_batch_in *in = j->in;
  if (!in->child_start) return 0;
  uint32_t c0 = in->child_start[i], c1 = in->child_start[i + 1];
  if ((c1 < c0) | (c1 - c0 > VF_MAX_CHILDREN)) return 1;
  c->nchildren = c1 - c0;
  c->child = in->child_birth + c0;
  unsigned bad = 0;
  for (size_t x = 0; x < c->nchildren; x++)
    bad |= (uint32_t)c->child[x] - (uint32_t)DAY_MIN > (uint32_t)(DAY_MAX - DAY_MIN);
  return (int)bad;
}

static void store(const vf_batch_out *o, size_t i, vf_status s, const vf_assistance_result *r) {
  if (o->status) o->status[i] = (uint8_t)s;
  if (o->household) o->household[i] = (uint8_t)r->household;
  if (o->norm) o->norm[i] = r->norm;
  if (o->housing) o->housing[i] = r->housing;
  if (o->income) o->income[i] = r->income;
  if (o->income_exempt) o->income_exempt[i] = r->income_exempt;
  if (o->ordinary) o->ordinary[i] = r->ordinary;
  if (o->rule80_applies) o->rule80_applies[i] = (uint8_t)r->rule80_applies;
  if (o->rule80_supplement) o->rule80_supplement[i] = r->rule80_supplement;
  if (o->assistance) o->assistance[i] = r->assistance;
}

static int wants_assistance(const vf_batch_out *o) {
  return o->household || o->norm || o->housing || o->income || o->income_exempt || o->ordinary ||
         o->rule80_applies || o->rule80_supplement || o->assistance;
}

static int wants_kvp(const vf_batch_out *o) { return o->kvp_benefit || o->kvp_status; }

/* The qualification benefit of client i (0 for a non-participant). */
static vf_status kvp_one(const job *j, size_t i, const vfi_client_in *c, vf_money *amount,
                         int *projected, vf_error *e) {
  const cols *k = &j->col;
  *amount = 0;
  *projected = 0;
  if (!k->kvp[i & k->m_kvp]) return VF_OK;
  vf_kvp_benefit_result r;
  vf_status s = vfi_kvp_kernel(j->month.ctx, j->kvp, c, j->kvp->first, j->kvp->last,
                               k->kvp_minutes[i & k->m_kvp_minutes], &r, NULL, e);
  if (!s) {
    *amount = r.amount;
    *projected = r.projected;
  }
  return s;
}

/* Row i by the kernels: load_row() (checks, naming any fault) if the row
 * was flagged bad, else load_fast(). */
static void kernel_row(job *j, size_t i, int bad, int assistance, int split) {
  const vf_batch_out *o = j->out;
  static const vf_assistance_result zero;
  vf_error e, ek;
  vfi_client_in c;
  vf_assistance_result r;
  vf_money kvp = 0;
  int kvp_projected = 0;
  vf_status s = bad || load_fast(j, i, &c) ? load_row(j->in, i, &c, &e) : VF_OK;
  vf_status sa = VF_OK, sk = VF_OK;
  if (!s) s = vfi_check_birth_days(c.birth, &j->month, &e);
  j->month.projected = 0;
  if (!s && assistance) sa = vfi_assistance_kernel(&j->month, &c, &r, NULL, &e);
  if (!s && j->kvp && (split || !sa)) sk = kvp_one(j, i, &c, &kvp, &kvp_projected, &ek);
  vf_status st = s ? s : sa; /* the status column */
  vf_status stk = s ? s : sk; /* the kvp_status column */
  if (!split && !st) st = sk;
  if ((st || stk) && j->failed_at == SIZE_MAX) {
    j->failed_at = i;
    j->err = s || sa ? e : ek;
  }
  store(o, i, st, st || !assistance ? &zero : &r);
  if (o->kvp_benefit) o->kvp_benefit[i] = stk || (!split && st) ? 0 : kvp;
  if (o->kvp_status) o->kvp_status[i] = (uint8_t)stk;
  if (o->projected) /* a result that used a projected value, of a rule that succeeded */
    o->projected[i] = (uint8_t)((!st && assistance && j->month.projected) ||
                                (!stk && !(!split && st) && kvp_projected));
}

/* 1 if any parameter the month resolved is projected. */
static int month_projected(const vfi_month *m, const vfi_kvp_month *km) {
  for (int i = 0; i < VFI_P_COUNT; i++)
    if (m->slot[i].state == 1 && m->slot[i].v.projected) return 1;
  for (int id = 0; km && id < VFI_KVP_PART_COUNT; id++)
    for (int k = 0; k < km->n[id]; k++)
      if (km->part[id][k].state == 1 && km->part[id][k].v.projected) return 1;
  return 0;
}

/* Scratch of one thread: default-value inputs and output sinks of a block. */
typedef struct scratch {
  int32_t no_date[VFI_BLOCK];
  uint32_t no_children[VFI_BLOCK + 1];
  uint8_t sink8[VFI_BLOCK];
  vf_money sink64[VFI_BLOCK];
} scratch;

static const int64_t zero_block64[VFI_BLOCK];
static const int32_t zero_block32[VFI_BLOCK];
static const uint8_t zero_block8[VFI_BLOCK];

#define IN(col, b0, dflt) ((col) ? (col) + (b0) : (dflt))
#define OUT(col, b0, sink) ((col) ? (col) + (b0) : (sink))

/* The block of rows b0.. as plain pointers (batch_fast.h). */
static void block_view(const job *j, size_t b0, scratch *z, vfi_block *v) {
  const vf_batch_in *in = j->in;
  const vf_batch_out *o = j->out;
  v->birth = IN(in->birth, b0, z->no_date);
  v->kvp_minutes = IN(in->kvp_work_minutes, b0, zero_block32);
  v->in.civil = IN(in->civil_status, b0, zero_block8);
  v->in.trygd = IN(in->trygd, b0, zero_block8);
  v->in.partner = IN(in->fact[VF_FACT_LIVES_WITH_PARTNER], b0, zero_block8);
  v->in.shares = IN(in->fact[VF_FACT_SHARES_HOME], b0, zero_block8);
  v->kvp = IN(in->kvp, b0, zero_block8);
  for (int k = 0; k < VF_INC_KIND_COUNT; k++)
    v->in.income[k] = IN(in->income[k], b0, zero_block64);
  for (int k = 0; k < VF_HOUSING_KIND_COUNT; k++)
    v->in.housing[k] = IN(in->housing[k], b0, zero_block64);
  v->in.child_start = IN(in->child_start, b0, z->no_children);
  /* without children columns every row has none: a non-NULL base, so
   * child_birth + 0 is defined */
  v->in.child_birth = in->child_birth ? in->child_birth : zero_block32;
  v->kvp_wanted = j->kvp != NULL;
  v->status = OUT(o->status, b0, z->sink8);
  v->household = OUT(o->household, b0, z->sink8);
  v->rule80_applies = OUT(o->rule80_applies, b0, z->sink8);
  v->kvp_status = OUT(o->kvp_status, b0, z->sink8);
  v->norm = OUT(o->norm, b0, z->sink64);
  v->housing_out = OUT(o->housing, b0, z->sink64);
  v->income_out = OUT(o->income, b0, z->sink64);
  v->income_exempt = OUT(o->income_exempt, b0, z->sink64);
  v->ordinary = OUT(o->ordinary, b0, z->sink64);
  v->rule80_supplement = OUT(o->rule80_supplement, b0, z->sink64);
  v->assistance_out = OUT(o->assistance, b0, z->sink64);
  v->kvp_benefit = OUT(o->kvp_benefit, b0, z->sink64);
}

static void *run(void *arg) {
  job *j = arg;
  const vf_batch_out *o = j->out;
  int assistance = wants_assistance(o), split = o->kvp_status != NULL;
  /* the fast path, if it covers the rules asked for */
  int fast = j->no_fast ? 0 : assistance ? j->fast->assistance : j->kvp && j->fast->kvp;
  /* one per thread and call; without it (out of memory) the kernels do every row */
  scratch *z = fast ? malloc(sizeof *z) : NULL;
  if (z) {
    for (size_t x = 0; x < VFI_BLOCK; x++) z->no_date[x] = VF_BATCH_NO_DATE;
    memset(z->no_children, 0, sizeof z->no_children);
  }
  uint8_t bad[VFI_BLOCK];
  uint32_t slow[VFI_BLOCK];
  for (size_t b0 = j->begin; b0 < j->end; b0 += VFI_BLOCK) {
    size_t m = j->end - b0 < VFI_BLOCK ? j->end - b0 : VFI_BLOCK, nslow;
    check_block(j->in, b0, m, !z, bad);
    if (z) {
      vfi_block v;
      block_view(j, b0, z, &v);
      nslow = vfi_fast_block(j->fast, &j->month, &v, m, bad, slow);
      for (size_t k = 0; k < nslow; k++) kernel_row(j, b0 + slow[k], 1, assistance, split);
    } else {
      for (size_t x = 0; x < m; x++) kernel_row(j, b0 + x, bad[x], assistance, split);
    }
  }
  free(z);
  return NULL;
}

vf_status vf_batch_month(const vf_ctx *ctx, const vf_batch_in *in, int year, int month,
                         const vf_batch_out *out, int threads, vf_error *err) {
  if (!ctx || !in || !out)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "ctx, in or out is NULL");
  /* Structs of version 0.1 end before the qualification columns. */
  if (in->size < offsetof(vf_batch_in, kvp) || out->size < offsetof(vf_batch_out, kvp_benefit))
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "size", "vf_batch_in/vf_batch_out size %zu/%zu: "
                    "initialise them with VF_BATCH_IN_INIT / VF_BATCH_OUT_INIT", in->size,
                    out->size);
  vf_batch_in in_all; /* the caller's structs with any member they lack set to NULL */
  vf_batch_out out_all;
  memset(&in_all, 0, sizeof in_all);
  memset(&out_all, 0, sizeof out_all);
  memcpy(&in_all, in, in->size < sizeof in_all ? in->size : sizeof in_all);
  memcpy(&out_all, out, out->size < sizeof out_all ? out->size : sizeof out_all);
  in = &in_all;
  out = &out_all;
  if (threads < 0 || threads > VF_BATCH_MAX_THREADS)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "threads", "threads: %d is outside 0..%d", threads,
                    VF_BATCH_MAX_THREADS);
  if (!in->child_start != !in->child_birth)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "child_start", "child_start and child_birth "
                    "must both be given or both be NULL");
  if (in->child_start && in->child_start[0] != 0)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "child_start", "child_start[0] is %lu, not 0",
                    (unsigned long)in->child_start[0]);

  vfi_month m;
  vf_status s = vfi_month_init(&m, ctx, year, month, err);
  if (s) return s;
  vfi_month_resolve_all(&m);
  vfi_kvp_month km;
  if (wants_kvp(out))
    vfi_kvp_month_init(&km, ctx, m.on_days,
                       m.on_days + vf_date_days_in_month(m.on.year, m.on.month) - 1);

  vfi_fast fast;
  vfi_fast_init(&fast, &m, wants_kvp(out) ? &km : NULL);
  /* The projected column: per row from the kernels when the month has a
   * projected value (the fast path does not track them), else all 0. */
  int no_fast = out->projected && month_projected(&m, wants_kvp(out) ? &km : NULL);
  if (out->projected && !no_fast) memset(out->projected, 0, in->n);

  /* Fewer threads than asked when there is too little work to share: the
   * split never changes a result, only who computes it. */
  size_t n = in->n, nt = threads > 1 ? (size_t)threads : 1;
  if (nt > n / 4096 + 1) nt = n / 4096 + 1;
  job *jobs = malloc(nt * sizeof *jobs); /* one allocation per call, none per client */
  if (!jobs) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory for %zu thread(s)", nt);
  pthread_t tid[VF_BATCH_MAX_THREADS];
  size_t started = 1;
  for (size_t t = 0; t < nt; t++) {
    job *j = &jobs[t];
    j->month = m;
    j->kvp = wants_kvp(out) ? &km : NULL;
    j->fast = &fast;
    cols_init(&j->col, in);
    j->in = in;
    j->out = out;
    j->begin = n * t / nt;
    j->end = n * (t + 1) / nt;
    j->no_fast = no_fast;
    j->failed_at = SIZE_MAX;
  }
  for (size_t t = 1; t < nt; t++, started++)
    if (pthread_create(&tid[t], NULL, run, &jobs[t])) break;
  /* Ranges whose thread could not start are computed here, in order. */
  run(&jobs[0]);
  for (size_t t = started; t < nt; t++) run(&jobs[t]);
  for (size_t t = 1; t < started; t++) pthread_join(tid[t], NULL);

  s = VF_OK;
  for (size_t t = 0; t < nt && !s; t++)
    if (jobs[t].failed_at != SIZE_MAX) {
      const vf_error *e = &jobs[t].err;
      s = vfi_fail(err, e->status, e->line, e->field, "client %zu: %s", jobs[t].failed_at,
                   e->message);
    }
  free(jobs);
  return s;
}
