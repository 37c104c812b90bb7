/* KOSTRA 11F to and from the register: a hand-made register written as 11F,
 * the round trip write(read(file)) == file, and a synthetic register whose
 * every generated record passes every check. */
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

static void hand_made(void **state) {
  (void)state;
  vf_register *reg;
  vf_error e;
  assert_int_equal(vf_register_new(&reg, NULL), VF_OK);
  add(reg, person("A1", (vf_date){1990, 3, 10}, VF_GENDER_FEMALE, VF_CIVIL_UNMARRIED,
                  VF_INCOME_SRC_SOCIAL_ASSISTANCE, VF_TRYGD_NONE, 2));
  add(reg, person("B2", (vf_date){1970, 1, 1}, VF_GENDER_MALE, VF_CIVIL_MARRIED, VF_INCOME_SRC_WORK,
                  VF_TRYGD_NONE, 0));
  /* A1: January 5 000.50 kr + 1 000.00 kr in grants = 6 000.50 kr -> 6 001 kr
   * (half away from zero); February a loan of 2 000 kr; March a payment of 0. */
  assert_int_equal(vf_register_add_payment(reg, "A1", 2026, 1, 500050, 0, VF_ASSIST_GRANT, NULL), VF_OK);
  assert_int_equal(vf_register_add_payment(reg, "A1", 2026, 1, 100000, 0, VF_ASSIST_GRANT, NULL), VF_OK);
  assert_int_equal(vf_register_add_payment(reg, "A1", 2026, 2, 200000, 0, VF_ASSIST_LOAN, NULL), VF_OK);
  assert_int_equal(vf_register_add_payment(reg, "A1", 2026, 3, 0, 0, VF_ASSIST_GRANT, NULL), VF_OK);
  /* B2 was paid in 2025 only: not a 2026 recipient */
  assert_int_equal(vf_register_add_payment(reg, "B2", 2025, 12, 300000, 0, VF_ASSIST_GRANT, NULL), VF_OK);
  /* What 11F records beyond the counts: unknown unless set (then written blank,
   * which SSB's rules 25, 32, 33, 35, 39 and 40 refuse); A1 is 35, so the
   * activity duty (§ 20 a) does not apply. */
  set_content(reg, 0, "housing", "rented_private");
  set_content(reg, 0, "individual_plan", "no");
  set_content(reg, 0, "economic_advice", "no");
  set_content(reg, 0, "work_situation", "04");
  set_content(reg, 0, "conditions", "no");
  set_content(reg, 0, "spouse_conditions", "no");

  vf_kostra_file *f;
  if (vf_kostra_from_register(reg, &opts, &f, &e)) fail_msg("%s", e.message);
  assert_int_equal(vf_kostra_file_record_count(f), 1);
  field(f, 0, "KOMMUNE_NR", "4601");
  field(f, 0, "VERSION", "26");
  field(f, 0, "FODSELSDATO", "10031990");
  field(f, 0, "PERSON_JOURNALNR", "A1");
  field(f, 0, "KJONN", "2");
  field(f, 0, "BU18", "1");
  field(f, 0, "ANTBU18", "2");
  field(f, 0, "VKLO", "5");
  field(f, 0, "TRYGDESIT", "12");
  field(f, 0, "ARBSIT", "04");
  field(f, 0, "STMND_1", "01");
  field(f, 0, "STMND_2", "02");
  field(f, 0, "STMND_3", "03");
  field(f, 0, "STMND_4", "");
  field(f, 0, "BIDRAG", "6001");
  field(f, 0, "LAAN", "2000");
  field(f, 0, "BIDRAG_JAN", "6001");
  field(f, 0, "LAAN_FEB", "2000");
  field(f, 0, "BIDRAG_MARS", "");
  field(f, 0, "SAKSBEHANDLER", "SB7");
  field(f, 0, "BOSIT", "1");
  field(f, 0, "FAAT_INDIVIDUELL_PLAN", "2");
  field(f, 0, "GITT_OKONOMIRAD", "2");
  field(f, 0, "VILKARSOSLOV", "2");
  field(f, 0, "VILKARSAMEKT", "2");
  field(f, 0, "UTBETDATO", "");
  field(f, 0, "VEDTAKDATO", "");
  char fnr[16];
  assert_int_equal(vf_kostra_file_get(f, 0, "PERSON_FODSELSNR", fnr, sizeof fnr, NULL), VF_OK);
  assert_int_equal(strncmp(fnr, "108390", 6), 0); /* 10 March, month 03 + 80, 1990 */
  assert_int_equal(vf_kostra_fnr_valid(fnr), 1);
  assert_int_equal((fnr[8] - '0') % 2, 0); /* female: even individual number */
  vf_kostra_report *r;
  assert_int_equal(vf_kostra_check(f, "4601", &r, NULL), VF_OK);
  for (size_t i = 0; i < vf_kostra_report_count(r); i++)
    print_message("%s\n", vf_kostra_report_finding(r, i)->message);
  assert_int_equal(vf_kostra_report_count(r), 0);
  vf_kostra_report_free(r);

  /* the text, byte for byte: integers right-aligned, strings left-aligned */
  char p1[32], p2[32];
  tmpname(p1);
  tmpname(p2);
  assert_int_equal(vf_kostra_file_write(f, p1, NULL), VF_OK);
  size_t n1;
  char *t1 = slurp(p1, &n1);
  assert_int_equal(n1, 339);
  assert_memory_equal(t1, "460126  10031990A1      ", 24);
  assert_memory_equal(t1 + 81, "   6001   2000   6001       ", 28); /* BIDRAG, LAAN, BIDRAG_JAN, LAAN_JAN */

  /* read it back: register, then written again == the same bytes */
  vf_kostra_file *g;
  assert_int_equal(vf_kostra_file_read(p1, VF_KOSTRA_11F, 2026, &g, NULL), VF_OK);
  vf_register *reg2;
  assert_int_equal(vf_register_new(&reg2, NULL), VF_OK);
  if (vf_kostra_to_register(g, reg2, &e)) fail_msg("%s", e.message);
  assert_int_equal(vf_register_client_count(reg2), 1);
  const vf_client *c = vf_register_client(reg2, 0);
  assert_string_equal(vf_client_id(c), "A1");
  assert_int_equal(vf_client_child_count(c), 2);
  assert_int_equal(vf_client_trygd(c), VF_TRYGD_NONE);
  assert_int_equal(vf_register_payment_count(reg2), 3);
  vf_payment p;
  assert_int_equal(vf_register_payment(reg2, 0, &p, NULL), VF_OK);
  assert_int_equal(p.month, 1);
  assert_int_equal(p.gross, 600100);
  assert_int_equal(p.kind, VF_ASSIST_GRANT);
  assert_int_equal(vf_register_payment(reg2, 1, &p, NULL), VF_OK);
  assert_int_equal(p.month, 2);
  assert_int_equal(p.gross, 200000);
  assert_int_equal(p.kind, VF_ASSIST_LOAN);
  assert_int_equal(vf_register_payment(reg2, 2, &p, NULL), VF_OK);
  assert_int_equal(p.month, 3);
  assert_int_equal(p.gross, 0);
  vf_kostra_file *h;
  if (vf_kostra_from_register(reg2, &opts, &h, &e)) fail_msg("%s", e.message);
  assert_int_equal(vf_kostra_file_write(h, p2, NULL), VF_OK);
  size_t n2;
  char *t2 = slurp(p2, &n2);
  assert_int_equal(n2, n1);
  assert_memory_equal(t1, t2, n1);
  /* and the file level: read then write is byte-identical too */
  assert_int_equal(vf_kostra_file_write(g, p2, NULL), VF_OK);
  free(t2);
  t2 = slurp(p2, &n2);
  assert_int_equal(n2, n1);
  assert_memory_equal(t1, t2, n1);

  free(t1);
  free(t2);
  remove(p1);
  remove(p2);
  vf_kostra_file_free(f);
  vf_kostra_file_free(g);
  vf_kostra_file_free(h);
  vf_register_free(reg);
  vf_register_free(reg2);
}

