/* Economic social assistance for a month (sosialtjenesteloven § 18) with the
 * municipal 80 % rule for permanent beneficiaries (Bergen). The rule, its
 * choices (household type, children's ages, incomes counted) and a worked
 * case are in docs/rules.md. */
#include "rules/rules_month.h"

#include <stdio.h>
#include <string.h>

static const char SRC_HOUSEHOLD[] =
    "Statens veiledende retningslinjer for økonomisk stønad (rundskriv Hovednr. 35 pkt. "
    "4.18.1.5): rates for enslige, ektepar/samboere, person i bofellesskap and children by age";
static const char SRC_NORM[] =
    "Sosialtjenesteloven § 18; statens veiledende retningslinjer for økonomisk stønad "
    "(rundskriv Hovednr. 35 pkt. 4.18.1.5), or the municipality's own rates";
static const char SRC_HOUSING[] =
    "Sosialtjenesteloven § 18; rundskriv Hovednr. 35 pkt. 4.18.1.5: housing costs (rent, "
    "electricity) are outside the guideline rates and are covered as actual costs, within "
    "a municipal limit where the municipality has one";
static const char SRC_INCOME[] =
    "Sosialtjenesteloven § 18 (assistance when a person cannot provide for themselves by work "
    "or by asserting financial rights): the household's net income is deducted; § 18 tredje "
    "ledd: barnetrygd is not counted from 1 September 2022";
static const char SRC_ORDINARY[] =
    "Sosialtjenesteloven § 18: norm + housing costs - net income, not below zero";
static const char SRC_80[] =
    "Bergen kommune's 80 % rule for alderspensjonister and uføretrygdede, described in "
    "Bergens Tidende (http://www.bt.no/nyheter/lokalt/Fattige-og-eldre-far-svi-51296b.html); "
    "municipal settings rule80.*";
static const char SRC_MINPENSION[] =
    "Folketrygdloven § 19-8 (minste pensjonsnivå), as the level of the 80 % rule";

const char *vf_household_name(vf_household h) {
  switch (h) {
  case VF_HOUSEHOLD_SINGLE: return "single";
  case VF_HOUSEHOLD_COUPLE: return "couple";
  case VF_HOUSEHOLD_SHARING: return "sharing";
  }
  return NULL;
}

/* The household type (vfi_household()) and why, for the trace. */
static VFI_INLINE vf_household household_of(const vfi_client_in *c, const char **why) {
  vf_household h = vfi_household(c->partner, c->civil, c->shares);
  int couple = h == VF_HOUSEHOLD_COUPLE;
  if (c->partner != VF_UNKNOWN)
    *why = couple ? "lives_with_partner = yes" : "lives_with_partner = no";
  else
    *why = couple ? "lives_with_partner not recorded; civil status married or cohabiting"
                  : "lives_with_partner not recorded; civil status neither married nor cohabiting";
  return h;
}

/* Reads a norm rate in øre per month from slot @p id. */
static VFI_INLINE vf_status rate(vfi_month *m, int id, vf_money *out, vf_trace *t, vf_error *err) {
  const vf_param_value *v = NULL;
  vf_status s = vfi_month_param(m, id, &v, t, err);
  if (s) return s;
  if (v->unit != VF_UNIT_NOK_PER_MONTH)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, v->name, "parameter '%s' is not nok_per_month",
                    v->name);
  *out = v->num;
  return VF_OK;
}

/* Exact age of a child born on day number @p born (only for messages and
 * traces: the rule itself compares day numbers with the month's limits). */
static int age_on(int32_t born, vf_date on, char *bs) {
  vf_date b = {0, 0, 0};
  int age = 0;
  vf_date_from_days(born, &b, NULL);
  vf_date_format(b, bs, 11);
  vf_date_age(b, on, &age, NULL);
  return age;
}

