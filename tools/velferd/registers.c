/* Register directories and their indicators for `indicators` and `report`. */
#include "registers.h"

#include <stdlib.h>
#include <string.h>

#define SHOW_REJECTIONS 20

static int parse_int(const char *cmd, const char *opt, const char *text, int min, int max, int *out) {
  uint64_t v;
  int rc = vt_parse_num(cmd, opt, text, (uint64_t)min, (uint64_t)max, &v);
  if (rc < 0) *out = (int)v;
  return rc;
}

void vt_year_free(vt_year *y) {
  vf_indicators_free(y->ind);
  vf_register_free(y->reg);
  y->ind = NULL;
  y->reg = NULL;
}

int vt_year_load(const char *cmd, vt_year *y, const char *dir, const char *population,
                 const char *year_opt, const char *year_text, const char *suppress_text,
                 const vf_read_limits *limits,
                 int *partial) {
  vf_error e;
  vf_indicator_options o;
  vf_indicator_options_init(&o);
  o.weighted = y->weighted;
  int rc;
  if (suppress_text &&
      (rc = parse_int(cmd, "suppress-below", suppress_text, 0, 1000000, &o.suppress_below)) >= 0)
    return rc;
  if (year_text && (rc = parse_int(cmd, year_opt, year_text, 1, 9999, &y->year)) >= 0) return rc;
  y->dir = dir;
  /* A summary register: what the indicators of the year need is accumulated
   * while the payments are read, none of them is kept (docs/performance.md). */
  if (vf_register_new_summary(&y->reg, year_text ? y->year : 0, &e) ||
      vf_register_set_read_limits(y->reg, limits, &e)) {
    vt_year_free(y);
    return vt_report(cmd, &e);
  }
  vf_read_counts c[3];
  if (vf_register_read_dir(y->reg, dir, VF_READ_SKIP, &c[0], &c[1], &c[2], &e) ||
      (population && vf_register_read_population_csv(y->reg, population, VF_READ_SKIP, NULL, &e))) {
    vt_year_free(y);
    return vt_report(cmd, &e);
  }
  size_t bad = vf_register_rejection_total(y->reg), kept = vf_register_rejection_count(y->reg);
  size_t shown = kept < SHOW_REJECTIONS ? kept : SHOW_REJECTIONS;
  for (size_t i = 0; i < shown; i++)
    vt_errorf(cmd, "rejected %s", vf_register_rejection(y->reg, i)->message);
  if (bad > shown) vt_errorf(cmd, "... and %zu more rejected rows", bad - shown);
  if (bad > kept)
    vt_errorf(cmd, "%s: the reasons of %zu rejected rows were not kept (--max-rejections %zu)",
              dir, bad - kept, kept);
  if (bad) {
    vt_errorf(cmd, "%s: %zu rows rejected (clients %zu/%zu, payments %zu/%zu used)", dir, bad,
              c[0].used, c[0].read, c[1].used, c[1].read);
    *partial = 1;
  }
  /* Rows that were there but all rejected would give a table of zeros. */
  const char *all_bad = c[0].read && !c[0].used ? "clients.csv" : c[1].read && !c[1].used ? "payments.csv" : NULL;
  if (all_bad) {
    vt_errorf(cmd, "%s: every row of %s was rejected; no indicators computed", dir, all_bad);
    vt_year_free(y);
    return VT_EXIT_USAGE;
  }
  int first = 0, last = 0, in_year = 0;
  for (size_t i = 0; i < vf_register_payment_year_count(y->reg); i++) {
    int py = vf_register_payment_year(y->reg, i);
    if (!first || py < first) first = py;
    if (py > last) last = py;
    in_year |= year_text && py == y->year;
  }
  if (!year_text) { /* the latest year with payments */
    y->year = last;
    if (!y->year) {
      vt_errorf(cmd, "%s: no payment records, so no year to compute (give --year)", dir);
      vt_year_free(y);
      return VT_EXIT_USAGE;
    }
  } else if (!in_year) { /* the year's figures would all be zero, not data */
    if (first)
      vt_errorf(cmd, "%s: no payment records in %d (--%s); its payments are from %d to %d", dir,
                y->year, year_opt, first, last);
    else
      vt_errorf(cmd, "%s: no payment records in %d (--%s)", dir, y->year, year_opt);
    vt_year_free(y);
    return VT_EXIT_USAGE;
  }
  if (vf_indicators_compute(y->reg, y->year, &o, &y->ind, &e)) {
    vt_year_free(y);
    return vt_report(cmd, &e);
  }
  return -1;
}

int vt_years_from_options(const vt_spec *spec, const char *dir, vt_year *main_year,
                          vt_year *other, int *partial) {
  const char *suppress = vt_get(spec, "suppress-below")->value;
  const vt_opt *weighted = vt_get(spec, "weighted"); /* only some commands have it */
  main_year->weighted = other->weighted = weighted && weighted->given;
  vf_read_limits limits;
  int rc = vt_read_limits(spec, &limits);
  if (rc >= 0) return rc;
  rc = vt_year_load(spec->name, main_year, dir, vt_get(spec, "population")->value, "year",
                    vt_get(spec, "year")->value, suppress, &limits, partial);
  if (rc >= 0) return rc;
  const char *dir2 = vt_get(spec, "compare")->value;
  const char *year2 = vt_get(spec, "compare-year")->value;
  if (!dir2 && year2) {
    vt_errorf(spec->name, "--compare-year needs --compare DIR2");
    vt_year_free(main_year);
    return VT_EXIT_USAGE;
  }
  if (dir2 && (rc = vt_year_load(spec->name, other, dir2, NULL, "compare-year", year2, suppress,
                                 &limits, partial)) >= 0) {
    vt_year_free(main_year);
    return rc;
  }
  return -1;
}
