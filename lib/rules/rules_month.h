/* The parameters the rules read for one month, and the per-client inputs of
 * the rule kernels. Not installed.
 *
 * Each rule is written once, as a kernel that takes a vfi_month (parameters
 * in force on the first day of the month) and one client's facts as plain
 * values (vfi_client_in; dates as day numbers), or, for the assistance rule,
 * a row of columns (vfi_cols). The single-client functions
 * (rules.h) fill the vfi_month lazily, looking up only what the client needs;
 * the batch (batch.c) resolves every slot once before its loop, so the loop
 * does no lookup. Either way the kernel sees the same values and gives the
 * same result. */
#ifndef VELFERD_RULES_MONTH_H
#define VELFERD_RULES_MONTH_H

#include "rules/rules_internal.h"
#include "velferd/rules.h"
#include "velferd/batch.h"

/* Parameter slots. Keep in the order of vfi_month_names in rules_month.c. */
enum {
  VFI_P_OWN_NORM,
  VFI_P_GUIDE_SINGLE, VFI_P_GUIDE_COUPLE, VFI_P_GUIDE_SHARING,
  VFI_P_GUIDE_C0_5, VFI_P_GUIDE_C6_10, VFI_P_GUIDE_C11_17,
  VFI_P_MUNI_SINGLE, VFI_P_MUNI_COUPLE, VFI_P_MUNI_SHARING,
  VFI_P_MUNI_C0_5, VFI_P_MUNI_C6_10, VFI_P_MUNI_C11_17,
  VFI_P_RENT_CAP_ON, VFI_P_RENT_CAP_SINGLE, VFI_P_RENT_CAP_COUPLE, VFI_P_RENT_CAP_CHILD,
  VFI_P_CHILD_BENEFIT_EXEMPT,
  VFI_P_R80_ON, VFI_P_R80_FRACTION, VFI_P_MINPEN_SINGLE, VFI_P_MINPEN_COUPLE,
  VFI_P_R80_PERMANENT, /* 14 slots, one per vf_trygd code 0..13 */
  VFI_P_COUNT = VFI_P_R80_PERMANENT + 14
};

typedef struct vfi_slot {
  vf_param_value v;
  int state; /* 0 not looked up, 1 found, -1 lookup failed */
} vfi_slot;

typedef struct vfi_month {
  const vf_ctx *ctx;
  vf_date on;          /* first day of the month */
  int32_t on_days;     /* its day number */
  int32_t age6, age11, age18; /* born on or before: at least that old on `on` */
  vfi_slot slot[VFI_P_COUNT];
  /* slot[i].v.num of every slot, for a resolved call of the assistance rule
   * (rules_assistance.h): an index scaled by 8, where a slot is ~100 bytes;
   * filled by the batch's vfi_fast_init() */
  int64_t num[VFI_P_COUNT];
  /* the norm rates a resolved call reads, own or guideline as the month has
   * it: single, couple, sharing (vf_household - 1), then the three child
   * age groups; filled by vfi_fast_init() with num[] */
  int64_t norm_rate[6];
  /* 80 % rule level and minimum for a single [0] and a couple [1], worked
   * out on first use (the same for every client of the month) */
  int r80_known[2];
  vf_money r80_level[2], r80_minimum[2];
  int projected; /* a projected value was read since the caller last cleared it */
} vfi_month;

/* One client as the kernels read it. */
typedef struct vfi_client_in {
  int32_t birth;       /* day number, VF_BATCH_NO_DATE if not set */
  vf_tristate partner; /* VF_FACT_LIVES_WITH_PARTNER */
  vf_tristate shares;  /* VF_FACT_SHARES_HOME */
  vf_civil_status civil;
  vf_trygd trygd;
  vf_money income[VF_INC_KIND_COUNT];
  vf_money housing[VF_HOUSING_KIND_COUNT];
  size_t nchildren;
  const int32_t *child; /* birth day numbers */
} vfi_client_in;

/* Clients as columns, as the assistance rule reads them: client x is the
 * x-th entry of each column. The batch's block of rows is read as it is; a
 * single client is a set of one-row columns (vfi_cols_of()). */
