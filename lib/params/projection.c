/* Projections: a figure for a gap after a parameter's last enacted value, by
 * a method the user declared (vf_ctx_set_projection(), docs/parameters.md
 * "Projections"). Which parameters may be projected and how each is rounded
 * is data (data/params/projection.csv); the figure is always flagged. */
#include "params/params_internal.h"
#include "parse/csv.h"
#include "core/embedded.h"

#include <inttypes.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { FOLLOWS_NONE, FOLLOWS_G, FOLLOWS_CPI };
static const char *const follows_names[] = {"none", "g", "cpi"};

typedef struct rule {
  char *name;
  int follows;
  int64_t round_to; /* øre, > 0 */
} rule;

struct vfi_proj {
  atomic_size_t refs;
  vf_projection_method method;
  int64_t hundredths;
  char *text;
  size_t nidx;
  int *year;
  int64_t *idx; /* index × 10^6 */
  size_t nrule;
  rule *rule;
  uint64_t digest;
};

#define INDEX_SCALE 1000000

vfi_proj *vfi_proj_retain(vfi_proj *p) {
  if (p) atomic_fetch_add(&p->refs, 1);
  return p;
}

void vfi_proj_release(vfi_proj *p) {
  if (!p || atomic_fetch_sub(&p->refs, 1) != 1) return;
  for (size_t i = 0; i < p->nrule; i++) free(p->rule[i].name);
  free(p->rule);
  free(p->year);
  free(p->idx);
  free(p->text);
  free(p);
}

const char *vfi_proj_text(const vfi_proj *p) { return p ? p->text : ""; }
uint64_t vfi_proj_digest(const vfi_proj *p) { return p ? p->digest : 0; }

static void fnv(uint64_t *h, const void *data, size_t n) {
  const unsigned char *b = data;
  for (size_t i = 0; i < n; i++) { *h ^= b[i]; *h *= 1099511628211ULL; }
}

/* A decimal > 0 with at most six decimals, as an integer × 10^6. */
static bool parse_index(const char *s, int64_t *out) {
  int64_t v = 0;
  int digits = 0, dec = -1;
  for (; *s; s++) {
    if (*s >= '0' && *s <= '9') {
      if (dec >= 0 && ++dec > 6) return false;
      if (v > (INT64_MAX / 10 - 9) / 10) return false;
      v = v * 10 + (*s - '0');
      digits++;
    } else if (*s == '.' && dec < 0 && digits) {
      dec = 0;
    } else {
      return false;
    }
  }
  if (!digits || dec == 0) return false;
  for (int k = dec < 0 ? 0 : dec; k < 6; k++) v *= 10;
  *out = v;
  return v > 0;
}

