/* Writers of the report-style tables (indicators_tables.c): the population
 * rate of further age bands, payments by group, duration bands x main
 * income, in text, Markdown, CSV and JSON; called from indicators_out.c. */
#include "indicators/indicators_out_tables.h"

#include <stdio.h>
#include <string.h>

static const char *txt(const vf_labels *l, const char *key) {
  const char *t = vf_labels_get(l, key);
  return t ? t : key;
}

void vfi_out_rate_label(const vf_labels *l, int from, int to, char *buf, size_t size) {
  char a[16], z[16];
  snprintf(a, sizeof a, "%d", from);
  snprintf(z, sizeof z, "%d", to);
  const char *args[] = {a, z};
  vf_labels_fill(l, "out.rate_band", args, 2, buf, size);
}

/* ---- labels of rows and columns ---- */

static const char *pay_title(const vf_labels *l, bool codes, vf_payment_table p) {
  const char *s = codes ? NULL : vf_labels_payment_table(l, p);
  return s ? s : vf_payment_table_name(p);
}

static const char *group_label(const vf_labels *l, bool codes, vf_indicator_table t, int value,
                               const char *code) {
  const char *s = codes ? NULL : vf_labels_table_row(l, t, value);
  return s ? s : code;
}

static const char *band_label(const vf_labels *l, bool codes, vf_duration_band b) {
  const char *s = codes ? NULL : vf_labels_duration_band(l, b);
  return s ? s : vf_duration_band_name(b);
}

static const char *cross_title(const vf_labels *l, bool codes) {
  const char *s = codes ? NULL : vf_labels_get(l, "table.duration_main_income");
  return s ? s : "duration_main_income";
}

/* ---- text and Markdown ---- */

void vfi_out_notes(const vf_indicators *ind, vf_indicator_table t, const vf_labels *l, bool md,
                   vfi_sbuf *b) {
  if (!vf_indicators_table_excludes_unknown(ind, t)) return;
  int64_t den = vf_indicators_table_denominator(ind, t);
  int64_t tot = vf_indicators_table_total(ind, t);
  char buf[512];
  if (den < 0 && tot >= 0) {
    snprintf(buf, sizeof buf, "%s", txt(l, "out.pct_withheld"));
  } else if (den >= 0) {
    char a[32], z[32];
    vf_format_integer(l, den, 0, a, sizeof a);
    vf_format_integer(l, tot - den, 0, z, sizeof z);
    const char *args[] = {a, z};
    vf_labels_fill(l, "out.pct_known", args, 2, buf, sizeof buf);
  } else {
    return;
  }
  vfi_sbuf_put(b, md ? "\n%s\n" : "  %s\n", buf);
}

static void value_text(const vf_labels *l, const vf_indicator_value *v, char *buf, size_t size) {
  vf_indicator_value_format_lang(v, l, 0, buf, size);
}

static const char *const pay_keys[5] = {"out.pay.recipients", "out.pay.months", "out.pay.gross",
  "out.pay.per_recipient", "out.pay.per_month"};
static const size_t pay_w[5] = {10, 10, 14, 14, 10};

static void pay_cells(const vf_payment_row *r, const vf_indicator_value *c[5]) {
  c[0] = &r->recipients;
  c[1] = &r->benefit_months;
  c[2] = &r->gross;
  c[3] = &r->per_recipient;
  c[4] = &r->per_month;
}

void vfi_out_extra_text(const vf_indicators *ind, const vf_labels *l, bool codes, bool md,
                        vfi_sbuf *b) {
  (void)codes;
  const vf_indicator_options *o = vf_indicators_options(ind);
  for (int k = 0; k < o->rate_bands; k++) {
    char name[256], val[64];
    vfi_out_rate_label(l, o->rate_band[k][0], o->rate_band[k][1], name, sizeof name);
    value_text(l, &ind->rate_extra[k], val, sizeof val);
    if (md) {
      const char *unit = codes ? NULL : vf_labels_unit(l, VF_IUNIT_PER_100);
      vfi_sbuf_put(b, "| %s | %s | %s |\n", name, val, unit ? unit : "per_100");
    } else {
      vfi_sbuf_put(b, "  ");
      vfi_sbuf_pad(b, name, 72, false);
      vfi_sbuf_put(b, " ");
      vfi_sbuf_pad(b, val, 14, true);
      vfi_sbuf_put(b, "\n");
    }
  }
}

