/* Writers of an indicator result: text, CSV, JSON and Markdown (formats in
 * docs/indicators.md). Suppressed cells are written as SSB's ':' symbol and
 * never with their value (the result does not hold it in published form). */
#include "core/outfile.h"
#include "indicators/indicators_internal.h"
#include "indicators/indicators_out_tables.h"
#include "core/sbuf.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* rounded / 10^decimals as text */
static void fixed(char *buf, size_t size, int64_t rounded, int decimals) {
  if (!decimals) { snprintf(buf, size, "%lld", (long long)rounded); return; }
  uint64_t a = rounded < 0 ? (uint64_t)0 - (uint64_t)rounded : (uint64_t)rounded;
  snprintf(buf, size, "%s%llu.%llu", rounded < 0 ? "-" : "", (unsigned long long)(a / 10),
           (unsigned long long)(a % 10));
}

size_t vf_indicator_value_format(const vf_indicator_value *v, char *buf, size_t size) {
  return vf_indicator_value_format_lang(v, NULL, 0, buf, size);
}

size_t vf_indicator_value_format_lang(const vf_indicator_value *v, const vf_labels *labels,
                                      unsigned flags, char *buf, size_t size) {
  const char *sym = !v || v->status == VF_VALUE_NO_DATA ? ".."
                    : v->status == VF_VALUE_SUPPRESSED  ? ":"
                    : v->status == VF_VALUE_UNDEFINED   ? "."
                                                        : NULL;
  if (!sym) return vf_format_fixed(labels, v->rounded, v->decimals, flags, buf, size);
  if (buf && size) snprintf(buf, size, "%s", sym);
  return strlen(sym);
}

const char *vfi_value_status_name(vf_value_status s) {
  switch (s) {
  case VF_VALUE_OK: return "ok";
  case VF_VALUE_UNDEFINED: return "undefined";
  case VF_VALUE_SUPPRESSED: return "suppressed";
  case VF_VALUE_NO_DATA: return "no_data";
  }
  return "?";
}

const char *vfi_indicator_unit_name(vf_indicator_unit u) {
  switch (u) {
  case VF_IUNIT_PERSONS: return "persons";
  case VF_IUNIT_MONEY: return "nok";
  case VF_IUNIT_PERCENT: return "percent";
  case VF_IUNIT_MONTHS: return "months";
  case VF_IUNIT_PER_100: return "per_100";
  case VF_IUNIT_INDEX: return "index";
  }
  return "?";
}

static const char *const supp_names[] = {"ok", "suppressed_primary", "suppressed_secondary"};