static VFI_INLINE vf_status norm_step(vfi_month *m, const vfi_client_in *c, vf_assistance_result *r,
                           vf_trace *t, vf_error *err) {
  const char *why;
  r->household = household_of(c, &why);
  r->children = c->nchildren;
  vfi_trace_step(t, "assistance.household", VF_RULE_ASSISTANCE, "Household type", SRC_HOUSEHOLD);
  vfi_trace_detail(t, "%s (%s); %zu child(ren), ages measured on the first day of the month",
                   vf_household_name(r->household), why, r->children);
  /* Guideline age groups 0-5, 6-10, 11-17 by comparing birth day numbers
   * with the days on which a child born then turns 6, 11 and 18. */
  unsigned char group[VF_MAX_CHILDREN];
  char bs[11], os[11];
  for (size_t i = 0; i < r->children; i++) {
    int32_t b = c->child[i];
    if (b > m->on_days) {
      age_on(b, m->on, bs);
      vf_date_format(m->on, os, sizeof os);
      return vfi_fail(err, VF_E_DATE, 0, "child", "child %zu is born %s, after the calculation "
                      "date %s (children's ages are measured on the first day of the month)",
                      i + 1, bs, os);
    }
    if (b <= m->age18) {
      int age = age_on(b, m->on, bs);
      vf_date_format(m->on, os, sizeof os);
      return vfi_fail(err, VF_E_RANGE, 0, "child", "child %zu (born %s) is %d on %s; the "
                      "guideline child rates cover ages 0-17: record an adult child as "
                      "sharing the home instead", i + 1, bs, age, os);
    }
    group[i] = b > m->age6 ? 0 : b > m->age11 ? 1 : 2;
    if (t) {
      vf_date_format(m->on, os, sizeof os);
      vfi_trace_number(t, age_on(b, m->on, bs), "age of child %zu on %s", i + 1, os);
    }
  }

  vfi_trace_step(t, "assistance.norm", VF_RULE_ASSISTANCE, "Norm for living expenses", SRC_NORM);
  int own = 0;
  vf_status s = vfi_month_bool(m, VFI_P_OWN_NORM, &own, t, err);
  if (s) return s;
  int base = own ? VFI_P_MUNI_SINGLE : VFI_P_GUIDE_SINGLE; /* single, couple, sharing, children */
  if ((s = rate(m, base + (int)r->household - 1, &r->norm_adults, t, err))) return s;
  vfi_trace_money(t, r->norm_adults, "adults (%s)", vf_household_name(r->household));
  vf_money group_rate[3];
  int have[3] = {0, 0, 0};
  r->norm_children = 0;
  for (size_t i = 0; i < r->children; i++) {
    int g = group[i];
    if (!have[g]) {
      if ((s = rate(m, base + 3 + g, &group_rate[g], t, err))) return s;
      have[g] = 1;
    }
    if (t) vfi_trace_money(t, group_rate[g], "child %zu, age %d", i + 1, age_on(c->child[i], m->on, bs));
    if ((s = vfi_add(r->norm_children, group_rate[g], &r->norm_children, "norm", err))) return s;
  }
  if ((s = vfi_add(r->norm_adults, r->norm_children, &r->norm, "norm", err))) return s;
  vfi_trace_detail(t, "%s rates: adults + children", own ? "the municipality's own" : "state guideline");
  vfi_trace_amount(t, r->norm);
  return VF_OK;
}

