/* The activity duty for recipients under 30 (sosialtjenesteloven § 20 a), as
 * one rule that the KOSTRA check (lib/kostra) and the indicators
 * (lib/indicators) both call. Not installed; docs/rules.md and
 * docs/indicators.md describe it. */
#ifndef VELFERD_ACTIVITY_DUTY_H
#define VELFERD_ACTIVITY_DUTY_H

#include "core/internal.h"

/* The rule's legal source, as the check and the docs cite it. */
#define VFI_DUTY_SOURCE                                                                      \
  "sosialtjenesteloven § 20 a (in force 1 January 2017; Prop. 13 L (2016-2017), "           \
  "Innst. 111 L (2016-2017); rundskriv til sosialtjenesteloven, hovednummer 35, § 20 a)"
/* The law as a finding's message cites it, and the check's rule id (velferd's
 * own: SSB's control programme has no such rule). */
#define VFI_DUTY_LAW "sosialtjenesteloven § 20 a"
#define VFI_DUTY_RULE "V20A"
/* The day § 20 a came into force. */
#define VFI_DUTY_IN_FORCE ((vf_date){2017, 1, 1})
/* The age from which the duty no longer applies. */
#define VFI_DUTY_AGE 30

/* Outcome of the rule for one recipient in one period. */
typedef enum vfi_duty {
  VFI_DUTY_NOT_APPLICABLE = 0, /* 30 or older, period before 2017, or birth date unknown */
  VFI_DUTY_MET = 1,            /* conditions set (VILKARSOSLOV 1) */
  VFI_DUTY_EXCEPTED = 2,       /* no conditions, an exemption with date and grounds recorded */
  VFI_DUTY_NOT_RECORDED = 3    /* under 30 and neither */
} vfi_duty;

/* Exemption grounds, as bits (11F VEDTAKARB 01, VEDTAKAKT 02, VEDTAKHELSE 03,
 * VEDTAKGRUNN 04: bit code - 1). */
enum { VFI_GROUNDS_ALL = 0x0F };

/* The rule. @p birth: birth date (invalid = unknown); @p first_day: first day
 * of the first month with assistance in the period; @p conditions: 1 set, 2
 * not set, 0 unknown (counts as not set: the duty is met only when the
 * conditions are recorded); @p exemption: decision date of the exemption
 * (invalid = none); @p grounds: its grounds (bits above). Under 30 means
 * under 30 on @p first_day, the first time in the period the duty applied. */
static inline vfi_duty vfi_activity_duty(vf_date birth, vf_date first_day, int conditions,
                                         vf_date exemption, unsigned grounds) {
  int age;
  if (!vf_date_valid(birth) || !vf_date_valid(first_day) ||
      vf_date_cmp(first_day, VFI_DUTY_IN_FORCE) < 0 ||
      vf_date_age(birth, first_day, &age, NULL) || age >= VFI_DUTY_AGE)
    return VFI_DUTY_NOT_APPLICABLE;
  if (conditions == 1) return VFI_DUTY_MET;
  if (vf_date_valid(exemption) && (grounds & VFI_GROUNDS_ALL)) return VFI_DUTY_EXCEPTED;
  return VFI_DUTY_NOT_RECORDED;
}

/* Stable names of the outcomes ("not_applicable", "met", "excepted", "not_recorded"). */
const char *vfi_duty_name(vfi_duty d);

#endif
