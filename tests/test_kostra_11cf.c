/* KOSTRA 11CF (qualification programme) from the register: a hand-made
 * register whose every field is worked out by hand, the file-level round trip
 * write(read(file)) == file, and the synthetic register's participants, whose
 * every record passes every 11CF check. */
#define _POSIX_C_SOURCE 200809L /* mkstemp */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "velferd/velferd.h"
#include "kostra_testutil.h"

/* A client without trygd, added to reg. */
static void add_person(vf_register *reg, const char *id, vf_date birth, vf_gender g, vf_civil_status cs,
                       vf_main_income vklo, int kids) {
  add(reg, person(id, birth, g, cs, vklo, VF_TRYGD_NONE, kids));
}

static void pay(vf_register *reg, const char *id, int year, int month, vf_money ore, vf_assistance_kind k) {
  vf_error e;
  if (vf_register_add_payment(reg, id, year, month, ore, 0, k, &e)) fail_msg("%s", e.message);
}

static size_t findings(const vf_kostra_file *f) {
  vf_kostra_report *r;
  assert_int_equal(vf_kostra_check(f, "4601", &r, NULL), VF_OK);
  size_t n = vf_kostra_report_count(r);
  for (size_t i = 0; i < n && i < 10; i++) print_message("%s\n", vf_kostra_report_finding(r, i)->message);
  vf_kostra_report_free(r);
  return n;
}

