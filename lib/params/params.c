/* The context and its time-dated parameters.
 *
 * A parameter is an immutable, reference-counted series of entries. A context
 * holds a sorted array of pointers to parameters; cloning copies the pointer
 * array only, and changing a parameter replaces it in that one context
 * (copy-on-write), so scenarios share every unchanged table with their base. */
#include "params/params_internal.h"
#include "parse/csv.h"
#include "core/embedded.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct vfi_entry {
  vf_date from;
  int64_t num, den; /* den == 0 marks a gap: no sourced value from `from` */
  char *source;
  vf_date decided; /* date the row was decided or published (default: from) */
} vfi_entry;

typedef struct vfi_param {
  atomic_size_t refs;
  char *name;
  vf_unit unit;
  size_t n;
  vfi_entry *e;
} vfi_param;

struct vf_ctx {
  char profile[32];
  size_t n;
  vfi_param **all; /* every row, sorted by name; entries by (from, decided) */
  vfi_param **p;   /* the rows in view: those decided by known_on (all, if unset) */
  vf_date known_on; /* "as known on" date; year 0: not set */
  vfi_proj *proj;   /* gaps after the last enacted value filled how; NULL: not */
  char id[17];
  uint64_t serial; /* new for every context and every change (vfi_ctx_serial) */
};

static _Atomic uint64_t next_serial = 1;

uint64_t vfi_ctx_serial(const vf_ctx *ctx) { return ctx->serial; }

static const char *const unit_names[] = {NULL, "nok", "nok_per_year", "nok_per_month",
  "nok_per_day", "ratio", "count", "bool"};

const char *vf_unit_name(vf_unit unit) {
  return unit >= VF_UNIT_NOK && unit <= VF_UNIT_BOOL ? unit_names[unit] : NULL;
}

static bool unit_is_money(vf_unit u) { return u >= VF_UNIT_NOK && u <= VF_UNIT_NOK_PER_DAY; }

/* ---- reference counting ---- */

static void param_release(vfi_param *p) {
  if (!p || atomic_fetch_sub(&p->refs, 1) != 1) return;
  for (size_t i = 0; i < p->n; i++) free(p->e[i].source);
  free(p->e);
  free(p->name);
  free(p);
}

static vfi_param *param_retain(vfi_param *p) {
  atomic_fetch_add(&p->refs, 1);
  return p;
}

static void release_all(vfi_param **p, size_t n) {
  for (size_t i = 0; i < n; i++) param_release(p[i]);
  free(p);
}

/* ---- lookup ---- */

static vfi_param *find(const vf_ctx *ctx, const char *name, size_t *pos) {
  size_t lo = 0, hi = ctx->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = strcmp(ctx->p[mid]->name, name);
    if (c == 0) { if (pos) *pos = mid; return ctx->p[mid]; }
    if (c < 0) lo = mid + 1; else hi = mid;
  }
  if (pos) *pos = lo;
  return NULL;
}

static void fill_value(const vfi_param *p, const vfi_entry *e, vf_param_value *out) {
  *out = (vf_param_value){0}; /* not projected */
  out->name = p->name;
  out->unit = p->unit;
  out->num = e->num;
  out->den = e->den;
  out->valid_from = e->from;
  out->source = e->source;
  out->known = e->den != 0;
  out->decided = e->decided;
}

/* The lookup; with @p project, a gap after the last enacted value is filled
 * by the context's projection if it has one. */
