/* Test cases as data (velferd/cases.h): reading and checking a case file,
 * running a case. The rules are called through their public functions; this
 * file only reads cases and compares results. */
#include "parse/csv.h"
#include "parse/json.h"
#include "velferd/cases.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum rule_kind { R_ASSISTANCE, R_KVP_ELIGIBILITY, R_KVP_BENEFIT } rule_kind;
static const char *const rule_names[] = {"assistance", "kvp_eligibility", "kvp_benefit", NULL};

/* How to read a result member. */
typedef enum vtype { T_MONEY, T_SIZE, T_INT, T_I64, T_TRI, T_HOUSEHOLD } vtype;

typedef struct member {
  const char *name;
  size_t offset;
  vtype type;
} member;

#define A(f, t) {#f, offsetof(vf_assistance_result, f), t}
static const member assistance_members[] = {
  A(household, T_HOUSEHOLD), A(children, T_SIZE), A(norm_adults, T_MONEY),
  A(norm_children, T_MONEY), A(norm, T_MONEY), A(rent, T_MONEY), A(rent_cap, T_MONEY),
  A(rent_allowed, T_MONEY), A(electricity, T_MONEY), A(other_housing, T_MONEY),
  A(housing, T_MONEY), A(income, T_MONEY), A(income_exempt, T_MONEY), A(ordinary, T_MONEY),
  A(rule80_enabled, T_INT), A(rule80_applies, T_INT), A(rule80_level, T_MONEY),
  A(rule80_minimum, T_MONEY), A(rule80_supplement, T_MONEY), A(assistance, T_MONEY),
  {NULL, 0, T_INT}};
#undef A

#define E(f, t) {#f, offsetof(vf_kvp_eligibility_result, f), t}
#define EC(name, i) {name, offsetof(vf_kvp_eligibility_result, criteria) + (i) * sizeof(vf_tristate), T_TRI}
static const member eligibility_members[] = {
  E(eligible, T_TRI), E(age, T_INT),
  EC("working_age", 0), EC("reduced_capacity", 1), EC("limited_folketrygd", 2),
  EC("work_assessment", 3), EC("programme_available", 4), {NULL, 0, T_INT}};
#undef E
#undef EC

#define B(f, t) {#f, offsetof(vf_kvp_benefit_result, f), t}
static const member benefit_members[] = {
  B(yearly, T_MONEY), B(monthly, T_MONEY), B(daily_known, T_INT), B(daily, T_MONEY),
  B(base, T_MONEY), B(child_days, T_I64), B(child_supplement, T_MONEY),
  B(work_reduction, T_MONEY), B(trygd, T_MONEY), B(amount, T_MONEY),
  {"parts", offsetof(vf_kvp_benefit_result, part_count), T_SIZE}, {NULL, 0, T_INT}};
#undef B

static const member *const members_of[] = {assistance_members, eligibility_members,
                                           benefit_members};

/* Status names for expected errors. */
static const char *const status_names[] = {
  "ok", "invalid_arg", "range", "date", "unknown_code", "parse", "io", "nomem", "overflow",
  "not_found", "no_value", "duplicate", "inconsistent", NULL};

typedef struct expect {
  const member *m;
  int64_t value;
} expect;

typedef struct vfi_case {
  char *name, *note;
  rule_kind rule;
  int year, month;      /* assistance, kvp_benefit by month */
  vf_date on, from, to; /* kvp_eligibility: on; kvp_benefit: from..to */
  int work_minutes;
  vf_ctx *ctx;
  vf_client *client;
  size_t nexp;
  expect exp[32];
  int expect_error;
  vf_status error_status;
} vfi_case;

struct vf_cases {
  size_t n;
  vfi_case *c;
};

void vf_cases_free(vf_cases *cs) {
  if (!cs) return;
  for (size_t i = 0; i < cs->n; i++) {
    free(cs->c[i].name);
    free(cs->c[i].note);
    vf_ctx_free(cs->c[i].ctx);
    vf_client_free(cs->c[i].client);
  }
  free(cs->c);
  free(cs);
}

size_t vf_cases_count(const vf_cases *cs) { return cs ? cs->n : 0; }
const char *vf_cases_name(const vf_cases *cs, size_t i) {
  return cs && i < cs->n ? cs->c[i].name : NULL;
}
const char *vf_cases_note(const vf_cases *cs, size_t i) {
  return cs && i < cs->n ? (cs->c[i].note ? cs->c[i].note : "") : NULL;
}

/* ---- reading ---- */

