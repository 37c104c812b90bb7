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
  /* weighted (opts.weighted): sums of weights in 1/VF_WEIGHT_SCALE */
  int64_t wcount[VFI_MAX_ROWS], wchildren[VFI_MAX_ROWS], wtotal;
} vfi_table;

/* The aggregates of pass 2: persons, or (weighted) sums of their weights. */
typedef struct vfi_agg {
  int64_t recipients, point, months, long_term, long_term_cont, sa, sa_long, young, providers,
      children;
  int64_t by_age[VFI_AGES];      /* recipients by single year of age at year end */
  vf_money gross, refunded;      /* weighted: øre times 1/VF_WEIGHT_SCALE */
} vfi_agg;

struct vf_indicators {
  int year;
  vf_indicator_options opts;
  size_t records;
  /* raw aggregates: persons (suppression looks at these) and, when weighted,
   * the weighted ones that the values are made of */
  vfi_agg n, w;
  int64_t pop[VFI_AGES];         /* population of the year, -1 = missing */
  vfi_table t[VF_TABLE_COUNT];
  vf_indicator_value v[VF_IND_COUNT]; /* published values */
  size_t nsuppressed;
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

#endif
