#define _POSIX_C_SOURCE 200809L /* mkstemp */
/* KOSTRA 11F/11CF checks: for every rule a minimal record that triggers it and
 * one that passes; file-level problems (record length, tabs, CRLF, Latin-1,
 * truncated last line, 100 000 records). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "velferd/velferd.h"

/* A valid synthetic fødselsnummer worked out by hand: 158685 (15 June 1985,
 * month + 80 marks a synthetic number), individual number 125.
 * k1: 1*3+5*7+8*6+6*1+8*8+5*9+1*4+2*5+5*2 = 225; 225 mod 11 = 5; k1 = 11-5 = 6.
 * k2: 1*5+5*4+8*3+6*2+8*7+5*6+1*5+2*4+5*3+6*2 = 187; 187 mod 11 = 0; k2 = 0. */
#define FNR "15868512560"
/* DUF: 2*4+0*6+1*3+0*2+1*4+2*6+3*3+4*2+5*7+6*5 = 109; 109 mod 11 = 10 -> "10". */
#define DUF "201012345610"

static void set(vf_kostra_file *f, size_t rec, const char *field, const char *v) {
  vf_error e;
  vf_status s = vf_kostra_file_set(f, rec, field, v, &e);
  if (s) fail_msg("set %s=%s: %s", field, v, e.message);
}

/* One valid 11F record: a single recipient, 10 000 kr in grants over two months. */
static const char *const base11f[][2] = {
  {"KOMMUNE_NR", "4601"}, {"VERSION", "26"}, {"FODSELSDATO", "15061985"},
  {"PERSON_JOURNALNR", "00000001"}, {"PERSON_FODSELSNR", FNR}, {"KJONN", "1"}, {"EKTSTAT", "1"},
  {"BU18", "2"}, {"VKLO", "5"}, {"TRYGDESIT", "12"}, {"ARBSIT", "04"}, {"STMND_1", "01"},
  {"STMND_2", "02"}, {"BIDRAG", "10000"}, {"LAAN", "0"}, {"BIDRAG_JAN", "6000"},
  {"BIDRAG_FEB", "4000"}, {"GITT_OKONOMIRAD", "2"}, {"FAAT_INDIVIDUELL_PLAN", "2"},
  {"SAKSBEHANDLER", "SB1"}, {"BOSIT", "1"}, {"VILKARSOSLOV", "2"}, {"VILKARSAMEKT", "2"}, {NULL, NULL}};

static const char *const base11cf[][2] = {
  {"KOMMUNE_NR", "4601"}, {"VERSION", "26"}, {"FODSELSDATO", "15061985"},
  {"PERSON_JOURNALNR", "00000001"}, {"PERSON_FODSELSNR", FNR}, {"KJONN", "1"}, {"EKTSTAT", "1"},
  {"BU18", "2"}, {"REG_DATO", "01022025"}, {"VEDTAK_DATO", "01032025"}, {"BEGYNT_DATO", "01042025"},
  {"KVP_KOMM", "2"}, {"KVP_MED_ASTONAD", "2"}, {"STMND_1", "01"}, {"KVP_STONAD", "20000"},
  {"STATUS", "1"}, {NULL, NULL}};

static vf_kostra_file *make(vf_kostra_form form) {
  vf_kostra_file *f;
  vf_error e;
  assert_int_equal(vf_kostra_file_new(form, 2026, &f, &e), VF_OK);
  size_t i;
  assert_int_equal(vf_kostra_file_add_record(f, &i, &e), VF_OK);
  const char *const(*b)[2] = form == VF_KOSTRA_11F ? base11f : base11cf;
  for (; (*b)[0]; b++) set(f, i, (*b)[0], (*b)[1]);
  return f;
}

static vf_kostra_report *check(const vf_kostra_file *f) {
  vf_kostra_report *r;
  vf_error e;
  assert_int_equal(vf_kostra_check(f, "4601", &r, &e), VF_OK);
  return r;
}

static const vf_kostra_finding *find(const vf_kostra_report *r, const char *rule) {
  for (size_t i = 0; i < vf_kostra_report_count(r); i++)
    if (!strcmp(vf_kostra_report_finding(r, i)->rule, rule)) return vf_kostra_report_finding(r, i);
  return NULL;
}

