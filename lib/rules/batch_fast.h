/* The batch's fast path (batch.c): a row whose calculation has no error to
 * report and no edge to handle is computed without the per-client checks of
 * the kernels. Every other row, and every row of a month whose parameters
 * the fast path does not cover, goes through the kernels.
 *
 * The rules still live once. The assistance rule is the same function as
 * the kernel's, vfi_assistance_rule() (rules_assistance.h), compiled here
 * for a month whose parameters were all checked beforehand, so that it reads
 * them as plain numbers. The qualification benefit's amounts come from the
 * benefit kernel run on model participants. test_batch.c, test_batch_kvp.c,
 * fuzz_batch and fuzz_rules check that every client gets the result of the
 * single-client functions. Not installed. */
#ifndef VELFERD_BATCH_FAST_H
#define VELFERD_BATCH_FAST_H

#include "rules/rules_month.h"

typedef struct vfi_fast {
  /* ---- economic assistance (rules_assistance.h) ---- */
  int assistance;             /* 1: the month's slots are resolved for the rule */
  int32_t on;                 /* the month's first day */
  /* ---- qualification benefit (rules_kvp.c), for the whole month ---- */
  int kvp;                    /* 1: the constants below are valid */
  int32_t first, last;        /* the month's first and last day */
  int32_t born_full;          /* born on or before: full rate all month */
  int32_t born_u25;           /* born after (and by `first`): under-25 rate all month */
  int32_t child_adult;        /* a child born after this is under 18 all month */
  int base_ok[2];             /* [under 25]: the month's benefit is known */
  vf_money base[2];
  int child_ok;               /* the supplement for one child is known */
  vf_money child_sup;         /* ... a child under 18 for the whole month */
  int64_t full_minutes;       /* a full-time week; 0: rows with work take the kernel */
} vfi_fast;

/* Rows per block: the batch checks and computes a block at a time, one
 * column after the other where it can (loops the compiler vectorises). */
#define VFI_BLOCK 1024

/* One block of the batch's columns as plain pointers, row x of the block at
 * [x]: an absent input column points at a block of its default value, an
 * output column not asked for at a scratch block, so the fast path reads
 * and writes without a test per column (a batch without the assistance
 * rule has every output of the rule at scratch blocks). */
typedef struct vfi_block {
  vfi_cols in;                 /* codes, amounts, children (m + 1 child_start entries) */
  const int32_t *birth, *kvp_minutes;
  const uint8_t *kvp;
  int kvp_wanted;              /* the benefit asked for */
  uint8_t *status, *household, *rule80_applies, *kvp_status;
  vf_money *norm, *housing_out, *income_out, *income_exempt, *ordinary, *rule80_supplement,
      *assistance_out, *kvp_benefit;
} vfi_block;

/* Computes the rows of block @p v (m <= VFI_BLOCK rows) by the fast path,
 * except the rows with bad[x] set and the rows it leaves to the kernels (an
 * error to report, or an edge): their indexes go to @p slow, in increasing
 * order, and their count is returned. @p f->assistance (or, without the
 * assistance rule, @p f->kvp) must be 1, and @p mo a copy of the month
 * vfi_fast_init() filled. */
size_t vfi_fast_block(const vfi_fast *f, vfi_month *mo, const vfi_block *v, size_t m,
                      const uint8_t *bad, uint32_t *slow);

/* Fills *f for the month @p m (every slot resolved; the 80 % rule's amounts
 * are worked out into it) and, if @p km is not NULL, the benefit's month.
 * Parts the fast path cannot cover are marked off (assistance/kvp 0,
 * base_ok/child_ok 0). */
void vfi_fast_init(vfi_fast *f, vfi_month *m, const vfi_kvp_month *km);

#endif
