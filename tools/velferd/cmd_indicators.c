/* velferd indicators: the indicator tables of a register directory. */
#include "registers.h"
#include "trend_opts.h"
#include "indicator_opts.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

static vt_opt opts[] = {
  VT_OPT_YEAR,
  VT_OPT_POPULATION,
  VT_OPT_COMPARE,
  VT_OPT_COMPARE_YEAR,
  VT_OPT_TREND,
  VT_OPT_TREND_YEARS,
  VT_OPT_FORMAT,
  VT_OPT_SUPPRESS,
  VT_OPT_AGE_BAND,
  VT_OPT_POINT_MONTH,
  VT_OPT_EXCLUDE_UNKNOWN,
  VT_OPT_WEIGHTED,
  VT_OPT_MAX_INPUT,
  VT_OPT_MAX_REJECTIONS,
  VT_OPT_OUTPUT,
  VT_OPT_END};

static const vt_spec spec = {
  "indicators", "DIR",
  opts, 1, 1};

static const char *const formats[] = {"text", "csv", "json", "markdown", NULL};

/* The labels of text and Markdown (NULL in English and for CSV and JSON,
 * which stay language-neutral). */
static const vf_labels *L;

static void fmt_value(const vf_indicator_value *v, char *buf, size_t size) {
  vf_indicator_value_format_lang(v, L, 0, buf, size);
}

/* The change as published: the difference and the relative change in %. */
static void fmt_change(const vf_indicator_change *c, char *diff, char *rel, size_t size) {
  if (c->status != VF_VALUE_OK) {
    snprintf(diff, size, "..");
    snprintf(rel, size, "..");
    return;
  }
  char d[32]; /* a published value is at most 24 bytes */
  fmt_value(&c->diff, d, sizeof d);
  snprintf(diff, size, "%s%s", c->diff.num > 0 ? "+" : "", d);
  if (c->relative_status != VF_VALUE_OK) {
    snprintf(rel, size, "..");
    return;
  }
  int64_t t = c->relative_tenths;
  char r[32];
  vf_format_fixed(L, t, 1, 0, r, sizeof r);
  snprintf(rel, size, "%s%s", t > 0 ? "+" : "", r);
}

/* The name of an indicator in a text table: its code in English (as always), its label otherwise. */
static const char *row_name(vf_indicator w) {
  const char *s = L ? vf_labels_indicator(L, w) : NULL;
  return s ? s : vf_indicator_name(w);
}

static int compare(FILE *f, int format, const vt_year *before, const vt_year *after) {
  char hb[96], ha[96];
  if (before->year != after->year) {
    snprintf(hb, sizeof hb, "%d", before->year);
    snprintf(ha, sizeof ha, "%d", after->year);
  } else {
    snprintf(hb, sizeof hb, "%.80s", before->dir);
    snprintf(ha, sizeof ha, "%.80s", after->dir);
  }
  size_t nw = 36; /* the name column: wider for longer names */
  for (int i = 0; i < VF_IND_COUNT; i++)
    if (vt_width(row_name((vf_indicator)i)) > nw) nw = vt_width(row_name((vf_indicator)i));
  char line[512];
  switch (format) {
    case 0:
      fprintf(f, "\n%s\n\n", vt_fill(line, sizeof line, "indicators.compare.title", hb, before->dir,
                                     ha, after->dir, (char *)NULL));
      vt_pad(f, vt_text("indicators.compare.indicator"), nw, 0);
      fprintf(f, " %14s %14s ", hb, ha);
      vt_pad(f, vt_text("indicators.compare.change"), 14, 1);
      fputc(' ', f);
      vt_pad(f, vt_text("indicators.compare.change_pct"), 9, 1);
      fputc('\n', f);
      break;
    case 1: fprintf(f, "indicator,before_year,before,after_year,after,change,change_pct\n"); break;
    case 2:
      fprintf(f, ",\n\"compare\": {\"before\": {\"dir\": ");
      vt_json_string(f, before->dir);
      fprintf(f, ", \"year\": %d}, \"after\": {\"dir\": ", before->year);
      vt_json_string(f, after->dir);
      fprintf(f, ", \"year\": %d}, \"indicators\": [", after->year);
      break;
    case 3:
      fprintf(f, "\n## %s\n\n| %s | %s | %s | %s | %s |\n|---|---:|---:|---:|---:|\n",
              vt_fill(line, sizeof line, "indicators.compare.md_title", hb, ha, (char *)NULL),
              vt_text("indicators.compare.indicator"), hb, ha,
              vt_text("indicators.compare.change"), vt_text("indicators.compare.change_pct"));
      break;
  }
  for (int i = 0; i < VF_IND_COUNT; i++) {
    vf_indicator w = (vf_indicator)i;
    vf_indicator_value vb, va;
    vf_indicator_change ch;
    vf_error e;
    if (vf_indicators_value(before->ind, w, &vb, &e) || vf_indicators_value(after->ind, w, &va, &e) ||
        vf_indicators_change(before->ind, after->ind, w, &ch, &e))
      return vt_report("indicators", &e);
    char b[48], a[48], d[48], r[48];
    fmt_value(&vb, b, sizeof b);
    fmt_value(&va, a, sizeof a);
    fmt_change(&ch, d, r, sizeof d);
    const char *name = vf_indicator_name(w);
    switch (format) {
      case 0:
        vt_pad(f, row_name(w), nw, 0);
        fprintf(f, " %14s %14s %14s %9s\n", b, a, d, r);
        break;
      case 1:
        fprintf(f, "%s,%d,%s,%d,%s,%s,%s\n", name, before->year, b, after->year, a, d, r);
        break;
      case 2:
        fprintf(f, "%s\n  {\"indicator\": \"%s\", \"before\": \"%s\", \"after\": \"%s\", "
                   "\"change\": \"%s\", \"change_pct\": \"%s\"}",
                i ? "," : "", name, b, a, d, r);
        break;
      case 3: {
        const char *label = L ? vf_labels_indicator(L, w) : NULL;
        fprintf(f, "| %s | %s | %s | %s | %s |\n", label ? label : vf_indicator_label(w), b, a, d, r);
        break;
      }
    }
  }
  if (format == 2) fprintf(f, "\n]}");
  return -1;
}

