/* Clients as JSON and CSV text (docs/clients.md). One table of fields drives
 * both formats, so they always carry the same information. */
#include "parse/csv.h"
#include "parse/json.h"
#include "velferd/client_io.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum fkind { F_ID, F_BIRTH, F_CODE, F_INCOME, F_HOUSING, F_FACT, F_CHILDREN } fkind;
typedef struct field {
  fkind kind;
  int which; /* the code list (F_CODE) or the kind/fact index */
} field;

static const field fields[] = {
  {F_ID, 0}, {F_BIRTH, 0},
  {F_CODE, VF_CODES_GENDER}, {F_CODE, VF_CODES_CIVIL_STATUS}, {F_CODE, VF_CODES_CITIZENSHIP},
  {F_CODE, VF_CODES_MAIN_INCOME}, {F_CODE, VF_CODES_TRYGD},
  {F_INCOME, 0}, {F_INCOME, 1}, {F_INCOME, 2}, {F_INCOME, 3}, {F_INCOME, 4}, {F_INCOME, 5},
  {F_INCOME, 6}, {F_INCOME, 7},
  {F_HOUSING, 0}, {F_HOUSING, 1}, {F_HOUSING, 2},
  {F_FACT, 0}, {F_FACT, 1}, {F_FACT, 2}, {F_FACT, 3}, {F_FACT, 4}, {F_FACT, 5},
  {F_CHILDREN, 0}};
#define NFIELDS (int)(sizeof fields / sizeof fields[0])
/* If a kind is added to client.h, the table above must grow with it. */
_Static_assert(VF_INC_KIND_COUNT == 8 && VF_HOUSING_KIND_COUNT == 3 && VF_FACT_COUNT == 6,
               "client_io.c fields[] must list every income kind, housing kind and fact");

/* The JSON object holding a grouped field, or NULL for a top-level one. */
static const char *group(const field *f) {
  switch (f->kind) {
    case F_INCOME: return "income";
    case F_HOUSING: return "housing";
    case F_FACT: return "facts";
    default: return NULL;
  }
}

/* The field's own name: the JSON member name (inside its group). */
static const char *member(const field *f) {
  switch (f->kind) {
    case F_ID: return "id";
    case F_BIRTH: return "birth_date";
    case F_CODE: return vf_code_list_name((vf_code_list)f->which);
    case F_INCOME: return vf_code_name(VF_CODES_INCOME_KIND, f->which);
    case F_HOUSING: return vf_code_name(VF_CODES_HOUSING_KIND, f->which);
    case F_FACT: return vf_code_name(VF_CODES_FACT, f->which);
    case F_CHILDREN: return "children";
  }
  return "?";
}

/* CSV column name ("income_work"), or JSON path ("income.work") with sep '.'. */
static void field_name(const field *f, char sep, char *buf, size_t size) {
  const char *g = group(f);
  if (!g)
    snprintf(buf, size, "%s", member(f));
  else if (sep == '.')
    snprintf(buf, size, "%s.%s", g, member(f));
  else /* the CSV prefixes are singular */
    snprintf(buf, size, "%s_%s", f->kind == F_FACT ? "fact" : g, member(f));
}

/* ---- setting a field from text ---- */

static vf_status set_code(vf_client *c, vf_code_list list, int v, vf_error *e) {
  switch (list) {
    case VF_CODES_GENDER: return vf_client_set_gender(c, (vf_gender)v, e);
    case VF_CODES_CIVIL_STATUS: return vf_client_set_civil_status(c, (vf_civil_status)v, e);
    case VF_CODES_CITIZENSHIP: return vf_client_set_citizenship(c, (vf_citizenship)v, e);
    case VF_CODES_MAIN_INCOME: return vf_client_set_main_income(c, (vf_main_income)v, e);
    case VF_CODES_TRYGD: return vf_client_set_trygd(c, (vf_trygd)v, e);
    default: return vfi_fail(e, VF_E_INVALID_ARG, 0, "", "not a client code list");
  }
}

static vf_status set_date(const char *text, vf_date *d, vf_error *e) {
  return vf_date_parse(text, d, e);
}

/* Sets field f from text. The message in *e says what is wrong, without the
 * location (the caller adds it). */
