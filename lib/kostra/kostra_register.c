/* KOSTRA 11F records to and from the register (clients and monthly payments). */
#include "kostra/kostra_internal.h"
#include "kostra/kostra_stream.h"
#include "register/register_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const bidrag_m[12] = {"BIDRAG_JAN", "BIDRAG_FEB", "BIDRAG_MARS", "BIDRAG_APRIL",
                                         "BIDRAG_MAI", "BIDRAG_JUNI", "BIDRAG_JULI", "BIDRAG_AUG",
                                         "BIDRAG_SEPT", "BIDRAG_OKT", "BIDRAG_NOV", "BIDRAG_DES"};
static const char *const laan_m[12] = {"LAAN_JAN", "LAAN_FEB", "LAAN_MARS", "LAAN_APRIL",
                                       "LAAN_MAI", "LAAN_JUNI", "LAAN_JULI", "LAAN_AUG",
                                       "LAAN_SEPT", "LAAN_OKT", "LAAN_NOV", "LAAN_DES"};
static const char *const stmnd_m[12] = {"STMND_1", "STMND_2", "STMND_3", "STMND_4", "STMND_5", "STMND_6",
                                        "STMND_7", "STMND_8", "STMND_9", "STMND_10", "STMND_11", "STMND_12"};

/* --- reading ---------------------------------------------------------------- */

vf_status vfi_krd_get(const vfi_krd *r, const char *field, char *buf, size_t size) {
  return vfi_krecord_get(r->L, r->rec, field, buf, size, r->err);
}

/* A code field as its number; "" or non-digits fail naming line and field. */
static vf_status code(const vfi_krd *r, const char *field, int *out) {
  char b[16];
  vf_status s = vfi_krd_get(r, field, b, sizeof b);
  if (s) return s;
  int64_t v;
  if (!*b || !vfi_parse_int64(b, &v) || v < 0 || v > 99)
    return vfi_fail(r->err, VF_E_PARSE, r->line, field, "line %d: %s '%s' is not a code", r->line, field, b);
  *out = (int)v;
  return VF_OK;
}

vf_status vfi_krd_whole(const vfi_krd *r, const char *field, int64_t *out) {
  char b[16];
  vf_status s = vfi_krd_get(r, field, b, sizeof b);
  if (s) return s;
  int64_t v = 0;
  if (*b && (!vfi_parse_int64(b, &v) || v < 0 || b[0] == '+' || b[0] == '-'))
    return vfi_fail(r->err, VF_E_PARSE, r->line, field, "line %d: %s '%s' is not a whole number",
                    r->line, field, b);
  *out = v;
  return VF_OK;
}

/* Whole kroner (blank = 0) as øre. */
static vf_status kroner(const vfi_krd *r, const char *field, vf_money *out) {
  vf_status s = vfi_krd_whole(r, field, out);
  if (!s) *out *= VF_ORE_PER_KRONE;
  return s;
}

vf_status vfi_krd_date(const vfi_krd *r, const char *field, vf_date *out) {
  char b[64];
  vf_status s = vfi_krd_get(r, field, b, sizeof b);
  if (s) return s;
  vf_date d = {0, 0, 0};
  int64_t v;
  if (strlen(b) == 8 && b[0] != '+' && b[0] != '-' && vfi_parse_int64(b, &v) && v >= 0)
    d = (vf_date){(int)(v % 10000), (int)(v / 10000 % 100), (int)(v / 1000000)};
  if (!vf_date_valid(d))
    return vfi_fail(r->err, VF_E_PARSE, r->line, field, "line %d: %s '%s' is not a date ddMMyyyy",
                    r->line, field, b);
  *out = d;
  return VF_OK;
}

/* Sets a coded attribute, turning the client's error into one naming the line. */
#define SET_CODE(setter, type, field)                                                      \
  do {                                                                                     \
    int v_ = 0;                                                                            \
    if ((s = code(r, field, &v_))) return s;                                               \
    if ((s = setter(c, (type)v_, &e)))                                                     \
      return vfi_fail(r->err, s, r->line, field, "line %d: %s '%d' is not a known code",   \
                      r->line, field, v_);                                                 \
  } while (0)