static void hand_made(void **state) {
  (void)state;
  vf_register *reg;
  vf_error e;
  assert_int_equal(vf_register_new(&reg, NULL), VF_OK);
  add_person(reg, "K1", (vf_date){1990, 3, 15}, VF_GENDER_FEMALE, VF_CIVIL_UNMARRIED, VF_INCOME_SRC_QUALIFICATION, 2);
  add_person(reg, "K2", (vf_date){2003, 6, 1}, VF_GENDER_MALE, VF_CIVIL_MARRIED, VF_INCOME_SRC_WORK, 0);
  add_person(reg, "L3", (vf_date){1980, 1, 31}, VF_GENDER_MALE, VF_CIVIL_SEPARATED_DIVORCED, VF_INCOME_SRC_QUALIFICATION, 0);
  add_person(reg, "N4", (vf_date){1975, 7, 7}, VF_GENDER_FEMALE, VF_CIVIL_WIDOWED, VF_INCOME_SRC_SOCIAL_ASSISTANCE, 0);
  add_person(reg, "Q5", (vf_date){1985, 2, 2}, VF_GENDER_FEMALE, VF_CIVIL_UNMARRIED, VF_INCOME_SRC_QUALIFICATION, 0);
  /* K1: assistance in November 2025, the benefit from December 2025 through
   * December 2026 (January 1 000.50 kr, February-December 1 000 kr: 12 000.50
   * kr -> 12 001 kr, half away from zero), assistance in March (grant) and April
   * (loan) 2026. */
  pay(reg, "K1", 2025, 11, 500000, VF_ASSIST_GRANT);
  pay(reg, "K1", 2025, 12, 100000, VF_ASSIST_QUALIFICATION);
  pay(reg, "K1", 2026, 1, 100050, VF_ASSIST_QUALIFICATION);
  for (int m = 2; m <= 12; m++) pay(reg, "K1", 2026, m, 100000, VF_ASSIST_QUALIFICATION);
  pay(reg, "K1", 2026, 3, 300000, VF_ASSIST_GRANT);
  pay(reg, "K1", 2026, 4, 200000, VF_ASSIST_LOAN);
  /* K2: an earlier spell in October 2025 (broken by November-January), then
   * February-May 2026 at 500 kr (2 000 kr), assistance in March only. */
  pay(reg, "K2", 2025, 10, 50000, VF_ASSIST_QUALIFICATION);
  for (int m = 2; m <= 5; m++) pay(reg, "K2", 2026, m, 50000, VF_ASSIST_QUALIFICATION);
  pay(reg, "K2", 2026, 3, 70000, VF_ASSIST_GRANT);
  /* L3: paid every month from January 2020 to June 2026 (100 kr: 600 kr). */
  for (int y = 2020; y <= 2026; y++)
    for (int m = 1; m <= (y == 2026 ? 6 : 12); m++) pay(reg, "L3", y, m, 10000, VF_ASSIST_QUALIFICATION);
  /* N4: economic assistance only; Q5: the benefit in 2025 only. */
  pay(reg, "N4", 2026, 5, 400000, VF_ASSIST_GRANT);
  pay(reg, "Q5", 2025, 6, 400000, VF_ASSIST_QUALIFICATION);

  vf_kostra_file *f;
  if (vf_kostra_from_register_11cf(reg, &opts, &f, &e)) fail_msg("%s", e.message);
  assert_int_equal(vf_kostra_file_form(f), VF_KOSTRA_11CF);
  assert_int_equal(vf_kostra_file_record_count(f), 3); /* K1, K2, L3 */
  /* K1 */
  field(f, 0, "KOMMUNE_NR", "4601");
  field(f, 0, "VERSION", "26");
  field(f, 0, "BYDELSNR", "");
  field(f, 0, "FODSELSDATO", "15031990");
  field(f, 0, "PERSON_JOURNALNR", "K1");
  field(f, 0, "KJONN", "2");
  field(f, 0, "EKTSTAT", "1");
  field(f, 0, "BU18", "1");
  field(f, 0, "ANTBU18", "2");
  field(f, 0, "REG_DATO", "01122025"); /* the run began in December 2025 */
  field(f, 0, "VEDTAK_DATO", "01122025");
  field(f, 0, "BEGYNT_DATO", "01122025");
  field(f, 0, "KVP_KOMM", "2");
  field(f, 0, "YTELSE_SOSHJELP", "1");   /* assistance in November 2025 */
  field(f, 0, "YTELSE_TYPE_SOSHJ", "2"); /* main income: the benefit that replaced it */
  field(f, 0, "KVP_MED_ASTONAD", "1");   /* March and April 2026 */
  field(f, 0, "KVP_MED_SOSHJ_SUP", "7"); /* more than one month */
  field(f, 0, "KVP_MED_SOSHJ_ENGANG", "");
  field(f, 0, "STMND_1", "01");
  field(f, 0, "STMND_12", "12");
  field(f, 0, "KVP_STONAD", "12001");
  field(f, 0, "STATUS", "1"); /* paid in December */
  field(f, 0, "AVSL_DATO", "");
  field(f, 0, "SAKSBEHANDLER", "SB7");
  char fnr[16];
  assert_int_equal(vf_kostra_file_get(f, 0, "PERSON_FODSELSNR", fnr, sizeof fnr, NULL), VF_OK);
  assert_int_equal(strncmp(fnr, "158390", 6), 0); /* 15 March (03 + 80) 1990 */
  assert_int_equal(vf_kostra_fnr_valid(fnr), 1);
  /* K2 */
  field(f, 1, "EKTSTAT", "2");
  field(f, 1, "BU18", "2");
  field(f, 1, "ANTBU18", "");
  field(f, 1, "BEGYNT_DATO", "01022026"); /* October 2025 is another run */
  field(f, 1, "YTELSE_SOSHJELP", "");     /* nothing in December 2025 or January 2026 */
  field(f, 1, "YTELSE_TYPE_SOSHJ", "");
  field(f, 1, "KVP_MED_ASTONAD", "1");
  field(f, 1, "KVP_MED_SOSHJ_ENGANG", "9"); /* one month */
  field(f, 1, "KVP_MED_SOSHJ_SUP", "");
  field(f, 1, "STMND_1", "");
  field(f, 1, "STMND_2", "02");
  field(f, 1, "STMND_5", "05");
  field(f, 1, "STMND_6", "");
  field(f, 1, "KVP_STONAD", "2000");
  field(f, 1, "STATUS", "3");
  field(f, 1, "AVSL_DATO", "31052026"); /* last day of the last paid month */
  field(f, 1, "AVSL_UKJENT", "17");
  field(f, 1, "AVSL_VIKTIGSTE_INNTEKT", "17");
  /* L3: the run goes back to 2020; written as 1 January 2022 (4 years back) */
  field(f, 2, "BEGYNT_DATO", "01012022");
  field(f, 2, "KVP_MED_ASTONAD", "2");
  field(f, 2, "KVP_STONAD", "600");
  field(f, 2, "STATUS", "3");
  field(f, 2, "AVSL_DATO", "30062026");
  assert_int_equal(findings(f), 0);

  /* round trip at file level: read the written file, write it again: same bytes */
  char p1[32], p2[32];
  tmpname(p1);
  tmpname(p2);
  assert_int_equal(vf_kostra_file_write(f, p1, NULL), VF_OK);
  size_t n1, n2;
  char *t1 = slurp(p1, &n1);
  assert_int_equal(n1, 3 * 153); /* 152 characters and LF */
  vf_kostra_file *g;
  assert_int_equal(vf_kostra_file_read(p1, VF_KOSTRA_11CF, 2026, &g, NULL), VF_OK);
  assert_int_equal(vf_kostra_file_write(g, p2, NULL), VF_OK);
  char *t2 = slurp(p2, &n2);
  assert_int_equal(n2, n1);
  assert_memory_equal(t1, t2, n1);

  /* the qualification benefit is not economic assistance: 11F holds K1 (grant
   * 3 000 kr, loan 2 000 kr), K2 (700 kr) and N4, and the indicators count 3
   * recipients and 3 000 + 2 000 + 700 + 4 000 = 9 700 kr */
  vf_kostra_file *h;
  if (vf_kostra_from_register(reg, &opts, &h, &e)) fail_msg("%s", e.message);
  assert_int_equal(vf_kostra_file_record_count(h), 3);
  field(h, 0, "PERSON_JOURNALNR", "K1");
  field(h, 0, "BIDRAG", "3000");
  field(h, 0, "LAAN", "2000");
  field(h, 0, "STMND_1", "");
  field(h, 1, "PERSON_JOURNALNR", "K2");
  field(h, 1, "BIDRAG", "700");
  field(h, 2, "PERSON_JOURNALNR", "N4");
  vf_indicator_options io;
  vf_indicator_options_init(&io);
  io.suppress_below = 0;
  vf_indicators *ind;
  assert_int_equal(vf_indicators_compute(reg, 2026, &io, &ind, NULL), VF_OK);
  vf_indicator_value v;
  assert_int_equal(vf_indicators_value(ind, VF_IND_RECIPIENTS, &v, NULL), VF_OK);
  assert_int_equal(v.num, 3);
  assert_int_equal(vf_indicators_value(ind, VF_IND_GROSS, &v, NULL), VF_OK);
  assert_int_equal(v.num, 970000);
  vf_kostra_amounts a;
  assert_int_equal(vf_kostra_amounts_compute(reg, 2026, &a, NULL), VF_OK);
  assert_int_equal(a.recipients, 3);
  assert_int_equal(a.total, 970000);

  free(t1);
  free(t2);
  remove(p1);
  remove(p2);
  vf_indicators_free(ind);
  vf_kostra_file_free(f);
  vf_kostra_file_free(g);
  vf_kostra_file_free(h);
  vf_register_free(reg);
}

