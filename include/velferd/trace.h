/** @file velferd/trace.h
 *  @brief Explanations: the ordered steps of a calculation ("why this amount").
 *
 *  Every rule function (velferd/rules.h) takes an optional ::vf_trace. When one
 *  is given, the function first clears it and then records, in order, each
 *  step it took: the rule's name and version, the legal source, the parameters
 *  it read (value, unit, valid-from date and the parameter's own source), the
 *  intermediate amounts and the step's result. The trace also records the
 *  library version (vf_version()), the rule versions used and the identity of
 *  the parameter set (vf_ctx_params_id()), so a figure can be reproduced.
 *
 *  A trace can be read step by step (vf_trace_get_step(), vf_trace_get_param(),
 *  vf_trace_get_value()) or rendered as plain text or JSON. The renderers write
 *  into a caller buffer snprintf-style: they return the full length needed
 *  (excluding the NUL), write at most @c size bytes and always NUL-terminate
 *  when @c size > 0. Call once with size 0 to learn the length.
 *
 *  A trace owns copies of every string it holds (it stays valid after the
 *  context is freed). Strings returned by the accessors are borrowed from the
 *  trace and valid until it is cleared, reused or freed. A trace belongs to one
 *  thread at a time; use one trace per thread. Clearing keeps its memory, so a
 *  reused trace stops allocating once it has grown to the size it needs.
 */
#ifndef VELFERD_TRACE_H
#define VELFERD_TRACE_H

#include "velferd/common.h"
#include "velferd/money.h"
#include "velferd/date.h"
#include "velferd/context.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Opaque trace. Create with vf_trace_new(), release with vf_trace_free(). */
typedef struct vf_trace vf_trace;

/** What the whole trace is about. Strings are borrowed from the trace. */
typedef struct vf_trace_info {
  const char *calculation;      /**< Function that produced it, e.g. "vf_assistance_month". */
  const char *period;           /**< Date or period computed, e.g. "2021-06" or "2024-04-15..2024-05-14". */
  const char *library_version;  /**< vf_version() of the library that computed it. */
  const char *params_id;        /**< vf_ctx_params_id() of the context used. */
  const char *profile;          /**< vf_ctx_profile() of the context used. */
  const char *rules;            /**< Rule versions used, comma-separated ("assistance/1,rule80/1"). */
  const char *as_known_on;      /**< vf_ctx_as_known_on() as YYYY-MM-DD, "" if not set. */
  const char *projection;       /**< vf_ctx_projection() of the context used, "" if none. */
  size_t projected;             /**< Number of PROJECTED parameter values the calculation
                                     read (vf_trace_param::projected); 0: enacted values only. */
} vf_trace_info;

/** One step. Strings are borrowed from the trace; "" when not applicable. */
typedef struct vf_trace_step {
  const char *rule;     /**< Step name, e.g. "assistance.norm". */
  const char *version;  /**< Version of the rule the step belongs to, e.g. "assistance/1". */
  const char *title;    /**< Short readable title ("Norm for living expenses"). */
  const char *detail;   /**< Readable explanation of what was decided and why. */
  const char *source;   /**< Legal or official source of the rule. */
  const char *outcome;  /**< For a criterion: "met", "not met" or "unknown"; else "". */
  int has_amount;       /**< 1 if the step produced an amount. */
  vf_money amount;      /**< The step's amount in øre (0 if has_amount is 0). */
  size_t param_count;   /**< Number of parameters read in this step. */
  size_t value_count;   /**< Number of intermediate values recorded in this step. */
} vf_trace_step;

/** A parameter read by a step, as it was found in the context. */
typedef struct vf_trace_param {
  const char *name;    /**< Parameter name, e.g. "guideline.single". */
  vf_unit unit;        /**< Its unit. */
  int64_t num;         /**< Value numerator (øre for money). */
  int64_t den;         /**< Value denominator (1 except for ratios). */
  vf_date valid_from;  /**< Date the entry used came into force. */
  const char *source;  /**< The entry's citation. */
  vf_date decided;     /**< Date the entry was decided (valid_from if the row gives none). */
  /* ---- as the members of the same name in ::vf_param_value ---- */
  int projected;                   /**< 1: a projection, not an enacted value. */
  vf_projection_method projection; /**< How it was projected. */
  vf_date projected_from;          /**< valid_from of the enacted value projected from. */
  int64_t projected_base;          /**< That enacted value. */
  int64_t projection_num;          /**< Factor numerator. */
  int64_t projection_den;          /**< Factor denominator. */
  int projection_steps;            /**< Times the factor was applied. */
  int64_t projection_round_to;     /**< Rounding in øre. */
} vf_trace_param;

/** Kind of an intermediate value. */
typedef enum vf_trace_value_kind {
  VF_TRACE_MONEY = 1,  /**< An amount in øre. */
  VF_TRACE_NUMBER = 2  /**< A whole number (an age, a count of days or children). */
} vf_trace_value_kind;

/** An intermediate value of a step. */
typedef struct vf_trace_value {
  const char *label;         /**< What it is ("rent", "age on 2024-05-01"). */
  vf_trace_value_kind kind;  /**< Money or number. */
  int64_t value;             /**< øre for money, the number otherwise. */
} vf_trace_value;

/** Creates an empty trace. ::VF_E_NOMEM if memory runs out. */
VF_API vf_status vf_trace_new(vf_trace **out, vf_error *err);
/** Releases a trace; NULL is allowed. */
VF_API void vf_trace_free(vf_trace *trace);
/** Empties a trace, keeping its memory for reuse. NULL is allowed. */
VF_API void vf_trace_clear(vf_trace *trace);

/** Header of the trace. An empty trace gives "" for every string. */
VF_API vf_status vf_trace_get_info(const vf_trace *trace, vf_trace_info *out, vf_error *err);
/** Number of steps (0 for NULL). */
VF_API size_t vf_trace_step_count(const vf_trace *trace);
/** Step @p index (0-based). ::VF_E_RANGE if out of range. */
VF_API vf_status vf_trace_get_step(const vf_trace *trace, size_t index, vf_trace_step *out,
                               vf_error *err);
/** Parameter @p index of step @p step. ::VF_E_RANGE if either is out of range. */
VF_API vf_status vf_trace_get_param(const vf_trace *trace, size_t step, size_t index,
                                vf_trace_param *out, vf_error *err);
/** Value @p index of step @p step. ::VF_E_RANGE if either is out of range. */
VF_API vf_status vf_trace_get_value(const vf_trace *trace, size_t step, size_t index,
                                vf_trace_value *out, vf_error *err);

/** Renders the trace as readable plain text (UTF-8, one step per paragraph,
 *  amounts in kroner with two decimals) into @p buf, snprintf-style (see the
 *  file comment). Returns the length of the whole text; 0 for NULL @p trace. */
VF_API size_t vf_trace_to_text(const vf_trace *trace, char *buf, size_t size);

/** Renders the trace as one JSON object, snprintf-style. Amounts appear both
 *  as exact integers in øre ("amount_ore") and as kroner text ("amount");
 *  ratios as "num/den". Layout in docs/rules.md. Returns the full length; 0
 *  for NULL @p trace. */
VF_API size_t vf_trace_to_json(const vf_trace *trace, char *buf, size_t size);

#ifdef __cplusplus
}
#endif
#endif
