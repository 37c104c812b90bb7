/* The trend section of the HTML report (report_trend.c). */
#ifndef VELFERD_CLI_REPORT_TREND_H
#define VELFERD_CLI_REPORT_TREND_H

#include "cli.h"

#include <stdio.h>

/* Writes the trend heading, a line chart per headline series and the series
 * table; numbers in the language of L (NULL: English). */
void vt_report_trend(FILE *f, const vf_trend *t, const vf_labels *L);

#endif