static vf_status set_field(vf_client *c, const field *f, const char *text, vf_error *e) {
  vf_status s;
  vf_date d;
  vf_money m;
  int v;
  switch (f->kind) {
    case F_ID: return vf_client_set_id(c, text, e);
    case F_BIRTH:
      if ((s = set_date(text, &d, e))) return s;
      return vf_client_set_birth_date(c, d, e);
    case F_CODE: {
      vf_code_list list = (vf_code_list)f->which;
      if (vf_code_parse(list, text, &v, e)) {
        char names[400] = "";
        for (int i = 0; vf_code_name(list, i); i++) {
          size_t n = strlen(names);
          snprintf(names + n, sizeof names - n, "%s%s", i ? ", " : "", vf_code_name(list, i));
        }
        return vfi_fail(e, VF_E_UNKNOWN_CODE, 0, "", "unknown code '%.40s' (one of: %s)", text,
                        names);
      }
      return set_code(c, list, v, e);
    }
    case F_INCOME:
    case F_HOUSING:
      if ((s = vf_money_parse(text, &m, e))) return s;
      if (m < 0) return vfi_fail(e, VF_E_RANGE, 0, "", "'%.40s': must not be negative", text);
      return f->kind == F_INCOME ? vf_client_set_income(c, (vf_income_kind)f->which, m, e)
                                 : vf_client_set_housing(c, (vf_housing_kind)f->which, m, e);
    case F_FACT:
      if (vf_code_parse(VF_CODES_TRISTATE, text, &v, e))
        return vfi_fail(e, VF_E_UNKNOWN_CODE, 0, "", "'%.40s': expected yes, no or unknown", text);
      return vf_client_set_fact(c, (vf_fact)f->which, (vf_tristate)v, e);
    case F_CHILDREN: { /* "YYYY-MM-DD;YYYY-MM-DD"; a single space also separates,
                          * as in register files (docs/register.md) */
      vf_client_clear_children(c);
      const char *p = text;
      for (;;) {
        const char *semi = strpbrk(p, "; ");
        size_t n = semi ? (size_t)(semi - p) : strlen(p);
        char one[32];
        if (n == 0 || n >= sizeof one)
          return vfi_fail(e, VF_E_PARSE, 0, "", "'%.60s': expected birth dates separated by ';' or ' '",
                          text);
        memcpy(one, p, n);
        one[n] = '\0';
        if ((s = set_date(one, &d, e)) || (s = vf_client_add_child(c, d, e))) return s;
        if (!semi) return VF_OK;
        p = semi + 1;
      }
    }
  }
  return VF_OK;
}

/* Fails with "NAME:LINE: FIELD: detail" from the detail in *e. */
static vf_status located(vf_error *err, const vf_error *e, const char *name, int line,
                         const char *fname) {
  return vfi_fail(err, e->status, line, fname, "%s:%d: %s: %s", name, line, fname, e->message);
}

/* ---- writing ---- */

typedef struct sb {
  char *buf;
  size_t size, len;
} sb;

static void sb_put(sb *b, const char *s, size_t n) {
  if (b->len < b->size) {
    size_t room = b->size - b->len - 1;
    memcpy(b->buf + b->len, s, n < room ? n : room);
    b->buf[b->len + (n < room ? n : room)] = '\0';
  }
  b->len += n;
}
static void sb_str(sb *b, const char *s) { sb_put(b, s, strlen(s)); }

static void sb_json_string(sb *b, const char *s) {
  sb_str(b, "\"");
  for (; *s; s++) {
    unsigned char ch = (unsigned char)*s;
    char esc[8];
    if (ch == '"' || ch == '\\') {
      esc[0] = '\\';
      esc[1] = (char)ch;
      sb_put(b, esc, 2);
    } else if (ch < 0x20) {
      snprintf(esc, sizeof esc, "\\u%04x", ch);
      sb_str(b, esc);
    } else {
      sb_put(b, s, 1);
    }
  }
  sb_str(b, "\"");
}

static void sb_csv_field(sb *b, const char *s) {
  if (!strpbrk(s, ",\"\r\n")) {
    sb_str(b, s);
    return;
  }
  sb_str(b, "\"");
  for (; *s; s++) {
    if (*s == '"')
      sb_str(b, "\"\""); /* a quote is doubled */
    else
      sb_put(b, s, 1);
  }
  sb_str(b, "\"");
}

