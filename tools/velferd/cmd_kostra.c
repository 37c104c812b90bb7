/* velferd kostra: KOSTRA report files 11F and 11CF. `check` validates a file
 * the way Statistics Norway's tool does, `indicators` computes the figures of
 * an 11F file, `write` writes an 11F or 11CF file from a register. */
#include "cli.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#define DEFAULT_YEAR 2026

static int parse_year(const char *cmd, const vt_opt *o, int *year) {
  *year = DEFAULT_YEAR;
  if (!o->value) return -1;
  uint64_t y;
  int rc = vt_parse_num(cmd, "year", o->value, 1900, 9999, &y);
  if (rc < 0) *year = (int)y;
  return rc;
}

/* --- check ------------------------------------------------------------------ */

static vt_opt check_opts[] = {
  {"year", 'y', "YEAR", NULL, 0},
  {"municipality", 'm', "NNNN", NULL, 0},
  VT_OPT_FORMAT,
  VT_OPT_OUTPUT,
  VT_OPT_END};

static const vt_spec check_spec = {
  "kostra check", "FORM FILE",
  check_opts, 2, 2};

static int kostra_check(int argc, char **argv) {
  char *pos[VT_MAX_POS];
  int npos, rc = vt_parse(&check_spec, argc, argv, pos, &npos);
  if (rc >= 0) return rc;
  const char *cmd = check_spec.name;
  int year;
  if ((rc = parse_year(cmd, vt_get(&check_spec, "year"), &year)) >= 0) return rc;
  static const char *const formats[] = {"text", "csv", NULL};
  const vt_opt *fo = vt_get(&check_spec, "format");
  int format = fo->value ? vt_choice(cmd, "format", fo->value, formats) : 0;
  if (format < 0) return VT_EXIT_USAGE;
  const char *muni = vt_get(&check_spec, "municipality")->value;
  vf_kostra_form form;
  vf_error e;
  if (vf_kostra_form_parse(pos[0], &form, &e)) return vt_report(cmd, &e);
  vf_kostra_report *r; /* the file is read a record at a time, never whole */
  if (vf_kostra_check_path(pos[1], form, year, muni, &r, &e)) return vt_report(cmd, &e);
  const char *path = vt_get(&check_spec, "output")->value;
  vt_out vo;
  if (vt_open_out(cmd, path, &vo) >= 0) {
    vf_kostra_report_free(r);
    return VT_EXIT_FAIL;
  }
  FILE *out = vo.f;
  size_t n = vf_kostra_report_count(r);
  if (format == 1) fprintf(out, "rule,severity,line,journal,field,message\n");
  for (size_t i = 0; i < n; i++) {
    const vf_kostra_finding *x = vf_kostra_report_finding(r, i);
    if (format == 1) {
      fprintf(out, "%s,%s,%d,", x->rule, vf_kostra_severity_name(x->severity), x->line);
      vt_csv_field(out, x->journal);
      fputc(',', out);
      vt_csv_field(out, x->field);
      fputc(',', out);
      vt_csv_field(out, x->message);
      fputc('\n', out);
    } else {
      char key[64];
      snprintf(key, sizeof key, "kostra.severity.%s", vf_kostra_severity_name(x->severity));
      const char *sev = vt_labels() ? vt_text(key) : vf_kostra_severity_name(x->severity);
      vt_pad(out, sev, 7, 0);
      fprintf(out, " %-4s %s\n", x->rule, x->message);
    }
  }
  if (format == 0) {
    char y[16], c[4][32], line[512];
    snprintf(y, sizeof y, "%d", year);
    vf_format_integer(vt_labels(), (int64_t)vf_kostra_report_record_count(r), 0, c[0], sizeof c[0]);
    vf_format_integer(vt_labels(), (int64_t)vf_kostra_report_severity_count(r, VF_KOSTRA_FATAL), 0,
                      c[1], sizeof c[1]);
    vf_format_integer(vt_labels(), (int64_t)vf_kostra_report_severity_count(r, VF_KOSTRA_ERROR), 0,
                      c[2], sizeof c[2]);
    vf_format_integer(vt_labels(), (int64_t)vf_kostra_report_severity_count(r, VF_KOSTRA_WARNING), 0,
                      c[3], sizeof c[3]);
    fprintf(out, "%s%s\n", n ? "\n" : "",
            vt_fill(line, sizeof line, "kostra.check.summary", vf_kostra_form_name(form), y, c[0],
                    c[1], c[2], c[3], (char *)NULL));
    if (form == VF_KOSTRA_11F) { /* the § 20 a findings (rule V20A), counted */
      size_t v = 0;
      for (size_t i = 0; i < n; i++) v += !strcmp(vf_kostra_report_finding(r, i)->rule, "V20A");
      vf_format_integer(vt_labels(), (int64_t)v, 0, c[0], sizeof c[0]);
      fprintf(out, "%s\n", vt_fill(line, sizeof line, "kostra.check.duty", c[0], (char *)NULL));
    }
  }
  int code = vf_kostra_report_exit_code(r);
  vf_kostra_report_free(r);
  rc = vt_close_out(cmd, &vo);
  return rc ? rc : code;
}

