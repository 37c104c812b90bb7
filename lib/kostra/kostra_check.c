/* The checks SSB's validator (statisticsnorway/kostra-kontrollprogram) applies
 * to KOSTRA 11F and 11CF files, with SSB's rule ids and severities as
 * summarised in its kravspesifikasjon; the list, with each interpretation,
 * is in docs/kostra.md. */
#include "kostra/kostra_internal.h"
#include "kostra/kostra_stream.h"
#include "rules/activity_duty.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Fields the rules read, resolved to layout indices once per check. */
#define KFIELDS(X) \
  X(KOMMUNE_NR) X(VERSION) X(BYDELSNR) X(FODSELSDATO) X(PERSON_JOURNALNR) X(PERSON_FODSELSNR) \
  X(PERSON_DUF) X(KJONN) X(EKTSTAT) X(BU18) X(ANTBU18) X(VKLO) X(TRYGDESIT) X(ARBSIT) \
  X(STMND_1) X(STMND_2) X(STMND_3) X(STMND_4) X(STMND_5) X(STMND_6) X(STMND_7) X(STMND_8) \
  X(STMND_9) X(STMND_10) X(STMND_11) X(STMND_12) X(BIDRAG) X(LAAN) \
  X(BIDRAG_JAN) X(BIDRAG_FEB) X(BIDRAG_MARS) X(BIDRAG_APRIL) X(BIDRAG_MAI) X(BIDRAG_JUNI) \
  X(BIDRAG_JULI) X(BIDRAG_AUG) X(BIDRAG_SEPT) X(BIDRAG_OKT) X(BIDRAG_NOV) X(BIDRAG_DES) \
  X(LAAN_JAN) X(LAAN_FEB) X(LAAN_MARS) X(LAAN_APRIL) X(LAAN_MAI) X(LAAN_JUNI) X(LAAN_JULI) \
  X(LAAN_AUG) X(LAAN_SEPT) X(LAAN_OKT) X(LAAN_NOV) X(LAAN_DES) X(GITT_OKONOMIRAD) \
  X(FAAT_INDIVIDUELL_PLAN) X(SAKSBEHANDLER) X(BOSIT) X(VILKARSOSLOV) X(VILKARSAMEKT) \
  X(UTBETDATO) X(UTBETTOMDATO) X(VILKARARBEID) X(VILKARKURS) X(VILKARUTD) X(VILKARJOBBLOG) \
  X(VILKARJOBBTILB) X(VILKARSAMT) X(VILKAROKRETT) X(VILKARLIVSH) X(VILKARHELSE) X(VILKARANNET) \
  X(VILKARDIGPLAN) X(VILKARNORSKSAMISKOPPL) \
  X(VEDTAKDATO) X(VEDTAKARB) X(VEDTAKAKT) X(VEDTAKHELSE) X(VEDTAKGRUNN) \
  X(REG_DATO) X(VEDTAK_DATO) X(BEGYNT_DATO) X(KVP_KOMM) X(KOMMNR_KVP_KOMM) X(YTELSE_SOSHJELP) \
  X(YTELSE_TYPE_SOSHJ) X(YTELSE_INTRO) X(YTELSE_TILTAKSPENGER) X(YTELSE_FOLKETRYGDL) \
  X(KVP_MED_ASTONAD) X(KVP_MED_KOMMBOS) X(KVP_MED_HUSBANKBOS) X(KVP_MED_SOSHJ_ENGANG) \
  X(KVP_MED_SOSHJ_PGM) X(KVP_MED_SOSHJ_SUP) X(KVP_STONAD) X(STATUS) X(AVSL_DATO) \
  X(AVSL_ORDINAERTARB) X(AVSL_ARBLONNSTILS) X(AVSL_ARBMARK) X(AVSL_SKOLE) X(AVSL_UFORE) \
  X(AVSL_AAP) X(AVSL_OK_AVKLAR) X(AVSL_UTEN_OK_AVKLAR) X(AVSL_ANNET) X(AVSL_UKJENT) \
  X(AVSL_VIKTIGSTE_INNTEKT)

#define KENUM(n) K_##n,
enum { KFIELDS(KENUM) K_COUNT };
#define KNAME(n) #n,
static const char *const knames[] = {KFIELDS(KNAME)};

/* A value buffer holds a field of up to 64 characters, Latin-1 doubled. */
#define VAL_SIZE 136

struct vf_kostra_report {
  vf_kostra_finding *items;
  size_t n, cap;
  size_t by_severity[4];
  size_t records;
  bool nomem;
};

typedef struct cx {
  const vfi_klayout *L;
  int idx[K_COUNT];
  char (*vals)[VAL_SIZE];
  const vfi_krecord *r;
  vf_kostra_report *rep;
  const char *muni;
  int year;
  int age;            /* age on 31 December of the year, -1 if unknown */
  bool *own;          /* per field: has a rule of its own (rule 002 leaves it), set once per check */
  char journal[16];
} cx;

static const char *V(const cx *c, int k) { return c->idx[k] >= 0 ? c->vals[c->idx[k]] : ""; }
static const vfi_kfield *FD(const cx *c, int k) {
  return c->idx[k] >= 0 ? &c->L->fields[c->idx[k]] : NULL;
}
static bool is(const cx *c, int k, const char *code) { return !strcmp(V(c, k), code); }
static bool blank(const cx *c, int k) { return !*V(c, k); }
static bool in_list(const cx *c, int k) {
  const vfi_kfield *f = FD(c, k);
  return f && vfi_kfield_has_code(f, V(c, k));
}
static bool one_of(const char *v, const char *const *codes) {
  for (; *codes; codes++)
    if (!strcmp(v, *codes)) return true;
  return false;
}