static VFI_INLINE vf_status housing_step(vfi_month *m, const vfi_client_in *c, vf_assistance_result *r,
                              vf_trace *t, vf_error *err) {
  vfi_trace_step(t, "assistance.housing", VF_RULE_ASSISTANCE, "Housing costs", SRC_HOUSING);
  r->rent = c->housing[VF_HOUSING_RENT];
  r->electricity = c->housing[VF_HOUSING_ELECTRICITY];
  r->other_housing = c->housing[VF_HOUSING_OTHER];
  vfi_trace_money(t, r->rent, "rent");
  int capped = 0;
  vf_status s = vfi_month_bool(m, VFI_P_RENT_CAP_ON, &capped, t, err);
  if (s) return s;
  r->rent_cap = -1;
  r->rent_allowed = r->rent;
  if (capped) {
    const vf_param_value *v = NULL;
    int base = r->household == VF_HOUSEHOLD_COUPLE ? VFI_P_RENT_CAP_COUPLE : VFI_P_RENT_CAP_SINGLE;
    if ((s = vfi_month_param(m, base, &v, t, err))) return s;
    r->rent_cap = v->num;
    if (r->children) {
      if ((s = vfi_month_param(m, VFI_P_RENT_CAP_CHILD, &v, t, err))) return s;
      vf_money extra;
      if ((s = vfi_mul_ratio(v->num, (int64_t)r->children, 1, v->name,
                             "municipal.rent_cap.per_child × children", &extra, err)) ||
          (s = vfi_add(r->rent_cap, extra, &r->rent_cap, "rent cap", err)))
        return s;
    }
    vfi_trace_money(t, r->rent_cap, "municipal rent cap");
    if (r->rent > r->rent_cap) r->rent_allowed = r->rent_cap;
    vfi_trace_money(t, r->rent_allowed, "rent counted (the lower of rent and cap)");
  }
  vfi_trace_money(t, r->electricity, "electricity and heating");
  vfi_trace_money(t, r->other_housing, "other housing costs");
  vf_money sum;
  if ((s = vfi_add(r->rent_allowed, r->electricity, &sum, "housing", err)) ||
      (s = vfi_add(sum, r->other_housing, &r->housing, "housing", err)))
    return s;
  vfi_trace_detail(t, capped ? "rent (capped) + electricity + other housing costs"
                             : "rent + electricity + other housing costs (no municipal cap)");
  vfi_trace_amount(t, r->housing);
  return VF_OK;
}

static VFI_INLINE vf_status income_step(vfi_month *m, const vfi_client_in *c, vf_assistance_result *r,
                             vf_trace *t, vf_error *err) {
  vfi_trace_step(t, "assistance.income", VF_RULE_ASSISTANCE, "Net income counted", SRC_INCOME);
  r->income = 0;
  r->income_exempt = 0;
  vf_status s;
  /* No branch on whether an amount is zero (adding 0 changes nothing), so
   * the batch runs this loop without unpredictable jumps; unrolled, so the
   * tests on the kind vanish. */
#if defined(__GNUC__)
#pragma GCC unroll 8
#endif
  for (int k = 0; k < VF_INC_KIND_COUNT; k++) {
    vf_money v = c->income[k];
    if (k == VF_INC_PARTNER && v != 0 && r->household != VF_HOUSEHOLD_COUPLE)
      return vfi_fail(err, VF_E_INCONSISTENT, 0, "partner", "partner income is recorded but the "
                      "household has no partner (lives_with_partner / civil status)");
    if (k == VF_INC_CHILD_BENEFIT && v != 0) {
      if (r->children == 0)
        return vfi_fail(err, VF_E_INCONSISTENT, 0, "child_benefit", "child benefit income is "
                        "recorded but the household has no children");
      int exempt = 0;
      if ((s = vfi_month_bool(m, VFI_P_CHILD_BENEFIT_EXEMPT, &exempt, t, err))) return s;
      if (exempt) {
        vfi_trace_money(t, v, "%s (not counted)", vf_code_name(VF_CODES_INCOME_KIND, k));
        if ((s = vfi_add(r->income_exempt, v, &r->income_exempt, "income", err))) return s;
        continue;
      }
    }
    if (v != 0) vfi_trace_money(t, v, "%s", vf_code_name(VF_CODES_INCOME_KIND, k));
    if ((s = vfi_add(r->income, v, &r->income, "income", err))) return s;
  }
  vfi_trace_detail(t, "all net monthly income of the household except what the law exempts");
  vfi_trace_amount(t, r->income);
  return VF_OK;
}

