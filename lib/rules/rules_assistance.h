/* Economic social assistance for a month (sosialtjenesteloven § 18) with the
 * municipal 80 % rule for permanent beneficiaries (Bergen), written once:
 * vfi_assistance_rule() below. The rule, its choices (household type,
 * children's ages, incomes counted) and a worked case are in docs/rules.md.
 * Not installed.
 *
 * The rule is always inlined (VFI_INLINE), so each caller gets a copy
 * compiled for its constant arguments:
 * - vfi_assistance_kernel() (rules_assistance.c): the single-client call
 *   vf_assistance_month() and the batch's rows with something to report.
 *   Parameters are looked up on first use, checked and recorded in the trace.
 * - the batch's fast path (batch_fast.c): `resolved` 1 and a NULL trace, so
 *   every parameter is a plain number of the month and every trace step
 *   compiles away.
 * A change to the rule is made here and reaches both. */
#ifndef VELFERD_RULES_ASSISTANCE_H
#define VELFERD_RULES_ASSISTANCE_H

#include "rules/rules_month.h"

static const char VFI_SRC_HOUSEHOLD[] =
    "Statens veiledende retningslinjer for økonomisk stønad (rundskriv Hovednr. 35 pkt. "
    "4.18.1.5): rates for enslige, ektepar/samboere, person i bofellesskap and children by age";
static const char VFI_SRC_NORM[] =
    "Sosialtjenesteloven § 18; statens veiledende retningslinjer for økonomisk stønad "
    "(rundskriv Hovednr. 35 pkt. 4.18.1.5), or the municipality's own rates";
static const char VFI_SRC_HOUSING[] =
    "Sosialtjenesteloven § 18; rundskriv Hovednr. 35 pkt. 4.18.1.5: housing costs (rent, "
    "electricity) are outside the guideline rates and are covered as actual costs, within "
    "a municipal limit where the municipality has one";
static const char VFI_SRC_INCOME[] =
    "Sosialtjenesteloven § 18 (assistance when a person cannot provide for themselves by work "
    "or by asserting financial rights): the household's net income is deducted; § 18 tredje "
    "ledd: barnetrygd is not counted from 1 September 2022";
static const char VFI_SRC_ORDINARY[] =
    "Sosialtjenesteloven § 18: norm + housing costs - net income, not below zero";
static const char VFI_SRC_80[] =
    "Bergen kommune's 80 % rule for alderspensjonister and uføretrygdede, described in "
    "Bergens Tidende (http://www.bt.no/nyheter/lokalt/Fattige-og-eldre-far-svi-51296b.html); "
    "municipal settings rule80.*";
static const char VFI_SRC_MINPENSION[] =
    "Folketrygdloven § 19-8 (minste pensjonsnivå), as the level of the 80 % rule";

/* Age of a child born on day number @p born on @p on, its birth date written
 * to @p bs (11 bytes): only for messages and traces, the rule itself
 * compares day numbers with the month's limits (rules_assistance.c). */
int vfi_child_age(int32_t born, vf_date on, char *bs);

/* ---- the month's parameters, the client's amounts and the sums ----
 * `resolved` 0: parameters are looked up on first use (vfi_month_param),
 * checked and recorded in the trace; sums are checked for overflow.
 * `resolved` 1 (the batch's fast path): every slot the rule reads is found,
 * of the right unit and within ±VFI_RESOLVED_LIMIT (assistance_init() in
 * batch_fast.c checks that once for the month), so a parameter is a plain
 * number; sums are not checked, and instead the rule fails (VF_E_RANGE,
 * nothing to report: the kernel then takes the client) unless every amount
 * it read is in [0, 2^VFI_RESOLVED_AMOUNT_BITS), so that no sum it keeps can
 * overflow. */
#define VFI_RESOLVED_LIMIT ((int64_t)1 << 40) /* øre: about 11 billion kr */
#define VFI_RESOLVED_AMOUNT_BITS 56

