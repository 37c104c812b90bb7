/* The trend series of `indicators` and `report` (--trend DIR..., --trend-years
 * FROM-TO): the main register's result and one result per other register or
 * year, gathered in a vf_trend (velferd/trend.h). */
#include "trend_opts.h"

#include <stdlib.h>
#include <string.h>

/* Parses "FROM-TO" (FROM < TO, at most VT_TREND_MAX years). */
static int parse_years(const char *cmd, const char *text, int *from, int *to) {
  const char *dash = strchr(text, '-');
  char a[8];
  uint64_t f = 0, t = 0;
  if (!dash || dash == text || (size_t)(dash - text) >= sizeof a) {
    vt_errorf(cmd, "--trend-years: '%s' is not FROM-TO (e.g. 2021-2024)", text);
    return VT_EXIT_USAGE;
  }
  memcpy(a, text, (size_t)(dash - text));
  a[dash - text] = '\0';
  int rc = vt_parse_num(cmd, "trend-years", a, 1, 9999, &f);
  if (rc < 0) rc = vt_parse_num(cmd, "trend-years", dash + 1, 1, 9999, &t);
  if (rc >= 0) return rc;
  if (f >= t || t - f >= VT_TREND_MAX) {
    vt_errorf(cmd, "--trend-years %s: give FROM < TO, at most %d years", text, VT_TREND_MAX);
    return VT_EXIT_USAGE;
  }
  *from = (int)f;
  *to = (int)t;
  return -1;
}

/* VT_EXIT_FAIL if the output is a file of register dir (vt_parse checks
 * only the last value of a repeated option). */
static int clobbers(const vt_spec *spec, const char *dir) {
  static const char *const files[] = {"clients.csv", "payments.csv", "population.csv", NULL};
  const char *o = vt_get(spec, "output")->value;
  char path[4096 + 32];
  for (int i = 0; o && strcmp(o, "-") && files[i]; i++) {
    snprintf(path, sizeof path, "%s/%s", dir, files[i]);
    if (vfi_same_file(o, path)) {
      vt_errorf(spec->name, "--output '%s' would overwrite the input '%s'; choose another output", o, path);
      return VT_EXIT_FAIL;
    }
  }
  return -1;
}

/* Loads one more result and adds it to the series. */
static int add(const vt_spec *spec, vf_trend *t, const char *dir, const char *year_text,
               const vf_read_limits *limits, int *partial) {
  vt_year y = {0};
  vf_error e;
  int rc = vt_year_load(spec->name, &y, dir, year_text ? vt_get(spec, "population")->value : NULL,
                        "trend-years", year_text, vt_get(spec, "suppress-below")->value, limits,
                        partial);
  if (rc >= 0) return rc;
  if (vf_trend_add(t, y.ind, &e)) {
    vt_errorf(spec->name, "%s, %d: %s", dir, y.year, e.message);
    rc = VT_EXIT_USAGE;
  }
  vt_year_free(&y);
  return rc;
}

int vt_trend_from_options(const vt_spec *spec, int argc, char **argv, const vt_year *main_year,
                          vf_trend **out, int *partial) {
  *out = NULL;
  const char *dirs[VT_TREND_MAX];
  int ndirs = vt_values("trend", argc, argv, dirs, VT_TREND_MAX);
  const char *years = vt_get(spec, "trend-years")->value;
  if (!ndirs && !years) return -1;
  if (vt_get(spec, "trend")->given > VT_TREND_MAX) {
    vt_errorf(spec->name, "--trend: at most %d registers", VT_TREND_MAX);
    return VT_EXIT_USAGE;
  }
  if (vt_get(spec, "compare")->value) {
    vt_errorf(spec->name, "--trend and --trend-years do not go with --compare (the series has the change)");
    return VT_EXIT_USAGE;
  }
  int from = 0, to = 0, rc = years ? parse_years(spec->name, years, &from, &to) : -1;
  if (rc >= 0) return rc;
  vf_read_limits limits;
  if ((rc = vt_read_limits(spec, &limits)) >= 0) return rc;
  vf_trend *t = NULL;
  vf_error e;
  if (vf_trend_new(&t, &e)) return vt_report(spec->name, &e);
  if (vf_trend_add(t, main_year->ind, &e)) rc = vt_report(spec->name, &e);
  for (int i = 0; i < ndirs && rc < 0; i++) rc = clobbers(spec, dirs[i]);
  for (int i = 0; i < ndirs && rc < 0; i++) rc = add(spec, t, dirs[i], NULL, &limits, partial);
  for (int y = from; years && y <= to && rc < 0; y++) {
    if (y == main_year->year) continue; /* already in the series */
    char text[8];
    snprintf(text, sizeof text, "%d", y);
    rc = add(spec, t, main_year->dir, text, &limits, partial);
  }
  if (rc >= 0) {
    vf_trend_free(t);
    return rc;
  }
  *out = t;
  return -1;
}
