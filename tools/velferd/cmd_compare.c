/* velferd compare: a baseline and a scenario over the clients of a register
 * (velferd/scenario.h). */
#define _POSIX_C_SOURCE 200809L /* stat */
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static vt_opt opts[] = {
  {"scenario", 's', "FILE", NULL, 0},
  {"month", 'm', "YYYY-MM", NULL, 0},
  {"year", 'y', "YYYY", NULL, 0},
  {"rule", 'r', "RULE", NULL, 0},
  VT_OPT_FORMAT,
  {"largest", 'n', "N", NULL, 0},
  {"clients", 0, "FILE", NULL, 0},
  VT_OPT_OUTPUT,
  VT_OPT_PROFILE,
  VT_OPT_PARAMS,
  VT_OPT_AS_KNOWN_ON,
  VT_OPT_PROJECTION,
  VT_OPT_END};

static const vt_spec spec = {
  "compare", "REGISTER",
  opts, 1, 1};

/* Reads a client CSV file into a new register (strict: the first bad row stops). */
static int read_clients(const char *path, vf_register *reg) {
  vf_error e;
  vf_client_reader *r = NULL;
  if (vf_client_reader_open(&r, path, &e)) return vt_report("compare", &e);
  int rc = -1;
  for (;;) {
    vf_client *c = NULL;
    vf_status s = vf_client_reader_next(r, &c, &e);
    if (!s && !c) break;
    if (!s) s = vf_register_add_client(reg, c, NULL, &e);
    if (s) {
      if (c)
        vt_errorf("compare", "%s:%d: %s", path, vf_client_reader_line(r), e.message);
      else
        vt_errorf("compare", "%s", e.message);
      vf_client_free(c);
      rc = e.status == VF_E_NOMEM ? VT_EXIT_FAIL : VT_EXIT_USAGE;
      break;
    }
    vf_client_free(c);
  }
  vf_client_reader_free(r);
  return rc;
}

static int read_register(const char *path, vf_register **out) {
  vf_error e;
  vf_register *reg = NULL;
  if (vf_register_new(&reg, &e)) return vt_report("compare", &e);
  struct stat st;
  int rc = -1;
  if (!stat(path, &st) && S_ISDIR(st.st_mode)) {
    /* Only clients.csv: the comparison reads no payments or population, so
     * holding them would only cost memory (docs/scenarios.md). */
    char file[4096];
    int n = snprintf(file, sizeof file, "%s/clients.csv", path);
    if (n < 0 || (size_t)n >= sizeof file) {
      vt_errorf("compare", "%s: path too long", path);
      rc = VT_EXIT_USAGE;
    } else if (vf_register_read_clients_csv(reg, file, VF_READ_STRICT, NULL, &e))
      rc = vt_report("compare", &e);
    else
      vt_errorf("compare", "note: %s is a register directory: its files hold no incomes or "
                "housing costs, so they count as zero (docs/scenarios.md)", path);
  } else {
    rc = read_clients(path, reg);
  }
  if (rc >= 0) {
    vf_register_free(reg);
    return rc;
  }
  *out = reg;
  return -1;
}

static void money(FILE *f, const char *sep, vf_money m) {
  char a[32];
  vf_money_format(m, a, sizeof a);
  fprintf(f, "%s%s", sep, a);
}

/* ---- text ---- */

/* An amount in the text output, as the language writes it (kroner and øre). */
static void kr_text(char *buf, size_t size, vf_money m) {
  vf_format_fixed(vt_labels(), m, 2, 0, buf, size);
}

/* A count in the text output. */
static void count_text(char *buf, size_t size, size_t n) {
  vf_format_integer(vt_labels(), (int64_t)n, 0, buf, size);
}