/* Without a fødselsnummer (no synthetic numbers asked for) 11CF's mandatory
 * PERSON_FODSELSNR is blank and the check says so (rule 05); bad clients are
 * errors naming the client. */
static void no_fnr_and_errors(void **state) {
  (void)state;
  vf_register *reg;
  vf_error e;
  assert_int_equal(vf_register_new(&reg, NULL), VF_OK);
  add_person(reg, "K1", (vf_date){1990, 3, 15}, VF_GENDER_FEMALE, VF_CIVIL_UNMARRIED, VF_INCOME_SRC_QUALIFICATION, 0);
  pay(reg, "K1", 2026, 12, 100000, VF_ASSIST_QUALIFICATION);
  vf_kostra_write_options o = opts;
  o.synthetic_fnr = 0;
  vf_kostra_file *f;
  assert_int_equal(vf_kostra_from_register_11cf(reg, &o, &f, &e), VF_OK);
  field(f, 0, "PERSON_FODSELSNR", "");
  vf_kostra_report *r;
  assert_int_equal(vf_kostra_check(f, "4601", &r, NULL), VF_OK);
  assert_int_equal(vf_kostra_report_count(r), 1);
  assert_string_equal(vf_kostra_report_finding(r, 0)->rule, "05");
  vf_kostra_report_free(r);
  vf_kostra_file_free(f);
  /* an id longer than PERSON_JOURNALNR's 8 characters */
  add_person(reg, "LONGER_THAN_8", (vf_date){1990, 1, 1}, VF_GENDER_MALE, VF_CIVIL_UNMARRIED, VF_INCOME_SRC_OTHER, 0);
  pay(reg, "LONGER_THAN_8", 2026, 1, 100, VF_ASSIST_QUALIFICATION);
  assert_int_equal(vf_kostra_from_register_11cf(reg, &opts, &f, &e), VF_E_RANGE);
  assert_string_equal(e.field, "PERSON_JOURNALNR");
  o.municipality = "46";
  assert_int_equal(vf_kostra_from_register_11cf(reg, &o, &f, &e), VF_E_INVALID_ARG);
  assert_int_equal(vf_kostra_from_register_11cf(NULL, &opts, &f, &e), VF_E_INVALID_ARG);
  vf_register_free(reg);
}