static void print_all(const vf_kostra_report *r) {
  for (size_t i = 0; i < vf_kostra_report_count(r); i++)
    print_message("  %s %s\n", vf_kostra_report_finding(r, i)->rule, vf_kostra_report_finding(r, i)->message);
}

static void base_records_pass(void **state) {
  (void)state;
  for (int form = VF_KOSTRA_11F; form <= VF_KOSTRA_11CF; form++) {
    vf_kostra_file *f = make((vf_kostra_form)form);
    vf_kostra_report *r = check(f);
    print_all(r);
    assert_int_equal(vf_kostra_report_count(r), 0);
    assert_int_equal(vf_kostra_report_exit_code(r), 0);
    assert_int_equal(vf_kostra_report_record_count(r), 1);
    vf_kostra_report_free(r);
    vf_kostra_file_free(f);
  }
  assert_int_equal(vf_kostra_fnr_valid(FNR), 1);
  assert_int_equal(vf_kostra_fnr_valid("15868512561"), 0); /* k2 off by one */
  assert_int_equal(vf_kostra_fnr_valid("1586851256"), 0);
  assert_int_equal(vf_kostra_duf_valid(DUF), 1);
  assert_int_equal(vf_kostra_duf_valid("201012345611"), 0);
  char m[16];
  assert_string_equal(vf_kostra_fnr_mask(FNR, m, sizeof m), "158685*****");
  assert_string_equal(vf_kostra_fnr_mask("12345", m, sizeof m), "*****");
}

/* One case: the changes applied to the base record and the rule expected
 * (fires = 1) or expected absent (fires = 0). */
typedef struct kcase {
  vf_kostra_form form;
  const char *rule;
  vf_kostra_severity sev;
  int fires;
  const char *set[4][2];
} kcase;