typedef struct reader {
  const char *file;
  size_t index;      /* 1-based case number */
  const char *name;  /* case name once known */
  vf_error *err;
} reader;

static vf_status cfail(reader *r, const vfi_json *at, vf_status st, const char *field,
                       const char *fmt, ...) VFI_PRINTF(5, 6);
static vf_status cfail(reader *r, const vfi_json *at, vf_status st, const char *field,
                       const char *fmt, ...) {
  char msg[VF_ERROR_MESSAGE_SIZE];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  int line = at ? at->line : 0;
  if (r->name)
    return vfi_fail(r->err, st, line, field, "%.80s:%d: case %zu '%.60s': %s%s%.200s", r->file,
                    line, r->index, r->name, field, *field ? ": " : "", msg);
  return vfi_fail(r->err, st, line, field, "%.80s:%d: case %zu: %s%s%.200s", r->file, line,
                  r->index, field, *field ? ": " : "", msg);
}

static const char *jstring(const vfi_json *v) { return v && v->type == VFI_JSTRING ? v->text : NULL; }

static vf_status need_string(reader *r, const vfi_json *v, const char *field, const char **out) {
  if (!v) return cfail(r, NULL, VF_E_PARSE, field, "missing");
  if (v->type != VFI_JSTRING)
    return cfail(r, v, VF_E_PARSE, field, "expected a string, found %s", vfi_json_type_name(v->type));
  *out = v->text;
  return VF_OK;
}

static int choice(const char *s, const char *const *names) {
  for (int i = 0; names[i]; i++)
    if (!strcmp(s, names[i])) return i;
  return -1;
}

/* "YYYY-MM" */
static int parse_month(const char *s, int *year, int *month) {
  char day[16];
  vf_date d;
  if (strlen(s) != 7) return 0;
  snprintf(day, sizeof day, "%s-01", s);
  if (vf_date_parse(day, &d, NULL)) return 0;
  *year = d.year;
  *month = d.month;
  return 1;
}

static vf_status read_date(reader *r, const vfi_json *v, vfi_case *c) {
  const char *s = "";
  vf_status st = need_string(r, v, "date", &s);
  if (st) return st;
  switch (c->rule) {
  case R_ASSISTANCE:
    if (!parse_month(s, &c->year, &c->month))
      return cfail(r, v, VF_E_DATE, "date", "'%.20s' is not a month YYYY-MM", s);
    return VF_OK;
  case R_KVP_ELIGIBILITY:
    if (vf_date_parse(s, &c->on, NULL))
      return cfail(r, v, VF_E_DATE, "date", "'%.20s' is not a date YYYY-MM-DD", s);
    return VF_OK;
  case R_KVP_BENEFIT: {
    if (parse_month(s, &c->year, &c->month)) return VF_OK;
    const char *dots = strstr(s, "..");
    char a[16], b[16];
    if (dots && dots - s < 16 && strlen(dots + 2) < 16) {
      snprintf(a, sizeof a, "%.*s", (int)(dots - s), s);
      snprintf(b, sizeof b, "%s", dots + 2);
      if (!vf_date_parse(a, &c->from, NULL) && !vf_date_parse(b, &c->to, NULL)) {
        c->year = 0;
        return VF_OK;
      }
    }
    return cfail(r, v, VF_E_DATE, "date", "'%.30s' is neither a month YYYY-MM nor a period "
                 "YYYY-MM-DD..YYYY-MM-DD", s);
  }
  }
  return VF_OK;
}

/* Appends one CSV field, quoted. */
static void csv_put(char *buf, size_t size, size_t *at, const char *s, int last) {
  if (*at + 1 < size) buf[(*at)++] = '"';
  for (; *s && *at + 2 < size; s++) {
    if (*s == '"') buf[(*at)++] = '"';
    buf[(*at)++] = *s;
  }
  if (*at + 2 < size) {
    buf[(*at)++] = '"';
    buf[(*at)++] = last ? '\n' : ',';
  }
  buf[*at] = 0;
}