static void render_csv(const vf_indicators *ind, vfi_sbuf *b) {
  vfi_sbuf_put(b, "year,section,name,code,value,percent,children,exact_num,exact_den,status\n");
  for (int i = 0; i < VF_IND_COUNT; i++) {
    vf_indicator_value v = ind->v[i];
    char val[48];
    vf_indicator_value_format(&v, val, sizeof val);
    if (v.status != VF_VALUE_OK) val[0] = '\0';
    vfi_sbuf_put(b, "%d,indicator,%s,,%s,,,", ind->year, vf_indicator_name((vf_indicator)i), val);
    if (v.status == VF_VALUE_OK) vfi_sbuf_put(b, "%lld,%lld", (long long)v.num, (long long)v.den);
    else vfi_sbuf_put(b, ",");
    vfi_sbuf_put(b, ",%s\n", vfi_value_status_name(v.status));
  }
  for (int t = 0; t < VF_TABLE_COUNT; t++) {
    const char *name = vf_indicator_table_name((vf_indicator_table)t);
    for (size_t i = 0; i < ind->t[t].nrows; i++) {
      vf_table_row r;
      vf_indicators_table_row(ind, (vf_indicator_table)t, i, &r, NULL);
      vfi_sbuf_put(b, "%d,table,%s,%s,", ind->year, name, r.code);
      if (r.suppressed) {
        vfi_sbuf_put(b, ",,,,,%s\n", supp_names[r.suppressed]);
        continue;
      }
      char pct[32] = "";
      if (r.pct_den) fixed(pct, sizeof pct, r.pct_tenths, 1);
      vfi_sbuf_put(b, "%lld,%s,", (long long)r.count, pct);
      if (t == VF_TABLE_PROVIDER_STATUS) vfi_sbuf_put(b, "%lld", (long long)r.children);
      if (r.pct_den) vfi_sbuf_put(b, ",%lld,%lld,ok\n", (long long)r.pct_num, (long long)r.pct_den);
      else vfi_sbuf_put(b, ",,,ok\n");
    }
    int64_t tot = vf_indicators_table_total(ind, (vf_indicator_table)t);
    if (tot < 0) vfi_sbuf_put(b, "%d,table,%s,total,,,,,,suppressed_primary\n", ind->year, name);
    else vfi_sbuf_put(b, "%d,table,%s,total,%lld,%s,,,,ok\n", ind->year, name, (long long)tot,
             tot ? "100.0" : "");
  }
  vfi_out_tables_csv(ind, b);
  for (int t = 0; ind->content && t < VFI_CT_COUNT; t++) /* what 11F records beyond the counts */
    for (size_t i = 0; i < ind->content->t[t].nrows; i++) {
      vf_table_row r;
      vfi_content_row(ind, t, i, &r);
      vfi_sbuf_put(b, "%d,content,%s,%s,", ind->year, vfi_content_table_names[t], r.code);
      if (r.suppressed) { vfi_sbuf_put(b, ",,,,,%s\n", supp_names[r.suppressed]); continue; }
      char pct[32] = "";
      if (r.pct_den) fixed(pct, sizeof pct, r.pct_tenths, 1);
      vfi_sbuf_put(b, "%lld,%s,", (long long)r.count, pct);
      if (r.pct_den) vfi_sbuf_put(b, ",%lld,%lld,ok\n", (long long)r.pct_num, (long long)r.pct_den);
      else vfi_sbuf_put(b, ",,,ok\n");
    }
}

