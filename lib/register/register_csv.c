/* Register CSV files (format in docs/register.md): clients, payments and
 * population counts, read with per-row error reports and written back. */
#define _POSIX_C_SOURCE 200809L
#include "core/outfile.h"
#include "parse/csv.h"
#include "register/register_internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

/* ---- column maps: the header names the columns, in any order ---- */

enum { MAX_COLS = 19 };

typedef struct colmap {
  const char *const *names; /* expected columns */
  size_t n;
  size_t nreq;              /* the first nreq are required, the rest optional (pos -1 if absent) */
  int pos[MAX_COLS];        /* field index of each expected column */
  size_t nfields;
} colmap;

static vf_status read_header(vfi_csv *r, colmap *m, const char *path, vf_error *err) {
  vf_error e;
  int got = vfi_csv_next(r, &e);
  if (got < 0) { if (err) *err = e; return e.status; }
  if (got == 0) return vfi_fail(err, VF_E_PARSE, 1, "", "%s:1: empty file: a header row is "
                                "required", path);
  for (size_t c = 0; c < m->n; c++) m->pos[c] = -1;
  for (size_t f = 0; f < r->nfields; f++) {
    size_t c = 0;
    while (c < m->n && strcmp(r->fields[f], m->names[c])) c++;
    if (c == m->n)
      return vfi_fail(err, VF_E_PARSE, r->line, r->fields[f], "%s:%d: unknown column '%.40s'",
                      path, r->line, r->fields[f]);
    if (m->pos[c] >= 0)
      return vfi_fail(err, VF_E_PARSE, r->line, r->fields[f], "%s:%d: column '%s' appears twice",
                      path, r->line, m->names[c]);
    m->pos[c] = (int)f;
  }
  for (size_t c = 0; c < m->nreq; c++)
    if (m->pos[c] < 0)
      return vfi_fail(err, VF_E_PARSE, r->line, m->names[c], "%s:%d: column '%s' is missing",
                      path, r->line, m->names[c]);
  m->nfields = r->nfields;
  return VF_OK;
}

/* Puts @p pre in front of e->message, truncating the end if it gets too long. */
static void prefix(vf_error *e, const char *pre) {
  size_t p = strlen(pre), m = strlen(e->message);
  if (p >= sizeof e->message) p = sizeof e->message - 1;
  if (p + m >= sizeof e->message) m = sizeof e->message - 1 - p;
  memmove(e->message + p, e->message, m);
  memcpy(e->message, pre, p);
  e->message[p + m] = '\0';
}

/* Prefixes an error from a row with "FILE:LINE: " and sets its line. */
static vf_status row_error(vf_error *e, vf_status s, const char *path, int line) {
  char pre[160];
  snprintf(pre, sizeof pre, "%.120s:%d: ", path, line);
  e->status = s;
  e->line = line;
  prefix(e, pre);
  return s;
}

/* Handles a bad row: strict mode stops, skip mode records it. Returns non-zero to stop. */
static vf_status reject(vf_register *reg, vf_read_mode mode, vf_error *e, vf_read_counts *c,
                        vf_error *err) {
  c->rejected++;
  if (mode == VF_READ_STRICT) {
    if (err) *err = *e;
    return e->status;
  }
  return vfi_register_reject(reg, e, err);
}

typedef vf_status (*row_fn)(vf_register *reg, const char *const *f, const colmap *m, void *ctx,
                            vf_error *e);

/* The common read loop. @p commit (may be NULL) runs after all rows in strict
 * mode; @p rollback undoes the rows added when a strict read fails. */