static void text_totals(FILE *f, const char *label, const vf_comparison_totals *t) {
  char b[48], s[48], d[48], n[4][32];
  kr_text(b, sizeof b, t->baseline);
  kr_text(s, sizeof s, t->scenario);
  kr_text(d, sizeof d, t->difference);
  count_text(n[0], sizeof n[0], t->clients);
  count_text(n[1], sizeof n[1], t->gainers);
  count_text(n[2], sizeof n[2], t->losers);
  count_text(n[3], sizeof n[3], t->unchanged);
  fputs("  ", f);
  vt_pad(f, label, 26, 0);
  fprintf(f, " %7s %15s %15s %15s %7s %7s %7s\n", n[0], b, s, d, n[1], n[2], n[3]);
}

/* A group as the text shows it: its code in English, its label otherwise. */
static const char *group_text(vf_compare_dim d, size_t g) {
  static const char *const prefix[VF_DIM_COUNT] = {"code.age_group", "calc.household",
                                                    "code.income_category", "code.tristate"};
  const char *code = vf_compare_group_name(d, g);
  if (!vt_labels()) return code;
  char key[96];
  snprintf(key, sizeof key, "%s.%s", prefix[d], code);
  const char *s = vf_labels_get(vt_labels(), key);
  return s ? s : code;
}

static void write_text(FILE *f, const vf_comparison *c, const char *reg_path,
                       const char *overlay) {
  vf_comparison_info in;
  vf_comparison_totals t;
  vf_comparison_get_info(c, &in, NULL);
  vf_comparison_get_totals(c, &t, NULL);
  char line[1024], n[32], k[32];
  count_text(n, sizeof n, vf_comparison_client_count(c));
  fprintf(f, "%s\n", vt_fill(line, sizeof line, in.month ? "compare.title" : "compare.title_year",
                              in.period, reg_path, n, (char *)NULL));
  fprintf(f, "  %s\n", vt_fill(line, sizeof line, "compare.baseline", in.baseline_profile,
                                in.baseline_params_id, (char *)NULL));
  fprintf(f, "  %s\n", vt_fill(line, sizeof line, "compare.scenario", in.scenario_profile, overlay,
                                in.scenario_params_id, (char *)NULL));
  fprintf(f, "  %s\n", vt_fill(line, sizeof line, "compare.library", in.library_version, in.rules,
                                (char *)NULL));
  if (in.baseline_projected || in.scenario_projected) {
    count_text(n, sizeof n, in.baseline_projected);
    count_text(k, sizeof k, in.scenario_projected);
    fprintf(f, "  %s\n", vt_fill(line, sizeof line, "compare.projected", n, k, (char *)NULL));
  }
  fputc('\n', f);
  fprintf(f, "%s\n  %26s", vt_text("compare.amounts"), "");
  static const char *const heads[] = {"compare.clients", "compare.baseline_head",
    "compare.scenario_head", "compare.difference", "compare.gain", "compare.lose", "compare.same"};
  static const int widths[] = {7, 15, 15, 15, 7, 7, 7};
  for (int i = 0; i < 7; i++) {
    fputc(' ', f);
    vt_pad(f, vt_text(heads[i]), (size_t)widths[i], 1);
  }
  fputc('\n', f);
  text_totals(f, vt_text("compare.all"), &t);
  if (vf_comparison_failed_count(c)) {
    count_text(k, sizeof k, vf_comparison_failed_count(c));
    fprintf(f, "  %s\n", vt_fill(line, sizeof line, "compare.failed", k, (char *)NULL));
  }
  for (int d = 0; d < VF_DIM_COUNT; d++) {
    char key[64];
    snprintf(key, sizeof key, "compare.by.%s", vf_compare_dim_name((vf_compare_dim)d));
    fprintf(f, "\n%s\n", vt_text(key));
    for (size_t g = 0; g < vf_compare_group_count((vf_compare_dim)d); g++) {
      vf_comparison_totals gt;
      vf_comparison_get_group(c, (vf_compare_dim)d, g, &gt, NULL);
      if (gt.clients) text_totals(f, group_text((vf_compare_dim)d, g), &gt);
    }
  }
  size_t nl = vf_comparison_loss_count(c);
  fprintf(f, "\n%s\n", vt_text(nl ? "compare.losses" : "compare.losses_none"));
  if (nl) {
    fputs("  ", f);
    vt_pad(f, vt_text("compare.client"), 26, 0);
    for (int i = 1; i <= 3; i++) {
      fputc(' ', f);
      vt_pad(f, vt_text(heads[i]), 15, 1);
    }
    fputc('\n', f);
  }
  for (size_t k2 = 0; k2 < nl; k2++) {
    vf_comparison_row r;
    vf_comparison_get_loss(c, k2, &r, NULL);
    char b[48], s[48], d[48];
    kr_text(b, sizeof b, r.baseline);
    kr_text(s, sizeof s, r.scenario);
    kr_text(d, sizeof d, r.difference);
    char m[256];
    fputs("  ", f);
    vt_pad(f, vt_id(r.id, m, sizeof m), 26, 0);
    fprintf(f, " %15s %15s %15s\n", b, s, d);
  }
}

