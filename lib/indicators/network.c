/* Network comparison (ASSS service profile): the networks of data/networks/,
 * the average and index of every indicator, and the result's output
 * (docs/indicators.md, "Network comparison"). Integer arithmetic only. */
#include "core/embedded.h"
#include "core/sbuf.h"
#include "indicators/network_internal.h"
#include "parse/csv.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const int64_t p10[] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000};

/* ---- networks ---- */

size_t vf_network_count(void) { return vfi_network_file_count; }

const char *vf_network_name(size_t index) {
  return index < vfi_network_file_count ? vfi_network_files[index].name : NULL;
}

typedef struct member {
  int municipality;
  char *name; /* owned */
} member;

typedef struct members {
  member *m;
  size_t n, cap;
} members;

static void members_free(members *ms) {
  for (size_t i = 0; i < ms->n; i++) free(ms->m[i].name);
  free(ms->m);
  memset(ms, 0, sizeof *ms);
}

static vf_status members_add(members *ms, int municipality, const char *name, vf_error *err) {
  for (size_t i = 0; i < ms->n; i++)
    if (ms->m[i].municipality == municipality) return VF_OK;
  if (ms->n == ms->cap) {
    size_t cap = ms->cap ? 2 * ms->cap : 16;
    member *m = realloc(ms->m, cap * sizeof *m);
    if (!m) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
    ms->m = m;
    ms->cap = cap;
  }
  char *copy = vfi_strdup(name ? name : "");
  if (!copy) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  ms->m[ms->n].municipality = municipality;
  ms->m[ms->n++].name = copy;
  return VF_OK;
}

/* The members of `network` in `year` from its embedded definition
 * (municipality,name,from_year,to_year,source). */
static vf_status load_members(const char *network, int year, members *ms, vf_error *err) {
  const vfi_embedded_file *ef = NULL;
  for (size_t i = 0; i < vfi_network_file_count; i++)
    if (network && !strcmp(vfi_network_files[i].name, network)) ef = &vfi_network_files[i];
  if (!ef) return vfi_fail(err, VF_E_NOT_FOUND, 0, "network", "unknown network '%s'",
                           network ? network : "(null)");
  vfi_csv r;
  vfi_csv_init(&r, ef->data, ef->len, ef->name, true);
  vf_status s = VF_OK;
  int got = vfi_csv_next(&r, err); /* header */
  while (got == 1 && (got = vfi_csv_next(&r, err)) == 1) {
    if (r.nfields < 4) continue;
    int from = atoi(r.fields[2]), to = r.fields[3][0] ? atoi(r.fields[3]) : 9999;
    if (year >= from && year <= to && (s = members_add(ms, atoi(r.fields[0]), r.fields[1], err)))
      break;
  }
  vfi_csv_free(&r);
  if (got < 0 && !s) s = VF_E_PARSE; /* the embedded table is checked by the tests */
  return s;
}

vf_status vf_network_members(const char *network, int year, int *numbers, size_t cap, size_t *n,
                             vf_error *err) {
  if (!n || (!numbers && cap)) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "n or numbers is NULL");
  members ms = {0};
  vf_status s = load_members(network, year, &ms, err);
  if (!s) {
    for (size_t i = 0; i < ms.n && i < cap; i++) numbers[i] = ms.m[i].municipality;
    *n = ms.n;
  }
  members_free(&ms);
  return s;
}

size_t vf_network_member_name(const char *network, int year, int municipality, char *buf,
                              size_t size) {
  members ms = {0};
  const char *name = "";
  if (!load_members(network, year, &ms, NULL))
    for (size_t i = 0; i < ms.n; i++)
      if (ms.m[i].municipality == municipality) name = ms.m[i].name;
  size_t len = strlen(name);
  if (buf && size) snprintf(buf, size, "%s", name);
  members_free(&ms);
  return len;
}

/* ---- comparison ---- */

struct vf_network_result {
  int year;
  char *network;
  vf_network_row *rows;
  size_t nrows;
  char **names; /* indicator names, owned */
  size_t nnames;
  members ms;
};

void vf_network_result_free(vf_network_result *res) {
  if (!res) return;
  for (size_t i = 0; i < res->nnames; i++) free(res->names[i]);
  free(res->names);
  free(res->rows);
  free(res->network);
  members_free(&res->ms);
  free(res);
}

