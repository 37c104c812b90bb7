/* Economic social assistance for a month: the single-client call
 * vf_assistance_month() and the pieces of the rule that are not per client.
 * The rule itself is vfi_assistance_rule() in rules_assistance.h. */
#include "rules/rules_assistance.h"

#include <stdio.h>
#include <string.h>

const char *vf_household_name(vf_household h) {
  switch (h) {
  case VF_HOUSEHOLD_SINGLE: return "single";
  case VF_HOUSEHOLD_COUPLE: return "couple";
  case VF_HOUSEHOLD_SHARING: return "sharing";
  }
  return NULL;
}

/* Exact age of a child for messages and traces (rules_assistance.h). */
int vfi_child_age(int32_t born, vf_date on, char *bs) {
  vf_date b = {0, 0, 0};
  int age = 0;
  vf_date_from_days(born, &b, NULL);
  vf_date_format(b, bs, 11);
  vf_date_age(b, on, &age, NULL);
  return age;
}

vf_status vfi_r80_month(vfi_month *m, int couple, const vf_param_value *minpen,
                        const vf_param_value *fraction, vf_error *err) {
  /* level = yearly rate (× 2 for a couple: the rate is per person) ÷ 12 */
  vf_status s;
  if ((s = vfi_mul_ratio(minpen->num, couple ? 2 : 1, 12, minpen->name,
                         couple ? "minimum_pension.couple × 2 / 12" : "minimum_pension.single / 12",
                         &m->r80_level[couple], err)) ||
      (s = vfi_mul_ratio(m->r80_level[couple], fraction->num, fraction->den, fraction->name,
                         couple ? "minimum_pension.couple × 2 / 12 × rule80.fraction"
                                : "minimum_pension.single / 12 × rule80.fraction",
                         &m->r80_minimum[couple], err)))
    return s;
  m->r80_known[couple] = 1;
  return VF_OK;
}

/* The rule (rules_assistance.h) with its parameters looked up on first use;
 * compiled twice, with a trace and with a constant NULL one (where every
 * trace step drops out). */
vf_status vfi_assistance_kernel(vfi_month *m, const vfi_client_in *in, vf_assistance_result *r,
                                vf_trace *trace, vf_error *err) {
  vfi_cols c;
  vfi_one_row one;
  vfi_income_sum sum;
  vfi_cols_of(&c, &one, in);
  vfi_income_sum_of(&c, 0, 0, &sum);
  return trace ? vfi_assistance_rule(m, 0, &c, 0, &sum, r, trace, err)
               : vfi_assistance_rule(m, 0, &c, 0, &sum, r, NULL, err);
}

vf_status vf_assistance_month(const vf_ctx *ctx, const vf_client *client, int year, int month,
                              vf_assistance_result *out, vf_trace *trace, vf_error *err) {
  vf_trace_clear(trace); /* an early error leaves no stale steps */
  if (!ctx || !client || !out)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "ctx, client or out is NULL");
  vfi_month *m;
  vf_status s = vfi_month_shared(&m, ctx, year, month, err);
  if (s) return s;
  if ((s = vfi_check_birth(client, m->on, err))) return s;
  if (trace) { /* no string work without a trace */
    char period[16];
    snprintf(period, sizeof period, "%04d-%02d", year, month);
    vfi_trace_begin(trace, ctx, "vf_assistance_month", period);
  }
  vfi_client_in in;
  int32_t child_days[VF_MAX_CHILDREN];
  vfi_client_in_from(&in, client, child_days);
  vf_assistance_result r;
  m->projected = 0;
  if ((s = vfi_assistance_kernel(m, &in, &r, trace, err))) return s;
  r.projected = m->projected;
  if ((s = vfi_trace_end(trace, err))) return s;
  *out = r;
  return VF_OK;
}

vf_household vfi_household_of(const vfi_client_in *c) {
  return vfi_household(c->partner, c->civil, c->shares);
}