void vfi_out_tables_text(const vf_indicators *ind, const vf_labels *l, bool codes, bool md,
                         vfi_sbuf *b) {
  for (int p = 0; p < VF_PAYTABLE_COUNT; p++) {
    vf_indicator_table pt = vfi_pay_person_table((vf_payment_table)p);
    const char *title = pay_title(l, codes, (vf_payment_table)p);
    size_t n = vf_indicators_payment_rows(ind, (vf_payment_table)p), w = 22;
    vf_payment_row r;
    for (size_t i = 0; i < n; i++) {
      vf_indicators_payment_row(ind, (vf_payment_table)p, i, &r, NULL);
      size_t x = vfi_utf8_width(group_label(l, codes, pt, r.value, r.code));
      if (x > w) w = x;
    }
    if (vfi_utf8_width(title) > w + 2) w = vfi_utf8_width(title) - 2; /* as the person tables */
    size_t cw[5]; /* columns as wide as their heads */
    for (int k = 0; k < 5; k++) {
      cw[k] = vfi_utf8_width(txt(l, pay_keys[k]));
      if (cw[k] < pay_w[k]) cw[k] = pay_w[k];
    }
    if (md) {
      vfi_sbuf_put(b, "\n## %s\n\n| %s |", title, title);
      for (int k = 0; k < 5; k++) vfi_sbuf_put(b, " %s |", txt(l, pay_keys[k]));
      vfi_sbuf_put(b, "\n|---|---:|---:|---:|---:|---:|\n");
    } else {
      vfi_sbuf_put(b, "\n");
      vfi_sbuf_pad(b, title, w + 2, false);
      for (int k = 0; k < 5; k++) {
        vfi_sbuf_put(b, " ");
        vfi_sbuf_pad(b, txt(l, pay_keys[k]), cw[k], true);
      }
      vfi_sbuf_put(b, "\n");
    }
    for (size_t i = 0; i < n; i++) {
      vf_indicators_payment_row(ind, (vf_payment_table)p, i, &r, NULL);
      const vf_indicator_value *c[5];
      pay_cells(&r, c);
      const char *label = group_label(l, codes, pt, r.value, r.code);
      if (md) vfi_sbuf_put(b, "| %s |", label);
      else { vfi_sbuf_put(b, "  "); vfi_sbuf_pad(b, label, w, false); }
      for (int k = 0; k < 5; k++) {
        char v[64];
        value_text(l, c[k], v, sizeof v);
        if (md) vfi_sbuf_put(b, " %s |", v);
        else { vfi_sbuf_put(b, " "); vfi_sbuf_pad(b, v, cw[k], true); }
      }
      vfi_sbuf_put(b, "\n");
    }
  }
  /* duration bands x main income */
  const char *title = cross_title(l, codes);
  size_t nr = vf_indicators_table_rows(ind, VF_TABLE_MAIN_INCOME), w = 22;
  const char *head = txt(l, "out.main_income");
  if (vfi_utf8_width(head) > w) w = vfi_utf8_width(head);
  for (size_t i = 0; i < nr; i++) {
    vf_table_row r;
    vf_indicators_table_row(ind, VF_TABLE_MAIN_INCOME, i, &r, NULL);
    size_t x = vfi_utf8_width(group_label(l, codes, VF_TABLE_MAIN_INCOME, r.value, r.code));
    if (x > w) w = x;
  }
  if (md) {
    vfi_sbuf_put(b, "\n## %s\n\n| %s |", title, head);
    for (int k = 0; k <= VF_BAND_COUNT; k++) vfi_sbuf_put(b, " %s |", band_label(l, codes, (vf_duration_band)k));
    vfi_sbuf_put(b, "\n|---|---:|---:|---:|---:|---:|\n");
  } else {
    vfi_sbuf_put(b, "\n%s\n  ", title);
    vfi_sbuf_pad(b, head, w, false);
    for (int k = 0; k <= VF_BAND_COUNT; k++) {
      vfi_sbuf_put(b, " ");
      vfi_sbuf_pad(b, band_label(l, codes, (vf_duration_band)k), 13, true);
    }
    vfi_sbuf_put(b, "\n");
  }
  for (size_t i = 0; i <= nr; i++) {
    const char *label = txt(l, "out.total");
    if (i < nr) {
      vf_table_row r;
      vf_indicators_table_row(ind, VF_TABLE_MAIN_INCOME, i, &r, NULL);
      label = group_label(l, codes, VF_TABLE_MAIN_INCOME, r.value, r.code);
    }
    if (md) vfi_sbuf_put(b, "| %s |", label);
    else { vfi_sbuf_put(b, "  "); vfi_sbuf_pad(b, label, w, false); }
    for (int k = 0; k <= VF_BAND_COUNT; k++) {
      vf_indicator_value v;
      char s[64];
      vf_indicators_duration_income(ind, i, (vf_duration_band)k, &v, NULL);
      value_text(l, &v, s, sizeof s);
      if (md) vfi_sbuf_put(b, " %s |", s);
      else { vfi_sbuf_put(b, " "); vfi_sbuf_pad(b, s, 13, true); }
    }
    vfi_sbuf_put(b, "\n");
  }
}