/* The overrides as a parameter file, loaded into the case's context. */
static vf_status read_params(reader *r, const vfi_json *v, vf_ctx *ctx) {
  if (v->type != VFI_JARRAY)
    return cfail(r, v, VF_E_PARSE, "params", "expected an array of parameter entries, found %s",
                 vfi_json_type_name(v->type));
  static const char *const cols[] = {"name", "valid_from", "value", "unit", "source"};
  size_t size = 64;
  for (size_t i = 0; i < v->n; i++)
    for (size_t k = 0; k < v->items[i].n; k++)
      size += 2 * strlen(v->items[i].items[k].text ? v->items[i].items[k].text : "") + 4;
  char *text = malloc(size);
  if (!text) return cfail(r, v, VF_E_NOMEM, "params", "out of memory");
  size_t at = (size_t)snprintf(text, size, "name,valid_from,value,unit,source\n");
  for (size_t i = 0; i < v->n; i++) {
    const vfi_json *e = &v->items[i];
    char field[32];
    snprintf(field, sizeof field, "params[%zu]", i);
    if (e->type != VFI_JOBJECT) {
      free(text);
      return cfail(r, e, VF_E_PARSE, field, "expected an object with name, valid_from, value, "
                   "unit, source");
    }
    for (size_t k = 0; k < e->n; k++)
      if (choice(e->keys[k], cols) < 0) {
        free(text);
        return cfail(r, &e->items[k], VF_E_PARSE, field, "unknown member '%.40s'", e->keys[k]);
      }
    for (int k = 0; k < 5; k++) {
      const vfi_json *m = vfi_json_get(e, cols[k]);
      int number_ok = k == 2 && m && m->type == VFI_JNUMBER;
      if (!m || (m->type != VFI_JSTRING && !number_ok)) {
        free(text);
        return cfail(r, m ? m : e, VF_E_PARSE, field, "%s: %s", cols[k],
                     m ? "expected a string" : "missing");
      }
      csv_put(text, size, &at, m->text, k == 4);
    }
  }
  vf_error e;
  vf_status st = vf_ctx_load_params_text(ctx, text, at, "params", &e);
  free(text);
  if (st) {
    char field[32];
    snprintf(field, sizeof field, "params[%d]", e.line >= 2 ? e.line - 2 : 0);
    return cfail(r, e.line >= 2 && (size_t)(e.line - 2) < v->n ? &v->items[e.line - 2] : v, st,
                 field, "%s", e.message);
  }
  return VF_OK;
}

static vf_status read_expected(reader *r, const vfi_json *v, vfi_case *c) {
  if (v->type != VFI_JOBJECT || v->n == 0)
    return cfail(r, v, VF_E_PARSE, "expected", "expected a non-empty object of results");
  for (size_t i = 0; i < v->n; i++) {
    const char *key = v->keys[i];
    const vfi_json *x = &v->items[i];
    char field[64];
    snprintf(field, sizeof field, "expected.%.40s", key);
    if (!strcmp(key, "error")) {
      int s = jstring(x) ? choice(x->text, status_names) : -1;
      if (s <= 0)
        return cfail(r, x, VF_E_PARSE, field, "expected a status name (range, date, "
                     "inconsistent, no_value, ...)");
      c->expect_error = 1;
      c->error_status = (vf_status)s;
      continue;
    }
    const member *m = members_of[c->rule];
    while (m->name && strcmp(m->name, key)) m++;
    if (!m->name)
      return cfail(r, x, VF_E_PARSE, field, "not a result of rule %s (docs/scenarios.md lists "
                   "them)", rule_names[c->rule]);
    if (c->nexp == sizeof c->exp / sizeof c->exp[0])
      return cfail(r, x, VF_E_RANGE, field, "too many expected values");
    expect *e = &c->exp[c->nexp++];
    e->m = m;
    int ok = 0, val = 0;
    switch (m->type) {
    case T_MONEY:
      ok = (x->type == VFI_JNUMBER || x->type == VFI_JSTRING) &&
           !vf_money_parse(x->text, &e->value, NULL);
      break;
    case T_SIZE: case T_INT: case T_I64:
      ok = x->type == VFI_JNUMBER && vfi_parse_int64(x->text, &e->value) &&
           (m->type != T_SIZE || e->value >= 0);
      if (x->type == VFI_JBOOL) { /* rule80_applies: true/false */
        ok = m->type == T_INT;
        e->value = x->boolean;
      }
      break;
    case T_TRI:
      if (x->type == VFI_JBOOL) {
        ok = 1;
        e->value = x->boolean ? VF_YES : VF_NO;
      } else if (jstring(x) && !vf_code_parse(VF_CODES_TRISTATE, x->text, &val, NULL)) {
        ok = 1;
        e->value = val;
      }
      break;
    case T_HOUSEHOLD:
      for (int h = VF_HOUSEHOLD_SINGLE; jstring(x) && h <= VF_HOUSEHOLD_SHARING; h++)
        if (!strcmp(x->text, vf_household_name((vf_household)h))) {
          ok = 1;
          e->value = h;
        }
      break;
    }
    if (!ok)
      return cfail(r, x, VF_E_PARSE, field, "%s", m->type == T_MONEY ? "expected an amount in "
                   "kroner (at most two decimals)" : m->type == T_TRI ? "expected yes, no or "
                   "unknown" : m->type == T_HOUSEHOLD ? "expected single, couple or sharing"
                   : "expected a whole number");
  }
  return VF_OK;
}

