/* What does Bergen's 80 % rule cost, and who gains from it?
 *
 * Baseline: the bergen profile (the rule on). Scenario: the same with
 * rule80.enabled = 0. Clients: a synthetic register of the default city
 * profile (velferd/synth.h) for 2021, the last year for which every rate the
 * rule needs is sourced in data/params.
 *
 * The synthetic register holds who the recipients are (age, household, main
 * income, trygd, children) and what each was paid each month, but not their
 * incomes and housing costs. So for each month, every client paid a grant
 * that month gets a net income such that the ordinary calculation (the rule
 * off) gives exactly the amount paid: income = norm + housing - paid. Housing
 * costs are an assumption (rent 8 000 kr a month, raised where needed so that
 * the income is not negative); they do not change the difference the rule
 * makes (minimum + rent + electricity - income minus norm + rent + electricity
 * - income = 80 % of the minimum pension level - norm). The figures are
 * therefore the rule's cost for a city like the synthetic one, not Bergen's
 * budget figure.
 *
 * Usage: scenario_rule80 [PERSONS]   (default 20 000 recipients a year) */
#include <stdio.h>
#include <stdlib.h>
#include "velferd/velferd.h"

#define YEAR 2021
#define RENT (8000 * (vf_money)VF_ORE_PER_KRONE)

static int fail(const char *what, const vf_error *e) {
  fprintf(stderr, "scenario_rule80: %s: %s\n", what, e->message);
  return 1;
}

/* Grant paid to each client in month m (øre, -1 = nothing paid). */
static void paid_in(const vf_register *reg, int m, vf_money *paid) {
  size_t n = vf_register_client_count(reg);
  for (size_t i = 0; i < n; i++) paid[i] = -1;
  for (size_t k = 0; k < vf_register_payment_count(reg); k++) {
    vf_payment p;
    vf_register_payment(reg, k, &p, NULL);
    if (p.year != YEAR || p.month != m || p.kind != VF_ASSIST_GRANT) continue;
    paid[p.client] = (paid[p.client] < 0 ? 0 : paid[p.client]) + p.gross;
  }
}

/* The month's recipients, each with the income that reproduces the payment
 * under @p ordinary (the rule off). Clients the rule cannot compute (a child
 * turning 18, say) are left out. */
static vf_status recipients(const vf_register *reg, const vf_ctx *ordinary, int m,
                            vf_money *paid, vf_register **out, vf_error *err) {
  vf_status s = vf_register_new(out, err);
  if (s) return s;
  paid_in(reg, m, paid);
  for (size_t i = 0; !s && i < vf_register_client_count(reg); i++) {
    if (paid[i] < 0) continue;
    vf_client *c = NULL;
    if ((s = vf_client_clone(&c, vf_register_client(reg, i), err))) break;
    vf_assistance_result r;
    vf_client_set_housing(c, VF_HOUSING_RENT, RENT, NULL);
    if (vf_assistance_month(ordinary, c, YEAR, m, &r, NULL, NULL) == VF_OK) {
      vf_money income = r.ordinary - paid[i]; /* norm + housing - paid */
      if (income < 0) { /* paid more than norm + rent: more rent, no income */
        vf_client_set_housing(c, VF_HOUSING_RENT, RENT - income, NULL);
        income = 0;
      }
      vf_trygd t = vf_client_trygd(c);
      int on_trygd = t != VF_TRYGD_NONE && t != VF_TRYGD_UNKNOWN;
      vf_client_set_income(c, on_trygd ? VF_INC_TRYGD : VF_INC_OTHER, income, NULL);
      s = vf_register_add_client(*out, c, NULL, err);
    }
    vf_client_free(c);
  }
  return s;
}

static void kr(vf_money m, char *buf) { vf_money_format(m, buf, 32); }

int main(int argc, char **argv) {
  size_t persons = argc > 1 ? (size_t)strtoul(argv[1], NULL, 10) : 20000;
  vf_error e;
  vf_register *reg = NULL;
  vf_ctx *bergen = NULL, *off = NULL;
  if (vf_synth_register("city2008", persons, 1, YEAR, &reg, &e)) return fail("synth", &e);
  if (vf_ctx_new(&bergen, "bergen", &e) || vf_ctx_clone(&off, bergen, &e) ||
      vf_ctx_set_param(off, "rule80.enabled", (vf_date){1900, 1, 1}, 0, 1,
                       "scenario: the 80 % rule removed", &e))
    return fail("contexts", &e);
  vf_money *paid = malloc((vf_register_client_count(reg) + 1) * sizeof *paid);
  if (!paid) return 1;

  printf("Bergen's 80 %% rule over a synthetic city of %zu recipients, %d\n", persons, YEAR);
  printf("baseline: bergen (rule on); scenario: rule80.enabled = 0\n\n");
  printf("month    recipients   cost with rule   cost without   the rule costs   gain from it\n");
  vf_money year_cost = 0;
  vf_comparison *june = NULL;
  for (int m = 1; m <= 12; m++) {
    vf_register *rec = NULL;
    vf_comparison *c = NULL;
    vf_compare_options o = VF_COMPARE_OPTIONS_INIT;
    o.threads = 2;
    if (recipients(reg, off, m, paid, &rec, &e) ||
        vf_compare_month(&c, rec, bergen, off, YEAR, m, &o, &e))
      return fail("compare", &e);
    vf_comparison_totals t;
    vf_comparison_get_totals(c, &t, NULL);
    char b[32], s[32], d[32];
    kr(t.baseline, b);
    kr(t.scenario, s);
    kr(-t.difference, d);
    printf("%d-%02d %12zu %16s %14s %16s %14zu\n", YEAR, m, t.clients, b, s, d, t.losers);
    year_cost -= t.difference;
    if (m == 6) june = c;
    else vf_comparison_free(c);
    vf_register_free(rec);
  }
  char y[32];
  kr(year_cost, y);
  printf("\nThe rule costs %s kr in %d.\n", y, YEAR);

  printf("\nWho gains from it (June %d): the clients who would lose without it\n", YEAR);
  printf("  %-24s %9s %16s\n", "group", "gainers", "gain (kr)");
  for (int d = 0; d < VF_DIM_COUNT; d++)
    for (size_t g = 0; g < vf_compare_group_count((vf_compare_dim)d); g++) {
      vf_comparison_totals t;
      vf_comparison_get_group(june, (vf_compare_dim)d, g, &t, NULL);
      if (!t.losers) continue;
      char name[64], a[32];
      snprintf(name, sizeof name, "%s %s", vf_compare_dim_name((vf_compare_dim)d),
               vf_compare_group_name((vf_compare_dim)d, g));
      kr(t.losses, a);
      printf("  %-24s %9zu %16s\n", name, t.losers, a);
    }
  printf("\nLargest gains from the rule in June:\n");
  for (size_t k = 0; k < vf_comparison_loss_count(june) && k < 5; k++) {
    vf_comparison_row r;
    vf_comparison_get_loss(june, k, &r, NULL);
    char a[32];
    kr(-r.difference, a);
    printf("  %-12s %12s kr a month\n", r.id, a);
  }
  vf_comparison_info in;
  vf_comparison_get_info(june, &in, NULL);
  printf("\nlibrary %s, rules %s, parameter sets %s (baseline) and %s (scenario)\n",
         in.library_version, in.rules, in.baseline_params_id, in.scenario_params_id);
  vf_comparison_free(june);
  free(paid);
  vf_ctx_free(off);
  vf_ctx_free(bergen);
  vf_register_free(reg);
  return 0;
}