/* The synthetic register (profile city2008) has participants: the clients
 * whose main income is the qualification benefit (159/7131 = 2.2 %), paid it
 * from their first to their last month with assistance. Their 11CF passes
 * every check, for 20 000 clients and three seeds. */
static void synthetic_11cf(void **state) {
  (void)state;
  for (uint64_t seed = 1; seed <= 3; seed++) {
    vf_register *reg;
    vf_error e;
    if (vf_synth_register("city2008", 20000, seed, 2026, &reg, &e)) fail_msg("%s", e.message);
    size_t vklo8 = 0;
    for (size_t i = 0; i < vf_register_client_count(reg); i++) {
      const vf_client *c = vf_register_client(reg, i);
      if (vf_client_main_income(c) == VF_INCOME_SRC_QUALIFICATION) {
        vklo8++;
        assert_true(vf_age_at_year_end(vf_client_birth_date(c), 2026) < 67); /* working age */
      }
    }
    vf_kostra_file *f;
    if (vf_kostra_from_register_11cf(reg, &opts, &f, &e)) fail_msg("%s", e.message);
    /* every participant is a VKLO 8 client, and each of those has the benefit
     * (G has a sourced value for 2026) */
    assert_int_equal(vf_kostra_file_record_count(f), vklo8);
    /* 20 000 x 159/7131 = 446, within 3 binomial standard deviations (63) */
    assert_true(vklo8 > 446 - 63 && vklo8 < 446 + 63);
    assert_int_equal(findings(f), 0);
    /* 2.041 G (from 1 July 2024); G 130 160 kr (from 1 May 2025) in
     * January-April, 136 549 kr (from 1 May 2026) from May. Aged 25 or more
     * all year and paid all year: 265 656.56 / 12 = 22 138.05 a month, then
     * 278 696.51 / 12 = 23 224.71; 4 x 22 138.05 + 8 x 23 224.71 =
     * 274 349.88 -> 274 350 kr. Under 25 all year, 2/3 of it: 177 104.37 /
     * 12 = 14 758.70, then 185 797.67 / 12 = 15 483.14; 4 x 14 758.70 +
     * 8 x 15 483.14 = 182 899.92 -> 182 900 kr */
    size_t adults = 0, young = 0;
    for (size_t i = 0; i < vf_kostra_file_record_count(f); i++) {
      char months[4], kr[16], born[16];
      int n = 0;
      for (int m = 1; m <= 12; m++) {
        char name[12];
        snprintf(name, sizeof name, "STMND_%d", m);
        assert_int_equal(vf_kostra_file_get(f, i, name, months, sizeof months, NULL), VF_OK);
        n += *months != '\0';
      }
      if (n < 12) continue;
      assert_int_equal(vf_kostra_file_get(f, i, "KVP_STONAD", kr, sizeof kr, NULL), VF_OK);
      assert_int_equal(vf_kostra_file_get(f, i, "FODSELSDATO", born, sizeof born, NULL), VF_OK);
      int by = atoi(born + 4);
      if (by <= 2026 - 26) { assert_string_equal(kr, "274350"); adults++; }
      else if (by >= 2026 - 24) { assert_string_equal(kr, "182900"); young++; }
    }
    assert_true(adults > 0 && young > 0);
    vf_kostra_file_free(f);
    vf_register_free(reg);
  }
}

