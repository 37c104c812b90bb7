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
#include "velferd/client.h"
#include "velferd/labels.h"

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

/* ---- structured steps and rendering in a language (issue 17) ----
 * A step records message ids and typed arguments, not text: its title
 * ("<step>.title"), its detail ("assistance.norm.own", "rule80.check.off": the
 * id tells the branch taken) and the label of each value
 * ("assistance.value.child" with {child number, age}). The texts are data,
 * data/labels/trace.csv, key "trace.<id>", one column per language; the
 * English strings of vf_trace_step and vf_trace_value, vf_trace_to_text() and
 * vf_trace_to_json() are rendered from its English column. docs/rules.md
 * ("Structured steps and explanations in a language") gives the layout,
 * docs/labels.md ("Explanations") how to add or translate a message. */

/** Kind of a message argument. */
typedef enum vf_trace_arg_kind {
  VF_TRACE_ARG_MONEY = 1, /**< An amount in øre (value). */
  VF_TRACE_ARG_INT = 2,   /**< A whole number (value). */
  VF_TRACE_ARG_DATE = 3,  /**< A date (date). */
  VF_TRACE_ARG_CODE = 4,  /**< A code of code list @c list (value; text: its stable name). */
  VF_TRACE_ARG_TERM = 5,  /**< A word with its own message (text: the id, "household.couple"). */
  VF_TRACE_ARG_PARAM = 6  /**< A parameter name (text), written as it is in every language. */
} vf_trace_arg_kind;

/** One argument of a message. Strings are borrowed from the trace. */
typedef struct vf_trace_arg {
  vf_trace_arg_kind kind; /**< What the argument is. */
  int64_t value;      /**< MONEY: øre; INT: the number; CODE: the code; else 0. */
  vf_date date;       /**< DATE: the date; else {0, 0, 0}. */
  vf_code_list list;  /**< CODE: its list; else 0. */
  const char *text;   /**< CODE: the code's name; TERM: its message id; PARAM: the name; else "". */
} vf_trace_arg;

/** A message: its id (key "trace.<id>" of data/labels/trace.csv) and the
 *  number of its arguments. "" and 0 for a step without detail. */
typedef struct vf_trace_message {
  const char *id;    /**< e.g. "assistance.norm.own". */
  size_t arg_count;  /**< Arguments, read with vf_trace_get_arg(). */
  const char *text;  /**< The English text (as the step's title, detail or value label). */
} vf_trace_message;

/** For vf_trace_get_message() and vf_trace_get_arg(): the step's title
 *  (any other @p what below ::VF_TRACE_DETAIL is a value's label). */
#define VF_TRACE_TITLE ((size_t)-1)
/** For vf_trace_get_message() and vf_trace_get_arg(): the step's detail. */
#define VF_TRACE_DETAIL ((size_t)-2)

/** The title, detail or value label message of step @p step. ::VF_E_RANGE if
 *  the step or value is out of range. */
VF_API vf_status vf_trace_get_message(const vf_trace *trace, size_t step, size_t what,
                                      vf_trace_message *out, vf_error *err);
/** Argument @p index of that message. ::VF_E_RANGE if out of range. */
VF_API vf_status vf_trace_get_arg(const vf_trace *trace, size_t step, size_t what, size_t index,
                                  vf_trace_arg *out, vf_error *err);

/** vf_trace_to_text() in the language of @p labels (vf_labels_new()):
 *  titles, details, value labels, outcomes and the frame from the language's
 *  texts; amounts and numbers in its formats ("1 234,50 kr" in bokmål); codes
 *  as their labels (their stable names in English); dates as YYYY-MM-DD;
 *  parameter names, units, sources and projection notes as they are. NULL
 *  @p labels or English labels give exactly vf_trace_to_text(). A message
 *  without a text in the language is written as its key, "trace.<id>". */
VF_API size_t vf_trace_to_text_labels(const vf_trace *trace, const vf_labels *labels, char *buf,
                                      size_t size);
/** As vf_trace_to_text_labels() with the compiled-in texts of @p lang ("en",
 *  "nb"; "nn" and "no" read bokmål, as vf_labels_new()); *@p len receives the
 *  length of the whole text. ::VF_E_NOT_FOUND for a language without texts
 *  (the buffer is then left empty). */
VF_API vf_status vf_trace_to_text_lang(const vf_trace *trace, const char *lang, char *buf,
                                       size_t size, size_t *len, vf_error *err);

/** Flag of vf_trace_to_json_ex(): add the rendered texts. */
#define VF_TRACE_JSON_TEXT 1u

/** Renders the trace as language-neutral JSON, snprintf-style: each step
 *  with its id, version, source, outcome, amount, its detail and value labels
 *  as message ids with typed arguments, and its parameters as in
 *  vf_trace_to_json() (layout in docs/rules.md). With ::VF_TRACE_JSON_TEXT the
 *  title, detail and value labels are added as text in the language of
 *  @p labels (NULL: English), and a member "lang". */
VF_API size_t vf_trace_to_json_ex(const vf_trace *trace, unsigned flags, const vf_labels *labels,
                                  char *buf, size_t size);

#ifdef __cplusplus
}
#endif
#endif