/* ---- csv: one table, a row per total, group and loss ---- */

static void csv_totals(FILE *f, const char *kind, const char *dim, const char *group,
                       const vf_comparison_totals *t) {
  fprintf(f, "%s,%s,%s,,%zu", kind, dim, group, t->clients);
  money(f, ",", t->baseline);
  money(f, ",", t->scenario);
  money(f, ",", t->difference);
  fprintf(f, ",%zu,%zu,%zu\n", t->gainers, t->losers, t->unchanged);
}

static void write_csv(FILE *f, const vf_comparison *c) {
  vf_comparison_totals t;
  vf_comparison_get_totals(c, &t, NULL);
  fprintf(f, "kind,dimension,group,id,clients,baseline,scenario,difference,gainers,losers,"
             "unchanged\n");
  csv_totals(f, "total", "", "", &t);
  for (int d = 0; d < VF_DIM_COUNT; d++)
    for (size_t g = 0; g < vf_compare_group_count((vf_compare_dim)d); g++) {
      vf_comparison_totals gt;
      vf_comparison_get_group(c, (vf_compare_dim)d, g, &gt, NULL);
      csv_totals(f, "group", vf_compare_dim_name((vf_compare_dim)d),
                 vf_compare_group_name((vf_compare_dim)d, g), &gt);
    }
  for (size_t k = 0; k < vf_comparison_loss_count(c); k++) {
    vf_comparison_row r;
    vf_comparison_get_loss(c, k, &r, NULL);
    char m[256];
    fprintf(f, "loss,,,");
    vt_csv_field(f, vt_id(r.id, m, sizeof m));
    fprintf(f, ",1");
    money(f, ",", r.baseline);
    money(f, ",", r.scenario);
    money(f, ",", r.difference);
    fprintf(f, ",0,1,0\n");
  }
}

/* ---- json ---- */

static void json_totals(FILE *f, const vf_comparison_totals *t) {
  fprintf(f, "{\"clients\":%zu,\"baseline_ore\":%lld,\"scenario_ore\":%lld,"
             "\"difference_ore\":%lld,\"gainers\":%zu,\"losers\":%zu,\"unchanged\":%zu,"
             "\"gains_ore\":%lld,\"losses_ore\":%lld}",
          t->clients, (long long)t->baseline, (long long)t->scenario, (long long)t->difference,
          t->gainers, t->losers, t->unchanged, (long long)t->gains, (long long)t->losses);
}

static void json_kv(FILE *f, const char *key, const char *value, const char *after) {
  vt_json_string(f, key);
  fputc(':', f);
  vt_json_string(f, value);
  fputs(after, f);
}