static vf_status lookup(const vf_ctx *ctx, const char *name, vf_date on, vf_param_value *out,
                        bool project, vf_error *err) {
  if (!ctx || !name || !out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "ctx, name or out is NULL");
  const vfi_param *p = find(ctx, name, NULL);
  if (!p) return vfi_fail(err, VF_E_NOT_FOUND, 0, name, "unknown parameter '%.60s'", name);
  if (!vf_date_valid(on)) return vfi_fail(err, VF_E_DATE, 0, "date", "invalid date");
  /* last entry with from <= on */
  size_t lo = 0, hi = p->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (vf_date_cmp(p->e[mid].from, on) <= 0) lo = mid + 1; else hi = mid;
  }
  if (lo == 0) {
    char d[11], f[11] = "-", k[11];
    vf_date_format(on, d, sizeof d);
    if (p->n) vf_date_format(p->e[0].from, f, sizeof f);
    if (!p->n && ctx->known_on.year) {
      vf_date_format(ctx->known_on, k, sizeof k);
      return vfi_fail(err, VF_E_NO_VALUE, 0, name, "parameter '%s' has no value on %s: no row "
                      "of it was decided by %s (as known on)", name, d, k);
    }
    return vfi_fail(err, VF_E_NO_VALUE, 0, name,
                    "parameter '%s' has no value on %s (first entry from %s)", name, d, f);
  }
  const vfi_entry *e = &p->e[lo - 1];
  if (e->den == 0 && project && ctx->proj) {
    /* only a gap after the last enacted value: no enacted row follows it */
    size_t later = lo, last = lo - 1;
    while (later < p->n && p->e[later].den == 0) later++;
    while (last > 0 && p->e[last].den == 0) last--;
    if (later == p->n && p->e[last].den != 0) {
      vf_param_value base;
      fill_value(p, &p->e[last], &base);
      return vfi_proj_value(ctx->proj, ctx, &base, p->e[last + 1].from, p->e[last + 1].source,
                            on, out, err);
    }
  }
  if (e->den == 0) {
    char d[11], f[11];
    vf_date_format(on, d, sizeof d);
    vf_date_format(e->from, f, sizeof f);
    return vfi_fail(err, VF_E_NO_VALUE, 0, name, "parameter '%s' has no sourced value on %s "
                    "(unknown from %s: %s)", name, d, f, e->source);
  }
  fill_value(p, e, out);
  return VF_OK;
}

vf_status vf_param_get(const vf_ctx *ctx, const char *name, vf_date on, vf_param_value *out,
                       vf_error *err) {
  return lookup(ctx, name, on, out, true, err);
}

vf_status vfi_param_enacted(const vf_ctx *ctx, const char *name, vf_date on, vf_param_value *out,
                            vf_error *err) {
  return lookup(ctx, name, on, out, false, err);
}

vf_status vf_param_money(const vf_ctx *ctx, const char *name, vf_date on, vf_money *out,
                         vf_error *err) {
  vf_param_value v;
  vf_status s = vf_param_get(ctx, name, on, &v, err);
  if (s) return s;
  if (!unit_is_money(v.unit))
    return vfi_fail(err, VF_E_INVALID_ARG, 0, name, "parameter '%s' is a %s, not money", name,
                    vf_unit_name(v.unit));
  *out = v.num;
  return VF_OK;
}

size_t vf_param_count(const vf_ctx *ctx) { return ctx ? ctx->n : 0; }

const char *vf_param_name(const vf_ctx *ctx, size_t index) {
  return ctx && index < ctx->n ? ctx->p[index]->name : NULL;
}

size_t vf_param_entry_count(const vf_ctx *ctx, const char *name) {
  const vfi_param *p = ctx && name ? find(ctx, name, NULL) : NULL;
  return p ? p->n : 0;
}

vf_status vf_param_entry(const vf_ctx *ctx, const char *name, size_t index, vf_param_value *out,
                         vf_error *err) {
  if (!ctx || !name || !out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "ctx, name or out is NULL");
  const vfi_param *p = find(ctx, name, NULL);
  if (!p) return vfi_fail(err, VF_E_NOT_FOUND, 0, name, "unknown parameter '%.60s'", name);
  if (index >= p->n)
    return vfi_fail(err, VF_E_RANGE, 0, name, "parameter '%s' has %zu entries, not %zu", name,
                    p->n, index + 1);
  fill_value(p, &p->e[index], out);
  return VF_OK;
}

const char *vf_ctx_params_id(const vf_ctx *ctx) { return ctx ? ctx->id : ""; }
const char *vf_ctx_profile(const vf_ctx *ctx) { return ctx ? ctx->profile : ""; }

/* FNV-1a over everything that defines the values. */
static void hash_bytes(uint64_t *h, const void *data, size_t n) {
  const unsigned char *b = data;
  for (size_t i = 0; i < n; i++) { *h ^= b[i]; *h *= 1099511628211ULL; }
}

