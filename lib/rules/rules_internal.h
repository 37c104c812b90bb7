/* Internal helpers of the rules: recording a trace, and the small pieces the
 * rule files share. Not installed. */
#ifndef VELFERD_RULES_INTERNAL_H
#define VELFERD_RULES_INTERNAL_H

#include "core/internal.h"
#include "rules/trace_msgs.h"

/* ---- recording a trace (lib/trace.c) ----
 * Every function is a no-op on a NULL trace, so rules call them
 * unconditionally and pay nothing when no trace is wanted. A failed
 * allocation marks the trace; vfi_trace_end() reports it. */

/* Clears the trace and fills its header from the context. */
void vfi_trace_begin(vf_trace *t, const vf_ctx *ctx, const char *calculation,
                     const char *period);
/* A step records message ids (VFI_M_*, rules/trace_msgs.h) and typed
 * arguments, never text: the texts are data (data/labels/trace.csv). An
 * argument is made by one of these: */
typedef struct vfi_targ {
  vf_trace_arg_kind kind;
  int list;      /* CODE: the vf_code_list */
  int64_t i;     /* MONEY øre, INT, DATE day number, CODE value, TERM message */
  const char *s; /* PARAM: the parameter name */
} vfi_targ;
#define VFI_A_MONEY(x) ((vfi_targ){VF_TRACE_ARG_MONEY, 0, (x), NULL})
#define VFI_A_INT(x) ((vfi_targ){VF_TRACE_ARG_INT, 0, (int64_t)(x), NULL})
#define VFI_A_DAYS(d) ((vfi_targ){VF_TRACE_ARG_DATE, 0, (int64_t)(d), NULL})
#define VFI_A_DATE(d) VFI_A_DAYS(vf_date_to_days(d))
#define VFI_A_CODE(l, v) ((vfi_targ){VF_TRACE_ARG_CODE, (int)(l), (int64_t)(v), NULL})
#define VFI_A_TERM(m) ((vfi_targ){VF_TRACE_ARG_TERM, 0, (int64_t)(m), NULL})
#define VFI_A_PARAM(n) ((vfi_targ){VF_TRACE_ARG_PARAM, 0, 0, (n)})
/* The arguments of a call as (array, count). */
#define VFI_TARGS(...) \
  (const vfi_targ[]){__VA_ARGS__}, sizeof((const vfi_targ[]){__VA_ARGS__}) / sizeof(vfi_targ)

/* Starts a new step; later calls describe it. @p title: its VFI_M_*_TITLE
 * message, whose id without ".title" is the step's name. */
void (vfi_trace_step)(vf_trace *t, int title, const char *version, const char *source);
/* The step's detail: message @p msg with @p n arguments. */
void (vfi_trace_detail)(vf_trace *t, int msg, const vfi_targ *a, size_t n);
/* The step's outcome: a VFI_M_OUTCOME_* message. */
void (vfi_trace_outcome)(vf_trace *t, int msg);
void (vfi_trace_amount)(vf_trace *t, vf_money amount);
void (vfi_trace_param)(vf_trace *t, const vf_param_value *v);
/* An intermediate value labelled by message @p msg. */
void (vfi_trace_money)(vf_trace *t, vf_money amount, int msg, const vfi_targ *a, size_t n);
void (vfi_trace_number)(vf_trace *t, int64_t n, int msg, const vfi_targ *a, size_t na);
/* The calls above cost nothing without a trace: the macros test the trace
 * before evaluating any other argument (the batch runs the rule kernels with
 * a NULL trace millions of times). The ...v forms take arguments
 * (VFI_A_*), the others none. */
#define vfi_trace_step(t, ...) ((t) ? (vfi_trace_step)((t), __VA_ARGS__) : (void)0)
#define vfi_trace_detail(t, m) ((t) ? (vfi_trace_detail)((t), (m), NULL, 0) : (void)0)
#define vfi_trace_detailv(t, m, ...) \
  ((t) ? (vfi_trace_detail)((t), (m), VFI_TARGS(__VA_ARGS__)) : (void)0)
#define vfi_trace_outcome(t, ...) ((t) ? (vfi_trace_outcome)((t), __VA_ARGS__) : (void)0)
#define vfi_trace_amount(t, ...) ((t) ? (vfi_trace_amount)((t), __VA_ARGS__) : (void)0)
#define vfi_trace_param(t, ...) ((t) ? (vfi_trace_param)((t), __VA_ARGS__) : (void)0)
#define vfi_trace_money(t, x, m) ((t) ? (vfi_trace_money)((t), (x), (m), NULL, 0) : (void)0)
#define vfi_trace_moneyv(t, x, m, ...) \
  ((t) ? (vfi_trace_money)((t), (x), (m), VFI_TARGS(__VA_ARGS__)) : (void)0)
