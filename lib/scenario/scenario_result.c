/* The comparison result (velferd/scenario.h): totals, groups, largest losses,
 * per-client columns and what is needed to reproduce it. */
#include "scenario/scenario_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GMAX 9 /* most groups of a dimension (the age groups) */

struct vf_comparison {
  int year, month;
  char period[16];
  char version[32], rules[64];
  char base_profile[32], scen_profile[32], base_id[32], scen_id[32];
  size_t n;
  char *ids;        /* every id, NUL-terminated, one after the other */
  size_t *id_at;    /* n offsets into ids */
  vf_money *base, *scen;
  uint8_t *status;
  vf_comparison_totals total, group[VF_DIM_COUNT][GMAX];
  size_t failed;
  int has_error;
  vf_error first;
  size_t nloss;
  size_t *loss;     /* client indices, largest fall first */
  size_t base_projected, scen_projected;
};

static const char *const dim_names[VF_DIM_COUNT] = {"age_group", "household", "main_income",
                                                    "permanent"};
static const size_t dim_sizes[VF_DIM_COUNT] = {VF_AGE_GROUP_COUNT, 3, VF_INCOME_CAT_COUNT, 3};
static const char *const permanent_names[3] = {"no", "yes", "unknown"};

const char *vf_compare_dim_name(vf_compare_dim dim) {
  return (unsigned)dim < VF_DIM_COUNT ? dim_names[dim] : NULL;
}

size_t vf_compare_group_count(vf_compare_dim dim) {
  return (unsigned)dim < VF_DIM_COUNT ? dim_sizes[dim] : 0;
}

const char *vf_compare_group_name(vf_compare_dim dim, size_t index) {
  if (index >= vf_compare_group_count(dim)) return NULL;
  switch (dim) {
  case VF_DIM_AGE_GROUP: return vf_code_name(VF_CODES_AGE_GROUP, (int)index);
  case VF_DIM_HOUSEHOLD: return vf_household_name((vf_household)(index + 1));
  case VF_DIM_INCOME: return vf_code_name(VF_CODES_INCOME_CATEGORY, (int)index);
  case VF_DIM_PERMANENT: return permanent_names[index];
  default: return NULL;
  }
}

void vf_comparison_free(vf_comparison *c) {
  if (!c) return;
  free(c->ids);
  free(c->id_at);
  free(c->base);
  free(c->scen);
  free(c->status);
  free(c->loss);
  free(c);
}

vf_comparison *vfi_comparison_alloc(const vf_register *reg, int year, int month) {
  vf_comparison *c = calloc(1, sizeof *c);
  if (!c) return NULL;
  c->year = year;
  c->month = month;
  if (month) snprintf(c->period, sizeof c->period, "%04d-%02d", year, month);
  else snprintf(c->period, sizeof c->period, "%04d", year);
  c->n = vf_register_client_count(reg);
  size_t k = c->n ? c->n : 1, bytes = 1;
  /* Amounts and statuses are written by the passes (every element), so they
   * are not cleared here: fresh pages cost a fault each, not a clearing too. */
  c->id_at = malloc(k * sizeof *c->id_at);
  c->base = malloc(k * sizeof *c->base);
  c->scen = malloc(k * sizeof *c->scen);
  c->status = malloc(k);
  if (!c->id_at || !c->base || !c->scen || !c->status) {
    vf_comparison_free(c);
    return NULL;
  }
  for (size_t i = 0; i < c->n; i++) { /* each id's length once: offsets first, then one copy */
    c->id_at[i] = bytes - 1;
    bytes += strlen(vf_client_id(vf_register_client(reg, i))) + 1;
  }
  c->ids = malloc(bytes);
  if (!c->ids) {
    vf_comparison_free(c);
    return NULL;
  }
  for (size_t i = 0; i < c->n; i++) {
    size_t len = (i + 1 < c->n ? c->id_at[i + 1] : bytes - 1) - c->id_at[i];
    memcpy(c->ids + c->id_at[i], vf_client_id(vf_register_client(reg, i)), len);
  }
  return c;
}

void vfi_comparison_outputs(vf_comparison *c, vf_money **base, vf_money **scen, uint8_t **status) {
  *base = c->base;
  *scen = c->scen;
  *status = c->status;
}

/* Adds one client to a set of totals. */
static vf_status add(vf_comparison_totals *t, vf_money b, vf_money s, vf_error *err) {
  vf_money d = s - b; /* both are sums of non-negative amounts that fit: no overflow */
  vf_status st;
  if ((st = vfi_add(t->baseline, b, &t->baseline, "total", err)) ||
      (st = vfi_add(t->scenario, s, &t->scenario, "total", err)) ||
      (st = vfi_add(t->difference, d, &t->difference, "total", err)))
    return st;
  t->clients++;
  if (d > 0) {
    t->gainers++;
    return vfi_add(t->gains, d, &t->gains, "total", err);
  }
  if (d < 0) {
    t->losers++;
    return vfi_sub(t->losses, d, &t->losses, "total", err);
  }
  t->unchanged++;
  return VF_OK;
}