static vf_status read_csv(vf_register *reg, const char *path, vf_read_mode mode,
                          vf_read_counts *counts, const char *const *cols, size_t ncols,
                          size_t nreq, row_fn fn, void *ctx, vf_error *err) {
  vf_read_counts c = {0, 0, 0};
  if (counts) *counts = c;
  if (!reg || !path) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "register or path is NULL");
  if (mode != VF_READ_STRICT && mode != VF_READ_SKIP)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "mode", "unknown read mode %d", (int)mode);
  /* The file is read a chunk at a time: memory does not grow with its size. */
  vfi_csv r;
  vf_status s = vfi_csv_open(&r, path, reg->limits.max_bytes, false, err);
  if (s) {
    vfi_csv_free(&r);
    return s;
  }
  vfi_register_mark mark;
  if ((s = vfi_register_mark_set(reg, &mark, err))) {
    vfi_csv_free(&r);
    return s;
  }
  colmap m = {cols, ncols, nreq, {0}, 0};
  s = read_header(&r, &m, path, err);
  while (!s) {
    vf_error e;
    int got = vfi_csv_next(&r, &e);
    if (got == 0) break;
    if (got < 0) {
      /* A malformed record (bad quoting, invalid UTF-8) is a bad row; the
       * reader has already moved past it. A read error stops the read. */
      if (r.fatal) { if (err) *err = e; s = e.status; break; }
      c.read++;
      e.line = r.line;
      s = reject(reg, mode, &e, &c, err);
      continue;
    }
    c.read++;
    if (r.nfields != m.nfields) {
      vfi_fail(&e, VF_E_PARSE, r.line, "", "%s:%d: %zu fields, the header has %zu", path,
               r.line, r.nfields, m.nfields);
      s = reject(reg, mode, &e, &c, err);
      continue;
    }
    vf_status rs = fn(reg, r.fields, &m, ctx, &e);
    if (rs == VF_E_NOMEM) { if (err) *err = e; s = rs; break; }
    if (rs) {
      row_error(&e, rs, path, r.line);
      s = reject(reg, mode, &e, &c, err);
      continue;
    }
    c.used++;
  }
  vfi_csv_free(&r);
  vfi_register_index(reg);
  if (s) {
    /* Strict failure (or out of memory): nothing from this file stays; every
     * row read counts as rejected. */
    vfi_register_rollback(reg, &mark);
    c.rejected = c.read;
    c.used = 0;
  } else {
    vfi_register_mark_free(&mark);
  }
  if (counts) *counts = c;
  return s;
}

#define FIELD(name) f[m->pos[name]]

/* ---- clients ---- */

enum { C_ID, C_BIRTH, C_GENDER, C_CIVIL, C_CITIZEN, C_INCOME, C_TRYGD, C_CHILDREN, C_WEIGHT, C_CONTENT };
/* The required columns, then the optional ones: weight (docs/register.md,
 * "Weights") and the content columns (register_content.c, in vfi_clist_id
 * order); a missing content column is unknown for every client. */
static const char *const client_cols[] = {"id", "birth_date", "gender", "civil_status",
  "citizenship", "main_income", "trygd", "children", "weight", "housing", "individual_plan",
  "economic_advice", "work_situation", "conditions", "spouse_conditions", "condition_types",
  "exemption_date", "exemption_grounds", "sanctions"};
/* A weight: digits, optionally '.' and 1-3 decimals, as 1/1000ths exactly. */
static vf_status parse_weight(const char *t, int64_t *out, vf_error *e) {
  int64_t v = 0;
  size_t i = 0, d = 0;
  for (; t[i] >= '0' && t[i] <= '9' && i < 10; i++) v = v * 10 + (t[i] - '0');
  bool ok = i > 0;
  if (ok && t[i] == '.')
    for (i++; t[i] >= '0' && t[i] <= '9' && d < 3; i++, d++) v = v * 10 + (t[i] - '0');
  if (!ok || t[i] || (t[i - 1] == '.'))
    return vfi_fail(e, VF_E_PARSE, 0, "weight", "weight: '%.40s' is not a weight (a number >= 0 "
                    "with at most 3 decimals, such as 1 or 12.5)", t);
  for (; d < 3; d++) v *= 10;
  if (v > VF_WEIGHT_MAX)
    return vfi_fail(e, VF_E_RANGE, 0, "weight", "weight: %.40s is above %d", t,
                    VF_WEIGHT_MAX / VF_WEIGHT_SCALE);
  *out = v;
  return VF_OK;
}

static vf_status parse_code(vf_code_list list, const char *text, int *v, vf_error *e) {
  if (!*text)
    return vfi_fail(e, VF_E_UNKNOWN_CODE, 0, vf_code_list_name(list), "%s: empty (write "
                    "'unknown' for an unknown value)", vf_code_list_name(list));
  return vf_code_parse(list, text, v, e);
}