static void write_json(FILE *f, const vf_comparison *c, const char *overlay) {
  vf_comparison_info in;
  vf_comparison_totals t;
  vf_comparison_get_info(c, &in, NULL);
  vf_comparison_get_totals(c, &t, NULL);
  fputc('{', f);
  json_kv(f, "period", in.period, ",");
  json_kv(f, "library_version", in.library_version, ",");
  json_kv(f, "rules", in.rules, ",");
  fputs("\"baseline\":{", f);
  json_kv(f, "profile", in.baseline_profile, ",");
  json_kv(f, "params_id", in.baseline_params_id, ",");
  fprintf(f, "\"projected\":%zu},", in.baseline_projected);
  fputs("\"scenario\":{", f);
  json_kv(f, "profile", in.scenario_profile, ",");
  json_kv(f, "overlay", overlay, ",");
  json_kv(f, "params_id", in.scenario_params_id, ",");
  fprintf(f, "\"projected\":%zu},", in.scenario_projected);
  fprintf(f, "\"clients\":%zu,\"failed\":%zu,\"totals\":", vf_comparison_client_count(c),
          vf_comparison_failed_count(c));
  json_totals(f, &t);
  fputs(",\"groups\":{", f);
  for (int d = 0; d < VF_DIM_COUNT; d++) {
    fprintf(f, "%s", d ? "," : "");
    vt_json_string(f, vf_compare_dim_name((vf_compare_dim)d));
    fputs(":{", f);
    for (size_t g = 0; g < vf_compare_group_count((vf_compare_dim)d); g++) {
      vf_comparison_totals gt;
      vf_comparison_get_group(c, (vf_compare_dim)d, g, &gt, NULL);
      fprintf(f, "%s", g ? "," : "");
      vt_json_string(f, vf_compare_group_name((vf_compare_dim)d, g));
      fputc(':', f);
      json_totals(f, &gt);
    }
    fputc('}', f);
  }
  fputs("},\"largest_losses\":[", f);
  for (size_t k = 0; k < vf_comparison_loss_count(c); k++) {
    vf_comparison_row r;
    vf_comparison_get_loss(c, k, &r, NULL);
    char m[256];
    fprintf(f, "%s{\"id\":", k ? "," : "");
    vt_json_string(f, vt_id(r.id, m, sizeof m));
    fprintf(f, ",\"baseline_ore\":%lld,\"scenario_ore\":%lld,\"difference_ore\":%lld}",
            (long long)r.baseline, (long long)r.scenario, (long long)r.difference);
  }
  fputs("]}\n", f);
}

static int write_clients(const vf_comparison *c, const char *path) {
  vt_out vo;
  if (vt_open_out("compare", path, &vo) >= 0) return VT_EXIT_FAIL;
  FILE *f = vo.f;
  fprintf(f, "id,status,baseline,scenario,difference\n");
  for (size_t i = 0; i < vf_comparison_client_count(c); i++) {
    vf_comparison_row r;
    vf_comparison_get_row(c, i, &r, NULL);
    char m[256];
    vt_csv_field(f, vt_id(r.id, m, sizeof m));
    if (r.status) {
      fprintf(f, ",%s,,,\n", vf_strerror(r.status));
      continue;
    }
    fprintf(f, ",ok");
    money(f, ",", r.baseline);
    money(f, ",", r.scenario);
    money(f, ",", r.difference);
    fputc('\n', f);
  }
  return vt_close_out("compare", &vo);
}

/* Parses --month/--year into (year, month); month 0 for a year. */
static int period(int *year, int *month) {
  const char *m = vt_get(&spec, "month")->value, *y = vt_get(&spec, "year")->value;
  if (!m == !y) {
    vt_errorf("compare", "give exactly one of --month YYYY-MM and --year YYYY");
    return VT_EXIT_USAGE;
  }
  char day[32];
  vf_date on;
  if (m) {
    snprintf(day, sizeof day, "%.20s-01", m);
    if (strlen(m) != 7 || vf_date_parse(day, &on, NULL)) {
      vt_errorf("compare", "--month: '%s' is not YYYY-MM", m);
      return VT_EXIT_USAGE;
    }
    *year = on.year;
    *month = on.month;
    return -1;
  }
  snprintf(day, sizeof day, "%.20s-01-01", y);
  if (strlen(y) != 4 || vf_date_parse(day, &on, NULL)) {
    vt_errorf("compare", "--year: '%s' is not YYYY", y);
    return VT_EXIT_USAGE;
  }
  *year = on.year;
  *month = 0;
  return -1;
}

