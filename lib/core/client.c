/* Client records and the code lists. */
#include "core/internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct vf_client {
  char id[64];
  vf_date birth;
  vf_gender gender;
  vf_civil_status civil;
  vf_citizenship citizenship;
  vf_main_income main_income;
  vf_trygd trygd;
  vf_money income[VF_INC_KIND_COUNT];
  vf_money housing[VF_HOUSING_KIND_COUNT];
  vf_tristate facts[VF_FACT_COUNT];
  size_t nchildren;
  vf_date children[VF_MAX_CHILDREN];
};

/* ---- code lists: index = numeric code, NULL = not a code ---- */

static const char *const gender_names[] = {"unknown", "male", "female"};
static const char *const civil_names[] = {"unknown", "unmarried", "married", "cohabiting",
  "separated_divorced", "widowed"};
static const char *const citizenship_names[] = {"unknown", "norwegian", "foreign"};
static const char *const main_income_names[] = {"unknown", "work", "course_wage_subsidy",
  "trygd", "student", "social_assistance", "introduction", "spouse", "qualification", "other"};
static const char *const trygd_names[] = {"unknown", "sickness", "unemployment",
  "rehabilitation", "disability", "transitional", "survivor", "old_age", "medical_rehab",
  "supplementary", "other", "work_assessment", "none", "child_benefit"};
static const char *const income_kind_names[] = {"work", "trygd", "programme", "child_benefit",
  "child_support", "housing_allowance", "partner", "other"};
static const char *const housing_kind_names[] = {"rent", "electricity", "other"};
static const char *const tristate_names[] = {"unknown", "no", "yes"};
static const char *const fact_names[] = {"reduced_work_capacity", "folketrygd_rights",
  "work_assessment_done", "programme_available", "lives_with_partner", "shares_home"};

static const char *const assistance_names[] = {"unknown", "grant", "loan", "qualification"};
static const char *const age_group_names[] = {"unknown", "18_24", "25_29", "30_39", "40_49",
  "50_59", "60_66", "67_plus", "under_18"};
static const char *const provider_names[] = {"no_children", "1_child", "2_children",
  "3_children", "4_children", "5_plus_children"};
static const char *const income_category_names[] = {"unknown", "work", "trygd",
  "social_assistance", "programme", "other"};

typedef struct code_list {
  const char *name;
  const char *const *names;
  int count;
} code_list;

#define LIST(n, a) {n, a, (int)(sizeof a / sizeof a[0])}
static const code_list lists[] = {
  LIST("gender", gender_names), LIST("civil_status", civil_names),
  LIST("citizenship", citizenship_names), LIST("main_income", main_income_names),
  LIST("trygd", trygd_names), LIST("income_kind", income_kind_names),
  LIST("housing_kind", housing_kind_names), LIST("tristate", tristate_names),
  LIST("fact", fact_names), LIST("assistance_kind", assistance_names),
  LIST("age_group", age_group_names), LIST("provider_status", provider_names),
  LIST("income_category", income_category_names)};
#define NLISTS (int)(sizeof lists / sizeof lists[0])

const char *vf_code_list_name(vf_code_list list) {
  return (int)list >= 0 && (int)list < NLISTS ? lists[list].name : NULL;
}

const char *vf_code_name(vf_code_list list, int value) {
  if ((int)list < 0 || (int)list >= NLISTS) return NULL;
  const code_list *l = &lists[list];
  return value >= 0 && value < l->count ? l->names[value] : NULL;
}

vf_status vf_code_parse(vf_code_list list, const char *text, int *value, vf_error *err) {
  if (!text || !value) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "text or value is NULL");
  if ((int)list < 0 || (int)list >= NLISTS)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "list", "unknown code list %d", (int)list);
  const code_list *l = &lists[list];
  for (int i = 0; i < l->count; i++)
    if (text[0] == l->names[i][0] && !strcmp(text, l->names[i])) { *value = i; return VF_OK; }
  int64_t n;
  if (text[0] >= '0' && text[0] <= '9' && vfi_parse_int64(text, &n) && n >= 0 && n < l->count &&
      strlen(text) <= 3) {
    *value = (int)n;
    return VF_OK;
  }
  char names[256] = ""; /* the valid names, so the message says what would do */
  for (int i = 0; i < l->count; i++) {
    size_t used = strlen(names);
    snprintf(names + used, sizeof names - used, "%s%s", i ? ", " : "", l->names[i]);
  }
  return vfi_fail(err, VF_E_UNKNOWN_CODE, 0, l->name, "%s: unknown code '%.40s' (one of: %s)",
                  l->name, text, names);
}

/* ---- client ---- */