/* --- indicators ------------------------------------------------------------- */

static vt_opt ind_opts[] = {
  {"year", 'y', "YEAR", NULL, 0},
  {"suppress-below", 0, "N", NULL, 0},
  VT_OPT_FORMAT,
  VT_OPT_OUTPUT,
  VT_OPT_END};

static const vt_spec ind_spec = {
  "kostra indicators", "FILE",
  ind_opts, 1, 1};

/* Width of the label column: 34 as always, wider for longer labels. */
static size_t row_w = 34;

/* "  label ......... value": the label padded to row_w characters (not bytes: "lån"). */
static void row(FILE *out, const char *label, const char *value, const char *unit) {
  fputs("  ", out);
  vt_pad(out, label, row_w, 0);
  fprintf(out, " %14s%s\n", value, unit);
}

static void money(FILE *out, const char *label, vf_money v) {
  char b[32];
  vf_money kr;
  vf_money_round_kroner(v, VF_ROUND_HALF_AWAY, &kr, NULL);
  vf_format_integer(vt_labels(), kr / VF_ORE_PER_KRONE, 0, b, sizeof b);
  row(out, vt_text(label), b, " kr");
}

static void count(FILE *out, const char *label, int64_t n, int suppress) {
  char b[32] = ":";
  if (n <= 0 || n >= suppress) vf_format_integer(vt_labels(), n, 0, b, sizeof b);
  row(out, vt_text(label), b, "");
}

/* The 11F block of the text and Markdown output; labels are keys kostra.* of data/labels/cli.csv. */
static void amounts_text(FILE *out, const vf_kostra_amounts *a, int suppress) {
  fprintf(out, "\n%s\n", vt_text("kostra.amounts"));
  count(out, "kostra.recipients_grant", a->recipients_grant, suppress);
  count(out, "kostra.recipients_loan", a->recipients_loan, suppress);
  count(out, "kostra.recipients_both", a->recipients_both, suppress);
  money(out, "kostra.grant", a->grant);
  money(out, "kostra.loan", a->loan);
  money(out, "kostra.total", a->total);
  money(out, "kostra.grant_per_recipient", a->grant_per_recipient);
  money(out, "kostra.loan_per_recipient", a->loan_per_recipient);
  money(out, "kostra.total_per_recipient", a->total_per_recipient);
  money(out, "kostra.grant_per_month", a->grant_per_month);
  money(out, "kostra.loan_per_month", a->loan_per_month);
  money(out, "kostra.total_per_month", a->total_per_month);
  fprintf(out, "\n%s\n", vt_text("kostra.by_trygd"));
  for (int t = 1; t < 14; t++) {
    const char *name = vf_code_name(VF_CODES_TRYGD, t);
    if (!name || t == VF_TRYGD_REHABILITATION || t == VF_TRYGD_MEDICAL_REHAB) continue;
    const char *label = vt_labels() ? vf_labels_code(vt_labels(), VF_CODES_TRYGD, t) : NULL;
    char text[128];
    snprintf(text, sizeof text, "%02d %s", t, label ? label : name);
    if (vt_width(text) > row_w) row_w = vt_width(text); /* the next rows line up; set before */
  }
  for (int t = 1; t < 14; t++) {
    const char *name = vf_code_name(VF_CODES_TRYGD, t);
    if (!name || t == VF_TRYGD_REHABILITATION || t == VF_TRYGD_MEDICAL_REHAB) continue;
    const char *label = vt_labels() ? vf_labels_code(vt_labels(), VF_CODES_TRYGD, t) : NULL;
    char text[128];
    snprintf(text, sizeof text, "%02d %s", t, label ? label : name);
    count(out, text, a->by_trygd[t], suppress);
  }
}

