/* Tables as municipal status reports print them: percentages with unknowns
 * left out of the denominator, payments by group, duration bands x main
 * income, the population rate of further age bands. Definitions and the
 * suppression rules: docs/indicators.md. */
#include "indicators/indicators_internal.h"
#include "register/register_internal.h"

#include <stdio.h>
#include <string.h>

/* ---- bands ---- */

static const int band_months[VFI_BANDS][2] = {{1, 2}, {3, 5}, {6, 9}, {10, 12}};
static const char *const band_names[VFI_BANDS + 1] = {"1_2", "3_5", "6_9", "10_12", "total"};

int vfi_band_of(int months) {
  for (int b = 0; b < VFI_BANDS; b++)
    if (months <= band_months[b][1]) return b;
  return VFI_BANDS - 1;
}

const char *vf_duration_band_name(vf_duration_band band) {
  return (int)band >= 0 && band <= VF_BAND_COUNT ? band_names[band] : NULL;
}

const char *vf_labels_duration_band(const vf_labels *l, vf_duration_band band) {
  const char *name = vf_duration_band_name(band);
  if (!l || !name) return NULL;
  char key[48];
  snprintf(key, sizeof key, "row.band.%s", name);
  return vf_labels_get(l, key);
}

/* ---- payment tables ---- */

static const char *const pay_names[VFI_PAY_TABLES] = {"payments_age_group",
  "payments_provider_status", "payments_main_income"};
static const vf_indicator_table pay_person[VFI_PAY_TABLES] = {VF_TABLE_AGE_GROUP,
  VF_TABLE_PROVIDER_STATUS, VF_TABLE_MAIN_INCOME};

vf_indicator_table vfi_pay_person_table(vf_payment_table p) { return pay_person[p]; }

const char *vf_payment_table_name(vf_payment_table table) {
  return (int)table >= 0 && table < VF_PAYTABLE_COUNT ? pay_names[table] : NULL;
}

const char *vf_labels_payment_table(const vf_labels *l, vf_payment_table table) {
  const char *name = vf_payment_table_name(table);
  if (!l || !name) return NULL;
  char key[64];
  snprintf(key, sizeof key, "table.%s", name);
  return vf_labels_get(l, key);
}

void vfi_tables_add(vf_indicators *ind, const int val[VFI_PAY_TABLES], int nm, vf_money gross) {
  for (int k = 0; k < VFI_PAY_TABLES; k++) {
    ind->pay_months[k][val[k]] += nm;
    ind->pay_gross[k][val[k]] += gross; /* parts of the year's gross: no overflow */
  }
  ind->dur_inc[val[2]][vfi_band_of(nm)]++;
}

size_t vf_indicators_payment_rows(const vf_indicators *ind, vf_payment_table table) {
  if (!ind || (int)table < 0 || table >= VF_PAYTABLE_COUNT) return 0;
  return ind->t[pay_person[table]].nrows;
}

static bool any_hidden(const vfi_table *t) {
  for (size_t i = 0; i < t->nrows; i++)
    if (t->supp[i]) return true;
  return false;
}

static void hidden_value(vf_indicator_value *v, vf_indicator_unit unit) {
  vfi_value_set(v, VF_IND_COUNT, unit, 0, 0);
  v->status = VF_VALUE_SUPPRESSED;
}

vf_status vf_indicators_payment_row(const vf_indicators *ind, vf_payment_table table, size_t index,
                                    vf_payment_row *out, vf_error *err) {
  if (!ind || !out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "result or out is NULL");
  if ((int)table < 0 || table >= VF_PAYTABLE_COUNT)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "table", "payment table: unknown table %d",
                    (int)table);
  vf_indicator_table pt = pay_person[table];
  const vfi_table *t = &ind->t[pt];
  if (index >= t->nrows)
    return vfi_fail(err, VF_E_RANGE, 0, "index", "%s: row %zu out of range (%zu rows)",
                    pay_names[table], index, t->nrows);
  memset(out, 0, sizeof *out);
  int v = t->value[index];
  out->code = vfi_row_code(pt, v);
  out->value = v;
  if (t->supp[index] || (ind->opts.suppress_below && vfi_small(ind, ind->n.recipients))) {
    hidden_value(&out->recipients, VF_IUNIT_PERSONS);
    hidden_value(&out->benefit_months, VF_IUNIT_MONTHS);
    hidden_value(&out->gross, VF_IUNIT_MONEY);
    hidden_value(&out->per_recipient, VF_IUNIT_MONEY);
    hidden_value(&out->per_month, VF_IUNIT_MONEY);
    return VF_OK;
  }
  int64_t n = t->count[index], m = ind->pay_months[table][v];
  vf_money g = ind->pay_gross[table][v];
  vfi_value_set(&out->recipients, VF_IND_COUNT, VF_IUNIT_PERSONS, n, 1);
  vfi_value_set(&out->gross, VF_IND_COUNT, VF_IUNIT_MONEY, g, 1);
  vfi_value_set(&out->per_recipient, VF_IND_COUNT, VF_IUNIT_MONEY, g, n);
  /* Months by group add up to the benefit months, which would reveal a
   * hidden cell of the duration table (as the scalar benefit_months). */
  if (ind->opts.suppress_below && any_hidden(&ind->t[VF_TABLE_DURATION])) {
    hidden_value(&out->benefit_months, VF_IUNIT_MONTHS);
    hidden_value(&out->per_month, VF_IUNIT_MONEY);
  } else {
    vfi_value_set_decimals(&out->benefit_months, VF_IND_COUNT, VF_IUNIT_MONTHS, 0, m, 1);
    vfi_value_set(&out->per_month, VF_IND_COUNT, VF_IUNIT_MONEY, g, m);
  }
  return VF_OK;
}