vf_status vf_client_new(vf_client **out, vf_error *err) {
  if (!out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "out", "out is NULL");
  vf_client *c = calloc(1, sizeof *c);
  if (!c) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  *out = c;
  return VF_OK;
}

void vf_client_free(vf_client *client) { free(client); }

void vfi_client_reset(vf_client *c) { memset(c, 0, sizeof *c); }

/* Bytes of a client up to its last child (the children array is the last
 * member), so that read-only copies need not reserve room for 32 children. */
static size_t client_bytes(const vf_client *c) {
  return offsetof(vf_client, children) + c->nchildren * sizeof c->children[0];
}

vf_status vf_client_clone(vf_client **out, const vf_client *client, vf_error *err) {
  if (!out || !client) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "out or client is NULL");
  vf_client *c = malloc(sizeof *c);
  if (!c) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  memcpy(c, client, client_bytes(client)); /* the source may be a compact copy */
  *out = c;
  return VF_OK;
}

vf_status vfi_client_clone_compact(vf_client **out, const vf_client *client, vf_error *err) {
  if (!out || !client) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "out or client is NULL");
  size_t n = client_bytes(client);
  vf_client *c = malloc(n);
  if (!c) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  memcpy(c, client, n);
  *out = c;
  return VF_OK;
}

#define CHECK_CLIENT(c) \
  if (!(c)) return vfi_fail(err, VF_E_INVALID_ARG, 0, "client", "client is NULL")

vf_status vf_client_set_id(vf_client *c, const char *id, vf_error *err) {
  CHECK_CLIENT(c);
  if (!id) return vfi_fail(err, VF_E_INVALID_ARG, 0, "id", "id is NULL");
  size_t n = strlen(id);
  if (n >= sizeof c->id)
    return vfi_fail(err, VF_E_RANGE, 0, "id", "id is %zu bytes long; at most %zu allowed", n,
                    sizeof c->id - 1);
  if (!vfi_utf8_valid(id, n)) return vfi_fail(err, VF_E_PARSE, 0, "id", "id is not valid UTF-8");
  /* A line break or tab in an id would break every line-oriented file the id
   * is written to (register CSV, KOSTRA records, reports). */
  for (size_t i = 0; i < n; i++)
    if ((unsigned char)id[i] < 0x20 || id[i] == 0x7F)
      return vfi_fail(err, VF_E_PARSE, 0, "id", "id: control character (byte %zu is 0x%02X: a "
                      "line break, tab or the like) is not allowed", i + 1, (unsigned)id[i]);
  memcpy(c->id, id, n + 1);
  return VF_OK;
}

const char *vf_client_id(const vf_client *c) { return c ? c->id : ""; }

vf_status vf_client_set_birth_date(vf_client *c, vf_date birth, vf_error *err) {
  CHECK_CLIENT(c);
  if (!vf_date_valid(birth))
    return vfi_fail(err, VF_E_DATE, 0, "birth_date", "birth_date: %04d-%02d-%02d is not a "
                    "calendar date", birth.year, birth.month, birth.day);
  c->birth = birth;
  return VF_OK;
}

vf_date vf_client_birth_date(const vf_client *c) { return c ? c->birth : (vf_date){0, 0, 0}; }

vf_status vfi_fail_code(vf_error *err, vf_code_list list, const char *field, int value) {
  char names[320] = ""; /* the valid values, so the message says what would do */
  int first = 1;
  for (int i = 0; i < 64; i++) {
    const char *name = vf_code_name(list, i);
    if (!name) continue;
    size_t used = strlen(names);
    snprintf(names + used, sizeof names - used, "%s%d %s", first ? "" : ", ", i, name);
    first = 0;
  }
  return vfi_fail(err, VF_E_UNKNOWN_CODE, 0, field, "%s: unknown code %d (one of: %s)", field,
                  value, names);
}

/* A coded attribute must be a named value of its list (UNKNOWN included). */
static vf_status set_code(vf_code_list list, int v, int *dst, vf_error *err) {
  if (!vf_code_name(list, v)) return vfi_fail_code(err, list, vf_code_list_name(list), v);
  *dst = v;
  return VF_OK;
}

#define CODE_ACCESSORS(fn, type, member, list)                                         \
  vf_status vf_client_set_##fn(vf_client *c, type v, vf_error *err) {                  \
    CHECK_CLIENT(c);                                                                   \
    int tmp = 0; /* gcc -O2 cannot see set_code always sets it on success */  \
    vf_status s = set_code(list, (int)v, &tmp, err);                                   \
    if (!s) c->member = (type)tmp;                                                     \
    return s;                                                                          \
  }                                                                                    \
  type vf_client_##fn(const vf_client *c) { return c ? c->member : (type)0; }