static void render_json(const vf_indicators *ind, vfi_sbuf *b) {
  vfi_sbuf_put(b, "{\n  \"year\": %d,\n  \"suppress_below\": %d,\n  \"point_month\": %d,\n"
         "  \"rate_ages\": [%d, %d],\n  \"records_used\": %zu,\n  \"suppressed_cells\": %zu,\n",
         ind->year, ind->opts.suppress_below, ind->opts.point_month,
      ind->opts.rate_age_from, ind->opts.rate_age_to, ind->records, ind->nsuppressed);
  /* the key only when weighted: unweighted output stays as it was */
  if (ind->opts.weighted) vfi_sbuf_put(b, "  \"weighted\": true,\n");
  vfi_sbuf_put(b, "  \"indicators\": [\n");
  for (int i = 0; i < VF_IND_COUNT; i++) {
    const vf_indicator_value *v = &ind->v[i];
    char val[48];
    vf_indicator_value_format(v, val, sizeof val);
    vfi_sbuf_put(b, "    {\"name\": \"%s\", \"unit\": \"%s\", \"status\": \"%s\", ",
        vf_indicator_name((vf_indicator)i), vfi_indicator_unit_name(v->unit),
        vfi_value_status_name(v->status));
    if (v->status == VF_VALUE_OK)
      vfi_sbuf_put(b, "\"value\": %s, \"num\": %lld, \"den\": %lld}", val, (long long)v->num,
          (long long)v->den);
    else vfi_sbuf_put(b, "\"value\": null, \"num\": null, \"den\": null}");
    vfi_sbuf_put(b, "%s\n", i + 1 < VF_IND_COUNT ? "," : "");
  }
  vfi_sbuf_put(b, "  ],\n  \"tables\": [\n");
  for (int t = 0; t < VF_TABLE_COUNT; t++) {
    int64_t tot = vf_indicators_table_total(ind, (vf_indicator_table)t);
    vfi_sbuf_put(b, "    {\"name\": \"%s\", \"total\": ", vf_indicator_table_name((vf_indicator_table)t));
    if (tot < 0) vfi_sbuf_put(b, "null");
    else vfi_sbuf_put(b, "%lld", (long long)tot);
    int64_t den = vf_indicators_table_denominator(ind, (vf_indicator_table)t);
    if (den < 0) vfi_sbuf_put(b, ", \"pct_denominator\": null");
    else vfi_sbuf_put(b, ", \"pct_denominator\": %lld", (long long)den);
    vfi_sbuf_put(b, ", \"unknown_excluded\": %s",
                 vf_indicators_table_excludes_unknown(ind, (vf_indicator_table)t) ? "true" : "false");
    vfi_sbuf_put(b, ", \"rows\": [\n");
    for (size_t i = 0; i < ind->t[t].nrows; i++) {
      vf_table_row r;
      vf_indicators_table_row(ind, (vf_indicator_table)t, i, &r, NULL);
      vfi_sbuf_put(b, "      {\"code\": \"%s\", \"suppressed\": \"%s\", ", r.code,
          r.suppressed == VF_SUPPRESS_PRIMARY ? "primary"
          : r.suppressed == VF_SUPPRESS_SECONDARY ? "secondary" : "no");
      if (r.suppressed) {
        vfi_sbuf_put(b, "\"count\": null, \"percent\": null, \"pct_num\": null, \"pct_den\": null");
      } else {
        char pct[32] = "null";
        if (r.pct_den) fixed(pct, sizeof pct, r.pct_tenths, 1);
        vfi_sbuf_put(b, "\"count\": %lld, \"percent\": %s, ", (long long)r.count, pct);
        if (r.pct_den) vfi_sbuf_put(b, "\"pct_num\": %lld, \"pct_den\": %lld", (long long)r.pct_num,
                           (long long)r.pct_den);
        else vfi_sbuf_put(b, "\"pct_num\": null, \"pct_den\": null");
      }
      if (t == VF_TABLE_PROVIDER_STATUS) {
        if (r.suppressed) vfi_sbuf_put(b, ", \"children\": null");
        else vfi_sbuf_put(b, ", \"children\": %lld", (long long)r.children);
      }
      vfi_sbuf_put(b, "}%s\n", i + 1 < ind->t[t].nrows ? "," : "");
    }
    vfi_sbuf_put(b, "    ]}%s\n", t + 1 < VF_TABLE_COUNT ? "," : "");
  }
  vfi_sbuf_put(b, "  ]");
  vfi_out_tables_json(ind, b);
  if (ind->content) { /* what 11F records beyond the counts */
    vfi_sbuf_put(b, ",\n  \"content\": [\n");
    for (int t = 0; t < VFI_CT_COUNT; t++) {
      const vfi_table *tab = &ind->content->t[t];
      vfi_sbuf_put(b, "    {\"name\": \"%s\", \"total\": ", vfi_content_table_names[t]);
      if (tab->total_hidden) vfi_sbuf_put(b, "null");
      else vfi_sbuf_put(b, "%lld", (long long)tab->total);
      vfi_sbuf_put(b, ", \"rows\": [\n");
      for (size_t i = 0; i < tab->nrows; i++) {
        vf_table_row r;
        vfi_content_row(ind, t, i, &r);
        vfi_sbuf_put(b, "      {\"code\": \"%s\", \"suppressed\": \"%s\", ", r.code,
            r.suppressed == VF_SUPPRESS_PRIMARY ? "primary"
            : r.suppressed == VF_SUPPRESS_SECONDARY ? "secondary" : "no");
        char pct[32] = "null";
        if (r.pct_den) fixed(pct, sizeof pct, r.pct_tenths, 1);
        if (r.suppressed) vfi_sbuf_put(b, "\"count\": null, \"percent\": null}");
        else vfi_sbuf_put(b, "\"count\": %lld, \"percent\": %s}", (long long)r.count, pct);
        vfi_sbuf_put(b, "%s\n", i + 1 < tab->nrows ? "," : "");
      }
      vfi_sbuf_put(b, "    ]}%s\n", t + 1 < VFI_CT_COUNT ? "," : "");
    }
    vfi_sbuf_put(b, "  ]");
  }
  vfi_sbuf_put(b, "\n}\n");
}

