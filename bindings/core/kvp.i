/* Qualification programme (rules.h; the C members from/to are named
 * first_day/last_day here, as "from" is a keyword in Python), sosialtjenesteloven § 29-35): the result
 * structs hold dates and fixed arrays, so they are copied into flat binding
 * structs (dates packed) with accessors for the criteria and the parts. */

%ignore vf_kvp_eligibility_result;
%ignore vf_kvp_part;
%ignore vf_kvp_benefit_result;
%ignore VF_KVP_CRITERION_COUNT;
%rename(KvpEligibility) vfb_kvp_elig;
%rename(KvpPart) vfb_kvp_part;
%rename(KvpBenefit) vfb_kvp_benefit;
%nodefaultctor vfb_kvp_elig;
%nodefaultctor vfb_kvp_part;
%nodefaultctor vfb_kvp_benefit;

%{
typedef struct vfb_kvp_elig {
  vf_tristate eligible;
  int age;
  vf_tristate criteria[VF_KVP_CRITERION_COUNT];
} vfb_kvp_elig;
typedef struct vfb_kvp_part {
  vfb_ymd_t first_day, last_day;
  int days, days_in_month;
  vf_money g;
  int under25;
  vf_money yearly, amount;
} vfb_kvp_part;
typedef struct vfb_kvp_benefit {
  vfb_ymd_t first_day, last_day;
  size_t part_count;
  vf_money yearly, monthly;
  int daily_known;
  vf_money daily, base;
  int64_t child_days;
  vf_money child_supplement, work_reduction, trygd, amount;
  int projected; /* used a projected (not enacted) parameter value */
  vfb_kvp_part parts[VF_KVP_MAX_PARTS];
} vfb_kvp_benefit;

static vfb_kvp_benefit vfb_kvp_copy(const vf_kvp_benefit_result *r) {
  vfb_kvp_benefit b;
  size_t i;
  memset(&b, 0, sizeof b);
  b.first_day = vfb_ymd(r->from); b.last_day = vfb_ymd(r->to); b.part_count = r->part_count;
  b.yearly = r->yearly; b.monthly = r->monthly; b.daily_known = r->daily_known;
  b.daily = r->daily; b.base = r->base; b.child_days = r->child_days;
  b.child_supplement = r->child_supplement; b.work_reduction = r->work_reduction;
  b.trygd = r->trygd; b.amount = r->amount; b.projected = r->projected;
  for (i = 0; i < r->part_count && i < VF_KVP_MAX_PARTS; i++) {
    const vf_kvp_part *p = &r->parts[i];
    b.parts[i].first_day = vfb_ymd(p->from); b.parts[i].last_day = vfb_ymd(p->to);
    b.parts[i].days = p->days; b.parts[i].days_in_month = p->days_in_month;
    b.parts[i].g = p->g; b.parts[i].under25 = p->under25;
    b.parts[i].yearly = p->yearly; b.parts[i].amount = p->amount;
  }
  return b;
}
%}

%immutable;
typedef struct {
  vf_tristate eligible;
  int age;
} vfb_kvp_elig;
typedef struct {
  vfb_ymd_t first_day, last_day;
  int days, days_in_month;
  vf_money g;
  int under25;
  vf_money yearly, amount;
} vfb_kvp_part;
typedef struct {
  vfb_ymd_t first_day, last_day;
  size_t part_count;
  vf_money yearly, monthly;
  int daily_known;
  vf_money daily, base;
  int64_t child_days;
  vf_money child_supplement, work_reduction, trygd, amount;
  int projected;
} vfb_kvp_benefit;
%mutable;

%extend vfb_kvp_elig {
  /** Outcome of one criterion. */
  vf_tristate criterion(vf_kvp_criterion c, vf_error *err) {
    if ((int)c < 0 || (int)c >= VF_KVP_CRITERION_COUNT) {
      vfb_fail(err, VF_E_UNKNOWN_CODE, "criterion", "unknown KVP criterion");
      return VF_UNKNOWN;
    }
    return $self->criteria[c];
  }
}
%extend vfb_kvp_benefit {
  /** Part `index` of the period (0 .. part_count-1). */
  vfb_kvp_part part(size_t index, vf_error *err) {
    vfb_kvp_part p;
    memset(&p, 0, sizeof p);
    if (index >= $self->part_count) {
      vfb_fail(err, VF_E_RANGE, "index", "part index out of range");
      return p;
    }
    return $self->parts[index];
  }
}

%inline %{
static const char *kvp_criterion_name(vf_kvp_criterion c) { return vf_kvp_criterion_name(c); }
/** Eligibility for the qualification programme on `on` (§ 29). */
static vfb_kvp_elig kvp_eligibility(const vfb_ctx *ctx, const vfb_client *client, vfb_ymd_t on,
                                    vfb_trace *trace, vf_error *err) {
  vf_kvp_eligibility_result r;
  vfb_kvp_elig o;
  int i;
  memset(&o, 0, sizeof o);
  if (vf_kvp_eligibility(ctx, client, vfb_date(on), &r, trace, err) != VF_OK) {
    vfb_check(err->status, err);
    return o;
  }
  o.eligible = r.eligible;
  o.age = r.age;
  for (i = 0; i < VF_KVP_CRITERION_COUNT; i++) o.criteria[i] = r.criteria[i];
  return o;
}
/** Qualification benefit for the period from..to (inclusive). */
static vfb_kvp_benefit kvp_benefit_period(const vfb_ctx *ctx, const vfb_client *client,
                                          vfb_ymd_t from, vfb_ymd_t to, int work_minutes_per_week,
                                          vfb_trace *trace, vf_error *err) {
  vf_kvp_benefit_result r;
  memset(&r, 0, sizeof r);
  vfb_check(vf_kvp_benefit_period(ctx, client, vfb_date(from), vfb_date(to),
                                  work_minutes_per_week, &r, trace, err), err);
  return vfb_kvp_copy(&r);
}
/** Qualification benefit for calendar month year-month. */
static vfb_kvp_benefit kvp_benefit_month(const vfb_ctx *ctx, const vfb_client *client, int year,
                                         int month, int work_minutes_per_week, vfb_trace *trace,
                                         vf_error *err) {
  vf_kvp_benefit_result r;
  memset(&r, 0, sizeof r);
  vfb_check(vf_kvp_benefit_month(ctx, client, year, month, work_minutes_per_week, &r, trace,
                                 err), err);
  return vfb_kvp_copy(&r);
}
%}
