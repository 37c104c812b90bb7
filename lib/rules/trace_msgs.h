/* The message ids of traces (issue 17): each step's title, each detail and
 * value label, the outcomes, household terms and the text frame. The texts
 * are data: data/labels/trace.csv, key "trace.<id>", columns en and nb.
 * Adding a message: a line here and a row there (docs/labels.md);
 * tests/test_trace_lang.c fails if a message of this list has no text.
 * Not installed. */
#ifndef VELFERD_TRACE_MSGS_H
#define VELFERD_TRACE_MSGS_H

#define VFI_TRACE_MSGS(X) \
  X(ASSISTANCE_HOUSEHOLD_TITLE, "assistance.household.title") \
  X(ASSISTANCE_NORM_TITLE, "assistance.norm.title") \
  X(ASSISTANCE_HOUSING_TITLE, "assistance.housing.title") \
  X(ASSISTANCE_INCOME_TITLE, "assistance.income.title") \
  X(ASSISTANCE_ORDINARY_TITLE, "assistance.ordinary.title") \
  X(RULE80_CHECK_TITLE, "rule80.check.title") \
  X(RULE80_MINIMUM_TITLE, "rule80.minimum.title") \
  X(RULE80_SUPPLEMENT_TITLE, "rule80.supplement.title") \
  X(ASSISTANCE_RESULT_TITLE, "assistance.result.title") \
  X(KVP_WORKING_AGE_TITLE, "kvp.working_age.title") \
  X(KVP_REDUCED_CAPACITY_TITLE, "kvp.reduced_capacity.title") \
  X(KVP_LIMITED_FOLKETRYGD_TITLE, "kvp.limited_folketrygd.title") \
  X(KVP_WORK_ASSESSMENT_TITLE, "kvp.work_assessment.title") \
  X(KVP_PROGRAMME_AVAILABLE_TITLE, "kvp.programme_available.title") \
  X(KVP_ELIGIBLE_TITLE, "kvp.eligible.title") \
  X(KVP_AGE_TITLE, "kvp.age.title") \
  X(KVP_PART_TITLE, "kvp.part.title") \
  X(KVP_RATES_TITLE, "kvp.rates.title") \
  X(KVP_CHILD_SUPPLEMENT_TITLE, "kvp.child_supplement.title") \
  X(KVP_WORK_REDUCTION_TITLE, "kvp.work_reduction.title") \
  X(KVP_TRYGD_REDUCTION_TITLE, "kvp.trygd_reduction.title") \
  X(KVP_RESULT_TITLE, "kvp.result.title") \
  X(ASSISTANCE_HOUSEHOLD_PARTNER_YES, "assistance.household.partner_yes") \
  X(ASSISTANCE_HOUSEHOLD_PARTNER_NO, "assistance.household.partner_no") \
  X(ASSISTANCE_HOUSEHOLD_CIVIL_COUPLE, "assistance.household.civil_couple") \
  X(ASSISTANCE_HOUSEHOLD_CIVIL_SINGLE, "assistance.household.civil_single") \
  X(HOUSEHOLD_SINGLE, "household.single") \
  X(HOUSEHOLD_COUPLE, "household.couple") \
  X(HOUSEHOLD_SHARING, "household.sharing") \
  X(ASSISTANCE_VALUE_CHILD_AGE_ON, "assistance.value.child_age_on") \
  X(ASSISTANCE_VALUE_ADULTS, "assistance.value.adults") \
  X(ASSISTANCE_VALUE_CHILD, "assistance.value.child") \
  X(ASSISTANCE_NORM_OWN, "assistance.norm.own") \
  X(ASSISTANCE_NORM_GUIDELINE, "assistance.norm.guideline") \
  X(ASSISTANCE_VALUE_RENT, "assistance.value.rent") \
  X(ASSISTANCE_VALUE_RENT_CAP, "assistance.value.rent_cap") \
  X(ASSISTANCE_VALUE_RENT_COUNTED, "assistance.value.rent_counted") \
  X(ASSISTANCE_VALUE_ELECTRICITY, "assistance.value.electricity") \
  X(ASSISTANCE_VALUE_OTHER_HOUSING, "assistance.value.other_housing") \
  X(ASSISTANCE_HOUSING_CAPPED, "assistance.housing.capped") \
  X(ASSISTANCE_HOUSING_UNCAPPED, "assistance.housing.uncapped") \
  X(ASSISTANCE_VALUE_INCOME, "assistance.value.income") \
  X(ASSISTANCE_VALUE_INCOME_NOT_COUNTED, "assistance.value.income_not_counted") \
  X(ASSISTANCE_INCOME_DETAIL, "assistance.income.detail") \
  X(ASSISTANCE_VALUE_NORM, "assistance.value.norm") \
  X(ASSISTANCE_VALUE_HOUSING, "assistance.value.housing") \
  X(ASSISTANCE_VALUE_INCOME_COUNTED, "assistance.value.income_counted") \
  X(ASSISTANCE_ORDINARY_DETAIL, "assistance.ordinary.detail") \
  X(ASSISTANCE_ORDINARY_BELOW_ZERO, "assistance.ordinary.below_zero") \
  X(RULE80_CHECK_OFF, "rule80.check.off") \
  X(RULE80_CHECK_PERMANENT, "rule80.check.permanent") \
  X(RULE80_CHECK_NOT_PERMANENT, "rule80.check.not_permanent") \
  X(RULE80_VALUE_LEVEL_SINGLE, "rule80.value.level_single") \
  X(RULE80_VALUE_LEVEL_COUPLE, "rule80.value.level_couple") \
  X(RULE80_MINIMUM_DETAIL, "rule80.minimum.detail") \
  X(RULE80_VALUE_MINIMUM, "rule80.value.minimum") \
  X(RULE80_VALUE_RENT, "rule80.value.rent") \
  X(RULE80_SUPPLEMENT_DETAIL, "rule80.supplement.detail") \
  X(ASSISTANCE_RESULT_RULE80_MORE, "assistance.result.rule80_more") \
  X(ASSISTANCE_RESULT_ORDINARY_MORE, "assistance.result.ordinary_more") \
  X(ASSISTANCE_RESULT_ORDINARY, "assistance.result.ordinary") \
  X(KVP_WORKING_AGE_NO_BIRTH, "kvp.working_age.no_birth") \
  X(KVP_WORKING_AGE_RANGE, "kvp.working_age.range") \
  X(KVP_VALUE_AGE_ON, "kvp.value.age_on") \
  X(KVP_FACT, "kvp.fact") \
  X(KVP_ELIGIBLE_DETAIL, "kvp.eligible.detail") \
  X(KVP_AGE_BEFORE, "kvp.age.before") \
  X(KVP_AGE_FROM, "kvp.age.from") \
  X(KVP_PART_WEEKDAYS_UNDER25, "kvp.part.weekdays_under25") \
  X(KVP_PART_WEEKDAYS_FULL, "kvp.part.weekdays_full") \
  X(KVP_PART_DAYS_UNDER25, "kvp.part.days_under25") \
  X(KVP_PART_DAYS_FULL, "kvp.part.days_full") \
  X(KVP_VALUE_YEARLY_RATE, "kvp.value.yearly_rate") \
  X(KVP_VALUE_DAYS, "kvp.value.days") \
  X(KVP_VALUE_DAYS_IN_MONTH, "kvp.value.days_in_month") \
  X(KVP_VALUE_WEEKDAYS, "kvp.value.weekdays") \
  X(KVP_VALUE_CHILD_WEEKDAYS, "kvp.value.child_weekdays") \
  X(KVP_VALUE_CHILD_SUPPLEMENT, "kvp.value.child_supplement") \
  X(KVP_VALUE_TRYGD_PART, "kvp.value.trygd_part") \
  X(KVP_VALUE_YEARLY, "kvp.value.yearly") \
  X(KVP_VALUE_MONTHLY, "kvp.value.monthly") \
  X(KVP_VALUE_DAILY, "kvp.value.daily") \
  X(KVP_RATES_DAILY, "kvp.rates.daily") \
  X(KVP_RATES_NO_DAILY, "kvp.rates.no_daily") \
  X(KVP_VALUE_CHILD_DAYS, "kvp.value.child_days") \
  X(KVP_CHILD_SUPPLEMENT_DETAIL, "kvp.child_supplement.detail") \
  X(KVP_VALUE_WORK_MINUTES, "kvp.value.work_minutes") \
  X(KVP_VALUE_GROSS, "kvp.value.gross") \
  X(KVP_WORK_REDUCTION_DETAIL, "kvp.work_reduction.detail") \
  X(KVP_VALUE_TRYGD_MONTH, "kvp.value.trygd_month") \
  X(KVP_TRYGD_REDUCTION_DETAIL, "kvp.trygd_reduction.detail") \
  X(KVP_VALUE_BENEFIT, "kvp.value.benefit") \
  X(KVP_VALUE_WORK_REDUCTION, "kvp.value.work_reduction") \
  X(KVP_VALUE_TRYGD_REDUCTION, "kvp.value.trygd_reduction") \
  X(KVP_RESULT_DETAIL, "kvp.result.detail") \
  X(OUTCOME_MET, "outcome.met") \
  X(OUTCOME_NOT_MET, "outcome.not_met") \
  X(OUTCOME_UNKNOWN, "outcome.unknown") \
  X(OUTCOME_APPLIED, "outcome.applied") \
  X(OUTCOME_NOT_APPLIED, "outcome.not_applied") \
  X(OUTCOME_ELIGIBLE, "outcome.eligible") \
  X(OUTCOME_NOT_ELIGIBLE, "outcome.not_eligible") \
  X(FRAME_CALCULATION, "frame.calculation") \
  X(FRAME_RUN, "frame.run") \
  X(FRAME_KNOWN_ON, "frame.known_on") \
  X(FRAME_PROJECTED, "frame.projected") \
  X(FRAME_PARAM, "frame.param") \
  X(FRAME_PARAM_DECIDED, "frame.param_decided") \
  X(FRAME_SOURCE, "frame.source")

enum {
#define VFI_M_ENUM_(e, id) VFI_M_##e,
  VFI_TRACE_MSGS(VFI_M_ENUM_)
#undef VFI_M_ENUM_
  VFI_M_COUNT
};

/* Message ids by enum value. */
extern const char *const vfi_trace_msg_ids[VFI_M_COUNT];

#endif
