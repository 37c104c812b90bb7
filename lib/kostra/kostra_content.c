/* The 11F fields of what a case records beyond the counts (BOSIT,
 * FAAT_INDIVIDUELL_PLAN, GITT_OKONOMIRAD, ARBSIT, VILKARSOSLOV, VILKARSAMEKT,
 * the condition types, the § 20 a exemption, sanctions) to and from the
 * register's content (register/register_content.h). Unknown is written blank:
 * SSB's file description has no code for it (docs/kostra.md). */
#include "kostra/kostra_internal.h"

#include <stdio.h>
#include <string.h>

vf_status vfi_kostra_put_content(vfi_kwr *w, const vfi_content *c, unsigned months) {
  char t[48];
  vf_status s;
  vfi_content cc = *c;
  for (int l = 0; l < VFI_CL_COUNT; l++) {
    const vfi_clist *L = &vfi_clists[l];
    if (L->set || l == VFI_CL_EXEMPTION_DATE) continue;
    int v = *vfi_content_code(&cc, (vfi_clist_id)l);
    snprintf(t, sizeof t, "%0*d", L->width, v);
    if ((s = vfi_kwr_put(w, L->field, v ? t : ""))) return s;
  }
  /* The period of the decision with conditions (UTBETDATO, UTBETTOMDATO,
   * required by SSB's rules 41 and 42): the register holds no decision, so
   * the first day of the first and the last day of the last paid month. */
  if (c->conditions == 1 && months) {
    int first = 0, last = 11, y = w->f->layout.year % 10000;
    while (!((months >> first) & 1u)) first++;
    while (!((months >> last) & 1u)) last--;
    snprintf(t, sizeof t, "01%02d%04d", first + 1, y);
    if ((s = vfi_kwr_put(w, "UTBETDATO", t))) return s;
    snprintf(t, sizeof t, "%02d%02d%04d", vf_date_days_in_month(y, last + 1), last + 1, y);
    if ((s = vfi_kwr_put(w, "UTBETTOMDATO", t))) return s;
  }
  static const vfi_clist_id sets[3] = {VFI_CL_TYPES, VFI_CL_GROUNDS, VFI_CL_SANCTIONS};
  unsigned bits[3] = {c->types, c->grounds, c->sanctions};
  for (int k = 0; k < 3; k++) {
    const vfi_clist *L = &vfi_clists[sets[k]];
    for (size_t i = 0; i < L->n; i++) {
      snprintf(t, sizeof t, "%02d", L->codes[i]);
      if ((s = vfi_kwr_put(w, L->fields[i], (bits[k] >> i) & 1u ? t : ""))) return s;
    }
  }
  vf_date d = vfi_content_exemption(c);
  if (c->ex_year) snprintf(t, sizeof t, "%02d%02d%04d", d.day, d.month, d.year);
  return vfi_kwr_put(w, "VEDTAKDATO", c->ex_year ? t : "");
}

vf_status vfi_krd_content(const vfi_krd *r, vfi_content *c) {
  char b[64];
  vf_status s;
  memset(c, 0, sizeof *c);
  for (int l = 0; l < VFI_CL_COUNT; l++) {
    const vfi_clist *L = &vfi_clists[l];
    if (L->set || l == VFI_CL_EXEMPTION_DATE) continue;
    if ((s = vfi_krd_get(r, L->field, b, sizeof b))) return s;
    if (!*b) continue; /* blank: unknown */
    size_t i = 0;
    int64_t v = -1;
    if (vfi_parse_int64(b, &v))
      while (i < L->n && L->codes[i] != v) i++;
    if (v < 0 || i == L->n || strlen(b) != (size_t)L->width)
      return vfi_fail(r->err, VF_E_PARSE, r->line, L->field, "line %d: %s '%s' is not a code of "
                      "the form", r->line, L->field, b);
    *vfi_content_code(c, (vfi_clist_id)l) = (uint8_t)v;
  }
  static const vfi_clist_id sets[3] = {VFI_CL_TYPES, VFI_CL_GROUNDS, VFI_CL_SANCTIONS};
  unsigned bits[3] = {0, 0, 0};
  for (int k = 0; k < 3; k++) {
    const vfi_clist *L = &vfi_clists[sets[k]];
    for (size_t i = 0; i < L->n; i++) {
      if ((s = vfi_krd_get(r, L->fields[i], b, sizeof b))) return s;
      if (!*b) continue;
      char want[8];
      snprintf(want, sizeof want, "%02d", L->codes[i]);
      if (strcmp(b, want))
        return vfi_fail(r->err, VF_E_PARSE, r->line, L->fields[i], "line %d: %s '%s' is not its "
                        "code %s (or blank)", r->line, L->fields[i], b, want);
      bits[k] |= 1u << i;
    }
  }
  /* In 11F a blank mark is "no", so the sets are known. */
  c->types = (uint16_t)bits[0];
  c->grounds = (uint8_t)bits[1];
  c->sanctions = (uint8_t)bits[2];
  c->known = VFI_KNOWN_TYPES | VFI_KNOWN_GROUNDS | VFI_KNOWN_SANCTIONS | VFI_KNOWN_EXEMPTION;
  if ((s = vfi_krd_get(r, "VEDTAKDATO", b, sizeof b))) return s;
  if (*b) {
    vf_date d;
    if ((s = vfi_krd_date(r, "VEDTAKDATO", &d))) return s;
    c->ex_year = (int16_t)d.year;
    c->ex_month = (uint8_t)d.month;
    c->ex_day = (uint8_t)d.day;
  }
  return VF_OK;
}
