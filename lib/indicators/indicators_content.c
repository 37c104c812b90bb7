/* Tables of what form 11F records beyond the counts (docs/indicators.md,
 * "Case content"): housing, individual plan, economic advice, work situation,
 * conditions and their types, the § 20 a activity duty of the under-30s and
 * sanctions. Computed only when the register holds content
 * (register/register_content.h); suppressed like the other tables. */
#include "indicators/indicators_internal.h"
#include "register/register_internal.h"
#include "rules/activity_duty.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Row names of the tables with no content list behind them. */
static const char *const yesno_rows[] = {"yes", "no", "unknown"};
static const char *const duty_rows[] = {"met", "excepted", "not_recorded"};
static const char *const sanction_rows[] = {"none", "reduced", "other", "both", "unknown"};

const char *const vfi_content_table_names[VFI_CT_COUNT] = {"housing", "individual_plan",
  "economic_advice", "work_situation", "conditions", "condition_types", "activity_duty",
  "sanctions", "activity_duty_month"};

const char *vfi_content_row_code(int t, size_t row) {
  switch (t) {
  case VFI_CT_HOUSING: return row < 6 ? vfi_clists[VFI_CL_HOUSING].names[row] : "unknown";
  case VFI_CT_WORK: return row < 10 ? vfi_clists[VFI_CL_WORK].names[row] : "unknown";
  case VFI_CT_TYPES: return vfi_clists[VFI_CL_TYPES].names[row];
  case VFI_CT_DUTY:
  case VFI_CT_DUTY_MONTH: return duty_rows[row];
  case VFI_CT_SANCTIONS: return sanction_rows[row];
  default: return yesno_rows[row];
  }
}

/* Rows of each table: the codes and unknown last (types: the 12 types, no unknown). */
static const size_t content_nrows[VFI_CT_COUNT] = {7, 3, 3, 11, 3, 12, 3, 5, 3};

static void rows(vfi_table *t, size_t n) {
  t->nrows = n;
  for (size_t i = 0; i < n; i++) t->value[i] = (int)i;
}

/* Row of a one-code value: SSB's code 1..n is row code - 1, unknown (0) last. */
static size_t code_row(int v, size_t n) { return v ? (size_t)v - 1 : n; }

vf_status vfi_content_compute(vf_indicators *ind, const vf_register *reg,
                              const vf_month_mask *months, vf_error *err) {
  if (!reg->has_content) return VF_OK;
  vfi_content_result *r = calloc(1, sizeof *r);
  if (!r) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  vfi_table *T = r->t;
  for (int t = 0; t < VFI_CT_COUNT; t++) rows(&T[t], content_nrows[t]);
  int pm = ind->opts.point_month;
  for (size_t c = 0; c < reg->nclients; c++) {
    vf_month_mask m = reg->summary && !reg->sum.year ? 0 : months[c];
    if (!m) continue;
    const vfi_content *ct = vfi_register_content_of(reg, c);
    T[VFI_CT_HOUSING].count[code_row(ct->housing, 6)]++;
    T[VFI_CT_PLAN].count[code_row(ct->plan, 2)]++;
    T[VFI_CT_ADVICE].count[code_row(ct->advice, 2)]++;
    T[VFI_CT_WORK].count[code_row(ct->work, 10)]++;
    T[VFI_CT_CONDITIONS].count[code_row(ct->conditions, 2)]++;
    if (ct->conditions == 1) {
      T[VFI_CT_TYPES].total++; /* the types' base: recipients with conditions */
      for (int k = 0; k < 12; k++) T[VFI_CT_TYPES].count[k] += (ct->types >> k) & 1u;
    }
    size_t sr = !(ct->known & VFI_KNOWN_SANCTIONS) ? 4 : ct->sanctions == 3 ? 3 : ct->sanctions;
    T[VFI_CT_SANCTIONS].count[sr]++;
    int first = 0;
    while (!((m >> first) & 1u)) first++;
    const vfi_client_row *row = &reg->rows[c];
    vf_date birth = {row->birth_year, row->birth_month, row->birth_day};
    vfi_duty d = vfi_activity_duty(birth, (vf_date){ind->year, first + 1, 1}, ct->conditions,
                                   vfi_content_exemption(ct), ct->grounds);
    if (d != VFI_DUTY_NOT_APPLICABLE) T[VFI_CT_DUTY].count[d - 1]++;
    /* the same for the recipients of the point month, under 30 on its first day */
    if ((m >> (pm - 1)) & 1u) {
      d = vfi_activity_duty(birth, (vf_date){ind->year, pm, 1}, ct->conditions,
                            vfi_content_exemption(ct), ct->grounds);
      if (d != VFI_DUTY_NOT_APPLICABLE) T[VFI_CT_DUTY_MONTH].count[d - 1]++;
    }
  }
  for (int t = 0; t < VFI_CT_COUNT; t++) {
    if (t != VFI_CT_TYPES)
      for (size_t i = 0; i < T[t].nrows; i++) T[t].total += T[t].count[i];
    if (ind->opts.suppress_below) vfi_suppress_table(ind, &T[t]);
    for (size_t i = 0; i < T[t].nrows; i++) ind->nsuppressed += T[t].supp[i] != 0;
  }
  ind->content = r;
  return VF_OK;
}

