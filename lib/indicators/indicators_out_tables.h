/* Writers of the report-style tables, shared by indicators_out.c and
 * indicators_out_tables.c; not installed. */
#ifndef VELFERD_INDICATORS_OUT_TABLES_H
#define VELFERD_INDICATORS_OUT_TABLES_H

#include "core/sbuf.h"
#include "indicators/indicators_internal.h"

/* The rate row's name with its age band ("Recipients per 100 inhabitants 18-66"). */
void vfi_out_rate_label(const vf_labels *l, int from, int to, char *buf, size_t size);
/* The rows of the further age bands, after the indicators (md: Markdown rows). */
void vfi_out_extra_text(const vf_indicators *ind, const vf_labels *l, bool codes, bool md,
                        vfi_sbuf *b);
/* The note under table t saying which denominator its percentages have. */
void vfi_out_notes(const vf_indicators *ind, vf_indicator_table t, const vf_labels *l, bool md,
                   vfi_sbuf *b);
/* Payment tables and the duration x main income table. */
void vfi_out_tables_text(const vf_indicators *ind, const vf_labels *l, bool codes, bool md,
                         vfi_sbuf *b);
void vfi_out_tables_csv(const vf_indicators *ind, vfi_sbuf *b);
/* JSON members, each starting with ",\n" (inside the top-level object). */
void vfi_out_tables_json(const vf_indicators *ind, vfi_sbuf *b);

#endif
