/* The qualification programme (kvalifiseringsprogram): eligibility
 * (sosialtjenesteloven § 29) and the qualification benefit (§ 35 and
 * forskrift 21.12.2011 nr. 1471). Rules, choices and worked cases are in
 * docs/rules.md. */
#include "rules/rules_month.h"

#include <stdio.h>
#include <string.h>

static const char SRC_29[] =
    "Sosialtjenesteloven § 29: the right to a qualification programme for persons of working "
    "age with substantially reduced work and earning capacity and no or very limited "
    "benefits for living expenses under folketrygdloven or arbeidsmarkedsloven, after an "
    "arbeidsevnevurdering (NAV-loven § 14 a)";
static const char SRC_AGE[] =
    "Sosialtjenesteloven § 29 ('yrkesaktiv alder'); lower limit 18 from 1 January 2019, 19 "
    "before (Prop. 12 L (2018-2019) kap. 3.3)";
static const char SRC_AVAILABLE[] =
    "Sosialtjenesteloven § 29: the programme may be refused only when NAV cannot offer a "
    "suitable programme (an exception, Prop. 12 L (2018-2019) kap. 3.3)";
static const char SRC_35[] =
    "Sosialtjenesteloven § 35: kvalifiseringsstønad of 2 G a year, 2/3 of it for participants "
    "under 25; G (folketrygdloven § 1-4) in force on each day, pro rata by days in the month";
static const char SRC_CHILD[] =
    "Sosialtjenesteloven § 35 and forskrift 21.12.2011 nr. 1471: barnetillegg per child the "
    "participant provides for, five days a week (NAV, 'Kvalifiseringsstønad og andre "
    "økonomiske ordninger')";
static const char SRC_REDUCE[] =
    "Forskrift 21.12.2011 nr. 1471 as summarised by NAV, 'Kvalifiseringsstønad og andre "
    "økonomiske ordninger' (https://www.nav.no/no/nav-og-samfunn/samarbeid/for-kommunen/"
    "kvalifiseringsprogrammet2/kvalifiseringsstonad-og-andre-okonomiske-ordninger): the "
    "benefit including barnetillegg is reduced in proportion to hours of paid work, and krone "
    "for krone by dagpenger, sykepenger or foreldrepenger; bidrag is not deducted";

/* ---- eligibility ---- */

static const char *const criterion_names[VF_KVP_CRITERION_COUNT] = {
  "working_age", "reduced_capacity", "limited_folketrygd", "work_assessment",
  "programme_available"};

const char *vf_kvp_criterion_name(vf_kvp_criterion c) {
  return (int)c >= 0 && c < VF_KVP_CRITERION_COUNT ? criterion_names[c] : NULL;
}

static int outcome_msg(vf_tristate v) {
  return v == VF_YES ? VFI_M_OUTCOME_MET : v == VF_NO ? VFI_M_OUTCOME_NOT_MET : VFI_M_OUTCOME_UNKNOWN;
}

/* A criterion read from a fact; `inverted`: the fact being yes means not met. */
static vf_tristate from_fact(const vf_client *c, vf_fact f, int inverted, vf_trace *t,
                             int title, const char *source) {
  vf_tristate v = vf_client_fact(c, f);
  vf_tristate met = v == VF_UNKNOWN ? VF_UNKNOWN : ((v == VF_YES) != inverted ? VF_YES : VF_NO);
  vfi_trace_step(t, title, VF_RULE_KVP_ELIGIBILITY, source);
  vfi_trace_detailv(t, VFI_M_KVP_FACT, VFI_A_CODE(VF_CODES_FACT, f),
                    VFI_A_CODE(VF_CODES_TRISTATE, v));
  vfi_trace_outcome(t, outcome_msg(met));
  return met;
}

