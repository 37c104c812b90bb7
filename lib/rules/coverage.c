/* Coverage of the parameter set (velferd/coverage.h). The rules are run on
 * probe cases on every date where anything can change, so what a rule needs
 * is what it reads, not a list kept beside it. A new rule or case gets a line
 * in `rules` and a branch in probe(). */
#include "rules/rules_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define OPEN INT32_MAX /* `to` of an open-ended period */

typedef struct period {
  int32_t from, to;
  int known;
  char *reason;
} period;

typedef struct series {
  char *name;
  period *p;
  size_t n, cap;
} series;

enum { R_ASSIST, R_KVP_ELIG, R_KVP, R_KVP_U25, R_KVP_CHILD, R_KVP_WORK, R_COUNT };

static const struct {
  const char *name, *about;
  int headline;
} rules[R_COUNT] = {
  {"assistance", "vf_assistance_month for single, couple and sharing households with children "
   "aged 3, 8 and 14 and every trygd code (the 80 % rule where the profile turns it on)", 1},
  {"kvp.eligibility", "vf_kvp_eligibility for a participant aged 30", 1},
  {"kvp.benefit", "vf_kvp_benefit_period for one day, a participant aged 30 without children "
   "or paid work", 1},
  {"kvp.benefit.under25", "vf_kvp_benefit_period for one day, a participant aged 20", 1},
  {"kvp.benefit.children", "vf_kvp_benefit_period for one weekday, a participant with a "
   "child aged 5 (child supplement)", 0},
  {"kvp.benefit.work", "vf_kvp_benefit_period for one day, a participant with paid work "
   "(10 hours a week)", 0},
};

struct vf_coverage {
  series *param;
  size_t nparam;
  series rule[R_COUNT];
  int32_t all_until; /* OPEN, a day number, or INT32_MIN: never */
};

static vf_date day_date(int32_t d) {
  vf_date x = {0, 0, 0};
  vf_date_from_days(d, &x, NULL);
  return x;
}

/* Appends [from, to] to @p s, merged into the last period when it continues
 * it with the same state and reason. 0 when out of memory. */
static int push(series *s, int32_t from, int32_t to, int known, const char *reason) {
  period *l = s->n ? &s->p[s->n - 1] : NULL;
  if (l && l->known == known && l->to != OPEN && l->to + 1 == from && !strcmp(l->reason, reason)) {
    l->to = to;
    return 1;
  }
  if (s->n == s->cap) {
    size_t cap = s->cap ? 2 * s->cap : 8;
    period *p = realloc(s->p, cap * sizeof *p);
    if (!p) return 0;
    s->p = p;
    s->cap = cap;
  }
  char *r = vfi_strdup(reason);
  if (!r) return 0;
  s->p[s->n++] = (period){from, to, known, r};
  return 1;
}

static void series_free(series *s) {
  for (size_t i = 0; i < s->n; i++) free(s->p[i].reason);
  free(s->p);
  free(s->name);
}

void vf_coverage_free(vf_coverage *cov) {
  if (!cov) return;
  for (size_t i = 0; i < cov->nparam; i++) series_free(&cov->param[i]);
  free(cov->param);
  for (int r = 0; r < R_COUNT; r++) series_free(&cov->rule[r]);
  free(cov);
}

/* ---- parameters ---- */

static vf_status param_series(const vf_ctx *ctx, const char *name, series *s, vf_error *err) {
  size_t n = vf_param_entry_count(ctx, name);
  vf_param_value v, next;
  for (size_t j = 0; j < n; j++) {
    vf_status st = vf_param_entry(ctx, name, j, &v, err);
    if (st) return st;
    /* of two rows for one date the later-decided one is in force */
    if (j + 1 < n && (st = vf_param_entry(ctx, name, j + 1, &next, err))) return st;
    if (j + 1 < n && vf_date_cmp(next.valid_from, v.valid_from) == 0) continue;
    int32_t from = vf_date_to_days(v.valid_from);
    int32_t to = j + 1 < n ? vf_date_to_days(next.valid_from) - 1 : OPEN;
    if (!push(s, from, to, v.known, v.known ? "" : v.source))
      return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  }
  return VF_OK;
}

/* ---- rules ---- */

/* Sets up the probe client for @p rule on day @p d (h, trygd: the assistance
 * household 0..2 and trygd code). */
