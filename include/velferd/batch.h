/** @file velferd/batch.h
 *  @brief The rules over many clients in one call, on columns.
 *
 *  A batch is a struct of arrays: one array per client field, element i of
 *  every array describing client i. Money is `int64_t` øre, dates are day
 *  numbers (vf_date_to_days()), codes and facts are bytes. The arrays belong
 *  to the caller; the library only reads the inputs and writes the outputs
 *  (numpy arrays, Arrow buffers or plain C arrays can be passed as they are).
 *
 *  A batch call resolves the parameters of the month once, then makes one
 *  pass over the clients with no allocation per client. A client whose
 *  calculation has nothing to report and no edge (a birthday that changes
 *  the rate, a child turning 18 within the month ...) is computed from the
 *  month's parameters read into plain numbers; every other client by the
 *  same per-client rule code as the single-client functions in
 *  velferd/rules.h. Either way client i of a batch gets exactly the result
 *  the single-client function gives for the same client (tested client by
 *  client). With @p threads > 1 the clients are split into
 *  contiguous ranges computed at once; the results do not depend on the
 *  number of threads.
 *
 *  The column structs carry their own size (set by the `_INIT` macros) so that
 *  later versions can add columns at the end without breaking callers.
 */
#ifndef VELFERD_BATCH_H
#define VELFERD_BATCH_H

#include "velferd/common.h"
#include "velferd/money.h"
#include "velferd/date.h"
#include "velferd/client.h"
#include "velferd/context.h"
#include "velferd/rules.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Day-number value meaning "date not known" in a date column. */
#define VF_BATCH_NO_DATE INT32_MIN

/** Input columns for @c n clients: the ::vf_client fields the rules read.
 *  Every pointer may be NULL, which means the value is zero / unknown / absent
 *  for every client (no income of that kind, fact not recorded, no children
 *  ...), as on a fresh ::vf_client. Values are checked as the ::vf_client
 *  setters check them. Growable: initialise with ::VF_BATCH_IN_INIT and set
 *  only the members you use. */
typedef struct vf_batch_in {
  size_t size;  /**< sizeof(vf_batch_in) as the caller compiled it (set by ::VF_BATCH_IN_INIT). */
  size_t n;     /**< Number of clients (rows). */
  /** Birth date as a day number, ::VF_BATCH_NO_DATE if not known. */
  const int32_t *birth;
  /** Civil status as ::vf_civil_status codes. */
  const uint8_t *civil_status;
  /** Type of trygd of greatest value as ::vf_trygd codes. */
  const uint8_t *trygd;
  /** Facts as ::vf_tristate values (0 unknown, 1 no, 2 yes), one column per ::vf_fact. */
  const uint8_t *fact[VF_FACT_COUNT];
  /** Monthly net income in øre (≥ 0), one column per ::vf_income_kind. */
  const int64_t *income[VF_INC_KIND_COUNT];
  /** Monthly housing costs in øre (≥ 0), one column per ::vf_housing_kind. */
  const int64_t *housing[VF_HOUSING_KIND_COUNT];
  /** Children, as a compressed list: the children of client i are
   *  child_birth[child_start[i]] .. child_birth[child_start[i+1]-1]. @c child_start
   *  has n+1 non-decreasing entries starting at 0, and a client has at most
   *  ::VF_MAX_CHILDREN children. Both NULL: no client has children. */
  const uint32_t *child_start;
  /** Birth dates of the children as day numbers (see @c child_start). */
  const int32_t *child_birth;
  /* ---- added in 0.2: the qualification benefit ---- */
  /** 1 for a participant in the qualification programme (kvalifiseringsprogram)
   *  during the month, 0 for others (other values fail as ::VF_E_UNKNOWN_CODE).
   *  Participation is a fact of the case; eligibility is not evaluated here
   *  (see vf_kvp_eligibility()). NULL: nobody participates. */
  const uint8_t *kvp;
  /** Minutes of paid work a week of a participant, the argument
   *  @c work_minutes_per_week of vf_kvp_benefit_month(). NULL: 0 for everybody. */
  const int32_t *kvp_work_minutes;
} vf_batch_in;

/** Initialiser for ::vf_batch_in: every column NULL, @c n = 0. */
#define VF_BATCH_IN_INIT \
  {sizeof(vf_batch_in), 0, NULL, NULL, NULL, {NULL}, {NULL}, {NULL}, NULL, NULL, NULL, NULL}

/** Output columns, each of @c n elements, written by vf_batch_month(). A NULL
 *  column is not computed; a rule none of whose columns is asked for is not
 *  evaluated at all. The amounts are the members of the same name in
 *  ::vf_assistance_result. Growable: initialise with ::VF_BATCH_OUT_INIT. */
