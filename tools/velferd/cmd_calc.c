/* velferd calc: the rules for one client (household), with the explanation. */
#include "cli.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

static vt_opt opts[] = {
  {"client", 'c', "FILE", NULL, 0},
  {"id", 0, "ID", NULL, 0},
  {"month", 'm', "YYYY-MM", NULL, 0},
  {"date", 'd', "DATE", NULL, 0},
  {"rule", 'r', "RULE", NULL, 0},
  {"work-minutes", 0, "N", NULL, 0},
  {"birth-date", 0, "DATE", NULL, 0},
  {"gender", 0, "CODE", NULL, 0},
  {"civil-status", 0, "CODE", NULL, 0},
  {"citizenship", 0, "CODE", NULL, 0},
  {"main-income", 0, "CODE", NULL, 0},
  {"trygd", 0, "CODE", NULL, 0},
  {"income", 0, "K=KR,...", NULL, 0},
  {"housing", 0, "K=KR,...", NULL, 0},
  {"facts", 0, "F=V,...", NULL, 0},
  {"children", 0, "DATE,...", NULL, 0},
  VT_OPT_FORMAT,
  {"trace-json", 0, "MODE", NULL, 0},
  VT_OPT_PROFILE,
  VT_OPT_PARAMS,
  VT_OPT_AS_KNOWN_ON,
  VT_OPT_PROJECTION,
  VT_OPT_OUTPUT,
  VT_OPT_END};

static const vt_spec spec = {
  "calc", "",
  opts, 0, 0};

/* The options that describe the client, not allowed with --client. */
#define CLIENT_OPTS "|birth-date|gender|civil-status|citizenship|main-income|trygd|income|housing|facts|children|"

static const char *const formats[] = {"text", "json", NULL};

/* A growing string. */
typedef struct str {
  char *s;
  size_t len, cap;
  int nomem;
} str;

static void put(str *b, const char *s, size_t n) {
  if (b->nomem) return;
  if (b->len + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 256;
    while (cap < b->len + n + 1) cap *= 2;
    char *p = realloc(b->s, cap);
    if (!p) {
      b->nomem = 1;
      return;
    }
    b->s = p;
    b->cap = cap;
  }
  memcpy(b->s + b->len, s, n);
  b->len += n;
  b->s[b->len] = '\0';
}
static void puts_(str *b, const char *s) { put(b, s, strlen(s)); }
static void put_csv(str *b, const char *s) {
  puts_(b, "\"");
  for (; *s; s++) put(b, *s == '"' ? "\"\"" : s, *s == '"' ? 2 : 1);
  puts_(b, "\"");
}

/* Appends a column to the header and row being built from the options. */
static void column(str *head, str *row, const char *name, const char *value) {
  if (head->len) {
    puts_(head, ",");
    puts_(row, ",");
  }
  puts_(head, name);
  put_csv(row, value);
}

/* "work=20000,partner=5000" under prefix "income" -> income_work, income_partner. */
static int pairs(const char *opt, const char *prefix, const char *list, str *head, str *row) {
  char *copy = vt_strdup(list);
  if (!copy) return VT_EXIT_FAIL;
  int rc = -1;
  for (char *item = strtok(copy, ","); item; item = strtok(NULL, ",")) {
    char *eq = strchr(item, '=');
    if (!eq || eq == item || !eq[1]) {
      vt_errorf("calc", "--%s: '%s' is not NAME=VALUE", opt, item);
      rc = VT_EXIT_USAGE;
      break;
    }
    *eq = '\0';
    char name[96];
    snprintf(name, sizeof name, "%s_%s", prefix, item);
    column(head, row, name, eq + 1);
  }
  free(copy);
  return rc;
}

/* Builds the client from the options, through the CSV reader so that values
 * are checked exactly as in files. */