static vf_status make_probe(vf_client *c, int rule, vf_date d, int h, int trygd, vf_error *err) {
  vf_client_clear_children(c);
  for (int k = 0; k < VF_INC_KIND_COUNT; k++) vf_client_set_income(c, (vf_income_kind)k, 0, NULL);
  vf_status s;
  if (rule == R_ASSIST) {
    static const int ages[3] = {3, 8, 14};
    for (int i = 0; i < 3; i++)
      if ((s = vf_client_add_child(c, (vf_date){d.year - ages[i], d.month, 1}, err))) return s;
    if ((s = vf_client_set_birth_date(c, (vf_date){d.year - 40, d.month, 1}, err)) ||
        (s = vf_client_set_fact(c, VF_FACT_LIVES_WITH_PARTNER, h == 1 ? VF_YES : VF_NO, err)) ||
        (s = vf_client_set_fact(c, VF_FACT_SHARES_HOME, h == 2 ? VF_YES : VF_NO, err)) ||
        (s = vf_client_set_trygd(c, (vf_trygd)trygd, err)) ||
        (s = vf_client_set_housing(c, VF_HOUSING_RENT, 500000, err)) ||
        (s = vf_client_set_housing(c, VF_HOUSING_ELECTRICITY, 50000, err)) ||
        (s = vf_client_set_income(c, VF_INC_TRYGD, 100000, err)) ||
        (s = vf_client_set_income(c, VF_INC_CHILD_BENEFIT, 50000, err)) ||
        (h == 1 && (s = vf_client_set_income(c, VF_INC_PARTNER, 100000, err))))
      return s;
    return VF_OK;
  }
  int age = rule == R_KVP_U25 ? 20 : 30;
  if ((s = vf_client_set_birth_date(c, (vf_date){d.year - age, d.month, 1}, err))) return s;
  if (rule == R_KVP_CHILD && (s = vf_client_add_child(c, (vf_date){d.year - 5, d.month, 1}, err)))
    return s;
  if (rule == R_KVP_WORK && (s = vf_client_set_income(c, VF_INC_WORK, 100000, err))) return s;
  return VF_OK;
}

/* Runs @p rule's probes on day @p d: VF_OK if computable, else the rule's
 * status with *err filled. */
static vf_status probe(const vf_ctx *ctx, vf_client *c, int rule, int32_t d, vf_error *err) {
  vf_date on = day_date(d);
  vf_status s;
  if (rule == R_ASSIST) {
    vf_assistance_result r;
    for (int h = 0; h < 3; h++)
      for (int trygd = 0; trygd <= VF_TRYGD_CHILD_BENEFIT; trygd++)
        if ((s = make_probe(c, rule, on, h, trygd, err)) ||
            (s = vf_assistance_month(ctx, c, on.year, on.month, &r, NULL, err)))
          return s;
    return VF_OK;
  }
  if ((s = make_probe(c, rule, on, 0, 0, err))) return s;
  if (rule == R_KVP_ELIG) {
    vf_kvp_eligibility_result r;
    return vf_kvp_eligibility(ctx, c, on, &r, NULL, err);
  }
  vf_kvp_benefit_result r;
  return vf_kvp_benefit_period(ctx, c, on, on, rule == R_KVP_WORK ? 600 : 0, &r, NULL, err);
}

/* The reason a probe failed, the same for every date with the same cause so
 * that periods merge: the parameter without a value, or the message. */
static void reason_of(const vf_error *e, char *buf, size_t size) {
  if (e->status == VF_E_NO_VALUE && e->field[0])
    snprintf(buf, size, "needs '%s', which has no enacted value", e->field);
  else
    snprintf(buf, size, "%s", e->message);
}

static int cmp_i32(const void *a, const void *b) {
  int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
  return (x > y) - (x < y);
}

/* Every date on which a rule's result may change: each row's valid-from date
 * and each first of a month from the first row to the month after the last. */