static void add_finding(vf_kostra_report *rep, const char *rule, vf_kostra_severity sev, int line,
                        const char *journal, const char *field, const char *fmt, va_list ap) {
  if (rep->n == rep->cap) {
    size_t cap = rep->cap ? rep->cap * 2 : 64;
    vf_kostra_finding *p = realloc(rep->items, cap * sizeof *p);
    if (!p) { rep->nomem = true; return; }
    rep->items = p;
    rep->cap = cap;
  }
  vf_kostra_finding *x = &rep->items[rep->n++];
  memset(x, 0, sizeof *x);
  snprintf(x->rule, sizeof x->rule, "%s", rule);
  x->severity = sev;
  x->line = line;
  snprintf(x->journal, sizeof x->journal, "%s", journal ? journal : "");
  snprintf(x->field, sizeof x->field, "%s", field ? field : "");
  char body[300];
  vsnprintf(body, sizeof body, fmt, ap);
  if (line > 0 || *x->journal || *x->field) /* a record's finding, not the file's */
    snprintf(x->message, sizeof x->message, "line %d, journal %s, %s: %s", line,
             *x->journal ? x->journal : "(blank)", *x->field ? x->field : "record", body);
  else
    snprintf(x->message, sizeof x->message, "%s", body);
  rep->by_severity[sev]++;
}

/* A finding on the current record. */
static void fail(cx *c, const char *rule, vf_kostra_severity sev, int k, const char *fmt, ...)
    VFI_PRINTF(5, 6);
static void fail(cx *c, const char *rule, vf_kostra_severity sev, int k, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  add_finding(c->rep, rule, sev, c->r->line, c->journal, k >= 0 ? knames[k] : "", fmt, ap);
  va_end(ap);
}

static void fail_at(vf_kostra_report *rep, const char *rule, vf_kostra_severity sev, int line,
                    const char *journal, const char *field, const char *fmt, ...) VFI_PRINTF(7, 8);
static void fail_at(vf_kostra_report *rep, const char *rule, vf_kostra_severity sev, int line,
                    const char *journal, const char *field, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  add_finding(rep, rule, sev, line, journal, field, fmt, ap);
  va_end(ap);
}

/* --- values ---------------------------------------------------------------- */

