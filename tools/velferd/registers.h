/* Loading register directories and computing their indicators, shared by
 * `velferd indicators` and `velferd report`. */
#ifndef VELFERD_CLI_REGISTERS_H
#define VELFERD_CLI_REGISTERS_H

#include "cli.h"
#include "limits.h"

/* One register directory and its indicators for one year. */
typedef struct vt_year {
  const char *dir;
  int year;
  vf_register *reg;
  vf_indicators *ind;
} vt_year;

/* Options indicators and report share. */
#define VT_OPT_YEAR {"year", 'y', "YEAR", NULL, 0}
#define VT_OPT_POPULATION {"population", 0, "FILE", NULL, 0}
#define VT_OPT_COMPARE {"compare", 0, "DIR2", NULL, 0}
#define VT_OPT_COMPARE_YEAR {"compare-year", 0, "YEAR", NULL, 0}
#define VT_OPT_SUPPRESS {"suppress-below", 0, "N", NULL, 0}
#define VT_OPT_WEIGHTED {"weighted", 0, NULL, NULL, 0}

/* Reads DIR (and the population file, may be NULL; base: the options to
 * compute with, NULL for the defaults), picks the year (year_text,
 * given as option --year_opt, or the latest with payments) and computes. Bad
 * rows are skipped and listed on stderr; *partial is set if there were any.
 * Refused (exit 2), rather than computed as a table of zeros: a register whose
 * clients or payments were all rejected, and a year given with no payment
 * records in it. Returns -1 or an exit code. */
int vt_year_load(const char *cmd, vt_year *y, const char *dir, const char *population,
                 const char *year_opt, const char *year_text, const char *suppress_text,
                 const vf_read_limits *limits,
                 int *partial, const vf_indicator_options *base);
void vt_year_free(vt_year *y);

/* Loads the main register and, with --compare, the other one, from the
 * options of spec (VT_OPT_YEAR ... VT_OPT_SUPPRESS, VT_OPT_MAX_INPUT,
 * VT_OPT_MAX_REJECTIONS, and indicator_opts.h's). */
int vt_years_from_options(const vt_spec *spec, const char *dir, vt_year *main_year,
                          vt_year *other, int *partial, int argc, char **argv);

/* Reads a file of published municipal figures into nd (velferd network, report
 * --network); regions that are not municipalities are reported on stderr.
 * Returns -1 or an exit code. */
int vt_network_load(const char *cmd, vf_network_data *nd, const char *path, int *partial);

#endif
