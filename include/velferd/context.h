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

/** How a context fills a gap after a parameter's last enacted value
 *  (vf_ctx_set_projection(), docs/parameters.md, "Projections"). */
typedef enum vf_projection_method {
  VF_PROJECTION_NONE = 0,    /**< No projection: a gap fails with ::VF_E_NO_VALUE (the default). */
  VF_PROJECTION_G = 1,       /**< Uprated with G's growth: value × G on the date ÷ G on the
                                  last enacted value's date (parameters that follow G). */
  VF_PROJECTION_PERCENT = 2, /**< A fixed percentage a year, one step a year from the gap. */
  VF_PROJECTION_INDEX = 3    /**< An index series from a file (CSV `year,index`). */
} vf_projection_method;

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
  /* ---- a projected value (vf_ctx_set_projection()); all 0 for an enacted one ---- */
  int projected;        /**< 1: NOT an enacted value but a projection over a gap after the
                             parameter's last enacted value. valid_from is then the
                             projection step in force, source names the method. */
  vf_projection_method projection; /**< The method (::VF_PROJECTION_NONE if not projected). */
  vf_date projected_from;   /**< valid_from of the enacted value projected from. */
  int64_t projected_base;   /**< That enacted value (øre). */
  int64_t projection_num;   /**< Factor numerator: G on the date (g); 10000 + hundredths of a
                                 percent, per year (percent); the index of the step's year
                                 × 10^6 (index). */
  int64_t projection_den;   /**< Factor denominator: G on projected_from; 10000; the index of
                                 projected_from's year × 10^6. */
  int projection_steps;     /**< Times the factor was applied, rounding after each (percent:
                                 the years; g and index: 1). */
  int64_t projection_round_to; /**< The parameter's rounding, in øre (100 = whole kroner),
                                    from data/params/projection.csv. */
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

/** Lets the context fill a gap **after** a parameter's last enacted value
 *  (a row `unknown` followed by no later enacted row) by a declared method;
 *  a gap followed by later enacted rows is history and still fails. Only the
 *  parameters data/params/projection.csv declares as following G or prices
 *  are projected, each rounded by its own rule there; ::VF_PROJECTION_G
 *  projects those that follow G (G itself must then be enacted on the date),
 *  ::VF_PROJECTION_PERCENT and ::VF_PROJECTION_INDEX those that follow G or
 *  prices (G included). Every projected value is flagged (vf_param_value
 *  `projected`), and so are the traces and the results that use one.
 *  @param ctx          The context.
 *  @param method       The method; ::VF_PROJECTION_NONE clears (the default).
 *  @param hundredths   For ::VF_PROJECTION_PERCENT: the yearly change in
 *                      hundredths of a percent (300 = 3 %), -5000..10000.
 *                      Otherwise ignored.
 *  @param index_path   For ::VF_PROJECTION_INDEX: a CSV file with header
 *                      `year,index` and one row per year (index > 0, up to six
 *                      decimals). Read once, here. Otherwise ignored.
 *  @param err          Optional error details.
 *  vf_ctx_params_id() changes. Setup call (not thread-safe on this context;
 *  clones made before are unaffected). ::VF_E_INVALID_ARG for an unknown
 *  method or a percentage out of range; ::VF_E_IO, ::VF_E_PARSE naming the
 *  file, line and field for a bad index file. */
VF_API vf_status vf_ctx_set_projection(vf_ctx *ctx, vf_projection_method method,
                                       int64_t hundredths, const char *index_path,
                                       vf_error *err);

/** The context's projection as text: "" for none, "g", "3.00%" or
 *  "index FILE". Borrowed from the context. */
VF_API const char *vf_ctx_projection(const vf_ctx *ctx);

/** Describes how a projected value was made, e.g. "PROJECTED from 257040.00
 *  (enacted, in force from 2023-05-01) x G 130160.00 / G 118620.00, rounded
 *  to 1.00 kr", into @p buf snprintf-style (returns the full length, always
 *  NUL-terminates when @p size > 0). "" for a value that is not projected.
 *  The trace, the tool and the bindings all use this text. */
VF_API size_t vf_param_projection_text(const vf_param_value *v, char *buf, size_t size);

/** Looks up the entry of parameter @p name in force on @p on.
 *  ::VF_E_NOT_FOUND for an unknown name, ::VF_E_NO_VALUE if @p on is before
 *  its first entry or falls in a gap (a period whose figure could not be
 *  sourced, marked `unknown` in the tables) and no projection fills it
 *  (vf_ctx_set_projection()). Thread-safe. */
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