/* The field's value as text ("" for an unset birth date or no children). */
static void field_text(const vf_client *c, const field *f, char *buf, size_t size) {
  buf[0] = '\0';
  switch (f->kind) {
    case F_ID: snprintf(buf, size, "%s", vf_client_id(c)); break;
    case F_BIRTH: vf_date_format(vf_client_birth_date(c), buf, size); break;
    case F_CODE: {
      int v = 0;
      switch ((vf_code_list)f->which) {
        case VF_CODES_GENDER: v = (int)vf_client_gender(c); break;
        case VF_CODES_CIVIL_STATUS: v = (int)vf_client_civil_status(c); break;
        case VF_CODES_CITIZENSHIP: v = (int)vf_client_citizenship(c); break;
        case VF_CODES_MAIN_INCOME: v = (int)vf_client_main_income(c); break;
        case VF_CODES_TRYGD: v = (int)vf_client_trygd(c); break;
        default: break;
      }
      snprintf(buf, size, "%s", vf_code_name((vf_code_list)f->which, v));
      break;
    }
    case F_INCOME: vf_money_format(vf_client_income(c, (vf_income_kind)f->which), buf, size); break;
    case F_HOUSING:
      vf_money_format(vf_client_housing(c, (vf_housing_kind)f->which), buf, size);
      break;
    case F_FACT:
      snprintf(buf, size, "%s", vf_code_name(VF_CODES_TRISTATE, vf_client_fact(c, (vf_fact)f->which)));
      break;
    case F_CHILDREN: {
      size_t len = 0;
      for (size_t i = 0; i < vf_client_child_count(c) && len + 12 < size; i++) {
        vf_date d;
        vf_client_child_birth(c, i, &d, NULL);
        if (i) buf[len++] = ';';
        len += vf_date_format(d, buf + len, size - len);
      }
      buf[len] = '\0';
      break;
    }
  }
}

/* Room for the longest field text: 32 children × 11 bytes. */
#define TEXT_MAX (VF_MAX_CHILDREN * 11 + 8)

size_t vf_client_csv_header(char *buf, size_t size) {
  sb b = {buf, size, 0};
  if (size) buf[0] = '\0';
  for (int i = 0; i < NFIELDS; i++) {
    char name[64];
    field_name(&fields[i], '_', name, sizeof name);
    if (i) sb_str(&b, ",");
    sb_str(&b, name);
  }
  return b.len;
}

size_t vf_client_format_csv(const vf_client *client, char *buf, size_t size) {
  if (size) buf[0] = '\0';
  if (!client) return 0;
  sb b = {buf, size, 0};
  for (int i = 0; i < NFIELDS; i++) {
    char text[TEXT_MAX];
    field_text(client, &fields[i], text, sizeof text);
    if (i) sb_str(&b, ",");
    sb_csv_field(&b, text);
  }
  return b.len;
}

size_t vf_client_format_json(const vf_client *client, char *buf, size_t size) {
  if (size) buf[0] = '\0';
  if (!client) return 0;
  sb b = {buf, size, 0};
  sb_str(&b, "{\n");
  const char *open = NULL; /* the group whose object is open */
  int in_group = 0;
  for (int i = 0; i < NFIELDS; i++) {
    const field *f = &fields[i];
    const char *g = group(f);
    char text[TEXT_MAX];
    field_text(client, f, text, sizeof text);
    if (open && g != open) sb_str(&b, "},\n");
    if (g && g != open) {
      sb_str(&b, "  \"");
      sb_str(&b, g);
      sb_str(&b, "\": {");
      in_group = 0;
    }
    open = g;
    if (g) {
      if (in_group++) sb_str(&b, ", ");
      sb_json_string(&b, member(f));
      sb_str(&b, ": ");
    } else {
      sb_str(&b, "  ");
      sb_json_string(&b, member(f));
      sb_str(&b, ": ");
    }
    switch (f->kind) {
      case F_INCOME:
      case F_HOUSING: sb_str(&b, text); break; /* kroner: a JSON number */
      case F_BIRTH:
        if (text[0]) sb_json_string(&b, text);
        else sb_str(&b, "null");
        break;
      case F_CHILDREN: {
        sb_str(&b, "[");
        for (size_t k = 0; k < vf_client_child_count(client); k++) {
          vf_date d;
          char day[16];
          vf_client_child_birth(client, k, &d, NULL);
          vf_date_format(d, day, sizeof day);
          if (k) sb_str(&b, ", ");
          sb_json_string(&b, day);
        }
        sb_str(&b, "]");
        break;
      }
      default: sb_json_string(&b, text); break;
    }
    if (!g) sb_str(&b, i + 1 < NFIELDS ? ",\n" : "\n");
  }
  if (open) sb_str(&b, "}\n");
  sb_str(&b, "}\n");
  return b.len;
}

