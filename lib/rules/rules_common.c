/* Small pieces shared by the rule files: traced parameter lookups, checked
 * arithmetic, input checks. */
#include "rules/rules_internal.h"

vf_status vfi_param(const vf_ctx *ctx, const char *name, vf_date on, vf_param_value *v,
                    vf_trace *t, vf_error *err) {
  vf_status s = vf_param_get(ctx, name, on, v, err);
  if (!s) vfi_trace_param(t, v);
  return s;
}

vf_status vfi_param_bool(const vf_ctx *ctx, const char *name, vf_date on, int *on_off,
                         vf_trace *t, vf_error *err) {
  vf_param_value v;
  vf_status s = vfi_param(ctx, name, on, &v, t, err);
  if (s) return s;
  if (v.unit != VF_UNIT_BOOL)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, name, "parameter '%s' is a %s, not a bool", name,
                    vf_unit_name(v.unit));
  *on_off = v.num != 0;
  return VF_OK;
}

void vfi_overflow(const char *what, vf_error *err) {
  vfi_fail(err, VF_E_OVERFLOW, 0, what, "%s: amount does not fit in 64-bit øre", what);
}

vf_status vfi_check_birth(const vf_client *c, vf_date on, vf_error *err) {
  vf_date b = vf_client_birth_date(c);
  if (b.year == 0) return VF_OK; /* not set */
  if (vf_date_cmp(b, on) > 0) {
    char bs[11], os[11];
    vf_date_format(b, bs, sizeof bs);
    vf_date_format(on, os, sizeof os);
    return vfi_fail(err, VF_E_DATE, 0, "birth_date", "birth_date: the client is born %s, after "
                    "the calculation date %s", bs, os);
  }
  return VF_OK;
}
