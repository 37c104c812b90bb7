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