static VFI_INLINE vf_status rule80_step(vfi_month *m, const vfi_client_in *c, vf_assistance_result *r,
                             vf_trace *t, vf_error *err) {
  r->rule80_applies = 0;
  r->rule80_level = r->rule80_minimum = r->rule80_supplement = 0;
  vfi_trace_step(t, "rule80.check", VF_RULE_80, "80 % rule for permanent beneficiaries", SRC_80);
  vf_status s = vfi_month_bool(m, VFI_P_R80_ON, &r->rule80_enabled, t, err);
  if (s) return s;
  if (!r->rule80_enabled) {
    vfi_trace_detail(t, "the rule is off in this municipality (rule80.enabled = 0)");
    vfi_trace_outcome(t, "not applied");
    return VF_OK;
  }
  int trygd = (int)c->trygd;
  if (trygd < 0 || trygd > VF_TRYGD_CHILD_BENEFIT) /* the codes vf_code_name() knows */
    return vfi_fail_code(err, VF_CODES_TRYGD, "trygd", trygd);
  if ((s = vfi_month_bool(m, VFI_P_R80_PERMANENT + trygd, &r->rule80_applies, t, err))) return s;
  vfi_trace_detail(t, "main trygd '%s' %s a permanent benefit", vf_code_name(VF_CODES_TRYGD, trygd),
                   r->rule80_applies ? "counts as" : "does not count as");
  vfi_trace_outcome(t, r->rule80_applies ? "applied" : "not applied");
  if (!r->rule80_applies) return VF_OK;

  vfi_trace_step(t, "rule80.minimum", VF_RULE_80, "Amount that must remain after rent and "
                 "electricity", SRC_MINPENSION);
  int couple = r->household == VF_HOUSEHOLD_COUPLE;
  const vf_param_value *mp = NULL, *fr = NULL;
  if ((s = vfi_month_param(m, couple ? VFI_P_MINPEN_COUPLE : VFI_P_MINPEN_SINGLE, &mp, t, err)) ||
      (s = vfi_month_param(m, VFI_P_R80_FRACTION, &fr, t, err)))
    return s;
  if (!m->r80_known[couple] && (s = vfi_r80_month(m, couple, mp, fr, err))) return s;
  r->rule80_level = m->r80_level[couple];
  r->rule80_minimum = m->r80_minimum[couple];
  vfi_trace_money(t, r->rule80_level, couple ? "monthly minimum pension level (2 × per-person "
                  "rate ÷ 12)" : "monthly minimum pension level (yearly rate ÷ 12)");
  vfi_trace_detail(t, "%lld/%lld of the monthly minimum pension level, rounded to the øre",
                   (long long)fr->num, (long long)fr->den);
  vfi_trace_amount(t, r->rule80_minimum);

  vfi_trace_step(t, "rule80.supplement", VF_RULE_80, "Assistance needed under the 80 % rule",
                 SRC_80);
  vf_money x;
  if ((s = vfi_add(r->rule80_minimum, r->rent_allowed, &x, "rule80", err)) ||
      (s = vfi_add(x, r->electricity, &x, "rule80", err)) ||
      (s = vfi_sub(x, r->income, &x, "rule80", err)))
    return s;
  r->rule80_supplement = x > 0 ? x : 0;
  vfi_trace_money(t, r->rule80_minimum, "amount that must remain");
  vfi_trace_money(t, r->rent_allowed, "rent counted");
  vfi_trace_money(t, r->electricity, "electricity and heating");
  vfi_trace_money(t, r->income, "net income counted");
  vfi_trace_detail(t, "minimum + rent + electricity - income, not below zero");
  vfi_trace_amount(t, r->rule80_supplement);
  return VF_OK;
}

vf_status vfi_r80_month(vfi_month *m, int couple, const vf_param_value *minpen,
                        const vf_param_value *fraction, vf_error *err) {
  /* level = yearly rate (× 2 for a couple: the rate is per person) ÷ 12 */
  vf_status s;
  if ((s = vfi_mul_ratio(minpen->num, couple ? 2 : 1, 12, minpen->name,
                         couple ? "minimum_pension.couple × 2 / 12" : "minimum_pension.single / 12",
                         &m->r80_level[couple], err)) ||
      (s = vfi_mul_ratio(m->r80_level[couple], fraction->num, fraction->den, fraction->name,
                         couple ? "minimum_pension.couple × 2 / 12 × rule80.fraction"
                                : "minimum_pension.single / 12 × rule80.fraction",
                         &m->r80_minimum[couple], err)))
    return s;
  m->r80_known[couple] = 1;
  return VF_OK;
}

