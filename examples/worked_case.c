/* Worked cases printed with the traces that explain them.
 *   worked_case        economic assistance for a single pensioner in Bergen with a high
 *                      rent, October 2021; then the same client where the 80 % rule is
 *                      off (the default profile)
 *   worked_case json   the Bergen case's trace as JSON
 *   worked_case kvp    a 23-year-old in the qualification programme: eligibility on
 *                      1 May 2024 and the benefit for 15 April - 14 May 2024 (G changes
 *                      on 1 May) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <velferd/velferd.h>

static int fail(const char *what, const vf_error *err) {
  fprintf(stderr, "%s: %s\n", what, err->message);
  return 1;
}

/* Born 10 March 1950, unmarried, lives alone, alderspensjon 15 000 kr net a
 * month, rent 9 000 kr and electricity 1 000 kr a month. */
static int make_client(vf_client **out, vf_error *err) {
  vf_client *c;
  vf_money pension, rent, power;
  if (vf_client_new(&c, err) ||
      vf_client_set_birth_date(c, (vf_date){1950, 3, 10}, err) ||
      vf_client_set_civil_status(c, VF_CIVIL_UNMARRIED, err) ||
      vf_client_set_fact(c, VF_FACT_LIVES_WITH_PARTNER, VF_NO, err) ||
      vf_client_set_trygd(c, VF_TRYGD_OLD_AGE, err) ||
      vf_money_parse("15000", &pension, err) || vf_money_parse("9000", &rent, err) ||
      vf_money_parse("1000", &power, err) ||
      vf_client_set_income(c, VF_INC_TRYGD, pension, err) ||
      vf_client_set_housing(c, VF_HOUSING_RENT, rent, err) ||
      vf_client_set_housing(c, VF_HOUSING_ELECTRICITY, power, err)) {
    vf_client_free(c);
    return 1;
  }
  *out = c;
  return 0;
}

static int print_trace(const vf_trace *trace, int json) {
  size_t n = json ? vf_trace_to_json(trace, NULL, 0) : vf_trace_to_text(trace, NULL, 0);
  char *buf = malloc(n + 1);
  if (!buf) return 1;
  if (json) vf_trace_to_json(trace, buf, n + 1);
  else vf_trace_to_text(trace, buf, n + 1);
  printf("%s\n", buf);
  free(buf);
  return 0;
}

/* Born 3 March 2001; every criterion for the programme recorded as met. */
static int kvp(vf_trace *trace) {
  vf_error err;
  vf_ctx *ctx;
  vf_client *c;
  if (vf_ctx_new(&ctx, NULL, &err)) return fail("context", &err);
  if (vf_client_new(&c, &err)) { vf_ctx_free(ctx); return fail("client", &err); }
  int rc = 1;
  vf_kvp_eligibility_result el;
  vf_kvp_benefit_result b;
  if (vf_client_set_birth_date(c, (vf_date){2001, 3, 3}, &err) ||
      vf_client_set_fact(c, VF_FACT_REDUCED_WORK_CAPACITY, VF_YES, &err) ||
      vf_client_set_fact(c, VF_FACT_FOLKETRYGD_RIGHTS, VF_NO, &err) ||
      vf_client_set_fact(c, VF_FACT_WORK_ASSESSMENT_DONE, VF_YES, &err) ||
      vf_client_set_fact(c, VF_FACT_PROGRAMME_AVAILABLE, VF_YES, &err) ||
      vf_kvp_eligibility(ctx, c, (vf_date){2024, 5, 1}, &el, trace, &err)) {
    fail("eligibility", &err);
    goto out;
  }
  printf("== qualification programme: %s ==\n", el.eligible == VF_YES ? "eligible" : "not eligible");
  if (print_trace(trace, 0)) goto out;
  if (vf_kvp_benefit_period(ctx, c, (vf_date){2024, 4, 15}, (vf_date){2024, 5, 14}, 0, &b,
                            trace, &err)) {
    fail("benefit", &err);
    goto out;
  }
  char amount[32];
  vf_money_format(b.amount, amount, sizeof amount);
  printf("== qualification benefit %s kr for 2024-04-15..2024-05-14 ==\n", amount);
  rc = print_trace(trace, 0);
out:
  vf_client_free(c);
  vf_ctx_free(ctx);
  return rc;
}

static int run(const char *profile, const vf_client *c, vf_trace *trace, int json) {
  vf_error err;
  vf_ctx *ctx;
  if (vf_ctx_new(&ctx, profile, &err)) return fail("context", &err);
  vf_assistance_result r;
  if (vf_assistance_month(ctx, c, 2021, 10, &r, trace, &err)) {
    vf_ctx_free(ctx);
    return fail("assistance", &err);
  }
  char amount[32];
  vf_money_format(r.assistance, amount, sizeof amount);
  if (!json) printf("== profile %s: economic assistance %s kr for October 2021 ==\n", profile, amount);
  int rc = print_trace(trace, json);
  vf_ctx_free(ctx);
  return rc;
}

int main(int argc, char **argv) {
  int json = argc > 1 && !strcmp(argv[1], "json");
  int kvp_case = argc > 1 && !strcmp(argv[1], "kvp");
  vf_error err;
  vf_client *c;
  vf_trace *trace;
  if (make_client(&c, &err)) return fail("client", &err);
  if (vf_trace_new(&trace, &err)) { vf_client_free(c); return fail("trace", &err); }
  int rc;
  if (kvp_case) {
    rc = kvp(trace);
  } else {
    rc = run("bergen", c, trace, json);
    if (!rc && !json) rc = run("default", c, trace, json);
  }
  vf_trace_free(trace);
  vf_client_free(c);
  return rc;
}
