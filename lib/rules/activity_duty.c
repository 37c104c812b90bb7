/* Names of the activity duty's outcomes (the rule itself is inline in
 * activity_duty.h, so the check and the indicators run the same code). */
#include "rules/activity_duty.h"

const char *vfi_duty_name(vfi_duty d) {
  switch (d) {
  case VFI_DUTY_NOT_APPLICABLE: return "not_applicable";
  case VFI_DUTY_MET: return "met";
  case VFI_DUTY_EXCEPTED: return "excepted";
  case VFI_DUTY_NOT_RECORDED: return "not_recorded";
  }
  return "?";
}
