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
  int64_t den;        /* persons the percentages are of (total, or total - unknown) */
  bool den_hidden;    /* percentages withheld */
  bool excl;          /* the unknown row is left out of den */
  /* weighted (opts.weighted): sums of weights in 1/VF_WEIGHT_SCALE */
  int64_t wcount[VFI_MAX_ROWS], wchildren[VFI_MAX_ROWS], wtotal, wden;
} vfi_table;

/* The aggregates of pass 2: persons, or (weighted) sums of their weights. */
typedef struct vfi_agg {
  int64_t recipients, point, months, long_term, long_term_cont, sa, sa_long, young, providers,
      children;
  int64_t age_unknown, income_unknown; /* recipients, for exclude_unknown shares */
  int64_t by_age[VFI_AGES];      /* recipients by single year of age at year end */
  vf_money gross, refunded;      /* weighted: øre times 1/VF_WEIGHT_SCALE */
  vf_money grants;               /* of gross, paid as grants; loans = gross - grants */
} vfi_agg;

enum { VFI_PAY_TABLES = VF_PAYTABLE_COUNT, VFI_BANDS = VF_BAND_COUNT };
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
  /* raw aggregates: persons (suppression looks at these) and, when weighted,
   * the weighted ones that the values are made of */
  vfi_agg n, w;
  int64_t pop[VFI_AGES];         /* population of the year, -1 = missing */
  vfi_table t[VF_TABLE_COUNT];
  vf_indicator_value v[VF_IND_COUNT]; /* published values */
  size_t nsuppressed;
  /* indicators_tables.c: payments by group and duration x main income (persons,
   * not weighted) */
  vf_money pay_gross[VFI_PAY_TABLES][VFI_MAX_ROWS]; /* by group value (not row) */
  int64_t pay_months[VFI_PAY_TABLES][VFI_MAX_ROWS];
  int64_t dur_inc[VFI_MAX_ROWS][VFI_BANDS];    /* by main income value x band */
  uint8_t dur_inc_supp[VFI_MAX_ROWS + 1][VFI_BANDS]; /* by main income ROW; last: band totals */
  vf_indicator_value rate_extra[VF_RATE_BANDS_MAX];
  vfi_content_result *content; /* NULL if the register holds no content */
};

/* A value's status as the CSV and JSON renderings write it ("ok", "suppressed"...). */
const char *vfi_value_status_name(vf_value_status s);
/* n/d rounded half away from zero; d > 0. */
int64_t vfi_div_round(vfi_i128 n, vfi_i128 d);
/* Fills v as num/den in unit (den 0 -> UNDEFINED) with its rounded form. */
void vfi_value_set(vf_indicator_value *v, vf_indicator which, vf_indicator_unit unit, int64_t num,
                   int64_t den);
/* As vfi_value_set() with the published decimals given (0: whole months). */
void vfi_value_set_decimals(vf_indicator_value *v, vf_indicator which, vf_indicator_unit unit,
                            int decimals, int64_t num, int64_t den);
/* Code name of row i of table t. */
const char *vfi_row_code(vf_indicator_table t, int value);
/* The code list of table t's rows; -1 for ::VF_TABLE_DURATION or an unknown table. */
int vfi_table_list(vf_indicator_table t);
/* The person table behind a payment table. */
vf_indicator_table vfi_pay_person_table(vf_payment_table p);
/* Band of a number of months 1..12. */
int vfi_band_of(int months);
/* A pass-2 client's contribution to the payment and duration tables: its
 * group in each payment table (val, from vfi_pay_groups), months with
 * assistance (nm) and gross of the year (full register; the summary register
 * has summed gross by group as it read, pass gross 0 then). */
void vfi_tables_add(vf_indicators *ind, const int val[VFI_PAY_TABLES], int nm, vf_money gross);
/* Denominators, suppression and the further rates, after the tables are counted. */
void vfi_tables_finish(vf_indicators *ind, const vf_register *reg);
/* Whether a count is 1..suppress_below-1. */
bool vfi_small(const vf_indicators *ind, int64_t n);
/* Row index of value in t (t->nrows if none). */
size_t vfi_row_of(const vfi_table *t, int value);
/* Recipients aged a..b per 100 inhabitants, with suppression. */
void vfi_rate_value(const vf_indicators *ind, int a, int b, vf_indicator which,
                    vf_indicator_value *v);
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