/* What a rendering says and how: the texts (never NULL: English when the
 * caller gave no labels) and whether rows show codes (no labels: the output
 * as it has always been) or labels. */
typedef struct lang {
  const vf_labels *l;
  bool codes;
} lang;

static const char *txt(const lang *g, const char *key) {
  const char *t = vf_labels_get(g->l, key);
  return t ? t : key;
}

static const char *row_label(const lang *g, vf_indicator_table t, const vf_table_row *r) {
  const char *s = g->codes ? NULL : vf_labels_table_row(g->l, t, r->value);
  return s ? s : r->code;
}

static const char *table_title(const lang *g, vf_indicator_table t) {
  const char *s = g->codes ? NULL : vf_labels_table(g->l, t);
  return s ? s : vf_indicator_table_name(t);
}

static const char *indicator_label(const lang *g, vf_indicator i) {
  const char *s = vf_labels_indicator(g->l, i);
  return s ? s : vf_indicator_label(i);
}

/* The label of indicator i; the rate's names its age band. */
static const char *indicator_text(const lang *g, const vf_indicators *ind, vf_indicator i,
                                  char *buf, size_t size) {
  if (i != VF_IND_POPULATION_RATE) return indicator_label(g, i);
  vfi_out_rate_label(g->l, ind->opts.rate_age_from, ind->opts.rate_age_to, buf, size);
  return buf;
}

/* Row text in the language: count and percent, ':' when suppressed (or the
 * percentages withheld), '.' for no total or an unknown row left out. */
static void row_text(const lang *g, const vfi_table *t, const vf_table_row *r, char *count,
                     char *pct, size_t size) {
  if (r->suppressed) {
    snprintf(count, size, ":");
    snprintf(pct, size, ":");
    return;
  }
  vf_format_integer(g->l, r->count, 0, count, size);
  if (r->pct_den) vf_format_fixed(g->l, r->pct_tenths, 1, 0, pct, size);
  else if (t->den_hidden && !t->total_hidden && !(t->excl && r->value == 0)) snprintf(pct, size, ":");
  else snprintf(pct, size, ".");
}

static void total_text(const lang *g, const vf_indicators *ind, int t, char *buf,
                            char *pct, size_t size) {
  int64_t tot = vf_indicators_table_total(ind, (vf_indicator_table)t);
  if (tot < 0) { snprintf(buf, size, ":"); snprintf(pct, size, ":"); return; }
  vf_format_integer(g->l, tot, 0, buf, size);
  /* 100 % only when the percentages are of the whole total */
  if (vf_indicators_table_denominator(ind, (vf_indicator_table)t) == tot)
    vf_format_fixed(g->l, 1000, 1, 0, pct, size);
  else snprintf(pct, size, ".");
}

/* The content tables in text or Markdown: labels from data/labels
 * (table.<name>, code.<name>.<row>), the codes without labels. */