/* A deterministic synthetic register: attributes drawn with a linear
 * congruential generator, kept inside what SSB's rules accept (age 18-95,
 * old-age pension from 62, transitional benefit and child benefit only with
 * children, trygd with VKLO 3, no pension with introduction or qualification
 * programme). */
static unsigned rnd(unsigned *s, unsigned n) {
  *s = *s * 1103515245u + 12345u;
  return (*s >> 16) % n;
}

static vf_register *synthetic(size_t n) {
  vf_register *reg;
  assert_int_equal(vf_register_new(&reg, NULL), VF_OK);
  unsigned s = 42;
  static const int trygds[] = {1, 2, 4, 5, 6, 7, 9, 10, 11, 12, 13};
  for (size_t i = 0; i < n; i++) {
    char id[16];
    snprintf(id, sizeof id, "S%06u", (unsigned)i);
    int age = 18 + (int)rnd(&s, 78);
    vf_date b = {2026 - age, 1 + (int)rnd(&s, 12), 1 + (int)rnd(&s, 28)};
    int kids = (int)rnd(&s, 4), vklo = 1 + (int)rnd(&s, 9), trygd;
    do {
      trygd = trygds[rnd(&s, 11)];
    } while ((vklo == 3 && trygd == 12) || (trygd == 7 && age < 62) || ((trygd == 5 || trygd == 13) && !kids) ||
             ((trygd == 4 || trygd == 7) && (vklo == 6 || vklo == 8)));
    add(reg, person(id, b, 1 + (vf_gender)rnd(&s, 2), 1 + (vf_civil_status)rnd(&s, 5), (vf_main_income)vklo,
                    (vf_trygd)trygd, kids));
    /* ARBSIT that SSB's rules 15-21 and 24 accept with VKLO and TRYGDESIT;
     * conditions (guidance) for everyone, so the § 20 a duty is met too. */
    int pension = trygd == 4 || trygd == 7;
    static const char *const work[10] = {"", "full_time", "state_measure", "not_job_seeker",
      "student", "not_job_seeker", "introduction", "not_job_seeker", "qualification", "not_job_seeker"};
    size_t ci = vf_register_client_count(reg) - 1;
    set_content(reg, ci, "work_situation", vklo == 1 && pension ? "part_time" : work[vklo]);
    set_content(reg, ci, "housing", (const char *[]){"1", "2", "3", "4", "5", "6"}[rnd(&s, 6)]);
    set_content(reg, ci, "individual_plan", rnd(&s, 2) ? "yes" : "no");
    set_content(reg, ci, "economic_advice", rnd(&s, 2) ? "yes" : "no");
    set_content(reg, ci, "conditions", "yes");
    set_content(reg, ci, "condition_types", "guidance");
    set_content(reg, ci, "spouse_conditions", "no");
    int months = 1 + (int)rnd(&s, 12), first = 1 + (int)rnd(&s, 13 - months);
    for (int m = first; m < first + months; m++) {
      vf_money amount = 30000 + (vf_money)rnd(&s, 2000000); /* 300 - 20 300 kr */
      vf_assistance_kind kind = rnd(&s, 5) ? VF_ASSIST_GRANT : VF_ASSIST_LOAN;
      assert_int_equal(vf_register_add_payment(reg, id, 2026, m, amount, 0, kind, NULL), VF_OK);
    }
  }
  return reg;
}

