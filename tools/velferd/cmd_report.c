/* velferd report: one self-contained HTML page with the indicator tables and
 * inline SVG bar charts of the distributions (two years side by side with
 * --compare). No scripts, fonts or images from elsewhere: it reads offline. */
#include "report_html.h"
#include "registers.h"
#include "report_trend.h"
#include "trend_opts.h"
#include "indicator_opts.h"
#include "report_tables.h"
#include "report_content.h"

#include <inttypes.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static vt_opt opts[] = {
  VT_OPT_YEAR,
  VT_OPT_POPULATION,
  VT_OPT_COMPARE,
  VT_OPT_COMPARE_YEAR,
  VT_OPT_TREND,
  VT_OPT_TREND_YEARS,
  VT_OPT_SUPPRESS,
  VT_OPT_AGE_BAND,
  VT_OPT_POINT_MONTH,
  VT_OPT_EXCLUDE_UNKNOWN,
  {"network", 0, "FILE", NULL, 0},
  {"municipality", 'm', "NNNN", NULL, 0},
  {"network-name", 0, "NAME", NULL, 0},
  VT_OPT_MAX_INPUT,
  VT_OPT_MAX_REJECTIONS,
  {"title", 0, "TEXT", NULL, 0},
  {"output", 'o', "FILE", NULL, 0},
  VT_OPT_END};

static const vt_spec spec = {
  "report", "DIR",
  opts, 1, 1};

/* The page's texts are keys report.* of data/labels/cli.csv; L is NULL in
 * English (codes as row labels and numbers as velferd has always written
 * them) and the labels of the language otherwise. In a language other than
 * English the charts also leave out empty categories (the tables keep them)
 * and the rate row names its age band. */
static const vf_labels *L;

static const char *table_title(vf_indicator_table t) {
  char key[64];
  snprintf(key, sizeof key, "report.table.%s", vf_indicator_table_name(t));
  return vt_text(key);
}

/* A category as the page shows it: its code in English, its label otherwise. */
static const char *category(vf_indicator_table t, const vf_table_row *r) {
  const char *s = L ? vf_labels_table_row(L, t, r->value) : NULL;
  return s ? s : r->code;
}

static const char *const colours[2] = {"#2f6f9f", "#d9822b"}; /* main year, compared year */

void vt_html_esc(FILE *f, const char *s) {
  for (; *s; s++) {
    switch (*s) {
      case '&': fputs("&amp;", f); break;
      case '<': fputs("&lt;", f); break;
      case '>': fputs("&gt;", f); break;
      case '"': fputs("&quot;", f); break;
      default: fputc(*s, f);
    }
  }
}

/* Text of the page's own (trusted) texts: like vt_html_esc() but quotes stay as they are. */
static void text(FILE *f, const char *s) {
  for (; *s; s++) {
    switch (*s) {
      case '&': fputs("&amp;", f); break;
      case '<': fputs("&lt;", f); break;
      case '>': fputs("&gt;", f); break;
      default: fputc(*s, f);
    }
  }
}

/* A number as the language writes it, with no-break spaces. */
static void integer(FILE *f, int64_t v) {
  char b[48];
  vf_format_integer(L, v, VF_FMT_NO_BREAK, b, sizeof b);
  fputs(b, f);
}

static void fixed1(char *b, size_t size, int64_t tenths) {
  vf_format_fixed(L, tenths, 1, VF_FMT_NO_BREAK, b, size);
}

static void pct(FILE *f, const vf_table_row *r) {
  char b[48];
  if (r->suppressed) fputs(":", f);
  else if (!r->pct_den) fputs(".", f);
  else { fixed1(b, sizeof b, r->pct_tenths); fputs(b, f); }
}

/* Whether a category has no recipients in any of the years (charts leave it out in Norwegian). */
static bool empty(vf_indicator_table t, size_t i, const vt_year *ys[2], int n) {
  if (!L) return false;
  for (int k = 0; k < n; k++) {
    vf_table_row r;
    if (vf_indicators_table_row(ys[k]->ind, t, i, &r, NULL) || r.suppressed || r.count) return false;
  }
  return true;
}