static int client_from_options(vf_client **out) {
  static const struct { const char *opt, *column; } simple[] = {
    {"id", "id"}, {"birth-date", "birth_date"}, {"gender", "gender"},
    {"civil-status", "civil_status"}, {"citizenship", "citizenship"},
    {"main-income", "main_income"}, {"trygd", "trygd"}};
  str head = {0}, row = {0};
  int rc = -1;
  for (size_t i = 0; i < sizeof simple / sizeof simple[0]; i++) {
    const char *v = vt_get(&spec, simple[i].opt)->value;
    if (v) column(&head, &row, simple[i].column, v);
  }
  static const struct { const char *opt, *prefix; } lists[] = {
    {"income", "income"}, {"housing", "housing"}, {"facts", "fact"}};
  for (size_t i = 0; i < 3 && rc < 0; i++) {
    const char *v = vt_get(&spec, lists[i].opt)->value;
    if (v) rc = pairs(lists[i].opt, lists[i].prefix, v, &head, &row);
  }
  const char *kids = vt_get(&spec, "children")->value;
  if (kids && rc < 0) {
    char *semi = vt_strdup(kids);
    if (semi) {
      for (char *p = semi; *p; p++)
        if (*p == ',') *p = ';';
      column(&head, &row, "children", semi);
      free(semi);
    }
  }
  if (!head.len) column(&head, &row, "id", ""); /* an all-default client */
  if (rc < 0 && (head.nomem || row.nomem)) rc = VT_EXIT_FAIL;
  if (rc < 0) {
    puts_(&head, "\n");
    puts_(&head, row.s);
    vf_error e;
    vf_client_reader *r = NULL;
    if (vf_client_reader_open_text(&r, head.s, head.len, "options", &e) ||
        vf_client_reader_next(r, out, &e)) {
      /* "options:1: gendre: unknown column" -> name the option instead */
      const char *m = strchr(e.message, ' ');
      vt_errorf("calc", "client options: %s", m ? m + 1 : e.message);
      rc = VT_EXIT_USAGE;
    }
    vf_client_reader_free(r);
  }
  free(head.s);
  free(row.s);
  return rc;
}

static int client_from_file(const char *path, const char *id, vf_client **out) {
  vf_error e;
  FILE *f = fopen(path, "rb");
  if (!f) {
    vf_client_reader *r = NULL; /* let the library word the error */
    vf_client_reader_open(&r, path, &e);
    return vt_report("calc", &e);
  }
  int c;
  while ((c = fgetc(f)) == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xEF || c == 0xBB ||
         c == 0xBF) {
  }
  fclose(f);
  /* JSON by its first character ('{' a client; '[' or anything else in a .json
   * file: the JSON reader says what it found) rather than as CSV. */
  size_t n = strlen(path);
  if (c == '{' || c == '[' || (n > 5 && !strcmp(path + n - 5, ".json")))
    return vf_client_read_json_file(out, path, &e) ? vt_report("calc", &e) : -1;
  vf_client_reader *r = NULL;
  if (vf_client_reader_open(&r, path, &e)) return vt_report("calc", &e);
  /* Rows other than the one asked for are not checked beyond reading. */
  int rows = 0, bad = 0;
  vf_error first = {0};
  vf_client *found = NULL;
  for (;;) {
    vf_client *cl = NULL;
    vf_status s = vf_client_reader_next(r, &cl, &e);
    if (!s && !cl) break;
    rows++;
    const char *row_id = cl ? vf_client_id(cl) : vf_client_reader_value(r, "id");
    int wanted = !id || (row_id && !strcmp(row_id, id));
    if (s && wanted && !bad++) first = e;
    if (!s && wanted && !found)
      found = cl;
    else
      vf_client_free(cl);
  }
  vf_client_reader_free(r);
  int rc = -1;
  if (!id && rows > 1) {
    vt_errorf("calc", "%s: %d clients; choose one with --id, or use velferd batch", path, rows);
    rc = VT_EXIT_USAGE;
  } else if (!found && bad) {
    rc = vt_report("calc", &first);
  } else if (!found) {
    vt_errorf("calc", "%s: %s", path, id ? "no row with that --id" : "no client rows");
    rc = VT_EXIT_USAGE;
  }
  if (rc >= 0) {
    vf_client_free(found);
    return rc;
  }
  *out = found;
  return -1;
}