static void synthetic_passes_every_check(void **state) {
  (void)state;
  vf_register *reg = synthetic(3000);
  vf_kostra_file *f;
  vf_error e;
  if (vf_kostra_from_register(reg, &opts, &f, &e)) fail_msg("%s", e.message);
  assert_int_equal(vf_kostra_file_record_count(f), 3000);
  vf_kostra_report *r;
  assert_int_equal(vf_kostra_check(f, "4601", &r, NULL), VF_OK);
  for (size_t i = 0; i < vf_kostra_report_count(r) && i < 10; i++)
    print_message("%s %s\n", vf_kostra_report_finding(r, i)->rule, vf_kostra_report_finding(r, i)->message);
  assert_int_equal(vf_kostra_report_count(r), 0);
  assert_int_equal(vf_kostra_report_exit_code(r), 0);
  vf_kostra_report_free(r);
  vf_kostra_file_free(f);
  vf_register_free(reg);
}

/* The project's synthetic register (synth.h, profile city2008) written as 11F
 * for 2026: 20 000 clients (seed 1; 5 000 for seeds 2 and 3, to keep the
 * sanitizer and valgrind runs short), every record passes every check
 * (0 fatal, 0 errors, 0 warnings, exit code 0). The generator keeps its data
 * consistent with the form: no recipient under 18 at the end of the year
 * (rule 06), overgangsstønad only with children (rule 23B), old-age pension
 * only from 67 (rule 23A). Those invariants are asserted on the register too,
 * so a failure says whether the generator or the writer is at fault. */
