/** @file velferd/scenario.h
 *  @brief What-if comparisons: a baseline and a scenario context over the
 *  same clients, with costs, gainers and losers.
 *
 *  A scenario is a context derived from a baseline with a few parameters or
 *  municipal settings changed: vf_ctx_clone() and vf_ctx_set_param(), or
 *  vf_ctx_load_params_file() with an overlay file (docs/scenarios.md). A
 *  comparison computes the economic assistance (vf_assistance_month(), with
 *  the 80 % rule where the context has it on) of every client of a register
 *  under both contexts, for one month or for a whole year (the twelve months
 *  summed), and keeps:
 *  - the totals: cost under the baseline and under the scenario and the
 *    difference (scenario - baseline), in øre; the number of clients who gain
 *    (difference > 0), lose (< 0) or are unchanged;
 *  - the same totals by client group (::vf_compare_dim: age group, household
 *    type, main-income category, permanent beneficiary);
 *  - the largest losses (the clients whose amount falls most);
 *  - every client's baseline and scenario amounts (columns on request);
 *  - what is needed to reproduce it: library version, rule versions, the
 *    profile and vf_ctx_params_id() of both contexts.
 *
 *  With ::VF_COMPARE_KVP_BENEFIT in the options the rule is the qualification
 *  benefit (vf_kvp_benefit_month()) instead, for "what if" questions on the
 *  benefit (the under-25 rate, the date G is regulated).
 *
 *  The clients are used as the register holds them: incomes, housing costs
 *  and facts set on a ::vf_client before vf_register_add_client() count; a
 *  register read from register files (docs/register.md) has none of them, so
 *  its clients have zero income and housing costs (docs/scenarios.md).
 *
 *  A client whose calculation fails under either context (a rule error, a
 *  parameter with no value on the date) is left out of every total and
 *  counted in vf_comparison_failed_count(); the first such error is kept
 *  (vf_comparison_first_error()). The comparison itself still succeeds.
 *
 *  Thread safety: the functions only read the register and the contexts
 *  (contexts are not changed by computing, see velferd/context.h), so any
 *  number of comparisons may run at once on the same register and contexts.
 *  A ::vf_comparison is immutable once returned and may be read from many
 *  threads.
 */
#ifndef VELFERD_SCENARIO_H
#define VELFERD_SCENARIO_H

#include "velferd/common.h"
#include "velferd/money.h"
#include "velferd/context.h"
#include "velferd/register.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Opaque comparison result, from vf_compare_month() or vf_compare_year();
 *  release with vf_comparison_free(). */
typedef struct vf_comparison vf_comparison;

/** The rule a comparison computes for each client and month. */
typedef enum vf_compare_rule {
  VF_COMPARE_ASSISTANCE = 0,  /**< Economic assistance, vf_assistance_month() (the default). */
  VF_COMPARE_KVP_BENEFIT = 1  /**< Qualification benefit, vf_kvp_benefit_month() with no paid
                                   work: for a register of programme participants (every
                                   client is treated as one; a client with work income fails). */
} vf_compare_rule;

/** Options of a comparison. Growable: initialise with
 *  ::VF_COMPARE_OPTIONS_INIT and set the members you need. */
typedef struct vf_compare_options {
  size_t size;     /**< sizeof(vf_compare_options) as the caller compiled it. */
  int threads;     /**< 1 (or 0): everything on the calling thread; 2: baseline
                        and scenario computed at once on two threads. The
                        result does not depend on it. */
  size_t largest;  /**< How many of the largest losses to keep (default 10). */
  vf_compare_rule rule; /**< The rule computed (default ::VF_COMPARE_ASSISTANCE). */
} vf_compare_options;

/** Initialiser for ::vf_compare_options: one thread, 10 largest losses,
 *  economic assistance. */
#define VF_COMPARE_OPTIONS_INIT {sizeof(vf_compare_options), 1, 10, VF_COMPARE_ASSISTANCE}

/** Most threads a comparison uses. */
#define VF_COMPARE_MAX_THREADS 2

