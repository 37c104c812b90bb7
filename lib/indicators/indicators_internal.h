/* The indicator result, shared by indicators.c (computation), indicators_out.c
 * (writers) and indicators_compare.c; not installed. */
#ifndef VELFERD_INDICATORS_INTERNAL_H
#define VELFERD_INDICATORS_INTERNAL_H

#include "core/internal.h"

__extension__ typedef __int128 vfi_i128;

enum { VFI_MAX_ROWS = 14, VFI_AGES = VF_POPULATION_MAX_AGE + 1 };

typedef struct vfi_table {
  size_t nrows;
  int value[VFI_MAX_ROWS];       /* enumeration value of each row */
  int64_t count[VFI_MAX_ROWS];   /* raw counts (never published directly) */
  int64_t children[VFI_MAX_ROWS];
  uint8_t supp[VFI_MAX_ROWS];    /* vf_suppression */
  int64_t total;
  bool total_hidden;
} vfi_table;

/* The tables of what 11F records beyond the counts (indicators_content.c). */
enum { VFI_CT_HOUSING, VFI_CT_PLAN, VFI_CT_ADVICE, VFI_CT_WORK, VFI_CT_CONDITIONS, VFI_CT_TYPES,
       VFI_CT_DUTY, VFI_CT_SANCTIONS, VFI_CT_DUTY_MONTH, VFI_CT_COUNT };
typedef struct vfi_content_result {
  vfi_table t[VFI_CT_COUNT];
} vfi_content_result;

struct vf_indicators {
  int year;
  vf_indicator_options opts;
  size_t records;
  /* raw aggregates */
  int64_t recipients, point, months, long_term, long_term_cont, sa, sa_long, young, providers,
      children;
  int64_t by_age[VFI_AGES];      /* recipients by single year of age at year end */
  vf_money gross, refunded;
  int64_t pop[VFI_AGES];         /* population of the year, -1 = missing */
  vfi_table t[VF_TABLE_COUNT];
  vf_indicator_value v[VF_IND_COUNT]; /* published values */
  size_t nsuppressed;
  vfi_content_result *content; /* NULL if the register holds no content */
};

/* n/d rounded half away from zero; d > 0. */
int64_t vfi_div_round(vfi_i128 n, vfi_i128 d);
/* Fills v as num/den in unit (den 0 -> UNDEFINED) with its rounded form. */
void vfi_value_set(vf_indicator_value *v, vf_indicator which, vf_indicator_unit unit, int64_t num,
                   int64_t den);
/* Code name of row i of table t. */
const char *vfi_row_code(vf_indicator_table t, int value);
/* The code list of table t's rows; -1 for ::VF_TABLE_DURATION or an unknown table. */
int vfi_table_list(vf_indicator_table t);
/* Stable name of a unit ("persons", "nok", "percent", ...). */
const char *vfi_indicator_unit_name(vf_indicator_unit u);

/* Primary and secondary suppression of a table (indicators.c). */
void vfi_suppress_table(const vf_indicators *ind, vfi_table *t);
/* The content tables (indicators_content.c): computed from the recipients'
 * month masks when the register holds content; names and rows. */
extern const char *const vfi_content_table_names[VFI_CT_COUNT];
vf_status vfi_content_compute(vf_indicators *ind, const vf_register *reg,
                              const vf_month_mask *months, vf_error *err);
const char *vfi_content_row_code(int t, size_t row);
void vfi_content_row(const vf_indicators *ind, int t, size_t i, vf_table_row *out);
/* Writes the content section in a format (indicators_out.c's lang is opaque here). */

#endif