static void json_count(FILE *out, const char *name, int64_t n, int suppress) {
  if (n > 0 && n < suppress) fprintf(out, "\"%s\": null, ", name);
  else fprintf(out, "\"%s\": %" PRId64 ", ", name, n);
}

static void amounts_json(FILE *out, const vf_kostra_amounts *a, int suppress) {
  fprintf(out, "\"kostra_11f\": {");
  json_count(out, "recipients_grant", a->recipients_grant, suppress);
  json_count(out, "recipients_loan", a->recipients_loan, suppress);
  json_count(out, "recipients_both", a->recipients_both, suppress);
  fprintf(out, "\"grant_ore\": %" PRId64 ", \"loan_ore\": %" PRId64
               ", \"total_ore\": %" PRId64 ", \"grant_per_recipient_ore\": %" PRId64
               ", \"loan_per_recipient_ore\": %" PRId64 ", \"total_per_recipient_ore\": %" PRId64
               ", \"grant_per_month_ore\": %" PRId64 ", \"loan_per_month_ore\": %" PRId64
               ", \"total_per_month_ore\": %" PRId64 ", \"by_trygdesit\": {",
          a->grant, a->loan, a->total,
          a->grant_per_recipient, a->loan_per_recipient, a->total_per_recipient, a->grant_per_month,
          a->loan_per_month, a->total_per_month);
  int first = 1;
  for (int t = 1; t < 14; t++) {
    if (t == VF_TRYGD_REHABILITATION || t == VF_TRYGD_MEDICAL_REHAB) continue;
    if (a->by_trygd[t] > 0 && a->by_trygd[t] < suppress)
      fprintf(out, "%s\"%02d\": null", first ? "" : ", ", t);
    else
      fprintf(out, "%s\"%02d\": %" PRId64, first ? "" : ", ", t, a->by_trygd[t]);
    first = 0;
  }
  fprintf(out, "}}");
}

/* CSV rows in the indicators' columns: year,section,name,code,value,percent,
 * children,exact_num,exact_den,status (money: value in kroner, exact in øre). */
static void csv_money(FILE *out, int year, const char *name, vf_money v) {
  vf_money kr;
  vf_money_round_kroner(v, VF_ROUND_HALF_AWAY, &kr, NULL);
  fprintf(out, "%d,kostra_11f,%s,,%" PRId64 ",,,%" PRId64 ",1,ok\n", year, name, kr / VF_ORE_PER_KRONE, v);
}
static void csv_count(FILE *out, int year, const char *name, const char *code, int64_t n, int suppress) {
  if (n > 0 && n < suppress)
    fprintf(out, "%d,kostra_11f,%s,%s,,,,,,suppressed\n", year, name, code);
  else
    fprintf(out, "%d,kostra_11f,%s,%s,%" PRId64 ",,,%" PRId64 ",1,ok\n", year, name, code, n, n);
}
static void amounts_csv(FILE *out, const vf_kostra_amounts *a, int year, int suppress) {
  csv_count(out, year, "recipients_grant", "", a->recipients_grant, suppress);
  csv_count(out, year, "recipients_loan", "", a->recipients_loan, suppress);
  csv_count(out, year, "recipients_both", "", a->recipients_both, suppress);
  csv_money(out, year, "grant", a->grant);
  csv_money(out, year, "loan", a->loan);
  csv_money(out, year, "total", a->total);
  csv_money(out, year, "grant_per_recipient", a->grant_per_recipient);
  csv_money(out, year, "loan_per_recipient", a->loan_per_recipient);
  csv_money(out, year, "total_per_recipient", a->total_per_recipient);
  csv_money(out, year, "grant_per_month", a->grant_per_month);
  csv_money(out, year, "loan_per_month", a->loan_per_month);
  csv_money(out, year, "total_per_month", a->total_per_month);
  for (int t = 1; t < 14; t++) {
    if (t == VF_TRYGD_REHABILITATION || t == VF_TRYGD_MEDICAL_REHAB) continue;
    char code[4];
    snprintf(code, sizeof code, "%02d", t);
    csv_count(out, year, "trygdesit", code, a->by_trygd[t], suppress);
  }
}