/* rule80.permanent.<trygd> in the baseline on the first day of the period,
 * for each trygd code: 0 no, 1 yes, 2 unknown (no such code or parameter). */
#define NTRYGD 64
static void permanent_of(const vf_comparison *c, const vf_ctx *baseline, uint8_t perm[NTRYGD]) {
  for (int t = 0; t < NTRYGD; t++) {
    perm[t] = 2;
    const char *tn = vf_code_name(VF_CODES_TRYGD, t);
    char name[64];
    vf_param_value v;
    if (!tn) continue;
    snprintf(name, sizeof name, "rule80.permanent.%s", tn);
    vf_date on = {c->year, c->month ? c->month : 1, 1};
    if (!vf_param_get(baseline, name, on, &v, NULL)) perm[t] = v.num != 0;
  }
}

/* Group of client i in each dimension. */
static void groups_of(const vf_comparison *c, const vf_client *cl, const vfi_cmp_input *in,
                      size_t i, const uint8_t perm[NTRYGD], size_t g[VF_DIM_COUNT]) {
  vf_date b = vf_client_birth_date(cl);
  g[VF_DIM_AGE_GROUP] = (size_t)vf_classify_age(b.year ? vf_age_at_year_end(b, c->year) : -1);
  g[VF_DIM_HOUSEHOLD] = in->household[i] >= 1 && in->household[i] <= 3 ? in->household[i] - 1u : 0;
  g[VF_DIM_INCOME] = (size_t)vf_classify_income(vf_client_main_income(cl));
  int t = (int)vf_client_trygd(cl);
  g[VF_DIM_PERMANENT] = t >= 0 && t < NTRYGD ? perm[t] : 2;
  for (int d = 0; d < VF_DIM_COUNT; d++)
    if (g[d] >= dim_sizes[d]) g[d] = 0;
}

/* Largest fall first (most negative difference); ties in register order. */
typedef struct loss_key {
  vf_money diff;
  size_t index;
} loss_key;
static int cmp_key(const void *a, const void *b) {
  const loss_key *x = a, *y = b;
  if (x->diff != y->diff) return x->diff < y->diff ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

static vf_status largest_losses(vf_comparison *c, size_t keep, vf_error *err) {
  size_t losers = c->total.losers;
  if (!keep || !losers) return VF_OK;
  loss_key *k = malloc(losers * sizeof *k);
  if (!k) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  size_t m = 0;
  for (size_t i = 0; i < c->n; i++)
    if (c->status[i] == VF_OK && c->scen[i] < c->base[i])
      k[m++] = (loss_key){c->scen[i] - c->base[i], i};
  qsort(k, m, sizeof *k, cmp_key);
  c->nloss = keep < m ? keep : m;
  c->loss = malloc(c->nloss * sizeof *c->loss);
  if (!c->loss) {
    free(k);
    c->nloss = 0;
    return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  }
  for (size_t r = 0; r < c->nloss; r++) c->loss[r] = k[r].index;
  free(k);
  return VF_OK;
}

vf_status vfi_comparison_finish(vf_comparison *c, const vfi_cmp_input *in, vf_error *err) {
  snprintf(c->version, sizeof c->version, "%s", vf_version());
  if (in->rule == VF_COMPARE_KVP_BENEFIT)
    snprintf(c->rules, sizeof c->rules, "%s", VF_RULE_KVP_BENEFIT);
  else
    snprintf(c->rules, sizeof c->rules, "%s,%s", VF_RULE_ASSISTANCE, VF_RULE_80);
  snprintf(c->base_profile, sizeof c->base_profile, "%s", vf_ctx_profile(in->baseline));
  c->base_projected = in->base_projected;
  c->scen_projected = in->scen_projected;
  snprintf(c->scen_profile, sizeof c->scen_profile, "%s", vf_ctx_profile(in->scenario));
  snprintf(c->base_id, sizeof c->base_id, "%s", vf_ctx_params_id(in->baseline));
  snprintf(c->scen_id, sizeof c->scen_id, "%s", vf_ctx_params_id(in->scenario));
  /* The first failure: the lower client index; the baseline's on a tie. */
  if (in->base_failed != SIZE_MAX || in->scen_failed != SIZE_MAX) {
    c->has_error = 1;
    c->first = in->base_failed <= in->scen_failed ? *in->base_error : *in->scen_error;
  }
  uint8_t perm[NTRYGD];
  permanent_of(c, in->baseline, perm);
  /* in->base, in->scen and in->base_status may be this comparison's own
   * columns (vfi_comparison_outputs): each element is read before it is set. */
  for (size_t i = 0; i < c->n; i++) {
    vf_status s = in->base_status[i] ? (vf_status)in->base_status[i]
                                     : (vf_status)in->scen_status[i];
    c->status[i] = (uint8_t)s;
    if (s) {
      c->failed++;
      c->base[i] = c->scen[i] = 0;
      continue;
    }
    c->base[i] = in->base[i];
    c->scen[i] = in->scen[i];
    size_t g[VF_DIM_COUNT];
    groups_of(c, vf_register_client(in->reg, i), in, i, perm, g);
    vf_status st = add(&c->total, c->base[i], c->scen[i], err);
    for (int d = 0; !st && d < VF_DIM_COUNT; d++)
      st = add(&c->group[d][g[d]], c->base[i], c->scen[i], err);
    if (st) return st;
  }
  return largest_losses(c, in->largest, err);
}

/* ---- accessors ---- */

#define NEED(c, out)                                                                  \
  do {                                                                                \
    if (!(c) || !(out)) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "comparison or out is NULL"); \
  } while (0)