vf_status vfi_krd_client(const vfi_krd *r, vf_client *c) {
  char b[64];
  vf_error e;
  vf_status s = vfi_krd_get(r, "PERSON_JOURNALNR", b, sizeof b);
  if (s) return s;
  if (!*b || vf_client_set_id(c, b, &e))
    return vfi_fail(r->err, VF_E_PARSE, r->line, "PERSON_JOURNALNR", "line %d: journal number is blank", r->line);
  vf_date birth;
  if ((s = vfi_krd_date(r, "FODSELSDATO", &birth))) return s;
  if (vf_client_set_birth_date(c, birth, &e))
    return vfi_fail(r->err, VF_E_PARSE, r->line, "FODSELSDATO", "line %d: FODSELSDATO: %s", r->line, e.message);
  SET_CODE(vf_client_set_gender, vf_gender, "KJONN");
  SET_CODE(vf_client_set_civil_status, vf_civil_status, "EKTSTAT");
  int64_t kids;
  if ((s = vfi_krd_whole(r, "ANTBU18", &kids))) return s;
  for (int64_t k = 0; k < kids; k++)
    if ((s = vf_client_add_child(c, (vf_date){r->L->year, 1, 1}, &e)))
      return vfi_fail(r->err, s, r->line, "ANTBU18", "line %d: ANTBU18: %s", r->line, e.message);
  return VF_OK;
}

/* VKLO and TRYGDESIT, the 11F-only client fields. */
static vf_status set_income(const vfi_krd *r, vf_client *c) {
  vf_status s;
  vf_error e;
  SET_CODE(vf_client_set_main_income, vf_main_income, "VKLO");
  SET_CODE(vf_client_set_trygd, vf_trygd, "TRYGDESIT");
  return VF_OK;
}

/* One 11F record into the register (client and payments); with @p a, the
 * record's figures are added to it. @p c is a client object to reuse. */
static vf_status record_11f(const vfi_krd *r, vf_register *reg, vf_client **c, vf_kostra_amounts *a) {
  vf_client_free(*c);
  *c = NULL;
  vf_status s;
  vf_error e;
  if ((s = vf_client_new(c, r->err)) || (s = vfi_krd_client(r, *c))) return s;
  if ((s = set_income(r, *c))) return s;
  vfi_content ct;
  if ((s = vfi_krd_content(r, &ct))) return s;
  size_t ci;
  if ((s = vf_register_add_client(reg, *c, &ci, &e)))
    return vfi_fail(r->err, s, r->line, "PERSON_JOURNALNR", "line %d: PERSON_JOURNALNR '%s': %s", r->line,
                    vf_client_id(*c), e.message);
  if ((s = vfi_register_content_init(reg, r->err))) return s;
  reg->content[ci] = ct;
  reg->has_content = true;
  int year = r->L->year;
  uint16_t months = 0;
  unsigned kinds = 0;
  vf_money grant = 0, loan = 0;
  for (int m = 0; m < 12; m++) {
    vf_money g, l;
    char flag[8];
    if ((s = kroner(r, bidrag_m[m], &g)) || (s = kroner(r, laan_m[m], &l)) ||
        (s = vfi_krd_get(r, stmnd_m[m], flag, sizeof flag)))
      return s;
    if (g > 0 || (l == 0 && *flag)) {
      if ((s = vf_register_add_payment(reg, vf_client_id(*c), year, m + 1, g, 0, VF_ASSIST_GRANT, r->err))) return s;
      months |= (uint16_t)(1u << m);
      kinds |= g > 0 ? 1u : 0u;
      if (a && (s = vf_money_add(grant, g, &grant, r->err))) return s;
    }
    if (l > 0) {
      if ((s = vf_register_add_payment(reg, vf_client_id(*c), year, m + 1, l, 0, VF_ASSIST_LOAN, r->err))) return s;
      months |= (uint16_t)(1u << m);
      kinds |= 2u;
      if (a && (s = vf_money_add(loan, l, &loan, r->err))) return s;
    }
  }
  return a ? vfi_kamounts_add(a, months, kinds, vf_client_trygd(*c), grant, loan, r->err) : VF_OK;
}

vf_status vf_kostra_to_register(const vf_kostra_file *f, vf_register *reg, vf_error *err) {
  if (!f || !reg) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "file or register is NULL");
  if (f->layout.form != VF_KOSTRA_11F)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "form", "only 11F files map to the register: 11CF has vf_kostra_to_register_11cf()");
  vf_client *c = NULL;
  vf_status s = VF_OK;
  for (size_t i = 0; i < f->nrecs && !s; i++) {
    vfi_krd r = {&f->layout, &f->recs[i], f->recs[i].line, err};
    s = record_11f(&r, reg, &c, NULL);
  }
  vf_client_free(c);
  return s;
}