static int kostra_indicators(int argc, char **argv) {
  char *pos[VT_MAX_POS];
  int npos, rc = vt_parse(&ind_spec, argc, argv, pos, &npos);
  if (rc >= 0) return rc;
  const char *cmd = ind_spec.name;
  int year;
  if ((rc = parse_year(cmd, vt_get(&ind_spec, "year"), &year)) >= 0) return rc;
  static const char *const formats[] = {"text", "csv", "json", "markdown", NULL};
  static const vf_output_format fmts[] = {VF_OUTPUT_TEXT, VF_OUTPUT_CSV, VF_OUTPUT_JSON, VF_OUTPUT_MARKDOWN};
  const vt_opt *fo = vt_get(&ind_spec, "format");
  int format = fo->value ? vt_choice(cmd, "format", fo->value, formats) : 0;
  if (format < 0) return VT_EXIT_USAGE;
  vf_indicator_options io;
  vf_indicator_options_init(&io);
  const char *sb = vt_get(&ind_spec, "suppress-below")->value;
  if (sb) {
    uint64_t v;
    if ((rc = vt_parse_num(cmd, "suppress-below", sb, 0, 1000, &v)) >= 0) return rc;
    io.suppress_below = (int)v;
  }
  vf_error e;
  vf_register *reg = NULL;
  vf_indicators *ind = NULL;
  char *text = NULL;
  FILE *out = NULL;
  vt_out vo;
  const char *path = vt_get(&ind_spec, "output")->value;
  vf_kostra_amounts a;
  rc = VT_EXIT_OK;
  /* Streamed into a summary register: memory grows with the recipients only. */
  if (vf_register_new_summary(&reg, year, &e) || vf_kostra_to_register_path(pos[0], year, reg, &a, &e) ||
      vf_indicators_compute(reg, year, &io, &ind, &e) || vf_indicators_render_lang(ind, fmts[format], format == 0 || format == 3 ? vt_labels() : NULL,
                                &text, NULL, &e)) {
    rc = vt_report(cmd, &e);
    goto done;
  }
  if (vt_open_out(cmd, path, &vo) >= 0) { rc = VT_EXIT_FAIL; goto done; }
  out = vo.f;
  /* The 11F extras: text and markdown get a block, JSON one more member of
   * the indicators' object, CSV rows after the indicators' rows. */
  if (format == 2) {
    char *end = strrchr(text, '}');
    if (end) *end = '\0';
    fprintf(out, "%s, ", text);
    amounts_json(out, &a, io.suppress_below);
    fprintf(out, "}\n");
  } else {
    fputs(text, out);
  }
  if (format == 0 || format == 3) amounts_text(out, &a, io.suppress_below);
  else if (format == 1) amounts_csv(out, &a, year, io.suppress_below);
  rc = vt_close_out(cmd, &vo);
done:
  vf_indicators_text_free(text);
  vf_indicators_free(ind);
  vf_register_free(reg);
  return rc;
}

/* --- write ------------------------------------------------------------------ */

static vt_opt write_opts[] = {
  {"form", 'f', "FORM", NULL, 0},
  {"year", 'y', "YEAR", NULL, 0},
  {"municipality", 'm', "NNNN", NULL, 0},
  {"district", 0, "NN", NULL, 0},
  {"caseworker", 0, "ID", NULL, 0},
  {"synthetic-fnr", 0, NULL, NULL, 0},
  VT_OPT_OUTPUT,
  VT_OPT_END};

static const vt_spec write_spec = {
  "kostra write", "REGISTER",
  write_opts, 1, 1};

