/* Tables of what form 11F records beyond the counts (docs/indicators.md,
 * "Case content"): housing, individual plan, economic advice, work situation,
 * conditions and their types, the § 20 a activity duty of the under-30s and
 * sanctions. Computed only when the register holds content
 * (register/register_content.h); suppressed like the other tables. */
#include "indicators/indicators_internal.h"
#include "register/register_internal.h"
#include "rules/activity_duty.h"

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
  rows(&T[VFI_CT_HOUSING], 7);
  rows(&T[VFI_CT_PLAN], 3);
  rows(&T[VFI_CT_ADVICE], 3);
  rows(&T[VFI_CT_WORK], 11);
  rows(&T[VFI_CT_CONDITIONS], 3);
  rows(&T[VFI_CT_TYPES], 12);
  rows(&T[VFI_CT_DUTY], 3);
  rows(&T[VFI_CT_SANCTIONS], 5);
  rows(&T[VFI_CT_DUTY_MONTH], 3);
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