typedef struct vfi_cols {
  const uint8_t *civil, *trygd, *partner, *shares; /* vf_civil_status, vf_trygd, vf_tristate */
  const int64_t *income[VF_INC_KIND_COUNT], *housing[VF_HOUSING_KIND_COUNT];
  const uint32_t *child_start; /* x + 1 entries: offsets into child_birth */
  const int32_t *child_birth;  /* day numbers */
} vfi_cols;

/* The codes and child offsets of one client as a row of columns. */
typedef struct vfi_one_row {
  uint8_t civil, trygd, partner, shares;
  uint32_t child_start[2];
} vfi_one_row;

/* Client @p in (valid codes, as vf_client keeps them) as row 0 of *cols;
 * @p one holds what the columns point to and must outlive *cols. */
static VFI_INLINE void vfi_cols_of(vfi_cols *cols, vfi_one_row *one, const vfi_client_in *in) {
  one->civil = (uint8_t)in->civil;
  one->trygd = (uint8_t)in->trygd;
  one->partner = (uint8_t)in->partner;
  one->shares = (uint8_t)in->shares;
  one->child_start[0] = 0;
  one->child_start[1] = (uint32_t)in->nchildren;
  cols->civil = &one->civil;
  cols->trygd = &one->trygd;
  cols->partner = &one->partner;
  cols->shares = &one->shares;
  for (int k = 0; k < VF_INC_KIND_COUNT; k++) cols->income[k] = &in->income[k];
  for (int k = 0; k < VF_HOUSING_KIND_COUNT; k++) cols->housing[k] = &in->housing[k];
  cols->child_start = one->child_start;
  cols->child_birth = in->child;
}

/* Sets up an empty month (nothing looked up). ::VF_E_DATE for a bad month. */
vf_status vfi_month_init(vfi_month *m, const vf_ctx *ctx, int year, int month, vf_error *err);
/* The calling thread's month for (ctx, year, month): kept from the thread's
 * previous single-client call when that was for the same context (same
 * vfi_ctx_serial) and month, so its parameters are looked up once, not per
 * call; else set up empty. Slots still fill lazily. */
vf_status vfi_month_shared(vfi_month **out, const vf_ctx *ctx, int year, int month,
                           vf_error *err);
/* Looks up every slot now (for the batch); failures stay recorded per slot. */
void vfi_month_resolve_all(vfi_month *m);
/* Looks slot @p id up if not done yet; if the lookup failed, repeats it to
 * fill *err. Out of line: not the batch's path. */
vf_status vfi_month_slow(vfi_month *m, int id, vf_trace *t, vf_error *err);
/* A bool parameter whose unit is wrong: the error. */
vf_status vfi_month_not_bool(const vf_param_value *v, vf_error *err);

/* The value of slot @p id (looked up on first use), recorded in the trace.
 * Inline: the rules call it for every parameter of every client. */
static VFI_INLINE vf_status vfi_month_param(vfi_month *m, int id, const vf_param_value **v,
                                        vf_trace *t, vf_error *err) {
  vfi_slot *s = &m->slot[id];
  if (s->state != 1) {
    vf_status st = vfi_month_slow(m, id, t, err);
    if (st) return st;
  }
  vfi_trace_param(t, &s->v);
  m->projected |= s->v.projected;
  *v = &s->v;
  return VF_OK;
}

/* As vfi_month_param() for a bool parameter. */
static VFI_INLINE vf_status vfi_month_bool(vfi_month *m, int id, int *on_off, vf_trace *t,
                                       vf_error *err) {
  const vf_param_value *v = NULL;
  vf_status s = vfi_month_param(m, id, &v, t, err);
  if (s) return s;
  if (v->unit != VF_UNIT_BOOL) return vfi_month_not_bool(v, err);
  *on_off = v->num != 0;
  return VF_OK;
}

/* vfi_check_birth() on a day number (VF_BATCH_NO_DATE: not set). */
vf_status vfi_born_after(int32_t birth, const vfi_month *m, vf_error *err);
static inline vf_status vfi_check_birth_days(int32_t birth, const vfi_month *m, vf_error *err) {
  return birth == VF_BATCH_NO_DATE || birth <= m->on_days ? VF_OK : vfi_born_after(birth, m, err);
}

