/* Writers of an indicator result: text, CSV, JSON and Markdown (formats in
 * docs/indicators.md). Suppressed cells are written as SSB's ':' symbol and
 * never with their value (the result does not hold it in published form). */
#include "core/outfile.h"
#include "indicators/indicators_internal.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct sbuf {
  char *p;
  size_t len, cap;
  bool nomem;
} sbuf;

static void put(sbuf *b, const char *fmt, ...) VFI_PRINTF(2, 3);
static void put(sbuf *b, const char *fmt, ...) {
  if (b->nomem) return;
  for (;;) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(b->p ? b->p + b->len : NULL, b->p ? b->cap - b->len : 0, fmt, ap);
    va_end(ap);
    if (n < 0) { b->nomem = true; return; }
    if (b->p && b->len + (size_t)n < b->cap) { b->len += (size_t)n; return; }
    size_t cap = b->cap ? b->cap : 4096;
    while (cap <= b->len + (size_t)n) cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p) { b->nomem = true; return; }
    b->p = p;
    b->cap = cap;
  }
}

/* rounded / 10^decimals as text */
static void fixed(char *buf, size_t size, int64_t rounded, int decimals) {
  if (!decimals) { snprintf(buf, size, "%lld", (long long)rounded); return; }
  uint64_t a = rounded < 0 ? (uint64_t)0 - (uint64_t)rounded : (uint64_t)rounded;
  snprintf(buf, size, "%s%llu.%llu", rounded < 0 ? "-" : "", (unsigned long long)(a / 10),
           (unsigned long long)(a % 10));
}

size_t vf_indicator_value_format(const vf_indicator_value *v, char *buf, size_t size) {
  char tmp[48];
  if (!v) snprintf(tmp, sizeof tmp, "..");
  else if (v->status == VF_VALUE_SUPPRESSED) snprintf(tmp, sizeof tmp, ":");
  else if (v->status == VF_VALUE_UNDEFINED) snprintf(tmp, sizeof tmp, ".");
  else if (v->status == VF_VALUE_NO_DATA) snprintf(tmp, sizeof tmp, "..");
  else fixed(tmp, sizeof tmp, v->rounded, v->decimals);
  size_t n = strlen(tmp);
  if (buf && size) snprintf(buf, size, "%s", tmp);
  return n;
}