vf_status vf_kostra_to_register_path(const char *path, int year, vf_register *reg,
                                     vf_kostra_amounts *amounts, vf_error *err) {
  if (!path || !reg) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "path or register is NULL");
  vfi_klayout L;
  vf_status s = vfi_klayout_load(VF_KOSTRA_11F, year, &L, err);
  if (s) return s;
  vfi_kstream in;
  if ((s = vfi_kstream_open(&in, path, err))) { vfi_klayout_free(&L); return s; }
  vf_kostra_amounts a;
  memset(&a, 0, sizeof a);
  vf_client *c = NULL;
  vfi_krecord rec;
  int got;
  while (!s && (got = vfi_kstream_next(&in, &rec, err)) != 0) {
    if (got < 0) { s = in.status; break; }
    vfi_krd r = {&L, &rec, rec.line, err};
    s = record_11f(&r, reg, &c, &a);
  }
  if (!s) s = vfi_kamounts_finish(&a, err);
  if (!s && amounts) *amounts = a;
  vf_client_free(c);
  vfi_kstream_close(&in);
  vfi_klayout_free(&L);
  return s;
}

/* --- writing ---------------------------------------------------------------- */

/* A synthetic fødselsnummer: DD, MM + 80, YY, an individual number of the
 * gender's parity (odd = male) and the two modulus-11 check digits, the first
 * one not in `used` (a small open-addressing set of numbers). */
static bool fnr_take(vfi_fnrset *s, uint64_t x) {
  if (2 * (s->n + 1) > s->cap) {
    size_t cap = s->cap ? s->cap * 2 : 1024;
    uint64_t *v = calloc(cap, sizeof *v);
    if (!v) return false;
    for (size_t i = 0; i < s->cap; i++)
      if (s->v[i]) {
        size_t h = (size_t)(s->v[i] * 0x9E3779B97F4A7C15u) & (cap - 1);
        while (v[h]) h = (h + 1) & (cap - 1);
        v[h] = s->v[i];
      }
    free(s->v);
    s->v = v;
    s->cap = cap;
  }
  size_t h = (size_t)(x * 0x9E3779B97F4A7C15u) & (s->cap - 1);
  while (s->v[h]) {
    if (s->v[h] == x) return false;
    h = (h + 1) & (s->cap - 1);
  }
  s->v[h] = x;
  s->n++;
  return true;
}

bool vfi_kostra_synthetic_fnr(vfi_fnrset *used, vf_date b, vf_gender g, size_t seed, char out[12]) {
  for (int k = 0; k < 500; k++) {
    int ind = (int)((seed * 2 + (size_t)k * 2) % 1000);
    ind = (ind & ~1) | (g == VF_GENDER_MALE ? 1 : 0);
    char t[32]; /* b is a valid date: exactly 9 digits */
    snprintf(t, sizeof t, "%02d%02d%02d%03d", b.day, b.month + 80, b.year % 100, ind);
    memcpy(out, t, 9);
    static const int w1[9] = {3, 7, 6, 1, 8, 9, 4, 5, 2}, w2[10] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    int s1 = 0, s2 = 0;
    for (int i = 0; i < 9; i++) s1 += (out[i] - '0') * w1[i];
    int k1 = (11 - s1 % 11) % 11;
    if (k1 == 10) continue;
    out[9] = (char)('0' + k1);
    for (int i = 0; i < 10; i++) s2 += (out[i] - '0') * w2[i];
    int k2 = (11 - s2 % 11) % 11;
    if (k2 == 10) continue;
    out[10] = (char)('0' + k2);
    out[11] = '\0';
    uint64_t x = 0;
    for (int i = 0; i < 11; i++) x = x * 10 + (uint64_t)(out[i] - '0');
    if (fnr_take(used, x)) return true;
  }
  return false;
}

