/* Trend series (velferd/trend.h): the published values of several years,
 * copied out of their results, with the year-on-year change. */
#include "velferd/trend.h"

#include "core/sbuf.h"
#include "indicators/indicators_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { NSERIES = VF_IND_COUNT + 2 };

typedef struct year_values {
  int year;
  vf_indicator_value v[NSERIES];
} year_values;

struct vf_trend {
  year_values *y;
  size_t n, cap;
};

vf_status vf_trend_new(vf_trend **out, vf_error *err) {
  if (!out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "out is NULL");
  *out = calloc(1, sizeof **out);
  return *out ? VF_OK : vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
}

void vf_trend_free(vf_trend *t) {
  if (!t) return;
  free(t->y);
  free(t);
}

/* The foreign citizens' cell of the citizenship table, as a count or a share. */
static vf_status foreign(const vf_indicators *ind, int percent, vf_indicator_value *out,
                         vf_error *err) {
  for (size_t i = 0; i < vf_indicators_table_rows(ind, VF_TABLE_CITIZENSHIP); i++) {
    vf_table_row r;
    vf_status s = vf_indicators_table_row(ind, VF_TABLE_CITIZENSHIP, i, &r, err);
    if (s) return s;
    if (r.value == VF_CITIZEN_FOREIGN)
      return vf_indicators_table_value(ind, VF_TABLE_CITIZENSHIP, i, percent, out, err);
  }
  return vfi_fail(err, VF_E_NOT_FOUND, 0, "citizenship", "the citizenship table has no foreign row");
}

vf_status vf_trend_add(vf_trend *t, const vf_indicators *ind, vf_error *err) {
  if (!t || !ind) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "t or ind is NULL");
  year_values yv;
  memset(&yv, 0, sizeof yv);
  yv.year = vf_indicators_year(ind);
  size_t at = 0;
  while (at < t->n && t->y[at].year < yv.year) at++;
  if (at < t->n && t->y[at].year == yv.year)
    return vfi_fail(err, VF_E_INCONSISTENT, 0, "year", "the series already has a result of %d",
                    yv.year);
  vf_status s = VF_OK;
  for (int w = 0; w < VF_IND_COUNT && !s; w++) s = vf_indicators_value(ind, (vf_indicator)w, &yv.v[w], err);
  if (!s) s = foreign(ind, 0, &yv.v[VF_TREND_FOREIGN], err);
  if (!s) s = foreign(ind, 1, &yv.v[VF_TREND_FOREIGN_SHARE], err);
  if (s) return s;
  if (t->n == t->cap) {
    size_t cap = t->cap ? 2 * t->cap : 4;
    year_values *p = realloc(t->y, cap * sizeof *p);
    if (!p) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
    t->y = p;
    t->cap = cap;
  }
  memmove(t->y + at + 1, t->y + at, (t->n - at) * sizeof *t->y);
  t->y[at] = yv;
  t->n++;
  return VF_OK;
}

size_t vf_trend_years(const vf_trend *t) { return t ? t->n : 0; }
int vf_trend_year(const vf_trend *t, size_t i) { return t && i < t->n ? t->y[i].year : 0; }
size_t vf_trend_series_count(void) { return NSERIES; }

const char *vf_trend_series_name(size_t s) {
  if (s < VF_IND_COUNT) return vf_indicator_name((vf_indicator)s);
  if (s == VF_TREND_FOREIGN) return "foreign_citizens";
  if (s == VF_TREND_FOREIGN_SHARE) return "foreign_citizens_share";
  return NULL;
}

vf_status vf_trend_value(const vf_trend *t, size_t s, size_t i, vf_indicator_value *out,
                         vf_error *err) {
  if (!t || !out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "t or out is NULL");
  if (s >= NSERIES || i >= t->n)
    return vfi_fail(err, VF_E_RANGE, 0, "index", "series %zu, year %zu out of range", s, i);
  *out = t->y[i].v[s];
  return VF_OK;
}

