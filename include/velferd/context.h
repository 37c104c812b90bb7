/** @file velferd/context.h
 *  @brief The context: the parameter set and municipal settings in force.
 *
 *  A ::vf_ctx owns a set of time-dated parameters (G, minimum pension levels,
 *  guideline rates, municipal settings ...). Each parameter is a series of
 *  (valid-from date, value) entries; a lookup on a date returns the entry in
 *  force. The embedded defaults come from the tables in data/params, each row
 *  with its source; a municipality profile (data/profiles) and files loaded at
 *  run time override or extend them.
 *
 *  Thread safety: setup calls (those taking a non-const ::vf_ctx) must not run
 *  concurrently with any other call on the same context. After setup, any
 *  number of threads may compute with one context at once: every computing
 *  call takes `const vf_ctx *` and never writes to it.
 */
#ifndef VELFERD_CONTEXT_H
#define VELFERD_CONTEXT_H

#include "velferd/common.h"
#include "velferd/money.h"
#include "velferd/date.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Opaque context. Create with vf_ctx_new(), release with vf_ctx_free(). */
typedef struct vf_ctx vf_ctx;

/** What a parameter's value means. Values are exact: money in øre, ratios as
 *  num/den, counts and booleans as integers (den = 1). */
typedef enum vf_unit {
  VF_UNIT_NOK = 1,           /**< An amount (øre). */
  VF_UNIT_NOK_PER_YEAR = 2,  /**< A yearly amount (øre). */
  VF_UNIT_NOK_PER_MONTH = 3, /**< A monthly amount (øre). */
  VF_UNIT_NOK_PER_DAY = 4,   /**< A daily amount (øre). */
  VF_UNIT_RATIO = 5,         /**< A ratio num/den (0.8 = 4/5, 2 G = 2/1). */
  VF_UNIT_COUNT = 6,         /**< A whole number. */
  VF_UNIT_BOOL = 7           /**< 0 or 1. */
} vf_unit;

/** One entry of a parameter, as found by a lookup. The strings are borrowed
 *  from the context and live as long as it does. */
typedef struct vf_param_value {
  const char *name;     /**< Parameter name, e.g. "g". */
  vf_unit unit;         /**< Unit of the value. */
  int64_t num;          /**< Value numerator: øre for money, the integer for counts. */
  int64_t den;          /**< Value denominator, > 0 (1 except for ratios). */
  vf_date valid_from;   /**< Date the entry came into force. */
  const char *source;   /**< Citation of where the value comes from. */
  int known;            /**< 1 for a value; 0 for a gap marker (value written
                             `unknown`: no sourced figure from valid_from on,
                             num and den are 0). Lookups never return gaps. */
  vf_date decided;      /**< Date the entry was decided or published (the
                             optional `decided` column; valid_from when the
                             row gives none). See vf_ctx_set_as_known_on(). */
} vf_param_value;

/** Creates a context with the embedded parameters and the settings of
 *  municipality profile @p profile ("default" or NULL for none, "bergen", ...;
 *  see vf_profile_name()). ::VF_E_NOT_FOUND for an unknown profile. */
VF_API vf_status vf_ctx_new(vf_ctx **out, const char *profile, vf_error *err);

/** Releases a context. Contexts cloned from it stay valid. NULL is allowed. */
VF_API void vf_ctx_free(vf_ctx *ctx);

/** Creates a context equal to @p base that can be changed without touching
 *  it (a what-if scenario). Cheap: unchanged parameter tables are shared, not
 *  copied. Safe to call while other threads compute with @p base. */
VF_API vf_status vf_ctx_clone(vf_ctx **out, const vf_ctx *base, vf_error *err);

/** Name of the profile the context was created with ("default", "bergen"). */
VF_API const char *vf_ctx_profile(const vf_ctx *ctx);

/** Loads parameter entries from a CSV file (format in docs/parameters.md).
 *  Each entry is merged into its parameter's series: an entry with the same
 *  valid-from date replaces the old value, others are inserted in date order.
 *  Only known parameters can be set and their unit must match. The whole file
 *  is checked first: on any error nothing is changed, and @p err names the
 *  line and field. Setup call (not thread-safe on this context). */
VF_API vf_status vf_ctx_load_params_file(vf_ctx *ctx, const char *path, vf_error *err);