int cmd_indicators(int argc, char **argv) {
  char *pos[VT_MAX_POS];
  int npos, rc = vt_parse(&spec, argc, argv, pos, &npos);
  if (rc >= 0) return rc;
  vt_opt *o_fmt = vt_get(&spec, "format");
  int format = o_fmt->value ? vt_choice("indicators", "format", o_fmt->value, formats) : 0;
  if (format < 0) return VT_EXIT_USAGE;
  vt_year y = {0}, other = {0};
  int partial = 0;
  if ((rc = vt_years_from_options(&spec, pos[0], &y, &other, &partial, argc, argv)) >= 0) return rc;
  vf_trend *trend = NULL;
  if ((rc = vt_trend_from_options(&spec, argc, argv, &y, &trend, &partial)) >= 0) {
    vt_year_free(&y);
    vt_year_free(&other);
    return rc;
  }
  static const vf_output_format lib_format[] = {VF_OUTPUT_TEXT, VF_OUTPUT_CSV, VF_OUTPUT_JSON,
                                                VF_OUTPUT_MARKDOWN};
  char *text = NULL;
  vf_error e;
  /* With --compare, CSV holds only the comparison (one table per file). */
  L = format == 0 || format == 3 ? vt_labels() : NULL;
  char *trend_text = NULL;
  if (trend && vf_trend_render_lang(trend, lib_format[format], L, &trend_text, NULL, &e))
    rc = vt_report("indicators", &e);
  if (rc < 0 && !((other.ind || trend) && format == 1) &&
      vf_indicators_render_lang(y.ind, lib_format[format], L, &text, NULL, &e))
    rc = vt_report("indicators", &e);
  const char *path = vt_get(&spec, "output")->value;
  vt_out vo;
  if (rc < 0 && vt_open_out("indicators", path, &vo) >= 0) rc = VT_EXIT_FAIL;
  if (rc < 0) {
    FILE *f = vo.f;
    if (trend && format == 2) { /* {"indicators": <the year's object>, "trend": <the series>} */
      size_t n = text ? strlen(text) : 0;
      while (n && (text[n - 1] == '\n' || text[n - 1] == ' ')) n--;
      fprintf(f, "{\"indicators\": ");
      fwrite(text, 1, n, f);
      fprintf(f, ",\n\"trend\": %s}\n", trend_text);
    } else if (trend) {
      if (text) fputs(text, f);
      fputs(trend_text, f);
    } else if (other.ind && format == 2) {
      /* {"indicators": <the library's object>, "compare": {...}} */
      fprintf(f, "{\"indicators\": ");
      size_t n = strlen(text);
      while (n && (text[n - 1] == '\n' || text[n - 1] == ' ')) n--;
      fwrite(text, 1, n, f);
      rc = compare(f, format, &other, &y);
      fprintf(f, "}\n");
    } else {
      if (text) fputs(text, f);
      if (other.ind) rc = compare(f, format, &other, &y);
    }
    if (rc < 0)
      rc = vt_close_out("indicators", &vo);
    else
      vt_discard_out(&vo); /* the comparison failed: keep the old file */
  }
  vf_indicators_text_free(text);
  vf_indicators_text_free(trend_text);
  vf_trend_free(trend);
  vt_year_free(&y);
  vt_year_free(&other);
  if (rc > 0) return rc;
  return partial ? VT_EXIT_PARTIAL : VT_EXIT_OK;
}