/* ---- CSV and JSON ---- */

/* One CSV line of a value: year,section,name,code,value,,,num,den,status */
static void csv_value(vfi_sbuf *b, int year, const char *section, const char *name,
                      const char *code, const vf_indicator_value *v) {
  char val[48] = "";
  if (v->status == VF_VALUE_OK) vf_indicator_value_format(v, val, sizeof val);
  vfi_sbuf_put(b, "%d,%s,%s,%s,%s,,,", year, section, name, code, val);
  if (v->status == VF_VALUE_OK) vfi_sbuf_put(b, "%lld,%lld", (long long)v->num, (long long)v->den);
  else vfi_sbuf_put(b, ",");
  vfi_sbuf_put(b, ",%s\n", vfi_value_status_name(v->status));
}

static const char *const pay_cols[5] = {"recipients", "benefit_months", "gross", "per_recipient",
  "per_month"};

void vfi_out_tables_csv(const vf_indicators *ind, vfi_sbuf *b) {
  int y = vf_indicators_year(ind);
  const vf_indicator_options *o = vf_indicators_options(ind);
  for (int k = 0; k < o->rate_bands; k++) {
    char code[32];
    snprintf(code, sizeof code, "%d-%d", o->rate_band[k][0], o->rate_band[k][1]);
    csv_value(b, y, "indicator", "population_rate", code, &ind->rate_extra[k]);
  }
  for (int t = 0; t < VF_TABLE_COUNT; t++) {
    if (!vf_indicators_table_excludes_unknown(ind, (vf_indicator_table)t)) continue;
    int64_t den = vf_indicators_table_denominator(ind, (vf_indicator_table)t);
    const char *name = vf_indicator_table_name((vf_indicator_table)t);
    if (den < 0) vfi_sbuf_put(b, "%d,table,%s,denominator,,,,,,suppressed_secondary\n", y, name);
    else vfi_sbuf_put(b, "%d,table,%s,denominator,%lld,,,,,ok\n", y, name, (long long)den);
  }
  for (int p = 0; p < VF_PAYTABLE_COUNT; p++) {
    for (size_t i = 0; i < vf_indicators_payment_rows(ind, (vf_payment_table)p); i++) {
      vf_payment_row r;
      vf_indicators_payment_row(ind, (vf_payment_table)p, i, &r, NULL);
      const vf_indicator_value *c[5];
      pay_cells(&r, c);
      for (int k = 0; k < 5; k++) {
        char name[64];
        snprintf(name, sizeof name, "%s.%s", vf_payment_table_name((vf_payment_table)p), pay_cols[k]);
        csv_value(b, y, "payments", name, r.code, c[k]);
      }
    }
  }
  size_t nr = vf_indicators_table_rows(ind, VF_TABLE_MAIN_INCOME);
  for (size_t i = 0; i <= nr; i++) {
    const char *code = "total";
    vf_table_row r;
    if (i < nr && !vf_indicators_table_row(ind, VF_TABLE_MAIN_INCOME, i, &r, NULL)) code = r.code;
    for (int k = 0; k <= VF_BAND_COUNT; k++) {
      vf_indicator_value v;
      char name[64];
      vf_indicators_duration_income(ind, i, (vf_duration_band)k, &v, NULL);
      snprintf(name, sizeof name, "duration_main_income.%s", vf_duration_band_name((vf_duration_band)k));
      csv_value(b, y, "cross", name, code, &v);
    }
  }
}

