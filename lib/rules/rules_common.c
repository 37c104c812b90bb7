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

vf_status vfi_mul_ratio(vf_money amount, int64_t num, int64_t den, const char *field,
                        const char *what, vf_money *out, vf_error *err) {
  vf_status s = vf_money_mul_ratio(amount, num, den, VF_ROUND_HALF_AWAY, out, NULL);
  if (s) { /* the amount in kroner: an amount in øre could read as a masked fødselsnummer */
    char kr[32];
    vf_money_format(amount, kr, sizeof kr);
    return vfi_fail(err, s, 0, field, "%s: %s kr × %lld/%lld does not fit in 64-bit øre "
                    "(check the parameter values)", what, kr, (long long)num, (long long)den);
  }
  return VF_OK;
}

static int64_t gcd64(int64_t a, int64_t b) {
  while (b) { int64_t t = a % b; a = b; b = t; }
  return a;
}

vf_status vfi_ratio_product(const vf_param_value *a, const vf_param_value *b, int64_t *num,
                            int64_t *den, vf_error *err) {
  /* parameters have num >= 0 and den > 0 (params.c); cross-cancel first so
   * that a product that can be written in 64 bits is */
  int64_t n1 = a->num, d1 = a->den, n2 = b->num, d2 = b->den, g;
  if ((g = gcd64(n1, d2)) > 1) { n1 /= g; d2 /= g; }
  if ((g = gcd64(n2, d1)) > 1) { n2 /= g; d1 /= g; }
  if (__builtin_mul_overflow(n1, n2, num) || __builtin_mul_overflow(d1, d2, den))
    return vfi_fail(err, VF_E_OVERFLOW, 0, b->name, "%s × %s: %lld/%lld × %lld/%lld does not "
                    "fit in a 64-bit ratio (check the parameter values)", a->name, b->name,
                    (long long)a->num, (long long)a->den, (long long)b->num, (long long)b->den);
  return VF_OK;
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