vf_status vfi_kostra_put_person(vfi_kwr *w, const char *form, const vf_kostra_write_options *opt,
                                const vf_client *c, size_t ci, vfi_fnrset *used) {
  const char *id = vf_client_id(c);
  vf_date b = vf_client_birth_date(c);
  vf_gender g = vf_client_gender(c);
  vf_civil_status civil = vf_client_civil_status(c);
  char t[64];
  if (strlen(id) > 8) /* such an id may be a fødselsnummer: masked */
    return vfi_fail(w->err, VF_E_RANGE, 0, "PERSON_JOURNALNR", "client '%s' (register index "
                    "%zu): id longer than the 8 characters of PERSON_JOURNALNR",
                    vf_kostra_fnr_mask(id, t, sizeof t), ci);
  const char *bad = !vf_date_valid(b) ? "birth date" : g == VF_GENDER_UNKNOWN ? "gender"
                  : civil == VF_CIVIL_UNKNOWN ? "civil status" : NULL;
  if (bad)
    return vfi_fail(w->err, !vf_date_valid(b) ? VF_E_DATE : VF_E_UNKNOWN_CODE, 0, bad,
                    "client '%s': %s is unknown or not a code of form %s %d", id, bad, form,
                    opt->year);
  size_t kids = vf_client_child_count(c);
  vf_status s;
  snprintf(t, sizeof t, "%02d", opt->year % 100);
  if ((s = vfi_kwr_put(w, "KOMMUNE_NR", opt->municipality)) || (s = vfi_kwr_put(w, "VERSION", t)) ||
      (s = vfi_kwr_put(w, "BYDELSNR", opt->district ? opt->district : "")) ||
      (s = vfi_kwr_put(w, "PERSON_JOURNALNR", id)))
    return s;
  snprintf(t, sizeof t, "%02d%02d%04d", b.day % 100, b.month % 100, b.year % 10000);
  if ((s = vfi_kwr_put(w, "FODSELSDATO", t))) return s;
  snprintf(t, sizeof t, "%d", (int)g);
  if ((s = vfi_kwr_put(w, "KJONN", t))) return s;
  snprintf(t, sizeof t, "%d", (int)civil);
  if ((s = vfi_kwr_put(w, "EKTSTAT", t)) || (s = vfi_kwr_put(w, "BU18", kids ? "1" : "2")))
    return s;
  snprintf(t, sizeof t, "%zu", kids);
  if ((s = vfi_kwr_put(w, "ANTBU18", kids ? t : ""))) return s;
  if (opt->synthetic_fnr) {
    char fnr[12];
    if (!vfi_kostra_synthetic_fnr(used, b, g, ci, fnr))
      return vfi_fail(w->err, VF_E_RANGE, 0, "PERSON_FODSELSNR",
                      "client '%s': no free synthetic number for that birth date", id);
    if ((s = vfi_kwr_put(w, "PERSON_FODSELSNR", fnr))) return s;
  }
  return vfi_kwr_put(w, "SAKSBEHANDLER", opt->caseworker ? opt->caseworker : "0");
}

static bool digits(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] < '0' || s[i] > '9') return false;
  return s[n] == '\0';
}

vf_status vfi_kostra_check_options(const vf_kostra_write_options *opt, vf_error *err) {
  if (!opt->municipality || !digits(opt->municipality, 4))
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "municipality",
                    "municipality (KOMMUNE_NR) '%.16s' is not 4 digits", opt->municipality ? opt->municipality : "");
  if (opt->district && *opt->district && !digits(opt->district, 2))
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "district", "district (BYDELSNR) '%.16s' is not 2 digits",
                    opt->district);
  return VF_OK;
}

static vf_status put_num(vfi_kwr *w, const char *field, int64_t v, bool blank_zero) {
  char b[24] = "";
  if (v || !blank_zero) snprintf(b, sizeof b, "%lld", (long long)v);
  return vfi_kwr_put(w, field, b);
}

vf_status vfi_kostra_check_inputs(const vf_register *reg, const vf_kostra_write_options *opt,
                                  vf_kostra_file **out, vf_error *err) {
  if (!reg || !opt || !out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "register, options or out is NULL");
  if (vf_register_is_summary(reg))
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "a summary register keeps no payment records or "
                    "client objects (vf_register_new_summary)");
  return vfi_kostra_check_options(opt, err);
}