static void render_content(const vf_indicators *ind, const lang *g, vfi_sbuf *b, bool md) {
  for (int t = 0; ind->content && t < VFI_CT_COUNT; t++) {
    const vfi_table *tab = &ind->content->t[t];
    char key[96];
    snprintf(key, sizeof key, "table.%s", vfi_content_table_names[t]);
    const char *title = g->codes ? vfi_content_table_names[t] : txt(g, key);
    const char *label[VFI_MAX_ROWS];
    size_t w = 22; /* the label column, as the other tables: wider for longer labels */
    if (vfi_utf8_width(title) > w + 2) w = vfi_utf8_width(title) - 2;
    if (vfi_utf8_width(txt(g, "out.total")) > w) w = vfi_utf8_width(txt(g, "out.total"));
    for (size_t i = 0; i < tab->nrows; i++) {
      const char *code = vfi_content_row_code(t, i);
      snprintf(key, sizeof key, "code.%s.%s", vfi_content_table_names[t], code);
      label[i] = g->codes ? code : txt(g, key);
      if (vfi_utf8_width(label[i]) > w) w = vfi_utf8_width(label[i]);
    }
    if (md)
      vfi_sbuf_put(b, "\n## %s\n\n| %s | %s | %s |\n|---|---:|---:|\n", title, title,
                   txt(g, "out.md.persons"), txt(g, "out.md.percent"));
    else {
      vfi_sbuf_put(b, "\n");
      vfi_sbuf_pad(b, title, w + 2, false);
      vfi_sbuf_put(b, " ");
      vfi_sbuf_pad(b, txt(g, "out.persons"), 10, true);
      vfi_sbuf_put(b, " ");
      vfi_sbuf_pad(b, txt(g, "out.percent"), 8, true);
      vfi_sbuf_put(b, "\n");
    }
    for (size_t i = 0; i < tab->nrows; i++) {
      vf_table_row r;
      char c[48], p[48];
      vfi_content_row(ind, t, i, &r);
      row_text(g, tab, &r, c, p, sizeof c);
      if (md) { vfi_sbuf_put(b, "| %s | %s | %s |\n", label[i], c, p); continue; }
      vfi_sbuf_put(b, "  ");
      vfi_sbuf_pad(b, label[i], w, false);
      vfi_sbuf_put(b, " ");
      vfi_sbuf_pad(b, c, 10, true);
      vfi_sbuf_put(b, " ");
      vfi_sbuf_pad(b, p, 8, true);
      vfi_sbuf_put(b, "\n");
    }
    char tot[48] = ":";
    if (!tab->total_hidden) vf_format_integer(g->l, tab->total, 0, tot, sizeof tot);
    if (md) vfi_sbuf_put(b, "| %s | %s | |\n", txt(g, "out.total"), tot);
    else {
      vfi_sbuf_put(b, "  ");
      vfi_sbuf_pad(b, txt(g, "out.total"), w, false);
      vfi_sbuf_put(b, " ");
      vfi_sbuf_pad(b, tot, 10, true);
      vfi_sbuf_put(b, "\n");
    }
  }
}

static void render_markdown(const vf_indicators *ind, const lang *g, vfi_sbuf *b) {
  char year[16], buf[512];
  snprintf(year, sizeof year, "%d", ind->year);
  const char *a1[] = {year};
  vf_labels_fill(g->l, "out.md.title", a1, 1, buf, sizeof buf);
  vfi_sbuf_put(b, "# %s\n\n", buf);
  if (ind->opts.weighted) vfi_sbuf_put(b, "%s\n\n", txt(g, "out.weighted"));
  vfi_sbuf_put(b, "| %s | %s | %s |\n|---|---:|---|\n", txt(g, "out.md.indicator"),
      txt(g, "out.md.value"), txt(g, "out.md.unit"));
  for (int i = 0; i < VF_IND_COUNT; i++) {
    char val[64];
    vf_indicator_value_format_lang(&ind->v[i], g->l, 0, val, sizeof val);
    const char *unit = g->codes ? NULL : vf_labels_unit(g->l, ind->v[i].unit);
    char name[256];
    vfi_sbuf_put(b, "| %s | %s | %s |\n", indicator_text(g, ind, (vf_indicator)i, name, sizeof name),
        val, unit ? unit : vfi_indicator_unit_name(ind->v[i].unit));
  }
  vfi_out_extra_text(ind, g->l, g->codes, true, b);
  for (int t = 0; t < VF_TABLE_COUNT; t++) {
    bool prov = t == VF_TABLE_PROVIDER_STATUS;
    const char *title = table_title(g, (vf_indicator_table)t);
    vfi_sbuf_put(b, "\n## %s\n\n| %s | %s | %s |", title, title, txt(g, "out.md.persons"),
        txt(g, "out.md.percent"));
    if (prov) vfi_sbuf_put(b, " %s |", txt(g, "out.md.children"));
    vfi_sbuf_put(b, "\n|---|---:|---:|%s\n", prov ? "---:|" : "");
    for (size_t i = 0; i < ind->t[t].nrows; i++) {
      vf_table_row r;
      char c[48], p[48];
      vf_indicators_table_row(ind, (vf_indicator_table)t, i, &r, NULL);
      row_text(g, &ind->t[t], &r, c, p, sizeof c);
      vfi_sbuf_put(b, "| %s | %s | %s |", row_label(g, (vf_indicator_table)t, &r), c, p);
      if (prov) {
        vf_format_integer(g->l, r.children, 0, c, sizeof c);
        vfi_sbuf_put(b, " %s |", r.suppressed ? ":" : c);
      }
      vfi_sbuf_put(b, "\n");
    }
    char tot[48], pct[48];
    total_text(g, ind, t, tot, pct, sizeof tot);
    vfi_sbuf_put(b, "| %s | %s | %s |%s\n", txt(g, "out.total"), tot, pct, prov ? " |" : "");
    vfi_out_notes(ind, (vf_indicator_table)t, g->l, true, b);
  }
  vfi_out_tables_text(ind, g->l, g->codes, true, b);
  char below[16], cells[24];
  snprintf(below, sizeof below, "%d", ind->opts.suppress_below);
  snprintf(cells, sizeof cells, "%zu", ind->nsuppressed);
  render_content(ind, g, b, true);
  const char *a2[] = {below, cells};
  vf_labels_fill(g->l, "out.md.symbols", a2, 2, buf, sizeof buf);
  vfi_sbuf_put(b, "\n%s\n", buf);
}

