/* The trend section of `velferd report --trend`: a line chart per headline
 * series (recipients, gross payments, the 18-24 share, foreign citizens,
 * children), as the status reports' trend pages show, and the series table
 * with the change from the second-last to the last year. Inline SVG only. */
#include "report_html.h"
#include "report_trend.h"

#include <string.h>

/* A series' name on the page: its label in the page's language. */
static const char *series_name(size_t s) {
  if (s < VF_IND_COUNT) {
    const char *l = vf_labels_indicator(vt_texts(), (vf_indicator)s);
    return l ? l : vf_indicator_label((vf_indicator)s);
  }
  char key[64];
  snprintf(key, sizeof key, "trend.%s", vf_trend_series_name(s));
  return vt_text(key);
}

/* One line chart: a point per year (its published value above it), lines
 * between neighbouring years that both have a value; suppressed or missing
 * values are gaps. The scale starts at 0 so that changes are not magnified. */
static void line_chart(FILE *f, const vf_trend *t, size_t s, const vf_labels *L) {
  size_t n = vf_trend_years(t);
  const int w = 420, h = 190, left = 20, top = 24, plot_h = 130; /* two charts a row */
  int64_t max = 0;
  for (size_t i = 0; i < n; i++) {
    vf_indicator_value v;
    if (!vf_trend_value(t, s, i, &v, NULL) && v.status == VF_VALUE_OK && v.rounded > max) max = v.rounded;
  }
  if (!max) max = 1;
  int step = n > 1 ? (w - 2 * left - 40) / (int)(n - 1) : 0;
  char first[16], last[16], line[512];
  snprintf(first, sizeof first, "%d", vf_trend_year(t, 0));
  snprintf(last, sizeof last, "%d", vf_trend_year(t, n - 1));
  /* two charts a row in the page's 900 px; a long title wraps within its chart */
  fprintf(f, "<div style=\"display:inline-block;vertical-align:top;width:%dpx;margin-right:8px\">"
             "<h3 style=\"font-size:1em;min-height:2.6em;margin:1em 0 0\">", w);
  vt_html_esc(f, series_name(s));
  fprintf(f, "</h3>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\" "
             "aria-label=\"", w, h);
  vt_html_esc(f, vt_fill(line, sizeof line, "report.trend.aria", series_name(s), first, last, (char *)NULL));
  fprintf(f, "\">\n<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>\n", left,
          top + plot_h, w - left, top + plot_h);
  int px = 0, py = 0, have_prev = 0;
  for (size_t i = 0; i < n; i++) {
    vf_indicator_value v;
    char val[48] = "..";
    int x = left + 20 + (int)i * step;
    fprintf(f, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%d</text>\n", x, top + plot_h + 18,
            vf_trend_year(t, i));
    if (vf_trend_value(t, s, i, &v, NULL)) continue;
    vf_indicator_value_format_lang(&v, L, VF_FMT_NO_BREAK, val, sizeof val);
    if (v.status != VF_VALUE_OK) {
      fprintf(f, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" class=\"s\">%s</text>\n", x,
              top + plot_h - 4, val);
      have_prev = 0;
      continue;
    }
    int64_t r = v.rounded < 0 ? 0 : v.rounded;
    int y = top + plot_h - (int)(r * plot_h / max);
    if (have_prev)
      fprintf(f, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#3b7d3b\" stroke-width=\"2\"/>\n",
              px, py, x, y);
    fprintf(f, "<circle cx=\"%d\" cy=\"%d\" r=\"4\" fill=\"#3b7d3b\"><title>%d: %s</title></circle>"
               "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>\n",
            x, y, vf_trend_year(t, i), val, x, y - 8, val);
    px = x;
    py = y;
    have_prev = 1;
  }
  fputs("</svg></div>\n", f);
}

/* The change as the page shows it: "+4" and "+400,0", or "..". */
static void change_cells(FILE *f, const vf_indicator_change *c, const vf_labels *L) {
  char d[48] = "..", r[48] = "..";
  if (c->status == VF_VALUE_OK) {
    char b[40];
    vf_indicator_value_format_lang(&c->diff, L, VF_FMT_NO_BREAK, b, sizeof b);
    snprintf(d, sizeof d, "%s%s", c->diff.num > 0 ? "+" : "", b);
    if (c->relative_status == VF_VALUE_OK) {
      vf_format_fixed(L, c->relative_tenths, 1, VF_FMT_NO_BREAK, b, sizeof b);
      snprintf(r, sizeof r, "%s%s", c->relative_tenths > 0 ? "+" : "", b);
    }
  }
  fprintf(f, "<td>%s</td><td>%s</td>", d, r);
}

void vt_report_trend(FILE *f, const vf_trend *t, const vf_labels *L) {
  static const size_t charts[] = {VF_IND_RECIPIENTS, VF_IND_GROSS, VF_IND_YOUNG_SHARE,
                                  VF_TREND_FOREIGN, VF_IND_CHILDREN};
  size_t n = vf_trend_years(t);
  char first[16], last[16], prev[16], line[1024];
  snprintf(first, sizeof first, "%d", vf_trend_year(t, 0));
  snprintf(last, sizeof last, "%d", vf_trend_year(t, n - 1));
  snprintf(prev, sizeof prev, "%d", vf_trend_year(t, n > 1 ? n - 2 : 0));
  fputs("<h2 id=\"trend\">", f);
  vt_html_esc(f, vt_text("report.h_trend"));
  fputs("</h2>\n<p class=\"meta\">", f);
  vt_html_esc(f, vt_fill(line, sizeof line, "report.trend_note", first, last, prev, (char *)NULL));
  fputs("</p>\n", f);
  for (size_t k = 0; k < sizeof charts / sizeof *charts; k++) line_chart(f, t, charts[k], L);
  fputs("<table><tr><th>", f);
  vt_html_esc(f, vt_text("report.indicator"));
  fputs("</th>", f);
  for (size_t i = 0; i < n; i++) fprintf(f, "<th>%d</th>", vf_trend_year(t, i));
  if (n > 1) {
    fputs("<th>", f);
    vt_html_esc(f, vt_text("report.change"));
    fputs("</th><th>", f);
    vt_html_esc(f, vt_text("report.change_percent"));
    fputs("</th>", f);
  }
  fputs("</tr>\n", f);
  for (size_t s = 0; s < vf_trend_series_count(); s++) {
    fputs("<tr><td>", f);
    vt_html_esc(f, series_name(s));
    fputs("</td>", f);
    for (size_t i = 0; i < n; i++) {
      vf_indicator_value v;
      char buf[48] = "..";
      if (!vf_trend_value(t, s, i, &v, NULL)) vf_indicator_value_format_lang(&v, L, VF_FMT_NO_BREAK, buf, sizeof buf);
      fprintf(f, "<td>%s</td>", buf);
    }
    vf_indicator_change c;
    if (n > 1 && !vf_trend_change(t, s, n - 1, &c, NULL)) change_cells(f, &c, L);
    else if (n > 1) fputs("<td>..</td><td>..</td>", f);
    fputs("</tr>\n", f);
  }
  fputs("</table>\n", f);
}