vf_status vf_kvp_eligibility(const vf_ctx *ctx, const vf_client *client, vf_date on,
                             vf_kvp_eligibility_result *out, vf_trace *trace, vf_error *err) {
  vf_trace_clear(trace); /* an early error leaves no stale steps */
  if (!ctx || !client || !out)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "ctx, client or out is NULL");
  if (!vf_date_valid(on)) return vfi_fail(err, VF_E_DATE, 0, "date", "invalid date");
  vf_status s = vfi_check_birth(client, on, err);
  if (s) return s;
  char os[11] = "";
  if (trace) vf_date_format(on, os, sizeof os);
  vfi_trace_begin(trace, ctx, "vf_kvp_eligibility", os);

  vf_kvp_eligibility_result r;
  r.age = -1;
  vfi_trace_step(trace, VFI_M_KVP_WORKING_AGE_TITLE, VF_RULE_KVP_ELIGIBILITY, SRC_AGE);
  vf_date birth = vf_client_birth_date(client);
  if (birth.year == 0) {
    r.criteria[VF_KVP_WORKING_AGE] = VF_UNKNOWN;
    vfi_trace_detail(trace, VFI_M_KVP_WORKING_AGE_NO_BIRTH);
  } else {
    vf_param_value lo, hi;
    if ((s = vf_date_age(birth, on, &r.age, err)) ||
        (s = vfi_param(ctx, "kvp.min_age", on, &lo, trace, err)) ||
        (s = vfi_param(ctx, "kvp.max_age", on, &hi, trace, err)))
      return s;
    r.criteria[VF_KVP_WORKING_AGE] = r.age >= lo.num && r.age < hi.num ? VF_YES : VF_NO;
    vfi_trace_numberv(trace, r.age, VFI_M_KVP_VALUE_AGE_ON, VFI_A_DATE(on));
    vfi_trace_detailv(trace, VFI_M_KVP_WORKING_AGE_RANGE, VFI_A_INT(lo.num), VFI_A_INT(hi.num));
  }
  vfi_trace_outcome(trace, outcome_msg(r.criteria[VF_KVP_WORKING_AGE]));
  r.criteria[VF_KVP_REDUCED_CAPACITY] =
      from_fact(client, VF_FACT_REDUCED_WORK_CAPACITY, 0, trace, VFI_M_KVP_REDUCED_CAPACITY_TITLE,
                SRC_29);
  r.criteria[VF_KVP_LIMITED_FOLKETRYGD] =
      from_fact(client, VF_FACT_FOLKETRYGD_RIGHTS, 1, trace, VFI_M_KVP_LIMITED_FOLKETRYGD_TITLE,
                SRC_29);
  r.criteria[VF_KVP_WORK_ASSESSMENT] =
      from_fact(client, VF_FACT_WORK_ASSESSMENT_DONE, 0, trace, VFI_M_KVP_WORK_ASSESSMENT_TITLE,
                SRC_29);
  r.criteria[VF_KVP_PROGRAMME_AVAILABLE] =
      from_fact(client, VF_FACT_PROGRAMME_AVAILABLE, 0, trace, VFI_M_KVP_PROGRAMME_AVAILABLE_TITLE,
                SRC_AVAILABLE);

  int no = 0, unknown = 0;
  for (int i = 0; i < VF_KVP_CRITERION_COUNT; i++) {
    no += r.criteria[i] == VF_NO;
    unknown += r.criteria[i] == VF_UNKNOWN;
  }
  r.eligible = no ? VF_NO : unknown ? VF_UNKNOWN : VF_YES;
  vfi_trace_step(trace, VFI_M_KVP_ELIGIBLE_TITLE, VF_RULE_KVP_ELIGIBILITY, SRC_29);
  vfi_trace_detailv(trace, VFI_M_KVP_ELIGIBLE_DETAIL, VFI_A_INT(no),
                    VFI_A_INT(VF_KVP_CRITERION_COUNT), VFI_A_INT(unknown));
  vfi_trace_outcome(trace, r.eligible == VF_YES ? VFI_M_OUTCOME_ELIGIBLE : r.eligible == VF_NO
                                                   ? VFI_M_OUTCOME_NOT_ELIGIBLE : VFI_M_OUTCOME_UNKNOWN);
  if ((s = vfi_trace_end(trace, err))) return s;
  *out = r;
  return VF_OK;
}

/* ---- benefit ----
 * One kernel, vfi_kvp_kernel(), serves vf_kvp_benefit_period() (parameters
 * looked up as the period needs them) and the batch (parameters of the month
 * looked up once into a vfi_kvp_month, vfi_kvp_month_init()). Both give the
 * kernel the same values, so a client gets the same result either way. */

static const char *const part_names[VFI_KVP_PART_COUNT] = {
  "g", "kvp.g_factor", "kvp.under25_fraction", "kvp.child_supplement"};

static vf_date from_days(int32_t d) {
  vf_date x = {0, 0, 0};
  vf_date_from_days(d, &x, NULL);
  return x;
}