/** Compares @p baseline and @p scenario over every client of @p reg for
 *  calendar month @p year-@p month.
 *  @param out       Receives a new comparison; free with vf_comparison_free().
 *  @param reg       The clients; only read.
 *  @param baseline  Context of the baseline; only read.
 *  @param scenario  Context of the scenario; only read (may be @p baseline).
 *  @param year      Year of the month.
 *  @param month     Month, 1..12.
 *  @param opts      Options, NULL for the defaults.
 *  @param err       Optional error details.
 *  @return ::VF_OK (also when some clients failed: see the file comment);
 *          ::VF_E_INVALID_ARG for a NULL @p out, @p reg or context, an
 *          options @c size too small, @c threads outside 0..2 or an unknown
 *          @c rule;
 *          ::VF_E_DATE for a month outside 1..12 or a year outside 1..9999;
 *          ::VF_E_OVERFLOW if a total does not fit in 64 bits; ::VF_E_NOMEM. */
VF_API vf_status vf_compare_month(vf_comparison **out, const vf_register *reg,
                                  const vf_ctx *baseline, const vf_ctx *scenario, int year,
                                  int month, const vf_compare_options *opts, vf_error *err);

/** As vf_compare_month() for the whole calendar year @p year: each client's
 *  amount is the sum of its twelve monthly amounts (each month with the
 *  parameters in force on its first day). A client failing in any month is
 *  left out. */
VF_API vf_status vf_compare_year(vf_comparison **out, const vf_register *reg,
                                 const vf_ctx *baseline, const vf_ctx *scenario, int year,
                                 const vf_compare_options *opts, vf_error *err);

/** Releases a comparison; NULL is allowed. */
VF_API void vf_comparison_free(vf_comparison *cmp);

/** Totals over a set of clients (the whole register or one group). Every
 *  client counted was computed under both contexts. Amounts in øre. */
typedef struct vf_comparison_totals {
  size_t clients;       /**< Clients counted. */
  vf_money baseline;    /**< Total assistance under the baseline. */
  vf_money scenario;    /**< Total assistance under the scenario. */
  vf_money difference;  /**< scenario - baseline. */
  size_t gainers;       /**< Clients with a higher amount in the scenario. */
  size_t losers;        /**< Clients with a lower amount in the scenario. */
  size_t unchanged;     /**< Clients with the same amount. */
  vf_money gains;       /**< Sum of the gainers' differences (≥ 0). */
  vf_money losses;      /**< Sum of the losers' differences, as a positive amount. */
} vf_comparison_totals;

/** Totals over every client computed. ::VF_E_INVALID_ARG for NULL. */
VF_API vf_status vf_comparison_get_totals(const vf_comparison *cmp, vf_comparison_totals *out,
                                          vf_error *err);

/** Number of clients in the register (computed or failed). */
VF_API size_t vf_comparison_client_count(const vf_comparison *cmp);

/** Number of clients left out because a calculation failed. */
VF_API size_t vf_comparison_failed_count(const vf_comparison *cmp);

/** The first failure (lowest client index; the message names the client id,
 *  the context and the month), or NULL if none. Borrowed from @p cmp. */
VF_API const vf_error *vf_comparison_first_error(const vf_comparison *cmp);

/** Ways of grouping clients. */
typedef enum vf_compare_dim {
  VF_DIM_AGE_GROUP = 0,  /**< ::vf_age_group by age at the end of the year
                              (vf_age_at_year_end()); names as ::VF_CODES_AGE_GROUP. */
  VF_DIM_HOUSEHOLD = 1,  /**< ::vf_household as the assistance rule decides it (the
                              lives_with_partner and shares_home facts, else civil status):
                              "single", "couple", "sharing". */
  VF_DIM_INCOME = 2,     /**< ::vf_income_category of the main income (vf_classify_income()). */
  VF_DIM_PERMANENT = 3,  /**< Permanent beneficiary: whether the client's trygd counts as
                              permanent for the 80 % rule in the baseline context
                              (rule80.permanent.*): "no", "yes", "unknown" (no value). */
  VF_DIM_COUNT = 4       /**< Number of dimensions (not a dimension). */
} vf_compare_dim;