/* ---- JSON reading ---- */

typedef struct jctx {
  vf_client *c;
  const char *name;
  vf_error *err;
} jctx;

static vf_status jfail(jctx *j, const vfi_json *v, const char *path, vf_status st, const char *fmt,
                       ...) VFI_PRINTF(5, 6);
static vf_status jfail(jctx *j, const vfi_json *v, const char *path, vf_status st, const char *fmt,
                       ...) {
  vf_error e = {0};
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(e.message, sizeof e.message, fmt, ap);
  va_end(ap);
  e.status = st;
  return located(j->err, &e, j->name, v->line, path);
}

/* The JSON value of a scalar field as the text set_field() reads. */
static vf_status json_scalar(jctx *j, const field *f, const vfi_json *v, const char *path) {
  const char *text = NULL;
  char buf[8];
  switch (f->kind) {
    case F_INCOME:
    case F_HOUSING:
      if (v->type == VFI_JNUMBER) text = v->text;
      break;
    case F_CODE:
      if (v->type == VFI_JSTRING || v->type == VFI_JNUMBER) text = v->text;
      break;
    case F_FACT:
      if (v->type == VFI_JSTRING) text = v->text;
      if (v->type == VFI_JBOOL) text = strcpy(buf, v->boolean ? "yes" : "no");
      break;
    default:
      if (v->type == VFI_JSTRING) text = v->text;
      break;
  }
  if (!text) {
    static const char *const want[] = {"a string", "a date string", "a code name (string)",
      "an amount in kroner (number)", "an amount in kroner (number)", "\"yes\", \"no\" or \"unknown\"",
      "an array of dates"};
    return jfail(j, v, path, VF_E_PARSE, "expected %s, found %s", want[f->kind],
                 vfi_json_type_name(v->type));
  }
  vf_error e = {0};
  if (set_field(j->c, f, text, &e)) return located(j->err, &e, j->name, v->line, path);
  return VF_OK;
}

static const field *find_field(const char *grp, const char *name) {
  for (int i = 0; i < NFIELDS; i++) {
    const char *g = group(&fields[i]);
    if ((g ? grp && !strcmp(g, grp) : !grp) && !strcmp(member(&fields[i]), name)) return &fields[i];
  }
  return NULL;
}

static vf_status json_children(jctx *j, const field *f, const vfi_json *v) {
  if (v->type != VFI_JARRAY)
    return jfail(j, v, "children", VF_E_PARSE, "expected an array of birth dates, found %s",
                 vfi_json_type_name(v->type));
  vf_client_clear_children(j->c);
  for (size_t i = 0; i < v->n; i++) {
    const vfi_json *d = &v->items[i];
    char path[32];
    snprintf(path, sizeof path, "children[%zu]", i);
    if (d->type != VFI_JSTRING)
      return jfail(j, d, path, VF_E_PARSE, "expected a date string, found %s",
                   vfi_json_type_name(d->type));
    vf_date day;
    vf_error e = {0};
    if (set_date(d->text, &day, &e) || vf_client_add_child(j->c, day, &e))
      return located(j->err, &e, j->name, d->line, path);
  }
  (void)f;
  return VF_OK;
}