/* Day number of the first entry of `name` after day `d`; INT32_MAX if none.
 * Scans from the newest entry back, so recent dates cost one or two steps. */
static int32_t next_change(const vf_ctx *ctx, const char *name, int32_t d) {
  int32_t next = INT32_MAX;
  for (size_t i = vf_param_entry_count(ctx, name); i-- > 0;) {
    vf_param_value v;
    if (vf_param_entry(ctx, name, i, &v, NULL) != VF_OK) break;
    int32_t f = vf_date_to_days(v.valid_from);
    if (f <= d) break;
    next = f;
  }
  return next;
}

void vfi_kvp_month_init(vfi_kvp_month *k, const vf_ctx *ctx, int32_t first, int32_t last) {
  memset(k, 0, sizeof *k);
  k->first = first;
  k->last = last;
  for (int id = 0; id < VFI_KVP_PART_COUNT; id++) {
    /* entries of the month: the one in force on `first`, then each change */
    int32_t from[VFI_KVP_MAX_CHANGES];
    int n = 0, fits = 1;
    from[n++] = first;
    for (int32_t d = first; (d = next_change(ctx, part_names[id], d)) <= last;) {
      if (n == VFI_KVP_MAX_CHANGES) { fits = 0; break; }
      from[n++] = d;
    }
    if (!fits) continue; /* n[id] stays 0: the kernel looks this one up itself */
    for (int e = 0; e < n; e++) {
      vfi_kvp_entry *x = &k->part[id][e];
      x->from = from[e];
      x->state = vf_param_get(ctx, part_names[id], from_days(from[e]), &x->v, NULL) ? -1 : 1;
    }
    k->n[id] = n;
  }
  k->full_time.from = first;
  k->full_time.state =
      vf_param_get(ctx, "kvp.full_time_minutes_per_week", from_days(first), &k->full_time.v,
                   NULL) ? -1 : 1;
  /* the daily divisor in force on `last`, as vfi_kvp_kernel() reads it */
  vf_date on = from_days(last);
  k->dpy_cached = 1;
  for (size_t i = vf_param_entry_count(ctx, "kvp.days_per_year"); i-- > 0;) {
    if (vf_param_entry(ctx, "kvp.days_per_year", i, &k->dpy, NULL)) { k->dpy_cached = 0; break; }
    if (vf_date_cmp(k->dpy.valid_from, on) > 0) continue;
    k->dpy_known = k->dpy.known && k->dpy.num > 0;
    break;
  }
}

/* Looks up part parameter `id` on day d and shortens the part so that it ends
 * before the parameter's next change: from the month's table when it covers
 * the part, else from the context. */
static vf_status part_param(const vf_ctx *ctx, const vfi_kvp_month *mc, int id, int32_t d,
                            int32_t *end, vf_param_value *v, vf_trace *t, vf_error *err) {
  if (mc && mc->n[id] && d >= mc->first && *end <= mc->last) {
    int k = mc->n[id] - 1;
    while (k > 0 && mc->part[id][k].from > d) k--;
    const vfi_kvp_entry *e = &mc->part[id][k];
    if (e->state == 1) {
      *v = e->v;
      vfi_trace_param(t, v);
      if (k + 1 < mc->n[id] && mc->part[id][k + 1].from <= *end) *end = mc->part[id][k + 1].from - 1;
      return VF_OK;
    } /* the lookup failed: repeat it below for the message */
  }
  vf_status s = vfi_param(ctx, part_names[id], from_days(d), v, t, err);
  if (s) return s;
  int32_t nc = next_change(ctx, part_names[id], d);
  if (nc <= *end) *end = nc - 1;
  return VF_OK;
}

/* Day number on which someone born on day `birth` turns `years` (1 March for
 * a 29 February birth in a common year, as vf_date_age counts). */
static int32_t birthday(int32_t birth, int years, vf_date *out) {
  vf_date b = from_days(birth);
  vf_date d = {b.year + years, b.month, b.day};
  if (!vf_date_valid(d)) d = (vf_date){b.year + years, 3, 1};
  if (out) *out = d;
  return vf_date_to_days(d);
}

/* Monday-Friday days before day x, counted from a Monday far in the past
 * (1970-01-01 was a Thursday: day -3 is a Monday). */
static int64_t weekdays_before(int32_t x) {
  int64_t k = (int64_t)x + 3 + 7 * 200000; /* non-negative for every vf_date */
  return 5 * (k / 7) + (k % 7 < 5 ? k % 7 : 5);
}