/* Fills a kernel input from a client; @p child_days receives the children's
 * birth day numbers and must hold VF_MAX_CHILDREN. */
void vfi_client_in_from(vfi_client_in *in, const vf_client *c, int32_t *child_days);

_Static_assert(VF_CIVIL_COHABITING == VF_CIVIL_MARRIED + 1 && VF_HOUSEHOLD_SINGLE == 1 &&
                   VF_HOUSEHOLD_COUPLE == 2 && VF_HOUSEHOLD_SHARING == 3,
               "vfi_household() computes the type from the codes");
/* Household type: the lives_with_partner fact decides when recorded;
 * otherwise civil status married/cohabiting means a couple. Without a
 * partner, the shares_home fact makes a person i bofellesskap. */
static inline vf_household vfi_household(vf_tristate partner, vf_civil_status civil,
                                         vf_tristate shares) {
  /* without branches: the batch's rows take every combination */
  int couple = (partner == VF_YES) |
               ((partner == VF_UNKNOWN) & ((unsigned)civil - VF_CIVIL_MARRIED < 2u));
  int sharing = !couple & (shares == VF_YES);
  return (vf_household)(VF_HOUSEHOLD_SINGLE + couple + 2 * sharing);
}

/* The 80 % rule's monthly level and minimum for a single (couple 0) or a
 * couple (1), from minimum_pension.* and rule80.fraction, kept in the month
 * (the same for every client of the month). */
vf_status vfi_r80_month(vfi_month *m, int couple, const vf_param_value *minpen,
                        const vf_param_value *fraction, vf_error *err);

/* The assistance rule (vfi_assistance_rule(), rules_assistance.h) for one
 * client, parameters looked up on first use: the body of
 * vf_assistance_month(), and the batch's rows that the fast path leaves.
 * Sets every member of *r on success; on failure *r is partly written. */
vf_status vfi_assistance_kernel(vfi_month *m, const vfi_client_in *in, vf_assistance_result *r,
                                vf_trace *t, vf_error *err);

/* ---- qualification benefit (rules_kvp.c) ---- */

/* Parameters a part of a benefit period reads, by day. */
enum { VFI_KVP_G, VFI_KVP_G_FACTOR, VFI_KVP_UNDER25, VFI_KVP_CHILD, VFI_KVP_PART_COUNT };
/* Most entries of one parameter kept for a month (its value on the first day
 * and the changes within the month); more and the kernel looks it up itself. */
#define VFI_KVP_MAX_CHANGES 4

typedef struct vfi_kvp_entry {
  int32_t from; /* day number from which the entry is in force */
  int state;    /* 1 found, -1 lookup failed (the kernel repeats it for the message) */
  vf_param_value v;
} vfi_kvp_entry;

/* The benefit's parameters for the days first..last (one calendar month),
 * looked up once for the batch. */
typedef struct vfi_kvp_month {
  int32_t first, last;
  int n[VFI_KVP_PART_COUNT]; /* entries kept; 0: not kept */
  vfi_kvp_entry part[VFI_KVP_PART_COUNT][VFI_KVP_MAX_CHANGES];
  vfi_kvp_entry full_time; /* kvp.full_time_minutes_per_week on `first` */
  int dpy_cached, dpy_known; /* kvp.days_per_year on `last` */
  vf_param_value dpy;
} vfi_kvp_month;

void vfi_kvp_month_init(vfi_kvp_month *k, const vf_ctx *ctx, int32_t first, int32_t last);

/* The qualification benefit for the days from..to (day numbers, from <= to)
 * of one client: the body of vf_kvp_benefit_period() after its argument
 * checks. @p mc: parameters looked up beforehand (NULL: look up as needed). */
vf_status vfi_kvp_kernel(const vf_ctx *ctx, const vfi_kvp_month *mc, const vfi_client_in *c,
                         int32_t from, int32_t to, int work_minutes_per_week,
                         vf_kvp_benefit_result *out, vf_trace *trace, vf_error *err);

/* The household type the assistance rule uses for a client (for grouping
 * results, scenario_result.c). */
vf_household vfi_household_of(const vfi_client_in *c);

#endif
