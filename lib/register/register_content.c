/* The optional clients.csv columns of what form 11F records beyond the counts,
 * with SSB's codes (file_description_11F_2026; docs/register.md). */
#include "register/register_internal.h"

#include <stdio.h>
#include <string.h>

static const char *const housing_n[] = {"rented_private", "rented_municipal", "owned",
                                        "homeless", "other", "institution"};
static const int housing_c[] = {1, 2, 3, 4, 5, 6};
static const char *const yesno_n[] = {"yes", "no"};
static const int yesno_c[] = {1, 2};
static const char *const work_n[] = {"full_time", "part_time", "student", "not_job_seeker",
  "state_measure", "municipal_measure", "registered_unemployed", "unemployed_not_registered",
  "introduction", "qualification"};
static const int work_c[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
/* In the order of the 11F record (VILKARARBEID at 295 ... VILKARNORSKSAMISKOPPL at 317). */
static const char *const types_n[] = {"work_training", "course", "school", "job_seeking",
  "job_offer", "guidance", "other_rights", "assets_housing_costs", "health", "other",
  "digital_plan", "language_training"};
static const int types_c[] = {16, 17, 4, 6, 7, 8, 10, 18, 14, 15, 19, 20};
static const char *const types_f[] = {"VILKARARBEID", "VILKARKURS", "VILKARUTD",
  "VILKARJOBBLOG", "VILKARJOBBTILB", "VILKARSAMT", "VILKAROKRETT", "VILKARLIVSH",
  "VILKARHELSE", "VILKARANNET", "VILKARDIGPLAN", "VILKARNORSKSAMISKOPPL"};
static const char *const grounds_n[] = {"work", "activity", "health_social", "other_weighty"};
static const int grounds_c[] = {1, 2, 3, 4};
static const char *const grounds_f[] = {"VEDTAKARB", "VEDTAKAKT", "VEDTAKHELSE", "VEDTAKGRUNN"};
static const char *const sanctions_n[] = {"reduced", "other"};
static const int sanctions_c[] = {1, 2};
static const char *const sanctions_f[] = {"SANKSJONRED", "SANKSJONANDRE"};

const vfi_clist vfi_clists[VFI_CL_COUNT] = {
  {"housing", false, 6, housing_n, housing_c, NULL, "BOSIT", 1},
  {"individual_plan", false, 2, yesno_n, yesno_c, NULL, "FAAT_INDIVIDUELL_PLAN", 1},
  {"economic_advice", false, 2, yesno_n, yesno_c, NULL, "GITT_OKONOMIRAD", 1},
  {"work_situation", false, 10, work_n, work_c, NULL, "ARBSIT", 2},
  {"conditions", false, 2, yesno_n, yesno_c, NULL, "VILKARSOSLOV", 1},
  {"spouse_conditions", false, 2, yesno_n, yesno_c, NULL, "VILKARSAMEKT", 1},
  {"condition_types", true, 12, types_n, types_c, types_f, NULL, 2},
  {"exemption_date", false, 0, NULL, NULL, NULL, "VEDTAKDATO", 8},
  {"exemption_grounds", true, 4, grounds_n, grounds_c, grounds_f, NULL, 2},
  {"sanctions", true, 2, sanctions_n, sanctions_c, sanctions_f, NULL, 2}};

uint8_t *vfi_content_code(vfi_content *c, vfi_clist_id l) {
  switch (l) {
  case VFI_CL_HOUSING: return &c->housing;
  case VFI_CL_PLAN: return &c->plan;
  case VFI_CL_ADVICE: return &c->advice;
  case VFI_CL_WORK: return &c->work;
  case VFI_CL_CONDITIONS: return &c->conditions;
  case VFI_CL_SPOUSE: return &c->spouse;
  default: return NULL;
  }
}

const char *vfi_clist_name(vfi_clist_id l, int v) {
  const vfi_clist *L = &vfi_clists[l];
  if (L->set) return v >= 0 && (size_t)v < L->n ? L->names[v] : NULL;
  for (size_t i = 0; i < L->n; i++)
    if (L->codes[i] == v) return L->names[i];
  return NULL;
}

/* Entry of list L named @p t, or with SSB's code @p t ("4", "04"); -1 if none. */
static int entry(const vfi_clist *L, const char *t, size_t n) {
  for (size_t i = 0; i < L->n; i++)
    if (strlen(L->names[i]) == n && !strncmp(L->names[i], t, n)) return (int)i;
  if (!n || n > 2) return -1;
  int v = 0;
  for (size_t k = 0; k < n; k++) {
    if (t[k] < '0' || t[k] > '9') return -1;
    v = v * 10 + (t[k] - '0');
  }
  for (size_t i = 0; i < L->n; i++)
    if (L->codes[i] == v) return (int)i;
  return -1;
}

/* "a, b or c" of the list's names into buf. */
static const char *choices(const vfi_clist *L, char *buf, size_t size) {
  size_t o = 0;
  buf[0] = '\0';
  for (size_t i = 0; i < L->n && o < size; i++)
    o += (size_t)snprintf(buf + o, size - o, "%s%s", i ? ", " : "", L->names[i]);
  return buf;
}

static vf_status bad(const vfi_clist *L, const char *t, vf_error *e) {
  char names[320];
  return vfi_fail(e, VF_E_UNKNOWN_CODE, 0, L->column, "%s: '%.40s' is not one of %s, SSB's "
                  "code%s or unknown", L->column, t, choices(L, names, sizeof names),
                  L->set ? "s (separated by single spaces; empty for none)" : "");
}

vf_status vfi_content_parse(vfi_content *c, vfi_clist_id l, const char *t, vf_error *e) {
  const vfi_clist *L = &vfi_clists[l];
  static const uint8_t known[VFI_CL_COUNT] = {[VFI_CL_TYPES] = VFI_KNOWN_TYPES,
    [VFI_CL_EXEMPTION_DATE] = VFI_KNOWN_EXEMPTION, [VFI_CL_GROUNDS] = VFI_KNOWN_GROUNDS,
    [VFI_CL_SANCTIONS] = VFI_KNOWN_SANCTIONS};
  if (!strcmp(t, "unknown")) return VF_OK; /* as the client was reset: unknown */
  if (l == VFI_CL_EXEMPTION_DATE) {
    c->known |= VFI_KNOWN_EXEMPTION;
    if (!*t) return VF_OK; /* no exemption */
    vf_date d;
    if (vf_date_parse(t, &d, NULL) || !vf_date_valid(d) || d.year < 1 || d.year > 9999)
      return vfi_fail(e, VF_E_DATE, 0, L->column, "%s: '%.40s' is not a date YYYY-MM-DD (empty: "
                      "no exemption)", L->column, t);
    c->ex_year = (int16_t)d.year;
    c->ex_month = (uint8_t)d.month;
    c->ex_day = (uint8_t)d.day;
    return VF_OK;
  }
  if (!L->set) {
    if (!*t)
      return vfi_fail(e, VF_E_UNKNOWN_CODE, 0, L->column, "%s: empty (write 'unknown' for an "
                      "unknown value)", L->column);
    int i = entry(L, t, strlen(t));
    if (i < 0) return bad(L, t, e);
    *vfi_content_code(c, l) = (uint8_t)L->codes[i];
    return VF_OK;
  }
  unsigned bits = 0;
  for (const char *p = t; *p;) {
    size_t n = strcspn(p, " ");
    int i = entry(L, p, n);
    if (i < 0) {
      char tok[48];
      snprintf(tok, sizeof tok, "%.*s", (int)(n > 40 ? 40 : n), p);
      return bad(L, tok, e);
    }
    if (bits & (1u << i))
      return vfi_fail(e, VF_E_DUPLICATE, 0, L->column, "%s: '%s' is listed twice", L->column,
                      L->names[i]);
    bits |= 1u << i;
    p += n;
    if (*p == ' ' && (!p[1] || p[1] == ' '))
      return vfi_fail(e, VF_E_PARSE, 0, L->column, "%s: stray space in the list", L->column);
    if (*p) p++;
  }
  c->known |= known[l];
  if (l == VFI_CL_TYPES) c->types = (uint16_t)bits;
  else if (l == VFI_CL_GROUNDS) c->grounds = (uint8_t)bits;
  else c->sanctions = (uint8_t)bits;
  return VF_OK;
}

void vfi_content_format(const vfi_content *c, vfi_clist_id l, char *buf, size_t size) {
  const vfi_clist *L = &vfi_clists[l];
  snprintf(buf, size, "unknown");
  if (l == VFI_CL_EXEMPTION_DATE) {
    if (!(c->known & VFI_KNOWN_EXEMPTION)) return;
    buf[0] = '\0';
    if (c->ex_year) vf_date_format(vfi_content_exemption(c), buf, size);
    return;
  }
  if (!L->set) {
    vfi_content t = *c; /* vfi_content_code() points into a copy */
    const char *n = vfi_clist_name(l, *vfi_content_code(&t, l));
    if (n) snprintf(buf, size, "%s", n);
    return;
  }
  unsigned bits = l == VFI_CL_TYPES ? c->types : l == VFI_CL_GROUNDS ? c->grounds : c->sanctions;
  unsigned k = l == VFI_CL_TYPES ? VFI_KNOWN_TYPES : l == VFI_CL_GROUNDS ? VFI_KNOWN_GROUNDS
                                                                         : VFI_KNOWN_SANCTIONS;
  if (!(c->known & k)) return;
  size_t o = 0;
  buf[0] = '\0';
  for (size_t i = 0; i < L->n && o < size; i++)
    if (bits & (1u << i)) o += (size_t)snprintf(buf + o, size - o, "%s%s", o ? " " : "", L->names[i]);
}

vf_status vfi_content_consistent(const vfi_content *c, vf_error *e) {
  if (c->types && c->conditions == 2)
    return vfi_fail(e, VF_E_INCONSISTENT, 0, "condition_types", "condition_types: condition "
                    "types are listed but conditions is 'no'");
  if (c->grounds && !c->ex_year)
    return vfi_fail(e, VF_E_INCONSISTENT, 0, "exemption_grounds", "exemption_grounds: grounds "
                    "are listed without an exemption_date (the decision date, 11F VEDTAKDATO)");
  return VF_OK;
}

static vf_status column_of(const vf_register *reg, size_t index, const char *column, int *l,
                           vf_error *err) {
  if (!reg || !column) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "register or column is NULL");
  for (*l = 0; *l < VFI_CL_COUNT; (*l)++)
    if (!strcmp(column, vfi_clists[*l].column)) break;
  if (*l == VFI_CL_COUNT)
    return vfi_fail(err, VF_E_NOT_FOUND, 0, "column", "column: '%.40s' is not a content column "
                    "(docs/register.md)", column);
  if (index >= reg->nclients)
    return vfi_fail(err, VF_E_RANGE, 0, "index", "index: client %zu out of range (%zu clients)",
                    index, reg->nclients);
  return VF_OK;
}