#define F11 VF_KOSTRA_11F
#define FCF VF_KOSTRA_11CF
#define E VF_KOSTRA_ERROR
#define W VF_KOSTRA_WARNING
static const kcase cases[] = {
  {F11, "002", E, 1, {{"SAKSBEHANDLER", ""}}},
  {F11, "002", E, 1, {{"ANTBU18", "x"}, {"BU18", "1"}}},
  {F11, "002", E, 1, {{"STMND_3", "3"}}},
  {F11, "002", E, 1, {{"VEDTAKDATO", "31022026"}}},
  {F11, "002", E, 0, {{"VEDTAKDATO", "28022026"}, {"STMND_3", "03"}}},
  {F11, "03", E, 1, {{"KOMMUNE_NR", "4602"}}},
  {F11, "03", E, 1, {{"BYDELSNR", "01"}}},
  {F11, "03", E, 1, {{"KOMMUNE_NR", "0301"}, {"BYDELSNR", "16"}}},
  {FCF, "03", E, 1, {{"KOMMUNE_NR", "4602"}}},
  {F11, "04", E, 1, {{"VERSION", "25"}}},
  {FCF, "04", E, 1, {{"VERSION", "25"}}},
  {F11, "04A", E, 1, {{"FODSELSDATO", "30021985"}}},
  {FCF, "04A", E, 1, {{"FODSELSDATO", ""}}},
  {F11, "05", E, 1, {{"PERSON_FODSELSNR", "15868512561"}}},
  {F11, "05", E, 0, {{"PERSON_FODSELSNR", ""}, {"PERSON_DUF", DUF}}},
  {FCF, "05", E, 1, {{"PERSON_FODSELSNR", ""}}},
  /* age on 31.12.2026: born 2009 -> 17, born 2008 -> 18 */
  {F11, "06", W, 1, {{"FODSELSDATO", "01012009"}}},
  {F11, "06", W, 0, {{"FODSELSDATO", "31122008"}}},
  {FCF, "06", E, 1, {{"FODSELSDATO", "31122009"}}},
  /* born 1930 -> 96, born 1931 -> 95 */
  {F11, "07", W, 1, {{"FODSELSDATO", "31121930"}}},
  {F11, "07", W, 0, {{"FODSELSDATO", "01011931"}}},
  /* 11CF: born 1957 -> 69 > 68, born 1958 -> 68 */
  {FCF, "07", W, 1, {{"FODSELSDATO", "01011957"}}},
  {FCF, "07", W, 0, {{"FODSELSDATO", "01011958"}}},
  {F11, "08", E, 1, {{"KJONN", "3"}}},
  {FCF, "08", E, 1, {{"KJONN", ""}}},
  {F11, "09", E, 1, {{"EKTSTAT", "6"}}},
  {F11, "10", E, 1, {{"BU18", "0"}}},
  {F11, "11", E, 1, {{"BU18", "1"}}},
  {F11, "11", E, 0, {{"BU18", "1"}, {"ANTBU18", "2"}}},
  {F11, "12", E, 1, {{"ANTBU18", "2"}}},
  {F11, "13", E, 1, {{"BU18", "1"}, {"ANTBU18", "14"}}},
  {F11, "13", E, 0, {{"BU18", "1"}, {"ANTBU18", "13"}}},
  {FCF, "13", E, 1, {{"BU18", "1"}, {"ANTBU18", "14"}}},
  {F11, "14", E, 1, {{"VKLO", "0"}}},
  {F11, "15", E, 1, {{"VKLO", "1"}, {"ARBSIT", "03"}}},
  {F11, "15", E, 0, {{"VKLO", "1"}, {"ARBSIT", "02"}}},
  {F11, "16", E, 1, {{"VKLO", "2"}, {"ARBSIT", "04"}}},
  {F11, "16", E, 0, {{"VKLO", "2"}, {"ARBSIT", "06"}}},
  {F11, "17", E, 1, {{"VKLO", "4"}, {"ARBSIT", "04"}}},
  {F11, "17", E, 0, {{"VKLO", "4"}, {"ARBSIT", "03"}}},
  {F11, "18", E, 1, {{"VKLO", "6"}, {"ARBSIT", "04"}}},
  {F11, "18", E, 0, {{"VKLO", "6"}, {"ARBSIT", "09"}}},
  {F11, "19", E, 1, {{"VKLO", "8"}, {"ARBSIT", "04"}}},
  {F11, "19", E, 0, {{"VKLO", "8"}, {"ARBSIT", "10"}}},
  {F11, "20B", E, 1, {{"VKLO", "3"}, {"TRYGDESIT", "12"}}},
  {F11, "20B", E, 0, {{"VKLO", "3"}, {"TRYGDESIT", "10"}}},
  {F11, "21", W, 1, {{"VKLO", "5"}, {"ARBSIT", "01"}}},
  {F11, "21", W, 0, {{"VKLO", "5"}, {"ARBSIT", "08"}}},
  {F11, "22", E, 1, {{"TRYGDESIT", "03"}}},
  /* born 1965 -> 61 < 62; born 1964 -> 62 */
  {F11, "23A", E, 1, {{"TRYGDESIT", "07"}, {"FODSELSDATO", "01011965"}}},
  {F11, "23A", E, 0, {{"TRYGDESIT", "07"}, {"FODSELSDATO", "01011964"}}},
  {F11, "23B", E, 1, {{"TRYGDESIT", "05"}}},
  {F11, "23B", E, 0, {{"TRYGDESIT", "05"}, {"BU18", "1"}, {"ANTBU18", "1"}}},
  {F11, "23C", E, 1, {{"TRYGDESIT", "13"}}},
  {F11, "23C", E, 0, {{"TRYGDESIT", "13"}, {"BU18", "1"}, {"ANTBU18", "3"}}},
  {F11, "24", W, 1, {{"TRYGDESIT", "04"}, {"ARBSIT", "08"}}},
  {F11, "24", W, 0, {{"TRYGDESIT", "04"}, {"ARBSIT", "07"}}},
  {F11, "24B", E, 1, {{"VKLO", "3"}, {"TRYGDESIT", "11"}, {"ARBSIT", "08"}}},
  {F11, "24B", E, 0, {{"VKLO", "3"}, {"TRYGDESIT", "11"}, {"ARBSIT", "07"}}},
  {F11, "25", E, 1, {{"ARBSIT", "11"}}},
  {F11, "26", E, 1, {{"STMND_1", ""}, {"STMND_2", ""}}},
  {F11, "26", E, 0, {{"STMND_1", ""}, {"STMND_2", ""}, {"STMND_12", "12"}}},
  {F11, "27", E, 1, {{"BIDRAG", "0"}, {"BIDRAG_JAN", ""}, {"BIDRAG_FEB", ""}}},
  {F11, "27", E, 0, {{"BIDRAG", "0"}, {"LAAN", "10000"}, {"LAAN_JAN", "10000"}}},
  /* 900 000 + 100 001 = 1 000 001 > 1 000 000; 900 000 + 100 000 is not */
  {F11, "30", W, 1, {{"BIDRAG", "900000"}, {"LAAN", "100001"}}},
  {F11, "30", W, 0, {{"BIDRAG", "900000"}, {"LAAN", "100000"}}},
  {F11, "31", W, 1, {{"BIDRAG", "200"}, {"BIDRAG_JAN", "200"}, {"BIDRAG_FEB", ""}}},
  {F11, "31", W, 0, {{"BIDRAG", "201"}, {"BIDRAG_JAN", "201"}, {"BIDRAG_FEB", ""}}},
  {F11, "32", E, 1, {{"GITT_OKONOMIRAD", ""}}},
  {F11, "33", E, 1, {{"FAAT_INDIVIDUELL_PLAN", "3"}}},
  {F11, "35", E, 1, {{"BOSIT", "7"}}},
  {F11, "36", W, 1, {{"BIDRAG_FEB", "3999"}}},
  {F11, "37", W, 1, {{"LAAN", "500"}}},
  {F11, "37", W, 0, {{"LAAN", "500"}, {"LAAN_MAI", "500"}}},
  {F11, "38", W, 1, {{"PERSON_FODSELSNR", ""}, {"PERSON_DUF", "201012345611"}}},
  {F11, "38", W, 0, {{"PERSON_FODSELSNR", ""}, {"PERSON_DUF", DUF}}},
  {F11, "39", E, 1, {{"VILKARSOSLOV", ""}}},
  {F11, "40", E, 1, {{"VILKARSAMEKT", "0"}}},
  {F11, "41", E, 1, {{"VILKARSOSLOV", "1"}, {"UTBETTOMDATO", "31122026"}, {"VILKARKURS", "17"}}},
  {F11, "41", E, 0, {{"VILKARSOSLOV", "1"}, {"UTBETDATO", "01012026"}, {"UTBETTOMDATO", "31122026"}, {"VILKARKURS", "17"}}},
  {F11, "42", E, 1, {{"VILKARSOSLOV", "1"}, {"UTBETDATO", "01012026"}, {"VILKARKURS", "17"}}},
  {F11, "43", E, 1, {{"VILKARSOSLOV", "1"}, {"UTBETDATO", "01012026"}, {"UTBETTOMDATO", "31122026"}}},
  {F11, "43", E, 0, {{"VILKARSOSLOV", "1"}, {"UTBETDATO", "01012026"}, {"UTBETTOMDATO", "31122026"}, {"VILKARNORSKSAMISKOPPL", "20"}}},
  /* 11CF: dates at most 4 years before 2026 (2022-2026) */
  {FCF, "14", E, 1, {{"REG_DATO", "31122021"}}},
  {FCF, "14", E, 0, {{"REG_DATO", "01012022"}}},
  {FCF, "15", E, 1, {{"VEDTAK_DATO", "01012027"}}},
  {FCF, "16", E, 1, {{"BEGYNT_DATO", "31042025"}}},
  {FCF, "19", E, 1, {{"KVP_KOMM", ""}}},
  {FCF, "20", E, 1, {{"KVP_KOMM", "1"}, {"KOMMNR_KVP_KOMM", "1234"}}},
  {FCF, "20", E, 0, {{"KVP_KOMM", "1"}, {"KOMMNR_KVP_KOMM", "0301"}}},
  {FCF, "21", E, 1, {{"YTELSE_SOSHJELP", "1"}}},
  {FCF, "21", E, 0, {{"YTELSE_SOSHJELP", "1"}, {"YTELSE_TYPE_SOSHJ", "3"}}},
  {FCF, "21", E, 1, {{"YTELSE_INTRO", "5"}}},
  {FCF, "26", E, 1, {{"KVP_MED_ASTONAD", "3"}}},
  {FCF, "27", E, 1, {{"KVP_MED_ASTONAD", "1"}}},
  {FCF, "27", E, 0, {{"KVP_MED_ASTONAD", "1"}, {"KVP_MED_HUSBANKBOS", "5"}}},
  {FCF, "28", W, 1, {{"STMND_1", ""}, {"KVP_STONAD", "0"}}},
  {FCF, "29", W, 1, {{"KVP_STONAD", ""}}},
  {FCF, "30", W, 1, {{"STATUS", "2"}, {"KVP_STONAD", "0"}}},
  {FCF, "31", W, 1, {{"STMND_1", ""}}},
  {FCF, "32", W, 1, {{"KVP_STONAD", "600001"}}},
  {FCF, "32", W, 0, {{"KVP_STONAD", "600000"}}},
  {FCF, "36", E, 1, {{"STATUS", "8"}}},
  {FCF, "37", E, 1, {{"STATUS", "4"}, {"AVSL_DATO", "31122025"}}},
  {FCF, "37", E, 0, {{"STATUS", "4"}, {"AVSL_DATO", "31122026"}}},
  {FCF, "38", E, 1, {{"STATUS", "3"}, {"AVSL_DATO", "30062026"}, {"AVSL_VIKTIGSTE_INNTEKT", "01"}}},
  {FCF, "38", E, 0, {{"STATUS", "3"}, {"AVSL_DATO", "30062026"}, {"AVSL_VIKTIGSTE_INNTEKT", "01"}, {"AVSL_ORDINAERTARB", "01"}}},
  {FCF, "39", E, 1, {{"STATUS", "3"}, {"AVSL_DATO", "30062026"}, {"AVSL_SKOLE", "04"}}},
};