/* ---- duration bands x main income ---- */

/* The income rows of the cross table are the main income table's rows. */
static int64_t cell(const vf_indicators *ind, size_t r, int b) {
  return ind->dur_inc[ind->t[VF_TABLE_MAIN_INCOME].value[r]][b];
}

/* Band total b: hidden if it is small, or if it would reveal a hidden cell
 * of the duration table (exactly one hidden cell in or outside the band). */
static bool band_total_hidden(const vf_indicators *ind, int b) {
  const vfi_table *d = &ind->t[VF_TABLE_DURATION];
  int64_t sum = 0;
  int in = 0, out = 0;
  for (size_t i = 0; i < d->nrows; i++) {
    bool inside = d->value[i] >= band_months[b][0] && d->value[i] <= band_months[b][1];
    if (inside) sum += d->count[i];
    if (d->supp[i]) inside ? in++ : out++;
  }
  return vfi_small(ind, sum) || in == 1 || out == 1;
}

/* One line of the cross table (a row or a column): @p n cells at
 * count[i*stride], supp[i*stride]; its total is published unless
 * total_hidden. Hides one more cell if a hidden cell could be recovered
 * (one hidden cell, or hidden cells adding up to fewer than suppress_below;
 * with a hidden total, a line with no hidden cell would reveal it). A cell
 * that is the only non-zero cell of its row is never chosen: the published
 * main income cell gives it. Returns 1 if a cell was hidden, 0 if the line
 * is safe, -1 if it cannot be made safe. */
static int fix_line(const vf_indicators *ind, size_t n, const int64_t *count, uint8_t *supp,
                    size_t stride, bool total_hidden, const bool *only) {
  int hidden = 0, nonzero = 0;
  int64_t hsum = 0;
  for (size_t i = 0; i < n; i++) {
    nonzero += count[i * stride] > 0;
    if (supp[i * stride]) { hidden++; hsum += count[i * stride]; }
  }
  bool unsafe = total_hidden ? (hidden == 0 && nonzero > 0)
                             : (hidden == 1 || (hidden > 0 && hsum < ind->opts.suppress_below));
  if (!unsafe) return 0;
  size_t best = n;
  for (size_t i = 0; i < n; i++)
    if (!supp[i * stride] && count[i * stride] > 0 && !(only && only[i * stride]) &&
        (best == n || count[i * stride] < count[best * stride]))
      best = i;
  if (best == n) return -1;
  supp[best * stride] = VF_SUPPRESS_SECONDARY;
  return 1;
}

static void suppress_cross(vf_indicators *ind) {
  const vfi_table *inc = &ind->t[VF_TABLE_MAIN_INCOME];
  size_t nr = inc->nrows;
  int64_t c[VFI_MAX_ROWS][VFI_BANDS];
  bool only[VFI_MAX_ROWS][VFI_BANDS];
  uint8_t (*s)[VFI_BANDS] = ind->dur_inc_supp;
  memset(only, 0, sizeof only);
  for (size_t r = 0; r < nr; r++) {
    int nz = 0;
    for (int b = 0; b < VFI_BANDS; b++) {
      c[r][b] = cell(ind, r, b);
      nz += c[r][b] > 0;
      if (vfi_small(ind, c[r][b])) s[r][b] = VF_SUPPRESS_PRIMARY;
    }
    for (int b = 0; b < VFI_BANDS; b++) only[r][b] = nz == 1 && c[r][b] > 0 && !inc->supp[r];
  }
  bool btot[VFI_BANDS];
  for (int b = 0; b < VFI_BANDS; b++) btot[b] = band_total_hidden(ind, b);
  for (int changed = 1; changed;) {
    changed = 0;
    for (size_t r = 0; r < nr; r++) {
      int k = fix_line(ind, VFI_BANDS, c[r], s[r], 1, inc->supp[r] != 0, only[r]);
      if (k < 0) goto all;
      changed |= k;
    }
    for (int b = 0; b < VFI_BANDS; b++) {
      int k = fix_line(ind, nr, &c[0][b], &s[0][b], VFI_BANDS, btot[b], &only[0][b]);
      if (k < 0) goto all;
      changed |= k;
    }
  }
  for (int b = 0; b < VFI_BANDS; b++)
    s[VFI_MAX_ROWS][b] = btot[b] ? VF_SUPPRESS_SECONDARY : VF_SUPPRESS_NONE;
  return;
all: /* no cell left to hide in some line: hide the whole table (never reached
        in practice; safe rather than clever) */
  for (size_t r = 0; r < nr; r++)
    for (int b = 0; b < VFI_BANDS; b++)
      if (c[r][b] > 0 && !s[r][b]) s[r][b] = VF_SUPPRESS_SECONDARY;
  for (int b = 0; b < VFI_BANDS; b++) s[VFI_MAX_ROWS][b] = VF_SUPPRESS_SECONDARY;
}

