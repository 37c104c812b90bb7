/* Year-on-year change and the network index (ASSS service profile). */
#include "indicators/indicators_internal.h"

#include <string.h>

static vfi_i128 gcd128(vfi_i128 a, vfi_i128 b) {
  if (a < 0) a = -a;
  while (b) { vfi_i128 t = a % b; a = b; b = t; }
  return a;
}

#define I128_MAX ((((vfi_i128)1 << 126) - 1) * 2 + 1)

/* a × b into *out when it fits in 128 bits (b > 0). */
static bool mul_fits(vfi_i128 a, vfi_i128 b, vfi_i128 *out) {
  if (a > I128_MAX / b || a < -(I128_MAX / b)) return false;
  *out = a * b;
  return true;
}

/* n / d (d > 0) rounded half away from zero, when it fits in 64 bits. */
static bool div_fits(vfi_i128 n, vfi_i128 d, int64_t *out) {
  vfi_i128 q = n / d;
  if (q > INT64_MAX - 1 || q < INT64_MIN + 2) return false; /* room for the rounding */
  *out = vfi_div_round(n, d);
  return true;
}

/* An OK value must have a positive denominator (values may come from the caller). */
static vf_status check_den(const vf_indicator_value *v, const char *what, vf_error *err) {
  if (v->status == VF_VALUE_OK && v->den <= 0)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, what, "%s: denominator %lld is not positive",
                    what, (long long)v->den);
  return VF_OK;
}

/* Reduces n/d (d > 0) to fit in 64 bits; false if it cannot be done exactly. */
static bool fit(vfi_i128 n, vfi_i128 d, int64_t *num, int64_t *den) {
  vfi_i128 g = gcd128(n, d);
  if (g > 1) { n /= g; d /= g; }
  if (n > INT64_MAX || n < -INT64_MAX || d > INT64_MAX) return false;
  *num = (int64_t)n;
  *den = (int64_t)d;
  return true;
}

vf_status vf_indicator_change_compute(const vf_indicator_value *before,
                                      const vf_indicator_value *after, vf_indicator_change *out,
                                      vf_error *err) {
  if (!before || !after || !out)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "before, after or out is NULL");
  if (before->unit != after->unit || before->indicator != after->indicator)
    return vfi_fail(err, VF_E_INCONSISTENT, 0, "indicator", "indicator: cannot compare %s with %s",
                    vf_indicator_name(before->indicator) ? vf_indicator_name(before->indicator) : "?",
                    vf_indicator_name(after->indicator) ? vf_indicator_name(after->indicator) : "?");
  vf_status st;
  if ((st = check_den(before, "before", err)) || (st = check_den(after, "after", err))) return st;
  memset(out, 0, sizeof *out);
  vfi_value_set(&out->diff, after->indicator, after->unit, 0, 0);
  if (before->status != VF_VALUE_OK || after->status != VF_VALUE_OK) {
    /* a suppressed side makes the change suppressed, otherwise undefined */
    out->status = before->status == VF_VALUE_SUPPRESSED || after->status == VF_VALUE_SUPPRESSED
                      ? VF_VALUE_SUPPRESSED : VF_VALUE_UNDEFINED;
    out->diff.status = out->status;
    out->relative_status = out->status;
    return VF_OK;
  }
  /* after - before = (n1 d0 - n0 d1) / (d0 d1) */
  vfi_i128 n = (vfi_i128)after->num * before->den - (vfi_i128)before->num * after->den;
  vfi_i128 d = (vfi_i128)after->den * before->den;
  int64_t num, den;
  if (!fit(n, d, &num, &den))
    return vfi_fail(err, VF_E_OVERFLOW, 0, "", "the exact change of %s does not fit in 64 bits",
                    vf_indicator_name(after->indicator) ? vf_indicator_name(after->indicator) : "?");
  /* the change is published as the value is (benefit months: whole months) */
  vfi_value_set_decimals(&out->diff, after->indicator, after->unit, after->decimals, num, den);
  out->status = VF_VALUE_OK;
  if (before->num == 0) {
    out->relative_status = VF_VALUE_UNDEFINED;
  } else {
    /* 1000 × (after - before) / before, in tenths of a percent */
    vfi_i128 rn, rd = (vfi_i128)before->num * after->den;
    if (rd < 0) { n = -n; rd = -rd; }
    vfi_i128 g = gcd128(n, rd); /* n and rd may each be near 2^126 */
    if (g > 1) { n /= g; rd /= g; }
    if (!mul_fits(n, 1000, &rn) || !div_fits(rn, rd, &out->relative_tenths))
      return vfi_fail(err, VF_E_OVERFLOW, 0, "", "the relative change of %s does not fit in 64 "
                      "bits", vf_indicator_name(after->indicator) ? vf_indicator_name(after->indicator) : "?");
    out->relative_status = VF_VALUE_OK;
  }
  return VF_OK;
}

