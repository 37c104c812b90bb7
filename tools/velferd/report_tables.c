/* report_tables.h: HTML of the report-style tables. */
#include "report_html.h"
#include "report_tables.h"

/* A label of the page's language (English when L is NULL). */
static const char *txt(const char *key) {
  const char *s = vf_labels_get(vt_texts(), key);
  return s ? s : key;
}

static void cell(FILE *f, const vf_indicator_value *v, const vf_labels *L) {
  char b[64];
  vf_indicator_value_format_lang(v, L, VF_FMT_NO_BREAK, b, sizeof b);
  fprintf(f, "<td>%s</td>", b);
}

/* A row's label: its code in English (as the page's other tables), its label otherwise. */
static const char *row_label(vf_indicator_table t, int value, const char *code, const vf_labels *L) {
  const char *s = L ? vf_labels_table_row(L, t, value) : NULL;
  return s ? s : code;
}

void vt_report_note(FILE *f, const vf_indicators *ind, vf_indicator_table t, const vf_labels *L) {
  if (!vf_indicators_table_excludes_unknown(ind, t)) return;
  int64_t den = vf_indicators_table_denominator(ind, t), tot = vf_indicators_table_total(ind, t);
  char line[512], a[32], z[32];
  fputs("<p class=\"meta\">", f);
  if (den < 0 && tot >= 0) {
    vt_html_esc(f, txt("out.pct_withheld"));
  } else if (den >= 0) {
    vf_format_integer(L, den, VF_FMT_NO_BREAK, a, sizeof a);
    vf_format_integer(L, tot - den, VF_FMT_NO_BREAK, z, sizeof z);
    const char *args[] = {a, z};
    vf_labels_fill(vt_texts(), "out.pct_known", args, 2, line, sizeof line);
    vt_html_esc(f, line);
  }
  fputs("</p>\n", f);
}

static void payments(FILE *f, const vf_indicators *ind, vf_payment_table p, const vf_labels *L) {
  static const char *const heads[] = {"out.pay.recipients", "out.pay.months", "out.pay.gross",
                                      "out.pay.per_recipient", "out.pay.per_month"};
  vf_indicator_table pt = p == VF_PAYTABLE_AGE_GROUP ? VF_TABLE_AGE_GROUP
                          : p == VF_PAYTABLE_PROVIDER_STATUS ? VF_TABLE_PROVIDER_STATUS
                                                              : VF_TABLE_MAIN_INCOME;
  fprintf(f, "<section id=\"%s\"><h3>", vf_payment_table_name(p));
  const char *title = vf_labels_payment_table(vt_texts(), p);
  vt_html_esc(f, title ? title : vf_payment_table_name(p));
  fputs("</h3>\n<table><tr><th>", f);
  vt_html_esc(f, txt("report.category"));
  fputs("</th>", f);
  for (int k = 0; k < 5; k++) {
    fputs("<th>", f);
    vt_html_esc(f, txt(heads[k]));
    fputs("</th>", f);
  }
  fputs("</tr>\n", f);
  for (size_t i = 0; i < vf_indicators_payment_rows(ind, p); i++) {
    vf_payment_row r;
    if (vf_indicators_payment_row(ind, p, i, &r, NULL)) continue;
    fputs("<tr><td>", f);
    vt_html_esc(f, row_label(pt, r.value, r.code, L));
    fputs("</td>", f);
    cell(f, &r.recipients, L);
    cell(f, &r.benefit_months, L);
    cell(f, &r.gross, L);
    cell(f, &r.per_recipient, L);
    cell(f, &r.per_month, L);
    fputs("</tr>\n", f);
  }
  fputs("</table></section>\n", f);
}

static void duration_income(FILE *f, const vf_indicators *ind, const vf_labels *L) {
  fputs("<section id=\"duration_main_income\"><h3>", f);
  vt_html_esc(f, txt("table.duration_main_income"));
  fputs("</h3>\n<table><tr><th>", f);
  vt_html_esc(f, txt("out.main_income"));
  fputs("</th>", f);
  for (int b = 0; b <= VF_BAND_COUNT; b++) {
    const char *s = L ? vf_labels_duration_band(L, (vf_duration_band)b) : NULL;
    fputs("<th>", f);
    vt_html_esc(f, s ? s : vf_duration_band_name((vf_duration_band)b));
    fputs("</th>", f);
  }
  fputs("</tr>\n", f);
  size_t nr = vf_indicators_table_rows(ind, VF_TABLE_MAIN_INCOME);
  for (size_t i = 0; i <= nr; i++) {
    vf_table_row r;
    fprintf(f, "<tr%s><td>", i == nr ? " class=\"total\"" : "");
    if (i < nr && !vf_indicators_table_row(ind, VF_TABLE_MAIN_INCOME, i, &r, NULL))
      vt_html_esc(f, row_label(VF_TABLE_MAIN_INCOME, r.value, r.code, L));
    else vt_html_esc(f, txt("report.total"));
    fputs("</td>", f);
    for (int b = 0; b <= VF_BAND_COUNT; b++) {
      vf_indicator_value v;
      if (vf_indicators_duration_income(ind, i, (vf_duration_band)b, &v, NULL)) continue;
      cell(f, &v, L);
    }
    fputs("</tr>\n", f);
  }
  fputs("</table></section>\n", f);
}

void vt_report_tables(FILE *f, const vf_indicators *ind, const vf_labels *L) {
  const vf_indicator_options *o = vf_indicators_options(ind);
  if (o->rate_bands) { /* the further age bands' rates */
    fputs("<table>\n", f);
    for (int k = 0; k < o->rate_bands; k++) {
      char a[16], z[16], line[256];
      snprintf(a, sizeof a, "%d", o->rate_band[k][0]);
      snprintf(z, sizeof z, "%d", o->rate_band[k][1]);
      const char *args[] = {a, z};
      vf_labels_fill(vt_texts(), "out.rate_band", args, 2, line, sizeof line);
      vf_indicator_value v;
      fputs("<tr><td>", f);
      vt_html_esc(f, line);
      fputs("</td>", f);
      if (!vf_indicators_rate(ind, o->rate_band[k][0], o->rate_band[k][1], &v, NULL)) cell(f, &v, L);
      fputs("</tr>\n", f);
    }
    fputs("</table>\n", f);
  }
  fputs("<h2>", f);
  vt_html_esc(f, txt("report.h_payments"));
  fputs("</h2>\n", f);
  for (int p = 0; p < VF_PAYTABLE_COUNT; p++) payments(f, ind, (vf_payment_table)p, L);
  duration_income(f, ind, L);
}