static vf_status read_case(reader *r, const vfi_json *v, vfi_case *c) {
  if (v->type != VFI_JOBJECT)
    return cfail(r, v, VF_E_PARSE, "", "expected a case object, found %s",
                 vfi_json_type_name(v->type));
  static const char *const known[] = {"name", "rule", "date", "profile", "params", "client",
                                      "work_minutes_per_week", "expected", "note", NULL};
  const char *s = "";
  vf_status st = need_string(r, vfi_json_get(v, "name"), "name", &s);
  if (st) return st;
  if (!*s) return cfail(r, vfi_json_get(v, "name"), VF_E_PARSE, "name", "empty");
  if (!(c->name = vfi_strdup(s))) return cfail(r, v, VF_E_NOMEM, "", "out of memory");
  r->name = c->name;
  for (size_t i = 0; i < v->n; i++)
    if (choice(v->keys[i], known) < 0)
      return cfail(r, &v->items[i], VF_E_PARSE, v->keys[i], "unknown member (docs/scenarios.md)");
  if ((st = need_string(r, vfi_json_get(v, "rule"), "rule", &s))) return st;
  int rule = choice(s, rule_names);
  if (rule < 0)
    return cfail(r, vfi_json_get(v, "rule"), VF_E_UNKNOWN_CODE, "rule", "'%.40s' is not one of "
                 "assistance, kvp_eligibility, kvp_benefit", s);
  c->rule = (rule_kind)rule;
  if ((st = read_date(r, vfi_json_get(v, "date"), c))) return st;
  const vfi_json *x = vfi_json_get(v, "note");
  if (x) {
    if ((st = need_string(r, x, "note", &s))) return st;
    if (!(c->note = vfi_strdup(s))) return cfail(r, v, VF_E_NOMEM, "", "out of memory");
  }
  const char *profile = "default";
  x = vfi_json_get(v, "profile");
  if (x && (st = need_string(r, x, "profile", &profile))) return st;
  vf_error e;
  if (vf_ctx_new(&c->ctx, profile, &e))
    return cfail(r, x, e.status, "profile", "%s", e.message);
  if ((x = vfi_json_get(v, "params")) && (st = read_params(r, x, c->ctx))) return st;
  x = vfi_json_get(v, "work_minutes_per_week");
  if (x) {
    int64_t w = -1;
    if (c->rule != R_KVP_BENEFIT)
      return cfail(r, x, VF_E_PARSE, "work_minutes_per_week", "only for rule kvp_benefit");
    if (x->type != VFI_JNUMBER || !vfi_parse_int64(x->text, &w) || w < 0 || w > 100000)
      return cfail(r, x, VF_E_PARSE, "work_minutes_per_week", "expected a whole number >= 0");
    c->work_minutes = (int)w;
  }
  x = vfi_json_get(v, "client");
  if (!x) return cfail(r, v, VF_E_PARSE, "client", "missing");
  if (vfi_client_from_jnode(x, "client", &c->client, &e))
    return cfail(r, x, e.status, "client", "%s", e.message);
  x = vfi_json_get(v, "expected");
  if (!x) return cfail(r, v, VF_E_PARSE, "expected", "missing");
  return read_expected(r, x, c);
}

vf_status vf_cases_from_json(vf_cases **out, const char *text, size_t len, const char *name,
                             vf_error *err) {
  if (!out || !text) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "out or text is NULL");
  if (!name) name = "<cases>";
  vfi_json *root = NULL;
  vf_status st = vfi_json_parse(text, len, name, &root, err);
  if (st) return st;
  vf_cases *cs = calloc(1, sizeof *cs);
  if (!cs) {
    vfi_json_free(root);
    return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  }
  if (root->type != VFI_JARRAY) {
    st = vfi_fail(err, VF_E_PARSE, root->line, "", "%.80s:%d: expected an array of cases, "
                  "found %s", name, root->line, vfi_json_type_name(root->type));
  } else if (!(cs->c = calloc(root->n ? root->n : 1, sizeof *cs->c))) {
    st = vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  } else {
    for (size_t i = 0; i < root->n && !st; i++) {
      reader r = {name, i + 1, NULL, err};
      cs->n = i + 1;
      st = read_case(&r, &root->items[i], &cs->c[i]);
      for (size_t k = 0; !st && k < i; k++)
        if (!strcmp(cs->c[k].name, cs->c[i].name))
          st = cfail(&r, &root->items[i], VF_E_DUPLICATE, "name", "the same name as case %zu",
                     k + 1);
    }
  }
  vfi_json_free(root);
  if (st) {
    vf_cases_free(cs);
    return st;
  }
  *out = cs;
  return VF_OK;
}