static void render_text(const vf_indicators *ind, const lang *g, vfi_sbuf *b) {
  char year[16], below[16], cells[24], buf[512];
  snprintf(year, sizeof year, "%d", ind->year);
  snprintf(below, sizeof below, "%d", ind->opts.suppress_below);
  snprintf(cells, sizeof cells, "%zu", ind->nsuppressed);
  const char *a[] = {year, below, cells};
  vf_labels_fill(g->l, "out.indicators.title", a, 3, buf, sizeof buf);
  vfi_sbuf_put(b, "%s\n\n", buf);
  if (ind->opts.weighted) vfi_sbuf_put(b, "%s\n\n", txt(g, "out.weighted"));
  for (int i = 0; i < VF_IND_COUNT; i++) {
    char val[64];
    vf_indicator_value_format_lang(&ind->v[i], g->l, 0, val, sizeof val);
    char name[256];
    vfi_sbuf_put(b, "  ");
    vfi_sbuf_pad(b, indicator_text(g, ind, (vf_indicator)i, name, sizeof name), 72, false);
    vfi_sbuf_put(b, " ");
    vfi_sbuf_pad(b, val, 14, true);
    vfi_sbuf_put(b, "\n");
  }
  vfi_out_extra_text(ind, g->l, g->codes, false, b);
  for (int t = 0; t < VF_TABLE_COUNT; t++) {
    bool prov = t == VF_TABLE_PROVIDER_STATUS;
    const char *title = table_title(g, (vf_indicator_table)t);
    /* the label column: 22 wide as always, wider for longer labels or title */
    size_t w = 22;
    if (vfi_utf8_width(title) > w + 2) w = vfi_utf8_width(title) - 2;
    for (size_t i = 0; i < ind->t[t].nrows; i++) {
      vf_table_row r;
      vf_indicators_table_row(ind, (vf_indicator_table)t, i, &r, NULL);
      size_t n = vfi_utf8_width(row_label(g, (vf_indicator_table)t, &r));
      if (n > w) w = n;
    }
    if (vfi_utf8_width(txt(g, "out.total")) > w) w = vfi_utf8_width(txt(g, "out.total"));
    vfi_sbuf_put(b, "\n");
    vfi_sbuf_pad(b, title, w + 2, false);
    vfi_sbuf_put(b, " ");
    vfi_sbuf_pad(b, txt(g, "out.persons"), 10, true);
    vfi_sbuf_put(b, " ");
    vfi_sbuf_pad(b, txt(g, "out.percent"), 8, true);
    if (prov) { vfi_sbuf_put(b, " "); vfi_sbuf_pad(b, txt(g, "out.children"), 10, true); }
    vfi_sbuf_put(b, "\n");
    for (size_t i = 0; i < ind->t[t].nrows; i++) {
      vf_table_row r;
      char c[48], p[48];
      vf_indicators_table_row(ind, (vf_indicator_table)t, i, &r, NULL);
      row_text(g, &ind->t[t], &r, c, p, sizeof c);
      vfi_sbuf_put(b, "  ");
      vfi_sbuf_pad(b, row_label(g, (vf_indicator_table)t, &r), w, false);
      vfi_sbuf_put(b, " ");
      vfi_sbuf_pad(b, c, 10, true);
      vfi_sbuf_put(b, " ");
      vfi_sbuf_pad(b, p, 8, true);
      if (prov) {
        vf_format_integer(g->l, r.children, 0, c, sizeof c);
        vfi_sbuf_put(b, " ");
        vfi_sbuf_pad(b, r.suppressed ? ":" : c, 10, true);
      }
      vfi_sbuf_put(b, "\n");
    }
    char tot[48], pct[48];
    total_text(g, ind, t, tot, pct, sizeof tot);
    vfi_sbuf_put(b, "  ");
    vfi_sbuf_pad(b, txt(g, "out.total"), w, false);
    vfi_sbuf_put(b, " ");
    vfi_sbuf_pad(b, tot, 10, true);
    vfi_sbuf_put(b, " ");
    vfi_sbuf_pad(b, pct, 8, true);
    vfi_sbuf_put(b, "\n");
    vfi_out_notes(ind, (vf_indicator_table)t, g->l, false, b);
  }
  vfi_out_tables_text(ind, g->l, g->codes, false, b);
  render_content(ind, g, b, false);
  vfi_sbuf_put(b, "\n%s\n", txt(g, "out.symbols"));
}

