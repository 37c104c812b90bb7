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

static void add(vf_register *reg, const char *id, vf_date birth, vf_gender g, vf_civil_status cs,
                vf_main_income vklo, int kids) {
  vf_client *c;
  vf_error e;
  assert_int_equal(vf_client_new(&c, NULL), VF_OK);
  assert_int_equal(vf_client_set_id(c, id, NULL), VF_OK);
  assert_int_equal(vf_client_set_birth_date(c, birth, NULL), VF_OK);
  assert_int_equal(vf_client_set_gender(c, g, NULL), VF_OK);
  assert_int_equal(vf_client_set_civil_status(c, cs, NULL), VF_OK);
  assert_int_equal(vf_client_set_main_income(c, vklo, NULL), VF_OK);
  assert_int_equal(vf_client_set_trygd(c, VF_TRYGD_NONE, NULL), VF_OK);
  for (int k = 0; k < kids; k++) assert_int_equal(vf_client_add_child(c, (vf_date){2015, 5, 1}, NULL), VF_OK);
  if (vf_register_add_client(reg, c, NULL, &e)) fail_msg("%s", e.message);
  vf_client_free(c);
}

static void pay(vf_register *reg, const char *id, int year, int month, vf_money ore, vf_assistance_kind k) {
  vf_error e;
  if (vf_register_add_payment(reg, id, year, month, ore, 0, k, &e)) fail_msg("%s", e.message);
}

static void field(const vf_kostra_file *f, size_t rec, const char *name, const char *want) {
  char b[64];
  vf_error e;
  if (vf_kostra_file_get(f, rec, name, b, sizeof b, &e)) fail_msg("%s", e.message);
  if (strcmp(b, want)) fail_msg("record %zu %s: '%s', expected '%s'", rec, name, b, want);
}

static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  assert_non_null(f);
  char *b = malloc(1 << 22);
  *len = fread(b, 1, 1 << 22, f);
  fclose(f);
  return b;
}

static void tmpname(char *buf) {
  strcpy(buf, "/tmp/vf_11cf_XXXXXX");
  int fd = mkstemp(buf);
  assert_true(fd >= 0);
  close(fd);
}

static const vf_kostra_write_options opts = {2026, "4601", NULL, "SB7", 1};

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
  add(reg, "K1", (vf_date){1990, 3, 15}, VF_GENDER_FEMALE, VF_CIVIL_UNMARRIED, VF_INCOME_SRC_QUALIFICATION, 2);
  add(reg, "K2", (vf_date){2003, 6, 1}, VF_GENDER_MALE, VF_CIVIL_MARRIED, VF_INCOME_SRC_WORK, 0);
  add(reg, "L3", (vf_date){1980, 1, 31}, VF_GENDER_MALE, VF_CIVIL_SEPARATED_DIVORCED, VF_INCOME_SRC_QUALIFICATION, 0);
  add(reg, "N4", (vf_date){1975, 7, 7}, VF_GENDER_FEMALE, VF_CIVIL_WIDOWED, VF_INCOME_SRC_SOCIAL_ASSISTANCE, 0);
  add(reg, "Q5", (vf_date){1985, 2, 2}, VF_GENDER_FEMALE, VF_CIVIL_UNMARRIED, VF_INCOME_SRC_QUALIFICATION, 0);
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
  add(reg, "K1", (vf_date){1990, 3, 15}, VF_GENDER_FEMALE, VF_CIVIL_UNMARRIED, VF_INCOME_SRC_QUALIFICATION, 0);
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
  add(reg, "LONGER_THAN_8", (vf_date){1990, 1, 1}, VF_GENDER_MALE, VF_CIVIL_UNMARRIED, VF_INCOME_SRC_OTHER, 0);
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
    /* 2 G of 130 160 kr (from 1 May 2025) a year: a participant aged 25 or more
     * all year and paid all year gets 12 x 21 693.33 = 260 319.96 -> 260 320 kr;
     * under 25 all year 2/3 of 260 320 = 173 546.67 a year, 14 462.22 a month,
     * 12 x 14 462.22 = 173 546.64 -> 173 547 kr */
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
      if (by <= 2026 - 26) { assert_string_equal(kr, "260320"); adults++; }
      else if (by >= 2026 - 24) { assert_string_equal(kr, "173547"); young++; }
    }
    assert_true(adults > 0 && young > 0);
    vf_kostra_file_free(f);
    vf_register_free(reg);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(hand_made),
    cmocka_unit_test(no_fnr_and_errors),
    cmocka_unit_test(synthetic_11cf),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