static void every_rule(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const kcase *k = &cases[i];
    vf_kostra_file *f = make(k->form);
    for (int j = 0; j < 4 && k->set[j][0]; j++) set(f, 0, k->set[j][0], k->set[j][1]);
    vf_kostra_report *r = check(f);
    const vf_kostra_finding *x = find(r, k->rule);
    if (k->fires != (x != NULL)) {
      print_all(r);
      fail_msg("case %zu: rule %s %s", i, k->rule, k->fires ? "did not fire" : "fired");
    }
    if (x) {
      assert_int_equal(x->severity, k->sev);
      /* a record made in memory is named by the line vf_kostra_file_write() gives it */
      assert_int_equal(x->line, 1);
      assert_non_null(strstr(x->message, "line 1, journal"));
      assert_string_equal(x->journal, "00000001");
      assert_non_null(strstr(x->message, "journal 00000001"));
      assert_null(strstr(x->message, FNR)); /* never a full fødselsnummer */
      assert_int_equal(vf_kostra_report_exit_code(r), k->sev == E ? 2 : 1);
    }
    vf_kostra_report_free(r);
    vf_kostra_file_free(f);
  }
}

/* Builds a text of n copies of the base 11F record with distinct journal and
 * fødselsnummer (blank, with a valid DUF) so that 05A/05B stay quiet. */