/* @p ctx: a client reused for every row (the register copies what it keeps). */
static vf_status client_row(vf_register *reg, const char *const *f, const colmap *m, void *ctx,
                            vf_error *e) {
  vf_client *c = ctx;
  vfi_client_reset(c);
  vf_status s;
  int g, civ, cit, inc, tr;
  const char *id = FIELD(C_ID);
  if (!*id) { s = vfi_fail(e, VF_E_INVALID_ARG, 0, "id", "id: empty"); goto out; }
  if ((s = vf_client_set_id(c, id, e))) goto out;
  const char *b = FIELD(C_BIRTH);
  if (*b) {
    vf_date d;
    if ((s = vf_date_parse(b, &d, e))) {
      snprintf(e->field, sizeof e->field, "birth_date");
      prefix(e, "birth_date: ");
      goto out;
    }
    if ((s = vf_client_set_birth_date(c, d, e))) goto out;
  }
  if ((s = parse_code(VF_CODES_GENDER, FIELD(C_GENDER), &g, e)) ||
      (s = parse_code(VF_CODES_CIVIL_STATUS, FIELD(C_CIVIL), &civ, e)) ||
      (s = parse_code(VF_CODES_CITIZENSHIP, FIELD(C_CITIZEN), &cit, e)) ||
      (s = parse_code(VF_CODES_MAIN_INCOME, FIELD(C_INCOME), &inc, e)) ||
      (s = parse_code(VF_CODES_TRYGD, FIELD(C_TRYGD), &tr, e)))
    goto out;
  vf_client_set_gender(c, (vf_gender)g, NULL);
  vf_client_set_civil_status(c, (vf_civil_status)civ, NULL);
  vf_client_set_citizenship(c, (vf_citizenship)cit, NULL);
  vf_client_set_main_income(c, (vf_main_income)inc, NULL);
  vf_client_set_trygd(c, (vf_trygd)tr, NULL);
  /* children: birth dates separated by single spaces */
  for (const char *p = FIELD(C_CHILDREN); *p;) {
    char buf[11];
    size_t n = strcspn(p, " ");
    vf_date d;
    if (n != 10) {
      s = vfi_fail(e, VF_E_DATE, 0, "children", "children: '%.*s' is not a date YYYY-MM-DD "
                   "(children are birth dates separated by single spaces)", (int)(n > 40 ? 40 : n), p);
      goto out;
    }
    memcpy(buf, p, 10);
    buf[10] = '\0';
    if (vf_date_parse(buf, &d, NULL) || !vf_date_valid(d)) {
      s = vfi_fail(e, VF_E_DATE, 0, "children", "children: '%s' is not a calendar date", buf);
      goto out;
    }
    if ((s = vf_client_add_child(c, d, e))) goto out;
    p += n;
    if (*p == ' ') {
      p++;
      if (!*p || *p == ' ') {
        s = vfi_fail(e, VF_E_DATE, 0, "children", "children: stray space in the list");
        goto out;
      }
    }
  }
  int64_t w = VF_WEIGHT_SCALE;
  if (m->pos[C_WEIGHT] >= 0 && (s = parse_weight(FIELD(C_WEIGHT), &w, e))) goto out;
  vfi_content ct;
  memset(&ct, 0, sizeof ct);
  bool any = false;
  for (int l = 0; l < VFI_CL_COUNT; l++) {
    if (m->pos[C_CONTENT + l] < 0) continue;
    any = true;
    if ((s = vfi_content_parse(&ct, (vfi_clist_id)l, FIELD(C_CONTENT + l), e))) goto out;
  }
  if ((s = vfi_content_consistent(&ct, e))) goto out;
  if (any && (s = vfi_register_content_init(reg, e))) goto out;
  s = vfi_register_add_client_lazy(reg, c, e); /* indexed at the end of the file */
  if (!s && any) {
    reg->content[reg->nclients - 1] = ct;
    reg->has_content = true;
  }
  if (!s && m->pos[C_WEIGHT] >= 0) {
    reg->rows[reg->nclients - 1].weight = (uint32_t)w;
    reg->weighted = true;
  }
out:
  return s;
}