static VFI_INLINE vf_status vfi_ar_param(vfi_month *m, int resolved, int id,
                                         const vf_param_value **v, vf_trace *t, vf_error *err) {
  if (!resolved) return vfi_month_param(m, id, v, t, err);
  *v = &m->slot[id].v;
  vfi_trace_param(t, *v);
  return VF_OK;
}

static VFI_INLINE vf_status vfi_ar_bool(vfi_month *m, int resolved, int id, int *on_off,
                                        vf_trace *t, vf_error *err) {
  if (!resolved) return vfi_month_bool(m, id, on_off, t, err);
  vfi_trace_param(t, &m->slot[id].v);
  *on_off = m->num[id] != 0;
  return VF_OK;
}

/* ---- the client's amounts, summed once ----
 * The incomes the rule counts without looking at them one by one (every
 * kind but child benefit, which the rule may exempt) are summed here, by
 * both callers: the single-client kernel before it calls the rule, the
 * batch's fast path for a block of rows at a time (a loop the compiler
 * vectorises), so that a row of the rule reads five amount columns, not
 * eleven. The rule itself decides what is counted (vfi_ar_income()). */
typedef struct vfi_income_sum {
  vf_money others; /* every income kind but child benefit (wraps in a resolved call) */
  uint64_t bits;   /* every amount, incomes and housing costs, or-ed: the resolved bound */
  /* checked (not resolved): the first kind whose addition overflows the sum
   * of the kinds in order, with child benefit not counted [0] and counted
   * [1]; VF_INC_KIND_COUNT for none (the rule reports it at that kind) */
  int overflow[2];
} vfi_income_sum;

_Static_assert(VF_INC_CHILD_BENEFIT < VF_INC_PARTNER, "vfi_ar_income() checks child benefit first");

static VFI_INLINE void vfi_income_sum_of(const vfi_cols *c, size_t x, int resolved,
                                         vfi_income_sum *s) {
  uint64_t others = 0, bits = 0;
  s->overflow[0] = s->overflow[1] = VF_INC_KIND_COUNT;
  vf_money sum[2] = {0, 0}; /* checked: [0] without, [1] with child benefit */
#if defined(__GNUC__)
#pragma GCC unroll 8
#endif
  for (int k = 0; k < VF_INC_KIND_COUNT; k++) {
    vf_money v = c->income[k][x];
    bits |= (uint64_t)v;
    if (k != VF_INC_CHILD_BENEFIT) others += (uint64_t)v;
    for (int w = 0; !resolved && w < 2; w++)
      if ((k != VF_INC_CHILD_BENEFIT || w) && s->overflow[w] == VF_INC_KIND_COUNT &&
          __builtin_add_overflow(sum[w], v, &sum[w]))
        s->overflow[w] = k;
  }
  for (int k = 0; k < VF_HOUSING_KIND_COUNT; k++) bits |= (uint64_t)c->housing[k][x];
  s->others = (vf_money)(others & (UINT64_MAX >> 1)); /* exact when it does not overflow */
  s->bits = bits;
}

/* Sums: unchecked in a resolved call, where they wrap (no undefined
 * behaviour) until the amounts are checked and then are exact. */
static VFI_INLINE vf_status vfi_ar_add(int resolved, vf_money a, vf_money b, vf_money *out,
                                       const char *what, vf_error *err) {
  if (!resolved) return vfi_add(a, b, out, what, err);
  *out = (vf_money)((uint64_t)a + (uint64_t)b);
  return VF_OK;
}

static VFI_INLINE vf_status vfi_ar_sub(int resolved, vf_money a, vf_money b, vf_money *out,
                                       const char *what, vf_error *err) {
  if (!resolved) return vfi_sub(a, b, out, what, err);
  *out = (vf_money)((uint64_t)a - (uint64_t)b);
  return VF_OK;
}

/* A norm rate in øre per month. */
static VFI_INLINE vf_status vfi_ar_rate(vfi_month *m, int resolved, int id, vf_money *out,
                                        vf_trace *t, vf_error *err) {
  if (resolved) {
    vfi_trace_param(t, &m->slot[id].v);
    *out = m->num[id];
    return VF_OK;
  }
  const vf_param_value *v = NULL;
  vf_status s = vfi_month_param(m, id, &v, t, err);
  if (s) return s;
  if (v->unit != VF_UNIT_NOK_PER_MONTH)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, v->name, "parameter '%s' is not nok_per_month",
                    v->name);
  *out = v->num;
  return VF_OK;
}