void vfi_content_row(const vf_indicators *ind, int t, size_t i, vf_table_row *out) {
  const vfi_table *tab = &ind->content->t[t];
  memset(out, 0, sizeof *out);
  out->code = vfi_content_row_code(t, i);
  out->value = (int)i;
  out->suppressed = (vf_suppression)tab->supp[i];
  if (out->suppressed) return;
  out->count = tab->count[i];
  if (tab->total > 0 && !tab->total_hidden) {
    out->pct_num = 100 * out->count;
    out->pct_den = tab->total;
    out->pct_tenths = vfi_div_round((vfi_i128)out->pct_num * 10, out->pct_den);
  }
}

/* ---- The public accessors (velferd/indicators.h): thin over the above ---- */

_Static_assert((int)VF_CONTENT_COUNT == (int)VFI_CT_COUNT, "content tables: public = internal");

const char *vf_content_table_name(vf_content_table table) {
  return (int)table >= 0 && table < VF_CONTENT_COUNT ? vfi_content_table_names[table] : NULL;
}

vf_status vf_content_table_parse(const char *name, vf_content_table *out, vf_error *err) {
  if (!name || !out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "table", "name or out is NULL");
  for (int t = 0; t < VF_CONTENT_COUNT; t++)
    if (!strcmp(name, vfi_content_table_names[t])) {
      *out = (vf_content_table)t;
      return VF_OK;
    }
  return vfi_fail(err, VF_E_NOT_FOUND, 0, "table", "no content table '%s' (housing, "
                  "individual_plan, economic_advice, work_situation, conditions, condition_types, "
                  "activity_duty, sanctions, activity_duty_month)", name);
}

const char *vf_labels_content_table(const vf_labels *labels, vf_content_table table) {
  const char *name = vf_content_table_name(table);
  if (!labels || !name) return NULL;
  char key[64];
  snprintf(key, sizeof key, "table.%s", name);
  return vf_labels_get(labels, key);
}

const char *vf_labels_content_row(const vf_labels *labels, vf_content_table table, size_t index) {
  const char *name = vf_content_table_name(table);
  if (!labels || !name || index >= content_nrows[table]) return NULL;
  char key[96];
  snprintf(key, sizeof key, "code.%s.%s", name, vfi_content_row_code((int)table, index));
  return vf_labels_get(labels, key);
}

int vf_indicators_has_content(const vf_indicators *ind) { return ind && ind->content ? 1 : 0; }

size_t vf_indicators_content_rows(const vf_indicators *ind, vf_content_table table) {
  if (!vf_indicators_has_content(ind) || !vf_content_table_name(table)) return 0;
  return ind->content->t[table].nrows;
}

vf_status vf_indicators_content_row(const vf_indicators *ind, vf_content_table table,
                                    size_t index, vf_table_row *out, vf_error *err) {
  if (!ind || !out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "ind or out is NULL");
  if (!vf_content_table_name(table))
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "table", "unknown content table %d", (int)table);
  if (!ind->content)
    return vfi_fail(err, VF_E_NOT_FOUND, 0, "table",
                    "the register holds no case content (docs/register.md), so there is no "
                    "table %s", vfi_content_table_names[table]);
  if (index >= ind->content->t[table].nrows)
    return vfi_fail(err, VF_E_RANGE, 0, "index", "row %zu of table %s: it has %zu rows", index,
                    vfi_content_table_names[table], ind->content->t[table].nrows);
  vfi_content_row(ind, (int)table, index, out);
  return VF_OK;
}

int64_t vf_indicators_content_total(const vf_indicators *ind, vf_content_table table) {
  if (!vf_indicators_has_content(ind) || !vf_content_table_name(table)) return -1;
  const vfi_table *t = &ind->content->t[table];
  return t->total_hidden ? -1 : t->total;
}