static vf_status boundaries(const vf_ctx *ctx, int32_t **out, size_t *n, vf_error *err) {
  size_t cap = 64, k = 0;
  int32_t *b = malloc(cap * sizeof *b), lo = OPEN, hi = INT32_MIN;
  if (!b) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  for (size_t i = 0; i < vf_param_count(ctx); i++) {
    const char *name = vf_param_name(ctx, i);
    for (size_t j = 0, m = vf_param_entry_count(ctx, name); j < m; j++) {
      vf_param_value v;
      if (vf_param_entry(ctx, name, j, &v, NULL)) continue;
      int32_t d = vf_date_to_days(v.valid_from);
      if (k == cap) {
        int32_t *nb = realloc(b, 2 * cap * sizeof *b);
        if (!nb) { free(b); return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory"); }
        b = nb;
        cap *= 2;
      }
      b[k++] = d;
      if (d < lo) lo = d;
      if (d > hi) hi = d;
    }
  }
  if (k) {
    vf_date m = day_date(lo), end = day_date(hi);
    m.day = 1;
    for (;;) {
      int32_t d = vf_date_to_days(m);
      if (k == cap) {
        int32_t *nb = realloc(b, 2 * cap * sizeof *b);
        if (!nb) { free(b); return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory"); }
        b = nb;
        cap *= 2;
      }
      b[k++] = d;
      if (m.year > end.year || (m.year == end.year && m.month > end.month)) break;
      if (++m.month > 12) { m.month = 1; m.year++; }
    }
  }
  qsort(b, k, sizeof *b, cmp_i32);
  size_t u = 0;
  for (size_t i = 0; i < k; i++)
    if (!u || b[u - 1] != b[i]) b[u++] = b[i];
  *out = b;
  *n = u;
  return VF_OK;
}

/* First Monday-Friday day in [a, b], or a if none (1970-01-01 was a Thursday). */
static int32_t first_weekday(int32_t a, int32_t b) {
  for (int32_t d = a; d <= b && d < a + 7; d++) {
    int64_t w = ((int64_t)d + 3) % 7; /* 0 = Monday */
    if (w < 0) w += 7;
    if (w < 5) return d;
  }
  return a;
}

static vf_status rule_series(const vf_ctx *ctx, vf_coverage *cov, const int32_t *b, size_t nb,
                             unsigned char *all_ok, vf_error *err) {
  vf_client *c = NULL;
  vf_status s = vf_client_new(&c, err);
  if (s) return s;
  char reason[VF_ERROR_MESSAGE_SIZE];
  for (int r = 0; r < R_COUNT && !s; r++) {
    vf_status month_st = VF_OK; /* the assistance rule's result for `month` */
    int32_t month = INT32_MIN;
    for (size_t i = 0; i < nb; i++) {
      int32_t from = b[i], to = i + 1 < nb ? b[i + 1] - 1 : OPEN;
      vf_error e;
      vf_status ps;
      if (r == R_ASSIST) { /* the month is computed on its first day */
        vf_date f = day_date(from);
        f.day = 1;
        int32_t m = vf_date_to_days(f);
        if (m != month) {
          month = m;
          month_st = probe(ctx, c, r, m, &e);
          if (month_st) reason_of(&e, reason, sizeof reason);
        }
        ps = month_st;
      } else {
        int32_t d = r == R_KVP_CHILD ? first_weekday(from, to == OPEN ? from + 6 : to) : from;
        ps = probe(ctx, c, r, d, &e);
        if (ps) reason_of(&e, reason, sizeof reason);
      }
      if (ps == VF_E_NOMEM) {
        s = vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
        break;
      }
      int ok = ps == VF_OK;
      if (!push(&cov->rule[r], from, to, ok, ok ? "" : reason)) {
        s = vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
        break;
      }
      if (rules[r].headline && !ok) all_ok[i] = 0;
    }
  }
  vf_client_free(c);
  return s;
}

vf_status vf_coverage_new(vf_coverage **out, const vf_ctx *ctx, vf_error *err) {
  if (!out || !ctx) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "out or ctx is NULL");
  vf_coverage *cov = calloc(1, sizeof *cov);
  size_t np = vf_param_count(ctx);
  if (cov) cov->param = calloc(np ? np : 1, sizeof *cov->param);
  if (!cov || !cov->param) {
    free(cov);
    return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  }
  vf_status s = VF_OK;
  for (size_t i = 0; i < np && !s; i++) {
    cov->nparam = i + 1;
    const char *name = vf_param_name(ctx, i);
    if (!(cov->param[i].name = vfi_strdup(name))) s = vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
    else s = param_series(ctx, name, &cov->param[i], err);
  }
  for (int r = 0; r < R_COUNT && !s; r++)
    if (!(cov->rule[r].name = vfi_strdup(rules[r].name))) s = vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  int32_t *b = NULL;
  size_t nb = 0;
  unsigned char *all_ok = NULL;
  if (!s) s = boundaries(ctx, &b, &nb, err);
  if (!s && !(all_ok = malloc(nb ? nb : 1))) s = vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  vf_ctx *enacted = NULL; /* enacted values alone: the context without its projection */
  if (!s && !(s = vf_ctx_clone(&enacted, ctx, err)))
    s = vf_ctx_set_projection(enacted, VF_PROJECTION_NONE, 0, NULL, err);
  if (!s) {
    memset(all_ok, 1, nb);
    s = rule_series(enacted, cov, b, nb, all_ok, err);
  }
  vf_ctx_free(enacted);
  if (!s) {
    cov->all_until = INT32_MIN;
    for (size_t i = nb; i-- > 0;)
      if (all_ok[i]) {
        cov->all_until = i + 1 < nb ? b[i + 1] - 1 : OPEN;
        break;
      }
  }
  free(b);
  free(all_ok);
  if (s) {
    vf_coverage_free(cov);
    return s;
  }
  *out = cov;
  return VF_OK;
}

/* ---- reading ---- */

size_t vf_coverage_param_count(const vf_coverage *cov) { return cov ? cov->nparam : 0; }

const char *vf_coverage_param_name(const vf_coverage *cov, size_t index) {
  return cov && index < cov->nparam ? cov->param[index].name : NULL;
}

size_t vf_coverage_param_period_count(const vf_coverage *cov, size_t index) {
  return cov && index < cov->nparam ? cov->param[index].n : 0;
}

static vf_status get_period(const series *s, size_t k, vf_coverage_period *out, vf_error *err) {
  if (!out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "out", "out is NULL");
  if (k >= s->n)
    return vfi_fail(err, VF_E_RANGE, 0, "period", "period %zu asked, '%s' has %zu", k, s->name,
                    s->n);
  const period *p = &s->p[k];
  out->from = day_date(p->from);
  out->to = p->to == OPEN ? (vf_date){0, 0, 0} : day_date(p->to);
  out->known = p->known;
  out->reason = p->reason;
  return VF_OK;
}

vf_status vf_coverage_param_period(const vf_coverage *cov, size_t index, size_t k,
                                   vf_coverage_period *out, vf_error *err) {
  if (!cov || index >= cov->nparam)
    return vfi_fail(err, VF_E_RANGE, 0, "param", "parameter %zu asked, the report has %zu", index,
                    cov ? cov->nparam : 0);
  return get_period(&cov->param[index], k, out, err);
}

size_t vf_coverage_rule_count(const vf_coverage *cov) { return cov ? R_COUNT : 0; }

vf_status vf_coverage_get_rule(const vf_coverage *cov, size_t index, vf_coverage_rule *out,
                               vf_error *err) {
  if (!cov || !out || index >= R_COUNT)
    return vfi_fail(err, VF_E_RANGE, 0, "rule", "rule %zu asked, the report has %d", index,
                    cov ? R_COUNT : 0);
  *out = (vf_coverage_rule){rules[index].name, rules[index].about, rules[index].headline,
                            cov->rule[index].n};
  return VF_OK;
}

vf_status vf_coverage_rule_period(const vf_coverage *cov, size_t index, size_t k,
                                  vf_coverage_period *out, vf_error *err) {
  if (!cov || index >= R_COUNT)
    return vfi_fail(err, VF_E_RANGE, 0, "rule", "rule %zu asked, the report has %d", index,
                    cov ? R_COUNT : 0);
  return get_period(&cov->rule[index], k, out, err);
}

vf_status vf_coverage_all_until(const vf_coverage *cov, vf_date *out, vf_error *err) {
  if (!cov || !out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "cov or out is NULL");
  if (cov->all_until == INT32_MIN)
    return vfi_fail(err, VF_E_NO_VALUE, 0, "", "no date on which every rule can be computed "
                    "from enacted values");
  *out = cov->all_until == OPEN ? (vf_date){0, 0, 0} : day_date(cov->all_until);
  return VF_OK;
}