/* Norm rate @p k of the month (0-2 adults by household, 3-5 children by
 * age group), slot base + k: a resolved call reads the month's table of
 * its six rates (vfi_month.norm_rate) instead of choosing a slot. */
static VFI_INLINE vf_status vfi_ar_norm_rate(vfi_month *m, int resolved, int base, int k,
                                             vf_money *out, vf_trace *t, vf_error *err) {
  if (!resolved) return vfi_ar_rate(m, 0, base + k, out, t, err);
  vfi_trace_param(t, &m->slot[base + k].v);
  *out = m->norm_rate[k];
  return VF_OK;
}

/* ---- the steps ---- */

/* The household type (vfi_household()) and why, for the trace (a VFI_M_
 * message of the step assistance.household). */
static VFI_INLINE vf_household vfi_ar_household(const vfi_cols *c, size_t x, int *why) {
  vf_tristate partner = (vf_tristate)c->partner[x];
  vf_household h = vfi_household(partner, (vf_civil_status)c->civil[x], (vf_tristate)c->shares[x]);
  int couple = h == VF_HOUSEHOLD_COUPLE;
  if (partner != VF_UNKNOWN)
    *why = couple ? VFI_M_ASSISTANCE_HOUSEHOLD_PARTNER_YES : VFI_M_ASSISTANCE_HOUSEHOLD_PARTNER_NO;
  else
    *why = couple ? VFI_M_ASSISTANCE_HOUSEHOLD_CIVIL_COUPLE : VFI_M_ASSISTANCE_HOUSEHOLD_CIVIL_SINGLE;
  return h;
}

/* The guideline age group of child @p i (0: 0-5, 1: 6-10, 2: 11-17) on the
 * first day of the month, by comparing its birth day number with the days
 * on which a child born then turns 6, 11 and 18; the error of a child born
 * after that day or aged 18 or more. */
static VFI_INLINE vf_status vfi_ar_child(const vfi_month *m, const int32_t *child, size_t i,
                                         int *group, vf_error *err) {
  int32_t b = child[i];
  char bs[11], os[11];
  if (b > m->on_days) {
    vfi_child_age(b, m->on, bs);
    vf_date_format(m->on, os, sizeof os);
    return vfi_fail(err, VF_E_DATE, 0, "child", "child %zu is born %s, after the calculation "
                    "date %s (children's ages are measured on the first day of the month)",
                    i + 1, bs, os);
  }
  if (b <= m->age18) {
    int age = vfi_child_age(b, m->on, bs);
    vf_date_format(m->on, os, sizeof os);
    return vfi_fail(err, VF_E_RANGE, 0, "child", "child %zu (born %s) is %d on %s; the "
                    "guideline child rates cover ages 0-17: record an adult child as "
                    "sharing the home instead", i + 1, bs, age, os);
  }
  *group = (b <= m->age6) + (b <= m->age11);
  return VF_OK;
}