vf_status vf_kostra_from_register(const vf_register *reg, const vf_kostra_write_options *opt,
                                  vf_kostra_file **out, vf_error *err) {
  vf_status s0 = vfi_kostra_check_inputs(reg, opt, out, err);
  if (s0) return s0;
  vf_kostra_file *f;
  vf_status s = vf_kostra_file_new(VF_KOSTRA_11F, opt->year, &f, err);
  if (s) return s;
  size_t nc = vf_register_client_count(reg);
  /* øre per client, month and kind; a month counts once it has a payment */
  vf_money (*sum)[12][2] = calloc(nc ? nc : 1, sizeof *sum);
  uint16_t *months = calloc(nc ? nc : 1, sizeof *months);
  vfi_fnrset used = {0};
  if (!sum || !months) { s = vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory"); goto out; }
  for (size_t i = 0, np = vf_register_payment_count(reg); i < np; i++) {
    vf_payment p;
    if ((s = vf_register_payment(reg, i, &p, err))) goto out;
    if (p.year != opt->year || p.client >= nc || p.kind == VF_ASSIST_QUALIFICATION) continue;
    int k = p.kind == VF_ASSIST_LOAN;
    if ((s = vf_money_add(sum[p.client][p.month - 1][k], p.gross, &sum[p.client][p.month - 1][k], err))) goto out;
    months[p.client] |= (uint16_t)(1u << (p.month - 1));
  }
  for (size_t ci = 0; ci < nc; ci++) {
    if (!months[ci]) continue;
    const vf_client *c = vf_register_client(reg, ci);
    const char *id = vf_client_id(c);
    vfi_kwr w = {f, 0, err};
    if ((s = vf_kostra_file_add_record(f, &w.rec, err)) ||
        (s = vfi_kostra_put_person(&w, "11F", opt, c, ci, &used)))
      goto out;
    int vklo = vf_client_main_income(c), trygd = vf_client_trygd(c);
    /* Attføringspenger (3) and rehabiliteringspenger (8) were replaced by
     * arbeidsavklaringspenger (11) on 1 March 2010 (folketrygdloven kap. 11);
     * 11F has had no code for them since. */
    if (trygd == VF_TRYGD_REHABILITATION || trygd == VF_TRYGD_MEDICAL_REHAB) trygd = VF_TRYGD_WORK_ASSESSMENT;
    const char *bad = vklo == VF_INCOME_SRC_UNKNOWN ? "main income"
                    : trygd == VF_TRYGD_UNKNOWN ? "trygd" : NULL;
    if (bad) {
      s = vfi_fail(err, VF_E_UNKNOWN_CODE, 0, bad,
                   "client '%s': %s is unknown or not a code of form 11F %d", id, bad, opt->year);
      goto out;
    }
    char t[32];
    snprintf(t, sizeof t, "%02d", trygd);
    if ((s = put_num(&w, "VKLO", vklo, false)) || (s = vfi_kwr_put(&w, "TRYGDESIT", t)) ||
        (s = vfi_kostra_put_content(&w, vfi_register_content_of(reg, ci), months[ci])))
      goto out;
    int64_t total[2] = {0, 0};
    for (int m = 0; m < 12; m++) {
      char stm[12];
      snprintf(stm, sizeof stm, "STMND_%d", m + 1);
      snprintf(t, sizeof t, "%02d", m + 1);
      if ((s = vfi_kwr_put(&w, stm, (months[ci] >> m) & 1 ? t : ""))) goto out;
      for (int k = 0; k < 2; k++) {
        vf_money kr;
        if ((s = vf_money_round_kroner(sum[ci][m][k], VF_ROUND_HALF_AWAY, &kr, err))) goto out;
        kr /= VF_ORE_PER_KRONE;
        total[k] += kr;
        if (kr > 9999999 || total[k] > 9999999) {
          s = vfi_fail(err, VF_E_RANGE, 0, k ? laan_m[m] : bidrag_m[m],
                       "client '%s': amount does not fit the 7 digits of 11F", id);
          goto out;
        }
        if ((s = put_num(&w, k ? laan_m[m] : bidrag_m[m], kr, true))) goto out;
      }
    }
    if ((s = put_num(&w, "BIDRAG", total[0], false)) || (s = put_num(&w, "LAAN", total[1], false)))
      goto out;
  }
out:
  free(sum);
  free(months);
  free(used.v);
  if (s) { vf_kostra_file_free(f); return s; }
  *out = f;
  return VF_OK;
}