/* Reads the index series: header `year,index`, years ascending. */
static vf_status read_index(vfi_proj *p, const char *path, vf_error *err) {
  char *text;
  size_t len;
  vf_status s = vfi_read_file(path, &text, &len, err);
  if (s) return s;
  vf_error local;
  if (!err) err = &local;
  vfi_csv r;
  vfi_csv_init(&r, text, len, path, true);
  size_t cap = 0;
  int rc = vfi_csv_next(&r, err);
  if (rc <= 0 || r.nfields != 2 || strcmp(r.fields[0], "year") || strcmp(r.fields[1], "index")) {
    s = rc < 0 ? err->status
               : vfi_fail(err, VF_E_PARSE, rc ? r.line : 1, "", "%s:%d: header must be exactly "
                          "'year,index'", path, rc ? r.line : 1);
    goto out;
  }
  while ((rc = vfi_csv_next(&r, err)) > 0) {
    int64_t y, v;
    if (r.nfields != 2) {
      s = vfi_fail(err, VF_E_PARSE, r.line, "", "%s:%d: expected 2 fields, found %zu", path,
                   r.line, r.nfields);
      goto out;
    }
    if (!vfi_parse_int64(r.fields[0], &y) || y < 1 || y > 9999) {
      s = vfi_fail(err, VF_E_PARSE, r.line, "year", "%s:%d: year: '%.20s' is not a year "
                   "1..9999", path, r.line, r.fields[0]);
      goto out;
    }
    if (p->nidx && y <= p->year[p->nidx - 1]) {
      s = vfi_fail(err, VF_E_DUPLICATE, r.line, "year", "%s:%d: year: %d is not after the "
                   "previous row's %d", path, r.line, (int)y, p->year[p->nidx - 1]);
      goto out;
    }
    if (!parse_index(r.fields[1], &v)) {
      s = vfi_fail(err, VF_E_PARSE, r.line, "index", "%s:%d: index: '%.30s' is not a number "
                   "> 0 with at most six decimals", path, r.line, r.fields[1]);
      goto out;
    }
    if (p->nidx == cap) {
      cap = cap ? cap * 2 : 16;
      int *ny = realloc(p->year, cap * sizeof *ny);
      if (ny) p->year = ny;
      int64_t *ni = realloc(p->idx, cap * sizeof *ni);
      if (ni) p->idx = ni;
      if (!ny || !ni) { s = vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory"); goto out; }
    }
    p->year[p->nidx] = (int)y;
    p->idx[p->nidx++] = v;
  }
  if (rc < 0) s = err->status;
  else if (!p->nidx)
    s = vfi_fail(err, VF_E_PARSE, r.line, "", "%s: no index rows (write 'year,index' and one "
                 "row per year)", path);
out:
  vfi_csv_free(&r);
  free(text);
  return s;
}

/* Reads data/params/projection.csv (embedded) and checks it against the
 * context's parameters. */
static vf_status read_rules(vfi_proj *p, const vf_ctx *ctx, vf_error *err) {
  const vfi_embedded_file *f = NULL;
  for (size_t i = 0; i < vfi_param_file_count; i++)
    if (!strcmp(vfi_param_files[i].name, "projection")) f = &vfi_param_files[i];
  if (!f) return vfi_fail(err, VF_E_NOT_FOUND, 0, "", "data/params/projection.csv is missing");
  const char *where = "data/params/projection.csv";
  vf_error local;
  if (!err) err = &local;
  vfi_csv r;
  vfi_csv_init(&r, f->data, f->len, where, true);
  vf_status s = VF_OK;
  size_t cap = 0;
  int rc = vfi_csv_next(&r, err);
  if (rc <= 0 || r.nfields != 4 || strcmp(r.fields[0], "name") || strcmp(r.fields[1], "follows") ||
      strcmp(r.fields[2], "round_to") || strcmp(r.fields[3], "source")) {
    s = rc < 0 ? err->status : vfi_fail(err, VF_E_PARSE, 1, "", "%s: header must be "
                                        "'name,follows,round_to,source'", where);
    goto out;
  }
  while ((rc = vfi_csv_next(&r, err)) > 0) {
    int line = r.line, follows = -1;
    for (int k = 0; k < 3; k++)
      if (r.nfields == 4 && !strcmp(r.fields[1], follows_names[k])) follows = k;
    vf_money round_to = 0;
    vf_param_value v;
    if (r.nfields != 4 || follows < 0 || vf_money_parse(r.fields[2], &round_to, NULL) ||
        round_to <= 0 || !*r.fields[3]) {
      s = vfi_fail(err, VF_E_PARSE, line, "", "%s:%d: expected name, follows (g, cpi or none), "
                   "round_to (kroner > 0) and a source", where, line);
      goto out;
    }
    /* VF_E_RANGE: no row of it in view (as known on an early date) */
    vf_status ps = vf_param_entry(ctx, r.fields[0], 0, &v, NULL);
    if (ps == VF_E_NOT_FOUND) {
      s = vfi_fail(err, VF_E_PARSE, line, "name", "%s:%d: name: unknown parameter '%.60s'",
                   where, line, r.fields[0]);
      goto out;
    }
    if (follows != FOLLOWS_NONE && !ps &&
        (v.unit < VF_UNIT_NOK || v.unit > VF_UNIT_NOK_PER_DAY)) {
      s = vfi_fail(err, VF_E_PARSE, line, "follows", "%s:%d: follows: '%s' is a %s; only money "
                   "can be projected", where, line, r.fields[0], vf_unit_name(v.unit));
      goto out;
    }
    if (p->nrule == cap) {
      cap = cap ? cap * 2 : 32;
      rule *nr = realloc(p->rule, cap * sizeof *nr);
      if (!nr) { s = vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory"); goto out; }
      p->rule = nr;
    }
    rule *x = &p->rule[p->nrule];
    if (!(x->name = vfi_strdup(r.fields[0]))) {
      s = vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
      goto out;
    }
    x->follows = follows;
    x->round_to = round_to;
    p->nrule++;
  }
  if (rc < 0) s = err->status;
out:
  vfi_csv_free(&r);
  return s;
}

vf_status vfi_proj_new(vfi_proj **out, const vf_ctx *ctx, vf_projection_method method,
                       int64_t hundredths, const char *index_path, vf_error *err) {
  *out = NULL;
  if (method == VF_PROJECTION_NONE) return VF_OK;
  if (method != VF_PROJECTION_G && method != VF_PROJECTION_PERCENT && method != VF_PROJECTION_INDEX)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "method", "projection: unknown method %d",
                    (int)method);
  if (method == VF_PROJECTION_PERCENT && (hundredths < -5000 || hundredths > 10000))
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "percent", "projection: %" PRId64 ".%02d %% a "
                    "year is outside -50 %% .. 100 %%", hundredths / 100,
                    (int)(hundredths < 0 ? -hundredths : hundredths) % 100);
  if (method == VF_PROJECTION_INDEX && (!index_path || !*index_path))
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "index_path", "projection: an index needs a file");
  vfi_proj *p = calloc(1, sizeof *p);
  if (!p) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  atomic_init(&p->refs, 1);
  p->method = method;
  p->hundredths = method == VF_PROJECTION_PERCENT ? hundredths : 0;
  vf_status s = read_rules(p, ctx, err);
  if (!s && method == VF_PROJECTION_INDEX) s = read_index(p, index_path, err);
  size_t tl = method == VF_PROJECTION_INDEX ? strlen(index_path) + 8 : 32;
  if (!s && !(p->text = malloc(tl))) s = vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  if (s) {
    vfi_proj_release(p);
    return s;
  }
  if (method == VF_PROJECTION_G) snprintf(p->text, tl, "g");
  else if (method == VF_PROJECTION_INDEX) snprintf(p->text, tl, "index %s", index_path);
  else
    snprintf(p->text, tl, "%s%" PRId64 ".%02d%%", hundredths < 0 ? "-" : "",
             (hundredths < 0 ? -hundredths : hundredths) / 100,
             (int)((hundredths < 0 ? -hundredths : hundredths) % 100));
  uint64_t h = 14695981039346656037ULL;
  int32_t m = (int32_t)method;
  fnv(&h, &m, sizeof m);
  fnv(&h, &p->hundredths, sizeof p->hundredths);
  for (size_t i = 0; i < p->nidx; i++) {
    fnv(&h, &p->year[i], sizeof p->year[i]);
    fnv(&h, &p->idx[i], sizeof p->idx[i]);
  }
  for (size_t i = 0; i < p->nrule; i++) {
    fnv(&h, p->rule[i].name, strlen(p->rule[i].name) + 1);
    fnv(&h, &p->rule[i].follows, sizeof p->rule[i].follows);
    fnv(&h, &p->rule[i].round_to, sizeof p->rule[i].round_to);
  }
  p->digest = h;
  *out = p;
  return VF_OK;
}