static char *records_text(size_t n, size_t *len, const char *eol) {
  vf_kostra_file *f = make(F11);
  set(f, 0, "PERSON_FODSELSNR", "");
  set(f, 0, "PERSON_DUF", DUF);
  char path[] = "/tmp/vf_kostra_XXXXXX";
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  assert_int_equal(vf_kostra_file_write(f, path, NULL), VF_OK);
  vf_kostra_file_free(f);
  FILE *in = fopen(path, "rb");
  char rec[400];
  assert_non_null(fgets(rec, sizeof rec, in));
  fclose(in);
  remove(path);
  rec[338] = '\0';
  size_t el = strlen(eol), rl = 338 + el;
  char *t = malloc(n * rl + 1);
  for (size_t i = 0; i < n; i++) {
    char jn[16];
    snprintf(jn, sizeof jn, "%08u", (unsigned)(i + 1) % 100000000u);
    memcpy(rec + 16, jn, 8); /* PERSON_JOURNALNR, positions 17-24 */
    memcpy(t + i * rl, rec, 338);
    memcpy(t + i * rl + 338, eol, el);
  }
  t[n * rl] = '\0';
  *len = n * rl;
  return t;
}

static vf_kostra_report *check_text(const char *text, size_t len, vf_kostra_file **fout) {
  vf_kostra_file *f;
  vf_error e;
  assert_int_equal(vf_kostra_file_parse(text, len, "t.txt", F11, 2026, &f, &e), VF_OK);
  vf_kostra_report *r = check(f);
  if (fout) *fout = f;
  else vf_kostra_file_free(f);
  return r;
}