static void kr(char *buf, vf_money m) { vf_money_format(m, buf, 32); }

/* An amount in the text output: kroner and øre as the language writes them. */
static void kr_text(char *buf, vf_money m) { vf_format_fixed(vt_labels(), m, 2, 0, buf, 48); }

/* Width of the label column: 22 as always, wider for longer labels. */
static size_t label_w = 22;

static void fit(const char *text) {
  if (vt_width(text) > label_w) label_w = vt_width(text);
}

/* "  label                  amount kr" */
static void row(FILE *f, const char *key, const char *amount, const char *after) {
  fputs("  ", f);
  vt_pad(f, vt_text(key), label_w, 0);
  fprintf(f, " %14s%s\n", amount, after);
}

/* A code as the text output shows it: the code in English, its label otherwise. */
static const char *code_text(vf_code_list list, int value) {
  const char *s = vt_labels() ? vf_labels_code(vt_labels(), list, value) : NULL;
  return s ? s : vf_code_name(list, value);
}

static void print_text(FILE *f, const vf_ctx *ctx, const vf_assistance_result *r, int y, int m,
                       const char *trace) {
  char a[48], month[16], line[256], n[24];
  snprintf(month, sizeof month, "%04d-%02d", y, m);
  fprintf(f, "%s\n\n", vt_fill(line, sizeof line, "calc.title", month, vf_ctx_profile(ctx), (char *)NULL));
  char key[64];
  snprintf(key, sizeof key, "calc.household.%s", vf_household_name(r->household));
  snprintf(n, sizeof n, "%zu", r->children);
  fputs("  ", f);
  vt_pad(f, vt_text("calc.household"), label_w, 0);
  fprintf(f, " %s\n", vt_fill(line, sizeof line, "calc.household_children", vt_text(key), n, (char *)NULL));
  const struct { const char *key; vf_money v; } rows[] = {
    {"calc.norm", r->norm}, {"calc.housing", r->housing}, {"calc.income", r->income},
    {"calc.income_exempt", r->income_exempt}, {"calc.ordinary", r->ordinary}};
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) fit(vt_text(rows[i].key));
  fit(vt_text("calc.household"));
  fit(vt_text("calc.rule80"));
  fit(vt_text("calc.assistance"));
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
    kr_text(a, rows[i].v);
    row(f, rows[i].key, a, " kr");
  }
  if (!r->rule80_enabled) {
    row(f, "calc.rule80", vt_text("calc.rule80_off"), "");
  } else {
    char after[96];
    kr_text(a, r->rule80_supplement);
    snprintf(after, sizeof after, " kr%s", r->rule80_applies ? "" : vt_text("calc.rule80_not_applied"));
    row(f, "calc.rule80", a, after);
  }
  kr_text(a, r->assistance);
  row(f, "calc.assistance", a, r->projected ? vt_text("calc.projected_kr") : " kr");
  fprintf(f, "\n%s", trace);
}

static void json_money(FILE *f, const char *name, vf_money v) {
  char a[32];
  kr(a, v);
  fprintf(f, ", \"%s\": \"%s\", \"%s_ore\": %" PRId64, name, a, name, v);
}