static VFI_INLINE vf_status vfi_ar_norm(vfi_month *m, int resolved, const vfi_cols *c, size_t x,
                                        vf_assistance_result *r, vf_trace *t, vf_error *err) {
  int why;
  r->household = vfi_ar_household(c, x, &why);
  r->children = c->child_start[x + 1] - c->child_start[x];
  /* (child_birth is NULL when no client has children: NULL + 0 is undefined) */
  const int32_t *child = r->children ? c->child_birth + c->child_start[x] : NULL;
  vfi_trace_step(t, VFI_M_ASSISTANCE_HOUSEHOLD_TITLE, VF_RULE_ASSISTANCE, VFI_SRC_HOUSEHOLD);
  vfi_trace_detailv(t, why, VFI_A_TERM(VFI_M_HOUSEHOLD_SINGLE + (int)r->household - 1),
                    VFI_A_INT(r->children));
  /* Every child is checked before a rate is read, so that a child's error
   * comes before a parameter's. A resolved month without a trace has no
   * parameter that can fail and nothing to record here: there the children
   * are checked in the loop that adds their rates, one pass instead of two. */
  int one_pass = resolved && !t;
  unsigned char group[VF_MAX_CHILDREN];
  char bs[11];
  vf_status s;
  for (size_t i = 0; !one_pass && i < r->children; i++) {
    int g = 0;
    if ((s = vfi_ar_child(m, child, i, &g, err))) return s;
    group[i] = (unsigned char)g;
    vfi_trace_numberv(t, vfi_child_age(child[i], m->on, bs), VFI_M_ASSISTANCE_VALUE_CHILD_AGE_ON,
                      VFI_A_INT(i + 1), VFI_A_DAYS(m->on_days));
  }

  vfi_trace_step(t, VFI_M_ASSISTANCE_NORM_TITLE, VF_RULE_ASSISTANCE, VFI_SRC_NORM);
  int own = 0;
  if ((s = vfi_ar_bool(m, resolved, VFI_P_OWN_NORM, &own, t, err))) return s;
  int base = own ? VFI_P_MUNI_SINGLE : VFI_P_GUIDE_SINGLE; /* single, couple, sharing, children */
  if ((s = vfi_ar_norm_rate(m, resolved, base, (int)r->household - 1, &r->norm_adults, t, err)))
    return s;
  vfi_trace_moneyv(t, r->norm_adults, VFI_M_ASSISTANCE_VALUE_ADULTS,
                   VFI_A_TERM(VFI_M_HOUSEHOLD_SINGLE + (int)r->household - 1));
  vf_money group_rate[3];
  int have[3] = {0, 0, 0}; /* with a trace, each rate is recorded once */
  r->norm_children = 0;
  for (size_t i = 0; i < r->children; i++) {
    int g = one_pass ? 0 : group[i];
    if (one_pass && (s = vfi_ar_child(m, child, i, &g, err))) return s;
    if (!t || !have[g]) {
      if ((s = vfi_ar_norm_rate(m, resolved, base, 3 + g, &group_rate[g], t, err))) return s;
      have[g] = 1;
    }
    vfi_trace_moneyv(t, group_rate[g], VFI_M_ASSISTANCE_VALUE_CHILD, VFI_A_INT(i + 1),
                     VFI_A_INT(vfi_child_age(child[i], m->on, bs)));
    if ((s = vfi_ar_add(resolved, r->norm_children, group_rate[g], &r->norm_children, "norm",
                        err)))
      return s;
  }
  if ((s = vfi_ar_add(resolved, r->norm_adults, r->norm_children, &r->norm, "norm", err)))
    return s;
  vfi_trace_detail(t, own ? VFI_M_ASSISTANCE_NORM_OWN : VFI_M_ASSISTANCE_NORM_GUIDELINE);
  vfi_trace_amount(t, r->norm);
  return VF_OK;
}