/* Sets the fields of record rec from "NAME=value" pairs. */
static void set_fields(vf_kostra_file *f, size_t rec, const char *const *kv) {
  for (; *kv; kv++) {
    char name[32];
    const char *eq = strchr(*kv, '=');
    snprintf(name, sizeof name, "%.*s", (int)(eq - *kv), *kv);
    vf_error e;
    if (vf_kostra_file_set(f, rec, name, eq + 1, &e)) fail_msg("%s", e.message);
  }
}

/* Two hand-made records written and read back from disk (so they have lines
 * 1 and 2); the caller frees the text. */
static const char *const rec_a[] = {
  "KOMMUNE_NR=4601", "VERSION=26", "FODSELSDATO=15031990", "PERSON_JOURNALNR=A1",
  "PERSON_FODSELSNR=15839000123", "KJONN=2", "EKTSTAT=1", "BU18=1", "ANTBU18=2",
  "REG_DATO=01112025", "VEDTAK_DATO=01112025", "BEGYNT_DATO=01112025", "KVP_KOMM=2",
  "YTELSE_SOSHJELP=1", "YTELSE_TYPE_SOSHJ=2", "KVP_MED_ASTONAD=1", "KVP_MED_SOSHJ_SUP=7",
  "STMND_1=01", "STMND_2=02", "STMND_3=03", "KVP_STONAD=1000", "STATUS=3",
  "AVSL_DATO=31032026", "AVSL_UKJENT=17", "AVSL_VIKTIGSTE_INNTEKT=17", "SAKSBEHANDLER=SB7", NULL};
static const char *const rec_b[] = {
  "KOMMUNE_NR=4601", "VERSION=26", "FODSELSDATO=01062003", "PERSON_JOURNALNR=B2",
  "KJONN=1", "EKTSTAT=2", "BU18=2", "REG_DATO=15032026", "VEDTAK_DATO=15032026",
  "BEGYNT_DATO=15032026", "YTELSE_SOSHJELP=1", "YTELSE_TYPE_SOSHJ=3", "KVP_MED_ASTONAD=1",
  "KVP_MED_SOSHJ_ENGANG=9", "STMND_4=04", "STMND_6=06", "KVP_STONAD=7", "STATUS=1",
  "SAKSBEHANDLER=SB7", NULL};

static char *hand_text(size_t *len) {
  vf_kostra_file *f;
  assert_int_equal(vf_kostra_file_new(VF_KOSTRA_11CF, 2026, &f, NULL), VF_OK);
  assert_int_equal(vf_kostra_file_add_record(f, NULL, NULL), VF_OK);
  assert_int_equal(vf_kostra_file_add_record(f, NULL, NULL), VF_OK);
  set_fields(f, 0, rec_a);
  set_fields(f, 1, rec_b);
  char p[32];
  tmpname(p);
  assert_int_equal(vf_kostra_file_write(f, p, NULL), VF_OK);
  vf_kostra_file_free(f);
  char *t = slurp(p, len);
  remove(p);
  assert_int_equal(*len, 2 * 153);
  return t;
}

/* Gross of the client's payments of kind k in year/month; *n counts them. */
static vf_money paid(const vf_register *reg, size_t client, int year, int month, vf_assistance_kind k, int *n) {
  vf_money sum = 0;
  *n = 0;
  for (size_t i = 0; i < vf_register_payment_count(reg); i++) {
    vf_payment p;
    assert_int_equal(vf_register_payment(reg, i, &p, NULL), VF_OK);
    if (p.client == client && p.year == year && p.month == month && p.kind == k) { sum += p.gross; ++*n; }
  }
  return sum;
}