/** Stable name of a dimension ("age_group", "household", "main_income",
 *  "permanent"), NULL if unknown. */
VF_API const char *vf_compare_dim_name(vf_compare_dim dim);

/** Number of groups of dimension @p dim (every category, also empty ones);
 *  0 for an unknown dimension. */
VF_API size_t vf_compare_group_count(vf_compare_dim dim);

/** Name of group @p index of dimension @p dim ("18_24", "couple", "trygd",
 *  "yes"), NULL if out of range. Static string. */
VF_API const char *vf_compare_group_name(vf_compare_dim dim, size_t index);

/** Totals of group @p index of dimension @p dim. ::VF_E_RANGE if out of range. */
VF_API vf_status vf_comparison_get_group(const vf_comparison *cmp, vf_compare_dim dim,
                                         size_t index, vf_comparison_totals *out, vf_error *err);

/** One client's result. */
typedef struct vf_comparison_row {
  size_t index;         /**< Index of the client in the register. */
  const char *id;       /**< Client id, borrowed from the comparison. */
  vf_status status;     /**< ::VF_OK, or the error that left the client out. */
  vf_money baseline;    /**< Amount under the baseline (0 if failed). */
  vf_money scenario;    /**< Amount under the scenario (0 if failed). */
  vf_money difference;  /**< scenario - baseline (0 if failed). */
} vf_comparison_row;

/** Client @p index (register order). ::VF_E_RANGE if out of range. */
VF_API vf_status vf_comparison_get_row(const vf_comparison *cmp, size_t index,
                                       vf_comparison_row *out, vf_error *err);

/** Copies the per-client columns into caller arrays of @p n elements each,
 *  @p n = vf_comparison_client_count() (::VF_E_INVALID_ARG otherwise). Any
 *  array may be NULL (not wanted). @p status receives ::vf_status values. */
VF_API vf_status vf_comparison_columns(const vf_comparison *cmp, vf_money *baseline,
                                       vf_money *scenario, vf_money *difference,
                                       uint8_t *status, size_t n, vf_error *err);

/** Number of largest losses kept: at most the options' @c largest, and no
 *  more than the number of losers. */
VF_API size_t vf_comparison_loss_count(const vf_comparison *cmp);

/** Largest loss @p rank (0 = the largest fall; ties by register order).
 *  ::VF_E_RANGE if out of range. */
VF_API vf_status vf_comparison_get_loss(const vf_comparison *cmp, size_t rank,
                                        vf_comparison_row *out, vf_error *err);

/** What a comparison was computed with, to reproduce it. Strings are
 *  borrowed from the comparison. */
typedef struct vf_comparison_info {
  const char *period;              /**< "2021-06" for a month, "2021" for a year. */
  int year;                        /**< Year of the period. */
  int month;                       /**< Month 1..12, or 0 for a whole year. */
  const char *library_version;     /**< vf_version() of the library that computed it. */
  const char *rules;               /**< Rule versions used, comma-separated ("assistance/1,rule80/1",
                                        or "kvp_benefit/1"). */
  const char *baseline_profile;    /**< vf_ctx_profile() of the baseline. */
  const char *baseline_params_id;  /**< vf_ctx_params_id() of the baseline. */
  const char *scenario_profile;    /**< vf_ctx_profile() of the scenario. */
  const char *scenario_params_id;  /**< vf_ctx_params_id() of the scenario. */
  size_t baseline_projected;       /**< Clients whose baseline amount used a PROJECTED
                                        parameter value (vf_ctx_set_projection()). */
  size_t scenario_projected;       /**< Clients whose scenario amount used one. */
} vf_comparison_info;

/** Fills @p out. ::VF_E_INVALID_ARG for NULL. */
VF_API vf_status vf_comparison_get_info(const vf_comparison *cmp, vf_comparison_info *out,
                                        vf_error *err);

#ifdef __cplusplus
}
#endif
#endif