/* A horizontal bar chart of one table: one bar per category (two with a
 * comparison: the main year first), length proportional to the share. */
static void chart(FILE *f, vf_indicator_table t, const vt_year *ys[2], int n) {
  size_t rows = vf_indicators_table_rows(ys[0]->ind, t);
  int64_t max = 1;
  for (int k = 0; k < n; k++)
    for (size_t i = 0; i < rows; i++) {
      vf_table_row r;
      if (!vf_indicators_table_row(ys[k]->ind, t, i, &r, NULL) && !r.suppressed && r.pct_tenths > max)
        max = r.pct_tenths;
    }
  /* the labels' column: 170 px as always, wider for long labels (about 7 px a letter) */
  int label_w = 170, shown = 0;
  for (size_t i = 0; i < rows; i++) {
    vf_table_row r;
    if (empty(t, i, ys, n) || vf_indicators_table_row(ys[0]->ind, t, i, &r, NULL)) continue;
    shown++;
    int w = 16 + 7 * (int)vt_width(category(t, &r));
    if (w > label_w) label_w = w;
  }
  const int bar_w = 420, bar_h = 14, gap = 8, legend = n > 1 ? 24 : 0;
  int row_h = n * bar_h + gap;
  int height = legend + shown * row_h + 4;
  fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
             "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"",
          label_w + bar_w + 90, height, label_w + bar_w + 90, height);
  vt_html_esc(f, table_title(t));
  fputs("\">\n", f);
  if (n > 1)
    for (int k = n - 1, j = 0; k >= 0; k--, j++)
      fprintf(f, "<rect x=\"%d\" y=\"4\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                 "<text x=\"%d\" y=\"15\">%d</text>\n",
              label_w + j * 90, colours[k], label_w + j * 90 + 16, ys[k]->year);
  int row = 0;
  for (size_t i = 0; i < rows; i++) {
    if (empty(t, i, ys, n)) continue;
    int y0 = legend + row++ * row_h;
    vf_table_row r;
    vf_indicators_table_row(ys[0]->ind, t, i, &r, NULL);
    fprintf(f, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">", label_w - 8, y0 + n * bar_h / 2 + 5);
    vt_html_esc(f, category(t, &r));
    fputs("</text>\n", f);
    for (int k = n - 1, j = 0; k >= 0; k--, j++) { /* the compared (earlier) year first */
      vf_indicators_table_row(ys[k]->ind, t, i, &r, NULL);
      int y = y0 + j * bar_h;
      if (r.suppressed) {
        fprintf(f, "<text x=\"%d\" y=\"%d\" class=\"s\">", label_w + 2, y + bar_h - 3);
        text(f, vt_text("report.suppressed"));
        fputs("</text>\n", f);
        continue;
      }
      int w = (int)(r.pct_tenths * bar_w / max);
      char year[16], count[48], line[256];
      snprintf(year, sizeof year, "%d", ys[k]->year);
      vf_format_integer(L, r.count, VF_FMT_NO_BREAK, count, sizeof count);
      fprintf(f, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>",
              label_w, y + 1, w, bar_h - 2, colours[k]);
      vt_html_esc(f, vt_fill(line, sizeof line, "report.bar_title", year, category(t, &r), count, (char *)NULL));
      fprintf(f, "</title></rect><text x=\"%d\" y=\"%d\">", label_w + w + 4, y + bar_h - 3);
      char p[48] = ".";
      if (r.pct_den) fixed1(p, sizeof p, r.pct_tenths);
      text(f, vt_fill(line, sizeof line, "report.bar_percent", p, (char *)NULL));
      fputs("</text>\n", f);
    }
  }
  fputs("</svg>\n", f);
}

