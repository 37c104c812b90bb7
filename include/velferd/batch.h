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
 *  pass over the clients with no allocation per client, calling the same
 *  per-client rule code as the single-client functions in velferd/rules.h, so
 *  client i of a batch gets exactly the result the single-client function
 *  gives for the same client. With @p threads > 1 the clients are split into
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

#ifdef __cplusplus
extern "C" {
#endif

/** Day-number value meaning "date not known" in a date column. */
#define VF_BATCH_NO_DATE INT32_MIN

/** Input columns for @c n clients. Every pointer may be NULL, which means the
 *  value is zero / unknown / absent for every client (no income of that kind,
 *  fact not recorded, no children ...). Mirrors ::vf_client field by field, so
 *  converting a client to a row loses nothing. Growable: initialise with
 *  ::VF_BATCH_IN_INIT, set only the members you use. */
typedef struct vf_batch_in {
  size_t size;  /**< sizeof(vf_batch_in) as the caller compiled it (set by ::VF_BATCH_IN_INIT). */
  size_t n;     /**< Number of clients (rows). */
  /** Birth date as a day number, ::VF_BATCH_NO_DATE if not known. */
  const int32_t *birth;
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
} vf_batch_in;

/** Initialiser for ::vf_batch_in: every column NULL, @c n = 0. */
#define VF_BATCH_IN_INIT {sizeof(vf_batch_in), 0, NULL, {NULL}, {NULL}, {NULL}, NULL, NULL}

#ifdef __cplusplus
}
#endif
#endif