static void expect(const vf_register *reg, size_t client, int year, int month, vf_assistance_kind k, vf_money ore) {
  int n;
  vf_money g = paid(reg, client, year, month, k, &n);
  if (n != 1 || g != ore)
    fail_msg("client %zu %d-%02d kind %d: %d payments of %lld, expected one of %lld", client, year, month, (int)k,
             n, (long long)g, (long long)ore);
}

static void read_hand_made(void **state) {
  (void)state;
  size_t len;
  char *t = hand_text(&len);
  vf_kostra_file *f;
  vf_register *reg;
  vf_error e;
  assert_int_equal(vf_kostra_file_parse(t, len, "hand.txt", VF_KOSTRA_11CF, 2026, &f, NULL), VF_OK);
  assert_int_equal(vf_register_new(&reg, NULL), VF_OK);
  if (vf_kostra_to_register_11cf(f, reg, &e)) fail_msg("%s", e.message);
  assert_int_equal(vf_register_client_count(reg), 2);
  /* A1: born 15.03.1990, KJONN 2 female, EKTSTAT 1 unmarried, 2 children,
   * YTELSE_TYPE_SOSHJ 2 -> main income the qualification benefit */
  const vf_client *a = vf_register_client(reg, 0), *b = vf_register_client(reg, 1);
  assert_string_equal(vf_client_id(a), "A1");
  vf_date d = vf_client_birth_date(a);
  assert_true(d.year == 1990 && d.month == 3 && d.day == 15);
  assert_int_equal(vf_client_gender(a), VF_GENDER_FEMALE);
  assert_int_equal(vf_client_civil_status(a), VF_CIVIL_UNMARRIED);
  assert_int_equal(vf_client_child_count(a), 2);
  assert_int_equal(vf_client_main_income(a), VF_INCOME_SRC_QUALIFICATION);
  /* B2: born 01.06.2003, male, married, no children, type 3 -> unknown */
  assert_string_equal(vf_client_id(b), "B2");
  d = vf_client_birth_date(b);
  assert_true(d.year == 2003 && d.month == 6 && d.day == 1);
  assert_int_equal(vf_client_gender(b), VF_GENDER_MALE);
  assert_int_equal(vf_client_civil_status(b), VF_CIVIL_MARRIED);
  assert_int_equal(vf_client_child_count(b), 0);
  assert_int_equal(vf_client_main_income(b), VF_INCOME_SRC_UNKNOWN);
  /* A1: 1 000 kr = 100 000 øre over January-March: 100 000 / 3 = 33 333
   * rest 1, so January 33 334, February and March 33 333 (sum 100 000);
   * begun November 2025: benefit 0 in November and December 2025; assistance
   * before the start: grant 0 in October 2025; a supplement (7): grants 0 in
   * January and February. 3 + 2 + 1 + 2 = 8 payments. */
  expect(reg, 0, 2026, 1, VF_ASSIST_QUALIFICATION, 33334);
  expect(reg, 0, 2026, 2, VF_ASSIST_QUALIFICATION, 33333);
  expect(reg, 0, 2026, 3, VF_ASSIST_QUALIFICATION, 33333);
  expect(reg, 0, 2025, 11, VF_ASSIST_QUALIFICATION, 0);
  expect(reg, 0, 2025, 12, VF_ASSIST_QUALIFICATION, 0);
  expect(reg, 0, 2025, 10, VF_ASSIST_GRANT, 0);
  expect(reg, 0, 2026, 1, VF_ASSIST_GRANT, 0);
  expect(reg, 0, 2026, 2, VF_ASSIST_GRANT, 0);
  /* B2: 7 kr = 700 øre over April and June: 350 each; begun in the year
   * (15 March, before the first paid month April): nothing earlier; the
   * month before the start (April) is March: grant 0; one-off (9): grant 0
   * in April. 2 + 1 + 1 = 4 payments; 12 in all. */
  expect(reg, 1, 2026, 4, VF_ASSIST_QUALIFICATION, 350);
  expect(reg, 1, 2026, 6, VF_ASSIST_QUALIFICATION, 350);
  expect(reg, 1, 2026, 3, VF_ASSIST_GRANT, 0);
  expect(reg, 1, 2026, 4, VF_ASSIST_GRANT, 0);
  assert_int_equal(vf_register_payment_count(reg), 12);

  /* written again (no fødselsnummer): A1 gives back its record but
   * PERSON_FODSELSNR; B2's start is written as 1 April (the first paid
   * month), not 15 March - the register holds months, not days */
  vf_kostra_write_options o = opts;
  o.synthetic_fnr = 0;
  vf_kostra_file *g;
  if (vf_kostra_from_register_11cf(reg, &o, &g, &e)) fail_msg("%s", e.message);
  assert_int_equal(vf_kostra_file_record_count(g), 2);
  for (const char *const *kv = rec_a; *kv; kv++) {
    char name[32];
    const char *eq = strchr(*kv, '=');
    snprintf(name, sizeof name, "%.*s", (int)(eq - *kv), *kv);
    field(g, 0, name, strcmp(name, "PERSON_FODSELSNR") ? eq + 1 : "");
  }
  field(g, 1, "BEGYNT_DATO", "01042026");
  field(g, 1, "YTELSE_SOSHJELP", "1");
  field(g, 1, "YTELSE_TYPE_SOSHJ", "3");
  field(g, 1, "KVP_MED_SOSHJ_ENGANG", "9");
  field(g, 1, "KVP_STONAD", "7");
  field(g, 1, "STATUS", "3"); /* not paid in December */
  vf_kostra_file_free(g);
  /* an 11F file is not read here */
  vf_kostra_file *h;
  assert_int_equal(vf_kostra_file_new(VF_KOSTRA_11F, 2026, &h, NULL), VF_OK);
  assert_int_equal(vf_kostra_to_register_11cf(h, reg, &e), VF_E_INVALID_ARG);
  assert_int_equal(vf_kostra_to_register(f, reg, &e), VF_E_INVALID_ARG);
  vf_kostra_file_free(h);
  vf_kostra_file_free(f);
  vf_register_free(reg);
  free(t);
}

