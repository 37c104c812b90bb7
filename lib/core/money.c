/* Integer øre arithmetic: no floating point anywhere. */
#include "core/internal.h"

#include <stdio.h>
#include <string.h>

__extension__ typedef __int128 vfi_i128;

vf_status vf_money_add(vf_money a, vf_money b, vf_money *out, vf_error *err) {
  if (!out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "out", "out is NULL");
  vf_money r;
  if (__builtin_add_overflow(a, b, &r))
    return vfi_fail(err, VF_E_OVERFLOW, 0, "", "sum of %lld and %lld øre overflows",
                    (long long)a, (long long)b);
  *out = r;
  return VF_OK;
}

vf_status vf_money_sub(vf_money a, vf_money b, vf_money *out, vf_error *err) {
  if (!out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "out", "out is NULL");
  vf_money r;
  if (__builtin_sub_overflow(a, b, &r))
    return vfi_fail(err, VF_E_OVERFLOW, 0, "", "difference of %lld and %lld øre overflows",
                    (long long)a, (long long)b);
  *out = r;
  return VF_OK;
}

/* n / d rounded as asked; d > 0. */
static vfi_i128 div_round(vfi_i128 n, vfi_i128 d, vf_rounding mode) {
  vfi_i128 q = n / d, r = n % d; /* C truncates toward zero */
  if (r == 0) return q;
  int neg = n < 0;
  vfi_i128 twice = (r < 0 ? -r : r) * 2;
  switch (mode) {
  case VF_ROUND_TRUNC: return q;
  case VF_ROUND_FLOOR: return neg ? q - 1 : q;
  case VF_ROUND_CEIL: return neg ? q : q + 1;
  case VF_ROUND_HALF_EVEN:
    if (twice > d || (twice == d && (q % 2 != 0))) return neg ? q - 1 : q + 1;
    return q;
  case VF_ROUND_HALF_AWAY:
  default:
    if (twice >= d) return neg ? q - 1 : q + 1;
    return q;
  }
}

vf_status vf_money_mul_ratio(vf_money amount, int64_t num, int64_t den, vf_rounding mode,
                             vf_money *out, vf_error *err) {
  if (!out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "out", "out is NULL");
  if (den == 0) return vfi_fail(err, VF_E_INVALID_ARG, 0, "den", "ratio denominator is zero");
  if ((unsigned)mode > VF_ROUND_HALF_EVEN)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "mode", "unknown rounding mode %d", (int)mode);
  int64_t p;
  if (mode == VF_ROUND_HALF_AWAY && den > 0 && !__builtin_mul_overflow(amount, num, &p) &&
      p != INT64_MIN) {
    /* The common case in 64 bits (a 128-bit division costs several times
     * more): the same result as div_round() below. */
    int64_t q = p / den, r = p % den, a = r < 0 ? -r : r;
    if (a >= den - a) q += p < 0 ? -1 : 1; /* 2|r| >= den, without overflow */
    *out = q;
    return VF_OK;
  }
  vfi_i128 n = (vfi_i128)amount * num, d = den;
  if (d < 0) { n = -n; d = -d; }
  vfi_i128 r = div_round(n, d, mode);
  if (r > INT64_MAX || r < INT64_MIN)
    return vfi_fail(err, VF_E_OVERFLOW, 0, "", "%lld øre × %lld/%lld overflows",
                    (long long)amount, (long long)num, (long long)den);
  *out = (vf_money)r;
  return VF_OK;
}

vf_status vf_money_yearly_to_monthly(vf_money yearly, vf_money *out, vf_error *err) {
  return vf_money_mul_ratio(yearly, 1, 12, VF_ROUND_HALF_AWAY, out, err);
}

vf_status vf_money_round_kroner(vf_money amount, vf_rounding mode, vf_money *out,
                                vf_error *err) {
  vf_money kr;
  vf_status s = vf_money_mul_ratio(amount, 1, VF_ORE_PER_KRONE, mode, &kr, err);
  if (s) return s;
  return vf_money_mul_ratio(kr, VF_ORE_PER_KRONE, 1, VF_ROUND_TRUNC, out, err);
}

vf_status vf_money_parse(const char *text, vf_money *out, vf_error *err) {
  if (!text || !out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "text", "text or out is NULL");
  const char *p = text;
  int neg = 0;
  if (*p == '-' || *p == '+') neg = *p++ == '-';
  vfi_i128 v = 0;
  int digits = 0, decimals = -1;
  for (; *p; p++) {
    if (*p >= '0' && *p <= '9') {
      if (decimals >= 0 && ++decimals > 2)
        return vfi_fail(err, VF_E_PARSE, 0, "", "'%.40s': more than two decimals", text);
      v = v * 10 + (*p - '0');
      digits++;
      if (v > (vfi_i128)INT64_MAX * 100)
        return vfi_fail(err, VF_E_OVERFLOW, 0, "", "'%.40s': amount too large", text);
    } else if ((*p == '.' || *p == ',') && decimals < 0 && digits > 0) {
      decimals = 0;
    } else {
      return vfi_fail(err, VF_E_PARSE, 0, "", "'%.40s': not an amount in kroner", text);
    }
  }
  if (digits == 0 || decimals == 0)
    return vfi_fail(err, VF_E_PARSE, 0, "", "'%.40s': not an amount in kroner", text);
  for (int i = decimals < 0 ? 0 : decimals; i < 2; i++) v *= 10;
  if (neg) v = -v;
  if (v > INT64_MAX || v < INT64_MIN)
    return vfi_fail(err, VF_E_OVERFLOW, 0, "", "'%.40s': amount too large", text);
  *out = (vf_money)v;
  return VF_OK;
}

size_t vf_money_format(vf_money amount, char *buf, size_t size) {
  /* Work in unsigned so that INT64_MIN formats correctly. */
  uint64_t u = amount < 0 ? (uint64_t)0 - (uint64_t)amount : (uint64_t)amount;
  char tmp[32];
  int n = snprintf(tmp, sizeof tmp, "%s%llu.%02u", amount < 0 ? "-" : "",
                   (unsigned long long)(u / 100), (unsigned)(u % 100));
  if (buf && size > (size_t)n) memcpy(buf, tmp, (size_t)n + 1);
  else if (buf && size > 0) buf[0] = '\0';
  return (size_t)n;
}
