/* Trend series options of `velferd indicators` and `velferd report`
 * (trend_opts.c): --trend DIR... and --trend-years FROM-TO. */
#ifndef VELFERD_CLI_TREND_OPTS_H
#define VELFERD_CLI_TREND_OPTS_H

#include "registers.h"

/* Most years in one series. */
#define VT_TREND_MAX 50

#define VT_OPT_TREND {"trend", 0, "DIR...", NULL, 0}
#define VT_OPT_TREND_YEARS {"trend-years", 0, "FROM-TO", NULL, 0}

/* With --trend or --trend-years: a series of main_year's result and one per
 * other register (its latest year) or year of main_year's register, in *out
 * (NULL without those options). Returns -1 or an exit code after a message. */
int vt_trend_from_options(const vt_spec *spec, int argc, char **argv, const vt_year *main_year,
                          vf_trend **out, int *partial);

#endif