/* Children under 18, born on or before the day, summed over the weekdays of
 * [a, b]: each child counts on the weekdays from its birth to the day before
 * its 18th birthday. */
static int64_t child_weekdays(const vfi_client_in *c, int32_t a, int32_t b) {
  int64_t sum = 0;
  for (size_t i = 0; i < c->nchildren; i++) {
    int32_t lo = c->child[i] > a ? c->child[i] : a;
    int32_t adult = birthday(c->child[i], 18, NULL);
    int32_t hi = adult - 1 < b ? adult - 1 : b;
    if (lo <= hi) sum += weekdays_before(hi + 1) - weekdays_before(lo);
  }
  return sum;
}

/* First day of the full rate: the 25th birthday, or the first of the next
 * month if kvp.full_rate_from_next_month is 1. The setting is read only when
 * the two readings differ for a day of [from, to]. */
static vf_status full_rate_day(const vf_ctx *ctx, int32_t birth, int32_t from, int32_t to,
                               int32_t *first, vf_trace *t, vf_error *err) {
  vf_date b25;
  int32_t d25 = birthday(birth, 25, &b25);
  *first = d25;
  vfi_trace_step(t, VFI_M_KVP_AGE_TITLE, VF_RULE_KVP_BENEFIT, SRC_35);
  if (b25.day == 1) {
    vfi_trace_detailv(t, VFI_M_KVP_AGE_BEFORE, VFI_A_DAYS(d25));
    return VF_OK;
  }
  /* the first of the next month: the day after the last of b25's month */
  int32_t dnext = d25 + (vf_date_days_in_month(b25.year, b25.month) - b25.day) + 1;
  if (to < d25 || from >= dnext) {
    vfi_trace_detailv(t, VFI_M_KVP_AGE_BEFORE, VFI_A_DAYS(d25));
    return VF_OK;
  }
  int next_month;
  vf_status s = vfi_param_bool(ctx, "kvp.full_rate_from_next_month", b25, &next_month, t, err);
  if (s) return s;
  if (next_month) *first = dnext;
  vfi_trace_detailv(t, VFI_M_KVP_AGE_FROM, VFI_A_DAYS(d25), VFI_A_DAYS(*first));
  return VF_OK;
}

static vf_status work_reduction(const vf_ctx *ctx, const vfi_kvp_month *mc, int32_t from,
                                int minutes, vf_money gross, vf_money *out, vf_trace *t,
                                vf_error *err) {
  vfi_trace_step(t, VFI_M_KVP_WORK_REDUCTION_TITLE, VF_RULE_KVP_BENEFIT, SRC_REDUCE);
  vf_param_value full;
  vf_status s;
  if (mc && from == mc->first && mc->full_time.state == 1) {
    full = mc->full_time.v;
    vfi_trace_param(t, &full);
  } else if ((s = vfi_param(ctx, "kvp.full_time_minutes_per_week", from_days(from), &full, t,
                            err))) {
    return s;
  }
  if (minutes > full.num)
    return vfi_fail(err, VF_E_RANGE, 0, "work_minutes_per_week", "work_minutes_per_week: %d is "
                    "more than a full-time programme week (%lld minutes)", minutes,
                    (long long)full.num);
  if ((s = vfi_kvp_work_share(gross, minutes, full.num, out, err))) return s;
  vfi_trace_number(t, minutes, VFI_M_KVP_VALUE_WORK_MINUTES);
  vfi_trace_money(t, gross, VFI_M_KVP_VALUE_GROSS);
  vfi_trace_detailv(t, VFI_M_KVP_WORK_REDUCTION_DETAIL, VFI_A_INT(minutes), VFI_A_INT(full.num));
  vfi_trace_amount(t, *out);
  return VF_OK;
}

/* The daily rate from kvp.days_per_year in force on `to`, if it has a
 * sourced value. Optional: a gap is not an error. */