/* A bad record stops the read with an error naming line and field, never
 * the full fødselsnummer; records before it stay. */
static void bad(char *t, size_t len, vf_status want, int line, const char *fld) {
  vf_kostra_file *f;
  vf_register *reg;
  vf_error e;
  assert_int_equal(vf_kostra_file_parse(t, len, "bad.txt", VF_KOSTRA_11CF, 2026, &f, NULL), VF_OK);
  assert_int_equal(vf_register_new(&reg, NULL), VF_OK);
  assert_int_equal(vf_kostra_to_register_11cf(f, reg, &e), want);
  assert_int_equal(e.line, line);
  assert_string_equal(e.field, fld);
  char l[16];
  snprintf(l, sizeof l, "line %d", line);
  assert_non_null(strstr(e.message, l));
  assert_non_null(strstr(e.message, fld));
  assert_null(strstr(e.message, "15839000123"));
  assert_int_equal(vf_register_client_count(reg), (size_t)line - 1);
  vf_kostra_file_free(f);
  vf_register_free(reg);
}

static void read_errors(void **state) {
  (void)state;
  size_t len;
  char *t = hand_text(&len), *u = malloc(len + 1);
  /* positions (layout, 1-based): FODSELSDATO 9, BEGYNT_DATO 57, STMND_1 81,
   * KVP_STONAD 105-111; line 2 starts at byte 153 */
  memcpy(u, t, len);
  memcpy(u + 153 + 56, "31022026", 8); /* 31 February */
  bad(u, len, VF_E_PARSE, 2, "BEGYNT_DATO");
  memcpy(u, t, len);
  memcpy(u + 8, "1503199X", 8);
  bad(u, len, VF_E_PARSE, 1, "FODSELSDATO");
  memcpy(u, t, len);
  memcpy(u + 80, "13", 2);
  bad(u, len, VF_E_PARSE, 1, "STMND_1");
  memcpy(u, t, len);
  memcpy(u + 104, "    1x0", 7);
  bad(u, len, VF_E_PARSE, 1, "KVP_STONAD");
  /* record 2 one character short (its last space cut): record length */
  memcpy(u, t, len);
  u[len - 2] = '\n';
  bad(u, len - 1, VF_E_PARSE, 2, "record length");
  /* one character too long */
  memcpy(u, t, 152);
  u[152] = ' ';
  memcpy(u + 153, t + 152, len - 152);
  bad(u, len + 1, VF_E_PARSE, 1, "record length");
  /* the benefit without a month: B2's months blanked */
  memcpy(u, t, len);
  memset(u + 153 + 80, ' ', 24);
  bad(u, len, VF_E_PARSE, 2, "KVP_STONAD");
  /* the same journal number twice */
  memcpy(u, t, len);
  memcpy(u + 153 + 16, "A1", 2);
  bad(u, len, VF_E_DUPLICATE, 2, "PERSON_JOURNALNR");
  free(u);
  free(t);
}