/* <th>text of key</th>, with {1} the year if given */
static void th(FILE *f, const char *key, int year) {
  char y[16], line[256];
  snprintf(y, sizeof y, "%d", year);
  fputs("<th>", f);
  text(f, vt_fill(line, sizeof line, key, y, (char *)NULL));
  fputs("</th>", f);
}

static void table(FILE *f, vf_indicator_table t, const vt_year *ys[2], int n) {
  fputs("<table><tr>", f);
  th(f, "report.category", 0);
  for (int k = n - 1; k >= 0; k--) {
    th(f, "report.th_persons", ys[k]->year);
    th(f, "report.th_percent", ys[k]->year);
  }
  if (t == VF_TABLE_PROVIDER_STATUS) th(f, "report.children", 0);
  fputs("</tr>\n", f);
  size_t rows = vf_indicators_table_rows(ys[0]->ind, t);
  for (size_t i = 0; i < rows; i++) {
    vf_table_row r;
    for (int k = n - 1; k >= 0; k--) {
      vf_indicators_table_row(ys[k]->ind, t, i, &r, NULL);
      if (k == n - 1) {
        fputs("<tr><td>", f);
        vt_html_esc(f, category(t, &r));
        fputs("</td>", f);
      }
      fputs("<td>", f);
      if (r.suppressed) fputs(":", f);
      else integer(f, r.count);
      fputs("</td>", f);
      fputs("<td>", f);
      pct(f, &r);
      fputs("</td>", f);
    }
    vf_indicators_table_row(ys[0]->ind, t, i, &r, NULL);
    if (t == VF_TABLE_PROVIDER_STATUS) {
      fputs("<td>", f);
      if (r.suppressed) fputs(":", f);
      else integer(f, r.children);
      fputs("</td>", f);
    }
    fputs("</tr>\n", f);
  }
  fputs("<tr class=\"total\"><td>", f);
  text(f, vt_text("report.total"));
  fputs("</td>", f);
  for (int k = n - 1; k >= 0; k--) {
    int64_t tot = vf_indicators_table_total(ys[k]->ind, t);
    char hundred[16];
    fixed1(hundred, sizeof hundred, 1000);
    if (tot < 0) fputs("<td>:</td><td></td>", f);
    else { fputs("<td>", f); integer(f, tot); fprintf(f, "</td><td>%s</td>", hundred); }
  }
  if (t == VF_TABLE_PROVIDER_STATUS) fputs("<td></td>", f);
  fputs("</tr></table>\n", f);
}

static void indicator_table(FILE *f, const vt_year *ys[2], int n) {
  fputs("<table><tr>", f);
  th(f, "report.indicator", 0);
  for (int k = n - 1; k >= 0; k--) fprintf(f, "<th>%d</th>", ys[k]->year);
  if (n > 1) {
    th(f, "report.change", 0);
    th(f, "report.change_percent", 0);
  }
  fputs("</tr>\n", f);
  for (int i = 0; i < VF_IND_COUNT; i++) {
    vf_indicator w = (vf_indicator)i;
    fputs("<tr><td>", f);
    const char *label = vf_labels_indicator(vt_texts(), w);
    if (!label) label = vf_indicator_label(w);
    const vf_indicator_options *o = vf_indicators_options(ys[0]->ind);
    if (w == VF_IND_POPULATION_RATE) { /* the rate row names its age band */
      char from[8], to[8], line[256];
      snprintf(from, sizeof from, "%d", o->rate_age_from);
      snprintf(to, sizeof to, "%d", o->rate_age_to);
      label = vt_fill(line, sizeof line, "report.rate_label", label, from, to, (char *)NULL);
      vt_html_esc(f, label);
    } else {
      vt_html_esc(f, label);
    }
    fputs("</td>", f);
    for (int k = n - 1; k >= 0; k--) {
      vf_indicator_value v;
      char buf[48] = "..";
      if (!vf_indicators_value(ys[k]->ind, w, &v, NULL))
        vf_indicator_value_format_lang(&v, L, VF_FMT_NO_BREAK, buf, sizeof buf);
      fprintf(f, "<td>%s</td>", buf);
    }
    vf_indicator_change c;
    if (n > 1 && !vf_indicators_change(ys[1]->ind, ys[0]->ind, w, &c, NULL)) {
      char d[48] = "..";
      if (c.status == VF_VALUE_OK) vf_indicator_value_format_lang(&c.diff, L, VF_FMT_NO_BREAK, d, sizeof d);
      fprintf(f, "<td>%s%s</td>", c.status == VF_VALUE_OK && c.diff.num > 0 ? "+" : "", d);
      if (c.relative_status == VF_VALUE_OK) {
        char r[48];
        fixed1(r, sizeof r, c.relative_tenths);
        fprintf(f, "<td>%s%s</td>", c.relative_tenths > 0 ? "+" : "", r);
      } else {
        fputs("<td>..</td>", f);
      }
    }
    fputs("</tr>\n", f);
  }
  fputs("</table>\n", f);
}