static vf_status daily_rate(const vf_ctx *ctx, const vfi_kvp_month *mc, int32_t to,
                            vf_kvp_benefit_result *r, vf_trace *t, vf_error *err) {
  vf_param_value dpy;
  vf_status s;
  int known = 0;
  if (mc && to == mc->last && mc->dpy_cached) {
    known = mc->dpy_known;
    dpy = mc->dpy;
  } else {
    vf_date on = from_days(to);
    for (size_t i = vf_param_entry_count(ctx, "kvp.days_per_year"); i-- > 0;) {
      if ((s = vf_param_entry(ctx, "kvp.days_per_year", i, &dpy, err))) return s;
      if (vf_date_cmp(dpy.valid_from, on) > 0) continue;
      known = dpy.known && dpy.num > 0;
      break;
    }
  }
  if (known) {
    vfi_trace_param(t, &dpy);
    r->daily_known = 1;
    if ((s = vf_money_mul_ratio(r->yearly, 1, dpy.num, VF_ROUND_HALF_AWAY, &r->daily, err)))
      return s;
  }
  return VF_OK;
}

vf_status vfi_kvp_kernel(const vf_ctx *ctx, const vfi_kvp_month *mc, const vfi_client_in *c,
                         int32_t from, int32_t to, int work_minutes_per_week,
                         vf_kvp_benefit_result *out, vf_trace *trace, vf_error *err) {
  if (work_minutes_per_week < 0)
    return vfi_fail(err, VF_E_RANGE, 0, "work_minutes_per_week", "work_minutes_per_week: "
                    "negative (%d)", work_minutes_per_week);
  if (c->birth == VF_BATCH_NO_DATE)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "birth_date", "birth_date: not recorded; the "
                    "rate depends on whether the participant is under 25");
  if (c->birth > from) {
    char bs[11], os[11];
    vf_date_format(from_days(c->birth), bs, sizeof bs);
    vf_date_format(from_days(from), os, sizeof os);
    return vfi_fail(err, VF_E_DATE, 0, "birth_date", "birth_date: the client is born %s, after "
                    "the calculation date %s", bs, os);
  }
  if (c->income[VF_INC_WORK] > 0 && work_minutes_per_week == 0)
    return vfi_fail(err, VF_E_INCONSISTENT, 0, "work_minutes_per_week", "work income is "
                    "recorded but work_minutes_per_week is 0: the reduction depends on hours");
  if (trace) {
    char fs[11], ts[11], period[24];
    vf_date_format(from_days(from), fs, sizeof fs);
    vf_date_format(from_days(to), ts, sizeof ts);
    snprintf(period, sizeof period, "%s..%s", fs, ts);
    vfi_trace_begin(trace, ctx, "vf_kvp_benefit_period", period);
  }

  vf_kvp_benefit_result r;
  memset(&r, 0, sizeof r);
  r.from = from_days(from);
  r.to = from_days(to);
  int32_t d = from, last = to, full_from;
  vf_status s;
  if ((s = full_rate_day(ctx, c->birth, d, last, &full_from, trace, err))) return s;
  vf_money trygd_month = c->income[VF_INC_TRYGD];

  while (d <= last) {
    if (r.part_count == VF_KVP_MAX_PARTS)
      return vfi_fail(err, VF_E_RANGE, 0, "to", "the period needs more than %d parts "
                      "(months and rate changes): split it", VF_KVP_MAX_PARTS);
    vf_kvp_part *p = &r.parts[r.part_count];
    vf_date day = from_days(d);
    p->days_in_month = vf_date_days_in_month(day.year, day.month);
    int32_t end = d + (p->days_in_month - day.day);
    if (end > last) end = last;
    p->under25 = d < full_from;
    if (p->under25 && full_from <= end) end = full_from - 1;
    vfi_trace_step(trace, VFI_M_KVP_PART_TITLE, VF_RULE_KVP_BENEFIT, SRC_35);
    vf_param_value g, gf, fr = {0};
    if ((s = part_param(ctx, mc, VFI_KVP_G, d, &end, &g, trace, err)) ||
        (s = part_param(ctx, mc, VFI_KVP_G_FACTOR, d, &end, &gf, trace, err)) ||
        (p->under25 && (s = part_param(ctx, mc, VFI_KVP_UNDER25, d, &end, &fr, trace, err))))
      return s;
    p->g = g.num;
    r.projected |= g.projected | gf.projected | fr.projected;
    int64_t rn = gf.num, rd = gf.den; /* both ratios are user-settable: checked */
    if ((p->under25 && (s = vfi_ratio_product(&gf, &fr, &rn, &rd, err))) ||
        (s = vfi_mul_ratio(g.num, rn, rd, p->under25 ? fr.name : gf.name,
                           p->under25 ? "g × kvp.g_factor × kvp.under25_fraction"
                                      : "g × kvp.g_factor", &p->yearly, err)))
      return s;
    /* child supplement: the rate is read only when a child counts in the part */
    int64_t cdays = child_weekdays(c, d, end);
    vf_money csup = 0;
    if (cdays > 0) {
      vf_param_value cs;
      int32_t e2 = end;
      if ((s = part_param(ctx, mc, VFI_KVP_CHILD, d, &e2, &cs, trace, err))) return s;
      if (e2 < end) { end = e2; cdays = child_weekdays(c, d, end); }
      r.projected |= cs.projected;
      if ((s = vfi_mul_ratio(cs.num, cdays, 1, cs.name, "kvp.child_supplement × child-weekdays",
                             &csup, err)))
        return s;
    }
    p->from = day;
    p->to = end == last ? r.to : from_days(end);
    p->days = (int)(end - d + 1);
    /* An assumption, not a sourced rule (docs/rules.md, "Part months"): by
     * calendar days, yearly x days / (12 x days in the month); or by a
     * 260-day year, yearly x weekdays / 260 (5 days a week). */
    int by_weekdays = 0;
    int64_t wdays = weekdays_before(end + 1) - weekdays_before(d);
    if ((s = vfi_param_bool(ctx, "kvp.part_month_by_weekdays", day, &by_weekdays, trace, err)))
      return s;
    if (by_weekdays) s = vf_money_mul_ratio(p->yearly, wdays, 260, VF_ROUND_HALF_AWAY, &p->amount, err);
    else s = vf_money_mul_ratio(p->yearly, p->days, 12 * (int64_t)p->days_in_month,
                                VF_ROUND_HALF_AWAY, &p->amount, err);
    if (s) return s;
    vf_money trygd_part;
    if ((s = vf_money_mul_ratio(trygd_month, p->days, p->days_in_month, VF_ROUND_HALF_AWAY,
                                &trygd_part, err)) ||
        (s = vfi_add(r.base, p->amount, &r.base, "benefit", err)) ||
        (s = vfi_add(r.child_supplement, csup, &r.child_supplement, "child supplement", err)) ||
        (s = vfi_add(r.trygd, trygd_part, &r.trygd, "trygd", err)))
      return s;
    r.child_days += cdays;
    if (by_weekdays)
      vfi_trace_detailv(trace, p->under25 ? VFI_M_KVP_PART_WEEKDAYS_UNDER25 : VFI_M_KVP_PART_WEEKDAYS_FULL,
                        VFI_A_DATE(p->from), VFI_A_DATE(p->to), VFI_A_INT(wdays));
    else
      vfi_trace_detailv(trace, p->under25 ? VFI_M_KVP_PART_DAYS_UNDER25 : VFI_M_KVP_PART_DAYS_FULL,
                        VFI_A_DATE(p->from), VFI_A_DATE(p->to), VFI_A_INT(p->days),
                        VFI_A_INT(p->days_in_month));
    vfi_trace_money(trace, p->yearly, VFI_M_KVP_VALUE_YEARLY_RATE);
    vfi_trace_number(trace, p->days, VFI_M_KVP_VALUE_DAYS);
    vfi_trace_number(trace, p->days_in_month, VFI_M_KVP_VALUE_DAYS_IN_MONTH);
    if (by_weekdays) vfi_trace_number(trace, wdays, VFI_M_KVP_VALUE_WEEKDAYS);
    if (cdays) {
      vfi_trace_number(trace, cdays, VFI_M_KVP_VALUE_CHILD_WEEKDAYS);
      vfi_trace_money(trace, csup, VFI_M_KVP_VALUE_CHILD_SUPPLEMENT);
    }
    if (trygd_month) vfi_trace_money(trace, trygd_part, VFI_M_KVP_VALUE_TRYGD_PART);
    vfi_trace_amount(trace, p->amount);
    r.part_count++;
    d = end + 1;
  }

  vfi_trace_step(trace, VFI_M_KVP_RATES_TITLE, VF_RULE_KVP_BENEFIT, SRC_35);
  r.yearly = r.parts[r.part_count - 1].yearly;
  if ((s = vf_money_mul_ratio(r.yearly, 1, 12, VF_ROUND_HALF_AWAY, &r.monthly, err))) return s;
  if ((s = daily_rate(ctx, mc, to, &r, trace, err))) return s;
  vfi_trace_money(trace, r.yearly, VFI_M_KVP_VALUE_YEARLY);
  vfi_trace_money(trace, r.monthly, VFI_M_KVP_VALUE_MONTHLY);
  if (r.daily_known) vfi_trace_money(trace, r.daily, VFI_M_KVP_VALUE_DAILY);
  vfi_trace_detail(trace, r.daily_known ? VFI_M_KVP_RATES_DAILY : VFI_M_KVP_RATES_NO_DAILY);

  vf_money gross;
  if ((s = vfi_kvp_gross(r.base, r.child_supplement, &gross, err))) return s;
  if (r.child_days) {
    vfi_trace_step(trace, VFI_M_KVP_CHILD_SUPPLEMENT_TITLE, VF_RULE_KVP_BENEFIT, SRC_CHILD);
    vfi_trace_number(trace, r.child_days, VFI_M_KVP_VALUE_CHILD_DAYS);
    vfi_trace_detail(trace, VFI_M_KVP_CHILD_SUPPLEMENT_DETAIL);
    vfi_trace_amount(trace, r.child_supplement);
  }
  if (work_minutes_per_week > 0 &&
      (s = work_reduction(ctx, mc, from, work_minutes_per_week, gross, &r.work_reduction, trace,
                          err)))
    return s;
  if (r.trygd) {
    vfi_trace_step(trace, VFI_M_KVP_TRYGD_REDUCTION_TITLE, VF_RULE_KVP_BENEFIT, SRC_REDUCE);
    vfi_trace_money(trace, trygd_month, VFI_M_KVP_VALUE_TRYGD_MONTH);
    vfi_trace_detail(trace, VFI_M_KVP_TRYGD_REDUCTION_DETAIL);
    vfi_trace_amount(trace, r.trygd);
  }
  if ((s = vfi_kvp_net(gross, r.work_reduction, r.trygd, &r.amount, err))) return s;
  vfi_trace_step(trace, VFI_M_KVP_RESULT_TITLE, VF_RULE_KVP_BENEFIT, SRC_35);
  vfi_trace_money(trace, r.base, VFI_M_KVP_VALUE_BENEFIT);
  vfi_trace_money(trace, r.child_supplement, VFI_M_KVP_VALUE_CHILD_SUPPLEMENT);
  vfi_trace_money(trace, r.work_reduction, VFI_M_KVP_VALUE_WORK_REDUCTION);
  vfi_trace_money(trace, r.trygd, VFI_M_KVP_VALUE_TRYGD_REDUCTION);
  vfi_trace_detail(trace, VFI_M_KVP_RESULT_DETAIL);
  vfi_trace_amount(trace, r.amount);
  if ((s = vfi_trace_end(trace, err))) return s;
  *out = r;
  return VF_OK;
}

