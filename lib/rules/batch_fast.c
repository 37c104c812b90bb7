/* The month's constants of the batch's fast path (batch_fast.h). */
#include "rules/batch_fast.h"
#include "rules/rules_assistance.h"

#include <string.h>

/* Within the bounds of a resolved call (rules_assistance.h); the benefit's
 * fast path below keeps to the same bounds, so it needs no overflow checks
 * either. */
static int bounded(int64_t v) { return v <= VFI_RESOLVED_LIMIT && v >= -VFI_RESOLVED_LIMIT; }

/* A found slot of the unit (-1: any unit) whose value is within ±2^40. */
static int slot_ok(const vfi_month *m, int id, int unit) {
  const vfi_slot *s = &m->slot[id];
  return s->state == 1 && (unit < 0 || (int)s->v.unit == unit) && bounded(s->v.num);
}

static int slot_bool(const vfi_month *m, int id, int *on) {
  if (!slot_ok(m, id, VF_UNIT_BOOL)) return 0;
  *on = m->slot[id].v.num != 0;
  return 1;
}

/* 1 if every slot the assistance rule can read this month is found, of the
 * unit it checks and bounded (rules_assistance.h), so that the rule may read
 * them unchecked (`resolved`); the 80 % rule's amounts are worked out into
 * the month. 0 otherwise: the kernel then reports the fault per client. */
