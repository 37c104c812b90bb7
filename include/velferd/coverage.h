/** @file velferd/coverage.h
 *  @brief What the parameter set covers: for every parameter the periods with
 *  an enacted value and the gaps, and for every rule the periods in which it
 *  can be computed from enacted values alone (docs/parameters.md, "Coverage").
 *
 *  Which parameters a rule needs is not a second list kept by hand: the rules
 *  themselves are run on probe cases (every household type with children in
 *  each age group and every trygd code for the assistance rule; participants
 *  over and under 25, with a child and with paid work for the qualification
 *  benefit) on every date where any parameter changes and on every first of a
 *  month, under the context's own settings (profile, overrides, as-known-on
 *  date). A rule counts as computable on a date when every probe succeeds; when
 *  one fails, the reason is the rule's own error message, which names the
 *  parameter.
 *
 *  A ::vf_coverage is a snapshot: it owns copies of every string and stays
 *  valid after the context is freed. Building one is thread-safe (the context
 *  is only read); a finished one may be read from many threads.
 */
#ifndef VELFERD_COVERAGE_H
#define VELFERD_COVERAGE_H

#include "velferd/common.h"
#include "velferd/date.h"
#include "velferd/context.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Opaque coverage report. Create with vf_coverage_new(), release with
 *  vf_coverage_free(). */
typedef struct vf_coverage vf_coverage;

/** One period of a parameter or a rule. Strings are borrowed from the report. */
typedef struct vf_coverage_period {
  vf_date from;        /**< First day. */
  vf_date to;          /**< Last day; {0, 0, 0} when open-ended (no later change). */
  int known;           /**< Parameter: 1 enacted value(s), 0 a gap (a row `unknown`).
                            Rule: 1 computable, 0 not. */
  const char *reason;  /**< For a gap: the gap row's source. For a rule that
                            cannot be computed: the error message (names the
                            parameter). "" otherwise. */
} vf_coverage_period;

/** A rule (or a case of one) as the report covers it. */
typedef struct vf_coverage_rule {
  const char *name;    /**< "assistance", "kvp.eligibility", "kvp.benefit", ... */
  const char *about;   /**< What the probe computes, one sentence. */
  int headline;        /**< 1 if it counts in vf_coverage_all_until(); 0 for a
                            case (a child supplement, paid work) whose figure
                            is known to be missing. */
  size_t period_count; /**< Number of periods (vf_coverage_rule_period()). */
} vf_coverage_rule;

/** Builds the coverage report of @p ctx. ::VF_E_NOMEM if memory runs out. */
VF_API vf_status vf_coverage_new(vf_coverage **out, const vf_ctx *ctx, vf_error *err);

/** Releases a report. NULL is allowed. */
VF_API void vf_coverage_free(vf_coverage *cov);

/** Number of parameters (the context's, in name order). */
VF_API size_t vf_coverage_param_count(const vf_coverage *cov);

/** Name of parameter @p index; NULL if out of range. */
VF_API const char *vf_coverage_param_name(const vf_coverage *cov, size_t index);

/** Number of periods of parameter @p index. Consecutive rows with a value
 *  form one period; each gap row is its own period; the last period is
 *  open-ended. Dates before a parameter's first row are not a period. */
VF_API size_t vf_coverage_param_period_count(const vf_coverage *cov, size_t index);

/** Period @p k (oldest first) of parameter @p index. ::VF_E_RANGE if out of range. */
VF_API vf_status vf_coverage_param_period(const vf_coverage *cov, size_t index, size_t k,
                                          vf_coverage_period *out, vf_error *err);

/** Number of rules covered. */
VF_API size_t vf_coverage_rule_count(const vf_coverage *cov);

/** Rule @p index. ::VF_E_RANGE if out of range. */
VF_API vf_status vf_coverage_get_rule(const vf_coverage *cov, size_t index,
                                      vf_coverage_rule *out, vf_error *err);

/** Period @p k (oldest first) of rule @p index: computable or not, from the
 *  earliest parameter row on. ::VF_E_RANGE if out of range. */
VF_API vf_status vf_coverage_rule_period(const vf_coverage *cov, size_t index, size_t k,
                                         vf_coverage_period *out, vf_error *err);

/** The last date on which every headline rule can be computed from enacted
 *  values alone: the end of the latest period in which they all can. {0, 0, 0}
 *  if that period is open-ended. ::VF_E_NO_VALUE if there is no such date. */
VF_API vf_status vf_coverage_all_until(const vf_coverage *cov, vf_date *out, vf_error *err);

#ifdef __cplusplus
}
#endif
#endif