static void json_value(vfi_sbuf *b, const vf_indicator_value *v) {
  char val[48];
  vf_indicator_value_format(v, val, sizeof val);
  if (v->status == VF_VALUE_OK)
    vfi_sbuf_put(b, "{\"value\": %s, \"num\": %lld, \"den\": %lld}", val, (long long)v->num,
                 (long long)v->den);
  else vfi_sbuf_put(b, "{\"value\": null, \"status\": \"%s\"}", vfi_value_status_name(v->status));
}

void vfi_out_tables_json(const vf_indicators *ind, vfi_sbuf *b) {
  const vf_indicator_options *o = vf_indicators_options(ind);
  vfi_sbuf_put(b, ",\n  \"exclude_unknown\": %s,\n  \"rate_bands\": [",
               o->exclude_unknown ? "true" : "false");
  for (int k = 0; k < o->rate_bands; k++) {
    vfi_sbuf_put(b, "%s\n    {\"ages\": [%d, %d], \"rate\": ", k ? "," : "", o->rate_band[k][0],
                 o->rate_band[k][1]);
    json_value(b, &ind->rate_extra[k]);
    vfi_sbuf_put(b, "}");
  }
  vfi_sbuf_put(b, "%s],\n  \"payment_tables\": [", o->rate_bands ? "\n  " : "");
  for (int p = 0; p < VF_PAYTABLE_COUNT; p++) {
    vfi_sbuf_put(b, "%s\n    {\"name\": \"%s\", \"rows\": [", p ? "," : "",
                 vf_payment_table_name((vf_payment_table)p));
    size_t n = vf_indicators_payment_rows(ind, (vf_payment_table)p);
    for (size_t i = 0; i < n; i++) {
      vf_payment_row r;
      vf_indicators_payment_row(ind, (vf_payment_table)p, i, &r, NULL);
      const vf_indicator_value *c[5];
      pay_cells(&r, c);
      vfi_sbuf_put(b, "%s\n      {\"code\": \"%s\"", i ? "," : "", r.code);
      for (int k = 0; k < 5; k++) {
        vfi_sbuf_put(b, ", \"%s\": ", pay_cols[k]);
        json_value(b, c[k]);
      }
      vfi_sbuf_put(b, "}");
    }
    vfi_sbuf_put(b, "\n    ]}");
  }
  vfi_sbuf_put(b, "\n  ],\n  \"duration_main_income\": {\"bands\": [");
  for (int k = 0; k <= VF_BAND_COUNT; k++)
    vfi_sbuf_put(b, "%s\"%s\"", k ? ", " : "", vf_duration_band_name((vf_duration_band)k));
  vfi_sbuf_put(b, "], \"rows\": [");
  size_t nr = vf_indicators_table_rows(ind, VF_TABLE_MAIN_INCOME);
  for (size_t i = 0; i <= nr; i++) {
    const char *code = "total";
    vf_table_row r;
    if (i < nr && !vf_indicators_table_row(ind, VF_TABLE_MAIN_INCOME, i, &r, NULL)) code = r.code;
    vfi_sbuf_put(b, "%s\n    {\"code\": \"%s\", \"counts\": [", i ? "," : "", code);
    for (int k = 0; k <= VF_BAND_COUNT; k++) {
      vf_indicator_value v;
      vf_indicators_duration_income(ind, i, (vf_duration_band)k, &v, NULL);
      if (v.status == VF_VALUE_OK) vfi_sbuf_put(b, "%s%lld", k ? ", " : "", (long long)v.num);
      else vfi_sbuf_put(b, "%snull", k ? ", " : "");
    }
    vfi_sbuf_put(b, "]}");
  }
  vfi_sbuf_put(b, "\n  ]}");
}