typedef struct vf_batch_out {
  size_t size;  /**< sizeof(vf_batch_out) as the caller compiled it (set by ::VF_BATCH_OUT_INIT). */
  /** ::vf_status of each client's calculation (0 = ::VF_OK). On failure the
   *  client's other outputs are set to 0. */
  uint8_t *status;
  uint8_t *household;          /**< ::vf_household. */
  vf_money *norm;              /**< Norm for adults and children. */
  vf_money *housing;           /**< Housing costs counted. */
  vf_money *income;            /**< Net income counted. */
  vf_money *income_exempt;     /**< Income left out (barnetrygd when exempt). */
  vf_money *ordinary;          /**< max(0, norm + housing - income). */
  uint8_t *rule80_applies;     /**< 1 if the 80 % rule applies to the client. */
  vf_money *rule80_supplement; /**< Assistance needed under the 80 % rule. */
  vf_money *assistance;        /**< The month's economic assistance. */
  /* ---- added in 0.2: the qualification benefit ---- */
  /** The qualification benefit (kvalifiseringsstønad) for the calendar month:
   *  @c amount of vf_kvp_benefit_month() for a participant (see
   *  vf_batch_in::kvp), 0 for others. */
  vf_money *kvp_benefit;
  /** ::vf_status of the qualification benefit of each client (input checks
   *  and the benefit rule). When this column is given, @c status covers the
   *  input checks and the assistance rule only, and a failure of one rule
   *  zeroes only that rule's outputs; when it is NULL, @c status is the first
   *  failure of either rule and a failure zeroes every output of the client. */
  uint8_t *kvp_status;
  /* ---- added in 0.3: projections ---- */
  /** 1 if the client's result (either rule) used a PROJECTED parameter value
   *  (a gap filled by vf_ctx_set_projection()), 0 if enacted values only or
   *  the calculation failed. Asking for it sends the rows of a month that has
   *  projected values through the per-client rule code (slower). */
  uint8_t *projected;
} vf_batch_out;

/** Initialiser for ::vf_batch_out: every column NULL. */
#define VF_BATCH_OUT_INIT \
  {sizeof(vf_batch_out), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, \
   NULL}

/** Most threads vf_batch_month() accepts. */
#define VF_BATCH_MAX_THREADS 256

/** Evaluates the rules for every client of @p in for calendar month
 *  @p year-@p month and writes the output columns of @p out: the result that
 *  vf_assistance_month() gives for the same client, and for participants in
 *  the qualification programme the amount vf_kvp_benefit_month() gives, for
 *  every client. The qualification benefit is not counted as income in the
 *  assistance (pass it as an income column of a second call if wanted).
 *
 *  Parameters in force on the first day of the month are looked up once per
 *  call; the pass over the clients allocates nothing per client.
 *
 *  @param ctx      Context (parameters and municipal settings); only read.
 *  @param in       Input columns; borrowed for the duration of the call.
 *  @param year     Year of the month.
 *  @param month    Month, 1..12.
 *  @param out      Output columns; borrowed. Arrays must not overlap the inputs.
 *  @param threads  Number of threads to use (1 = the calling thread only;
 *                  0 also means 1). The clients are split into contiguous
 *                  ranges; results are identical whatever the count.
 *  @param err      Optional error details.
 *  @return ::VF_OK if every client was computed. ::VF_E_INVALID_ARG (nothing
 *          written) for a NULL @p ctx, @p in or @p out, a struct @c size too
 *          small (a struct of version 0.1, without the qualification
 *          columns, is accepted: they count as NULL), @p threads outside 0..::VF_BATCH_MAX_THREADS, or children
 *          columns that are inconsistent (one of the two NULL, child_start[0]
 *          not 0); ::VF_E_DATE for a bad month. If some clients fail (a value
 *          out of range, an unknown code, a rule error such as
 *          ::VF_E_INCONSISTENT, or ::VF_E_NO_VALUE for a parameter
 *          without a sourced value such as kvp.child_supplement), all other
 *          clients are still computed, each failed client gets its status
 *          in @c out->status (and @c out->kvp_status), and the call
 *          returns the status of the first failed client (lowest index) with
 *          @p err naming it ("client 17: income[work]: -5 is negative").
 *  Thread safety: as the rules; several batches may run at once on one
 *  context as long as their output columns are distinct. */
VF_API vf_status vf_batch_month(const vf_ctx *ctx, const vf_batch_in *in, int year, int month,
                                const vf_batch_out *out, int threads, vf_error *err);

#ifdef __cplusplus
}
#endif
#endif