vf_status vf_cases_read_file(vf_cases **out, const char *path, vf_error *err) {
  if (!out || !path) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "out or path is NULL");
  char *text;
  size_t len;
  vf_status st = vfi_read_file(path, &text, &len, err);
  if (st) return st;
  st = vf_cases_from_json(out, text, len, path, err);
  free(text);
  return st;
}

/* ---- running ---- */

static int64_t get(const void *res, const member *m) {
  const char *p = (const char *)res + m->offset;
  switch (m->type) {
  case T_MONEY: case T_I64: return *(const int64_t *)(const void *)p;
  case T_SIZE: return (int64_t)*(const size_t *)(const void *)p;
  case T_INT: return *(const int *)(const void *)p;
  case T_TRI: return *(const vf_tristate *)(const void *)p;
  case T_HOUSEHOLD: return *(const vf_household *)(const void *)p;
  }
  return 0;
}

static void show(const member *m, int64_t v, char *buf, size_t size) {
  switch (m->type) {
  case T_MONEY: vf_money_format(v, buf, size); break;
  case T_TRI: snprintf(buf, size, "%s", vf_code_name(VF_CODES_TRISTATE, (int)v)); break;
  case T_HOUSEHOLD: {
    const char *h = vf_household_name((vf_household)v);
    snprintf(buf, size, "%s", h ? h : "?");
    break;
  }
  default: snprintf(buf, size, "%lld", (long long)v);
  }
}

static void append(vf_case_result *out, const char *fmt, ...) VFI_PRINTF(2, 3);
static void append(vf_case_result *out, const char *fmt, ...) {
  size_t at = strlen(out->detail);
  if (at + 1 >= sizeof out->detail) return;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(out->detail + at, sizeof out->detail - at, fmt, ap);
  va_end(ap);
}

vf_status vf_case_run(const vf_cases *cs, size_t index, vf_case_result *out, vf_trace *trace,
                      vf_error *err) {
  if (!cs || !out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "cases or out is NULL");
  if (index >= cs->n)
    return vfi_fail(err, VF_E_RANGE, 0, "index", "case %zu: the file has %zu cases", index, cs->n);
  const vfi_case *c = &cs->c[index];
  union {
    vf_assistance_result a;
    vf_kvp_eligibility_result e;
    vf_kvp_benefit_result b;
  } res;
  memset(&res, 0, sizeof res);
  vf_error e = {VF_OK, 0, "", ""};
  vf_status st = VF_OK;
  switch (c->rule) {
  case R_ASSISTANCE:
    st = vf_assistance_month(c->ctx, c->client, c->year, c->month, &res.a, trace, &e);
    break;
  case R_KVP_ELIGIBILITY:
    st = vf_kvp_eligibility(c->ctx, c->client, c->on, &res.e, trace, &e);
    break;
  case R_KVP_BENEFIT:
    st = c->year ? vf_kvp_benefit_month(c->ctx, c->client, c->year, c->month, c->work_minutes,
                                        &res.b, trace, &e)
                 : vf_kvp_benefit_period(c->ctx, c->client, c->from, c->to, c->work_minutes,
                                         &res.b, trace, &e);
    break;
  }
  memset(out, 0, sizeof *out);
  out->status = st;
  if (c->expect_error) {
    out->checked++;
    if (st != c->error_status) {
      out->mismatches++;
      append(out, "error: expected %s, got %s%s%.300s\n", status_names[c->error_status],
             st ? status_names[st] : "no error", st ? ": " : "", st ? e.message : "");
    }
  } else if (st) {
    out->mismatches++;
    append(out, "the rule failed: %.300s\n", e.message);
  }
  if (!st) {
    for (size_t k = 0; k < c->nexp; k++) {
      const expect *x = &c->exp[k];
      int64_t got = get(&res, x->m);
      out->checked++;
      if (got == x->value) continue;
      out->mismatches++;
      char a[40], b[40];
      show(x->m, x->value, a, sizeof a);
      show(x->m, got, b, sizeof b);
      append(out, "%s: expected %s, got %s\n", x->m->name, a, b);
    }
  }
  out->passed = out->mismatches == 0;
  return VF_OK;
}