static void file_level(void **state) {
  (void)state;
  size_t len;
  /* 000: an empty file */
  vf_kostra_report *r = check_text("", 0, NULL);
  assert_non_null(find(r, "000"));
  assert_int_equal(vf_kostra_report_exit_code(r), 2);
  vf_kostra_report_free(r);
  /* three good records, LF */
  char *t = records_text(3, &len, "\n");
  r = check_text(t, len, NULL);
  print_all(r);
  assert_int_equal(vf_kostra_report_count(r), 0);
  vf_kostra_report_free(r);
  free(t);
  /* CRLF and blank lines are tolerated */
  t = records_text(3, &len, "\r\n");
  char *t2 = malloc(len + 3);
  memcpy(t2, "\r\n", 2);
  memcpy(t2 + 2, t, len);
  r = check_text(t2, len + 2, NULL);
  assert_int_equal(vf_kostra_report_count(r), 0);
  vf_kostra_report_free(r);
  free(t2);
  /* a tab in line 2 and a short line 3: 001 FATAL for each, and nothing else */
  t[340 + 100] = '\t';
  memmove(t + 2 * 340 + 330, t + 2 * 340 + 338, 2); /* line 3 loses 8 characters */
  vf_kostra_file *f;
  r = check_text(t, len - 8, &f);
  print_all(r);
  assert_int_equal(vf_kostra_report_count(r), 2);
  assert_int_equal(vf_kostra_report_severity_count(r, VF_KOSTRA_FATAL), 2);
  assert_int_equal(vf_kostra_report_finding(r, 0)->line, 2);
  assert_string_equal(vf_kostra_report_finding(r, 0)->message, "line 2, journal 00000002, record: tab character at byte 101");
  assert_int_equal(vf_kostra_report_finding(r, 1)->line, 3);
  assert_string_equal(vf_kostra_report_finding(r, 1)->message,
                      "line 3, journal 00000003, record: record has 330 characters, expected 338 (truncated last line?)");
  assert_int_equal(vf_kostra_file_record_count(f), 3); /* no record lost */
  vf_kostra_report_free(r);
  vf_kostra_file_free(f);
  free(t);
  /* a record too long */
  t = records_text(1, &len, "X\n");
  r = check_text(t, len, NULL);
  assert_string_equal(vf_kostra_report_finding(r, 0)->message,
                      "line 1, journal 00000001, record: record has 339 characters, expected 338");
  vf_kostra_report_free(r);
  free(t);
}

static void encodings(void **state) {
  (void)state;
  size_t len;
  char *t = records_text(1, &len, "\n");
  /* SAKSBEHANDLER (positions 266-275) "SB1": make it "SØ1" in Latin-1 (one byte) */
  t[266] = (char)0xD8;
  vf_kostra_file *f;
  vf_kostra_report *r = check_text(t, len, &f);
  assert_int_equal(vf_kostra_report_count(r), 0);
  char buf[32];
  assert_int_equal(vf_kostra_file_get(f, 0, "SAKSBEHANDLER", buf, sizeof buf, NULL), VF_OK);
  assert_string_equal(buf, "S\xC3\x98" "1"); /* given back as UTF-8 */
  vf_kostra_report_free(r);
  vf_kostra_file_free(f);
  /* the same in UTF-8: 339 bytes, 338 characters */
  char *u = malloc(len + 2);
  memcpy(u, t, 266);
  u[266] = (char)0xC3;
  u[267] = (char)0x98;
  memcpy(u + 268, t + 267, len - 267);
  r = check_text(u, len + 1, &f);
  assert_int_equal(vf_kostra_report_count(r), 0);
  assert_int_equal(vf_kostra_file_get(f, 0, "SAKSBEHANDLER", buf, sizeof buf, NULL), VF_OK);
  assert_string_equal(buf, "S\xC3\x98" "1");
  assert_int_equal(vf_kostra_file_get(f, 0, "BOSIT", buf, sizeof buf, NULL), VF_OK);
  assert_string_equal(buf, "1");
  vf_kostra_report_free(r);
  vf_kostra_file_free(f);
  free(u);
  free(t);
}