/* register -> 11CF -> register -> 11CF for the synthetic register (seed 1,
 * 5 000 clients): the same bytes without fødselsnumre; with synthetic ones
 * they are made from the register index, which reading changes, so the
 * second and third files are the same, and the first differs from them only
 * in PERSON_FODSELSNR. */
static char *bytes(const vf_kostra_file *f, size_t *len) {
  char p[32];
  tmpname(p);
  assert_int_equal(vf_kostra_file_write(f, p, NULL), VF_OK);
  char *t = slurp(p, len);
  remove(p);
  return t;
}

static vf_kostra_file *again(const vf_kostra_file *f, const vf_kostra_write_options *o) {
  size_t len;
  char *t = bytes(f, &len);
  vf_kostra_file *g, *h;
  vf_register *reg;
  vf_error e;
  assert_int_equal(vf_kostra_file_parse(t, len, "f.txt", VF_KOSTRA_11CF, 2026, &g, NULL), VF_OK);
  assert_int_equal(vf_register_new(&reg, NULL), VF_OK);
  if (vf_kostra_to_register_11cf(g, reg, &e)) fail_msg("%s", e.message);
  if (vf_kostra_from_register_11cf(reg, o, &h, &e)) fail_msg("%s", e.message);
  vf_register_free(reg);
  vf_kostra_file_free(g);
  free(t);
  return h;
}

static void same(const vf_kostra_file *a, const vf_kostra_file *b) {
  size_t na, nb;
  char *ta = bytes(a, &na), *tb = bytes(b, &nb);
  assert_int_equal(na, nb);
  assert_memory_equal(ta, tb, na);
  free(ta);
  free(tb);
}

static void synthetic_round_trip(void **state) {
  (void)state;
  vf_register *reg;
  vf_error e;
  if (vf_synth_register("city2008", 5000, 1, 2026, &reg, &e)) fail_msg("%s", e.message);
  vf_kostra_write_options o = opts;
  o.synthetic_fnr = 0;
  vf_kostra_file *f1, *f2, *s1, *s2, *s3;
  if (vf_kostra_from_register_11cf(reg, &o, &f1, &e)) fail_msg("%s", e.message);
  /* 5 000 x 159/7131 = 111 participants expected */
  assert_true(vf_kostra_file_record_count(f1) > 60);
  f2 = again(f1, &o);
  same(f1, f2);
  if (vf_kostra_from_register_11cf(reg, &opts, &s1, &e)) fail_msg("%s", e.message);
  s2 = again(s1, &opts);
  s3 = again(s2, &opts);
  same(s2, s3);
  assert_int_equal(findings(s2), 0);
  for (size_t i = 0; i < vf_kostra_file_record_count(s1); i++)
    assert_int_equal(vf_kostra_file_set(s1, i, "PERSON_FODSELSNR", "", NULL), VF_OK);
  same(s1, f2);
  vf_kostra_file_free(f1);
  vf_kostra_file_free(f2);
  vf_kostra_file_free(s1);
  vf_kostra_file_free(s2);
  vf_kostra_file_free(s3);
  vf_register_free(reg);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(hand_made),
    cmocka_unit_test(no_fnr_and_errors),
    cmocka_unit_test(synthetic_11cf),
    cmocka_unit_test(read_hand_made),
    cmocka_unit_test(read_errors),
    cmocka_unit_test(synthetic_round_trip),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