static void update_id(vf_ctx *ctx) {
  uint64_t h = 14695981039346656037ULL;
  if (ctx->known_on.year) { /* a view as known on a date gives other figures */
    int32_t k = vf_date_to_days(ctx->known_on);
    hash_bytes(&h, "as known on", 12);
    hash_bytes(&h, &k, sizeof k);
  }
  if (ctx->proj) { /* projected figures differ by method */
    uint64_t d = vfi_proj_digest(ctx->proj);
    hash_bytes(&h, "projection", 11);
    hash_bytes(&h, &d, sizeof d);
  }
  for (size_t i = 0; i < ctx->n; i++) {
    const vfi_param *p = ctx->all[i];
    hash_bytes(&h, p->name, strlen(p->name) + 1);
    int32_t u = (int32_t)p->unit;
    hash_bytes(&h, &u, sizeof u);
    for (size_t j = 0; j < p->n; j++) {
      int32_t d = vf_date_to_days(p->e[j].from);
      hash_bytes(&h, &d, sizeof d);
      hash_bytes(&h, &p->e[j].num, sizeof p->e[j].num);
      hash_bytes(&h, &p->e[j].den, sizeof p->e[j].den); /* 0 for gaps */
      hash_bytes(&h, p->e[j].source, strlen(p->e[j].source) + 1);
      if (vf_date_cmp(p->e[j].decided, p->e[j].from) != 0) {
        int32_t dd = vf_date_to_days(p->e[j].decided);
        hash_bytes(&h, &dd, sizeof dd);
      }
    }
  }
  snprintf(ctx->id, sizeof ctx->id, "%016llx", (unsigned long long)h);
}

/* ---- parsing values ---- */

static int64_t gcd64(int64_t a, int64_t b) {
  while (b) { int64_t t = a % b; a = b; b = t; }
  return a < 0 ? -a : a;
}

/* Parses @p text as a value of @p unit; messages name @p where and @p line. */
static vf_status parse_value(const char *text, vf_unit unit, int64_t *num, int64_t *den,
                             const char *where, int line, vf_error *err) {
  vf_error e2;
  if (!strcmp(text, "unknown")) { /* a gap in the sourced figures */
    *num = 0;
    *den = 0;
    return VF_OK;
  }
  if (unit_is_money(unit)) {
    vf_money m;
    if (vf_money_parse(text, &m, &e2))
      return vfi_fail(err, VF_E_PARSE, line, "value", "%s:%d: value: %s", where, line, e2.message);
    if (m < 0)
      return vfi_fail(err, VF_E_RANGE, line, "value", "%s:%d: value: negative amount '%.40s'",
                      where, line, text);
    *num = m;
    *den = 1;
    return VF_OK;
  }
  if (unit == VF_UNIT_RATIO) {
    const char *slash = strchr(text, '/');
    int64_t n, d;
    if (slash) {
      char a[32];
      size_t len = (size_t)(slash - text);
      if (len == 0 || len >= sizeof a) goto bad;
      memcpy(a, text, len);
      a[len] = '\0';
      if (!vfi_parse_int64(a, &n) || !vfi_parse_int64(slash + 1, &d) || d <= 0) goto bad;
    } else {
      /* decimal with up to 6 decimals, read exactly as num / 10^k */
      const char *p = text;
      n = 0;
      d = 1;
      int digits = 0, dec = -1;
      if (*p == '-') goto neg;
      for (; *p; p++) {
        if (*p >= '0' && *p <= '9') {
          if (dec >= 0 && ++dec > 6) goto bad;
          if (n > (INT64_MAX - 9) / 10) goto bad;
          n = n * 10 + (*p - '0');
          if (dec > 0) d *= 10;
          digits++;
        } else if (*p == '.' && dec < 0 && digits) {
          dec = 0;
        } else {
          goto bad;
        }
      }
      if (!digits || dec == 0) goto bad;
    }
    if (n < 0) goto neg;
    int64_t g = gcd64(n, d);
    *num = g ? n / g : 0;
    *den = g ? d / g : 1;
    if (*num == 0) *den = 1;
    return VF_OK;
  bad:
    return vfi_fail(err, VF_E_PARSE, line, "value",
                    "%s:%d: value: '%.40s' is not a ratio (write 0.8 or 2/3)", where, line, text);
  neg:
    return vfi_fail(err, VF_E_RANGE, line, "value", "%s:%d: value: negative ratio '%.40s'", where,
                    line, text);
  }
  int64_t v;
  if (unit == VF_UNIT_BOOL) {
    if (!strcmp(text, "1") || !strcmp(text, "true")) v = 1;
    else if (!strcmp(text, "0") || !strcmp(text, "false")) v = 0;
    else
      return vfi_fail(err, VF_E_PARSE, line, "value", "%s:%d: value: '%.40s' is not 0 or 1",
                      where, line, text);
  } else {
    if (!vfi_parse_int64(text, &v))
      return vfi_fail(err, VF_E_PARSE, line, "value", "%s:%d: value: '%.40s' is not a whole number",
                      where, line, text);
    if (v < 0)
      return vfi_fail(err, VF_E_RANGE, line, "value", "%s:%d: value: negative count '%.40s'",
                      where, line, text);
  }
  *num = v;
  *den = 1;
  return VF_OK;
}

