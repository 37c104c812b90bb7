/* KOSTRA 11CF (kvalifiseringsprogram) records to the register: the inverse of
 * vf_kostra_from_register_11cf() where the register can hold the field. How
 * each field is read, and what cannot be, is in docs/kostra.md ("11CF to the
 * register"). */
#include "kostra/kostra_internal.h"

#include <stdio.h>
#include <string.h>

/* The writer looks back at most to January four years before the year. */
enum { LOOK_BACK_YEARS = 4 };

typedef struct month { int year, month; } month;

static month prev(month m) { return m.month == 1 ? (month){m.year - 1, 12} : (month){m.year, m.month - 1}; }
static month next(month m) { return m.month == 12 ? (month){m.year + 1, 1} : (month){m.year, m.month + 1}; }
static int before(month a, month b) { return a.year < b.year || (a.year == b.year && a.month < b.month); }

/* "1" (or the field's one code) if set, "" if blank; anything else fails. */
static vf_status flag(const vfi_krd *r, const char *field, const char *code, bool *out) {
  char b[16];
  vf_status s = vfi_krd_get(r, field, b, sizeof b);
  if (s) return s;
  if (*b && strcmp(b, code))
    return vfi_fail(r->err, VF_E_PARSE, r->line, field, "line %d: %s '%s' is neither blank nor '%s'", r->line,
                    field, b, code);
  *out = *b != '\0';
  return VF_OK;
}

static vf_status pay(const vfi_krd *r, vf_register *reg, const char *id, month m, vf_money ore,
                     vf_assistance_kind kind) {
  return vf_register_add_payment(reg, id, m.year, m.month, ore, 0, kind, r->err);
}

/* One record: the client, then its payments. */
static vf_status record(const vfi_krd *r, vf_register *reg) {
  int year = r->L->year;
  size_t len = r->rec->chars;
  if (len != r->L->length)
    return vfi_fail(r->err, VF_E_PARSE, r->line, "record length",
                    "line %d: record length %zu, the 11CF %d layout has %zu characters", r->line, len, year,
                    r->L->length);
  vf_client *c;
  vf_error e;
  vf_status s = vf_client_new(&c, r->err);
  if (s) return s;
  if ((s = vfi_krd_client(r, c))) goto out;
  /* YTELSE_TYPE_SOSHJ 2: economic assistance was the main source of living
   * before the programme, replaced by the benefit (the writer's reading of
   * main income); 3 or blank: 11CF does not say, main income stays unknown */
  bool before_sa = false, main_sa = false, sup = false, once = false; /* set below; false quiets gcc -O3 */
  if ((s = flag(r, "YTELSE_SOSHJELP", "1", &before_sa))) goto out;
  char t[16];
  if ((s = vfi_krd_get(r, "YTELSE_TYPE_SOSHJ", t, sizeof t))) goto out;
  if (*t && strcmp(t, "2") && strcmp(t, "3")) {
    s = vfi_fail(r->err, VF_E_PARSE, r->line, "YTELSE_TYPE_SOSHJ", "line %d: YTELSE_TYPE_SOSHJ '%s' is not 2 or 3",
                 r->line, t);
    goto out;
  }
  main_sa = !strcmp(t, "2");
  if (main_sa && (s = vf_client_set_main_income(c, VF_INCOME_SRC_QUALIFICATION, r->err))) goto out;
  if ((s = flag(r, "KVP_MED_SOSHJ_SUP", "7", &sup)) || (s = flag(r, "KVP_MED_SOSHJ_ENGANG", "9", &once))) goto out;
  vf_date begun;
  if ((s = vfi_krd_date(r, "BEGYNT_DATO", &begun))) goto out;
  bool paid[12];
  int n = 0, first = -1;
  for (int m = 0; m < 12; m++) {
    char name[12], code[4];
    snprintf(name, sizeof name, "STMND_%d", m + 1);
    snprintf(code, sizeof code, "%02d", m + 1);
    if ((s = flag(r, name, code, &paid[m]))) goto out;
    if (paid[m] && !n++) first = m;
  }
  int64_t kr;
  if ((s = vfi_krd_whole(r, "KVP_STONAD", &kr))) goto out;
  if (kr > 0 && !n) {
    s = vfi_fail(r->err, VF_E_PARSE, r->line, "KVP_STONAD", "line %d: KVP_STONAD %lld kr but no month in STMND_1..12",
                 r->line, (long long)kr);
    goto out;
  }
  if ((s = vf_register_add_client(reg, c, NULL, &e))) {
    s = vfi_fail(r->err, s, r->line, "PERSON_JOURNALNR", "line %d: PERSON_JOURNALNR '%s': %s", r->line,
                 vf_client_id(c), e.message);
    goto out;
  }
  if (!n) goto out; /* no benefit in the year: a client without payments */
  const char *id = vf_client_id(c);
  /* the benefit: KVP_STONAD in øre over the marked months, the first
   * (total mod n) months one øre more, so the months sum to it exactly */
  vf_money total = kr * VF_ORE_PER_KRONE, each = total / n, rest = total % n;
  for (int m = 0, k = 0; m < 12; m++)
    if (paid[m] && (s = pay(r, reg, id, (month){year, m + 1}, each + (k++ < rest), VF_ASSIST_QUALIFICATION)))
      goto out;
  /* the programme's start: a run from BEGYNT_DATO reaching into January is
   * months of 0 kr benefit in the earlier years (at most 4 back) */
  month start = {year, first + 1}, oldest = {year - LOOK_BACK_YEARS, 1};
  if (first == 0 && before((month){begun.year, begun.month}, start)) {
    start = before((month){begun.year, begun.month}, oldest) ? oldest : (month){begun.year, begun.month};
    for (month m = start; before(m, (month){year, 1}); m = next(m))
      if ((s = pay(r, reg, id, m, 0, VF_ASSIST_QUALIFICATION))) goto out;
  }
  /* economic assistance, whose amounts 11CF does not hold: a grant of 0 kr
   * marks the month (as an 11F month with STMND but no amount) - before the
   * start the month just before it; during the programme the first marked
   * month for a one-off grant, the first two for a supplement */
  if (before_sa && (s = pay(r, reg, id, prev(start), 0, VF_ASSIST_GRANT))) goto out;
  for (int m = 0, k = 0; m < 12 && k < (sup ? 2 : once ? 1 : 0); m++)
    if (paid[m] && (++k, s = pay(r, reg, id, (month){year, m + 1}, 0, VF_ASSIST_GRANT))) goto out;
out:
  vf_client_free(c);
  return s;
}

vf_status vf_kostra_to_register_11cf(const vf_kostra_file *f, vf_register *reg, vf_error *err) {
  if (!f || !reg) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "file or register is NULL");
  if (f->layout.form != VF_KOSTRA_11CF)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "form", "not an 11CF file: 11F has vf_kostra_to_register()");
  for (size_t i = 0; i < f->nrecs; i++) {
    vfi_krd r = {&f->layout, &f->recs[i], f->recs[i].line, err};
    vf_status s = record(&r, reg);
    if (s) return s;
  }
  return VF_OK;
}
