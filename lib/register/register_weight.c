/* Survey and population weights of a register's clients, in 1/1000ths
 * (docs/register.md, "Weights"); the weighted indicators are in
 * lib/indicators/indicators.c. */
#include "register/register_internal.h"

vf_status vf_register_set_weight(vf_register *reg, size_t index, int64_t weight, vf_error *err) {
  if (!reg) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "register is NULL");
  if (index >= reg->nclients)
    return vfi_fail(err, VF_E_RANGE, 0, "index", "index: client %zu out of range (%zu clients)",
                    index, reg->nclients);
  if (weight < 0 || weight > VF_WEIGHT_MAX)
    return vfi_fail(err, VF_E_RANGE, 0, "weight", "weight: %lld/1000 is outside 0..%d/1000",
                    (long long)weight, VF_WEIGHT_MAX);
  /* A summary register has summed its payments with the weights they had. */
  if (reg->summary && reg->npay)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "weight", "weight: a summary register with "
                    "payments cannot change weights (set them before adding payments)");
  reg->rows[index].weight = (uint32_t)weight;
  reg->weighted = true;
  return VF_OK;
}

int64_t vf_register_weight(const vf_register *reg, size_t index) {
  return reg && index < reg->nclients ? (int64_t)reg->rows[index].weight : -1;
}

int vf_register_has_weights(const vf_register *reg) { return reg && reg->weighted; }

/* Exact weighted sums for the bindings' totals (one place for the arithmetic:
 * Python's calculate/compare, R's vf_calculate/vf_compare, Java's Batch). */
vf_status vf_weighted_total(const vf_money *amount, const int64_t *weight, const uint8_t *status,
                            size_t n, int64_t *total, int64_t *weight_sum, vf_error *err) {
  if (total) *total = 0;
  if (weight_sum) *weight_sum = 0;
  if (!weight || !total) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "weight or total is NULL");
  int64_t t = 0, ws = 0;
  for (size_t i = 0; i < n; i++) {
    if (weight[i] < 0 || weight[i] > VF_WEIGHT_MAX)
      return vfi_fail(err, VF_E_RANGE, 0, "weight", "row %zu: weight: %lld/1000 is outside 0..%d/1000",
                      i + 1, (long long)weight[i], VF_WEIGHT_MAX);
    if (status && status[i]) continue;
    int64_t p = weight[i];
    ws += weight[i]; /* at most n × 10^9: no overflow below 9 × 10^9 rows */
    if ((amount && __builtin_mul_overflow(amount[i], weight[i], &p)) || __builtin_add_overflow(t, p, &t))
      return vfi_fail(err, VF_E_OVERFLOW, 0, "weight", "row %zu: the weighted total overflows "
                      "(more than 9.2e15 øre)", i + 1);
  }
  *total = t;
  if (weight_sum) *weight_sum = ws;
  return VF_OK;
}