static void duplicates(void **state) {
  (void)state;
  size_t len;
  char *t = records_text(3, &len, "\n");
  memcpy(t + 2 * 339 + 16, "00000001", 8);  /* line 3 repeats line 1's journal number */
  memcpy(t + 24, FNR, 11);                  /* lines 1 and 2 share a fødselsnummer */
  memcpy(t + 339 + 24, FNR, 11);
  vf_kostra_report *r = check_text(t, len, NULL);
  print_all(r);
  const vf_kostra_finding *a = find(r, "05A"), *b = find(r, "05B");
  assert_non_null(a);
  assert_non_null(b);
  assert_int_equal(a->line, 2);
  assert_string_equal(a->message, "line 2, journal 00000002, PERSON_FODSELSNR: '158685*****' is also on line 1");
  assert_int_equal(b->line, 3);
  assert_string_equal(b->message, "line 3, journal 00000001, PERSON_JOURNALNR: '00000001' is also on line 1");
  assert_int_equal(vf_kostra_report_count(r), 2);
  vf_kostra_report_free(r);
  free(t);
}

static void hundred_thousand(void **state) {
  (void)state;
  size_t len;
  char *t = records_text(100000, &len, "\n");
  memcpy(t + 99999 * 339 + 52, "0", 1); /* VKLO of the last record: not in the list */
  vf_kostra_file *f;
  vf_kostra_report *r = check_text(t, len, &f);
  assert_int_equal(vf_kostra_file_record_count(f), 100000);
  assert_int_equal(vf_kostra_report_record_count(r), 100000);
  assert_int_equal(vf_kostra_report_count(r), 1);
  assert_string_equal(vf_kostra_report_finding(r, 0)->rule, "14");
  assert_int_equal(vf_kostra_report_finding(r, 0)->line, 100000);
  vf_kostra_report_free(r);
  vf_kostra_file_free(f);
  free(t);
}

static void bad_arguments(void **state) {
  (void)state;
  vf_kostra_file *f;
  vf_error e;
  assert_int_equal(vf_kostra_file_new(F11, 2019, &f, &e), VF_E_NOT_FOUND);
  assert_non_null(strstr(e.message, "11F_2026"));
  assert_int_equal(vf_kostra_file_read("/nonexistent/x", F11, 2026, &f, &e), VF_E_IO);
  assert_int_equal(vf_kostra_file_parse("a\0b\n", 4, "n.txt", F11, 2026, &f, &e), VF_E_PARSE);
  assert_int_equal(e.line, 1);
  f = make(F11);
  assert_int_equal(vf_kostra_file_set(f, 0, "KJONN", "12", &e), VF_E_RANGE);
  assert_int_equal(vf_kostra_file_set(f, 0, "NOPE", "1", &e), VF_E_NOT_FOUND);
  assert_int_equal(vf_kostra_file_set(f, 1, "KJONN", "1", &e), VF_E_RANGE);
  assert_int_equal(vf_kostra_file_set(f, 0, "SAKSBEHANDLER", "a\tb", &e), VF_E_PARSE);
  char b[4];
  assert_int_equal(vf_kostra_file_get(f, 0, "SAKSBEHANDLER", b, 3, &e), VF_E_RANGE);
  assert_int_equal(vf_kostra_file_record_length(f), 338);
  assert_int_equal(vf_kostra_file_field_count(f), 79);
  assert_string_equal(vf_kostra_file_field_name(f, 78), "SANKSJONANDRE");
  assert_null(vf_kostra_file_field_name(f, 79));
  vf_kostra_file_free(f);
  vf_kostra_form form;
  assert_int_equal(vf_kostra_form_parse("11cf", &form, &e), VF_OK);
  assert_int_equal(form, VF_KOSTRA_11CF);
  assert_int_equal(vf_kostra_form_parse("11X", &form, &e), VF_E_UNKNOWN_CODE);
  assert_int_equal(vf_kostra_file_new(FCF, 2026, &f, &e), VF_OK);
  assert_int_equal(vf_kostra_file_record_length(f), 152);
  vf_kostra_file_free(f);
  vf_kostra_file_free(NULL);
  vf_kostra_report_free(NULL);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(base_records_pass), cmocka_unit_test(every_rule),
    cmocka_unit_test(file_level),        cmocka_unit_test(encodings),
    cmocka_unit_test(duplicates),        cmocka_unit_test(hundred_thousand),
    cmocka_unit_test(bad_arguments),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
