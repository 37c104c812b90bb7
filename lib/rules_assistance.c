/* Economic social assistance for a month (sosialtjenesteloven § 18) with the
 * municipal 80 % rule for permanent beneficiaries (Bergen). The rule, its
 * choices (household type, children's ages, incomes counted) and a worked
 * case are in docs/rules.md. */
#include "rules_internal.h"

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

/* Household type: the lives_with_partner fact decides when recorded;
 * otherwise civil status married/cohabiting means a couple. Without a
 * partner, the shares_home fact makes a person i bofellesskap. */
static vf_household household_of(const vf_client *c, const char **why) {
  vf_tristate partner = vf_client_fact(c, VF_FACT_LIVES_WITH_PARTNER);
  vf_civil_status cs = vf_client_civil_status(c);
  int couple;
  if (partner != VF_UNKNOWN) {
    couple = partner == VF_YES;
    *why = couple ? "lives_with_partner = yes" : "lives_with_partner = no";
  } else {
    couple = cs == VF_CIVIL_MARRIED || cs == VF_CIVIL_COHABITING;
    *why = couple ? "lives_with_partner not recorded; civil status married or cohabiting"
                  : "lives_with_partner not recorded; civil status neither married nor cohabiting";
  }
  if (couple) return VF_HOUSEHOLD_COUPLE;
  return vf_client_fact(c, VF_FACT_SHARES_HOME) == VF_YES ? VF_HOUSEHOLD_SHARING
                                                          : VF_HOUSEHOLD_SINGLE;
}

static int group_of(int age) { return age <= 5 ? 0 : age <= 10 ? 1 : 2; }

/* Names of the norm rates, state guideline and municipal: no formatting at
 * run time (a call without a trace does no string work). */
enum { R_SINGLE, R_COUPLE, R_SHARING, R_CHILD_0_5, R_CHILD_6_10, R_CHILD_11_17 };
static const char *const rate_names[2][6] = {
  {"guideline.single", "guideline.couple", "guideline.sharing", "guideline.child_0_5",
   "guideline.child_6_10", "guideline.child_11_17"},
  {"municipal.norm.single", "municipal.norm.couple", "municipal.norm.sharing",
   "municipal.norm.child_0_5", "municipal.norm.child_6_10", "municipal.norm.child_11_17"}};

/* Reads a norm rate in øre per month. */
static vf_status rate(const vf_ctx *ctx, int own, int which, vf_date on, vf_money *out,
                      vf_trace *t, vf_error *err) {
  const char *name = rate_names[own][which];
  vf_param_value v;
  vf_status s = vfi_param(ctx, name, on, &v, t, err);
  if (s) return s;
  if (v.unit != VF_UNIT_NOK_PER_MONTH)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, name, "parameter '%s' is not nok_per_month", name);
  *out = v.num;
  return VF_OK;
}

static vf_status norm_step(const vf_ctx *ctx, const vf_client *c, vf_date on,
                           vf_assistance_result *r, vf_trace *t, vf_error *err) {
  const char *why;
  r->household = household_of(c, &why);
  r->children = vf_client_child_count(c);
  vfi_trace_step(t, "assistance.household", VF_RULE_ASSISTANCE, "Household type", SRC_HOUSEHOLD);
  vfi_trace_detail(t, "%s (%s); %zu child(ren), ages measured on the first day of the month",
                   vf_household_name(r->household), why, r->children);
  int ages[VF_MAX_CHILDREN];
  for (size_t i = 0; i < r->children; i++) {
    vf_date b;
    vf_status s = vf_client_child_birth(c, i, &b, err);
    if (s) return s;
    int late = vf_date_cmp(b, on) > 0;
    if (!late && (s = vf_date_age(b, on, &ages[i], err))) return s;
    if (late || ages[i] > 17) {
      char bs[11], os[11];
      vf_date_format(b, bs, sizeof bs);
      vf_date_format(on, os, sizeof os);
      if (late)
        return vfi_fail(err, VF_E_DATE, 0, "child", "child %zu is born %s, after the "
                        "calculation date %s (children's ages are measured on the first day "
                        "of the month)", i + 1, bs, os);
      return vfi_fail(err, VF_E_RANGE, 0, "child", "child %zu (born %s) is %d on %s; the "
                      "guideline child rates cover ages 0-17: record an adult child as "
                      "sharing the home instead", i + 1, bs, ages[i], os);
    }
    vfi_trace_number(t, ages[i], "age of child %zu", i + 1);
  }

  vfi_trace_step(t, "assistance.norm", VF_RULE_ASSISTANCE, "Norm for living expenses", SRC_NORM);
  int own;
  vf_status s = vfi_param_bool(ctx, "municipal.own_norm", on, &own, t, err);
  if (s) return s;
  int adults = r->household == VF_HOUSEHOLD_COUPLE    ? R_COUPLE
               : r->household == VF_HOUSEHOLD_SHARING ? R_SHARING
                                                      : R_SINGLE;
  if ((s = rate(ctx, own, adults, on, &r->norm_adults, t, err))) return s;
  vfi_trace_money(t, r->norm_adults, "adults (%s)", vf_household_name(r->household));
  vf_money group_rate[3];
  int have[3] = {0, 0, 0};
  r->norm_children = 0;
  for (size_t i = 0; i < r->children; i++) {
    int g = group_of(ages[i]);
    if (!have[g]) {
      if ((s = rate(ctx, own, R_CHILD_0_5 + g, on, &group_rate[g], t, err))) return s;
      have[g] = 1;
    }
    vfi_trace_money(t, group_rate[g], "child %zu, age %d", i + 1, ages[i]);
    if ((s = vfi_add(r->norm_children, group_rate[g], &r->norm_children, "norm", err))) return s;
  }
  if ((s = vfi_add(r->norm_adults, r->norm_children, &r->norm, "norm", err))) return s;
  vfi_trace_detail(t, "%s rates: adults + children", own ? "the municipality's own" : "state guideline");
  vfi_trace_amount(t, r->norm);
  return VF_OK;
}

