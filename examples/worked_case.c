/* A worked case: economic assistance for a single pensioner in Bergen with a
 * high rent, October 2021, printed with the trace that explains it; then the
 * same client where the 80 % rule is off (the default profile).
 * Usage: worked_case [json] */
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

static int run(const char *profile, const vf_client *c, vf_trace *trace, int json) {
  vf_error err;
  vf_ctx *ctx;
  if (vf_ctx_new(&ctx, profile, &err)) return fail("context", &err);
  vf_assistance_result r;
  if (vf_assistance_month(ctx, c, 2021, 10, &r, trace, &err)) {
    vf_ctx_free(ctx);
    return fail("assistance", &err);
  }
  size_t n = json ? vf_trace_to_json(trace, NULL, 0) : vf_trace_to_text(trace, NULL, 0);
  char *buf = malloc(n + 1);
  if (!buf) { vf_ctx_free(ctx); return 1; }
  if (json) vf_trace_to_json(trace, buf, n + 1);
  else vf_trace_to_text(trace, buf, n + 1);
  char amount[32];
  vf_money_format(r.assistance, amount, sizeof amount);
  if (!json) printf("== profile %s: economic assistance %s kr for October 2021 ==\n", profile, amount);
  printf("%s\n", buf);
  free(buf);
  vf_ctx_free(ctx);
  return 0;
}

int main(int argc, char **argv) {
  int json = argc > 1 && !strcmp(argv[1], "json");
  vf_error err;
  vf_client *c;
  vf_trace *trace;
  if (make_client(&c, &err)) return fail("client", &err);
  if (vf_trace_new(&trace, &err)) { vf_client_free(c); return fail("trace", &err); }
  int rc = run("bergen", c, trace, json);
  if (!rc && !json) rc = run("default", c, trace, json);
  vf_trace_free(trace);
  vf_client_free(c);
  return rc;
}