static VFI_INLINE vf_status vfi_ar_housing(vfi_month *m, int resolved, const vfi_cols *c,
                                           size_t x, vf_assistance_result *r, vf_trace *t,
                                           vf_error *err) {
  vfi_trace_step(t, VFI_M_ASSISTANCE_HOUSING_TITLE, VF_RULE_ASSISTANCE, VFI_SRC_HOUSING);
  r->rent = c->housing[VF_HOUSING_RENT][x];
  r->electricity = c->housing[VF_HOUSING_ELECTRICITY][x];
  r->other_housing = c->housing[VF_HOUSING_OTHER][x];
  vfi_trace_money(t, r->rent, VFI_M_ASSISTANCE_VALUE_RENT);
  int capped = 0;
  vf_status s = vfi_ar_bool(m, resolved, VFI_P_RENT_CAP_ON, &capped, t, err);
  if (s) return s;
  r->rent_cap = -1;
  r->rent_allowed = r->rent;
  if (capped) {
    const vf_param_value *v = NULL;
    int base = r->household == VF_HOUSEHOLD_COUPLE ? VFI_P_RENT_CAP_COUPLE : VFI_P_RENT_CAP_SINGLE;
    if ((s = vfi_ar_param(m, resolved, base, &v, t, err))) return s;
    r->rent_cap = v->num;
    if (r->children) {
      if ((s = vfi_ar_param(m, resolved, VFI_P_RENT_CAP_CHILD, &v, t, err))) return s;
      vf_money extra; /* (never overflows for a resolved month) */
      if (__builtin_mul_overflow(v->num, (int64_t)r->children, &extra) && !resolved)
        return vfi_mul_ratio(v->num, (int64_t)r->children, 1, v->name,
                             "municipal.rent_cap.per_child × children", &extra, err);
      if ((s = vfi_ar_add(resolved, r->rent_cap, extra, &r->rent_cap, "rent cap", err))) return s;
    }
    vfi_trace_money(t, r->rent_cap, VFI_M_ASSISTANCE_VALUE_RENT_CAP);
    if (r->rent > r->rent_cap) r->rent_allowed = r->rent_cap;
    vfi_trace_money(t, r->rent_allowed, VFI_M_ASSISTANCE_VALUE_RENT_COUNTED);
  }
  vfi_trace_money(t, r->electricity, VFI_M_ASSISTANCE_VALUE_ELECTRICITY);
  vfi_trace_money(t, r->other_housing, VFI_M_ASSISTANCE_VALUE_OTHER_HOUSING);
  vf_money sum;
  if ((s = vfi_ar_add(resolved, r->rent_allowed, r->electricity, &sum, "housing", err)) ||
      (s = vfi_ar_add(resolved, sum, r->other_housing, &r->housing, "housing", err)))
    return s;
  vfi_trace_detail(t, capped ? VFI_M_ASSISTANCE_HOUSING_CAPPED : VFI_M_ASSISTANCE_HOUSING_UNCAPPED);
  vfi_trace_amount(t, r->housing);
  return VF_OK;
}

/* Net income counted: the sum of the other kinds (@p sum) plus child
 * benefit unless exempt. The loop over the kinds makes the checks, the
 * trace lines and a checked call's overflow come in the order of the kinds;
 * with `resolved` and no trace only child benefit and partner income are
 * read (the other loads are dead). */
static VFI_INLINE vf_status vfi_ar_income(vfi_month *m, int resolved, const vfi_cols *c, size_t x,
                                          const vfi_income_sum *sum, vf_assistance_result *r,
                                          vf_trace *t, vf_error *err) {
  vfi_trace_step(t, VFI_M_ASSISTANCE_INCOME_TITLE, VF_RULE_ASSISTANCE, VFI_SRC_INCOME);
  vf_status s;
  int exempt = 0;
  r->income = r->income_exempt = 0; /* (set below; for compilers that cannot see it) */
#if defined(__GNUC__)
#pragma GCC unroll 8
#endif
  for (int k = 0; k < VF_INC_KIND_COUNT; k++) {
    vf_money v = c->income[k][x];
    if (k == VF_INC_PARTNER && v != 0 && r->household != VF_HOUSEHOLD_COUPLE)
      return vfi_fail(err, VF_E_INCONSISTENT, 0, "partner", "partner income is recorded but the "
                      "household has no partner (lives_with_partner / civil status)");
    if (k == VF_INC_CHILD_BENEFIT && v != 0) {
      if (r->children == 0)
        return vfi_fail(err, VF_E_INCONSISTENT, 0, "child_benefit", "child benefit income is "
                        "recorded but the household has no children");
      if ((s = vfi_ar_bool(m, resolved, VFI_P_CHILD_BENEFIT_EXEMPT, &exempt, t, err))) return s;
    }
    if (t && v != 0)
      vfi_trace_moneyv(t, v, k == VF_INC_CHILD_BENEFIT && exempt
                                 ? VFI_M_ASSISTANCE_VALUE_INCOME_NOT_COUNTED
                                 : VFI_M_ASSISTANCE_VALUE_INCOME,
                       VFI_A_CODE(VF_CODES_INCOME_KIND, k));
    if (!resolved && sum->overflow[!exempt] == k) { /* (the kinds before child benefit: same) */
      vfi_overflow("income", err);
      return VF_E_OVERFLOW;
    }
  }
  /* child benefit goes to one of the two sums */
  vf_money cb = c->income[VF_INC_CHILD_BENEFIT][x], counted = exempt ? 0 : cb;
  if ((s = vfi_ar_add(resolved, sum->others, counted, &r->income, "income", err))) return s;
  r->income_exempt = cb - counted;
  vfi_trace_detail(t, VFI_M_ASSISTANCE_INCOME_DETAIL);
  vfi_trace_amount(t, r->income);
  return VF_OK;
}