static bool valid_name(const char *s) {
  if (!*s || strlen(s) > 63) return false;
  for (; *s; s++)
    if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_' || *s == '.'))
      return false;
  return true;
}

/* ---- applying entries (copy-on-write on a working array) ---- */

typedef struct work {
  vfi_param **p;
  size_t n, cap;
  bool *own; /* p[i] is a private copy that may be changed in place */
} work;

static vf_status work_begin(work *w, const vf_ctx *ctx, vf_error *err) {
  w->n = ctx ? ctx->n : 0;
  w->cap = w->n + 8;
  w->p = calloc(w->cap, sizeof *w->p);
  w->own = calloc(w->cap, sizeof *w->own);
  if (!w->p || !w->own) {
    free(w->p);
    free(w->own);
    return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  }
  for (size_t i = 0; i < w->n; i++) w->p[i] = param_retain(ctx->all[i]);
  return VF_OK;
}

static void work_abort(work *w) {
  release_all(w->p, w->n);
  free(w->own);
}

/* The rows of @p p decided by @p on: @p p itself (retained) when all are,
 * else a copy without the others. NULL when out of memory. */
static vfi_param *param_as_known_on(vfi_param *p, vf_date on) {
  size_t keep = 0;
  for (size_t j = 0; j < p->n; j++) keep += vf_date_cmp(p->e[j].decided, on) <= 0;
  if (keep == p->n) return param_retain(p);
  vfi_param *c = calloc(1, sizeof *c);
  if (!c) return NULL;
  atomic_init(&c->refs, 1);
  c->unit = p->unit;
  c->name = vfi_strdup(p->name);
  c->e = calloc(keep ? keep : 1, sizeof *c->e);
  if (!c->name || !c->e) goto fail;
  for (size_t j = 0; j < p->n; j++) {
    if (vf_date_cmp(p->e[j].decided, on) > 0) continue;
    c->e[c->n] = p->e[j];
    if (!(c->e[c->n].source = vfi_strdup(p->e[j].source))) goto fail;
    c->n++;
  }
  return c;
fail:
  param_release(c);
  return NULL;
}

/* Rebuilds the view ctx->p from ctx->all and ctx->known_on. On failure the
 * context keeps its old view. */
static vf_status rebuild_view(vf_ctx *ctx, vf_error *err) {
  vfi_param **v = calloc(ctx->n ? ctx->n : 1, sizeof *v);
  if (!v) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  for (size_t i = 0; i < ctx->n; i++) {
    v[i] = ctx->known_on.year ? param_as_known_on(ctx->all[i], ctx->known_on)
                              : param_retain(ctx->all[i]);
    if (!v[i]) {
      release_all(v, i);
      return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
    }
  }
  if (ctx->p) release_all(ctx->p, ctx->n);
  ctx->p = v;
  return VF_OK;
}

static vf_status work_commit(work *w, vf_ctx *ctx, vf_error *err) {
  vfi_param **old_all = ctx->all, **old_p = ctx->p;
  size_t old_n = ctx->n;
  ctx->all = w->p;
  ctx->n = w->n;
  ctx->p = NULL;
  vf_status s = rebuild_view(ctx, err);
  if (s) { /* keep the context as it was */
    release_all(ctx->all, ctx->n);
    free(w->own);
    ctx->all = old_all;
    ctx->p = old_p;
    ctx->n = old_n;
    return s;
  }
  if (old_all) release_all(old_all, old_n);
  if (old_p) release_all(old_p, old_n);
  free(w->own);
  update_id(ctx);
  ctx->serial = atomic_fetch_add(&next_serial, 1);
  return VF_OK;
}