static void print_json(FILE *f, const vf_ctx *ctx, const vf_client *c,
                       const vf_assistance_result *r, int y, int m, const char *trace) {
  char cj[4096];
  vf_client_format_json(c, cj, sizeof cj);
  fprintf(f, "{\"month\": \"%04d-%02d\", \"profile\": ", y, m);
  vt_json_string(f, vf_ctx_profile(ctx));
  fprintf(f, ", \"params_id\": \"%s\",\n\"client\": %s", vf_ctx_params_id(ctx), cj);
  fprintf(f, ",\n\"assistance\": {\"household\": \"%s\", \"children\": %zu",
          vf_household_name(r->household), r->children);
  json_money(f, "norm_adults", r->norm_adults);
  json_money(f, "norm_children", r->norm_children);
  json_money(f, "norm", r->norm);
  json_money(f, "rent", r->rent);
  if (r->rent_cap >= 0) json_money(f, "rent_cap", r->rent_cap);
  json_money(f, "rent_allowed", r->rent_allowed);
  json_money(f, "housing", r->housing);
  json_money(f, "income", r->income);
  json_money(f, "income_exempt", r->income_exempt);
  json_money(f, "ordinary", r->ordinary);
  fprintf(f, ", \"rule80_enabled\": %s, \"rule80_applies\": %s", r->rule80_enabled ? "true" : "false",
          r->rule80_applies ? "true" : "false");
  json_money(f, "rule80_supplement", r->rule80_supplement);
  json_money(f, "assistance", r->assistance);
  fprintf(f, ", \"projected\": %s", r->projected ? "true" : "false");
  fprintf(f, "},\n\"trace\": %s}\n", trace);
}

static const char *const trace_modes[] = {"plain", "neutral", "text", NULL};

/* The trace in the --lang language (text), or as JSON in --trace-json's
 * mode (0 plain, 1 neutral, 2 text), malloc'd; NULL if out of memory. */
static size_t render_into(const vf_trace *t, int json, int mode, char *buf, size_t size) {
  if (!json) return vf_trace_to_text_labels(t, vt_texts(), buf, size);
  if (mode == 0) return vf_trace_to_json(t, buf, size);
  return vf_trace_to_json_ex(t, mode == 2 ? VF_TRACE_JSON_TEXT : 0, vt_texts(), buf, size);
}

static char *render(const vf_trace *t, int json, int mode) {
  size_t n = render_into(t, json, mode, NULL, 0);
  char *text = malloc(n + 1);
  if (text) render_into(t, json, mode, text, n + 1);
  return text;
}

static const char *criterion_text(vf_tristate v) {
  return vt_text(v == VF_YES ? "calc.kvp.met" : v == VF_NO ? "calc.kvp.not_met" : "calc.kvp.unknown");
}

static void print_kvp_text(FILE *f, const vf_ctx *ctx, vf_date on, const vf_kvp_eligibility_result *el,
                           const vf_kvp_benefit_result *b, const char *t1, const char *t2) {
  char a[48], day[16], month[16], line[256];
  vf_date_format(on, day, sizeof day);
  snprintf(month, sizeof month, "%04d-%02d", on.year, on.month);
  fprintf(f, "%s\n\n", vt_fill(line, sizeof line, "calc.kvp.title", month, vf_ctx_profile(ctx), (char *)NULL));
  const struct { const char *key; vf_money v; } rows[] = {
    {"calc.kvp.yearly", b->yearly}, {"calc.kvp.base", b->base},
    {"calc.kvp.child_supplement", b->child_supplement}, {"calc.kvp.work_reduction", b->work_reduction},
    {"calc.kvp.trygd", b->trygd}, {"calc.kvp.benefit", b->amount}};
  const char *names[VF_KVP_CRITERION_COUNT];
  for (int i = 0; i < VF_KVP_CRITERION_COUNT; i++) {
    char key[64];
    snprintf(key, sizeof key, "calc.kvp.criterion.%s", vf_kvp_criterion_name((vf_kvp_criterion)i));
    names[i] = vt_labels() ? vt_text(key) : vf_kvp_criterion_name((vf_kvp_criterion)i);
    /* indented by two more: the same column */
    if (vt_width(names[i]) + 2 > label_w) label_w = vt_width(names[i]) + 2;
  }
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) fit(vt_text(rows[i].key));
  fit(vt_text("calc.kvp.eligible"));
  fputs("  ", f);
  vt_pad(f, vt_text("calc.kvp.eligible"), label_w, 0);
  fprintf(f, " %s\n", vt_fill(line, sizeof line, "calc.kvp.eligible_on",
                              code_text(VF_CODES_TRISTATE, el->eligible), day, (char *)NULL));
  for (int i = 0; i < VF_KVP_CRITERION_COUNT; i++) {
    fputs("    ", f);
    vt_pad(f, names[i], label_w - 2, 0);
    fprintf(f, " %s\n", criterion_text(el->criteria[i]));
  }
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
    kr_text(a, rows[i].v);
    row(f, rows[i].key, a, i + 1 == sizeof rows / sizeof rows[0] && b->projected
                               ? vt_text("calc.projected_kr") : " kr");
  }
  fprintf(f, "\n%s\n%s", t1, t2);
}