vf_status vf_indicators_duration_income(const vf_indicators *ind, size_t income_row,
                                        vf_duration_band band, vf_indicator_value *out,
                                        vf_error *err) {
  if (!ind || !out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "result or out is NULL");
  const vfi_table *inc = &ind->t[VF_TABLE_MAIN_INCOME];
  if (income_row > inc->nrows || (int)band < 0 || band > VF_BAND_COUNT)
    return vfi_fail(err, VF_E_RANGE, 0, "index", "duration x main income: cell (%zu, %d) out of "
                    "range (%zu rows, %d bands)", income_row, (int)band, inc->nrows + 1,
                    VF_BAND_COUNT + 1);
  int64_t n = 0;
  bool hid;
  if (income_row == inc->nrows && band == VF_BAND_COUNT) { /* the grand total */
    n = inc->total;
    hid = inc->total_hidden;
  } else if (band == VF_BAND_COUNT) { /* row total: the main income table's cell */
    n = inc->count[income_row];
    hid = inc->supp[income_row] != 0;
  } else if (income_row == inc->nrows) { /* band total */
    for (size_t r = 0; r < inc->nrows; r++) n += cell(ind, r, band);
    hid = ind->dur_inc_supp[VFI_MAX_ROWS][band] != 0;
  } else {
    n = cell(ind, income_row, band);
    hid = ind->dur_inc_supp[income_row][band] != 0;
  }
  vfi_value_set(out, VF_IND_COUNT, VF_IUNIT_PERSONS, n, 1);
  if (hid) hidden_value(out, VF_IUNIT_PERSONS);
  return VF_OK;
}

/* ---- denominators ---- */

int64_t vf_indicators_table_denominator(const vf_indicators *ind, vf_indicator_table table) {
  if (!ind || (int)table < 0 || table >= VF_TABLE_COUNT) return -1;
  const vfi_table *t = &ind->t[table];
  return t->den_hidden ? -1 : t->den;
}

int vf_indicators_table_excludes_unknown(const vf_indicators *ind, vf_indicator_table table) {
  if (!ind || (int)table < 0 || table >= VF_TABLE_COUNT) return 0;
  return ind->t[table].excl;
}

static void denominators(vf_indicators *ind) {
  for (int k = 0; k < VF_TABLE_COUNT; k++) {
    vfi_table *t = &ind->t[k];
    /* provider status (value 0 = no children) and duration have no unknown row */
    bool has_unknown = k != VF_TABLE_PROVIDER_STATUS && k != VF_TABLE_DURATION;
    size_t u = vfi_row_of(t, 0);
    t->excl = ind->opts.exclude_unknown && has_unknown && u < t->nrows;
    t->den = t->total - (t->excl ? t->count[u] : 0);
    /* total - den is the unknown row: a hidden one must not follow from it */
    t->den_hidden = t->total_hidden || (t->excl && t->supp[u]);
    t->wden = t->wtotal - (t->excl ? t->wcount[u] : 0); /* the same, weighted */
  }
}

void vfi_tables_finish(vf_indicators *ind, const vf_register *reg) {
  (void)reg;
  denominators(ind);
  if (ind->opts.suppress_below) suppress_cross(ind);
  for (int k = 0; k < ind->opts.rate_bands; k++) {
    vfi_rate_value(ind, ind->opts.rate_band[k][0], ind->opts.rate_band[k][1],
                   VF_IND_POPULATION_RATE, &ind->rate_extra[k]);
    if (ind->rate_extra[k].status == VF_VALUE_SUPPRESSED) ind->nsuppressed++;
  }
  for (size_t r = 0; r <= VFI_MAX_ROWS; r++)
    for (int b = 0; b < VFI_BANDS; b++) ind->nsuppressed += ind->dur_inc_supp[r][b] != 0;
}