static bool digits(const char *s, size_t n) {
  if (strlen(s) != n) return false;
  for (size_t i = 0; i < n; i++)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

/* A whole number of at most 9 digits; blank is 0. False for other text. */
static bool int_of(const char *s, long *v) {
  *v = 0;
  size_t n = strlen(s);
  if (n > 9) return false;
  for (size_t i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return false;
    *v = *v * 10 + (s[i] - '0');
  }
  return true;
}
static long num(const cx *c, int k) {
  long v;
  return int_of(V(c, k), &v) ? v : 0;
}

static bool dmy(const char *s, vf_date *d) {
  if (!digits(s, 8)) return false;
  d->day = (s[0] - '0') * 10 + (s[1] - '0');
  d->month = (s[2] - '0') * 10 + (s[3] - '0');
  d->year = ((s[4] - '0') * 10 + (s[5] - '0')) * 100 + (s[6] - '0') * 10 + (s[7] - '0');
  return vf_date_valid(*d);
}

int vf_kostra_fnr_valid(const char *fnr) {
  if (!fnr || !digits(fnr, 11)) return 0;
  static const int w1[9] = {3, 7, 6, 1, 8, 9, 4, 5, 2}, w2[10] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
  int d[11], s1 = 0, s2 = 0;
  for (int i = 0; i < 11; i++) d[i] = fnr[i] - '0';
  for (int i = 0; i < 9; i++) s1 += d[i] * w1[i];
  for (int i = 0; i < 10; i++) s2 += d[i] * w2[i];
  int k1 = (11 - s1 % 11) % 11, k2 = (11 - s2 % 11) % 11;
  if (k1 == 10 || k2 == 10 || k1 != d[9] || k2 != d[10]) return 0;
  /* The first six digits are DDMMYY; D-numbers add 40 to the day, H-numbers
   * 40 and synthetic (Skatteetaten Tenor) numbers 80 to the month. */
  int day = d[0] * 10 + d[1], month = d[2] * 10 + d[3];
  if (day > 40) day -= 40;
  if (month > 80) month -= 80;
  else if (month > 40) month -= 40;
  vf_date t = {2000, month, day}; /* a leap year: 29 February is a possible birthday */
  return vf_date_valid(t);
}

int vf_kostra_duf_valid(const char *duf) {
  if (!duf || !digits(duf, 12)) return 0;
  static const int w[10] = {4, 6, 3, 2, 4, 6, 3, 2, 7, 5};
  int s = 0;
  for (int i = 0; i < 10; i++) s += (duf[i] - '0') * w[i];
  return s % 11 == (duf[10] - '0') * 10 + (duf[11] - '0');
}

char *vf_kostra_fnr_mask(const char *fnr, char *buf, size_t size) {
  if (!buf || !size) return buf;
  size_t n = fnr ? strlen(fnr) : 0, o = 0;
  for (size_t i = 0; i < n && o + 1 < size; i++)
    buf[o++] = (n == 11 && i < 6) ? fnr[i] : '*';
  buf[o] = '\0';
  return buf;
}

/* --- rules common to both forms -------------------------------------------- */

static void code_rule(cx *c, const char *rule, int k, const char *what) {
  const vfi_kfield *f = FD(c, k);
  if (f && !in_list(c, k))
    fail(c, rule, VF_KOSTRA_ERROR, k, "%s '%s' is not one of %s", what, V(c, k), f->codes);
}

static void common_rules(cx *c) {
  bool f11 = c->L->form == VF_KOSTRA_11F;
  if (c->muni && strcmp(V(c, K_KOMMUNE_NR), c->muni))
    fail(c, "03", VF_KOSTRA_ERROR, K_KOMMUNE_NR, "municipality '%s', expected %s", V(c, K_KOMMUNE_NR),
         c->muni);
  if (is(c, K_KOMMUNE_NR, "0301")) {
    long b;
    if (!digits(V(c, K_BYDELSNR), 2) || !int_of(V(c, K_BYDELSNR), &b) || b < 1 || b > 15)
      fail(c, "03", VF_KOSTRA_ERROR, K_BYDELSNR, "Oslo district '%s', expected 01-15", V(c, K_BYDELSNR));
  } else if (!blank(c, K_BYDELSNR)) {
    fail(c, "03", VF_KOSTRA_ERROR, K_BYDELSNR, "district '%s' given, but only Oslo (0301) has districts",
         V(c, K_BYDELSNR));
  }
  char yy[8];
  snprintf(yy, sizeof yy, "%02d", c->year % 100);
  if (!is(c, K_VERSION, yy))
    fail(c, "04", VF_KOSTRA_ERROR, K_VERSION, "reporting year '%s', expected %s", V(c, K_VERSION), yy);
  vf_date birth;
  c->age = -1;
  if (!dmy(V(c, K_FODSELSDATO), &birth))
    fail(c, "04A", VF_KOSTRA_ERROR, K_FODSELSDATO, "birth date '%s' is not a date ddMMyyyy",
         V(c, K_FODSELSDATO));
  else
    c->age = vf_age_at_year_end(birth, c->year); /* as the indicators count it */
  const char *fnr = V(c, K_PERSON_FODSELSNR);
  if ((*fnr || !f11) && !vf_kostra_fnr_valid(fnr)) {
    char m[16];
    fail(c, "05", VF_KOSTRA_ERROR, K_PERSON_FODSELSNR,
         "fødselsnummer '%s' is %s", vf_kostra_fnr_mask(fnr, m, sizeof m),
         *fnr ? "not valid (11 digits, modulus-11 check digits, a birth date)" : "missing");
  }
  if (c->age >= 0 && c->age < 18)
    fail(c, "06", f11 ? VF_KOSTRA_WARNING : VF_KOSTRA_ERROR, K_FODSELSDATO,
         "the %s is %d years old at the end of %d, under 18", f11 ? "recipient" : "participant", c->age,
         c->year);
  if (f11 && c->age >= 96)
    fail(c, "07", VF_KOSTRA_WARNING, K_FODSELSDATO, "the recipient is %d years old, 96 or older: is this right?",
         c->age);
  if (!f11 && c->age > 68)
    fail(c, "07", VF_KOSTRA_WARNING, K_FODSELSDATO, "the participant is %d years old, over 68", c->age);
  code_rule(c, "08", K_KJONN, "gender");
  code_rule(c, "09", K_EKTSTAT, "civil status");
  code_rule(c, "10", K_BU18, "children under 18");
  long kids;
  bool kids_ok = int_of(V(c, K_ANTBU18), &kids);
  if (is(c, K_BU18, "1") && (!kids_ok || kids <= 0))
    fail(c, "11", VF_KOSTRA_ERROR, K_ANTBU18, "BU18 says children under 18 live in the household, but ANTBU18 is '%s'",
         V(c, K_ANTBU18));
  if (kids_ok && kids > 0 && !is(c, K_BU18, "1"))
    fail(c, "12", VF_KOSTRA_ERROR, K_BU18, "ANTBU18 is %ld, but BU18 is '%s', not 1", kids, V(c, K_BU18));
  if (kids_ok && kids >= 14)
    fail(c, "13", VF_KOSTRA_ERROR, K_ANTBU18, "%ld children under 18 in the household, 14 or more: is this right?",
         kids);
}

static int months_flagged(const cx *c) {
  int n = 0;
  for (int m = 0; m < 12; m++)
    if (in_list(c, K_STMND_1 + m)) n++;
  return n;
}

/* --- 11F -------------------------------------------------------------------- */

/* Fields with a rule of their own, which 002 therefore leaves alone. */
static const char *const own_rule_11f[] = {
  "KOMMUNE_NR", "VERSION", "BYDELSNR", "FODSELSDATO", "PERSON_FODSELSNR", "PERSON_DUF", "KJONN",
  "EKTSTAT", "BU18", "VKLO", "TRYGDESIT", "ARBSIT", "GITT_OKONOMIRAD", "FAAT_INDIVIDUELL_PLAN",
  "BOSIT", "VILKARSOSLOV", "VILKARSAMEKT", NULL};

static void rule_002(cx *c) {
  for (size_t i = 0; i < c->L->nfields; i++) {
    const vfi_kfield *f = &c->L->fields[i];
    if (c->own[i]) continue;
    const char *v = c->vals[i];
    const char *problem = NULL;
    long n;
    vf_date d;
    if (!*v) { if (f->mandatory) problem = "is mandatory but blank"; }
    else if (f->type == VFI_K_INTEGER && !int_of(v, &n)) problem = "is not a whole number";
    else if (f->type == VFI_K_DATE && !dmy(v, &d)) problem = "is not a date ddMMyyyy";
    else if (f->codes && !vfi_kfield_has_code(f, v)) problem = "is not in the code list";
    if (!problem) continue;
    fail_at(c->rep, "002", VF_KOSTRA_ERROR, c->r->line, c->journal, f->name, "value '%s' %s%s%s", v,
            problem, f->codes ? " " : "", f->codes ? f->codes : "");
  }
}

static void vklo_arbsit(cx *c, const char *rule, const char *vklo, const char *const *arbsit,
                        const char *expected, vf_kostra_severity sev) {
  if (is(c, K_VKLO, vklo) && !one_of(V(c, K_ARBSIT), arbsit))
    fail(c, rule, sev, K_ARBSIT, "main income VKLO %s needs work situation ARBSIT %s, found '%s'", vklo,
         expected, V(c, K_ARBSIT));
}

/* velferd's own rule, not SSB's: a recipient under 30 needs conditions or an
 * exemption with its grounds (the rule: rules/activity_duty.h). */
static void rule_20a(cx *c) {
  vf_date birth, first = {0, 0, 0}, ex = {0, 0, 0};
  if (!dmy(V(c, K_FODSELSDATO), &birth)) return; /* rule 04A reports it */
  for (int m = 0; m < 12 && !first.year; m++)
    if (in_list(c, K_STMND_1 + m)) first = (vf_date){c->year, m + 1, 1};
  unsigned grounds = 0;
  for (int k = 0; k < 4; k++)
    if (in_list(c, K_VEDTAKARB + k)) grounds |= 1u << k;
  if (!dmy(V(c, K_VEDTAKDATO), &ex)) ex = (vf_date){0, 0, 0};
  int cond = is(c, K_VILKARSOSLOV, "1") ? 1 : is(c, K_VILKARSOSLOV, "2") ? 2 : 0;
  if (vfi_activity_duty(birth, first, cond, ex, grounds) != VFI_DUTY_NOT_RECORDED) return;
  if (vf_date_valid(ex) || grounds) /* half an exemption: say which half is missing */
    fail(c, VFI_DUTY_RULE, VF_KOSTRA_WARNING, vf_date_valid(ex) ? K_VEDTAKARB : K_VEDTAKDATO,
         "under 30 on %02d.%02d.%d (first month with assistance), no conditions, and the exemption "
         "has %s (%s, activity duty)", first.day, first.month, first.year,
         vf_date_valid(ex) ? "a decision date but no grounds (VEDTAKARB-VEDTAKGRUNN)"
                           : "grounds but no valid decision date (VEDTAKDATO)", VFI_DUTY_LAW);
  else
    fail(c, VFI_DUTY_RULE, VF_KOSTRA_WARNING, K_VILKARSOSLOV,
         "under 30 on %02d.%02d.%d (first month with assistance): neither conditions (VILKARSOSLOV 1) "
         "nor an exemption with decision date and grounds (VEDTAKDATO, VEDTAKARB-VEDTAKGRUNN) is "
         "recorded (%s, activity duty)", first.day, first.month, first.year, VFI_DUTY_LAW);
}

static void rules_11f(cx *c) {
  rule_002(c);
  code_rule(c, "14", K_VKLO, "main income VKLO");
  static const char *const a15[] = {"01", "02", NULL}, *const a16[] = {"03", "05", "06", NULL},
                           *const a17[] = {"03", NULL}, *const a18[] = {"09", NULL},
                           *const a19[] = {"10", NULL},
                           *const a21[] = {"02", "03", "04", "05", "06", "07", "08", NULL};
  vklo_arbsit(c, "15", "1", a15, "01 or 02", VF_KOSTRA_ERROR);
  vklo_arbsit(c, "16", "2", a16, "03, 05 or 06", VF_KOSTRA_ERROR);
  vklo_arbsit(c, "17", "4", a17, "03", VF_KOSTRA_ERROR);
  vklo_arbsit(c, "18", "6", a18, "09", VF_KOSTRA_ERROR);
  vklo_arbsit(c, "19", "8", a19, "10", VF_KOSTRA_ERROR);
  if (is(c, K_VKLO, "3") && is(c, K_TRYGDESIT, "12"))
    fail(c, "20B", VF_KOSTRA_ERROR, K_TRYGDESIT,
         "main income is trygd (VKLO 3) but TRYGDESIT is 12 (no trygd/pension)");
  vklo_arbsit(c, "21", "5", a21, "02-08", VF_KOSTRA_WARNING);
  code_rule(c, "22", K_TRYGDESIT, "trygd TRYGDESIT");
  if (is(c, K_TRYGDESIT, "07") && c->age >= 0 && c->age < 62)
    fail(c, "23A", VF_KOSTRA_ERROR, K_TRYGDESIT, "old-age pension (TRYGDESIT 07) at age %d, under 62", c->age);
  bool no_kids = !is(c, K_BU18, "1") && num(c, K_ANTBU18) == 0;
  if (is(c, K_TRYGDESIT, "05") && no_kids)
    fail(c, "23B", VF_KOSTRA_ERROR, K_TRYGDESIT,
         "transitional benefit (TRYGDESIT 05) but no children under 18 in the household");
  if (is(c, K_TRYGDESIT, "13") && no_kids)
    fail(c, "23C", VF_KOSTRA_ERROR, K_TRYGDESIT,
         "child benefit (TRYGDESIT 13) but no children under 18 in the household");
  static const char *const a24[] = {"02", "03", "04", "05", "06", "07", NULL};
  if ((is(c, K_TRYGDESIT, "04") || is(c, K_TRYGDESIT, "07")) && !one_of(V(c, K_ARBSIT), a24))
    fail(c, "24", VF_KOSTRA_WARNING, K_ARBSIT,
         "disability or old-age pension (TRYGDESIT %s) with work situation ARBSIT '%s', expected 02-07",
         V(c, K_TRYGDESIT), V(c, K_ARBSIT));
  if (is(c, K_VKLO, "3") && is(c, K_TRYGDESIT, "11") && is(c, K_ARBSIT, "08"))
    fail(c, "24B", VF_KOSTRA_ERROR, K_ARBSIT,
         "work assessment allowance (TRYGDESIT 11) with ARBSIT 08 (unemployed, not registered with NAV)");
  code_rule(c, "25", K_ARBSIT, "work situation ARBSIT");
  if (months_flagged(c) == 0)
    fail(c, "26", VF_KOSTRA_ERROR, K_STMND_1, "no month with assistance is marked (STMND_1-STMND_12)");
  long bidrag = num(c, K_BIDRAG), laan = num(c, K_LAAN), sum = bidrag + laan;
  if (bidrag <= 0 && laan <= 0)
    fail(c, "27", VF_KOSTRA_ERROR, K_BIDRAG, "neither BIDRAG ('%s') nor LAAN ('%s') is above 0",
         V(c, K_BIDRAG), V(c, K_LAAN));
  if (sum > 1000000)
    fail(c, "30", VF_KOSTRA_WARNING, K_BIDRAG, "BIDRAG + LAAN = %ld kr, above 1 000 000: is this right?", sum);
  if (sum > 0 && sum <= 200)
    fail(c, "31", VF_KOSTRA_WARNING, K_BIDRAG, "BIDRAG + LAAN = %ld kr, 200 or less: is this right?", sum);
  code_rule(c, "32", K_GITT_OKONOMIRAD, "financial counselling GITT_OKONOMIRAD");
  code_rule(c, "33", K_FAAT_INDIVIDUELL_PLAN, "individual plan FAAT_INDIVIDUELL_PLAN");
  code_rule(c, "35", K_BOSIT, "housing BOSIT");
  long mb = 0, ml = 0;
  for (int m = 0; m < 12; m++) { mb += num(c, K_BIDRAG_JAN + m); ml += num(c, K_LAAN_JAN + m); }
  if (bidrag > 0 && bidrag != mb)
    fail(c, "36", VF_KOSTRA_WARNING, K_BIDRAG, "BIDRAG %ld kr differs from the sum of its months, %ld kr", bidrag, mb);
  if (laan > 0 && laan != ml)
    fail(c, "37", VF_KOSTRA_WARNING, K_LAAN, "LAAN %ld kr differs from the sum of its months, %ld kr", laan, ml);
  if (blank(c, K_PERSON_FODSELSNR) && !vf_kostra_duf_valid(V(c, K_PERSON_DUF)))
    fail(c, "38", VF_KOSTRA_WARNING, K_PERSON_DUF,
         "no fødselsnummer and DUF number '%s' is not 12 digits with valid check digits", V(c, K_PERSON_DUF));
  code_rule(c, "39", K_VILKARSOSLOV, "conditions VILKARSOSLOV");
  code_rule(c, "40", K_VILKARSAMEKT, "conditions on spouse VILKARSAMEKT");
  if (is(c, K_VILKARSOSLOV, "1")) {
    vf_date d;
    if (!dmy(V(c, K_UTBETDATO), &d))
      fail(c, "41", VF_KOSTRA_ERROR, K_UTBETDATO, "conditions set (VILKARSOSLOV 1) but the decision date '%s' is not a date ddMMyyyy",
           V(c, K_UTBETDATO));
    if (!dmy(V(c, K_UTBETTOMDATO), &d))
      fail(c, "42", VF_KOSTRA_ERROR, K_UTBETTOMDATO, "conditions set (VILKARSOSLOV 1) but the to-date '%s' is not a date ddMMyyyy",
           V(c, K_UTBETTOMDATO));
    bool any = false;
    for (int k = K_VILKARARBEID; k <= K_VILKARNORSKSAMISKOPPL; k++) any = any || in_list(c, k);
    if (!any)
      fail(c, "43", VF_KOSTRA_ERROR, K_VILKARARBEID, "conditions set (VILKARSOSLOV 1) but no condition is marked (VILKARARBEID-VILKARNORSKSAMISKOPPL)");
  }
  rule_20a(c);
}

/* --- 11CF ------------------------------------------------------------------- */

static void recent_date(cx *c, const char *rule, int k, const char *what) {
  vf_date d;
  if (!dmy(V(c, k), &d))
    fail(c, rule, VF_KOSTRA_ERROR, k, "%s '%s' is not a date ddMMyyyy", what, V(c, k));
  else if (d.year > c->year || d.year < c->year - 4)
    fail(c, rule, VF_KOSTRA_ERROR, k, "%s '%s' is not within %d-%d (at most 4 years before the reporting year)",
         what, V(c, k), c->year - 4, c->year);
}

static void rules_11cf(cx *c) {
  recent_date(c, "14", K_REG_DATO, "registration date");
  recent_date(c, "15", K_VEDTAK_DATO, "decision date");
  recent_date(c, "16", K_BEGYNT_DATO, "start date");
  code_rule(c, "19", K_KVP_KOMM, "came from a programme in another municipality KVP_KOMM");
  if (is(c, K_KVP_KOMM, "1") && !in_list(c, K_KOMMNR_KVP_KOMM))
    fail(c, "20", VF_KOSTRA_ERROR, K_KOMMNR_KVP_KOMM, "KVP_KOMM is 1 but the municipality '%s' is not a municipality number",
         V(c, K_KOMMNR_KVP_KOMM));
  for (int k = K_YTELSE_SOSHJELP; k <= K_YTELSE_FOLKETRYGDL; k++)
    if (!blank(c, k) && !in_list(c, k))
      fail(c, "21", VF_KOSTRA_ERROR, k, "benefit flag '%s' is not its code %s", V(c, k), FD(c, k) ? FD(c, k)->codes : "");
  if (is(c, K_YTELSE_SOSHJELP, "1") != !blank(c, K_YTELSE_TYPE_SOSHJ))
    fail(c, "21", VF_KOSTRA_ERROR, K_YTELSE_TYPE_SOSHJ,
         "YTELSE_SOSHJELP '%s' and the kind of social assistance YTELSE_TYPE_SOSHJ '%s' do not agree",
         V(c, K_YTELSE_SOSHJELP), V(c, K_YTELSE_TYPE_SOSHJ));
  code_rule(c, "26", K_KVP_MED_ASTONAD, "assistance during the programme KVP_MED_ASTONAD");
  bool any = false;
  for (int k = K_KVP_MED_KOMMBOS; k <= K_KVP_MED_SOSHJ_SUP; k++) {
    if (!blank(c, k) && !in_list(c, k))
      fail(c, "27", VF_KOSTRA_ERROR, k, "flag '%s' is not its code %s", V(c, k), FD(c, k) ? FD(c, k)->codes : "");
    any = any || in_list(c, k);
  }
  if (is(c, K_KVP_MED_ASTONAD, "1") && !any)
    fail(c, "27", VF_KOSTRA_ERROR, K_KVP_MED_ASTONAD, "KVP_MED_ASTONAD is 1 but no kind of assistance is marked");
  if (is(c, K_KVP_MED_ASTONAD, "2") && any)
    fail(c, "27", VF_KOSTRA_ERROR, K_KVP_MED_ASTONAD, "KVP_MED_ASTONAD is 2 but a kind of assistance is marked");
  int months = months_flagged(c);
  long stonad;
  bool stonad_ok = int_of(V(c, K_KVP_STONAD), &stonad);
  if (!stonad_ok)
    fail(c, "29", VF_KOSTRA_WARNING, K_KVP_STONAD, "KVP_STONAD '%s' is not a whole number", V(c, K_KVP_STONAD));
  bool active = is(c, K_STATUS, "1") || is(c, K_STATUS, "2");
  if (active && months == 0)
    fail(c, "28", VF_KOSTRA_WARNING, K_STMND_1, "STATUS %s (in the programme) but no month with benefit is marked",
         V(c, K_STATUS));
  if (stonad_ok && active && stonad == 0)
    fail(c, "29", VF_KOSTRA_WARNING, K_KVP_STONAD, "STATUS %s (in the programme) but no benefit amount KVP_STONAD",
         V(c, K_STATUS));
  if (stonad_ok && months > 0 && stonad == 0)
    fail(c, "30", VF_KOSTRA_WARNING, K_KVP_STONAD, "%d months with benefit marked but KVP_STONAD is 0", months);
  if (stonad_ok && stonad > 0 && months == 0)
    fail(c, "31", VF_KOSTRA_WARNING, K_STMND_1, "KVP_STONAD %ld kr but no month with benefit is marked", stonad);
  if (stonad_ok && stonad > 600000)
    fail(c, "32", VF_KOSTRA_WARNING, K_KVP_STONAD, "KVP_STONAD %ld kr, above 600 000: is this right?", stonad);
  code_rule(c, "36", K_STATUS, "programme status STATUS");
  static const char *const ended[] = {"3", "4", "5", "7", NULL};
  if (one_of(V(c, K_STATUS), ended)) {
    vf_date d;
    if (!dmy(V(c, K_AVSL_DATO), &d) || d.year != c->year)
      fail(c, "37", VF_KOSTRA_ERROR, K_AVSL_DATO, "STATUS %s (ended) needs an end date AVSL_DATO in %d, found '%s'",
           V(c, K_STATUS), c->year, V(c, K_AVSL_DATO));
  }
  if (is(c, K_STATUS, "3")) {
    bool sit = false;
    for (int k = K_AVSL_ORDINAERTARB; k <= K_AVSL_UKJENT; k++) sit = sit || in_list(c, k);
    if (!sit)
      fail(c, "38", VF_KOSTRA_ERROR, K_AVSL_ORDINAERTARB, "completed programme (STATUS 3) but no situation after it is marked");
    code_rule(c, "39", K_AVSL_VIKTIGSTE_INNTEKT, "main income after the programme AVSL_VIKTIGSTE_INNTEKT");
  }
}

/* --- duplicates --------------------------------------------------------------- */

/* Each distinct value of a field once: its text in one arena, a slot in an
 * open-addressing table (16 bytes, at most 3/4 full) with the line it was
 * first seen on. A value seen again becomes a `seen` entry; the findings are
 * made at the end, in the order of value and record, as the rule lists them. */
typedef struct slot { uint64_t off; int line; uint32_t tag; } slot; /* off + 1, 0 = empty */
typedef struct seen { uint64_t key; const char *kp; size_t rec; int line, first; char journal[16]; } seen;
typedef struct dupset {
  char *text; size_t tlen, tcap;
  slot *tab; size_t tcount, tsize;
  seen *dups; size_t ndups, dcap;
} dupset;

static uint64_t hash_of(const char *k) {
  uint64_t h = 1469598103934665603u;
  for (; *k; k++) h = (h ^ (unsigned char)*k) * 1099511628211u;
  return h ^ (h >> 29);
}

static bool dup_grow(dupset *d) {
  size_t ns = d->tsize ? d->tsize * 2 : 1024;
  slot *t = calloc(ns, sizeof *t);
  if (!t) return false;
  for (size_t i = 0; i < d->tsize; i++) {
    if (!d->tab[i].off) continue;
    size_t h = (size_t)hash_of(d->text + d->tab[i].off - 1) & (ns - 1);
    while (t[h].off) h = (h + 1) & (ns - 1);
    t[h] = d->tab[i];
  }
  free(d->tab);
  d->tab = t;
  d->tsize = ns;
  return true;
}

/* Notes @p key of record @p rec (line, journal); false if out of memory. */
static bool dup_add(dupset *d, const char *key, size_t rec, int line, const char *journal) {
  if (!*key) return true;
  if (4 * (d->tcount + 1) > 3 * d->tsize && !dup_grow(d)) return false;
  uint64_t h64 = hash_of(key);
  uint32_t tag = (uint32_t)(h64 >> 32);
  size_t h = (size_t)h64 & (d->tsize - 1);
  for (; d->tab[h].off; h = (h + 1) & (d->tsize - 1)) {
    if (d->tab[h].tag != tag || strcmp(d->text + d->tab[h].off - 1, key)) continue;
    if (d->ndups == d->dcap) {
      size_t cap = d->dcap ? d->dcap * 2 : 64;
      seen *p = realloc(d->dups, cap * sizeof *p);
      if (!p) return false;
      d->dups = p;
      d->dcap = cap;
    }
    seen *x = &d->dups[d->ndups++];
    *x = (seen){d->tab[h].off - 1, NULL, rec, line, d->tab[h].line, ""};
    snprintf(x->journal, sizeof x->journal, "%s", journal);
    return true;
  }
  size_t n = strlen(key) + 1;
  if (d->tlen + n > d->tcap) {
    size_t cap = d->tcap ? d->tcap * 2 : 16384;
    while (cap < d->tlen + n) cap *= 2;
    char *t = realloc(d->text, cap);
    if (!t) return false;
    d->text = t;
    d->tcap = cap;
  }
  memcpy(d->text + d->tlen, key, n);
  d->tab[h] = (slot){d->tlen + 1, line, tag};
  d->tlen += n;
  d->tcount++;
  return true;
}

static void dup_free(dupset *d) {
  free(d->text);
  free(d->tab);
  free(d->dups);
  memset(d, 0, sizeof *d);
}

static int seen_cmp(const void *a, const void *b) {
  const seen *x = a, *y = b;
  int c = strcmp(x->kp, y->kp);
  return c ? c : (x->rec > y->rec) - (x->rec < y->rec);
}

static void duplicates(vf_kostra_report *rep, dupset *d, const char *rule, const char *field, bool mask) {
  if (!d->ndups) return;
  for (size_t i = 0; i < d->ndups; i++) d->dups[i].kp = d->text + d->dups[i].key; /* the arena is final */
  qsort(d->dups, d->ndups, sizeof *d->dups, seen_cmp);
  for (size_t i = 0; i < d->ndups; i++) {
    const seen *x = &d->dups[i];
    const char *key = x->kp;
    char m[VAL_SIZE];
    fail_at(rep, rule, VF_KOSTRA_ERROR, x->line, x->journal, field, "'%s' is also on line %d",
            mask ? vf_kostra_fnr_mask(key, m, sizeof m) : key, x->first);
  }
}

/* --- driver ------------------------------------------------------------------- */

struct vfi_kcheck {
  cx c;
  vf_kostra_report *st;   /* structure findings (001); if any, they are the report */
  int jn;                 /* PERSON_JOURNALNR's index, -1 if none */
  size_t nrecs;
  size_t short_item;      /* st item of the last record's 001 length finding, + 1; 0 none */
  size_t short_rec;
  dupset fnrs, jns;
  bool nomem;
};

vf_status vfi_kcheck_new(const vfi_klayout *L, const char *municipality, vfi_kcheck **out, vf_error *err) {
  vfi_kcheck *k = calloc(1, sizeof *k);
  if (!k) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  k->c = (cx){.L = L, .muni = municipality, .year = L->year};
  k->c.rep = calloc(1, sizeof *k->c.rep);
  k->st = calloc(1, sizeof *k->st);
  k->c.vals = malloc((L->nfields ? L->nfields : 1) * sizeof *k->c.vals);
  k->c.own = calloc(L->nfields ? L->nfields : 1, sizeof *k->c.own);
  if (!k->c.rep || !k->st || !k->c.vals || !k->c.own) { vfi_kcheck_free(k); return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory"); }
  for (int i = 0; i < K_COUNT; i++) k->c.idx[i] = vfi_kfield_index(L, knames[i]);
  k->jn = vfi_kfield_index(L, "PERSON_JOURNALNR");
  for (size_t i = 0; i < L->nfields; i++) k->c.own[i] = one_of(L->fields[i].name, own_rule_11f);
  *out = k;
  return VF_OK;
}

void vfi_kcheck_free(vfi_kcheck *k) {
  if (!k) return;
  vf_kostra_report_free(k->c.rep);
  vf_kostra_report_free(k->st);
  free(k->c.vals);
  free(k->c.own);
  dup_free(&k->fnrs);
  dup_free(&k->jns);
  free(k);
}

/* Record length and tabs (FATAL: they stop the other checks). */
static void structure(vfi_kcheck *k, const vfi_krecord *r) {
  const vfi_klayout *L = k->c.L;
  char j[VAL_SIZE] = "";
  if (k->jn >= 0) vfi_krecord_field(r, &L->fields[k->jn], j, sizeof j);
  const char *tab = memchr(r->text, '\t', r->len);
  k->short_item = 0;
  if (r->chars != L->length) {
    if (r->chars < L->length) { k->short_item = k->st->n + 1; k->short_rec = k->nrecs; }
    fail_at(k->st, "001", VF_KOSTRA_FATAL, r->line, j, "", "record has %zu characters, expected %zu",
            r->chars, L->length);
  }
  if (tab)
    fail_at(k->st, "001", VF_KOSTRA_FATAL, r->line, j, "", "tab character at byte %zu",
            (size_t)(tab - r->text) + 1);
}

void vfi_kcheck_record(vfi_kcheck *k, const vfi_krecord *r) {
  structure(k, r);
  size_t i = k->nrecs++;
  if (k->st->n) { /* the rules' findings will not be reported: keep nothing */
    k->c.rep->n = 0;
    dup_free(&k->fnrs);
    dup_free(&k->jns);
    return;
  }
  cx *c = &k->c;
  c->r = r;
  for (size_t f = 0; f < c->L->nfields; f++) vfi_krecord_field(r, &c->L->fields[f], c->vals[f], VAL_SIZE);
  snprintf(c->journal, sizeof c->journal, "%s", V(c, K_PERSON_JOURNALNR));
  if (!dup_add(&k->fnrs, V(c, K_PERSON_FODSELSNR), i, r->line, c->journal) ||
      !dup_add(&k->jns, V(c, K_PERSON_JOURNALNR), i, r->line, c->journal))
    k->nomem = true;
  common_rules(c);
  if (c->L->form == VF_KOSTRA_11F) rules_11f(c);
  else rules_11cf(c);
}

vf_status vfi_kcheck_finish(vfi_kcheck *k, vf_kostra_report **out, vf_error *err) {
  vf_kostra_report *rep;
  if (!k->nrecs) fail_at(k->st, "000", VF_KOSTRA_FATAL, 0, "", "", "the file has no records");
  if (k->st->n) { /* structure findings only, as SSB's tool stops there */
    if (k->short_item && k->short_item <= k->st->n && k->short_rec + 1 == k->nrecs) {
      char *m = k->st->items[k->short_item - 1].message;
      size_t n = strlen(m);
      snprintf(m + n, sizeof k->st->items[0].message - n, " (truncated last line?)");
    }
    rep = k->st;
    k->st = NULL;
  } else {
    duplicates(k->c.rep, &k->fnrs, "05A", "PERSON_FODSELSNR", true);
    duplicates(k->c.rep, &k->jns, "05B", "PERSON_JOURNALNR", false);
    rep = k->c.rep;
    k->c.rep = NULL;
  }
  rep->records = k->nrecs;
  bool nomem = k->nomem || rep->nomem;
  vfi_kcheck_free(k);
  if (nomem) {
    vf_kostra_report_free(rep);
    return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  }
  *out = rep;
  return VF_OK;
}

vf_status vf_kostra_check(const vf_kostra_file *f, const char *municipality, vf_kostra_report **out,
                          vf_error *err) {
  if (!f || !out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "file or out is NULL");
  vfi_kcheck *k;
  vf_status s = vfi_kcheck_new(&f->layout, municipality, &k, err);
  if (s) return s;
  for (size_t i = 0; i < f->nrecs; i++) vfi_kcheck_record(k, &f->recs[i]);
  return vfi_kcheck_finish(k, out, err);
}

vf_status vf_kostra_check_path(const char *path, vf_kostra_form form, int year, const char *municipality,
                               vf_kostra_report **out, vf_error *err) {
  if (!path || !out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "path or out is NULL");
  vfi_klayout L;
  vf_status s = vfi_klayout_load(form, year, &L, err);
  if (s) return s;
  vfi_kstream in;
  vfi_kcheck *k = NULL;
  if ((s = vfi_kstream_open(&in, path, err))) { vfi_klayout_free(&L); return s; }
  if (!(s = vfi_kcheck_new(&L, municipality, &k, err))) {
    vfi_krecord r;
    int got;
    while ((got = vfi_kstream_next(&in, &r, err)) > 0) vfi_kcheck_record(k, &r);
    if (got < 0) { s = in.status; vfi_kcheck_free(k); }
    else s = vfi_kcheck_finish(k, out, err);
  }
  vfi_kstream_close(&in);
  vfi_klayout_free(&L);
  return s;
}

void vf_kostra_report_free(vf_kostra_report *r) {
  if (!r) return;
  free(r->items);
  free(r);
}
size_t vf_kostra_report_count(const vf_kostra_report *r) { return r ? r->n : 0; }
const vf_kostra_finding *vf_kostra_report_finding(const vf_kostra_report *r, size_t i) {
  return r && i < r->n ? &r->items[i] : NULL;
}
size_t vf_kostra_report_severity_count(const vf_kostra_report *r, vf_kostra_severity s) {
  return r && (unsigned)s < 4 ? r->by_severity[s] : 0;
}
size_t vf_kostra_report_record_count(const vf_kostra_report *r) { return r ? r->records : 0; }
vf_kostra_severity vf_kostra_report_worst(const vf_kostra_report *r) {
  if (!r) return VF_KOSTRA_OK;
  for (int s = VF_KOSTRA_FATAL; s > VF_KOSTRA_OK; s--)
    if (r->by_severity[s]) return (vf_kostra_severity)s;
  return VF_KOSTRA_OK;
}
int vf_kostra_report_exit_code(const vf_kostra_report *r) {
  vf_kostra_severity w = vf_kostra_report_worst(r);
  return w >= VF_KOSTRA_ERROR ? 2 : w == VF_KOSTRA_WARNING ? 1 : 0;
}
const char *vf_kostra_severity_name(vf_kostra_severity s) {
  switch (s) {
  case VF_KOSTRA_OK: return "OK";
  case VF_KOSTRA_WARNING: return "WARNING";
  case VF_KOSTRA_ERROR: return "ERROR";
  case VF_KOSTRA_FATAL: return "FATAL";
  }
  return NULL;
}