static vf_status json_client(jctx *j, const vfi_json *root) {
  if (root->type != VFI_JOBJECT)
    return jfail(j, root, "", VF_E_PARSE, "expected a client object, found %s",
                 vfi_json_type_name(root->type));
  for (size_t i = 0; i < root->n; i++) {
    const char *key = root->keys[i];
    const vfi_json *v = &root->items[i];
    if (v->type == VFI_JNULL) continue; /* null = not given */
    const field *f = find_field(NULL, key);
    vf_status s;
    if (f) {
      s = f->kind == F_CHILDREN ? json_children(j, f, v) : json_scalar(j, f, v, key);
      if (s) return s;
      continue;
    }
    if (strcmp(key, "income") && strcmp(key, "housing") && strcmp(key, "facts"))
      return jfail(j, v, key, VF_E_PARSE, "unknown member (see docs/clients.md)");
    if (v->type != VFI_JOBJECT)
      return jfail(j, v, key, VF_E_PARSE, "expected an object, found %s",
                   vfi_json_type_name(v->type));
    for (size_t k = 0; k < v->n; k++) {
      char path[96];
      snprintf(path, sizeof path, "%s.%.60s", key, v->keys[k]);
      const vfi_json *m = &v->items[k];
      if (m->type == VFI_JNULL) continue;
      const field *g = find_field(key, v->keys[k]);
      if (!g) return jfail(j, m, path, VF_E_PARSE, "unknown member (see docs/clients.md)");
      if ((s = json_scalar(j, g, m, path))) return s;
    }
  }
  return VF_OK;
}

vf_status vfi_client_from_jnode(const vfi_json *node, const char *name, vf_client **out,
                                vf_error *err) {
  vf_client *c = NULL;
  vf_status s = vf_client_new(&c, err);
  if (s) return s;
  jctx j = {c, name, err};
  if ((s = json_client(&j, node))) {
    vf_client_free(c);
    return s;
  }
  *out = c;
  return VF_OK;
}

vf_status vf_client_from_json(vf_client **out, const char *text, size_t len, const char *name,
                              vf_error *err) {
  if (!out || !text) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "out or text is NULL");
  if (!name) name = "<json>";
  vfi_json *root = NULL;
  vf_status s = vfi_json_parse(text, len, name, &root, err);
  if (s) return s;
  vf_client *c = NULL;
  if (!(s = vf_client_new(&c, err))) {
    jctx j = {c, name, err};
    s = json_client(&j, root);
  }
  vfi_json_free(root);
  if (s) {
    vf_client_free(c);
    return s;
  }
  *out = c;
  return VF_OK;
}

vf_status vf_client_read_json_file(vf_client **out, const char *path, vf_error *err) {
  if (!out || !path) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "out or path is NULL");
  char *text;
  size_t len;
  vf_status s = vfi_read_file(path, &text, &len, err);
  if (s) return s;
  s = vf_client_from_json(out, text, len, path, err);
  free(text);
  return s;
}

/* ---- CSV reading ---- */

struct vf_client_reader {
  char *text, *name;
  vfi_csv csv;
  int ncols;
  int col[NFIELDS]; /* column -> index in fields[] */
  int line;
  bool has_row; /* csv.fields holds the last row returned */
};

void vf_client_reader_free(vf_client_reader *r) {
  if (!r) return;
  vfi_csv_free(&r->csv);
  free(r->text);
  free(r->name);
  free(r);
}

int vf_client_reader_line(const vf_client_reader *r) { return r ? r->line : 0; }

const char *vf_client_reader_value(const vf_client_reader *r, const char *column) {
  if (!r || !column || !r->has_row) return NULL;
  for (int k = 0; k < r->ncols && (size_t)k < r->csv.nfields; k++) {
    char name[64];
    field_name(&fields[r->col[k]], '_', name, sizeof name);
    if (!strcmp(name, column)) return r->csv.fields[k];
  }
  return NULL;
}

static vf_status read_header(vf_client_reader *r, vf_error *err) {
  int got = vfi_csv_next(&r->csv, err);
  if (got < 0) return err ? err->status : VF_E_PARSE;
  if (got == 0)
    return vfi_fail(err, VF_E_PARSE, 1, "", "%s:1: no header row (docs/clients.md)", r->name);
  int line = r->csv.line;
  if (r->csv.nfields > (size_t)NFIELDS)
    return vfi_fail(err, VF_E_PARSE, line, "", "%s:%d: header has %zu columns; there are only %d",
                    r->name, line, r->csv.nfields, NFIELDS);
  for (size_t c = 0; c < r->csv.nfields; c++) {
    const char *h = r->csv.fields[c];
    int found = -1;
    for (int i = 0; i < NFIELDS && found < 0; i++) {
      char name[64];
      field_name(&fields[i], '_', name, sizeof name);
      if (!strcmp(name, h)) found = i;
    }
    if (found < 0)
      return vfi_fail(err, VF_E_PARSE, line, h, "%s:%d: %.60s: unknown column (see docs/clients.md)",
                      r->name, line, h);
    for (size_t k = 0; k < c; k++)
      if (r->col[k] == found)
        return vfi_fail(err, VF_E_PARSE, line, h, "%s:%d: %.60s: column appears twice", r->name,
                        line, h);
    r->col[c] = found;
  }
  r->ncols = (int)r->csv.nfields;
  r->line = line;
  return VF_OK;
}