static const rule *find_rule(const vfi_proj *p, const char *name) {
  for (size_t i = 0; i < p->nrule; i++)
    if (!strcmp(p->rule[i].name, name)) return &p->rule[i];
  return NULL;
}

static const int64_t *index_of(const vfi_proj *p, int year) {
  for (size_t i = 0; i < p->nidx; i++)
    if (p->year[i] == year) return &p->idx[i];
  return NULL;
}

/* v × num / den rounded to the nearest multiple of @p round_to øre (halves
 * away from zero). */
static vf_status scale_round(vf_money v, int64_t num, int64_t den, int64_t round_to,
                             const char *name, vf_money *out, vf_error *err) {
  int64_t d, q;
  if (__builtin_mul_overflow(den, round_to, &d) ||
      vf_money_mul_ratio(v, num, d, VF_ROUND_HALF_AWAY, &q, NULL) ||
      __builtin_mul_overflow(q, round_to, out))
    return vfi_fail(err, VF_E_OVERFLOW, 0, name, "projection of '%s': %" PRId64 " × %" PRId64
                    "/%" PRId64 " does not fit in 64-bit øre", name, v, num, den);
  return VF_OK;
}

static const char SRC_G[] = "PROJECTED, not an enacted value: uprated with G's growth "
                            "(velferd --projection g; docs/parameters.md, 'Projections')";