vf_status vf_register_read_clients_csv(vf_register *reg, const char *path, vf_read_mode mode,
                                       vf_read_counts *counts, vf_error *err) {
  vf_client *c;
  if (counts) *counts = (vf_read_counts){0, 0, 0};
  vf_status s = vf_client_new(&c, err);
  if (s) return s;
  s = read_csv(reg, path, mode, counts, client_cols, C_CONTENT + VFI_CL_COUNT, C_WEIGHT,
               client_row, c, err);
  vf_client_free(c);
  return s;
}

/* ---- payments ---- */

enum { P_CLIENT, P_YEAR, P_MONTH, P_GROSS, P_REFUNDED, P_KIND };
static const char *const payment_cols[] = {"client_id", "year", "month", "gross", "refunded",
  "kind"};

/* Up to 9 plain digits; anything else (signs, more digits, junk) is left to
 * the general parser, which gives the same value for these. */
static bool plain_digits(const char *t, int64_t *out) {
  int64_t v = 0;
  size_t i = 0;
  for (; t[i] >= '0' && t[i] <= '9'; i++) {
    if (i == 9) return false; /* longer: the general parser (no overflow here) */
    v = v * 10 + (t[i] - '0');
  }
  if (!i || t[i]) return false;
  *out = v;
  return true;
}

static vf_status parse_int(const char *text, const char *field, int lo, int hi, int *out,
                           vf_error *e) {
  int64_t v;
  if (!plain_digits(text, &v) && !vfi_parse_int64(text, &v))
    return vfi_fail(e, VF_E_PARSE, 0, field, "%s: '%.40s' is not a whole number", field, text);
  if (v < lo || v > hi)
    return vfi_fail(e, VF_E_RANGE, 0, field, "%s: %lld is outside %d..%d", field, (long long)v,
                    lo, hi);
  *out = (int)v;
  return VF_OK;
}

/* Kroner as up to 15 digits with 1 or 2 decimals after '.' or ',', or none:
 * the common shape, read here in one pass; any other text goes to
 * vf_money_parse(), which gives the same amount for these. */
static bool plain_kroner(const char *t, vf_money *out) {
  int64_t v = 0;
  size_t i = 0;
  for (; t[i] >= '0' && t[i] <= '9'; i++) {
    if (i == 15) return false; /* longer: vf_money_parse() (no overflow here) */
    v = v * 10 + (t[i] - '0');
  }
  if (!i) return false;
  v *= 100;
  if (t[i] == '.' || t[i] == ',') {
    if (t[i + 1] < '0' || t[i + 1] > '9') return false;
    v += (t[i + 1] - '0') * 10;
    i += 2;
    if (t[i] >= '0' && t[i] <= '9') v += t[i++] - '0';
  }
  if (t[i]) return false;
  *out = v;
  return true;
}

static vf_status parse_money(const char *text, const char *field, vf_money *out, vf_error *e) {
  if (plain_kroner(text, out)) return VF_OK;
  vf_status s = vf_money_parse(text, out, e);
  if (s) {
    char pre[VF_ERROR_FIELD_SIZE + 2];
    snprintf(e->field, sizeof e->field, "%s", field);
    snprintf(pre, sizeof pre, "%s: ", e->field);
    prefix(e, pre);
  }
  return s;
}

/* The client of the row before: payments usually come grouped by client, so
 * most rows need no look-up. */
typedef struct last_client {
  char id[64]; /* ids are shorter (vf_client_set_id) */
  size_t idx;
  bool set;
} last_client;

static vf_status find_client(vf_register *reg, const char *id, last_client *last, size_t *idx,
                             vf_error *e) {
  if (last->set && !strcmp(id, last->id)) {
    *idx = last->idx;
    return VF_OK;
  }
  /* ... and in the order of the clients, so the next client is likely next
   * (no look-up: a random access into the id table costs a cache miss). */
  vf_status s = VF_OK;
  if (last->set && last->idx + 1 < reg->nclients && !strcmp(vfi_register_id(reg, last->idx + 1), id))
    *idx = last->idx + 1;
  else
    s = vf_register_find_client(reg, id, idx, e);
  if (s) return s;
  size_t n = strlen(id);
  last->set = n < sizeof last->id;
  if (last->set) {
    memcpy(last->id, id, n + 1);
    last->idx = *idx;
  }
  return VF_OK;
}

