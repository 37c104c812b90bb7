/* The month's constants of the batch's fast path (batch_fast.h). */
#include "rules/batch_fast.h"

#include <string.h>

static int bounded(int64_t v) { return v <= VFI_FAST_LIMIT && v >= -VFI_FAST_LIMIT; }

/* A found slot of the unit (-1: any unit) whose value is bounded. */
static int slot_num(const vfi_month *m, int id, int unit, vf_money *out) {
  const vfi_slot *s = &m->slot[id];
  if (s->state != 1 || (unit >= 0 && (int)s->v.unit != unit) || !bounded(s->v.num)) return 0;
  *out = s->v.num;
  return 1;
}

static int slot_bool(const vfi_month *m, int id, int *on) {
  const vfi_slot *s = &m->slot[id];
  if (s->state != 1 || s->v.unit != VF_UNIT_BOOL) return 0;
  *on = s->v.num != 0;
  return 1;
}

/* The assistance rule's constants, read as the kernel reads them
 * (rules_assistance.c); 0 if a parameter is missing, of the wrong unit or
 * out of bounds (the kernel then reports it per client). */
static int assistance_init(vfi_fast *f, const vfi_month *m0) {
  vfi_month m = *m0; /* vfi_r80_month() keeps its result in the month */
  int own, on;
  if (!slot_bool(&m, VFI_P_OWN_NORM, &own)) return 0;
  int base = own ? VFI_P_MUNI_SINGLE : VFI_P_GUIDE_SINGLE;
  for (int h = VF_HOUSEHOLD_SINGLE; h <= VF_HOUSEHOLD_SHARING; h++)
    if (!slot_num(&m, base + h - 1, VF_UNIT_NOK_PER_MONTH, &f->adult[h])) return 0;
  for (int g = 0; g < 3; g++)
    if (!slot_num(&m, base + 3 + g, VF_UNIT_NOK_PER_MONTH, &f->child[g])) return 0;
  if (!slot_bool(&m, VFI_P_RENT_CAP_ON, &f->capped)) return 0;
  if (f->capped && (!slot_num(&m, VFI_P_RENT_CAP_SINGLE, -1, &f->cap[0]) ||
                    !slot_num(&m, VFI_P_RENT_CAP_COUPLE, -1, &f->cap[1]) ||
                    !slot_num(&m, VFI_P_RENT_CAP_CHILD, -1, &f->cap_child)))
    return 0;
  if (!slot_bool(&m, VFI_P_CHILD_BENEFIT_EXEMPT, &f->exempt)) return 0;
  if (!slot_bool(&m, VFI_P_R80_ON, &on)) return 0;
  memset(f->r80, 0, sizeof f->r80);
  f->r80_min[0] = f->r80_min[1] = 0;
  if (!on) return 1;
  for (int t = 0; t <= VF_TRYGD_CHILD_BENEFIT; t++) {
    int applies;
    if (!slot_bool(&m, VFI_P_R80_PERMANENT + t, &applies)) return 0;
    f->r80[t] = (uint8_t)applies;
  }
  for (int couple = 0; couple < 2; couple++) {
    const vfi_slot *mp = &m.slot[couple ? VFI_P_MINPEN_COUPLE : VFI_P_MINPEN_SINGLE];
    const vfi_slot *fr = &m.slot[VFI_P_R80_FRACTION];
    if (mp->state != 1 || fr->state != 1 || vfi_r80_month(&m, couple, &mp->v, &fr->v, NULL) ||
        !bounded(m.r80_minimum[couple]))
      return 0;
    f->r80_min[couple] = m.r80_minimum[couple];
  }
  return 1;
}

/* Day number of (year, month, day) with the day limited to the month's
 * length in @p like_year too: the last birth date on which someone turns
 * `year_of_on - year` years within that month of `like_year`. */
static int32_t last_birth(int year, int month, int like_year) {
  int d = vf_date_days_in_month(like_year, month), d2 = vf_date_days_in_month(year, month);
  return vf_date_to_days((vf_date){year, month, d < d2 ? d : d2});
}

/* The benefit for the whole month of a model participant, by the kernel:
 * 1 and *amount (base or child supplement) if it has one part and succeeds. */