vf_status vf_register_set_content(vf_register *reg, size_t index, const char *column,
                                  const char *value, vf_error *err) {
  int l;
  vf_status s = column_of(reg, index, column, &l, err);
  if (s) return s;
  if (!value) return vfi_fail(err, VF_E_INVALID_ARG, 0, column, "%s: value is NULL", column);
  if ((s = vfi_register_content_init(reg, err))) return s;
  vfi_content c = reg->content[index];
  /* the field as if new, then parsed: 'unknown' clears it */
  uint8_t *code = vfi_content_code(&c, (vfi_clist_id)l);
  if (code) *code = 0;
  else if (l == VFI_CL_TYPES) { c.types = 0; c.known &= (uint8_t)~VFI_KNOWN_TYPES; }
  else if (l == VFI_CL_GROUNDS) { c.grounds = 0; c.known &= (uint8_t)~VFI_KNOWN_GROUNDS; }
  else if (l == VFI_CL_SANCTIONS) { c.sanctions = 0; c.known &= (uint8_t)~VFI_KNOWN_SANCTIONS; }
  else { c.ex_year = 0; c.ex_month = c.ex_day = 0; c.known &= (uint8_t)~VFI_KNOWN_EXEMPTION; }
  if ((s = vfi_content_parse(&c, (vfi_clist_id)l, value, err)) ||
      (s = vfi_content_consistent(&c, err)))
    return s;
  reg->content[index] = c;
  reg->has_content = true;
  return VF_OK;
}

vf_status vf_register_content(const vf_register *reg, size_t index, const char *column,
                              char *buf, size_t size, vf_error *err) {
  int l;
  vf_status s = column_of(reg, index, column, &l, err);
  if (s) return s;
  char t[256];
  vfi_content_format(vfi_register_content_of(reg, index), (vfi_clist_id)l, t, sizeof t);
  if (!buf || strlen(t) >= size)
    return vfi_fail(err, VF_E_RANGE, 0, column, "%s: buffer of %zu bytes is too small", column,
                    size);
  memcpy(buf, t, strlen(t) + 1);
  return VF_OK;
}
