/* velferd params coverage: what the parameter set covers (velferd/coverage.h). */
#include "params_coverage.h"

#include <string.h>

static void date_text(vf_date d, char *buf, size_t size) {
  if (d.year) vf_date_format(d, buf, size);
  else snprintf(buf, size, "%s", "");
}

/* A reason shortened for the text listing, cut on a UTF-8 character boundary. */
static void short_reason(const char *r, char *buf, size_t size) {
  size_t n = strlen(r);
  if (n < size) { memcpy(buf, r, n + 1); return; }
  size_t k = size - 5;
  while (k && ((unsigned char)r[k] & 0xC0) == 0x80) k--;
  memcpy(buf, r, k);
  memcpy(buf + k, " ...", 5);
}

static void text_period(FILE *f, const vf_coverage_period *p, const char *yes, const char *no,
                        int first) {
  char a[16], b[16], r[112];
  date_text(p->from, a, sizeof a);
  date_text(p->to, b, sizeof b);
  fputs(first ? "" : "                                  ", f);
  size_t w = 14; /* as always, wider for longer words */
  if (vt_width(vt_text(yes)) > w) w = vt_width(vt_text(yes));
  if (vt_width(vt_text(no)) > w) w = vt_width(vt_text(no));
  vt_pad(f, vt_text(p->known ? yes : no), w, 0);
  fprintf(f, " %s..%s", a, p->to.year ? b : vt_text("coverage.open"));
  if (*p->reason) {
    short_reason(p->reason, r, sizeof r);
    fprintf(f, ": %s", r);
  }
  fputc('\n', f);
}

static void json_period(FILE *f, const vf_coverage_period *p, const char *key, int first) {
  char a[16], b[16];
  date_text(p->from, a, sizeof a);
  date_text(p->to, b, sizeof b);
  fprintf(f, "%s{\"from\": \"%s\", \"to\": ", first ? "" : ", ", a);
  if (p->to.year) fprintf(f, "\"%s\"", b); else fprintf(f, "null");
  fprintf(f, ", \"%s\": %s, \"reason\": ", key, p->known ? "true" : "false");
  vt_json_string(f, p->reason);
  fputc('}', f);
}

int vt_params_coverage(const vf_ctx *ctx, int json, FILE *f) {
  vf_error e;
  vf_coverage *cov = NULL;
  if (vf_coverage_new(&cov, ctx, &e)) return vt_report("params", &e);
  char until[16] = "never", known[16] = "";
  vf_date u;
  if (vf_coverage_all_until(cov, &u, NULL) == VF_OK) {
    if (u.year) vf_date_format(u, until, sizeof until);
    else snprintf(until, sizeof until, "open");
  }
  if (vf_ctx_as_known_on(ctx).year) vf_date_format(vf_ctx_as_known_on(ctx), known, sizeof known);
  vf_coverage_rule rule;
  vf_coverage_period p;
  if (!json) {
    char line[512], as_known[128] = "";
    if (*known) vt_fill(as_known, sizeof as_known, "params.as_known_on", known, (char *)NULL);
    fprintf(f, "%s\n\n", vt_fill(line, sizeof line, "coverage.title", vf_ctx_profile(ctx),
                                  vf_ctx_params_id(ctx), as_known, (char *)NULL));
    fprintf(f, "%s\n", vt_fill(line, sizeof line, !strcmp(until, "open") ? "coverage.all_open"
                                                 : !strcmp(until, "never") ? "coverage.all_never"
                                                                           : "coverage.all_until",
                               until, (char *)NULL));
    fprintf(f, "%s\n\n%s\n", vt_text("coverage.note"), vt_text("coverage.rules"));
    for (size_t r = 0; r < vf_coverage_rule_count(cov); r++) {
      vf_coverage_get_rule(cov, r, &rule, NULL);
      fprintf(f, "%c %-30s  ", rule.headline ? '*' : ' ', rule.name);
      for (size_t k = 0; k < rule.period_count; k++)
        if (vf_coverage_rule_period(cov, r, k, &p, NULL) == VF_OK)
          text_period(f, &p, "coverage.computable", "coverage.not_computable", k == 0);
    }
    fprintf(f, "\n%s\n", vt_text("coverage.parameters"));
    for (size_t i = 0; i < vf_coverage_param_count(cov); i++) {
      fprintf(f, "  %-30s  ", vf_coverage_param_name(cov, i));
      size_t n = vf_coverage_param_period_count(cov, i);
      for (size_t k = 0; k < n; k++)
        if (vf_coverage_param_period(cov, i, k, &p, NULL) == VF_OK)
          text_period(f, &p, "coverage.enacted", "coverage.gap", k == 0);
      if (!n) fputc('\n', f);
    }
  } else {
    fprintf(f, "{\"profile\": ");
    vt_json_string(f, vf_ctx_profile(ctx));
    fprintf(f, ", \"params_id\": \"%s\", \"as_known_on\": ", vf_ctx_params_id(ctx));
    if (*known) fprintf(f, "\"%s\"", known); else fprintf(f, "null");
    fprintf(f, ", \"all_rules_until\": \"%s\", \"rules\": [", until);
    for (size_t r = 0; r < vf_coverage_rule_count(cov); r++) {
      vf_coverage_get_rule(cov, r, &rule, NULL);
      fprintf(f, "%s\n  {\"name\": \"%s\", \"headline\": %s, \"about\": ", r ? "," : "",
              rule.name, rule.headline ? "true" : "false");
      vt_json_string(f, rule.about);
      fprintf(f, ", \"periods\": [");
      for (size_t k = 0; k < rule.period_count; k++)
        if (vf_coverage_rule_period(cov, r, k, &p, NULL) == VF_OK)
          json_period(f, &p, "computable", k == 0);
      fprintf(f, "]}");
    }
    fprintf(f, "],\n\"parameters\": [");
    for (size_t i = 0; i < vf_coverage_param_count(cov); i++) {
      fprintf(f, "%s\n  {\"name\": \"%s\", \"periods\": [", i ? "," : "",
              vf_coverage_param_name(cov, i));
      for (size_t k = 0, n = vf_coverage_param_period_count(cov, i); k < n; k++)
        if (vf_coverage_param_period(cov, i, k, &p, NULL) == VF_OK)
          json_period(f, &p, "enacted", k == 0);
      fprintf(f, "]}");
    }
    fprintf(f, "\n]}\n");
  }
  vf_coverage_free(cov);
  return VT_EXIT_OK;
}
