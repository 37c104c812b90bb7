/* velferd network: published figures of a network of municipalities (tidy CSV
 * or SSB StatBank export), each member indexed against the network average. */
#include "registers.h"

#include <stdlib.h>
#include <string.h>

static vt_opt opts[] = {
  {"year", 'y', "YEAR", NULL, 0},
  {"network", 'n', "NAME", NULL, 0},
  {"average", 0, "HOW", NULL, 0},
  {"register", 0, "DIR", NULL, 0},
  {"municipality", 'm', "NNNN", NULL, 0},
  {"need-corrected", 0, "EXP=NEED", NULL, 0},
  {"need-base", 0, "B", NULL, 0},
  VT_OPT_SUPPRESS,
  VT_OPT_FORMAT,
  VT_OPT_OUTPUT,
  VT_OPT_END};

static const vt_spec spec = {
  "network", "FILE...",
  opts, 1, VT_MAX_POS};

static const char *const formats[] = {"text", "csv", "json", "markdown", NULL};
static const char *const averages[] = {"auto", "pooled", "mean", NULL};

int vt_network_load(const char *cmd, vf_network_data *nd, const char *path, int *partial) {
  vf_error e;
  size_t skipped = vf_network_data_skipped(nd);
  if (vf_network_data_read(nd, path, &e)) return vt_report(cmd, &e);
  skipped = vf_network_data_skipped(nd) - skipped;
  if (skipped) {
    vt_errorf(cmd, "%s: %zu values of regions that are not municipalities (country, counties, "
                   "KOSTRA groups) left out", path, skipped);
    (void)partial; /* expected in StatBank files: not a warning exit */
  }
  return -1;
}

int cmd_network(int argc, char **argv) {
  char *pos[VT_MAX_POS];
  int npos, rc = vt_parse(&spec, argc, argv, pos, &npos);
  if (rc >= 0) return rc;
  const char *fmt = vt_get(&spec, "format")->value, *how_text = vt_get(&spec, "average")->value;
  int format = fmt ? vt_choice("network", "format", fmt, formats) : 0;
  int how = how_text ? vt_choice("network", "average", how_text, averages) : 0;
  if (format < 0 || how < 0) return VT_EXIT_USAGE;
  static const int how_values[] = {VF_NETWORK_AUTO, VF_NETWORK_POOLED, VF_NETWORK_MEAN};
  const char *network = vt_get(&spec, "network")->value;
  if (!network) network = "asss";
  if (!strcmp(network, "all")) network = NULL;
  const char *reg_dir = vt_get(&spec, "register")->value, *mun = vt_get(&spec, "municipality")->value;
  if (!reg_dir != !mun) {
    vt_errorf("network", "--register and --municipality go together");
    return VT_EXIT_USAGE;
  }
  int municipality = 0;
  if (mun) {
    uint64_t m;
    if (strlen(mun) != 4) {
      vt_errorf("network", "--municipality: '%s' is not a 4-digit municipality number", mun);
      return VT_EXIT_USAGE;
    }
    if ((rc = vt_parse_num("network", "municipality", mun, 1, 9999, &m)) >= 0) return rc;
    municipality = (int)m;
  }
  vf_error e;
  vf_network_data *nd = NULL;
  vf_network_result *res = NULL;
  vt_year y = {0};
  char *text = NULL;
  int partial = 0;
  if (vf_network_data_new(&nd, &e)) return vt_report("network", &e);
  for (int i = 0; i < npos && rc < 0; i++) rc = vt_network_load("network", nd, pos[i], &partial);
  const char *year_text = vt_get(&spec, "year")->value;
  int year = 0;
  if (rc < 0 && year_text) {
    uint64_t v = 0;
    rc = vt_parse_num("network", "year", year_text, 1, 9999, &v);
    year = (int)v;
  }
  if (rc < 0 && !year) year = vf_network_data_latest_year(nd);
  if (rc < 0 && reg_dir) {
    char ytext[8];
    snprintf(ytext, sizeof ytext, "%d", year);
    rc = vt_year_load("network", &y, reg_dir, NULL, "year", ytext,
                      vt_get(&spec, "suppress-below")->value, NULL, &partial, NULL);
    if (rc < 0 && vf_network_data_add_indicators(nd, municipality, y.ind, &e))
      rc = vt_report("network", &e);
  }
  const char *corr = vt_get(&spec, "need-corrected")->value;
  if (rc < 0 && corr) {
    const char *eq = strchr(corr, '=');
    const char *base_text = vt_get(&spec, "need-base")->value;
    uint64_t base = 1;
    char exp[256], name[300];
    if (base_text && (rc = vt_parse_num("network", "need-base", base_text, 1, 100, &base)) >= 0) {
      /* the error is printed */
    } else if (!eq || eq == corr || !eq[1] || (size_t)(eq - corr) >= sizeof exp) {
      vt_errorf("network", "--need-corrected: give EXPENDITURE=NEED (two indicator names)");
      rc = VT_EXIT_USAGE;
    } else {
      memcpy(exp, corr, (size_t)(eq - corr));
      exp[eq - corr] = '\0';
      snprintf(name, sizeof name, "%s, corrected for expenditure need", exp);
      if (vf_network_data_correct(nd, exp, eq + 1, (int)base, name, &e)) rc = vt_report("network", &e);
    }
  }
  if (rc < 0 && vf_network_compare(nd, network, year, how_values[how], &res, &e))
    rc = vt_report("network", &e);
  static const vf_output_format lib_format[] = {VF_OUTPUT_TEXT, VF_OUTPUT_CSV, VF_OUTPUT_JSON,
                                                VF_OUTPUT_MARKDOWN};
  if (rc < 0 && vf_network_result_render_lang(res, lib_format[format],
                                                      format == 0 || format == 3 ? vt_labels() : NULL,
                                                      &text, NULL, &e))
    rc = vt_report("network", &e);
  if (rc < 0) {
    const char *path = vt_get(&spec, "output")->value;
    vt_out out;
    if ((rc = vt_open_out("network", path, &out)) < 0) {
      fputs(text, out.f);
      rc = vt_close_out("network", &out);
    }
  }
  vf_indicators_text_free(text);
  vf_network_result_free(res);
  vf_network_data_free(nd);
  vt_year_free(&y);
  if (rc > 0) return rc;
  return partial ? VT_EXIT_PARTIAL : VT_EXIT_OK;
}