static int model(const vfi_month *m, const vfi_kvp_month *km, int32_t birth, int32_t child,
                 int want_child, vf_money *amount) {
  vfi_client_in c;
  memset(&c, 0, sizeof c);
  c.birth = birth;
  c.child = &child;
  c.nchildren = want_child ? 1 : 0;
  vf_kvp_benefit_result r;
  if (vfi_kvp_kernel(m->ctx, km, &c, km->first, km->last, 0, &r, NULL, NULL) ||
      r.part_count != 1)
    return 0;
  *amount = want_child ? r.child_supplement : r.base;
  return bounded(*amount);
}

/* Participants whose age group and children do not change within the month
 * get the model participant's benefit (one part, so the trygd deduction is
 * the month's trygd) plus the supplement of one child per child. */
static int kvp_init(vfi_fast *f, const vfi_month *m, const vfi_kvp_month *km) {
  int y = m->on.year, mo = m->on.month;
  if (y < 26 || km->first != m->on_days) return 0;
  f->first = km->first;
  f->last = km->last;
  f->born_full = vf_date_to_days((vf_date){y - 25, mo, 1}); /* turns 25 by the first */
  f->born_u25 = last_birth(y - 25, mo, y);                   /* turns 25 by the last */
  f->child_adult = last_birth(y - 18, mo, y);                /* turns 18 by the last */
  f->base_ok[0] = model(m, km, f->born_full, 0, 0, &f->base[0]);
  f->base_ok[1] = model(m, km, f->first, 0, 0, &f->base[1]);
  f->child_ok = model(m, km, f->born_full, f->first, 1, &f->child_sup) ||
                model(m, km, f->first, f->first, 1, &f->child_sup);
  f->full_minutes = km->full_time.state == 1 && km->full_time.v.num > 0 ? km->full_time.v.num : 0;
  return f->base_ok[0] || f->base_ok[1];
}

void vfi_fast_init(vfi_fast *f, const vfi_month *m, const vfi_kvp_month *km) {
  memset(f, 0, sizeof *f);
  f->on = m->on_days;
  f->age6 = m->age6;
  f->age11 = m->age11;
  f->age18 = m->age18;
  f->assistance = assistance_init(f, m);
  f->kvp = km ? kvp_init(f, m, km) : 0;
}

/* ---- the rows ---- */

static inline vf_money max0(vf_money x) { return x > 0 ? x : 0; }

/* The qualification benefit of a participant for the whole month: 1 and
 * *amount, or 0 if the row needs the kernel (rules_kvp.c). */
static inline int kvp_row(const vfi_fast *f, int32_t birth, vf_money work, vf_money trygd,
                          int32_t minutes, size_t nkids, int kids_stay_minors, vf_money *amount) {
  if (!f->kvp || birth == VF_BATCH_NO_DATE) return 0;
  int u25 = birth <= f->born_full ? 0 : birth > f->born_u25 ? 1 : -1;
  if (u25 < 0 || !f->base_ok[u25]) return 0; /* turns 25 within the month */
  if (minutes < 0 || (work > 0 && minutes == 0) || minutes > f->full_minutes)
    return 0; /* an error to report */
  if (nkids && (!f->child_ok || !kids_stay_minors)) return 0;
  vf_money gross = f->base[u25] + (vf_money)nkids * f->child_sup, cut = 0;
  if (minutes > 0 &&
      vf_money_mul_ratio(gross, minutes, f->full_minutes, VF_ROUND_HALF_AWAY, &cut, NULL))
    return 0;
  *amount = max0(gross - cut - trygd);
  return 1;
}

/* Row x: 1 when computed and written, 0 (nothing written) when the row
 * needs the kernels. @p total: the sum of the row's incomes. */