static int assistance_init(vfi_month *m) {
  int own, on, capped, exempt;
  for (int i = 0; i < VFI_P_COUNT; i++) m->num[i] = m->slot[i].v.num;
  if (!slot_bool(m, VFI_P_OWN_NORM, &own)) return 0;
  int base = own ? VFI_P_MUNI_SINGLE : VFI_P_GUIDE_SINGLE;
  for (int k = 0; k < 6; k++) { /* single, couple, sharing, the three child groups */
    if (!slot_ok(m, base + k, VF_UNIT_NOK_PER_MONTH)) return 0;
    m->norm_rate[k] = m->num[base + k]; /* the rule's table (vfi_ar_norm_rate()) */
  }
  if (!slot_bool(m, VFI_P_RENT_CAP_ON, &capped)) return 0;
  if (capped && (!slot_ok(m, VFI_P_RENT_CAP_SINGLE, -1) || !slot_ok(m, VFI_P_RENT_CAP_COUPLE, -1) ||
                 !slot_ok(m, VFI_P_RENT_CAP_CHILD, -1)))
    return 0;
  if (!slot_bool(m, VFI_P_CHILD_BENEFIT_EXEMPT, &exempt)) return 0;
  if (!slot_bool(m, VFI_P_R80_ON, &on)) return 0;
  if (!on) return 1;
  for (int t = 0; t <= VF_TRYGD_CHILD_BENEFIT; t++)
    if (!slot_bool(m, VFI_P_R80_PERMANENT + t, &on)) return 0;
  for (int couple = 0; couple < 2; couple++) {
    const vfi_slot *mp = &m->slot[couple ? VFI_P_MINPEN_COUPLE : VFI_P_MINPEN_SINGLE];
    const vfi_slot *fr = &m->slot[VFI_P_R80_FRACTION];
    if (mp->state != 1 || fr->state != 1 ||
        (!m->r80_known[couple] && vfi_r80_month(m, couple, &mp->v, &fr->v, NULL)) ||
        !bounded(m->r80_minimum[couple]))
      return 0;
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

void vfi_fast_init(vfi_fast *f, vfi_month *m, const vfi_kvp_month *km) {
  memset(f, 0, sizeof *f);
  f->on = m->on_days;
  f->assistance = assistance_init(m);
  f->kvp = km ? kvp_init(f, m, km) : 0;
}

/* ---- the rows ---- */

/* The qualification benefit of a participant for the whole month: 1 and
 * *amount, or 0 if the row needs the kernel (rules_kvp.c). */
static inline int kvp_row(const vfi_fast *f, int32_t birth, vf_money work, vf_money trygd,
                          int32_t minutes, size_t nkids, const int32_t *kid, vf_money *amount) {
  if (!f->kvp || birth == VF_BATCH_NO_DATE) return 0;
  int u25 = birth <= f->born_full ? 0 : birth > f->born_u25 ? 1 : -1;
  if (u25 < 0 || !f->base_ok[u25]) return 0; /* turns 25 within the month */
  if (minutes < 0 || (work > 0 && minutes == 0) || minutes > f->full_minutes)
    return 0; /* an error to report */
  if (nkids && !f->child_ok) return 0;
  for (size_t k = 0; k < nkids; k++) /* a child all month, and under 18 all month */
    if ((kid[k] > f->first) | (kid[k] <= f->child_adult)) return 0;
  /* the kernel's own last steps (rules_internal.h); a failure is the kernel's to report */
  vf_money gross, cut = 0;
  return !vfi_kvp_gross(f->base[u25], (vf_money)nkids * f->child_sup, &gross, NULL) &&
         !(minutes > 0 && vfi_kvp_work_share(gross, minutes, f->full_minutes, &cut, NULL)) &&
         !vfi_kvp_net(gross, cut, trygd, amount, NULL);
}

/* Row x's checks of its own (the rules check the rest): 1 if the row may
 * take the fast path, with its children's offsets. */
static inline int row_ok(const vfi_fast *f, const vfi_block *v, size_t x, uint32_t *c0,
                         uint32_t *c1) {
  int32_t birth = v->birth[x];
  if (birth != VF_BATCH_NO_DATE && birth > f->on) return 0; /* an error to report */
  *c0 = v->in.child_start[x];
  *c1 = v->in.child_start[x + 1];
  return !((*c1 < *c0) | (*c1 - *c0 > VF_MAX_CHILDREN));
}

/* The benefit of row x (0 for a non-participant): 1, or 0 if the row needs
 * the kernel. */
static inline int kvp_of(const vfi_fast *f, const vfi_block *v, size_t x, uint32_t c0,
                         uint32_t c1, vf_money *kvp) {
  *kvp = 0;
  return !(v->kvp[x] && v->kvp_wanted) ||
         kvp_row(f, v->birth[x], v->in.income[VF_INC_WORK][x], v->in.income[VF_INC_TRYGD][x],
                 v->kvp_minutes[x], c1 - c0, c1 > c0 ? v->in.child_birth + c0 : NULL, kvp);
}

/* Row x with the assistance rule: 1 when computed and written, 0 (nothing
 * written) when the row needs the kernels: an error to report, an amount
 * out of bounds, an edge. The rule's outputs are written as they are: in a
 * batch that does not ask for the rule every one of them is a scratch block
 * (batch.c, block_view()), so no test per column is needed. */
static inline int row(const vfi_fast *f, vfi_month *mo, const vfi_block *v, size_t x,
                      const vfi_income_sum *sum) {
  uint32_t c0, c1;
  vf_money kvp;
  vf_assistance_result r;
  /* the rule itself, on the month's checked parameters (it also checks the
   * amounts, which the benefit's fast path then relies on) */
  if (!row_ok(f, v, x, &c0, &c1) || vfi_assistance_rule(mo, 1, &v->in, x, sum, &r, NULL, NULL) ||
      !kvp_of(f, v, x, c0, c1, &kvp))
    return 0;
  v->status[x] = VF_OK;
  v->household[x] = (uint8_t)r.household;
  v->norm[x] = r.norm;
  v->housing_out[x] = r.housing;
  v->income_out[x] = r.income;
  v->income_exempt[x] = r.income_exempt;
  v->ordinary[x] = r.ordinary;
  v->rule80_applies[x] = (uint8_t)r.rule80_applies;
  v->rule80_supplement[x] = r.rule80_supplement;
  v->assistance_out[x] = r.assistance;
  v->kvp_benefit[x] = kvp;
  v->kvp_status[x] = VF_OK;
  return 1;
}

/* Row x of a batch of the benefit alone in a month the assistance rule's
 * fast path does not cover: as row(), with the amounts and the children
 * (born by the first of the month, under 18: the kernels' load checks the
 * day numbers) checked here instead of by the rule. */
static inline int row_kvp(const vfi_fast *f, const vfi_month *mo, const vfi_block *v, size_t x,
                          const vfi_income_sum *sum) {
  uint32_t c0, c1;
  vf_money kvp;
  if (!row_ok(f, v, x, &c0, &c1) || sum->bits >> VFI_RESOLVED_AMOUNT_BITS) return 0;
  int group;
  for (size_t k = 0; k < c1 - c0; k++)
    if (vfi_ar_child(mo, v->in.child_birth + c0, k, &group, NULL)) return 0;
  if (!kvp_of(f, v, x, c0, c1, &kvp)) return 0;
  v->status[x] = VF_OK;
  v->household[x] = v->rule80_applies[x] = 0;
  v->norm[x] = v->housing_out[x] = v->income_out[x] = v->income_exempt[x] = v->ordinary[x] = 0;
  v->rule80_supplement[x] = v->assistance_out[x] = 0;
  v->kvp_benefit[x] = kvp;
  v->kvp_status[x] = VF_OK;
  return 1;
}

size_t vfi_fast_block(const vfi_fast *f, vfi_month *mo, const vfi_block *v, size_t m,
                      const uint8_t *bad, uint32_t *slow) {
  /* The rows' amounts summed first (vfi_income_sum_of(), the rule's own
   * helper), a block at a time: a loop without branches, which the compiler
   * vectorises; a row then reads five amount columns, not eleven. */
  vf_money others[VFI_BLOCK];
  uint64_t bits[VFI_BLOCK];
  for (size_t x = 0; x < m; x++) {
    vfi_income_sum s;
    vfi_income_sum_of(&v->in, x, 1, &s);
    others[x] = s.others;
    bits[x] = s.bits;
  }
  size_t n = 0;
  vfi_income_sum s = {0, 0, {VF_INC_KIND_COUNT, VF_INC_KIND_COUNT}};
  if (f->assistance) {
    for (size_t x = 0; x < m; x++) {
      s.others = others[x];
      s.bits = bits[x];
      if (bad[x] || !row(f, mo, v, x, &s)) slow[n++] = (uint32_t)x;
    }
  } else {
    for (size_t x = 0; x < m; x++) {
      s.bits = bits[x];
      if (bad[x] || !row_kvp(f, mo, v, x, &s)) slow[n++] = (uint32_t)x;
    }
  }
  return n;
}
