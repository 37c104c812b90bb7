/* KOSTRA record layouts: parsed from the compiled-in tables data/kostra/FORM_YEAR.csv
 * (name,from,size,type,mandatory,date_pattern,codes), converted from SSB's file
 * descriptions (statisticsnorway/kostra-kontrollprogram, MIT licence). */
#include "kostra/kostra_internal.h"
#include "parse/csv.h"
#include "core/embedded.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *vf_kostra_form_name(vf_kostra_form form) {
  switch (form) {
  case VF_KOSTRA_11F: return "11F";
  case VF_KOSTRA_11CF: return "11CF";
  }
  return NULL;
}

vf_status vf_kostra_form_parse(const char *name, vf_kostra_form *out, vf_error *err) {
  if (!name || !out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "form", "form or out is NULL");
  if (!strcasecmp(name, "11F")) *out = VF_KOSTRA_11F;
  else if (!strcasecmp(name, "11CF")) *out = VF_KOSTRA_11CF;
  else return vfi_fail(err, VF_E_UNKNOWN_CODE, 0, "form", "unknown KOSTRA form '%s' (known: 11F, 11CF)", name);
  return VF_OK;
}

void vfi_klayout_free(vfi_klayout *l) {
  if (!l) return;
  for (size_t i = 0; i < l->nfields; i++) free(l->fields[i].codes);
  free(l->fields);
  memset(l, 0, sizeof *l);
}

static size_t name_hash(const char *s) {
  uint32_t h = 2166136261u;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
  return (h ^ (h >> 15)) & (VFI_KSLOTS - 1);
}

/* The name table (readers look fields up by name per record); a layout of
 * more than half VFI_KSLOTS fields is searched from the start instead. */
static void index_names(vfi_klayout *l) {
  memset(l->slot, 0, sizeof l->slot);
  if (l->nfields > VFI_KSLOTS / 2) return;
  for (size_t i = 0; i < l->nfields; i++) {
    size_t h = name_hash(l->fields[i].name);
    while (l->slot[h]) h = (h + 1) & (VFI_KSLOTS - 1);
    l->slot[h] = (uint16_t)(i + 1);
  }
}

int vfi_kfield_index(const vfi_klayout *l, const char *name) {
  if (l->nfields && l->nfields <= VFI_KSLOTS / 2) {
    for (size_t h = name_hash(name); l->slot[h]; h = (h + 1) & (VFI_KSLOTS - 1))
      if (!strcmp(l->fields[l->slot[h] - 1].name, name)) return l->slot[h] - 1;
    return -1;
  }
  for (size_t i = 0; i < l->nfields; i++)
    if (!strcmp(l->fields[i].name, name)) return (int)i;
  return -1;
}

bool vfi_kfield_has_code(const vfi_kfield *f, const char *code) {
  if (!f->codes || !*code) return false;
  /* one pass over "1|2|3", comparing as it goes (called per field and record) */
  for (const char *p = f->codes;;) {
    const char *c = code;
    while (*p && *p != '|' && *p == *c) { p++; c++; }
    if (!*c && (!*p || *p == '|')) return true;
    while (*p && *p != '|') p++;
    if (!*p) return false;
    p++;
  }
}

static vf_status parse_row(const vfi_csv *r, vfi_kfield *f, size_t expect_from, vf_error *err) {
  static const char *cols[] = {"name", "from", "size", "type", "mandatory", "date_pattern", "codes"};
  if (r->nfields != 7)
    return vfi_fail(err, VF_E_PARSE, r->line, "", "%s:%d: %zu columns, expected 7 (%s,...)", r->name,
                    r->line, r->nfields, cols[0]);
  int64_t from, size;
  if (strlen(r->fields[0]) == 0 || strlen(r->fields[0]) >= sizeof f->name)
    return vfi_fail(err, VF_E_PARSE, r->line, "name", "%s:%d: bad field name", r->name, r->line);
  snprintf(f->name, sizeof f->name, "%s", r->fields[0]);
  if (!vfi_parse_int64(r->fields[1], &from) || !vfi_parse_int64(r->fields[2], &size) || size < 1 ||
      size > 64 || (size_t)from != expect_from + 1)
    return vfi_fail(err, VF_E_PARSE, r->line, f->name,
                    "%s:%d: %s: from %s size %s does not follow the previous field (expected from %zu)",
                    r->name, r->line, f->name, r->fields[1], r->fields[2], expect_from + 1);
  f->from = (size_t)from - 1;
  f->size = (size_t)size;
  if (!strcmp(r->fields[3], "string")) f->type = VFI_K_STRING;
  else if (!strcmp(r->fields[3], "integer")) f->type = VFI_K_INTEGER;
  else if (!strcmp(r->fields[3], "date") && !strcmp(r->fields[5], "ddMMyyyy") && size == 8)
    f->type = VFI_K_DATE;
  else
    return vfi_fail(err, VF_E_PARSE, r->line, f->name, "%s:%d: %s: unknown type '%s' / date pattern '%s'",
                    r->name, r->line, f->name, r->fields[3], r->fields[5]);
  f->mandatory = !strcmp(r->fields[4], "1");
  f->codes = NULL;
  if (*r->fields[6]) {
    f->codes = vfi_strdup(r->fields[6]);
    if (!f->codes) return vfi_fail(err, VF_E_NOMEM, r->line, "", "out of memory");
  }
  return VF_OK;
}

vf_status vfi_klayout_load(vf_kostra_form form, int year, vfi_klayout *out, vf_error *err) {
  const char *fname = vf_kostra_form_name(form);
  if (!fname) return vfi_fail(err, VF_E_UNKNOWN_CODE, 0, "form", "unknown KOSTRA form %d", (int)form);
  char want[32];
  snprintf(want, sizeof want, "%s_%d", fname, year);
  const vfi_embedded_file *ef = NULL;
  for (size_t i = 0; i < vfi_kostra_file_count; i++)
    if (!strcmp(vfi_kostra_files[i].name, want)) ef = &vfi_kostra_files[i];
  if (!ef) {
    char known[256] = "";
    for (size_t i = 0; i < vfi_kostra_file_count; i++) {
      size_t n = strlen(known);
      snprintf(known + n, sizeof known - n, "%s%s", i ? ", " : "", vfi_kostra_files[i].name);
    }
    return vfi_fail(err, VF_E_NOT_FOUND, 0, "year", "no KOSTRA layout for form %s year %d (known: %s)",
                    fname, year, known);
  }
  vfi_klayout l = {.form = form, .year = year};
  vfi_csv r;
  vfi_csv_init(&r, ef->data, ef->len, want, true);
  vf_status s = VF_OK;
  int rc = vfi_csv_next(&r, err); /* header */
  if (rc <= 0) { s = rc < 0 ? err ? err->status : VF_E_PARSE : vfi_fail(err, VF_E_PARSE, 0, "", "%s: empty layout", want); goto out; }
  size_t cap = 0;
  while ((rc = vfi_csv_next(&r, err)) > 0) {
    if (l.nfields == cap) {
      cap = cap ? cap * 2 : 64;
      vfi_kfield *nf = realloc(l.fields, cap * sizeof *nf);
      if (!nf) { s = vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory"); goto out; }
      l.fields = nf;
    }
    s = parse_row(&r, &l.fields[l.nfields], l.length, err);
    if (s) goto out;
    l.length += l.fields[l.nfields].size;
    l.nfields++;
  }
  if (rc < 0) s = err ? err->status : VF_E_PARSE;
out:
  vfi_csv_free(&r);
  if (s) { vfi_klayout_free(&l); return s; }
  index_names(&l);
  *out = l;
  return VF_OK;
}