static const char SRC_PCT[] = "PROJECTED, not an enacted value: a fixed percentage a year "
                              "(velferd --projection PCT%; docs/parameters.md, 'Projections')";
static const char SRC_IDX[] = "PROJECTED, not an enacted value: an index series from a file "
                              "(velferd --projection FILE; docs/parameters.md, 'Projections')";

vf_status vfi_proj_value(const vfi_proj *p, const vf_ctx *ctx, const vf_param_value *base,
                         vf_date gap_start, const char *gap_source, vf_date on,
                         vf_param_value *out, vf_error *err) {
  const char *name = base->name;
  char d[11], f[11];
  vf_date_format(on, d, sizeof d);
  vf_date_format(gap_start, f, sizeof f);
  const rule *r = find_rule(p, name);
  if (!r || r->follows == FOLLOWS_NONE)
    return vfi_fail(err, VF_E_NO_VALUE, 0, name, "parameter '%s' has no sourced value on %s "
                    "(unknown from %s; never projected, data/params/projection.csv): %s",
                    name, d, f, gap_source);
  if (p->method == VF_PROJECTION_G && (r->follows != FOLLOWS_G || !strcmp(name, "g")))
    return vfi_fail(err, VF_E_NO_VALUE, 0, name, "parameter '%s' has no sourced value on %s "
                    "(unknown from %s) and --projection g projects only rates that follow G; "
                    "'%s' %s: project it by a percentage or an index file (gap: %s)", name, d, f,
                    name, r->follows == FOLLOWS_CPI ? "follows prices (cpi)" : "is G itself",
                    gap_source);
  /* yearly steps from the gap's first day: the n-th applies from its
   * (n-1)-th anniversary */
  int years = on.year - gap_start.year -
              (on.month < gap_start.month || (on.month == gap_start.month && on.day < gap_start.day));
  vf_date step = {gap_start.year + years, gap_start.month, gap_start.day};
  if (!vf_date_valid(step)) step = (vf_date){step.year, 3, 1}; /* 29 February */
  vf_param_value v = *base;
  v.projected = 1;
  v.projection = p->method;
  v.projected_from = base->valid_from;
  v.projected_base = base->num;
  v.projection_steps = 1;
  v.projection_round_to = r->round_to;
  v.valid_from = step;
  vf_status s;
  if (p->method == VF_PROJECTION_G) {
    vf_param_value gt, gb;
    vf_error e;
    char b[11];
    vf_date_format(base->valid_from, b, sizeof b);
    if (vfi_param_enacted(ctx, "g", on, &gt, &e) || vfi_param_enacted(ctx, "g", base->valid_from, &gb, &e))
      return vfi_fail(err, VF_E_NO_VALUE, 0, name, "parameter '%s' has no sourced value on %s "
                      "(unknown from %s); projecting it with G's growth needs G enacted on %s "
                      "and %s: %s (project G by a percentage or an index file)", name, d, f, d, b,
                      e.message);
    v.projection_num = gt.num;
    v.projection_den = gb.num;
    v.valid_from = vf_date_cmp(gt.valid_from, gap_start) > 0 ? gt.valid_from : gap_start;
    s = scale_round(base->num, gt.num, gb.num, r->round_to, name, &v.num, err);
  } else if (p->method == VF_PROJECTION_PERCENT) {
    v.projection_num = 10000 + p->hundredths;
    v.projection_den = 10000;
    v.projection_steps = years + 1;
    s = VF_OK;
    for (int k = 0; k <= years && !s; k++) /* rounded each year, as published */
      s = scale_round(v.num, v.projection_num, 10000, r->round_to, name, &v.num, err);
  } else {
    const int64_t *ib = index_of(p, base->valid_from.year), *it = index_of(p, step.year);
    if (!ib || !it)
      return vfi_fail(err, VF_E_NO_VALUE, 0, name, "parameter '%s' has no sourced value on %s "
                      "(unknown from %s); the index file %s has no index for %d", name, d, f,
                      p->text + 6, ib ? step.year : base->valid_from.year);
    v.projection_num = *it;
    v.projection_den = *ib;
    s = scale_round(base->num, *it, *ib, r->round_to, name, &v.num, err);
  }
  if (s) return s;
  v.decided = v.valid_from;
  v.source = p->method == VF_PROJECTION_G ? SRC_G : p->method == VF_PROJECTION_PERCENT ? SRC_PCT
                                                                                     : SRC_IDX;
  *out = v;
  return VF_OK;
}

