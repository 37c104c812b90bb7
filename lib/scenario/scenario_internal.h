/* Shared between scenario.c (the passes over the clients) and
 * scenario_result.c (totals, groups and accessors). Not installed. */
#ifndef VELFERD_SCENARIO_INTERNAL_H
#define VELFERD_SCENARIO_INTERNAL_H

#include "rules/rules_month.h"
#include "velferd/scenario.h"
#include "velferd/classify.h"

/* What the two passes produced, handed to vfi_comparison_finish(). */
typedef struct vfi_cmp_input {
  const vf_register *reg;
  const vf_ctx *baseline, *scenario;
  const vf_money *base, *scen;          /* n amounts each */
  const uint8_t *base_status, *scen_status; /* n statuses each */
  const uint8_t *household;             /* n, from the baseline */
  size_t base_failed;                   /* first failed client or SIZE_MAX */
  const vf_error *base_error;
  size_t scen_failed;
  const vf_error *scen_error;
  size_t largest;                       /* losses to keep */
  vf_compare_rule rule;
  size_t base_projected, scen_projected; /* clients whose amount used a projected value */
} vfi_cmp_input;

/* An empty comparison for the clients of reg (ids copied) and the period
 * (month 0: the year); NULL if out of memory. */
vf_comparison *vfi_comparison_alloc(const vf_register *reg, int year, int month);
/* The comparison's amount and status columns, for the passes to write into
 * (no second copy of a million amounts). */
void vfi_comparison_outputs(vf_comparison *c, vf_money **base, vf_money **scen, uint8_t **status);
/* Fills totals, groups, largest losses and versions from the passes. */
vf_status vfi_comparison_finish(vf_comparison *c, const vfi_cmp_input *in, vf_error *err);

#endif