static void synth_register_as_11f(void **state) {
  (void)state;
  for (uint64_t seed = 1; seed <= 4; seed++) {
    vf_register *reg;
    vf_error e;
    size_t n = seed == 1 ? 20000 : 5000;
    /* seed 4: the profile with trygd beside work (disability, part-time work: rule 24) */
    const char *profile = seed == 4 ? "city2008_trygd" : "city2008";
    if (vf_synth_register(profile, n, seed, 2026, &reg, &e)) fail_msg("%s", e.message);
    size_t transitional = 0;
    for (size_t i = 0; i < vf_register_client_count(reg); i++) {
      const vf_client *c = vf_register_client(reg, i);
      int age = vf_age_at_year_end(vf_client_birth_date(c), 2026);
      assert_true(age >= 18);
      if (vf_client_trygd(c) == VF_TRYGD_TRANSITIONAL) {
        transitional++;
        assert_true(vf_client_child_count(c) > 0);
      }
      if (vf_client_trygd(c) == VF_TRYGD_OLD_AGE) assert_true(age >= 67);
    }
    assert_true(transitional > 0); /* the benefit is still generated */
    vf_kostra_file *f;
    if (vf_kostra_from_register(reg, &opts, &f, &e)) fail_msg("%s", e.message);
    assert_int_equal(vf_kostra_file_record_count(f), n);
    vf_kostra_report *r;
    assert_int_equal(vf_kostra_check(f, "4601", &r, NULL), VF_OK);
    for (size_t i = 0; i < vf_kostra_report_count(r) && i < 10; i++)
      print_message("seed %d: %s\n", (int)seed, vf_kostra_report_finding(r, i)->message);
    assert_int_equal(vf_kostra_report_severity_count(r, VF_KOSTRA_FATAL), 0);
    assert_int_equal(vf_kostra_report_severity_count(r, VF_KOSTRA_ERROR), 0);
    /* The only warnings are velferd's own rule V20A (§ 20 a): the generator
     * leaves about 10 % of the under-30s with neither conditions nor an
     * exemption (docs/indicators.md), as a register with gaps would. */
    size_t v20a = 0;
    for (size_t i = 0; i < vf_kostra_report_count(r); i++)
      v20a += !strcmp(vf_kostra_report_finding(r, i)->rule, "V20A");
    assert_int_equal(vf_kostra_report_severity_count(r, VF_KOSTRA_WARNING), v20a);
    assert_true(v20a > 0);
    assert_int_equal(vf_kostra_report_exit_code(r), 1);
    vf_kostra_report_free(r);
    vf_kostra_file_free(f);
    vf_register_free(reg);
  }
}

