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
 *    failure @p out is left untouched and the trace holds the steps taken
 *    before the error (none if the inputs were rejected up front).
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
  int projected;            /**< 1 if the result used a PROJECTED parameter value (a gap
                                 filled by vf_ctx_set_projection()), not only enacted ones. */
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

/** Criteria for the qualification programme (sosialtjenesteloven § 29). */
typedef enum vf_kvp_criterion {
  VF_KVP_WORKING_AGE = 0,          /**< kvp.min_age <= age < kvp.max_age on the date. */
  VF_KVP_REDUCED_CAPACITY = 1,     /**< Substantially reduced work and earning capacity (fact). */
  VF_KVP_LIMITED_FOLKETRYGD = 2,   /**< No or very limited folketrygd benefits (fact folketrygd_rights = no). */
  VF_KVP_WORK_ASSESSMENT = 3,      /**< An arbeidsevnevurdering has been completed (fact). */
  VF_KVP_PROGRAMME_AVAILABLE = 4,  /**< A suitable programme can be offered (fact). */
  VF_KVP_CRITERION_COUNT = 5       /**< Number of criteria (not a criterion). */
} vf_kvp_criterion;

/** Stable name of a criterion ("working_age", "reduced_capacity",
 *  "limited_folketrygd", "work_assessment", "programme_available"), NULL if unknown. */
VF_API const char *vf_kvp_criterion_name(vf_kvp_criterion c);

/** Result of vf_kvp_eligibility(). For each criterion ::VF_YES = met,
 *  ::VF_NO = not met, ::VF_UNKNOWN = the fact is not recorded. */
typedef struct vf_kvp_eligibility_result {
  vf_tristate eligible;                          /**< YES if all met, NO if any not met, else UNKNOWN. */
  vf_tristate criteria[VF_KVP_CRITERION_COUNT];  /**< Indexed by ::vf_kvp_criterion. */
  int age;                                       /**< Age on the date; -1 if no birth date. */
} vf_kvp_eligibility_result;

/** Eligibility for the qualification programme (kvalifiseringsprogram,
 *  sosialtjenesteloven § 29) on date @p on: every criterion with met / not met
 *  / unknown, read from the client's birth date and facts. ::VF_E_DATE for an
 *  invalid date or a birth date after it. */
VF_API vf_status vf_kvp_eligibility(const vf_ctx *ctx, const vf_client *client, vf_date on,
                                    vf_kvp_eligibility_result *out, vf_trace *trace,
                                    vf_error *err);

/** Most parts a benefit period can be split into (see ::vf_kvp_part). */
#define VF_KVP_MAX_PARTS 16

/** A stretch of days within one calendar month over which the yearly rate
 *  is constant (same G, factor and age group). */
typedef struct vf_kvp_part {
  vf_date from;          /**< First day. */
  vf_date to;            /**< Last day (inclusive). */
  int days;              /**< Days in the part. */
  int days_in_month;     /**< Days in its calendar month. */
  vf_money g;            /**< G in force (yearly). */
  int under25;           /**< 1 if the reduced rate for participants under 25 applies. */
  vf_money yearly;       /**< Yearly rate: G × kvp.g_factor (× kvp.under25_fraction), to the øre. */
  vf_money amount;       /**< yearly × days ÷ (12 × days_in_month), to the øre. */
} vf_kvp_part;

/** Result of vf_kvp_benefit_period(). Amounts in øre. */
typedef struct vf_kvp_benefit_result {
  vf_date from;                        /**< First day of the period. */
  vf_date to;                          /**< Last day of the period. */
  size_t part_count;                   /**< Parts used. */
  vf_kvp_part parts[VF_KVP_MAX_PARTS]; /**< The parts, in date order. */
  vf_money yearly;        /**< Yearly rate in force on the last day. */
  vf_money monthly;       /**< yearly ÷ 12, to the øre. */
  int daily_known;        /**< 1 if kvp.days_per_year has a sourced value on the last day. */
  vf_money daily;         /**< yearly ÷ kvp.days_per_year, to the øre (0 if not known). */
  vf_money base;          /**< Sum of the parts' amounts. */
  int64_t child_days;     /**< Child-weekdays: Σ over Monday-Friday of children under 18. */
  vf_money child_supplement; /**< child_days × kvp.child_supplement. */
  vf_money work_reduction;   /**< (base + child supplement) × work minutes ÷ full-time minutes. */
  vf_money trygd;            /**< Trygd for the period (monthly trygd pro rata by days). */
  vf_money amount;        /**< max(0, base + child_supplement - work_reduction - trygd). */
  int projected;          /**< 1 if the result used a PROJECTED parameter value
                               (vf_ctx_set_projection()). */
} vf_kvp_benefit_result;

/** Qualification benefit (kvalifiseringsstønad, sosialtjenesteloven § 35 and
 *  forskrift 21.12.2011 nr. 1471) for the days @p from .. @p to inclusive:
 *  2 G a year (2/3 of it while the participant is under 25) with the G in
 *  force on each day, pro rata by days within each calendar month; the child
 *  supplement per child per weekday; reduced in proportion to
 *  @p work_minutes_per_week of paid work against a full-time programme week,
 *  and krone for krone by the client's trygd income (dagpenger, sykepenger,
 *  foreldrepenger: record them as ::VF_INC_TRYGD). Bostøtte, bidrag, barnetrygd
 *  and the partner's income are not deducted. Needs the client's birth date.
 *  Errors: ::VF_E_DATE (invalid dates, @p to before @p from, birth after
 *  @p from), ::VF_E_INVALID_ARG (no birth date), ::VF_E_RANGE (negative or
 *  more than full-time minutes, a period needing more than ::VF_KVP_MAX_PARTS
 *  parts), ::VF_E_INCONSISTENT (work income recorded but no work minutes),
 *  ::VF_E_NO_VALUE for a parameter the result depends on that has no sourced
 *  value (kvp.child_supplement when there are children,
 *  kvp.full_rate_from_next_month when the 25th birthday falls in the period). */
VF_API vf_status vf_kvp_benefit_period(const vf_ctx *ctx, const vf_client *client, vf_date from,
                                       vf_date to, int work_minutes_per_week,
                                       vf_kvp_benefit_result *out, vf_trace *trace,
                                       vf_error *err);

/** vf_kvp_benefit_period() for calendar month @p year-@p month. */
VF_API vf_status vf_kvp_benefit_month(const vf_ctx *ctx, const vf_client *client, int year,
                                      int month, int work_minutes_per_week,
                                      vf_kvp_benefit_result *out, vf_trace *trace,
                                      vf_error *err);

#ifdef __cplusplus
}
#endif
#endif