static inline int row(const vfi_fast *f, const vfi_block *v, size_t x, vf_money total) {
  int32_t birth = v->birth[x];
  if (birth != VF_BATCH_NO_DATE && birth > f->on) return 0; /* an error to report */
  uint32_t c0 = v->child_start[x], c1 = v->child_start[x + 1];
  if ((c1 < c0) | (c1 - c0 > VF_MAX_CHILDREN)) return 0;
  size_t nkids = c1 - c0;
  /* child_birth is NULL when no client has children: NULL + 0 is undefined. */
  const int32_t *kid = v->child_birth ? v->child_birth + c0 : NULL;
  vf_money norm_children = 0; /* by age group 0-5, 6-10, 11-17 on the first day */
  int minors = 1; /* every child under 18 on the month's last day */
  for (size_t k = 0; k < nkids; k++) {
    int32_t b = kid[k];
    if ((b > f->on) | (b <= f->age18)) return 0; /* an error to report */
    norm_children += f->child[(b <= f->age6) + (b <= f->age11)];
    minors &= b > f->child_adult;
  }
  vf_household hh = vfi_household((vf_tristate)v->partner[x], (vf_civil_status)v->civil[x],
                                  (vf_tristate)v->shares[x]);
  vf_money cb = v->income[VF_INC_CHILD_BENEFIT][x];
  if ((v->income[VF_INC_PARTNER][x] != 0 && hh != VF_HOUSEHOLD_COUPLE) | (cb != 0 && nkids == 0))
    return 0; /* inconsistent: an error to report */
  vf_money kvp = 0;
  if (v->kvp[x] && v->kvp_wanted &&
      !kvp_row(f, birth, v->income[VF_INC_WORK][x], v->income[VF_INC_TRYGD][x],
               v->kvp_minutes[x], nkids, minors, &kvp))
    return 0;

  /* the rule of rules_assistance.c on the month's constants; the outputs of
   * a batch without it are 0 */
  int on = v->assistance, couple = hh == VF_HOUSEHOLD_COUPLE;
  vf_money norm = f->adult[hh] + norm_children;
  vf_money rent = v->housing[VF_HOUSING_RENT][x], el = v->housing[VF_HOUSING_ELECTRICITY][x];
  vf_money cap = f->cap[couple] + (vf_money)nkids * f->cap_child;
  vf_money rent_allowed = f->capped && rent > cap ? cap : rent;
  vf_money housing = rent_allowed + el + v->housing[VF_HOUSING_OTHER][x];
  vf_money exempt = f->exempt ? cb : 0, income = total - exempt;
  vf_money ordinary = max0(norm + housing - income);
  int applies = f->r80[v->trygd[x]];
  vf_money sup = applies ? max0(f->r80_min[couple] + rent_allowed + el - income) : 0;
  v->status[x] = VF_OK;
  v->household[x] = (uint8_t)(on ? hh : 0);
  v->norm[x] = on ? norm : 0;
  v->housing_out[x] = on ? housing : 0;
  v->income_out[x] = on ? income : 0;
  v->income_exempt[x] = on ? exempt : 0;
  v->ordinary[x] = on ? ordinary : 0;
  v->rule80_applies[x] = (uint8_t)(on & applies);
  v->rule80_supplement[x] = on ? sup : 0;
  v->assistance_out[x] = on ? (sup > ordinary ? sup : ordinary) : 0;
  v->kvp_benefit[x] = kvp;
  v->kvp_status[x] = VF_OK;
  return 1;
}

size_t vfi_fast_block(const vfi_fast *f, const vfi_block *v, size_t m, const uint8_t *bad,
                      uint32_t *slow) {
  /* The incomes summed, and every amount below 2^56 øre so that no sum can
   * overflow (larger ones go to the kernels): a loop without branches. The
   * sum is unsigned so that it may wrap for the rows that are then left to
   * the kernels; for the others it is exact. */
  vf_money total[VFI_BLOCK];
  uint8_t big[VFI_BLOCK];
  for (size_t x = 0; x < m; x++) {
    uint64_t t = 0, bits = 0;
    for (int k = 0; k < VF_INC_KIND_COUNT; k++) {
      t += (uint64_t)v->income[k][x];
      bits |= (uint64_t)v->income[k][x];
    }
    for (int k = 0; k < VF_HOUSING_KIND_COUNT; k++) bits |= (uint64_t)v->housing[k][x];
    total[x] = (vf_money)(t & (UINT64_MAX >> 1)); /* exact below 2^63 */
    big[x] = (uint8_t)(bits >> VFI_FAST_INPUT_BITS != 0);
  }
  size_t n = 0;
  for (size_t x = 0; x < m; x++)
    if ((bad[x] | big[x]) || !row(f, v, x, total[x])) slow[n++] = (uint32_t)x;
  return n;
}