static void print_kvp_json(FILE *f, const vf_ctx *ctx, const vf_client *c, vf_date on,
                           const vf_kvp_eligibility_result *el, const vf_kvp_benefit_result *b,
                           const char *t1, const char *t2) {
  char cj[4096], day[16];
  vf_client_format_json(c, cj, sizeof cj);
  vf_date_format(on, day, sizeof day);
  fprintf(f, "{\"month\": \"%04d-%02d\", \"profile\": ", on.year, on.month);
  vt_json_string(f, vf_ctx_profile(ctx));
  fprintf(f, ", \"params_id\": \"%s\",\n\"client\": %s", vf_ctx_params_id(ctx), cj);
  fprintf(f, ",\n\"kvp_eligibility\": {\"date\": \"%s\", \"eligible\": \"%s\", \"age\": %d, \"criteria\": {",
          day, vf_code_name(VF_CODES_TRISTATE, el->eligible), el->age);
  for (int i = 0; i < VF_KVP_CRITERION_COUNT; i++)
    fprintf(f, "%s\"%s\": \"%s\"", i ? ", " : "", vf_kvp_criterion_name((vf_kvp_criterion)i),
            vf_code_name(VF_CODES_TRISTATE, el->criteria[i]));
  fprintf(f, "}},\n\"kvp_benefit\": {\"parts\": %zu", b->part_count);
  json_money(f, "yearly", b->yearly);
  json_money(f, "monthly", b->monthly);
  json_money(f, "base", b->base);
  json_money(f, "child_supplement", b->child_supplement);
  json_money(f, "work_reduction", b->work_reduction);
  json_money(f, "trygd", b->trygd);
  json_money(f, "amount", b->amount);
  fprintf(f, ", \"projected\": %s", b->projected ? "true" : "false");
  fprintf(f, "},\n\"trace\": {\"eligibility\": %s, \"benefit\": %s}}\n", t1, t2);
}