vf_status vf_indicators_render(const vf_indicators *ind, vf_output_format format, char **out,
                               size_t *len, vf_error *err) {
  return vf_indicators_render_lang(ind, format, NULL, out, len, err);
}

vf_status vf_indicators_render_lang(const vf_indicators *ind, vf_output_format format,
                                    const vf_labels *labels, char **out, size_t *len,
                                    vf_error *err) {
  if (!ind || !out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "result or out is NULL");
  vfi_sbuf b = {NULL, 0, 0, false};
  vf_labels *en = NULL;
  if (!labels && (format == VF_OUTPUT_TEXT || format == VF_OUTPUT_MARKDOWN)) {
    vf_status s = vf_labels_new(&en, "en", err); /* the English headings are data too */
    if (s) return s;
  }
  lang g = {labels ? labels : en, !labels};
  switch (format) {
  case VF_OUTPUT_TEXT: render_text(ind, &g, &b); break;
  case VF_OUTPUT_CSV: render_csv(ind, &b); break;
  case VF_OUTPUT_JSON: render_json(ind, &b); break;
  case VF_OUTPUT_MARKDOWN: render_markdown(ind, &g, &b); break;
  default:
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "format", "unknown output format %d", (int)format);
  }
  vf_labels_free(en);
  if (b.nomem) { free(b.p); return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory"); }
  *out = b.p;
  if (len) *len = b.len;
  return VF_OK;
}

void vf_indicators_text_free(char *text) { free(text); }

vf_status vf_indicators_write(const vf_indicators *ind, vf_output_format format, const char *path,
                              vf_error *err) {
  return vf_indicators_write_lang(ind, format, NULL, path, err);
}

vf_status vf_indicators_write_lang(const vf_indicators *ind, vf_output_format format,
                                   const vf_labels *labels, const char *path, vf_error *err) {
  if (!path) return vfi_fail(err, VF_E_INVALID_ARG, 0, "path", "path is NULL");
  char *text;
  size_t len;
  vf_status s = vf_indicators_render_lang(ind, format, labels, &text, &len, err);
  if (s) return s;
  vfi_outfile o;
  char msg[VF_ERROR_MESSAGE_SIZE];
  if (vfi_outfile_open(&o, path, NULL, msg, sizeof msg)) {
    free(text);
    return vfi_fail(err, VF_E_IO, 0, "", "%s", msg);
  }
  fwrite(text, 1, len, o.f); /* checked by the commit */
  free(text);
  if (vfi_outfile_commit(&o, msg, sizeof msg)) return vfi_fail(err, VF_E_IO, 0, "", "%s", msg);
  return VF_OK;
}