static void mapping_errors(void **state) {
  (void)state;
  vf_register *reg;
  vf_kostra_file *f;
  vf_error e;
  assert_int_equal(vf_register_new(&reg, NULL), VF_OK);
  /* an id too long for PERSON_JOURNALNR may be a fødselsnummer: the message masks it
   * (the first six digits, the birth date, stay; the personal number does not) */
  add(reg, person("10039012345", (vf_date){1990, 3, 10}, VF_GENDER_FEMALE, VF_CIVIL_UNMARRIED,
                  VF_INCOME_SRC_WORK, VF_TRYGD_NONE, 0));
  assert_int_equal(vf_register_add_payment(reg, "10039012345", 2026, 1, 100, 0, VF_ASSIST_GRANT, NULL), VF_OK);
  assert_int_equal(vf_kostra_from_register(reg, &opts, &f, &e), VF_E_RANGE);
  assert_string_equal(e.field, "PERSON_JOURNALNR");
  assert_non_null(strstr(e.message, "client '100390*****' (register index 0)"));
  assert_null(strstr(e.message, "10039012345"));
  assert_int_equal(vf_register_add_payment(reg, "10039012345", 2026, 1, 100, 0, VF_ASSIST_QUALIFICATION, NULL),
                   VF_OK);
  assert_int_equal(vf_kostra_from_register_11cf(reg, &opts, &f, &e), VF_E_RANGE);
  assert_non_null(strstr(e.message, "client '100390*****' (register index 0)"));
  assert_null(strstr(e.message, "10039012345"));
  vf_register_free(reg);
  assert_int_equal(vf_register_new(&reg, NULL), VF_OK);
  /* attføringspenger (3) became arbeidsavklaringspenger (11) in 2010: written as 11 */
  add(reg, person("R", (vf_date){1990, 3, 10}, VF_GENDER_FEMALE, VF_CIVIL_UNMARRIED, VF_INCOME_SRC_TRYGD,
                  VF_TRYGD_REHABILITATION, 0));
  assert_int_equal(vf_register_add_payment(reg, "R", 2026, 1, 100, 0, VF_ASSIST_GRANT, NULL), VF_OK);
  assert_int_equal(vf_kostra_from_register(reg, &opts, &f, &e), VF_OK);
  field(f, 0, "TRYGDESIT", "11");
  vf_kostra_file_free(f);
  add(reg, person("X", (vf_date){1990, 3, 10}, VF_GENDER_FEMALE, VF_CIVIL_UNMARRIED, VF_INCOME_SRC_WORK,
                  VF_TRYGD_UNKNOWN, 0));
  assert_int_equal(vf_register_add_payment(reg, "X", 2026, 1, 100, 0, VF_ASSIST_GRANT, NULL), VF_OK);
  assert_int_equal(vf_kostra_from_register(reg, &opts, &f, &e), VF_E_UNKNOWN_CODE);
  assert_string_equal(e.field, "trygd");
  assert_non_null(strstr(e.message, "client 'X'"));
  vf_kostra_write_options bad = opts;
  bad.municipality = "46";
  assert_int_equal(vf_kostra_from_register(reg, &bad, &f, &e), VF_E_INVALID_ARG);
  /* KOMMUNE_NR is 4 digits and BYDELSNR blank or 2 digits (issue 15: "abcd" was written) */
  static const char *const bad_munis[] = {"abcd", "46a1", "46011", "", " 460", "-460"};
  for (size_t i = 0; i < sizeof bad_munis / sizeof bad_munis[0]; i++) {
    bad.municipality = bad_munis[i];
    f = NULL;
    assert_int_equal(vf_kostra_from_register(reg, &bad, &f, &e), VF_E_INVALID_ARG);
    assert_null(f);
    assert_string_equal(e.field, "municipality");
    assert_non_null(strstr(e.message, "is not 4 digits"));
    assert_int_equal(vf_kostra_from_register_11cf(reg, &bad, &f, &e), VF_E_INVALID_ARG);
  }
  bad.municipality = "0301";
  bad.district = "1x";
  assert_int_equal(vf_kostra_from_register(reg, &bad, &f, &e), VF_E_INVALID_ARG);
  assert_string_equal(e.field, "district");
  bad.district = "123";
  assert_int_equal(vf_kostra_from_register_11cf(reg, &bad, &f, &e), VF_E_INVALID_ARG);
  vf_register_free(reg);

  /* 11F to register: a repeated journal number and a bad birth date name their line */
  static const char *const base[][2] = {
    {"KOMMUNE_NR", "4601"}, {"VERSION", "26"}, {"FODSELSDATO", "15061985"}, {"PERSON_JOURNALNR", "00000001"},
    {"KJONN", "1"}, {"EKTSTAT", "1"}, {"BU18", "2"}, {"VKLO", "5"}, {"TRYGDESIT", "12"}, {"ARBSIT", "04"},
    {"STMND_1", "01"}, {"BIDRAG", "100"}, {"LAAN", "0"}, {"BIDRAG_JAN", "100"}, {NULL, NULL}};
  assert_int_equal(vf_kostra_file_new(VF_KOSTRA_11F, 2026, &f, NULL), VF_OK);
  for (size_t i = 0; i < 2; i++) {
    size_t rec;
    assert_int_equal(vf_kostra_file_add_record(f, &rec, NULL), VF_OK);
    for (size_t k = 0; base[k][0]; k++) assert_int_equal(vf_kostra_file_set(f, rec, base[k][0], base[k][1], NULL), VF_OK);
  }
  char path[32];
  tmpname(path);
  assert_int_equal(vf_kostra_file_write(f, path, NULL), VF_OK);
  vf_kostra_file_free(f);
  size_t len;
  char *text = slurp(path, &len);
  remove(path);
  assert_int_equal(vf_kostra_file_parse(text, len, "t", VF_KOSTRA_11F, 2026, &f, NULL), VF_OK);
  assert_int_equal(vf_register_new(&reg, NULL), VF_OK);
  assert_int_equal(vf_kostra_to_register(f, reg, &e), VF_E_DUPLICATE);
  assert_int_equal(e.line, 2);
  assert_string_equal(e.field, "PERSON_JOURNALNR");
  assert_int_equal(vf_register_client_count(reg), 1);
  vf_kostra_file_free(f);
  vf_register_free(reg);
  memcpy(text + 8, "31021985", 8);
  assert_int_equal(vf_kostra_file_parse(text, len, "t", VF_KOSTRA_11F, 2026, &f, NULL), VF_OK);
  assert_int_equal(vf_register_new(&reg, NULL), VF_OK);
  assert_int_equal(vf_kostra_to_register(f, reg, &e), VF_E_PARSE);
  assert_int_equal(e.line, 1);
  assert_string_equal(e.field, "FODSELSDATO");
  vf_kostra_file_free(f);
  assert_int_equal(vf_kostra_file_new(VF_KOSTRA_11CF, 2026, &f, NULL), VF_OK);
  assert_int_equal(vf_kostra_to_register(f, reg, &e), VF_E_INVALID_ARG);
  vf_kostra_file_free(f);
  vf_register_free(reg);
  free(text);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(hand_made),
    cmocka_unit_test(synthetic_passes_every_check),
    cmocka_unit_test(synth_register_as_11f),
    cmocka_unit_test(mapping_errors),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