static int kostra_write(int argc, char **argv) {
  char *pos[VT_MAX_POS];
  int npos, rc = vt_parse(&write_spec, argc, argv, pos, &npos);
  if (rc >= 0) return rc;
  const char *cmd = write_spec.name;
  vf_kostra_write_options o = {0};
  if ((rc = parse_year(cmd, vt_get(&write_spec, "year"), &o.year)) >= 0) return rc;
  o.municipality = vt_get(&write_spec, "municipality")->value;
  o.district = vt_get(&write_spec, "district")->value;
  o.caseworker = vt_get(&write_spec, "caseworker")->value;
  o.synthetic_fnr = vt_get(&write_spec, "synthetic-fnr")->given;
  vf_kostra_form form = VF_KOSTRA_11F;
  vf_error e;
  const char *fv = vt_get(&write_spec, "form")->value;
  if (fv && vf_kostra_form_parse(fv, &form, &e)) {
    vt_errorf(cmd, "--form '%s' is not 11F or 11CF", fv);
    return VT_EXIT_USAGE;
  }
  const char *path = vt_get(&write_spec, "output")->value;
  if (!o.municipality || !path || !strcmp(path, "-")) {
    vt_errorf(cmd, "--municipality and --output FILE are required");
    return VT_EXIT_USAGE;
  }
  vf_register *reg = NULL;
  vf_kostra_file *f = NULL;
  vf_kostra_report *r = NULL;
  if (vf_register_new(&reg, &e) || vf_register_read_dir(reg, pos[0], VF_READ_STRICT, NULL, NULL, NULL, &e) ||
      (form == VF_KOSTRA_11CF ? vf_kostra_from_register_11cf(reg, &o, &f, &e)
                              : vf_kostra_from_register(reg, &o, &f, &e))) {
    rc = vt_report(cmd, &e);
  } else if (!vf_kostra_file_record_count(f)) { /* an empty file is no report: write nothing */
    vt_errorf(cmd, "%s: no client was paid %s in %d; nothing written to %s", pos[0],
              form == VF_KOSTRA_11CF ? "the qualification benefit" : "economic assistance", o.year, path);
    rc = VT_EXIT_USAGE;
  } else if (vf_kostra_file_write(f, path, &e) || vf_kostra_check(f, o.municipality, &r, &e)) {
    rc = e.status == VF_E_IO && f ? VT_EXIT_FAIL : vt_report(cmd, &e);
    if (rc == VT_EXIT_FAIL) vt_errorf(cmd, "%s", e.message);
  } else {
    for (size_t i = 0; i < vf_kostra_report_count(r); i++) {
      const vf_kostra_finding *x = vf_kostra_report_finding(r, i);
      fprintf(stderr, "%-7s %-4s %s\n", vf_kostra_severity_name(x->severity), x->rule, x->message);
    }
    fprintf(stderr, "velferd %s: %zu records written to %s\n", cmd, vf_kostra_file_record_count(f), path);
    rc = vf_kostra_report_exit_code(r);
  }
  vf_kostra_report_free(r);
  vf_kostra_file_free(f);
  vf_register_free(reg);
  return rc;
}

/* --- dispatch --------------------------------------------------------------- */

int cmd_kostra(int argc, char **argv) {
  static const struct {
    const char *name;
    int (*run)(int, char **);
  } subs[] = {{"check", kostra_check}, {"indicators", kostra_indicators}, {"write", kostra_write}};
  if (argc >= 2)
    for (size_t i = 0; i < sizeof subs / sizeof subs[0]; i++)
      if (!strcmp(argv[1], subs[i].name)) return subs[i].run(argc - 1, argv + 1);
  int help = argc >= 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"));
  for (int i = 1; i + 1 < argc; i++) /* "velferd kostra --help --lang nb" */
    if (!strcmp(argv[i], "--lang") && vt_set_lang("kostra", argv[i + 1]) >= 0) return VT_EXIT_USAGE;
  FILE *o = help ? stdout : stderr;
  if (argc >= 2 && !help)
    fprintf(stderr, "velferd kostra: unknown %s '%s'\n\n", argv[1][0] == '-' ? "option" : "subcommand", argv[1]);
  char synopsis[96];
  vt_help_words("SUBCOMMAND [OPTIONS] [ARGS]", synopsis, sizeof synopsis);
  fprintf(o, "%s velferd kostra %s\n\n%s\n\n%s\n", vt_text("cli.usage"), synopsis,
          vt_text("help.kostra.about"), vt_text("help.kostra.subcommands"));
  for (size_t i = 0; i < sizeof subs / sizeof subs[0]; i++) {
    char key[40];
    snprintf(key, sizeof key, "help.kostra.sub.%s", subs[i].name);
    fprintf(o, "  %-12s %s\n", subs[i].name, vt_text(key));
  }
  fprintf(o, "\n%s\n  %-26s %s\n\n%s\n", vt_text("cli.options"), "-h, --help", vt_text("cli.opt.help"),
          vt_text("help.kostra.more"));
  return help ? VT_EXIT_OK : VT_EXIT_USAGE;
}