CODE_ACCESSORS(gender, vf_gender, gender, VF_CODES_GENDER)
CODE_ACCESSORS(civil_status, vf_civil_status, civil, VF_CODES_CIVIL_STATUS)
CODE_ACCESSORS(citizenship, vf_citizenship, citizenship, VF_CODES_CITIZENSHIP)
CODE_ACCESSORS(main_income, vf_main_income, main_income, VF_CODES_MAIN_INCOME)
CODE_ACCESSORS(trygd, vf_trygd, trygd, VF_CODES_TRYGD)

static vf_status set_amount(vf_money *dst, vf_code_list list, int kind, int count, vf_money v,
                            vf_error *err) {
  if (kind < 0 || kind >= count)
    return vfi_fail(err, VF_E_UNKNOWN_CODE, 0, vf_code_list_name(list), "%s: unknown kind %d",
                    vf_code_list_name(list), kind);
  if (v < 0) {
    char kr[32];
    vf_money_format(v, kr, sizeof kr);
    return vfi_fail(err, VF_E_RANGE, 0, vf_code_name(list, kind),
                    "%s: amount %s kr is negative", vf_code_name(list, kind), kr);
  }
  dst[kind] = v;
  return VF_OK;
}

vf_status vf_client_set_income(vf_client *c, vf_income_kind kind, vf_money monthly,
                               vf_error *err) {
  CHECK_CLIENT(c);
  return set_amount(c->income, VF_CODES_INCOME_KIND, (int)kind, VF_INC_KIND_COUNT, monthly, err);
}

vf_money vf_client_income(const vf_client *c, vf_income_kind kind) {
  return c && (int)kind >= 0 && kind < VF_INC_KIND_COUNT ? c->income[kind] : 0;
}

vf_status vf_client_income_total(const vf_client *c, vf_money *out, vf_error *err) {
  CHECK_CLIENT(c);
  if (!out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "out", "out is NULL");
  vf_money sum = 0;
  for (int i = 0; i < VF_INC_KIND_COUNT; i++) {
    vf_status s = vf_money_add(sum, c->income[i], &sum, err);
    if (s) return s;
  }
  *out = sum;
  return VF_OK;
}

vf_status vf_client_set_housing(vf_client *c, vf_housing_kind kind, vf_money monthly,
                                vf_error *err) {
  CHECK_CLIENT(c);
  return set_amount(c->housing, VF_CODES_HOUSING_KIND, (int)kind, VF_HOUSING_KIND_COUNT, monthly,
                    err);
}

vf_money vf_client_housing(const vf_client *c, vf_housing_kind kind) {
  return c && (int)kind >= 0 && kind < VF_HOUSING_KIND_COUNT ? c->housing[kind] : 0;
}

vf_status vf_client_set_fact(vf_client *c, vf_fact fact, vf_tristate v, vf_error *err) {
  CHECK_CLIENT(c);
  if ((int)fact < 0 || fact >= VF_FACT_COUNT)
    return vfi_fail(err, VF_E_UNKNOWN_CODE, 0, "fact", "fact: unknown fact %d", (int)fact);
  int tmp = 0;
  vf_status s = set_code(VF_CODES_TRISTATE, (int)v, &tmp, err);
  if (!s) c->facts[fact] = (vf_tristate)tmp;
  return s;
}

vf_tristate vf_client_fact(const vf_client *c, vf_fact fact) {
  return c && (int)fact >= 0 && fact < VF_FACT_COUNT ? c->facts[fact] : VF_UNKNOWN;
}

vf_status vf_client_add_child(vf_client *c, vf_date birth, vf_error *err) {
  CHECK_CLIENT(c);
  if (!vf_date_valid(birth))
    return vfi_fail(err, VF_E_DATE, 0, "child_birth_date", "child_birth_date: %04d-%02d-%02d is "
                    "not a calendar date", birth.year, birth.month, birth.day);
  if (c->nchildren >= VF_MAX_CHILDREN)
    return vfi_fail(err, VF_E_RANGE, 0, "children", "children: at most %d children per client",
                    VF_MAX_CHILDREN);
  c->children[c->nchildren++] = birth;
  return VF_OK;
}

void vf_client_clear_children(vf_client *c) {
  if (c) c->nchildren = 0;
}

size_t vf_client_child_count(const vf_client *c) { return c ? c->nchildren : 0; }

vf_status vf_client_child_birth(const vf_client *c, size_t index, vf_date *out, vf_error *err) {
  CHECK_CLIENT(c);
  if (!out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "out", "out is NULL");
  if (index >= c->nchildren)
    return vfi_fail(err, VF_E_RANGE, 0, "children", "children: index %zu out of range (%zu "
                    "children)", index, c->nchildren);
  *out = c->children[index];
  return VF_OK;
}