/* The service profile: one bar per indicator, the register's municipality's
 * index (network average = 100, the dashed line), the other members as ticks. */
static void profile(FILE *f, const vf_network_result *res, int municipality) {
  size_t n = vf_network_result_rows(res);
  int nind = 0;
  for (size_t i = 0; i < n; i++) {
    vf_network_row r;
    if (!vf_network_result_row(res, i, &r, NULL) && !r.municipality) nind++;
  }
  /* the names' column: 260 px as always, wider for long names (about 7 px a letter) */
  int label_w = 260;
  for (size_t i = 0; L && i < n; i++) {
    vf_network_row r;
    char key[128];
    if (vf_network_result_row(res, i, &r, NULL) || r.municipality) continue;
    snprintf(key, sizeof key, "indicator.%s", r.indicator);
    const char *name = vf_labels_get(L, key);
    int w = 16 + 7 * (int)vt_width(name ? name : r.indicator);
    if (w > label_w) label_w = w;
  }
  const int bar_w = 400, row_h = 22, scale_max = 2000; /* index 200.0 */
  int height = nind * row_h + 30;
  fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\" "
             "aria-label=\"", label_w + bar_w + 70, height);
  vt_html_esc(f, vt_text("report.profile_aria"));
  fputs("\">\n", f);
  int x100 = label_w + bar_w / 2;
  int row = -1;
  for (size_t i = 0; i < n; i++) {
    vf_network_row r;
    vf_network_result_row(res, i, &r, NULL);
    if (!r.municipality) {
      row++;
      fprintf(f, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">", label_w - 8, row * row_h + 15);
      char key[128];
      snprintf(key, sizeof key, "indicator.%s", r.indicator);
      const char *name = L ? vf_labels_get(L, key) : NULL;
      vt_html_esc(f, name ? name : r.indicator);
      fputs("</text>\n", f);
      continue;
    }
    int y = row * row_h + 3;
    bool ok = r.index.status == VF_VALUE_OK;
    int64_t t = ok ? r.index.rounded : 0;
    if (t > scale_max) t = scale_max;
    if (t < 0) t = 0;
    int w = (int)(t * bar_w / scale_max);
    char v[48];
    vf_indicator_value_format_lang(&r.index, L, VF_FMT_NO_BREAK, v, sizeof v);
    if (r.municipality == municipality) {
      if (ok)
        fprintf(f, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"16\" fill=\"%s\"><title>%04d: %s</title></rect>"
                   "<text x=\"%d\" y=\"%d\">%s</text>\n", label_w, y, w, colours[0], r.municipality, v,
                label_w + w + 4, y + 13, v);
      else {
        char line[128];
        fprintf(f, "<text x=\"%d\" y=\"%d\" class=\"s\">", label_w + 2, y + 13);
        vt_html_esc(f, vt_fill(line, sizeof line, "report.no_value", r.symbol, (char *)NULL));
        fputs("</text>\n", f);
      }
    } else if (ok) {
      fprintf(f, "<rect x=\"%d\" y=\"%d\" width=\"2\" height=\"16\" fill=\"#999\"><title>%04d ",
              label_w + w - 1, y, r.municipality);
      vt_html_esc(f, r.name);
      fprintf(f, ": %s</title></rect>\n", v);
    }
  }
  fprintf(f, "<line x1=\"%d\" y1=\"0\" x2=\"%d\" y2=\"%d\" stroke=\"#222\" stroke-dasharray=\"4 3\"/>"
             "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">100</text>\n</svg>\n",
          x100, x100, nind * row_h, x100, nind * row_h + 16);
}