static vf_status housing_step(const vf_ctx *ctx, const vf_client *c, vf_date on,
                              vf_assistance_result *r, vf_trace *t, vf_error *err) {
  vfi_trace_step(t, "assistance.housing", VF_RULE_ASSISTANCE, "Housing costs", SRC_HOUSING);
  r->rent = vf_client_housing(c, VF_HOUSING_RENT);
  r->electricity = vf_client_housing(c, VF_HOUSING_ELECTRICITY);
  r->other_housing = vf_client_housing(c, VF_HOUSING_OTHER);
  vfi_trace_money(t, r->rent, "rent");
  int capped;
  vf_status s = vfi_param_bool(ctx, "municipal.rent_cap.enabled", on, &capped, t, err);
  if (s) return s;
  r->rent_cap = -1;
  r->rent_allowed = r->rent;
  if (capped) {
    vf_param_value v;
    const char *base = r->household == VF_HOUSEHOLD_COUPLE ? "municipal.rent_cap.couple"
                                                           : "municipal.rent_cap.single";
    if ((s = vfi_param(ctx, base, on, &v, t, err))) return s;
    r->rent_cap = v.num;
    if (r->children) {
      if ((s = vfi_param(ctx, "municipal.rent_cap.per_child", on, &v, t, err))) return s;
      vf_money extra;
      if ((s = vf_money_mul_ratio(v.num, (int64_t)r->children, 1, VF_ROUND_HALF_AWAY, &extra, err)) ||
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

static vf_status income_step(const vf_ctx *ctx, const vf_client *c, vf_date on,
                             vf_assistance_result *r, vf_trace *t, vf_error *err) {
  vfi_trace_step(t, "assistance.income", VF_RULE_ASSISTANCE, "Net income counted", SRC_INCOME);
  r->income = 0;
  r->income_exempt = 0;
  vf_status s;
  for (int k = 0; k < VF_INC_KIND_COUNT; k++) {
    vf_money m = vf_client_income(c, (vf_income_kind)k);
    if (m == 0) continue;
    const char *name = vf_code_name(VF_CODES_INCOME_KIND, k);
    if (k == VF_INC_PARTNER && r->household != VF_HOUSEHOLD_COUPLE)
      return vfi_fail(err, VF_E_INCONSISTENT, 0, "partner", "partner income is recorded but the "
                      "household has no partner (lives_with_partner / civil status)");
    if (k == VF_INC_CHILD_BENEFIT) {
      if (r->children == 0)
        return vfi_fail(err, VF_E_INCONSISTENT, 0, "child_benefit", "child benefit income is "
                        "recorded but the household has no children");
      int exempt;
      if ((s = vfi_param_bool(ctx, "assistance.child_benefit_exempt", on, &exempt, t, err)))
        return s;
      if (exempt) {
        vfi_trace_money(t, m, "%s (not counted)", name);
        if ((s = vfi_add(r->income_exempt, m, &r->income_exempt, "income", err))) return s;
        continue;
      }
    }
    vfi_trace_money(t, m, "%s", name);
    if ((s = vfi_add(r->income, m, &r->income, "income", err))) return s;
  }
  vfi_trace_detail(t, "all net monthly income of the household except what the law exempts");
  vfi_trace_amount(t, r->income);
  return VF_OK;
}

static vf_status rule80_step(const vf_ctx *ctx, const vf_client *c, vf_date on,
                             vf_assistance_result *r, vf_trace *t, vf_error *err) {
  r->rule80_applies = 0;
  r->rule80_level = r->rule80_minimum = r->rule80_supplement = 0;
  vfi_trace_step(t, "rule80.check", VF_RULE_80, "80 % rule for permanent beneficiaries", SRC_80);
  vf_status s = vfi_param_bool(ctx, "rule80.enabled", on, &r->rule80_enabled, t, err);
  if (s) return s;
  if (!r->rule80_enabled) {
    vfi_trace_detail(t, "the rule is off in this municipality (rule80.enabled = 0)");
    vfi_trace_outcome(t, "not applied");
    return VF_OK;
  }
  int trygd = (int)vf_client_trygd(c);
  const char *tname = vf_code_name(VF_CODES_TRYGD, trygd);
  if (!tname)
    return vfi_fail(err, VF_E_UNKNOWN_CODE, 0, "trygd", "trygd: unknown code %d", trygd);
  char pname[64] = "rule80.permanent.";
  size_t pl = strlen(pname), tl = strlen(tname);
  if (pl + tl >= sizeof pname)
    return vfi_fail(err, VF_E_UNKNOWN_CODE, 0, "trygd", "trygd: code name too long");
  memcpy(pname + pl, tname, tl + 1);
  if ((s = vfi_param_bool(ctx, pname, on, &r->rule80_applies, t, err))) return s;
  vfi_trace_detail(t, "main trygd '%s' %s a permanent benefit", tname,
                   r->rule80_applies ? "counts as" : "does not count as");
  vfi_trace_outcome(t, r->rule80_applies ? "applied" : "not applied");
  if (!r->rule80_applies) return VF_OK;

  vfi_trace_step(t, "rule80.minimum", VF_RULE_80, "Amount that must remain after rent and "
                 "electricity", SRC_MINPENSION);
  int couple = r->household == VF_HOUSEHOLD_COUPLE;
  vf_param_value mp, fr;
  if ((s = vfi_param(ctx, couple ? "minimum_pension.couple" : "minimum_pension.single", on, &mp,
                     t, err)) ||
      (s = vfi_param(ctx, "rule80.fraction", on, &fr, t, err)))
    return s;
  /* level = yearly rate (× 2 for a couple: the rate is per person) ÷ 12 */
  if ((s = vf_money_mul_ratio(mp.num, couple ? 2 : 1, 12, VF_ROUND_HALF_AWAY, &r->rule80_level,
                              err)) ||
      (s = vf_money_mul_ratio(r->rule80_level, fr.num, fr.den, VF_ROUND_HALF_AWAY,
                              &r->rule80_minimum, err)))
    return s;
  vfi_trace_money(t, r->rule80_level, couple ? "monthly minimum pension level (2 × per-person "
                  "rate ÷ 12)" : "monthly minimum pension level (yearly rate ÷ 12)");
  vfi_trace_detail(t, "%lld/%lld of the monthly minimum pension level, rounded to the øre",
                   (long long)fr.num, (long long)fr.den);
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

vf_status vf_assistance_month(const vf_ctx *ctx, const vf_client *client, int year, int month,
                              vf_assistance_result *out, vf_trace *trace, vf_error *err) {
  if (!ctx || !client || !out)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "ctx, client or out is NULL");
  vf_date on;
  vf_status s = vf_date_make(year, month, 1, &on, err);
  if (s) return s;
  if ((s = vfi_check_birth(client, on, err))) return s;
  if (trace) {
    char period[16];
    snprintf(period, sizeof period, "%04d-%02d", year, month);
    vfi_trace_begin(trace, ctx, "vf_assistance_month", period);
  }

  vf_assistance_result r;
  memset(&r, 0, sizeof r);
  if ((s = norm_step(ctx, client, on, &r, trace, err)) ||
      (s = housing_step(ctx, client, on, &r, trace, err)) ||
      (s = income_step(ctx, client, on, &r, trace, err)))
    return s;

  vfi_trace_step(trace, "assistance.ordinary", VF_RULE_ASSISTANCE, "Ordinary calculation",
                 SRC_ORDINARY);
  vf_money x;
  if ((s = vfi_add(r.norm, r.housing, &x, "assistance", err)) ||
      (s = vfi_sub(x, r.income, &x, "assistance", err)))
    return s;
  r.ordinary = x > 0 ? x : 0;
  vfi_trace_money(trace, r.norm, "norm");
  vfi_trace_money(trace, r.housing, "housing costs");
  vfi_trace_money(trace, r.income, "net income counted");
  vfi_trace_detail(trace, "norm + housing - income = %s%lld.%02lld kr%s", x < 0 ? "-" : "",
                   (long long)((x < 0 ? -x : x) / 100), (long long)((x < 0 ? -x : x) % 100),
                   x < 0 ? ", below zero: no assistance" : "");
  vfi_trace_amount(trace, r.ordinary);

  if ((s = rule80_step(ctx, client, on, &r, trace, err))) return s;

  vfi_trace_step(trace, "assistance.result", VF_RULE_ASSISTANCE, "Economic assistance for the "
                 "month", r.rule80_applies ? SRC_80 : SRC_ORDINARY);
  r.assistance = r.rule80_supplement > r.ordinary ? r.rule80_supplement : r.ordinary;
  if (r.rule80_applies)
    vfi_trace_detail(trace, "the larger of the ordinary calculation and the 80 %% rule: %s",
                     r.rule80_supplement > r.ordinary ? "the 80 % rule gives more"
                                                      : "the ordinary calculation gives as much or more");
  else
    vfi_trace_detail(trace, "the ordinary calculation");
  vfi_trace_amount(trace, r.assistance);
  if ((s = vfi_trace_end(trace, err))) return s;
  *out = r;
  return VF_OK;
}