static const char *status_name(vf_value_status s) {
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

/* Row text: count and percent, or ':' when suppressed, '.' for no total. */
static void row_text(const vf_table_row *r, char *count, char *pct, size_t size) {
  if (r->suppressed) {
    snprintf(count, size, ":");
    snprintf(pct, size, ":");
    return;
  }
  snprintf(count, size, "%lld", (long long)r->count);
  if (r->pct_den) fixed(pct, size, r->pct_tenths, 1);
  else snprintf(pct, size, ".");
}

static void total_text(const vf_indicators *ind, int t, char *buf, size_t size) {
  int64_t tot = vf_indicators_table_total(ind, (vf_indicator_table)t);
  if (tot < 0) snprintf(buf, size, ":");
  else snprintf(buf, size, "%lld", (long long)tot);
}

static void render_csv(const vf_indicators *ind, sbuf *b) {
  put(b, "year,section,name,code,value,percent,children,exact_num,exact_den,status\n");
  for (int i = 0; i < VF_IND_COUNT; i++) {
    vf_indicator_value v = ind->v[i];
    char val[48];
    vf_indicator_value_format(&v, val, sizeof val);
    if (v.status != VF_VALUE_OK) val[0] = '\0';
    put(b, "%d,indicator,%s,,%s,,,", ind->year, vf_indicator_name((vf_indicator)i), val);
    if (v.status == VF_VALUE_OK) put(b, "%lld,%lld", (long long)v.num, (long long)v.den);
    else put(b, ",");
    put(b, ",%s\n", status_name(v.status));
  }
  for (int t = 0; t < VF_TABLE_COUNT; t++) {
    const char *name = vf_indicator_table_name((vf_indicator_table)t);
    for (size_t i = 0; i < ind->t[t].nrows; i++) {
      vf_table_row r;
      vf_indicators_table_row(ind, (vf_indicator_table)t, i, &r, NULL);
      put(b, "%d,table,%s,%s,", ind->year, name, r.code);
      if (r.suppressed) {
        put(b, ",,,,,%s\n", supp_names[r.suppressed]);
        continue;
      }
      char pct[32] = "";
      if (r.pct_den) fixed(pct, sizeof pct, r.pct_tenths, 1);
      put(b, "%lld,%s,", (long long)r.count, pct);
      if (t == VF_TABLE_PROVIDER_STATUS) put(b, "%lld", (long long)r.children);
      if (r.pct_den) put(b, ",%lld,%lld,ok\n", (long long)r.pct_num, (long long)r.pct_den);
      else put(b, ",,,ok\n");
    }
    int64_t tot = vf_indicators_table_total(ind, (vf_indicator_table)t);
    if (tot < 0) put(b, "%d,table,%s,total,,,,,,suppressed_primary\n", ind->year, name);
    else put(b, "%d,table,%s,total,%lld,%s,,,,ok\n", ind->year, name, (long long)tot,
             tot ? "100.0" : "");
  }
}

static void render_json(const vf_indicators *ind, sbuf *b) {
  put(b, "{\n  \"year\": %d,\n  \"suppress_below\": %d,\n  \"point_month\": %d,\n"
         "  \"rate_ages\": [%d, %d],\n  \"records_used\": %zu,\n  \"suppressed_cells\": %zu,\n"
         "  \"indicators\": [\n", ind->year, ind->opts.suppress_below, ind->opts.point_month,
      ind->opts.rate_age_from, ind->opts.rate_age_to, ind->records, ind->nsuppressed);
  for (int i = 0; i < VF_IND_COUNT; i++) {
    const vf_indicator_value *v = &ind->v[i];
    char val[48];
    vf_indicator_value_format(v, val, sizeof val);
    put(b, "    {\"name\": \"%s\", \"unit\": \"%s\", \"status\": \"%s\", ",
        vf_indicator_name((vf_indicator)i), vfi_indicator_unit_name(v->unit),
        status_name(v->status));
    if (v->status == VF_VALUE_OK)
      put(b, "\"value\": %s, \"num\": %lld, \"den\": %lld}", val, (long long)v->num,
          (long long)v->den);
    else put(b, "\"value\": null, \"num\": null, \"den\": null}");
    put(b, "%s\n", i + 1 < VF_IND_COUNT ? "," : "");
  }
  put(b, "  ],\n  \"tables\": [\n");
  for (int t = 0; t < VF_TABLE_COUNT; t++) {
    int64_t tot = vf_indicators_table_total(ind, (vf_indicator_table)t);
    put(b, "    {\"name\": \"%s\", \"total\": ", vf_indicator_table_name((vf_indicator_table)t));
    if (tot < 0) put(b, "null");
    else put(b, "%lld", (long long)tot);
    put(b, ", \"rows\": [\n");
    for (size_t i = 0; i < ind->t[t].nrows; i++) {
      vf_table_row r;
      vf_indicators_table_row(ind, (vf_indicator_table)t, i, &r, NULL);
      put(b, "      {\"code\": \"%s\", \"suppressed\": \"%s\", ", r.code,
          r.suppressed == VF_SUPPRESS_PRIMARY ? "primary"
          : r.suppressed == VF_SUPPRESS_SECONDARY ? "secondary" : "no");
      if (r.suppressed) {
        put(b, "\"count\": null, \"percent\": null, \"pct_num\": null, \"pct_den\": null");
      } else {
        char pct[32] = "null";
        if (r.pct_den) fixed(pct, sizeof pct, r.pct_tenths, 1);
        put(b, "\"count\": %lld, \"percent\": %s, ", (long long)r.count, pct);
        if (r.pct_den) put(b, "\"pct_num\": %lld, \"pct_den\": %lld", (long long)r.pct_num,
                           (long long)r.pct_den);
        else put(b, "\"pct_num\": null, \"pct_den\": null");
      }
      if (t == VF_TABLE_PROVIDER_STATUS) {
        if (r.suppressed) put(b, ", \"children\": null");
        else put(b, ", \"children\": %lld", (long long)r.children);
      }
      put(b, "}%s\n", i + 1 < ind->t[t].nrows ? "," : "");
    }
    put(b, "    ]}%s\n", t + 1 < VF_TABLE_COUNT ? "," : "");
  }
  put(b, "  ]\n}\n");
}

static void render_markdown(const vf_indicators *ind, sbuf *b) {
  put(b, "# Social assistance indicators %d\n\n| Indicator | Value | Unit |\n|---|---:|---|\n",
      ind->year);
  for (int i = 0; i < VF_IND_COUNT; i++) {
    char val[48];
    vf_indicator_value_format(&ind->v[i], val, sizeof val);
    put(b, "| %s | %s | %s |\n", vf_indicator_label((vf_indicator)i), val,
        vfi_indicator_unit_name(ind->v[i].unit));
  }
  for (int t = 0; t < VF_TABLE_COUNT; t++) {
    bool prov = t == VF_TABLE_PROVIDER_STATUS;
    put(b, "\n## %s\n\n| %s | Persons | Percent |%s\n|---|---:|---:|%s\n",
        vf_indicator_table_name((vf_indicator_table)t),
        vf_indicator_table_name((vf_indicator_table)t), prov ? " Children |" : "",
        prov ? "---:|" : "");
    for (size_t i = 0; i < ind->t[t].nrows; i++) {
      vf_table_row r;
      char c[32], p[32];
      vf_indicators_table_row(ind, (vf_indicator_table)t, i, &r, NULL);
      row_text(&r, c, p, sizeof c);
      put(b, "| %s | %s | %s |", r.code, c, p);
      if (prov) {
        if (r.suppressed) put(b, " : |");
        else put(b, " %lld |", (long long)r.children);
      }
      put(b, "\n");
    }
    char tot[32];
    total_text(ind, t, tot, sizeof tot);
    put(b, "| total | %s | %s |%s\n", tot, tot[0] == ':' ? ":" : "100.0", prov ? " |" : "");
  }
  put(b, "\nSymbols as in SSB tables: `:` suppressed for confidentiality (fewer than %d persons, "
         "or hidden so that such a cell cannot be recovered), `.` cannot be computed, `..` "
         "data missing. %zu cells suppressed.\n", ind->opts.suppress_below, ind->nsuppressed);
}

static void render_text(const vf_indicators *ind, sbuf *b) {
  put(b, "Social assistance indicators %d (suppression below %d persons; %zu cells "
         "suppressed)\n\n", ind->year, ind->opts.suppress_below, ind->nsuppressed);
  for (int i = 0; i < VF_IND_COUNT; i++) {
    char val[48];
    vf_indicator_value_format(&ind->v[i], val, sizeof val);
    put(b, "  %-72s %14s\n", vf_indicator_label((vf_indicator)i), val);
  }
  for (int t = 0; t < VF_TABLE_COUNT; t++) {
    bool prov = t == VF_TABLE_PROVIDER_STATUS;
    put(b, "\n%-24s %10s %8s%s\n", vf_indicator_table_name((vf_indicator_table)t), "persons",
        "percent", prov ? "   children" : "");
    for (size_t i = 0; i < ind->t[t].nrows; i++) {
      vf_table_row r;
      char c[32], p[32];
      vf_indicators_table_row(ind, (vf_indicator_table)t, i, &r, NULL);
      row_text(&r, c, p, sizeof c);
      put(b, "  %-22s %10s %8s", r.code, c, p);
      if (prov) {
        if (r.suppressed) put(b, " %10s", ":");
        else put(b, " %10lld", (long long)r.children);
      }
      put(b, "\n");
    }
    char tot[32];
    total_text(ind, t, tot, sizeof tot);
    put(b, "  %-22s %10s %8s\n", "total", tot, tot[0] == ':' ? ":" : "100.0");
  }
  put(b, "\n':' suppressed for confidentiality, '.' cannot be computed, '..' data missing.\n");
}

vf_status vf_indicators_render(const vf_indicators *ind, vf_output_format format, char **out,
                               size_t *len, vf_error *err) {
  if (!ind || !out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "result or out is NULL");
  sbuf b = {NULL, 0, 0, false};
  switch (format) {
  case VF_OUTPUT_TEXT: render_text(ind, &b); break;
  case VF_OUTPUT_CSV: render_csv(ind, &b); break;
  case VF_OUTPUT_JSON: render_json(ind, &b); break;
  case VF_OUTPUT_MARKDOWN: render_markdown(ind, &b); break;
  default:
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "format", "unknown output format %d", (int)format);
  }
  if (b.nomem) { free(b.p); return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory"); }
  *out = b.p;
  if (len) *len = b.len;
  return VF_OK;
}

void vf_indicators_text_free(char *text) { free(text); }

vf_status vf_indicators_write(const vf_indicators *ind, vf_output_format format, const char *path,
                              vf_error *err) {
  if (!path) return vfi_fail(err, VF_E_INVALID_ARG, 0, "path", "path is NULL");
  char *text;
  size_t len;
  vf_status s = vf_indicators_render(ind, format, &text, &len, err);
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