/* Returns the parameter named @p name in the working array, made private,
 * creating it if @p create. NULL with *err set on failure. */
static vfi_param *work_param(work *w, const char *name, vf_unit unit, bool create, int line,
                             const char *where, vf_error *err) {
  size_t lo = 0, hi = w->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = strcmp(w->p[mid]->name, name);
    if (c == 0) { lo = mid; hi = mid + 1; break; }
    if (c < 0) lo = mid + 1; else hi = mid;
  }
  size_t i = lo;
  bool found = i < w->n && strcmp(w->p[i]->name, name) == 0;
  if (!found) {
    if (!create) {
      vfi_fail(err, VF_E_NOT_FOUND, line, "name", "%s:%d: name: unknown parameter '%.60s'",
               where, line, name);
      return NULL;
    }
    if (w->n == w->cap) {
      size_t cap = w->cap * 2;
      vfi_param **p = realloc(w->p, cap * sizeof *p);
      if (p) w->p = p;
      bool *o = realloc(w->own, cap * sizeof *o);
      if (o) w->own = o;
      if (!p || !o) { vfi_fail(err, VF_E_NOMEM, line, "", "out of memory"); return NULL; }
      w->cap = cap;
    }
    vfi_param *np = calloc(1, sizeof *np);
    if (np) np->name = vfi_strdup(name);
    if (!np || !np->name) {
      free(np);
      vfi_fail(err, VF_E_NOMEM, line, "", "out of memory");
      return NULL;
    }
    atomic_init(&np->refs, 1);
    np->unit = unit;
    memmove(w->p + i + 1, w->p + i, (w->n - i) * sizeof *w->p);
    memmove(w->own + i + 1, w->own + i, (w->n - i) * sizeof *w->own);
    w->p[i] = np;
    w->own[i] = true;
    w->n++;
    return np;
  }
  vfi_param *p = w->p[i];
  if (p->unit != unit) {
    vfi_fail(err, VF_E_INVALID_ARG, line, "unit", "%s:%d: unit: parameter '%s' is in %s, not %s",
             where, line, name, vf_unit_name(p->unit), vf_unit_name(unit));
    return NULL;
  }
  if (w->own[i]) return p;
  vfi_param *c = calloc(1, sizeof *c);
  if (!c) goto nomem;
  atomic_init(&c->refs, 1);
  c->unit = p->unit;
  c->name = vfi_strdup(p->name);
  c->e = calloc(p->n ? p->n : 1, sizeof *c->e);
  if (!c->name || !c->e) goto nomem_c;
  for (size_t j = 0; j < p->n; j++) {
    c->e[j] = p->e[j];
    c->e[j].source = vfi_strdup(p->e[j].source);
    if (!c->e[j].source) goto nomem_c;
    c->n = j + 1;
  }
  param_release(p);
  w->p[i] = c;
  w->own[i] = true;
  return c;
nomem_c:
  param_release(c);
nomem:
  vfi_fail(err, VF_E_NOMEM, line, "", "out of memory");
  return NULL;
}

/* Orders entries by valid-from date, then by decided date. */
static int entry_cmp(vf_date from_a, vf_date dec_a, vf_date from_b, vf_date dec_b) {
  int c = vf_date_cmp(from_a, from_b);
  return c ? c : vf_date_cmp(dec_a, dec_b);
}

/* Merges one entry into a private parameter. Without a decided date
 * (@p decided year 0) it replaces every entry of the same valid-from date
 * and is decided on that date; with one, it replaces the entry of the same
 * (valid-from, decided) pair. Otherwise it is inserted in order. */
static vf_status add_entry(vfi_param *p, vf_date from, int64_t num, int64_t den,
                           const char *source, vf_date decided, int line, vf_error *err) {
  char *src = vfi_strdup(source);
  if (!src) return vfi_fail(err, VF_E_NOMEM, line, "", "out of memory");
  if (!decided.year) {
    decided = from;
    size_t k = 0; /* drop the rows of this valid-from date */
    for (size_t j = 0; j < p->n; j++) {
      if (vf_date_cmp(p->e[j].from, from) == 0) free(p->e[j].source);
      else p->e[k++] = p->e[j];
    }
    p->n = k;
  }
  size_t i = 0;
  while (i < p->n && entry_cmp(p->e[i].from, p->e[i].decided, from, decided) < 0) i++;
  if (i < p->n && entry_cmp(p->e[i].from, p->e[i].decided, from, decided) == 0) {
    free(p->e[i].source);
    p->e[i] = (vfi_entry){from, num, den, src, decided};
    return VF_OK;
  }
  vfi_entry *e = realloc(p->e, (p->n + 1) * sizeof *e);
  if (!e) { free(src); return vfi_fail(err, VF_E_NOMEM, line, "", "out of memory"); }
  p->e = e;
  memmove(e + i + 1, e + i, (p->n - i) * sizeof *e);
  e[i] = (vfi_entry){from, num, den, src, decided};
  p->n++;
  return VF_OK;
}