int cmd_calc(int argc, char **argv) {
  char *pos[VT_MAX_POS];
  int npos, rc = vt_parse(&spec, argc, argv, pos, &npos);
  if (rc >= 0) return rc;
  vt_opt *o_fmt = vt_get(&spec, "format"), *o_month = vt_get(&spec, "month"),
         *o_date = vt_get(&spec, "date"), *o_client = vt_get(&spec, "client");
  int format = o_fmt->value ? vt_choice("calc", "format", o_fmt->value, formats) : 0;
  if (format < 0) return VT_EXIT_USAGE;
  const char *mode_text = vt_get(&spec, "trace-json")->value;
  /* Neutral by default: JSON is a machine format, so it carries no language. */
  int mode = mode_text ? vt_choice("calc", "trace-json", mode_text, trace_modes) : 1;
  if (mode < 0) return VT_EXIT_USAGE;
  if (mode_text && !format) {
    vt_errorf("calc", "--trace-json is for --format json");
    return VT_EXIT_USAGE;
  }
  static const char *const rules[] = {"assistance", "kvp", NULL};
  const char *rule_text = vt_get(&spec, "rule")->value;
  int rule = rule_text ? vt_choice("calc", "rule", rule_text, rules) : 0;
  if (rule < 0) return VT_EXIT_USAGE;
  int work = 0;
  const char *work_text = vt_get(&spec, "work-minutes")->value;
  if (work_text) {
    uint64_t v;
    if (rule != 1) {
      vt_errorf("calc", "--work-minutes is for --rule kvp");
      return VT_EXIT_USAGE;
    }
    if ((rc = vt_parse_num("calc", "work-minutes", work_text, 0, 10080, &v)) >= 0) return rc;
    work = (int)v;
  }
  vf_date on = vt_today();
  if (o_month->value && o_date->value) {
    vt_errorf("calc", "give --month or --date, not both");
    return VT_EXIT_USAGE;
  }
  if (o_date->value && (rc = vt_parse_date("calc", "date", o_date->value, &on)) >= 0) return rc;
  if (o_month->value) {
    char day[32];
    snprintf(day, sizeof day, "%.20s-01", o_month->value);
    if (strlen(o_month->value) != 7 || (rc = vt_parse_date("calc", "month", day, &on)) >= 0) {
      if (rc < 0) vt_errorf("calc", "--month: '%s' is not YYYY-MM", o_month->value);
      return VT_EXIT_USAGE;
    }
  }
  if (o_client->value) {
    for (vt_opt *o = opts; o->name; o++) {
      char bar[40];
      snprintf(bar, sizeof bar, "|%s|", o->name);
      if (o->given && strstr(CLIENT_OPTS, bar)) {
        vt_errorf("calc", "--%s cannot be combined with --client (edit the file instead)", o->name);
        return VT_EXIT_USAGE;
      }
    }
  }
  vf_ctx *ctx = NULL;
  if ((rc = vt_make_ctx(&spec, &ctx)) >= 0) return rc;
  vf_client *client = NULL;
  rc = o_client->value ? client_from_file(o_client->value, vt_get(&spec, "id")->value, &client)
                       : client_from_options(&client);
  vf_trace *trace = NULL, *trace2 = NULL;
  vf_error e;
  vf_assistance_result r;
  vf_kvp_eligibility_result el;
  vf_kvp_benefit_result b;
  if (rc < 0 && (vf_trace_new(&trace, &e) || vf_trace_new(&trace2, &e))) rc = vt_report("calc", &e);
  if (rc < 0 && rule == 0 && vf_assistance_month(ctx, client, on.year, on.month, &r, trace, &e))
    rc = vt_report("calc", &e);
  if (rc < 0 && rule == 1 &&
      (vf_kvp_eligibility(ctx, client, on, &el, trace, &e) ||
       vf_kvp_benefit_month(ctx, client, on.year, on.month, work, &b, trace2, &e)))
    rc = vt_report("calc", &e);
  char *text = NULL, *text2 = NULL;
  if (rc < 0 && (!(text = render(trace, format, mode)) || !(text2 = render(trace2, format, mode))))
    rc = VT_EXIT_FAIL;
  if (rc < 0) {
    const char *path = vt_get(&spec, "output")->value;
    vt_out vo;
    if (vt_open_out("calc", path, &vo) >= 0) {
      rc = VT_EXIT_FAIL;
    } else {
      FILE *f = vo.f;
      if (rule == 1 && format)
        print_kvp_json(f, ctx, client, on, &el, &b, text, text2);
      else if (rule == 1)
        print_kvp_text(f, ctx, on, &el, &b, text, text2);
      else if (format)
        print_json(f, ctx, client, &r, on.year, on.month, text);
      else
        print_text(f, ctx, &r, on.year, on.month, text);
      rc = vt_close_out("calc", &vo);
    }
  }
  free(text2);
  vf_trace_free(trace2);
  free(text);
  vf_trace_free(trace);
  vf_client_free(client);
  vf_ctx_free(ctx);
  return rc;
}
