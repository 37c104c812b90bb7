/* Prints G, 2 G and the minimum pension levels in force on a date, with the
 * source of each figure, from the tables embedded in velferd.
 * Usage: consumer [YYYY-MM-DD]
 * The default date is the latest on which every figure shown has a sourced value
 * (data/params/README.md lists the gaps; a gap makes the program exit with 1). */
#include <stdio.h>
#include <string.h>
#include <velferd/velferd.h>

static int show(const vf_ctx *ctx, const char *name, vf_date on, int times, const char *label) {
  vf_param_value v;
  vf_error err;
  if (vf_param_get(ctx, name, on, &v, &err) != VF_OK) {
    fprintf(stderr, "%s: %s\n", name, err.message);
    return 1;
  }
  vf_money amount, monthly;
  if (vf_money_mul_ratio(v.num, times, 1, VF_ROUND_HALF_AWAY, &amount, &err) ||
      vf_money_yearly_to_monthly(amount, &monthly, &err)) {
    fprintf(stderr, "%s: %s\n", name, err.message);
    return 1;
  }
  char yearly_s[32], monthly_s[32], from[11];
  vf_money_format(amount, yearly_s, sizeof yearly_s);
  vf_money_format(monthly, monthly_s, sizeof monthly_s);
  vf_date_format(v.valid_from, from, sizeof from);
  printf("%-28s %12s kr/year %11s kr/month  (in force from %s)\n    source: %s\n", label,
         yearly_s, monthly_s, from, v.source);
  return 0;
}

int main(int argc, char **argv) {
  vf_error err;
  vf_date on = {2024, 1, 1};
  if (argc > 1 && vf_date_parse(argv[1], &on, &err) != VF_OK) {
    fprintf(stderr, "date: %s\n", err.message);
    return 2;
  }
  if (strcmp(vf_version(), VF_VERSION_STRING) != 0)
    fprintf(stderr, "warning: headers %s, library %s\n", VF_VERSION_STRING, vf_version());
  vf_ctx *ctx;
  if (vf_ctx_new(&ctx, NULL, &err) != VF_OK) {
    fprintf(stderr, "%s\n", err.message);
    return 1;
  }
  char day[11];
  vf_date_format(on, day, sizeof day);
  printf("velferd %s: figures in force on %s (parameter set %s)\n", vf_version(), day,
         vf_ctx_params_id(ctx));
  int rc = show(ctx, "g", on, 1, "G (grunnbeløp)");
  rc |= show(ctx, "g", on, 2, "2 G (qualification benefit)");
  rc |= show(ctx, "minimum_pension.single", on, 1, "Minimum pension, single");
  rc |= show(ctx, "minimum_pension.couple", on, 1, "Minimum pension, couple (each)");
  vf_ctx_free(ctx);
  return rc;
}