vf_status vf_trend_change(const vf_trend *t, size_t s, size_t i, vf_indicator_change *out,
                          vf_error *err) {
  if (!t || !out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "t or out is NULL");
  if (s >= NSERIES || i < 1 || i >= t->n)
    return vfi_fail(err, VF_E_RANGE, 0, "index", "series %zu, change to year %zu out of range", s, i);
  return vf_indicator_change_compute(&t->y[i - 1].v[s], &t->y[i].v[s], out, err);
}

/* ---- output ---- */

/* The published change: "+4" and "+400.0", or ".." where it cannot be given. */
static void change_text(const vf_labels *l, const vf_indicator_change *c, char *diff, char *rel,
                        size_t size) {
  snprintf(diff, size, "..");
  snprintf(rel, size, "..");
  if (c->status != VF_VALUE_OK) return;
  char d[40];
  vf_indicator_value_format_lang(&c->diff, l, 0, d, sizeof d);
  snprintf(diff, size, "%s%s", c->diff.num > 0 ? "+" : "", d);
  if (c->relative_status != VF_VALUE_OK) return;
  vf_format_fixed(l, c->relative_tenths, 1, 0, d, sizeof d);
  snprintf(rel, size, "%s%s", c->relative_tenths > 0 ? "+" : "", d);
}

/* A series' name in text and Markdown: its label in a language, its stable name in English. */
static const char *row_name(const vf_labels *l, size_t s) {
  const char *name = NULL;
  if (l && s < VF_IND_COUNT) name = vf_labels_indicator(l, (vf_indicator)s);
  else if (l) {
    char key[64];
    snprintf(key, sizeof key, "trend.%s", vf_trend_series_name(s));
    name = vf_labels_get(l, key);
  }
  return name ? name : vf_trend_series_name(s);
}