vf_status vf_indicators_change(const vf_indicators *before, const vf_indicators *after,
                               vf_indicator which, vf_indicator_change *out, vf_error *err) {
  vf_indicator_value a, b;
  vf_status s;
  if ((s = vf_indicators_value(before, which, &b, err)) ||
      (s = vf_indicators_value(after, which, &a, err)))
    return s;
  return vf_indicator_change_compute(&b, &a, out, err);
}

vf_status vf_network_index(const vf_indicator_value *values, size_t n, vf_network_average how,
                           vf_indicator_value *average, vf_indicator_value *index, vf_error *err) {
  if ((!values && n) || (!index && n))
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "values or index is NULL");
  if (how != VF_NETWORK_POOLED && how != VF_NETWORK_MEAN)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "how", "unknown network average %d", (int)how);
  for (size_t i = 0; i < n; i++) {
    vf_status st = check_den(&values[i], "den", err);
    if (st) return st;
  }
  for (size_t i = 1; i < n; i++)
    if (values[i].unit != values[0].unit)
      return vfi_fail(err, VF_E_INCONSISTENT, 0, "unit", "value %zu has another unit than value 0",
                      i);
  /* the average over the values that are published */
  vfi_i128 sn = 0, sd = 0;
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    const vf_indicator_value *v = &values[i];
    if (v->status != VF_VALUE_OK) continue;
    k++;
    if (how == VF_NETWORK_POOLED) {
      sn += v->num;
      sd += v->den;
    } else {
      sn += vfi_div_round((vfi_i128)v->num * 1000000, v->den); /* millionths */
    }
  }
  if (how == VF_NETWORK_MEAN) sd = (vfi_i128)k * 1000000;
  vf_indicator which = n ? values[0].indicator : VF_IND_RECIPIENTS;
  vf_indicator_unit unit = n ? values[0].unit : VF_IUNIT_PERSONS;
  vf_indicator_value avg;
  int64_t an = 0, ad = 0;
  if (k && !fit(sn, sd, &an, &ad))
    return vfi_fail(err, VF_E_OVERFLOW, 0, "", "the network average does not fit in 64 bits");
  vfi_value_set(&avg, which, unit, an, k ? ad : 0);
  if (average) *average = avg;
  for (size_t i = 0; i < n; i++) {
    const vf_indicator_value *v = &values[i];
    vf_indicator_value *x = &index[i];
    vfi_value_set(x, v->indicator, VF_IUNIT_INDEX, 0, 0);
    if (v->status != VF_VALUE_OK) { x->status = v->status; continue; }
    if (avg.status != VF_VALUE_OK || avg.num == 0) { x->status = VF_VALUE_UNDEFINED; continue; }
    /* 100 × (n/d) / (an/ad) = 100 n ad / (d an) */
    vfi_i128 in, in10, id = (vfi_i128)v->den * an;
    int64_t xn, xd, tenths;
    if (!mul_fits((vfi_i128)v->num * 100, ad, &in))
      return vfi_fail(err, VF_E_OVERFLOW, 0, "", "value %zu: the index does not fit in 128 bits", i);
    if (id < 0) { in = -in; id = -id; }
    if (fit(in, id, &xn, &xd)) {
      vfi_value_set(x, v->indicator, VF_IUNIT_INDEX, xn, xd);
    } else if (mul_fits(in, 10, &in10) && div_fits(in10, id, &tenths)) {
      /* keep the published tenths when the exact ratio is too large */
      vfi_value_set(x, v->indicator, VF_IUNIT_INDEX, tenths, 10);
    } else {
      return vfi_fail(err, VF_E_OVERFLOW, 0, "", "value %zu: the index does not fit in 64 bits", i);
    }
  }
  return VF_OK;
}