static vf_status unit_from_name(const char *s, vf_unit *out) {
  for (int u = VF_UNIT_NOK; u <= VF_UNIT_BOOL; u++)
    if (!strcmp(s, unit_names[u])) { *out = (vf_unit)u; return VF_OK; }
  return VF_E_UNKNOWN_CODE;
}

/* Parses a whole parameter file into the working array. With @p define, new
 * parameter names are created (the embedded tables); otherwise only known
 * parameters may be set (overrides, profiles). */
static vf_status apply_text(work *w, const char *text, size_t len, const char *where,
                            bool define, vf_error *err) {
  static const char *const header[6] = {"name", "valid_from", "value", "unit", "source",
                                        "decided"};
  vf_error local;
  if (!err) err = &local; /* the status of a nested failure is read back from it */
  vfi_csv r;
  vfi_csv_init(&r, text, len, where, true);
  vf_status s = VF_OK;
  int rc = vfi_csv_next(&r, err);
  if (rc <= 0) {
    s = rc < 0 ? err->status
               : vfi_fail(err, VF_E_PARSE, 1, "", "%s: empty file: the header line "
                          "'name,valid_from,value,unit,source' is missing", where);
    goto out;
  }
  /* five columns, or six with the optional `decided` (docs/parameters.md) */
  size_t ncols = r.nfields;
  bool ok = ncols == 5 || ncols == 6;
  for (size_t i = 0; ok && i < ncols; i++) ok = !strcmp(r.fields[i], header[i]);
  if (!ok) {
    s = vfi_fail(err, VF_E_PARSE, r.line, "", "%s:%d: header must be exactly "
                 "'name,valid_from,value,unit,source' or "
                 "'name,valid_from,value,unit,source,decided'", where, r.line);
    goto out;
  }
  /* Within one file a parameter's rows must ascend strictly by date (and,
   * for one valid-from date, by decided date). */
  char last_name[64] = "";
  vf_date last_from = {0, 0, 0}, last_decided = {0, 0, 0};
  while ((rc = vfi_csv_next(&r, err)) > 0) {
    int line = r.line;
    if (r.nfields != ncols) {
      s = vfi_fail(err, VF_E_PARSE, line, "", "%s:%d: expected %zu fields, found %zu", where,
                   line, ncols, r.nfields);
      goto out;
    }
    const char *name = r.fields[0], *from_s = r.fields[1], *val = r.fields[2],
               *unit_s = r.fields[3], *src = r.fields[4];
    if (!valid_name(name)) {
      s = vfi_fail(err, VF_E_PARSE, line, "name", "%s:%d: name: '%.60s' is not a parameter name "
                   "(lower-case letters, digits, '_' and '.')", where, line, name);
      goto out;
    }
    vf_date from;
    vf_error de;
    if (vf_date_parse(from_s, &from, &de)) {
      s = vfi_fail(err, VF_E_DATE, line, "valid_from", "%s:%d: valid_from: %s", where, line,
                   de.message);
      goto out;
    }
    vf_unit unit;
    if (unit_from_name(unit_s, &unit)) {
      s = vfi_fail(err, VF_E_UNKNOWN_CODE, line, "unit", "%s:%d: unit: unknown unit '%.40s'",
                   where, line, unit_s);
      goto out;
    }
    int64_t num = 0, den = 0;
    if ((s = parse_value(val, unit, &num, &den, where, line, err))) goto out;
    if (!*src) {
      s = vfi_fail(err, VF_E_PARSE, line, "source", "%s:%d: source: empty; every value must "
                   "cite its source (fill it in, or delete the row)", where, line);
      goto out;
    }
    vf_date decided = {0, 0, 0}; /* not given: decided on valid_from */
    if (ncols == 6 && *r.fields[5]) {
      if (vf_date_parse(r.fields[5], &decided, &de)) {
        s = vfi_fail(err, VF_E_DATE, line, "decided", "%s:%d: decided: %s", where, line,
                     de.message);
        goto out;
      }
    }
    vf_date dkey = decided.year ? decided : from;
    if (!strcmp(name, last_name) &&
        (vf_date_cmp(from, last_from) < 0 ||
         (vf_date_cmp(from, last_from) == 0 && (!decided.year || vf_date_cmp(dkey, last_decided) <= 0)))) {
      s = vfi_fail(err, VF_E_DUPLICATE, line, "valid_from", "%s:%d: valid_from: %s is not after "
                   "the previous row of '%s' (two rows of one date need later decided dates)",
                   where, line, from_s, name);
      goto out;
    }
    snprintf(last_name, sizeof last_name, "%s", name);
    last_from = from;
    last_decided = dkey;
    vfi_param *p = work_param(w, name, unit, define, line, where, err);
    if (!p) { s = err->status; goto out; }
    if ((s = add_entry(p, from, num, den, src, decided, line, err))) goto out;
  }
  if (rc < 0) s = err->status;
out:
  vfi_csv_free(&r);
  return s;
}