static vf_status payment_row(vf_register *reg, const char *const *f, const colmap *m, void *ctx,
                             vf_error *e) {
  size_t idx;
  int year = 0, month = 0, kind = 0; /* set by the parsers; zero quiets gcc -O3 */
  vf_money gross, refunded;
  vf_status s;
  if ((s = find_client(reg, FIELD(P_CLIENT), ctx, &idx, e)) ||
      (s = parse_int(FIELD(P_YEAR), "year", 1, 9999, &year, e)) ||
      (s = parse_int(FIELD(P_MONTH), "month", 1, 12, &month, e)) ||
      (s = parse_money(FIELD(P_GROSS), "gross", &gross, e)) ||
      (s = parse_money(FIELD(P_REFUNDED), "refunded", &refunded, e)) ||
      (s = parse_code(VF_CODES_ASSISTANCE_KIND, FIELD(P_KIND), &kind, e)))
    return s;
  return vfi_register_add_payment_index(reg, idx, year, month, gross, refunded,
                                        (vf_assistance_kind)kind, e);
}

vf_status vf_register_read_payments_csv(vf_register *reg, const char *path, vf_read_mode mode,
                                        vf_read_counts *counts, vf_error *err) {
  last_client last = {"", 0, false};
  return read_csv(reg, path, mode, counts, payment_cols, 6, 6, payment_row, &last, err);
}

/* ---- population: rows are staged and applied only when the read succeeds ---- */

enum { Q_YEAR, Q_AGE, Q_PERSONS };
static const char *const population_cols[] = {"year", "age", "persons"};

typedef struct pop_stage {
  struct { int year, age; int64_t persons; } *row;
  size_t n, cap;
} pop_stage;

static vf_status population_row(vf_register *reg, const char *const *f, const colmap *m,
                                void *ctx, vf_error *e) {
  (void)reg;
  pop_stage *st = ctx;
  int year = 0, age = 0; /* set by the parsers; zero quiets gcc -O3 */
  int64_t persons;
  vf_status s;
  if ((s = parse_int(FIELD(Q_YEAR), "year", 1, 9999, &year, e)) ||
      (s = parse_int(FIELD(Q_AGE), "age", 0, VF_POPULATION_MAX_AGE, &age, e)))
    return s;
  if (!vfi_parse_int64(FIELD(Q_PERSONS), &persons))
    return vfi_fail(e, VF_E_PARSE, 0, "persons", "persons: '%.40s' is not a whole number",
                    FIELD(Q_PERSONS));
  if (persons < 0)
    return vfi_fail(e, VF_E_RANGE, 0, "persons", "persons: %lld is negative", (long long)persons);
  for (size_t i = 0; i < st->n; i++)
    if (st->row[i].year == year && st->row[i].age == age)
      return vfi_fail(e, VF_E_DUPLICATE, 0, "age", "age: year %d age %d given twice", year, age);
  if (st->n == st->cap) {
    size_t cap = st->cap ? st->cap * 2 : 128;
    void *p = realloc(st->row, cap * sizeof *st->row);
    if (!p) return vfi_fail(e, VF_E_NOMEM, 0, "", "out of memory");
    st->row = p;
    st->cap = cap;
  }
  st->row[st->n].year = year;
  st->row[st->n].age = age;
  st->row[st->n].persons = persons;
  st->n++;
  return VF_OK;
}

vf_status vf_register_read_population_csv(vf_register *reg, const char *path, vf_read_mode mode,
                                          vf_read_counts *counts, vf_error *err) {
  pop_stage st = {NULL, 0, 0};
  vf_status s = read_csv(reg, path, mode, counts, population_cols, 3, 3, population_row, &st, err);
  for (size_t i = 0; !s && i < st.n; i++)
    s = vf_register_set_population(reg, st.row[i].year, st.row[i].age, st.row[i].persons, err);
  free(st.row);
  return s;
}