int vf_network_result_year(const vf_network_result *res) { return res ? res->year : 0; }
size_t vf_network_result_rows(const vf_network_result *res) { return res ? res->nrows : 0; }

vf_status vf_network_result_row(const vf_network_result *res, size_t index, vf_network_row *out,
                                vf_error *err) {
  if (!res || !out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "res or out is NULL");
  if (index >= res->nrows)
    return vfi_fail(err, VF_E_RANGE, 0, "index", "row %zu of %zu", index, res->nrows);
  *out = res->rows[index];
  return VF_OK;
}

static vfi_i128 gcd(vfi_i128 a, vfi_i128 b) {
  if (a < 0) a = -a;
  if (b < 0) b = -b;
  while (b) { vfi_i128 t = a % b; a = b; b = t; }
  return a;
}

/* n/d (d > 0) reduced into 64 bits; false if it does not fit. */
static bool fit(vfi_i128 n, vfi_i128 d, int64_t *num, int64_t *den) {
  vfi_i128 g = gcd(n, d);
  if (g > 1) { n /= g; d /= g; }
  if (n > INT64_MAX || n < -INT64_MAX || d > INT64_MAX) return false;
  *num = (int64_t)n;
  *den = (int64_t)d;
  return true;
}

static bool mul(vfi_i128 a, vfi_i128 b, vfi_i128 *out) { return !__builtin_mul_overflow(a, b, out); }

/* in / id as an index (the caller multiplies by 100); undefined when id is 0. */
static void set_index(vf_indicator_value *x, vfi_i128 in, vfi_i128 id) {
  vfi_value_set(x, VF_IND_COUNT, VF_IUNIT_INDEX, 0, 0);
  if (!id) return;
  if (id < 0) { in = -in; id = -id; }
  int64_t n, d;
  if (fit(in, id, &n, &d)) {
    vfi_value_set(x, VF_IND_COUNT, VF_IUNIT_INDEX, n, d);
  } else { /* keep the published tenths when the exact ratio is too large */
    vfi_value_set(x, VF_IND_COUNT, VF_IUNIT_INDEX, vfi_div_round(in * 10, id), 10);
  }
}

static vf_status overflow(const char *ind, vf_error *err) {
  return vfi_fail(err, VF_E_OVERFLOW, 0, "indicator",
                  "the network average of '%s' does not fit in 128-bit arithmetic", ind);
}

static vf_status compare_rows(const vf_network_data *nd, const vf_network_result *res,
                              const char *ind, int how, vf_network_row *rows,
                              const vfn_figure **fig, vf_error *err);

/* The average row and member rows of one indicator into rows[0..k]. */
static vf_status compare_one(const vf_network_data *nd, const vf_network_result *res,
                             const char *ind, int how, vf_network_row *rows, vf_error *err) {
  size_t k = res->ms.n;
  const vfn_figure **fig = malloc((k ? k : 1) * sizeof *fig);
  if (!fig) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  vf_status s = compare_rows(nd, res, ind, how, rows, fig, err);
  free(fig);
  return s;
}