/* ---- public setup calls ---- */

vf_status vf_ctx_load_params_text(vf_ctx *ctx, const char *text, size_t len, const char *name,
                                  vf_error *err) {
  if (!ctx || (!text && len)) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "ctx or text is NULL");
  work w;
  vf_status s = work_begin(&w, ctx, err);
  if (s) return s;
  if ((s = apply_text(&w, text ? text : "", len, name ? name : "<text>", false, err))) {
    work_abort(&w);
    return s;
  }
  return work_commit(&w, ctx, err);
}

vf_status vf_ctx_load_params_file(vf_ctx *ctx, const char *path, vf_error *err) {
  if (!ctx) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "ctx is NULL");
  char *text;
  size_t len;
  vf_status s = vfi_read_file(path, &text, &len, err);
  if (s) return s;
  s = vf_ctx_load_params_text(ctx, text, len, path, err);
  free(text);
  return s;
}

vf_status vf_ctx_set_param(vf_ctx *ctx, const char *name, vf_date valid_from, int64_t num,
                           int64_t den, const char *source, vf_error *err) {
  if (!ctx || !name || !source) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "ctx, name or source is NULL");
  if (!*source) return vfi_fail(err, VF_E_INVALID_ARG, 0, "source", "every value must cite its source");
  if (!vf_date_valid(valid_from)) return vfi_fail(err, VF_E_DATE, 0, "valid_from", "invalid date");
  const vfi_param *old = find(ctx, name, NULL);
  if (!old) return vfi_fail(err, VF_E_NOT_FOUND, 0, name, "unknown parameter '%.60s'", name);
  if (den <= 0) return vfi_fail(err, VF_E_RANGE, 0, name, "denominator must be positive");
  if (num < 0) return vfi_fail(err, VF_E_RANGE, 0, name, "'%s' cannot be negative", name);
  if (old->unit != VF_UNIT_RATIO && den != 1)
    return vfi_fail(err, VF_E_RANGE, 0, name, "'%s' is in %s: denominator must be 1", name,
                    vf_unit_name(old->unit));
  if (old->unit == VF_UNIT_BOOL && num > 1)
    return vfi_fail(err, VF_E_RANGE, 0, name, "'%s' is a boolean: value must be 0 or 1", name);
  vf_error local;
  if (!err) err = &local;
  work w;
  vf_status s = work_begin(&w, ctx, err);
  if (s) return s;
  vfi_param *p = work_param(&w, name, old->unit, false, 0, "set_param", err);
  if (!p || (s = add_entry(p, valid_from, num, den, source, (vf_date){0, 0, 0}, 0, err))) {
    work_abort(&w);
    return p ? s : err->status;
  }
  return work_commit(&w, ctx, err);
}

size_t vf_profile_count(void) { return vfi_profile_file_count + 1; }

const char *vf_profile_name(size_t index) {
  if (index == 0) return "default";
  return index <= vfi_profile_file_count ? vfi_profile_files[index - 1].name : NULL;
}