int cmd_compare(int argc, char **argv) {
  char *pos[VT_MAX_POS];
  int npos, rc = vt_parse(&spec, argc, argv, pos, &npos);
  if (rc >= 0) return rc;
  const char *overlay = vt_get(&spec, "scenario")->value;
  if (!overlay) {
    vt_errorf("compare", "--scenario FILE is required");
    return VT_EXIT_USAGE;
  }
  int year, month;
  if ((rc = period(&year, &month)) >= 0) return rc;
  static const char *const formats[] = {"text", "csv", "json", NULL};
  const char *fmt_text = vt_get(&spec, "format")->value;
  int fmt = fmt_text ? vt_choice("compare", "format", fmt_text, formats) : 0;
  if (fmt < 0) return VT_EXIT_USAGE;
  vf_compare_options o = VF_COMPARE_OPTIONS_INIT;
  o.threads = 2;
  static const char *const rules[] = {"assistance", "kvp_benefit", NULL};
  const char *rule_text = vt_get(&spec, "rule")->value;
  int rule = rule_text ? vt_choice("compare", "rule", rule_text, rules) : 0;
  if (rule < 0) return VT_EXIT_USAGE;
  o.rule = (vf_compare_rule)rule;
  const char *largest = vt_get(&spec, "largest")->value;
  if (largest) {
    uint64_t v;
    if ((rc = vt_parse_num("compare", "largest", largest, 0, 1000000, &v)) >= 0) return rc;
    o.largest = (size_t)v;
  }

  vf_ctx *base = NULL, *scen = NULL;
  vf_register *reg = NULL;
  vf_comparison *c = NULL;
  vf_error e;
  if ((rc = vt_make_ctx(&spec, &base)) >= 0) return rc;
  if (vf_ctx_clone(&scen, base, &e) || vf_ctx_load_params_file(scen, overlay, &e)) {
    rc = vt_report("compare", &e);
    goto done;
  }
  if ((rc = read_register(pos[0], &reg)) >= 0) goto done;
  if (month ? vf_compare_month(&c, reg, base, scen, year, month, &o, &e)
            : vf_compare_year(&c, reg, base, scen, year, &o, &e)) {
    rc = vt_report("compare", &e);
    goto done;
  }
  const char *out_path = vt_get(&spec, "output")->value;
  vt_out vo;
  if (vt_open_out("compare", out_path, &vo) >= 0) {
    rc = VT_EXIT_FAIL;
    goto done;
  }
  FILE *out = vo.f;
  if (fmt == 0) write_text(out, c, pos[0], overlay);
  else if (fmt == 1) write_csv(out, c);
  else write_json(out, c, overlay);
  if ((rc = vt_close_out("compare", &vo))) goto done;
  const char *clients = vt_get(&spec, "clients")->value;
  if (clients && (rc = write_clients(c, clients))) goto done;
  const vf_error *fe = vf_comparison_first_error(c);
  if (fe) {
    vt_errorf("compare", "%zu of %zu clients could not be computed and are left out; the first: %s",
              vf_comparison_failed_count(c), vf_comparison_client_count(c), fe->message);
    rc = VT_EXIT_PARTIAL;
  }
done:
  vf_comparison_free(c);
  vf_register_free(reg);
  vf_ctx_free(scen);
  vf_ctx_free(base);
  return rc < 0 ? VT_EXIT_OK : rc;
}