static VFI_INLINE vf_status vfi_ar_rule80(vfi_month *m, int resolved, const vfi_cols *c, size_t x,
                                          vf_assistance_result *r, vf_trace *t, vf_error *err) {
  r->rule80_applies = 0;
  r->rule80_level = r->rule80_minimum = r->rule80_supplement = 0;
  vfi_trace_step(t, VFI_M_RULE80_CHECK_TITLE, VF_RULE_80, VFI_SRC_80);
  vf_status s = vfi_ar_bool(m, resolved, VFI_P_R80_ON, &r->rule80_enabled, t, err);
  if (s) return s;
  if (!r->rule80_enabled) {
    vfi_trace_detail(t, VFI_M_RULE80_CHECK_OFF);
    vfi_trace_outcome(t, VFI_M_OUTCOME_NOT_APPLIED);
    return VF_OK;
  }
  int trygd = (int)c->trygd[x];
  if (trygd < 0 || trygd > VF_TRYGD_CHILD_BENEFIT) /* the codes vf_code_name() knows */
    return vfi_fail_code(err, VF_CODES_TRYGD, "trygd", trygd);
  if ((s = vfi_ar_bool(m, resolved, VFI_P_R80_PERMANENT + trygd, &r->rule80_applies, t, err)))
    return s;
  vfi_trace_detailv(t, r->rule80_applies ? VFI_M_RULE80_CHECK_PERMANENT
                                         : VFI_M_RULE80_CHECK_NOT_PERMANENT,
                    VFI_A_CODE(VF_CODES_TRYGD, trygd));
  vfi_trace_outcome(t, r->rule80_applies ? VFI_M_OUTCOME_APPLIED : VFI_M_OUTCOME_NOT_APPLIED);
  if (!r->rule80_applies) return VF_OK;

  vfi_trace_step(t, VFI_M_RULE80_MINIMUM_TITLE, VF_RULE_80, VFI_SRC_MINPENSION);
  int couple = r->household == VF_HOUSEHOLD_COUPLE;
  const vf_param_value *mp = NULL, *fr = NULL;
  if ((s = vfi_ar_param(m, resolved, couple ? VFI_P_MINPEN_COUPLE : VFI_P_MINPEN_SINGLE, &mp, t,
                        err)) ||
      (s = vfi_ar_param(m, resolved, VFI_P_R80_FRACTION, &fr, t, err)))
    return s;
  /* the level and minimum are the same for every client of the month: kept
   * in it (a resolved month has them) */
  if (!resolved && !m->r80_known[couple] && (s = vfi_r80_month(m, couple, mp, fr, err)))
    return s;
  r->rule80_level = m->r80_level[couple];
  r->rule80_minimum = m->r80_minimum[couple];
  vfi_trace_money(t, r->rule80_level, couple ? VFI_M_RULE80_VALUE_LEVEL_COUPLE
                                              : VFI_M_RULE80_VALUE_LEVEL_SINGLE);
  vfi_trace_detailv(t, VFI_M_RULE80_MINIMUM_DETAIL, VFI_A_INT(fr->num), VFI_A_INT(fr->den));
  vfi_trace_amount(t, r->rule80_minimum);

  vfi_trace_step(t, VFI_M_RULE80_SUPPLEMENT_TITLE, VF_RULE_80, VFI_SRC_80);
  vf_money y;
  if ((s = vfi_ar_add(resolved, r->rule80_minimum, r->rent_allowed, &y, "rule80", err)) ||
      (s = vfi_ar_add(resolved, y, r->electricity, &y, "rule80", err)) ||
      (s = vfi_ar_sub(resolved, y, r->income, &y, "rule80", err)))
    return s;
  r->rule80_supplement = y > 0 ? y : 0;
  vfi_trace_money(t, r->rule80_minimum, VFI_M_RULE80_VALUE_MINIMUM);
  vfi_trace_money(t, r->rent_allowed, VFI_M_RULE80_VALUE_RENT);
  vfi_trace_money(t, r->electricity, VFI_M_ASSISTANCE_VALUE_ELECTRICITY);
  vfi_trace_money(t, r->income, VFI_M_ASSISTANCE_VALUE_INCOME_COUNTED);
  vfi_trace_detail(t, VFI_M_RULE80_SUPPLEMENT_DETAIL);
  vfi_trace_amount(t, r->rule80_supplement);
  return VF_OK;
}

