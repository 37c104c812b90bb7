/* report_content.h: HTML of the content tables. */
#include "report_html.h"
#include "report_content.h"

#include <stdbool.h>

/* A row as the page shows it: its code in English, its label otherwise. */
static const char *row_label(vf_content_table t, const vf_table_row *r, const vf_labels *L) {
  const char *s = L ? vf_labels_content_row(L, t, (size_t)r->value) : NULL;
  return s ? s : r->code;
}

static void pct_text(char *b, size_t size, const vf_table_row *r, const vf_labels *L) {
  if (r->suppressed) snprintf(b, size, ":");
  else if (!r->pct_den) snprintf(b, size, ".");
  else vf_format_fixed(L, r->pct_tenths, 1, VF_FMT_NO_BREAK, b, size);
}

/* Whether row i is left out of the chart: an empty category, in a language
 * other than English (as the page's other charts; the table keeps it). */
static bool skipped(const vf_table_row *r, const vf_labels *L) {
  return L && !r->suppressed && r->count == 0;
}

/* One bar per row, length proportional to the share; a suppressed row is
 * marked in words and gets no bar. */
static void chart(FILE *f, const vf_indicators *ind, vf_content_table t, const char *title,
                  const vf_labels *L) {
  size_t rows = vf_indicators_content_rows(ind, t), shown = 0;
  int64_t max = 1;
  int label_w = 170;
  for (size_t i = 0; i < rows; i++) {
    vf_table_row r;
    if (vf_indicators_content_row(ind, t, i, &r, NULL) || skipped(&r, L)) continue;
    shown++;
    if (!r.suppressed && r.pct_tenths > max) max = r.pct_tenths;
    int w = 16 + 7 * (int)vt_width(row_label(t, &r, L));
    if (w > label_w) label_w = w;
  }
  const int bar_w = 420, bar_h = 14, row_h = bar_h + 8;
  int width = label_w + bar_w + 90, height = (int)shown * row_h + 4;
  fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
             "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"", width, height, width, height);
  vt_html_esc(f, title);
  fputs("\">\n", f);
  char year[16], count[48], p[48], line[256];
  snprintf(year, sizeof year, "%d", vf_indicators_year(ind));
  for (size_t i = 0, k = 0; i < rows; i++) {
    vf_table_row r;
    if (vf_indicators_content_row(ind, t, i, &r, NULL) || skipped(&r, L)) continue;
    int y = (int)k++ * row_h;
    fprintf(f, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">", label_w - 8, y + bar_h - 2);
    vt_html_esc(f, row_label(t, &r, L));
    fputs("</text>\n", f);
    if (r.suppressed) {
      fprintf(f, "<text x=\"%d\" y=\"%d\" class=\"s\">", label_w + 2, y + bar_h - 2);
      vt_html_esc(f, vt_text("report.suppressed"));
      fputs("</text>\n", f);
      continue;
    }
    int w = (int)(r.pct_tenths * bar_w / max);
    vf_format_integer(L, r.count, VF_FMT_NO_BREAK, count, sizeof count);
    fprintf(f, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#2f6f9f\"><title>",
            label_w, y + 1, w, bar_h - 2);
    vt_html_esc(f, vt_fill(line, sizeof line, "report.bar_title", year, row_label(t, &r, L), count,
                   (char *)NULL));
    fprintf(f, "</title></rect><text x=\"%d\" y=\"%d\">", label_w + w + 4, y + bar_h - 2);
    pct_text(p, sizeof p, &r, L);
    vt_html_esc(f, vt_fill(line, sizeof line, "report.bar_percent", p, (char *)NULL));
    fputs("</text>\n", f);
  }
  fputs("</svg>\n", f);
}

static void table(FILE *f, const vf_indicators *ind, vf_content_table t, const vf_labels *L) {
  char year[16], line[256], b[48];
  snprintf(year, sizeof year, "%d", vf_indicators_year(ind));
  fputs("<table><tr><th>", f);
  vt_html_esc(f, vt_text("report.category"));
  fputs("</th><th>", f);
  vt_html_esc(f, vt_fill(line, sizeof line, "report.th_persons", year, (char *)NULL));
  fputs("</th><th>", f);
  vt_html_esc(f, vt_fill(line, sizeof line, "report.th_percent", year, (char *)NULL));
  fputs("</th></tr>\n", f);
  for (size_t i = 0; i < vf_indicators_content_rows(ind, t); i++) {
    vf_table_row r;
    if (vf_indicators_content_row(ind, t, i, &r, NULL)) continue;
    fputs("<tr><td>", f);
    vt_html_esc(f, row_label(t, &r, L));
    fputs("</td><td>", f);
    if (r.suppressed) fputs(":", f);
    else { vf_format_integer(L, r.count, VF_FMT_NO_BREAK, b, sizeof b); fputs(b, f); }
    pct_text(b, sizeof b, &r, L);
    fprintf(f, "</td><td>%s</td></tr>\n", b);
  }
  int64_t tot = vf_indicators_content_total(ind, t);
  fputs("<tr class=\"total\"><td>", f);
  vt_html_esc(f, vt_text("report.total"));
  fputs("</td><td>", f);
  if (tot < 0) fputs(":", f);
  else { vf_format_integer(L, tot, VF_FMT_NO_BREAK, b, sizeof b); fputs(b, f); }
  fputs("</td><td></td></tr></table>\n", f); /* condition types sum to more than 100 % */
}

void vt_report_content(FILE *f, const vf_indicators *ind, const vf_labels *L) {
  if (!vf_indicators_has_content(ind)) return;
  fputs("<h2>", f);
  vt_html_esc(f, vt_text("report.h_content"));
  fputs("</h2>\n", f);
  for (int k = 0; k < VF_CONTENT_COUNT; k++) {
    vf_content_table t = (vf_content_table)k;
    const char *title = vf_labels_content_table(vt_texts(), t);
    if (!title) title = vf_content_table_name(t);
    fprintf(f, "<section id=\"content_%s\"><h3>", vf_content_table_name(t));
    vt_html_esc(f, title);
    fputs("</h3>\n", f);
    chart(f, ind, t, title, L);
    table(f, ind, t, L);
    fputs("</section>\n", f);
  }
}
