/* Parameters of a month for the rule kernels (rules_month.h). */
#include "rules/rules_month.h"

#include <string.h>

static const char *const names[VFI_P_COUNT] = {
  "municipal.own_norm",
  "guideline.single", "guideline.couple", "guideline.sharing",
  "guideline.child_0_5", "guideline.child_6_10", "guideline.child_11_17",
  "municipal.norm.single", "municipal.norm.couple", "municipal.norm.sharing",
  "municipal.norm.child_0_5", "municipal.norm.child_6_10", "municipal.norm.child_11_17",
  "municipal.rent_cap.enabled", "municipal.rent_cap.single", "municipal.rent_cap.couple",
  "municipal.rent_cap.per_child",
  "assistance.child_benefit_exempt",
  "rule80.enabled", "rule80.fraction", "minimum_pension.single", "minimum_pension.couple",
  "rule80.permanent.unknown", "rule80.permanent.sickness", "rule80.permanent.unemployment",
  "rule80.permanent.rehabilitation", "rule80.permanent.disability",
  "rule80.permanent.transitional", "rule80.permanent.survivor", "rule80.permanent.old_age",
  "rule80.permanent.medical_rehab", "rule80.permanent.supplementary", "rule80.permanent.other",
  "rule80.permanent.work_assessment", "rule80.permanent.none", "rule80.permanent.child_benefit"};

vf_status vfi_month_init(vfi_month *m, const vf_ctx *ctx, int year, int month, vf_error *err) {
  vf_date on;
  vf_status s = vf_date_make(year, month, 1, &on, err);
  if (s) return s;
  m->ctx = ctx;
  m->on = on;
  m->on_days = vf_date_to_days(on);
  /* Age in whole years reaches k on the k-th birthday: born on or before
   * (year - k, month, 1), always a real date since the day is 1. */
  m->age6 = vf_date_to_days((vf_date){year - 6, month, 1});
  m->age11 = vf_date_to_days((vf_date){year - 11, month, 1});
  m->age18 = vf_date_to_days((vf_date){year - 18, month, 1});
  for (int i = 0; i < VFI_P_COUNT; i++) m->slot[i].state = 0;
  m->r80_known[0] = m->r80_known[1] = 0;
  m->projected = 0;
  return VF_OK;
}

static _Thread_local struct {
  const vf_ctx *ctx;
  uint64_t serial;
  int year, month, valid;
  vfi_month m;
} shared;

vf_status vfi_month_shared(vfi_month **out, const vf_ctx *ctx, int year, int month,
                           vf_error *err) {
  uint64_t serial = vfi_ctx_serial(ctx);
  if (!shared.valid || shared.ctx != ctx || shared.serial != serial || shared.year != year ||
      shared.month != month) {
    shared.valid = 0;
    vf_status s = vfi_month_init(&shared.m, ctx, year, month, err);
    if (s) return s;
    shared.ctx = ctx;
    shared.serial = serial;
    shared.year = year;
    shared.month = month;
    shared.valid = 1;
  }
  *out = &shared.m;
  return VF_OK;
}

static void resolve(vfi_month *m, int id) {
  vfi_slot *s = &m->slot[id];
  s->state = vf_param_get(m->ctx, names[id], m->on, &s->v, NULL) ? -1 : 1;
}

void vfi_month_resolve_all(vfi_month *m) {
  for (int i = 0; i < VFI_P_COUNT; i++)
    if (!m->slot[i].state) resolve(m, i);
}

vf_status vfi_month_slow(vfi_month *m, int id, vf_trace *t, vf_error *err) {
  vfi_slot *s = &m->slot[id];
  if (!s->state) resolve(m, id);
  if (s->state > 0) return VF_OK;
  vf_param_value tmp; /* the lookup failed: repeat it for the message */
  return vfi_param(m->ctx, names[id], m->on, &tmp, t, err);
}

vf_status vfi_month_not_bool(const vf_param_value *v, vf_error *err) {
  return vfi_fail(err, VF_E_INVALID_ARG, 0, v->name, "parameter '%s' is a %s, not a bool",
                  v->name, vf_unit_name(v->unit));
}

void vfi_client_in_from(vfi_client_in *in, const vf_client *c, int32_t *child_days) {
  vf_date b = vf_client_birth_date(c);
  in->birth = b.year ? vf_date_to_days(b) : VF_BATCH_NO_DATE;
  in->partner = vf_client_fact(c, VF_FACT_LIVES_WITH_PARTNER);
  in->shares = vf_client_fact(c, VF_FACT_SHARES_HOME);
  in->civil = vf_client_civil_status(c);
  in->trygd = vf_client_trygd(c);
  for (int k = 0; k < VF_INC_KIND_COUNT; k++) in->income[k] = vf_client_income(c, (vf_income_kind)k);
  for (int k = 0; k < VF_HOUSING_KIND_COUNT; k++)
    in->housing[k] = vf_client_housing(c, (vf_housing_kind)k);
  in->nchildren = vf_client_child_count(c);
  for (size_t i = 0; i < in->nchildren; i++) {
    vf_date d = {0, 0, 0};
    vf_client_child_birth(c, i, &d, NULL);
    child_days[i] = vf_date_to_days(d);
  }
  in->child = child_days;
}

vf_status vfi_born_after(int32_t birth, const vfi_month *m, vf_error *err) {
  if (!err) return VF_E_DATE; /* no message wanted: no dates to format */
  char bs[11], os[11];
  vf_date b = {0, 0, 0};
  vf_date_from_days(birth, &b, NULL);
  vf_date_format(b, bs, sizeof bs);
  vf_date_format(m->on, os, sizeof os);
  return vfi_fail(err, VF_E_DATE, 0, "birth_date", "birth_date: the client is born %s, after "
                  "the calculation date %s", bs, os);
}