#define vfi_trace_number(t, x, m) ((t) ? (vfi_trace_number)((t), (x), (m), NULL, 0) : (void)0)
#define vfi_trace_numberv(t, x, m, ...) \
  ((t) ? (vfi_trace_number)((t), (x), (m), VFI_TARGS(__VA_ARGS__)) : (void)0)
/* VF_OK, or VF_E_NOMEM (filling *err) if any recording failed. */
vf_status vfi_trace_end(vf_trace *t, vf_error *err);

/* ---- shared rule helpers (lib/rules_common.c) ---- */

/* Looks up a parameter and records it in the trace's current step. */
vf_status vfi_param(const vf_ctx *ctx, const char *name, vf_date on, vf_param_value *v,
                    vf_trace *t, vf_error *err);
/* As vfi_param() for a bool parameter: *on_off is 0 or 1. */
vf_status vfi_param_bool(const vf_ctx *ctx, const char *name, vf_date on, int *on_off,
                         vf_trace *t, vf_error *err);

/* Checked money arithmetic; `what` names the amount in the overflow message. */
/* Inline: the batch runs them for every client; the error is out of line. */
void vfi_overflow(const char *what, vf_error *err);
static inline vf_status vfi_add(vf_money a, vf_money b, vf_money *out, const char *what,
                                vf_error *err) {
  vf_money r;
  if (__builtin_add_overflow(a, b, &r)) {
    vfi_overflow(what, err);
    return VF_E_OVERFLOW; /* a constant, so compilers see that *out is not needed */
  }
  *out = r;
  return VF_OK;
}
static inline vf_status vfi_sub(vf_money a, vf_money b, vf_money *out, const char *what,
                                vf_error *err) {
  vf_money r;
  if (__builtin_sub_overflow(a, b, &r)) {
    vfi_overflow(what, err);
    return VF_E_OVERFLOW;
  }
  *out = r;
  return VF_OK;
}

/* The qualification benefit's last steps (sosialtjenesteloven § 35), one home
 * for both the kernel (rules_kvp.c, which traces between them) and the batch's
 * fast path (batch_fast.c): the gross benefit is the base plus the child
 * supplement; paid work takes its share of the gross (minutes a week of the
 * full-time week, halves away from zero); the trygd is taken krone for krone;
 * the benefit is never below zero. */
static inline vf_status vfi_kvp_gross(vf_money base, vf_money child_supplement, vf_money *gross,
                                      vf_error *err) {
  return vfi_add(base, child_supplement, gross, "benefit", err);
}
static inline vf_status vfi_kvp_work_share(vf_money gross, int minutes, int64_t full_minutes,
                                           vf_money *share, vf_error *err) {
  return vf_money_mul_ratio(gross, minutes, full_minutes, VF_ROUND_HALF_AWAY, share, err);
}
static inline vf_status vfi_kvp_net(vf_money gross, vf_money work_share, vf_money trygd,
                                    vf_money *amount, vf_error *err) {
  vf_money x;
  vf_status s;
  if ((s = vfi_sub(gross, work_share, &x, "benefit", err)) ||
      (s = vfi_sub(x, trygd, &x, "benefit", err)))
    return s;
  *amount = x > 0 ? x : 0;
  return VF_OK;
}

/* amount × num / den rounded half away from zero, as vf_money_mul_ratio();
 * when the result does not fit, VF_E_OVERFLOW with `field` (the parameter at
 * fault) and a message naming `what` (the product, in parameter names). Every
 * product in a rule that involves a user-settable number goes through here. */
vf_status vfi_mul_ratio(vf_money amount, int64_t num, int64_t den, const char *field,
                        const char *what, vf_money *out, vf_error *err);
/* The product of two ratio parameters, a × b, reduced; VF_E_OVERFLOW naming
 * both when its numerator or denominator does not fit in 64 bits. */
vf_status vfi_ratio_product(const vf_param_value *a, const vf_param_value *b, int64_t *num,
                            int64_t *den, vf_error *err);

/* Checks that a client's birth date (if set) is not after `on`. */
vf_status vfi_check_birth(const vf_client *c, vf_date on, vf_error *err);

#endif