/* The rule, once; instantiated with a trace (vfi_assistance_kernel) and
 * without one (vfi_assistance_kernel_fast, where the compiler drops every
 * trace step since the trace is a constant NULL). */
static VFI_INLINE vf_status kernel(vfi_month *m, const vfi_client_in *in,
                                   vf_assistance_result *r, vf_trace *trace, vf_error *err) {
  vf_status s;
  if ((s = norm_step(m, in, r, trace, err)) ||
      (s = housing_step(m, in, r, trace, err)) ||
      (s = income_step(m, in, r, trace, err)))
    return s;

  vfi_trace_step(trace, "assistance.ordinary", VF_RULE_ASSISTANCE, "Ordinary calculation",
                 SRC_ORDINARY);
  vf_money x;
  if ((s = vfi_add(r->norm, r->housing, &x, "assistance", err)) ||
      (s = vfi_sub(x, r->income, &x, "assistance", err)))
    return s;
  r->ordinary = x > 0 ? x : 0;
  vfi_trace_money(trace, r->norm, "norm");
  vfi_trace_money(trace, r->housing, "housing costs");
  vfi_trace_money(trace, r->income, "net income counted");
  vfi_trace_detail(trace, "norm + housing - income = %s%lld.%02lld kr%s", x < 0 ? "-" : "",
                   (long long)((x < 0 ? -x : x) / 100), (long long)((x < 0 ? -x : x) % 100),
                   x < 0 ? ", below zero: no assistance" : "");
  vfi_trace_amount(trace, r->ordinary);

  if ((s = rule80_step(m, in, r, trace, err))) return s;

  vfi_trace_step(trace, "assistance.result", VF_RULE_ASSISTANCE, "Economic assistance for the "
                 "month", r->rule80_applies ? SRC_80 : SRC_ORDINARY);
  r->assistance = r->rule80_supplement > r->ordinary ? r->rule80_supplement : r->ordinary;
  if (r->rule80_applies)
    vfi_trace_detail(trace, "the larger of the ordinary calculation and the 80 %% rule: %s",
                     r->rule80_supplement > r->ordinary ? "the 80 % rule gives more"
                                                      : "the ordinary calculation gives as much or more");
  else
    vfi_trace_detail(trace, "the ordinary calculation");
  vfi_trace_amount(trace, r->assistance);
  return VF_OK;
}

vf_status vfi_assistance_kernel(vfi_month *m, const vfi_client_in *in, vf_assistance_result *r,
                                vf_trace *trace, vf_error *err) {
  return trace ? kernel(m, in, r, trace, err) : kernel(m, in, r, NULL, err);
}

vf_status vf_assistance_month(const vf_ctx *ctx, const vf_client *client, int year, int month,
                              vf_assistance_result *out, vf_trace *trace, vf_error *err) {
  vf_trace_clear(trace); /* an early error leaves no stale steps */
  if (!ctx || !client || !out)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "ctx, client or out is NULL");
  vfi_month *m;
  vf_status s = vfi_month_shared(&m, ctx, year, month, err);
  if (s) return s;
  if ((s = vfi_check_birth(client, m->on, err))) return s;
  if (trace) { /* no string work without a trace */
    char period[16];
    snprintf(period, sizeof period, "%04d-%02d", year, month);
    vfi_trace_begin(trace, ctx, "vf_assistance_month", period);
  }
  vfi_client_in in;
  int32_t child_days[VF_MAX_CHILDREN];
  vfi_client_in_from(&in, client, child_days);
  vf_assistance_result r;
  m->projected = 0;
  if ((s = vfi_assistance_kernel(m, &in, &r, trace, err))) return s;
  r.projected = m->projected;
  if ((s = vfi_trace_end(trace, err))) return s;
  *out = r;
  return VF_OK;
}

vf_household vfi_household_of(const vfi_client_in *c) {
  const char *why;
  return household_of(c, &why);
}
