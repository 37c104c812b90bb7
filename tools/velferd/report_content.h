/* The case content of `velferd report` (docs/indicators.md, "Case content"):
 * what form 11F records beyond the counts, a bar chart and a table per
 * content table, for the report's (main) year and only when the register
 * holds content. */
#ifndef VELFERD_CLI_REPORT_CONTENT_H
#define VELFERD_CLI_REPORT_CONTENT_H

#include "cli.h"

#include <stdio.h>

/* The section, nothing if ind has no content. L: the page's labels (NULL in
 * English: rows by their codes, as the page's other tables). */
void vt_report_content(FILE *f, const vf_indicators *ind, const vf_labels *L);

#endif
