/* The report-style tables of `velferd report` (docs/indicators.md, "Tables as
 * municipal status reports print them"): payments by group, recipients by
 * duration band and main income, the further age bands' rates, and the note
 * on a table's percentage denominator. */
#ifndef VELFERD_CLI_REPORT_TABLES_H
#define VELFERD_CLI_REPORT_TABLES_H

#include "cli.h"

#include <stdio.h>

/* The note under distribution table t when its unknowns are left out of the
 * percentages (nothing otherwise). L: the page's labels (NULL in English). */
void vt_report_note(FILE *f, const vf_indicators *ind, vf_indicator_table t, const vf_labels *L);
/* The section with the further rates, payment tables and the duration x main income table. */
void vt_report_tables(FILE *f, const vf_indicators *ind, const vf_labels *L);

#endif