/* A ratio of two integers × 10^6 as a decimal ("103.1"). */
static void index_text(int64_t v, char *buf, size_t size) {
  int64_t frac = v % INDEX_SCALE;
  int k = 6;
  while (k > 0 && frac % 10 == 0) { frac /= 10; k--; }
  if (k) snprintf(buf, size, "%" PRId64 ".%0*" PRId64, v / INDEX_SCALE, k, frac);
  else snprintf(buf, size, "%" PRId64, v / INDEX_SCALE);
}

size_t vf_param_projection_text(const vf_param_value *v, char *buf, size_t size) {
  char base[32], from[11], a[32], b[32], r[32];
  if (!v || !v->projected) {
    if (buf && size) buf[0] = '\0';
    return 0;
  }
  vf_money_format(v->projected_base, base, sizeof base);
  vf_date_format(v->projected_from, from, sizeof from);
  vf_money_format(v->projection_round_to, r, sizeof r);
  int n;
  char *out = buf && size ? buf : NULL;
  size_t cap = out ? size : 0;
  if (v->projection == VF_PROJECTION_G) {
    vf_money_format(v->projection_num, a, sizeof a);
    vf_money_format(v->projection_den, b, sizeof b);
    n = snprintf(out, cap, "PROJECTED from %s (enacted, in force from %s) x G %s / G %s "
                 "(G's growth), rounded to %s kr", base, from, a, b, r);
  } else if (v->projection == VF_PROJECTION_PERCENT) {
    int64_t h = v->projection_num - v->projection_den, m = h < 0 ? -h : h;
    n = snprintf(out, cap, "PROJECTED from %s (enacted, in force from %s) by %s%" PRId64
                 ".%02d %% a year for %d year(s), rounded to %s kr each year", base, from,
                 h < 0 ? "-" : "", m / 100, (int)(m % 100), v->projection_steps, r);
  } else {
    index_text(v->projection_num, a, sizeof a);
    index_text(v->projection_den, b, sizeof b);
    n = snprintf(out, cap, "PROJECTED from %s (enacted, in force from %s) x index %s / %s, "
                 "rounded to %s kr", base, from, a, b, r);
  }
  return n < 0 ? 0 : (size_t)n;
}