vf_status vf_ctx_new(vf_ctx **out, const char *profile, vf_error *err) {
  if (!out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "out", "out is NULL");
  if (!profile) profile = "default";
  const vfi_embedded_file *pf = NULL;
  if (strcmp(profile, "default") != 0) {
    for (size_t i = 0; i < vfi_profile_file_count; i++)
      if (!strcmp(vfi_profile_files[i].name, profile)) pf = &vfi_profile_files[i];
    if (!pf) return vfi_fail(err, VF_E_NOT_FOUND, 0, "profile", "unknown municipality profile "
                             "'%.40s'", profile);
  }
  vf_ctx *ctx = calloc(1, sizeof *ctx);
  if (!ctx) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  snprintf(ctx->profile, sizeof ctx->profile, "%s", profile);
  work w;
  vf_status s = work_begin(&w, NULL, err);
  for (size_t i = 0; !s && i < vfi_param_file_count; i++)
    if (strcmp(vfi_param_files[i].name, "projection")) /* projection rules, not a table */
      s = apply_text(&w, vfi_param_files[i].data, vfi_param_files[i].len, vfi_param_files[i].name,
                   true, err);
  if (!s && pf) s = apply_text(&w, pf->data, pf->len, pf->name, false, err);
  if (s) {
    work_abort(&w);
    free(ctx);
    return s;
  }
  if ((s = work_commit(&w, ctx, err))) {
    free(ctx);
    return s;
  }
  *out = ctx;
  return VF_OK;
}

vf_status vf_ctx_clone(vf_ctx **out, const vf_ctx *base, vf_error *err) {
  if (!out || !base) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "out or base is NULL");
  vf_ctx *ctx = calloc(1, sizeof *ctx);
  vfi_param **p = calloc(base->n ? base->n : 1, sizeof *p);
  vfi_param **all = calloc(base->n ? base->n : 1, sizeof *all);
  if (!ctx || !p || !all) {
    free(ctx);
    free(p);
    free(all);
    return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  }
  for (size_t i = 0; i < base->n; i++) {
    p[i] = param_retain(base->p[i]);
    all[i] = param_retain(base->all[i]);
  }
  memcpy(ctx->profile, base->profile, sizeof ctx->profile);
  memcpy(ctx->id, base->id, sizeof ctx->id);
  ctx->p = p;
  ctx->all = all;
  ctx->known_on = base->known_on;
  ctx->proj = vfi_proj_retain(base->proj);
  ctx->n = base->n;
  ctx->serial = atomic_fetch_add(&next_serial, 1);
  *out = ctx;
  return VF_OK;
}

void vf_ctx_free(vf_ctx *ctx) {
  if (!ctx) return;
  release_all(ctx->p, ctx->n);
  release_all(ctx->all, ctx->n);
  vfi_proj_release(ctx->proj);
  free(ctx);
}

vf_status vf_ctx_set_as_known_on(vf_ctx *ctx, vf_date on, vf_error *err) {
  if (!ctx) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "ctx is NULL");
  bool clear = on.year == 0 && on.month == 0 && on.day == 0;
  if (!clear && !vf_date_valid(on))
    return vfi_fail(err, VF_E_DATE, 0, "as_known_on", "as_known_on: invalid date");
  vf_date old = ctx->known_on;
  ctx->known_on = clear ? (vf_date){0, 0, 0} : on;
  vf_status s = rebuild_view(ctx, err);
  if (s) {
    ctx->known_on = old;
    return s;
  }
  update_id(ctx);
  ctx->serial = atomic_fetch_add(&next_serial, 1);
  return VF_OK;
}

vf_date vf_ctx_as_known_on(const vf_ctx *ctx) {
  return ctx ? ctx->known_on : (vf_date){0, 0, 0};
}

vf_status vf_ctx_set_projection(vf_ctx *ctx, vf_projection_method method, int64_t hundredths,
                                const char *index_path, vf_error *err) {
  if (!ctx) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "ctx is NULL");
  vfi_proj *p;
  vf_status s = vfi_proj_new(&p, ctx, method, hundredths, index_path, err);
  if (s) return s;
  vfi_proj_release(ctx->proj);
  ctx->proj = p;
  update_id(ctx);
  ctx->serial = atomic_fetch_add(&next_serial, 1);
  return VF_OK;
}

const char *vf_ctx_projection(const vf_ctx *ctx) { return ctx ? vfi_proj_text(ctx->proj) : ""; }
