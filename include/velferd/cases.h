/** @file velferd/cases.h
 *  @brief Test cases as data: files of worked cases (client, date,
 *  municipality, expected amounts) that anyone can write and run.
 *
 *  A case file is a JSON array of cases (format in docs/scenarios.md, "Test
 *  cases as data"). Each case names a rule ("assistance", "kvp_eligibility",
 *  "kvp_benefit"), the date or period, a municipality profile, optional
 *  parameter overrides, the client (the client JSON of docs/clients.md) and
 *  the expected results by component, with a free-text note of the arithmetic.
 *  Reading checks the whole file — every member, code, amount, profile and
 *  override — so a malformed case is reported with its file, case and field
 *  before anything runs; running a case computes the rule and compares.
 *
 *  Used by `velferd test FILES...`; the cases shipped in tests/cases/ run in
 *  ctest. Thread safety: a ::vf_cases is read-only once read; several threads
 *  may run cases of it at once, each with its own trace.
 */
#ifndef VELFERD_CASES_H
#define VELFERD_CASES_H

#include "velferd/common.h"
#include "velferd/trace.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Opaque set of test cases read from one file. */
typedef struct vf_cases vf_cases;

/** Reads a case file (JSON). ::VF_E_IO if it cannot be read; ::VF_E_PARSE
 *  (or the status of the failing check, e.g. ::VF_E_NOT_FOUND for an unknown
 *  profile or parameter) for a malformed case, with a message
 *  "FILE:LINE: case N 'NAME': FIELD: what". */
VF_API vf_status vf_cases_read_file(vf_cases **out, const char *path, vf_error *err);

/** As vf_cases_read_file(), from text in memory; @p name stands for the file
 *  name in messages. */
VF_API vf_status vf_cases_from_json(vf_cases **out, const char *text, size_t len,
                                    const char *name, vf_error *err);

/** Releases a set of cases; NULL is allowed. */
VF_API void vf_cases_free(vf_cases *cases);

/** Number of cases. */
VF_API size_t vf_cases_count(const vf_cases *cases);

/** Name of case @p index, NULL if out of range. Borrowed. */
VF_API const char *vf_cases_name(const vf_cases *cases, size_t index);

/** Note of case @p index ("" if none), NULL if out of range. Borrowed. */
VF_API const char *vf_cases_note(const vf_cases *cases, size_t index);

/** Size of ::vf_case_result's detail buffer. */
#define VF_CASE_DETAIL_SIZE 1024

/** Outcome of one case. */
typedef struct vf_case_result {
  int passed;          /**< 1 if every expected value matched. */
  size_t checked;      /**< Expected values compared. */
  size_t mismatches;   /**< How many of them differ. */
  vf_status status;    /**< Status the rule returned. */
  /** One line per mismatch ("assistance: expected 100.00, got 90.00"),
   *  or the rule's error if it failed unexpectedly; "" when passed. */
  char detail[VF_CASE_DETAIL_SIZE];
} vf_case_result;

/** Runs case @p index: computes its rule and compares every expected value.
 *  A failing comparison is not an error: the function returns ::VF_OK with
 *  @c out->passed = 0. @p trace (may be NULL) receives the rule's trace.
 *  ::VF_E_RANGE for an index out of range, ::VF_E_INVALID_ARG for NULL. */
VF_API vf_status vf_case_run(const vf_cases *cases, size_t index, vf_case_result *out,
                             vf_trace *trace, vf_error *err);

#ifdef __cplusplus
}
#endif
#endif