static const char *const css =
  "body{font-family:sans-serif;max-width:900px;margin:2em auto;padding:0 1em;color:#222}"
  "h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ccc}"
  "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{padding:2px 10px;border-bottom:1px solid #eee}"
  "th{text-align:left}td+td,th+th{text-align:right}tr.total td{font-weight:bold}.meta{color:#555}"
  "svg text{font-family:sans-serif;font-size:12px;fill:#222}svg text.s{fill:#888;font-style:italic}";

int cmd_report(int argc, char **argv) {
  char *pos[VT_MAX_POS];
  int npos, rc = vt_parse(&spec, argc, argv, pos, &npos);
  if (rc >= 0) return rc;
  const char *path = vt_get(&spec, "output")->value;
  if (!path) {
    vt_errorf("report", "-o FILE is required (the HTML page)");
    return VT_EXIT_USAGE;
  }
  const char *title = vt_get(&spec, "title")->value;
  if (title && !vt_utf8_valid(title)) { /* it would go into the page as raw bytes */
    vt_errorf("report", "--title is not valid UTF-8 text");
    return VT_EXIT_USAGE;
  }
  const char *net_file = vt_get(&spec, "network")->value, *mun = vt_get(&spec, "municipality")->value;
  uint64_t mun_num = 0;
  if (net_file && (!mun || strlen(mun) != 4 ||
                   vt_parse_num("report", "municipality", mun, 1, 9999, &mun_num) >= 0)) {
    vt_errorf("report", "--network needs --municipality NNNN (the register's municipality number)");
    return VT_EXIT_USAGE;
  }
  int municipality = (int)mun_num;
  vt_year y = {0}, other = {0};
  int partial = 0;
  if ((rc = vt_years_from_options(&spec, pos[0], &y, &other, &partial, argc, argv)) >= 0) return rc;
  vf_trend *trend = NULL;
  if ((rc = vt_trend_from_options(&spec, argc, argv, &y, &trend, &partial)) >= 0) {
    vt_year_free(&y);
    vt_year_free(&other);
    return rc;
  }
  vf_network_result *net = NULL;
  if (net_file) {
    vf_network_data *nd = NULL;
    vf_error e;
    const char *nname = vt_get(&spec, "network-name")->value;
    if (!nname) nname = "asss";
    if (!strcmp(nname, "all")) nname = NULL;
    if (vf_network_data_new(&nd, &e)) rc = vt_report("report", &e);
    if (rc < 0) rc = vt_network_load("report", nd, net_file, &partial);
    if (rc < 0 && (vf_network_data_add_indicators(nd, municipality, y.ind, &e) ||
                   vf_network_compare(nd, nname, y.year, VF_NETWORK_AUTO, &net, &e)))
      rc = vt_report("report", &e);
    vf_network_data_free(nd);
    if (rc >= 0) {
      vf_trend_free(trend);
      vt_year_free(&y);
      vt_year_free(&other);
      return rc;
    }
  }
  const vt_year *ys[2] = {&y, &other};
  int n = other.ind ? 2 : 1;
  vt_out vo;
  if (vt_open_out("report", path, &vo) >= 0) {
    vf_trend_free(trend);
    vf_network_result_free(net);
    vt_year_free(&y);
    vt_year_free(&other);
    return VT_EXIT_FAIL;
  }
  FILE *f = vo.f;
  L = vt_labels();
  char deftitle[256], line[1024], a1[48], a2[48], a3[48];
  snprintf(a1, sizeof a1, "%d", y.year);
  vt_fill(deftitle, sizeof deftitle, "report.title", a1, (char *)NULL);
  if (!title) title = deftitle;
  fprintf(f, "<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">\n<title>",
          vf_labels_lang(vt_texts()));
  vt_html_esc(f, title);
  fprintf(f, "</title>\n<style>%s</style></head>\n<body>\n<h1>", css);
  vt_html_esc(f, title);
  fputs("</h1>\n<p class=\"meta\">", f);
  text(f, vt_text("report.register"));
  fputs(" <code>", f);
  vt_html_esc(f, y.dir);
  fputs("</code>", f);
  vf_format_integer(L, (int64_t)vf_register_client_count(y.reg), VF_FMT_NO_BREAK, a1, sizeof a1);
  vf_format_integer(L, (int64_t)vf_register_payment_count(y.reg), VF_FMT_NO_BREAK, a2, sizeof a2);
  snprintf(a3, sizeof a3, "%d", y.year);
  text(f, vt_fill(line, sizeof line, "report.register_counts", a1, a2, a3, (char *)NULL));
  if (n > 1) {
    fputs(" ", f);
    text(f, vt_text("report.compared_with"));
    fputs(" <code>", f);
    vt_html_esc(f, other.dir);
    fputs("</code>", f);
    snprintf(a1, sizeof a1, "%d", other.year);
    text(f, vt_fill(line, sizeof line, "report.compared_year", a1, (char *)NULL));
  }
  snprintf(a1, sizeof a1, "%d", vf_indicators_options(y.ind)->suppress_below);
  snprintf(a2, sizeof a2, "%zu", vf_indicators_suppressed_count(y.ind));
  fputs(" ", f);
  text(f, vt_fill(line, sizeof line, "report.suppression", a1, a2, vf_version(), (char *)NULL));
  fputs("</p>\n<h2>", f);
  text(f, vt_text("report.h_indicators"));
  fputs("</h2>\n", f);
  indicator_table(f, ys, n);
  if (trend) vt_report_trend(f, trend, L);
  if (net) {
    snprintf(a1, sizeof a1, "%04d", municipality);
    fputs("<h2>", f);
    text(f, vt_text("report.h_profile"));
    fputs("</h2>\n<p class=\"meta\">", f);
    text(f, vt_fill(line, sizeof line, "report.profile_note", a1, (char *)NULL));
    fputs("</p>\n", f);
    profile(f, net, municipality);
  }
  fputs("<h2>", f);
  text(f, vt_text("report.h_distributions"));
  fputs("</h2>\n", f);
  for (int t = 0; t < VF_TABLE_COUNT; t++) {
    fprintf(f, "<section id=\"%s\"><h3>", vf_indicator_table_name((vf_indicator_table)t));
    vt_html_esc(f, table_title((vf_indicator_table)t));
    fputs("</h3>\n", f);
    chart(f, (vf_indicator_table)t, ys, n);
    table(f, (vf_indicator_table)t, ys, n);
    vt_report_note(f, y.ind, (vf_indicator_table)t, L);
    fputs("</section>\n", f);
  }
  vt_report_tables(f, y.ind, L);
  vt_report_content(f, y.ind, L);
  fputs("<p class=\"meta\">", f);
  text(f, vt_text("report.footer"));
  fputs("</p>\n</body></html>\n", f);
  vf_network_result_free(net);
  vf_trend_free(trend);
  rc = vt_close_out("report", &vo);
  if (!rc && strcmp(path, "-"))
    fprintf(stderr, "velferd report: %s\n", vt_fill(line, sizeof line, "report.wrote", path, (char *)NULL));
  vt_year_free(&y);
  vt_year_free(&other);
  if (rc) return rc;
  return partial ? VT_EXIT_PARTIAL : VT_EXIT_OK;
}
