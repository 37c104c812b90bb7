/* Classifications used by the indicators (definitions in docs/indicators.md). */
#include "core/internal.h"

int vf_age_at_year_end(vf_date birth, int year) {
  int age;
  if (vf_date_age(birth, (vf_date){year, 12, 31}, &age, NULL)) return -1;
  return age;
}

vf_age_group vf_classify_age(int age) {
  if (age < 0) return VF_AGE_UNKNOWN;
  if (age < 18) return VF_AGE_UNDER_18;
  if (age <= 24) return VF_AGE_18_24;
  if (age <= 29) return VF_AGE_25_29;
  if (age <= 39) return VF_AGE_30_39;
  if (age <= 49) return VF_AGE_40_49;
  if (age <= 59) return VF_AGE_50_59;
  if (age <= 66) return VF_AGE_60_66;
  return VF_AGE_67_PLUS;
}

int vf_classify_young(int age) { return age >= 18 && age <= 24; }

vf_provider_status vf_classify_provider(size_t children) {
  return children >= 5 ? VF_PROVIDER_5_PLUS : (vf_provider_status)children;
}

vf_income_category vf_classify_income(vf_main_income income) {
  switch (income) {
  case VF_INCOME_SRC_WORK: return VF_INCOME_CAT_WORK;
  case VF_INCOME_SRC_TRYGD: return VF_INCOME_CAT_TRYGD;
  case VF_INCOME_SRC_SOCIAL_ASSISTANCE: return VF_INCOME_CAT_SOCIAL_ASSISTANCE;
  case VF_INCOME_SRC_COURSE_WAGE_SUBSIDY:
  case VF_INCOME_SRC_INTRODUCTION:
  case VF_INCOME_SRC_QUALIFICATION: return VF_INCOME_CAT_PROGRAMME;
  case VF_INCOME_SRC_STUDENT:
  case VF_INCOME_SRC_SPOUSE:
  case VF_INCOME_SRC_OTHER: return VF_INCOME_CAT_OTHER;
  case VF_INCOME_SRC_UNKNOWN: break;
  }
  return VF_INCOME_CAT_UNKNOWN;
}

int vf_months_count(vf_month_mask months) {
  int n = 0;
  for (unsigned m = months & 0xFFFu; m; m &= m - 1) n++;
  return n;
}

int vf_months_longest_run(vf_month_mask months) {
  int best = 0, run = 0;
  for (int i = 0; i < 12; i++) {
    run = (months >> i) & 1u ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

int vf_classify_long_term(vf_month_mask months) {
  return vf_months_count(months) >= VF_LONG_TERM_MONTHS;
}

int vf_classify_long_term_continuous(vf_month_mask months) {
  return vf_months_longest_run(months) >= VF_LONG_TERM_MONTHS;
}
