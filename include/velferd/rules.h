/** @file velferd/rules.h
 *  @brief Benefit and eligibility rules, each with its result and explanation.
 *
 *  Every rule function reads the parameters in force from a `const vf_ctx *`,
 *  the facts from a `const vf_client *`, fills a plain result struct with each
 *  component of the calculation and, if @c trace is not NULL, records every
 *  step in it (velferd/trace.h; the trace is cleared first). Rules and their
 *  sources, the parameters they read and worked cases are listed in
 *  docs/rules.md.
 *
 *  Conventions shared by every rule:
 *  - Money is integer øre. Every division is rounded to the øre, half away
 *    from zero, at the step where the trace shows it; no floating point.
 *  - Errors: ::VF_E_INVALID_ARG for NULL ctx/client/out, ::VF_E_DATE for an
 *    impossible period or a birth date after the calculation date,
 *    ::VF_E_RANGE for a value outside what the rule covers, ::VF_E_UNKNOWN_CODE
 *    for a code not in its list, ::VF_E_INCONSISTENT for contradictory facts,
 *    ::VF_E_NO_VALUE when a parameter the rule needs has no value on the date
 *    (the message names it), ::VF_E_OVERFLOW if an amount does not fit. On
 *    failure @p out is left untouched and the trace holds the steps so far.
 *  - Thread safety: the functions only read @c ctx and @c client and keep no
 *    hidden state, so any number of threads may call them at once with the
 *    same context and client. A trace must not be shared between threads.
 *  - Without a trace the functions do not allocate.
 */
#ifndef VELFERD_RULES_H
#define VELFERD_RULES_H

#include "velferd/common.h"
#include "velferd/money.h"
#include "velferd/date.h"
#include "velferd/context.h"
#include "velferd/client.h"
#include "velferd/trace.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Version strings of the rules, recorded in traces. They change whenever a
 *  rule's result for the same inputs and parameters would change. */
#define VF_RULE_ASSISTANCE "assistance/1"
#define VF_RULE_80 "rule80/1" /**< Bergen's 80 % rule. */
#define VF_RULE_KVP_ELIGIBILITY "kvp_eligibility/1" /**< Eligibility for the qualification programme. */
#define VF_RULE_KVP_BENEFIT "kvp_benefit/1" /**< Qualification benefit (kvalifiseringsstønad). */

/** Household type for the guideline norm (docs/rules.md, "Household type"). */
typedef enum vf_household {
  VF_HOUSEHOLD_SINGLE = 1,  /**< Enslig: no partner, not sharing a home. */
  VF_HOUSEHOLD_COUPLE = 2,  /**< Ektepar/samboere. */
  VF_HOUSEHOLD_SHARING = 3  /**< Person i bofellesskap: no partner, shares with other adults. */
} vf_household;

/** Stable name of a household type ("single", "couple", "sharing"), NULL if unknown. */
VF_API const char *vf_household_name(vf_household h);

/** Result of vf_assistance_month(): every component, in øre per month. */
typedef struct vf_assistance_result {
  vf_household household;   /**< Household type used for the norm. */
  size_t children;          /**< Number of children in the norm. */
  vf_money norm_adults;     /**< Norm for the adult(s). */
  vf_money norm_children;   /**< Sum of the children's norms. */
  vf_money norm;            /**< norm_adults + norm_children. */
  vf_money rent;            /**< Actual rent (client housing kind rent). */
  vf_money rent_cap;        /**< Municipal cap on rent; -1 if no cap applies. */
  vf_money rent_allowed;    /**< Rent counted: min(rent, rent_cap) or rent. */
  vf_money electricity;     /**< Electricity and heating. */
  vf_money other_housing;   /**< Other necessary housing costs. */
  vf_money housing;         /**< rent_allowed + electricity + other_housing. */
  vf_money income;          /**< Household net income counted. */
  vf_money income_exempt;   /**< Income left out (barnetrygd when exempt). */
  vf_money ordinary;        /**< max(0, norm + housing - income). */
  int rule80_enabled;       /**< 1 if the 80 % rule is on in the context. */
  int rule80_applies;       /**< 1 if it is on and the client's trygd counts as permanent. */
  vf_money rule80_level;    /**< Monthly minimum pension level for the household. */
  vf_money rule80_minimum;  /**< fraction × level: what must remain after rent and electricity. */
  vf_money rule80_supplement; /**< max(0, minimum + rent_allowed + electricity - income). */
  vf_money assistance;      /**< The assistance: max(ordinary, rule80_supplement). */
} vf_assistance_result;

/** Economic social assistance for living expenses (økonomisk stønad til
 *  livsopphold, sosialtjenesteloven § 18) for calendar month @p year-@p month:
 *  the guideline norm for the household plus actual housing costs (rent
 *  optionally capped by the municipality) minus the household's counted net
 *  income, not below zero; and, where the municipality has it on (Bergen),
 *  the 80 % rule for permanent beneficiaries. Parameters are read on the
 *  first day of the month; children's ages are measured on that day.
 *  Errors as in the file comment; notably ::VF_E_DATE for a child or client
 *  born after the first day of the month, ::VF_E_RANGE for a child aged 18 or
 *  more, ::VF_E_INCONSISTENT for partner income in a household without a
 *  partner, ::VF_E_UNKNOWN_CODE for a trygd code outside its list. */
VF_API vf_status vf_assistance_month(const vf_ctx *ctx, const vf_client *client, int year,
                                     int month, vf_assistance_result *out, vf_trace *trace,
                                     vf_error *err);

#ifdef __cplusplus
}
#endif
#endif