/* ---- the rule ---- */

/* The assistance rule for client @p x of @p c in month @p m, @p sum its
 * amounts summed by vfi_income_sum_of() with the same `resolved`: sets every
 * member of *r on success (on failure *r is partly written). @p resolved:
 * the month and the client are checked (see above); @p t: the trace, NULL
 * for none. */
static VFI_INLINE vf_status vfi_assistance_rule(vfi_month *m, int resolved, const vfi_cols *c,
                                                size_t x, const vfi_income_sum *sum,
                                                vf_assistance_result *r, vf_trace *t,
                                                vf_error *err) {
  vf_status s;
  if ((s = vfi_ar_norm(m, resolved, c, x, r, t, err)) ||
      (s = vfi_ar_housing(m, resolved, c, x, r, t, err)) ||
      (s = vfi_ar_income(m, resolved, c, x, sum, r, t, err)))
    return s;
  if (resolved && sum->bits >> VFI_RESOLVED_AMOUNT_BITS) return VF_E_RANGE; /* every amount */

  vfi_trace_step(t, VFI_M_ASSISTANCE_ORDINARY_TITLE, VF_RULE_ASSISTANCE, VFI_SRC_ORDINARY);
  vf_money y;
  if ((s = vfi_ar_add(resolved, r->norm, r->housing, &y, "assistance", err)) ||
      (s = vfi_ar_sub(resolved, y, r->income, &y, "assistance", err)))
    return s;
  r->ordinary = y > 0 ? y : 0;
  vfi_trace_money(t, r->norm, VFI_M_ASSISTANCE_VALUE_NORM);
  vfi_trace_money(t, r->housing, VFI_M_ASSISTANCE_VALUE_HOUSING);
  vfi_trace_money(t, r->income, VFI_M_ASSISTANCE_VALUE_INCOME_COUNTED);
  vfi_trace_detailv(t, y < 0 ? VFI_M_ASSISTANCE_ORDINARY_BELOW_ZERO : VFI_M_ASSISTANCE_ORDINARY_DETAIL,
                    VFI_A_MONEY(y));
  vfi_trace_amount(t, r->ordinary);

  if ((s = vfi_ar_rule80(m, resolved, c, x, r, t, err))) return s;

  vfi_trace_step(t, VFI_M_ASSISTANCE_RESULT_TITLE, VF_RULE_ASSISTANCE,
                 r->rule80_applies ? VFI_SRC_80 : VFI_SRC_ORDINARY);
  r->assistance = r->rule80_supplement > r->ordinary ? r->rule80_supplement : r->ordinary;
  if (r->rule80_applies)
    vfi_trace_detail(t, r->rule80_supplement > r->ordinary ? VFI_M_ASSISTANCE_RESULT_RULE80_MORE
                                                           : VFI_M_ASSISTANCE_RESULT_ORDINARY_MORE);
  else
    vfi_trace_detail(t, VFI_M_ASSISTANCE_RESULT_ORDINARY);
  vfi_trace_amount(t, r->assistance);
  return VF_OK;
}

#endif
