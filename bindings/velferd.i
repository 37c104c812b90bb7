/* Shared SWIG interface core for every language binding of velferd.
 *
 * The bindings are thin: each wrapped function calls the C API once (or loops
 * over it in C for the batch functions); no rule is computed here. The C API's
 * conventions are adapted the same way for every language:
 *  - `vf_error *err` is a hidden argument; a per-language `argout` typemap
 *    (bindings/<lang>/) turns a failure into that language's exception.
 *  - results come back as return values instead of out-parameters;
 *  - dates cross as packed integers YYYYMMDD (0 = no date) that each language
 *    layer turns into its own date type; money is int64 øre;
 *  - handles (context, client, register) are classes with %extend
 *    constructors and destructors; %newobject marks the few functions that
 *    hand over a new handle.
 * A language file defines its argout typemap for `vf_error *err` and then
 * %includes this file. */

%{
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "velferd/velferd.h"
%}

%include <stdint.i>

#define VF_API
typedef int64_t vf_money;
typedef int vfb_ymd_t;

/* A closed (freed) handle reaches C as NULL: refuse it before use. */
%include <exception.i>
%typemap(check) SWIGTYPE *self {
#ifdef SWIGJAVA
  if (!$1) {
    SWIG_JavaThrowException(jenv, SWIG_JavaNullPointerException, "the object is closed");
    return $null;
  }
#elif defined(SWIGR)
  if (!$1) vfb_r_closed(); /* bindings/r/src/velferd_r.i: a velferd_error condition */
#else
  if (!$1) SWIG_exception(SWIG_NullReferenceError, "the object is closed");
#endif
}

/* ---- errors -------------------------------------------------------------- */
%typemap(in, numinputs=0) vf_error *err (vf_error temp) {
  memset(&temp, 0, sizeof temp);
  $1 = &temp;
}

%{
/* Makes sure a failed call always leaves a code and message in *err, even if
 * the C function returned a status without filling it. */
static void vfb_check(vf_status s, vf_error *err) {
  if (s != VF_OK && err->status == VF_OK) {
    err->status = s;
    snprintf(err->message, sizeof err->message, "%s", vf_strerror(s));
  }
}
/* A failure raised by the binding itself (not by the C library). */
static void vfb_fail(vf_error *err, vf_status s, const char *field, const char *msg) {
  err->status = s;
  snprintf(err->field, sizeof err->field, "%s", field);
  snprintf(err->message, sizeof err->message, "%s", msg);
}
/* Packed dates: YYYYMMDD <-> vf_date. 0 (or any invalid date) means none.
 * The type has its own name so that each language can map it to its date
 * type (Java: java.time.LocalDate). */
typedef int vfb_ymd_t;
static vf_date vfb_date(vfb_ymd_t ymd) {
  vf_date d;
  d.year = ymd / 10000;
  d.month = ymd / 100 % 100;
  d.day = ymd % 100;
  return d;
}
static vfb_ymd_t vfb_ymd(vf_date d) {
  return vf_date_valid(d) ? d.year * 10000 + d.month * 100 + d.day : 0;
}
%}

/* The headers are read for their enumerations and constants only: the raw
 * functions (with out-parameters) are replaced by the adapters below. */
%rename("$ignore", %$isfunction, regextarget=1) "^vf_";
%ignore vf_error;
%ignore vf_date;
%ignore vf_param_value;
%rename(Payment) vf_payment;
%rename(AssistanceResult) vf_assistance_result;
%nodefaultctor vf_payment;
%nodefaultctor vf_assistance_result;
%rename(IndicatorValue) vf_indicator_value;
%rename(TableRow) vf_table_row;
%rename(PaymentRow) vf_payment_row;
%rename(IndicatorChange) vf_indicator_change;
%nodefaultctor vf_indicator_change;
%nodefaultctor vf_indicator_value;
%nodefaultctor vf_table_row;
%ignore vf_indicator_options;
%ignore vf_kvp_eligibility_result;
%ignore vf_kvp_part;
%ignore vf_kvp_benefit_result;
%ignore VF_KVP_CRITERION_COUNT;
%ignore vf_indicator_change_compute;
%ignore VF_IND_COUNT;
%ignore VF_TABLE_COUNT;
%ignore VF_PAYTABLE_COUNT;
%ignore VF_CONTENT_COUNT;
%nodefaultctor vf_payment_row;
%ignore vf_read_counts;
%ignore vf_trace_info;
%ignore vf_trace_step;
%ignore vf_trace_param;
%ignore vf_trace_value;
/* the structured messages: read through Trace.to_json_ex (neutral JSON) */
%ignore vf_trace_arg;
%ignore vf_trace_message;
%ignore vf_trace_get_message;
%ignore vf_trace_get_arg;
%ignore VF_INC_KIND_COUNT;
%ignore VF_HOUSING_KIND_COUNT;
%ignore VF_FACT_COUNT;
%ignore VF_AGE_GROUP_COUNT;
%ignore VF_PROVIDER_COUNT;
%ignore VF_INCOME_CAT_COUNT;
%ignore VF_AT_LEAST_VERSION;

%immutable;
%include "velferd/version.h"
%include "velferd/common.h"
%include "velferd/money.h"
%include "velferd/date.h"
%include "velferd/context.h"
%include "velferd/client.h"
%include "velferd/register.h"
%include "velferd/classify.h"
%include "velferd/trace.h"
%include "velferd/rules.h"
%include "velferd/labels.h"
%include "velferd/indicators.h"
%mutable;

#ifdef SWIGPYTHON
%include "python/support.i"
#endif

%include "core/base.i"
%include "core/context.i"
%include "core/client.i"
%include "core/register.i"
%include "core/rules.i"
%include "core/coverage.i"
%include "core/indicators.i"
%include "core/labels.i"
%include "core/kvp.i"
%include "core/scenario.i"
%include "core/network.i"
%include "core/trend.i"
#ifndef SWIGPYTHON
%include "core/kostra.i" /* Python: python/kostra.i */
#endif