/* No header starts with '{' or '[' (no column name does), but a JSON client
 * or list does: say so rather than "unknown column". */
static vf_status looks_like_json(const vfi_csv *csv, vf_error *err) {
  int line = 1;
  const char *p = csv->p;
  for (; p < csv->end && *p && strchr(" \t\r\n", *p); p++) line += *p == '\n';
  if (p == csv->end || (*p != '{' && *p != '[')) return VF_OK;
  return vfi_fail(err, VF_E_PARSE, line, "", "%s:%d: this is JSON (it starts with '%c'), not CSV: "
                  "a client CSV file starts with a header row (docs/clients.md)", csv->name, line,
                  *p);
}

vf_status vf_client_reader_open_text(vf_client_reader **out, const char *text, size_t len,
                                     const char *name, vf_error *err) {
  if (!out || !text) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "out or text is NULL");
  vf_client_reader *r = calloc(1, sizeof *r);
  if (r) {
    r->text = malloc(len + 1);
    r->name = vfi_strdup(name ? name : "<csv>");
  }
  if (!r || !r->text || !r->name) {
    vf_client_reader_free(r);
    return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  }
  memcpy(r->text, text, len);
  r->text[len] = '\0';
  /* No comment lines: an id may start with '#', and no row may be lost. */
  vfi_csv_init(&r->csv, r->text, len, r->name, false);
  vf_status s = looks_like_json(&r->csv, err);
  if (!s) s = read_header(r, err);
  if (s) {
    vf_client_reader_free(r);
    return s;
  }
  *out = r;
  return VF_OK;
}

vf_status vf_client_reader_open(vf_client_reader **out, const char *path, vf_error *err) {
  return vf_client_reader_open_limited(out, path, NULL, err);
}

vf_status vf_client_reader_open_limited(vf_client_reader **out, const char *path,
                                        const vf_read_limits *limits, vf_error *err) {
  if (!out || !path) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "out or path is NULL");
  vf_read_limits l;
  vf_status s = vfi_read_limits_check(limits, &l, err);
  if (s) return s;
  char *text;
  size_t len;
  s = vfi_read_file_max(path, l.max_bytes, &text, &len, err);
  if (s) return s;
  s = vf_client_reader_open_text(out, text, len, path, err);
  free(text);
  return s;
}

vf_status vf_client_reader_next(vf_client_reader *r, vf_client **out, vf_error *err) {
  if (!r || !out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "reader or out is NULL");
  *out = NULL;
  vf_error e = {0};
  r->has_row = false;
  int got = vfi_csv_next(&r->csv, &e); /* a bad line is consumed: the next call goes on */
  if (got == 0) return VF_OK;
  if (got < 0) {
    r->line = e.line;
    if (err) *err = e;
    return e.status;
  }
  int line = r->line = r->csv.line;
  r->has_row = true;
  if (r->csv.nfields != (size_t)r->ncols)
    return vfi_fail(err, VF_E_PARSE, line, "", "%s:%d: row has %zu fields; the header has %d",
                    r->name, line, r->csv.nfields, r->ncols);
  vf_client *c = NULL;
  vf_status s = vf_client_new(&c, err);
  if (s) return s;
  for (int k = 0; k < r->ncols; k++) {
    const char *text = r->csv.fields[k];
    if (!text[0]) continue; /* empty = not given */
    const field *f = &fields[r->col[k]];
    if ((s = set_field(c, f, text, &e))) {
      char name[64];
      field_name(f, '_', name, sizeof name);
      vf_client_free(c);
      return located(err, &e, r->name, line, name);
    }
  }
  *out = c;
  return VF_OK;
}