vf_status vf_comparison_get_totals(const vf_comparison *c, vf_comparison_totals *out,
                                   vf_error *err) {
  NEED(c, out);
  *out = c->total;
  return VF_OK;
}

size_t vf_comparison_client_count(const vf_comparison *c) { return c ? c->n : 0; }
size_t vf_comparison_failed_count(const vf_comparison *c) { return c ? c->failed : 0; }
const vf_error *vf_comparison_first_error(const vf_comparison *c) {
  return c && c->has_error ? &c->first : NULL;
}

vf_status vf_comparison_get_group(const vf_comparison *c, vf_compare_dim dim, size_t index,
                                  vf_comparison_totals *out, vf_error *err) {
  NEED(c, out);
  if (index >= vf_compare_group_count(dim))
    return vfi_fail(err, VF_E_RANGE, 0, "index", "no group %zu in dimension %d", index, (int)dim);
  *out = c->group[dim][index];
  return VF_OK;
}

static void row(const vf_comparison *c, size_t i, vf_comparison_row *out) {
  out->index = i;
  out->id = c->ids + c->id_at[i];
  out->status = (vf_status)c->status[i];
  out->baseline = c->base[i];
  out->scenario = c->scen[i];
  out->difference = c->scen[i] - c->base[i];
}

vf_status vf_comparison_get_row(const vf_comparison *c, size_t index, vf_comparison_row *out,
                                vf_error *err) {
  NEED(c, out);
  if (index >= c->n)
    return vfi_fail(err, VF_E_RANGE, 0, "index", "client index %zu: the comparison has %zu "
                    "clients", index, c->n);
  row(c, index, out);
  return VF_OK;
}

vf_status vf_comparison_columns(const vf_comparison *c, vf_money *baseline, vf_money *scenario,
                                vf_money *difference, uint8_t *status, size_t n, vf_error *err) {
  if (!c) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "comparison is NULL");
  if (n != c->n)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "n", "columns of %zu elements for a comparison of "
                    "%zu clients", n, c->n);
  for (size_t i = 0; i < n; i++) {
    if (baseline) baseline[i] = c->base[i];
    if (scenario) scenario[i] = c->scen[i];
    if (difference) difference[i] = c->scen[i] - c->base[i];
    if (status) status[i] = c->status[i];
  }
  return VF_OK;
}

size_t vf_comparison_loss_count(const vf_comparison *c) { return c ? c->nloss : 0; }

vf_status vf_comparison_get_loss(const vf_comparison *c, size_t rank, vf_comparison_row *out,
                                 vf_error *err) {
  NEED(c, out);
  if (rank >= c->nloss)
    return vfi_fail(err, VF_E_RANGE, 0, "rank", "loss %zu: %zu largest losses kept", rank,
                    c->nloss);
  row(c, c->loss[rank], out);
  return VF_OK;
}

vf_status vf_comparison_get_info(const vf_comparison *c, vf_comparison_info *out,
                                 vf_error *err) {
  NEED(c, out);
  out->period = c->period;
  out->year = c->year;
  out->month = c->month;
  out->library_version = c->version;
  out->rules = c->rules;
  out->baseline_profile = c->base_profile;
  out->baseline_params_id = c->base_id;
  out->scenario_profile = c->scen_profile;
  out->scenario_params_id = c->scen_id;
  out->baseline_projected = c->base_projected;
  out->scenario_projected = c->scen_projected;
  return VF_OK;
}