/* ---- writers ---- */

/* Writes a field, quoted if it holds a comma, quote or line break. */
static void put_field(FILE *f, const char *s) {
  if (!strpbrk(s, ",\"\r\n")) { fputs(s, f); return; }
  fputc('"', f);
  for (; *s; s++) {
    if (*s == '"') fputc('"', f);
    fputc(*s, f);
  }
  fputc('"', f);
}

static void clients_body(const vf_register *reg, FILE *f) {
  fputs("id,birth_date,gender,civil_status,citizenship,main_income,trygd,children", f);
  if (reg->weighted) fputs(",weight", f);
  for (int l = 0; reg->has_content && l < VFI_CL_COUNT; l++) fprintf(f, ",%s", client_cols[C_CONTENT + l]);
  fputc('\n', f);
  for (size_t i = 0; i < reg->nclients; i++) {
    const vf_client *c = reg->clients[i];
    char d[16] = "";
    put_field(f, vf_client_id(c));
    vf_date_format(vf_client_birth_date(c), d, sizeof d);
    fprintf(f, ",%s,%s,%s,%s,%s,%s,", d, vf_code_name(VF_CODES_GENDER, vf_client_gender(c)),
            vf_code_name(VF_CODES_CIVIL_STATUS, vf_client_civil_status(c)),
            vf_code_name(VF_CODES_CITIZENSHIP, vf_client_citizenship(c)),
            vf_code_name(VF_CODES_MAIN_INCOME, vf_client_main_income(c)),
            vf_code_name(VF_CODES_TRYGD, vf_client_trygd(c)));
    for (size_t k = 0; k < vf_client_child_count(c); k++) {
      vf_date b;
      vf_client_child_birth(c, k, &b, NULL);
      vf_date_format(b, d, sizeof d);
      fprintf(f, "%s%s", k ? " " : "", d);
    }
    if (reg->weighted) {
      unsigned w = reg->rows[i].weight;
      fprintf(f, ",%u", w / VF_WEIGHT_SCALE);
      if (w % VF_WEIGHT_SCALE) fprintf(f, ".%03u", w % VF_WEIGHT_SCALE);
    }
    for (int l = 0; reg->has_content && l < VFI_CL_COUNT; l++) {
      char t[256];
      vfi_content_format(vfi_register_content_of(reg, i), (vfi_clist_id)l, t, sizeof t);
      fprintf(f, ",%s", t);
    }
    fputc('\n', f);
  }
}

static void payments_body(const vf_register *reg, FILE *f) {
  fputs("client_id,year,month,gross,refunded,kind\n", f);
  for (size_t i = 0; i < reg->npay; i++) {
    const vfi_pay_key *k = &reg->pkey[i];
    char g[32], r[32];
    vf_money_format(reg->pgross[i], g, sizeof g);
    vf_money_format(reg->prefund[i], r, sizeof r);
    put_field(f, vf_client_id(reg->clients[k->client]));
    fprintf(f, ",%d,%d,%s,%s,%s\n", k->year, k->month, g, r,
            vf_code_name(VF_CODES_ASSISTANCE_KIND, k->kind));
  }
}

static void population_body(const vf_register *reg, FILE *f) {
  fputs("year,age,persons\n", f);
  for (size_t y = 0; y < reg->npop; y++)
    for (int a = 0; a <= VF_POPULATION_MAX_AGE; a++)
      if (reg->pop[y].persons[a] >= 0)
        fprintf(f, "%d,%d,%lld\n", reg->pop[y].year, a, (long long)reg->pop[y].persons[a]);
}

/* Every writer goes through core/outfile.h: a failed write leaves the old file.
 * Messages name `shown` (NULL: path). Writes are checked by the commit. */
static vf_status no_summary(const vf_register *reg, vf_error *err) {
  if (!reg->summary) return VF_OK;
  return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "a summary register keeps no payment records "
                  "or client objects and cannot be written (vf_register_new_summary)");
}