/** As vf_ctx_load_params_file(), from text in memory; @p name is used in
 *  messages in place of a file name. */
VF_API vf_status vf_ctx_load_params_text(vf_ctx *ctx, const char *text, size_t len,
                                         const char *name, vf_error *err);

/** Sets one entry of a known parameter, merged like a loaded file. The value
 *  is num/den in the parameter's unit (øre for money). @p source is copied
 *  and must not be empty. Setup call. */
VF_API vf_status vf_ctx_set_param(vf_ctx *ctx, const char *name, vf_date valid_from,
                                  int64_t num, int64_t den, const char *source, vf_error *err);

/** Sets the context to use the parameters **as known on** @p on: only rows
 *  decided (or published) on or before @p on count, so a decision made on
 *  that date can be reproduced with the figures then in use (bitemporal
 *  parameters, docs/parameters.md). Of two rows with the same valid-from
 *  date, a lookup uses the one decided last. Lookups, vf_param_entry_count()
 *  and vf_param_entry() all see only those rows; vf_ctx_params_id() changes.
 *  Pass {0, 0, 0} to clear (every row counts, the default). Rows loaded later
 *  are filtered the same way. Setup call (not thread-safe on this context;
 *  clones made before are unaffected). ::VF_E_DATE for an invalid date. */
VF_API vf_status vf_ctx_set_as_known_on(vf_ctx *ctx, vf_date on, vf_error *err);

/** The context's "as known on" date, or {0, 0, 0} if not set. */
VF_API vf_date vf_ctx_as_known_on(const vf_ctx *ctx);

/** Looks up the entry of parameter @p name in force on @p on.
 *  ::VF_E_NOT_FOUND for an unknown name, ::VF_E_NO_VALUE if @p on is before
 *  its first entry or falls in a gap (a period whose figure could not be
 *  sourced, marked `unknown` in the tables). Thread-safe. */
VF_API vf_status vf_param_get(const vf_ctx *ctx, const char *name, vf_date on,
                              vf_param_value *out, vf_error *err);

/** Looks up a money parameter (any NOK unit) in øre. Thread-safe. */
VF_API vf_status vf_param_money(const vf_ctx *ctx, const char *name, vf_date on,
                                vf_money *out, vf_error *err);

/** Number of known parameters. Thread-safe. */
VF_API size_t vf_param_count(const vf_ctx *ctx);

/** Name of parameter @p index (0-based, in name order), NULL if out of range.
 *  Borrowed from the context. */
VF_API const char *vf_param_name(const vf_ctx *ctx, size_t index);

/** Number of entries in parameter @p name's series (0 if unknown). */
VF_API size_t vf_param_entry_count(const vf_ctx *ctx, const char *name);

/** Entry @p index (0-based, oldest first) of parameter @p name. */
VF_API vf_status vf_param_entry(const vf_ctx *ctx, const char *name, size_t index,
                                vf_param_value *out, vf_error *err);

/** Identity of the parameter set: 16 hex digits of a hash over every
 *  parameter's name, unit and entries (values, dates and sources), so a
 *  figure can be tied to the exact parameters that produced it. Borrowed. */
VF_API const char *vf_ctx_params_id(const vf_ctx *ctx);

/** Writes a parameter **template** to @p path: a parameter file (format in
 *  docs/parameters.md) with one row per parameter, valid from @p at, holding
 *  the value in force on that date (`unknown` in a gap or before the first
 *  row) and an EMPTY source column, for a user to fill in from a new circular
 *  or a municipal decision. Loading it with vf_ctx_load_params_file() refuses
 *  a row whose source is still empty, naming the line, so every figure loaded
 *  carries the user's source into the traces. Thread-safe (reads @p ctx).
 *  ::VF_E_IO if the file cannot be written. */
VF_API vf_status vf_params_write_template(const vf_ctx *ctx, vf_date at, const char *path,
                                          vf_error *err);

/** Number of embedded municipality profiles, "default" included. */
VF_API size_t vf_profile_count(void);

/** Name of embedded profile @p index, NULL if out of range. Static string. */
VF_API const char *vf_profile_name(size_t index);

/** Name of a unit as written in parameter files ("nok_per_year", ...), or
 *  NULL for an unknown unit. */
VF_API const char *vf_unit_name(vf_unit unit);

#ifdef __cplusplus
}
#endif
#endif