static vf_status compare_rows(const vf_network_data *nd, const vf_network_result *res,
                              const char *ind, int how, vf_network_row *rows,
                              const vfn_figure **fig, vf_error *err) {
  size_t k = res->ms.n;
  int used = 0, missing = 0, dmax = 0, ndec = 0, ddec = 0;
  const char *no_ratio = NULL;
  int no_ratio_mun = 0;
  for (size_t i = 0; i < k; i++) {
    fig[i] = vfn_find(nd, res->year, res->ms.m[i].municipality, ind);
    if (!fig[i] || !fig[i]->ok) { missing++; continue; }
    used++;
    if (fig[i]->value.dec > dmax) dmax = fig[i]->value.dec;
    if (!fig[i]->has_ratio) {
      if (!no_ratio) { no_ratio = ind; no_ratio_mun = fig[i]->municipality; }
      continue;
    }
    if (fig[i]->num.dec > ndec) ndec = fig[i]->num.dec;
    if (fig[i]->den.dec > ddec) ddec = fig[i]->den.dec;
  }
  vf_network_average method = how == VF_NETWORK_AUTO
                                  ? (used && !no_ratio ? VF_NETWORK_POOLED : VF_NETWORK_MEAN)
                                  : (vf_network_average)how;
  if (method == VF_NETWORK_POOLED && no_ratio)
    return vfi_fail(err, VF_E_NO_VALUE, 0, "numerator",
                    "pooled average of '%s': municipality %04d has no numerator and denominator",
                    ind, no_ratio_mun);
  /* sums over the members with a value */
  vfi_i128 sn = 0, sd = 0; /* mean: Σ s_i, k·10^dmax; pooled: Σ n_i', Σ d_i' */
  for (size_t i = 0; i < k; i++) {
    const vfn_figure *f = fig[i];
    if (!f || !f->ok) continue;
    if (method == VF_NETWORK_MEAN) {
      sn += (vfi_i128)f->value.v * p10[dmax - f->value.dec];
    } else {
      sn += (vfi_i128)f->num.v * p10[ndec - f->num.dec];
      sd += (vfi_i128)f->den.v * p10[ddec - f->den.dec];
    }
  }
  if (method == VF_NETWORK_MEAN) sd = (vfi_i128)used * p10[dmax];
  /* exact average: mean sn/sd; pooled sn·10^ddec / (sd·10^ndec) */
  vfi_i128 an = sn, ad = sd;
  if (method == VF_NETWORK_POOLED && (!mul(an, p10[ddec], &an) || !mul(ad, p10[ndec], &ad)))
    return overflow(ind, err);
  vf_network_row *a = &rows[0];
  memset(a, 0, sizeof *a);
  a->indicator = ind;
  a->name = "network average";
  a->how = method;
  a->members_used = used;
  a->members_missing = missing;
  a->decimals = dmax;
  vfi_value_set(&a->index, VF_IND_COUNT, VF_IUNIT_INDEX, 0, 0);
  if (!used || !ad) {
    a->status = VF_VALUE_UNDEFINED;
    snprintf(a->symbol, sizeof a->symbol, ".");
  } else {
    if (!fit(an, ad, &a->num, &a->den)) return overflow(ind, err);
    vfi_i128 rn;
    if (!mul(an, p10[dmax], &rn)) return overflow(ind, err);
    a->rounded = vfi_div_round(rn, ad);
    a->status = VF_VALUE_OK;
    if (an) set_index(&a->index, 100, 1);
  }
  for (size_t i = 0; i < k; i++) {
    const vfn_figure *f = fig[i];
    vf_network_row *r = &rows[i + 1];
    memset(r, 0, sizeof *r);
    r->indicator = ind;
    r->municipality = res->ms.m[i].municipality;
    r->name = res->ms.m[i].name;
    r->how = method;
    vfi_value_set(&r->index, VF_IND_COUNT, VF_IUNIT_INDEX, 0, 0);
    if (!f || !f->ok) {
      r->status = VF_VALUE_NO_DATA;
      r->index.status = VF_VALUE_NO_DATA;
      snprintf(r->symbol, sizeof r->symbol, "%s", f ? f->symbol : "..");
      continue;
    }
    r->status = VF_VALUE_OK;
    r->rounded = f->value.v;
    r->decimals = f->value.dec;
    r->num = f->value.v;
    r->den = p10[f->value.dec];
    vfi_i128 in, id;
    if (method == VF_NETWORK_MEAN) {
      /* v_i / (S / (k·10^D)) = s_i·k / S */
      vfi_i128 s = (vfi_i128)f->value.v * p10[dmax - f->value.dec];
      if (!mul(s, 100 * (vfi_i128)used, &in)) return overflow(ind, err);
      id = sn;
    } else {
      /* (n_i'/d_i') / (N/D) = n_i'·D / (d_i'·N) */
      vfi_i128 ni = (vfi_i128)f->num.v * p10[ndec - f->num.dec];
      vfi_i128 di = (vfi_i128)f->den.v * p10[ddec - f->den.dec];
      vfi_i128 vn, vd;
      if (mul(ni, p10[ddec], &vn) && mul(di, p10[ndec], &vd)) fit(vn, vd, &r->num, &r->den);
      if (!mul(ni, sd, &in) || !mul(in, 100, &in) || !mul(di, sn, &id)) return overflow(ind, err);
    }
    set_index(&r->index, in, id);
    if (!id) r->index.status = VF_VALUE_UNDEFINED;
  }
  return VF_OK;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

vf_status vf_network_compare(const vf_network_data *nd, const char *network, int year, int how,
                             vf_network_result **out, vf_error *err) {
  if (!nd || !out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "nd or out is NULL");
  *out = NULL;
  if (how != VF_NETWORK_AUTO && how != VF_NETWORK_POOLED && how != VF_NETWORK_MEAN)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "how", "unknown network average %d", how);
  size_t lo = 0, hi;
  while (lo < nd->n && nd->f[lo].year < year) lo++;
  for (hi = lo; hi < nd->n && nd->f[hi].year == year;) hi++;
  if (lo == hi) return vfi_fail(err, VF_E_NOT_FOUND, 0, "year", "no figures of %d", year);
  vf_network_result *res = calloc(1, sizeof *res);
  if (!res) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  res->year = year;
  vf_status s = VF_OK;
  if (network && !(res->network = vfi_strdup(network))) {
    s = vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
    goto fail;
  }
  if (network) s = load_members(network, year, &res->ms, err);
  for (size_t i = lo; !s && i < hi; i++) /* everyone, or the register's municipality */
    if (!network || nd->f[i].own) {
      char name[64] = "";
      if (network) vf_network_member_name(network, year, nd->f[i].municipality, name, sizeof name);
      s = members_add(&res->ms, nd->f[i].municipality, name, err);
    }
  if (s) goto fail;
  /* the indicators any member has */
  res->names = calloc(hi - lo, sizeof *res->names);
  if (!res->names) { s = vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory"); goto fail; }
  for (size_t i = lo; i < hi; i++) {
    bool is_member = false;
    for (size_t m = 0; m < res->ms.n && !is_member; m++)
      is_member = res->ms.m[m].municipality == nd->f[i].municipality;
    bool seen = false;
    for (size_t j = 0; j < res->nnames && !seen; j++) seen = !strcmp(res->names[j], nd->f[i].indicator);
    if (!is_member || seen) continue;
    if (!(res->names[res->nnames] = vfi_strdup(nd->f[i].indicator))) {
      s = vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
      goto fail;
    }
    res->nnames++;
  }
  if (!res->nnames) {
    s = vfi_fail(err, VF_E_NOT_FOUND, 0, "year", "no figures of the network's members in %d", year);
    goto fail;
  }
  qsort(res->names, res->nnames, sizeof *res->names, cmp_str);
  res->nrows = res->nnames * (res->ms.n + 1);
  if (!(res->rows = calloc(res->nrows, sizeof *res->rows))) {
    s = vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
    goto fail;
  }
  for (size_t j = 0; j < res->nnames && !s; j++)
    s = compare_one(nd, res, res->names[j], how, res->rows + j * (res->ms.n + 1), err);
  if (s) goto fail;
  *out = res;
  return VF_OK;
fail:
  vf_network_result_free(res);
  return s;
}

/* ---- output ---- */

/* The published value of a row, or its symbol. */
static void value_text(const vf_labels *l, const vf_network_row *r, char *buf, size_t size) {
  if (r->status != VF_VALUE_OK) { snprintf(buf, size, "%s", r->symbol); return; }
  vf_format_fixed(l, r->rounded, r->decimals, 0, buf, size);
}

static void index_text(const vf_labels *l, const vf_network_row *r, char *buf, size_t size) {
  vf_indicator_value_format_lang(&r->index, l, 0, buf, size);
  if (r->status == VF_VALUE_NO_DATA) snprintf(buf, size, "%s", "..");
}

void vf_network_row_text(const vf_network_row *row, const vf_labels *labels, char *value,
                         size_t value_size, char *index, size_t index_size) {
  if (!row) return;
  if (value && value_size) value_text(labels, row, value, value_size);
  if (index && index_size) index_text(labels, row, index, index_size);
}

static const char *how_name(vf_network_average h) { return h == VF_NETWORK_POOLED ? "pooled" : "mean"; }

static void json_str(vfi_sbuf *b, const char *s) {
  vfi_sbuf_put(b, "\"");
  for (; *s; s++) {
    if (*s == '"' || *s == '\\') vfi_sbuf_put(b, "\\%c", *s);
    else if ((unsigned char)*s < 0x20) vfi_sbuf_put(b, "\\u%04x", (unsigned)*s);
    else vfi_sbuf_put(b, "%c", *s);
  }
  vfi_sbuf_put(b, "\"");
}

static void csv_str(vfi_sbuf *b, const char *s) {
  if (!strpbrk(s, ",\"\n\r")) { vfi_sbuf_put(b, "%s", s); return; }
  vfi_sbuf_put(b, "\"");
  for (; *s; s++) vfi_sbuf_put(b, *s == '"' ? "\"\"" : "%c", *s);
  vfi_sbuf_put(b, "\"");
}

/* "left out: 1103 Stavanger (..), ..." for the members without a value. */
static void missing_list(vfi_sbuf *b, const vf_network_row *rows, size_t k) {
  bool first = true;
  for (size_t i = 1; i <= k; i++) {
    if (rows[i].status != VF_VALUE_NO_DATA) continue;
    vfi_sbuf_put(b, "%s%04d%s%s (%s)", first ? "" : ", ", rows[i].municipality, rows[i].name[0] ? " " : "",
        rows[i].name, rows[i].symbol);
    first = false;
  }
}

vf_status vf_network_result_render(const vf_network_result *res, vf_output_format format,
                                   char **out, size_t *len, vf_error *err) {
  return vf_network_result_render_lang(res, format, NULL, out, len, err);
}

vf_status vf_network_result_render_lang(const vf_network_result *res, vf_output_format format,
                                        const vf_labels *labels, char **out, size_t *len,
                                        vf_error *err) {
  if (!res || !out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "res or out is NULL");
  if (format < VF_OUTPUT_TEXT || format > VF_OUTPUT_MARKDOWN)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "format", "unknown output format %d", (int)format);
  vf_labels *en = NULL; /* the English headings are data too */
  if (!labels && (format == VF_OUTPUT_TEXT || format == VF_OUTPUT_MARKDOWN) &&
      vf_labels_new(&en, "en", err))
    return err ? err->status : VF_E_NOMEM;
  const vf_labels *l = labels ? labels : en;
  vfi_sbuf b = {0};
  size_t k = res->ms.n;
  const char *net = res->network ? res->network : vf_labels_get(l, "out.network.all");
  char line[512], year[16];
  snprintf(year, sizeof year, "%d", res->year);
  const char *ty[] = {year, net};
  if (format == VF_OUTPUT_CSV)
    vfi_sbuf_put(&b, "year,indicator,municipality,name,value,index,average,exact_num,exact_den,status\n");
  else if (format == VF_OUTPUT_JSON) {
    vfi_sbuf_put(&b, "{\n  \"year\": %d,\n  \"network\": ", res->year);
    if (res->network) json_str(&b, res->network);
    else vfi_sbuf_put(&b, "null");
    vfi_sbuf_put(&b, ",\n  \"indicators\": [");
  } else if (format == VF_OUTPUT_TEXT) {
    vf_labels_fill(l, "out.network.title", ty, 2, line, sizeof line);
    vfi_sbuf_put(&b, "%s\n", line);
  } else {
    vf_labels_fill(l, "out.network.md_title", ty, 2, line, sizeof line);
    vfi_sbuf_put(&b, "# %s\n\n%s\n", line, vf_labels_get(l, "out.network.md_index"));
  }
  for (size_t j = 0; j < res->nnames; j++) {
    const vf_network_row *rows = res->rows + j * (k + 1), *a = &rows[0];
    char v[48], x[48], mun[8];
    if (format == VF_OUTPUT_TEXT || format == VF_OUTPUT_MARKDOWN) {
      bool md = format == VF_OUTPUT_MARKDOWN;
      char key[96], used[16];
      snprintf(key, sizeof key, "indicator.%s", a->indicator);
      const char *iname = labels ? vf_labels_get(l, key) : NULL;
      vfi_sbuf_put(&b, md ? "\n## %s\n\n" : "\n%s\n", iname ? iname : a->indicator);
      snprintf(used, sizeof used, "%d", a->members_used);
      const char *tm[] = {vf_labels_get(l, a->how == VF_NETWORK_POOLED ? "out.network.pooled"
                                                                       : "out.network.mean"),
                          used};
      vf_labels_fill(l, a->members_used == 1 ? "out.network.members_one" : "out.network.members",
                     tm, 2, line, sizeof line);
      vfi_sbuf_put(&b, "%s%s", md ? "" : "  ", line);
      if (a->members_missing) {
        vfi_sbuf_put(&b, "%s", vf_labels_get(l, "out.network.left_out"));
        missing_list(&b, rows, k);
      }
      if (md)
        vfi_sbuf_put(&b, ".\n\n| %s | %s | %s |\n|---|---:|---:|\n", vf_labels_get(l, "out.network.municipality"),
            vf_labels_get(l, "out.network.value"), vf_labels_get(l, "out.network.index"));
      else vfi_sbuf_put(&b, ".\n");
      for (size_t i = 0; i <= k; i++) {
        const vf_network_row *r = &rows[i];
        char label[96];
        if (i) snprintf(label, sizeof label, "%04d %s", r->municipality, r->name);
        else snprintf(label, sizeof label, "%s", vf_labels_get(l, "out.network.average"));
        value_text(l, r, v, sizeof v);
        index_text(l, r, x, sizeof x);
        if (md) {
          vfi_sbuf_put(&b, "| %s | %s | %s |\n", label, v, x);
          continue;
        }
        vfi_sbuf_put(&b, "  %s", label);
        for (size_t n = vfi_utf8_width(label); n < 32; n++) vfi_sbuf_put(&b, " ");
        vfi_sbuf_put(&b, " %14s %8s\n", v, x);
      }
    } else if (format == VF_OUTPUT_CSV) {
      for (size_t i = 0; i <= k; i++) {
        const vf_network_row *r = &rows[i];
        vfi_sbuf_put(&b, "%d,", res->year);
        csv_str(&b, r->indicator);
        if (i) vfi_sbuf_put(&b, ",%04d,", r->municipality);
        else vfi_sbuf_put(&b, ",,");
        csv_str(&b, r->name);
        value_text(NULL, r, v, sizeof v);
        index_text(NULL, r, x, sizeof x);
        vfi_sbuf_put(&b, ",%s,%s,%s,", v, x, how_name(r->how));
        if (r->status == VF_VALUE_OK) vfi_sbuf_put(&b, "%lld,%lld", (long long)r->num, (long long)r->den);
        else vfi_sbuf_put(&b, ",");
        vfi_sbuf_put(&b, ",%s\n", r->status == VF_VALUE_OK ? "ok" : r->status == VF_VALUE_NO_DATA
                                                              ? "missing" : "undefined");
      }
    } else {
      vfi_sbuf_put(&b, "%s\n    {\"name\": ", j ? "," : "");
      json_str(&b, a->indicator);
      value_text(NULL, a, v, sizeof v);
      vfi_sbuf_put(&b, ", \"average\": {\"how\": \"%s\", \"value\": ", how_name(a->how));
      if (a->status == VF_VALUE_OK)
        vfi_sbuf_put(&b, "\"%s\", \"num\": %lld, \"den\": %lld", v, (long long)a->num, (long long)a->den);
      else vfi_sbuf_put(&b, "null, \"num\": null, \"den\": null");
      vfi_sbuf_put(&b, ", \"members_used\": %d, \"members_missing\": %d},\n     \"members\": [",
          a->members_used, a->members_missing);
      for (size_t i = 1; i <= k; i++) {
        const vf_network_row *r = &rows[i];
        snprintf(mun, sizeof mun, "%04d", r->municipality);
        vfi_sbuf_put(&b, "%s\n       {\"municipality\": \"%s\", \"name\": ", i > 1 ? "," : "", mun);
        json_str(&b, r->name);
        value_text(NULL, r, v, sizeof v);
        index_text(NULL, r, x, sizeof x);
        if (r->status == VF_VALUE_OK)
          vfi_sbuf_put(&b, ", \"status\": \"ok\", \"value\": \"%s\", \"index\": %s}", v,
              r->index.status == VF_VALUE_OK ? x : "null");
        else vfi_sbuf_put(&b, ", \"status\": \"missing\", \"symbol\": \"%s\", \"value\": null, "
                     "\"index\": null}", r->symbol);
      }
      vfi_sbuf_put(&b, "]}");
    }
  }
  if (format == VF_OUTPUT_JSON) vfi_sbuf_put(&b, "\n  ]\n}\n");
  vf_labels_free(en);
  if (b.nomem) {
    free(b.p);
    return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  }
  if (!b.p) vfi_sbuf_put(&b, "%s", "");
  if (b.nomem) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  *out = b.p;
  if (len) *len = b.len;
  return VF_OK;
}