static vf_status write_file(const vf_register *reg, const char *path, const char *shown,
                            void (*body)(const vf_register *, FILE *), vf_error *err) {
  if (!reg) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "register is NULL");
  vf_status s0 = no_summary(reg, err);
  if (s0) return s0;
  if (!path) return vfi_fail(err, VF_E_INVALID_ARG, 0, "path", "path is NULL");
  vfi_outfile o;
  char msg[VF_ERROR_MESSAGE_SIZE];
  if (vfi_outfile_open(&o, path, shown, msg, sizeof msg)) return vfi_fail(err, VF_E_IO, 0, "", "%s", msg);
  body(reg, o.f);
  if (vfi_outfile_commit(&o, msg, sizeof msg)) return vfi_fail(err, VF_E_IO, 0, "", "%s", msg);
  return VF_OK;
}

vf_status vf_register_write_clients_csv(const vf_register *reg, const char *path, vf_error *err) {
  return write_file(reg, path, NULL, clients_body, err);
}

vf_status vf_register_write_payments_csv(const vf_register *reg, const char *path, vf_error *err) {
  return write_file(reg, path, NULL, payments_body, err);
}

vf_status vf_register_write_population_csv(const vf_register *reg, const char *path,
                                           vf_error *err) {
  return write_file(reg, path, NULL, population_body, err);
}

/* ---- directories ---- */

static vf_status join(char *buf, size_t size, const char *dir, const char *name, vf_error *err) {
  if ((size_t)snprintf(buf, size, "%s/%s", dir, name) >= size)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "dir", "directory path is too long");
  return VF_OK;
}

vf_status vf_register_read_dir(vf_register *reg, const char *dir, vf_read_mode mode,
                               vf_read_counts *clients, vf_read_counts *payments,
                               vf_read_counts *population, vf_error *err) {
  vf_read_counts *all[3] = {clients, payments, population};
  for (int i = 0; i < 3; i++)
    if (all[i]) *all[i] = (vf_read_counts){0, 0, 0};
  if (!reg || !dir) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "register or dir is NULL");
  char path[4096];
  vf_status s;
  if ((s = join(path, sizeof path, dir, "clients.csv", err)) ||
      (s = vf_register_read_clients_csv(reg, path, mode, clients, err)) ||
      (s = join(path, sizeof path, dir, "payments.csv", err)) ||
      (s = vf_register_read_payments_csv(reg, path, mode, payments, err)) ||
      (s = join(path, sizeof path, dir, "population.csv", err)))
    return s;
  FILE *f = fopen(path, "rb");
  if (!f) return VF_OK; /* population is optional */
  fclose(f);
  return vf_register_read_population_csv(reg, path, mode, population, err);
}

vf_status vf_register_write_dir(const vf_register *reg, const char *dir, vf_error *err) {
  if (!reg || !dir) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "register or dir is NULL");
  vf_status s0 = no_summary(reg, err);
  if (s0) return s0;
  /* Written into a temporary directory beside `dir` and moved into place, so
   * `dir` holds either the old register or the whole new one (core/outfile.h). */
  static const char *const files[] = {"clients.csv", "payments.csv", "population.csv", NULL};
  static void (*const bodies[])(const vf_register *, FILE *) = {clients_body, payments_body,
                                                                 population_body};
  vfi_outdir d;
  char msg[VF_ERROR_MESSAGE_SIZE];
  if (vfi_outdir_open(&d, dir, files, msg, sizeof msg)) return vfi_fail(err, VF_E_IO, 0, "dir", "%s", msg);
  vf_status s = VF_OK;
  for (int i = 0; i < (reg->npop ? 3 : 2) && !s; i++) {
    char path[4096], shown[4096];
    if (!(s = join(path, sizeof path, d.tmp, files[i], err)) &&
        !(s = join(shown, sizeof shown, d.target, files[i], err)))
      s = write_file(reg, path, shown, bodies[i], err);
  }
  if (s) {
    vfi_outdir_abort(&d);
    return s;
  }
  if (vfi_outdir_commit(&d, msg, sizeof msg)) return vfi_fail(err, VF_E_IO, 0, "dir", "%s", msg);
  return VF_OK;
}