vf_status vf_trend_render_lang(const vf_trend *t, vf_output_format format, const vf_labels *labels,
                               char **out, size_t *len, vf_error *err) {
  if (!t || !out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "t or out is NULL");
  if (format < VF_OUTPUT_TEXT || format > VF_OUTPUT_MARKDOWN)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "format", "unknown output format %d", (int)format);
  if (!t->n) return vfi_fail(err, VF_E_NO_VALUE, 0, "", "the series has no year");
  bool csv = format == VF_OUTPUT_CSV, json = format == VF_OUTPUT_JSON;
  bool md = format == VF_OUTPUT_MARKDOWN, txt = format == VF_OUTPUT_TEXT;
  vf_labels *en = NULL; /* the English headings are data too */
  if (!labels && (txt || md) && vf_labels_new(&en, "en", err)) return err ? err->status : VF_E_NOMEM;
  const vf_labels *l = labels ? labels : en;
  const vf_labels *num = csv || json ? NULL : labels; /* numbers: language-neutral in CSV, JSON */
  vfi_sbuf b = {0};
  char first[16], last[16], prev[16], line[512], ch[128], chp[128];
  snprintf(first, sizeof first, "%d", t->y[0].year);
  snprintf(last, sizeof last, "%d", t->y[t->n - 1].year);
  snprintf(prev, sizeof prev, "%d", t->y[t->n > 1 ? t->n - 2 : 0].year);
  if (txt || md) {
    const char *a[] = {first, last, prev};
    vf_labels_fill(l, md ? "out.trend.md_title" : "out.trend.title", a, 3, line, sizeof line);
    const char *c[] = {prev, last};
    vf_labels_fill(l, "out.trend.change", c, 2, ch, sizeof ch);
    vf_labels_fill(l, "out.trend.change_pct", c, 2, chp, sizeof chp);
  }
  size_t nw = vfi_utf8_width(txt ? vf_labels_get(l, "out.trend.indicator") : "");
  for (size_t s = 0; txt && s < NSERIES; s++)
    if (vfi_utf8_width(row_name(labels, s)) > nw) nw = vfi_utf8_width(row_name(labels, s));
  if (csv) {
    vfi_sbuf_put(&b, "indicator");
    for (size_t i = 0; i < t->n; i++) vfi_sbuf_put(&b, ",%d", t->y[i].year);
    vfi_sbuf_put(&b, ",change,change_pct\n");
  } else if (json) {
    vfi_sbuf_put(&b, "{\"years\": [");
    for (size_t i = 0; i < t->n; i++) vfi_sbuf_put(&b, "%s%d", i ? ", " : "", t->y[i].year);
    vfi_sbuf_put(&b, "], \"change_from\": %s, \"change_to\": %s, \"series\": [", t->n > 1 ? prev : "null",
                 t->n > 1 ? last : "null");
  } else if (md) {
    vfi_sbuf_put(&b, "## %s\n\n| %s |", line, vf_labels_get(l, "out.trend.indicator"));
    for (size_t i = 0; i < t->n; i++) vfi_sbuf_put(&b, " %d |", t->y[i].year);
    vfi_sbuf_put(&b, " %s | %s |\n|---|", ch, chp);
    for (size_t i = 0; i < t->n + 2; i++) vfi_sbuf_put(&b, "---:|");
    vfi_sbuf_put(&b, "\n");
  } else {
    vfi_sbuf_put(&b, "\n%s\n\n", line);
    vfi_sbuf_pad(&b, vf_labels_get(l, "out.trend.indicator"), nw, false);
    for (size_t i = 0; i < t->n; i++) vfi_sbuf_put(&b, " %14d", t->y[i].year);
    vfi_sbuf_put(&b, " ");
    vfi_sbuf_pad(&b, ch, 20, true);
    vfi_sbuf_put(&b, " ");
    vfi_sbuf_pad(&b, chp, 20, true);
    vfi_sbuf_put(&b, "\n");
  }
  for (size_t s = 0; s < NSERIES; s++) {
    char v[48], d[48], r[48]; /* a published value is at most 24 bytes */
    vf_indicator_change c;
    memset(&c, 0, sizeof c);
    c.status = c.relative_status = VF_VALUE_UNDEFINED;
    if (t->n > 1 && vf_trend_change(t, s, t->n - 1, &c, err)) {
      free(b.p);
      vf_labels_free(en);
      return err ? err->status : VF_E_OVERFLOW;
    }
    change_text(num, &c, d, r, sizeof d);
    if (csv) vfi_sbuf_put(&b, "%s", vf_trend_series_name(s));
    else if (json)
      vfi_sbuf_put(&b, "%s\n  {\"name\": \"%s\", \"unit\": \"%s\", \"values\": [", s ? "," : "",
                   vf_trend_series_name(s), vfi_indicator_unit_name(t->y[0].v[s].unit));
    else if (md) vfi_sbuf_put(&b, "| %s |", row_name(labels, s));
    else vfi_sbuf_pad(&b, row_name(labels, s), nw, false);
    for (size_t i = 0; i < t->n; i++) {
      vf_indicator_value_format_lang(&t->y[i].v[s], num, 0, v, sizeof v);
      if (csv) vfi_sbuf_put(&b, ",%s", v);
      else if (json) vfi_sbuf_put(&b, "%s\"%s\"", i ? ", " : "", v);
      else if (md) vfi_sbuf_put(&b, " %s |", v);
      else vfi_sbuf_put(&b, " %14s", v);
    }
    if (csv) vfi_sbuf_put(&b, ",%s,%s\n", d, r);
    else if (json) vfi_sbuf_put(&b, "], \"change\": \"%s\", \"change_pct\": \"%s\"}", d, r);
    else if (md) vfi_sbuf_put(&b, " %s | %s |\n", d, r);
    else {
      vfi_sbuf_put(&b, " ");
      vfi_sbuf_pad(&b, d, 20, true);
      vfi_sbuf_put(&b, " ");
      vfi_sbuf_pad(&b, r, 20, true);
      vfi_sbuf_put(&b, "\n");
    }
  }
  if (json) vfi_sbuf_put(&b, "\n]}\n");
  vf_labels_free(en);
  if (b.nomem || !b.p) {
    free(b.p);
    return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  }
  *out = b.p;
  if (len) *len = b.len;
  return VF_OK;
}