vf_status vf_kvp_benefit_period(const vf_ctx *ctx, const vf_client *client, vf_date from,
                                vf_date to, int work_minutes_per_week,
                                vf_kvp_benefit_result *out, vf_trace *trace, vf_error *err) {
  vf_trace_clear(trace); /* an early error leaves no stale steps */
  if (!ctx || !client || !out)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "ctx, client or out is NULL");
  if (!vf_date_valid(from)) return vfi_fail(err, VF_E_DATE, 0, "from", "from: invalid date");
  if (!vf_date_valid(to)) return vfi_fail(err, VF_E_DATE, 0, "to", "to: invalid date");
  if (vf_date_cmp(to, from) < 0) {
    char fs[11], ts[11];
    vf_date_format(from, fs, sizeof fs);
    vf_date_format(to, ts, sizeof ts);
    return vfi_fail(err, VF_E_DATE, 0, "to", "to: %s is before from %s", ts, fs);
  }
  vfi_client_in in;
  int32_t child_days[VF_MAX_CHILDREN];
  vfi_client_in_from(&in, client, child_days);
  return vfi_kvp_kernel(ctx, NULL, &in, vf_date_to_days(from), vf_date_to_days(to),
                        work_minutes_per_week, out, trace, err);
}

vf_status vf_kvp_benefit_month(const vf_ctx *ctx, const vf_client *client, int year, int month,
                               int work_minutes_per_week, vf_kvp_benefit_result *out,
                               vf_trace *trace, vf_error *err) {
  vf_date from, to;
  vf_status s = vf_date_make(year, month, 1, &from, err);
  if (s) return s;
  if ((s = vf_date_make(year, month, vf_date_days_in_month(year, month), &to, err))) return s;
  return vf_kvp_benefit_period(ctx, client, from, to, work_minutes_per_week, out, trace, err);
}
