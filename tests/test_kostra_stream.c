#define _POSIX_C_SOURCE 200809L /* mkstemp */
/* KOSTRA files read a record at a time: vf_kostra_check_path() gives the
 * report vf_kostra_file_read() + vf_kostra_check() give (findings, their order
 * and messages), across the 1 MiB chunks; vf_kostra_to_register_path() into a
 * summary register gives the figures worked out by hand below. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "velferd/velferd.h"

#define F11 VF_KOSTRA_11F
/* A valid synthetic fødselsnummer (month + 80); check digits worked out by
 * hand in tests/test_kostra_check.c. */
#define FNR_A "15868512560"

static void set(vf_kostra_file *f, size_t rec, const char *field, const char *v) {
  vf_error e;
  if (vf_kostra_file_set(f, rec, field, v, &e)) fail_msg("set %s=%s: %s", field, v, e.message);
}

/* An 11F record: journal @p jn, fødselsnummer @p fnr ("" blank), grants in
 * January and February (6000 + 4000 kr). */
static void add(vf_kostra_file *f, const char *jn, const char *fnr) {
  static const char *const base[][2] = {
    {"KOMMUNE_NR", "4601"}, {"VERSION", "26"}, {"FODSELSDATO", "15061985"}, {"KJONN", "1"},
    {"EKTSTAT", "1"}, {"BU18", "2"}, {"VKLO", "5"}, {"TRYGDESIT", "12"}, {"ARBSIT", "04"},
    {"STMND_1", "01"}, {"STMND_2", "02"}, {"BIDRAG", "10000"}, {"LAAN", "0"},
    {"BIDRAG_JAN", "6000"}, {"BIDRAG_FEB", "4000"}, {"GITT_OKONOMIRAD", "2"},
    {"FAAT_INDIVIDUELL_PLAN", "2"}, {"SAKSBEHANDLER", "SB1"}, {"BOSIT", "1"},
    {"VILKARSOSLOV", "2"}, {"VILKARSAMEKT", "2"}, {NULL, NULL}};
  size_t i;
  assert_int_equal(vf_kostra_file_add_record(f, &i, NULL), VF_OK);
  for (size_t k = 0; base[k][0]; k++) set(f, i, base[k][0], base[k][1]);
  set(f, i, "PERSON_JOURNALNR", jn);
  set(f, i, "PERSON_FODSELSNR", fnr);
  if (!*fnr) set(f, i, "PERSON_DUF", "201012345610");
}

static char *write_tmp(const char *text, size_t len) {
  char *path = strdup("/tmp/vf_kstream_XXXXXX");
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  assert_int_equal((size_t)write(fd, text, len), len);
  close(fd);
  return path;
}

/* The text of a file (records joined by @p eol). */
static char *text_of(const vf_kostra_file *f, const char *eol, size_t *len) {
  size_t n = vf_kostra_file_record_count(f), el = strlen(eol), rl = 338 + el;
  char *t = malloc(n * rl + 1), rec[400];
  char path[] = "/tmp/vf_kstream_w_XXXXXX";
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  close(fd);
  assert_int_equal(vf_kostra_file_write(f, path, NULL), VF_OK);
  FILE *in = fopen(path, "rb");
  for (size_t i = 0; i < n; i++) {
    assert_non_null(fgets(rec, sizeof rec, in));
    memcpy(t + i * rl, rec, 338);
    memcpy(t + i * rl + 338, eol, el);
  }
  fclose(in);
  remove(path);
  t[n * rl] = '\0';
  *len = n * rl;
  return t;
}

/* Both ways of checking agree finding by finding. */
static vf_kostra_report *same_both_ways(const char *path) {
  vf_kostra_file *f;
  vf_kostra_report *whole, *streamed;
  vf_error e;
  assert_int_equal(vf_kostra_file_read(path, F11, 2026, &f, &e), VF_OK);
  assert_int_equal(vf_kostra_check(f, "4601", &whole, &e), VF_OK);
  assert_int_equal(vf_kostra_check_path(path, F11, 2026, "4601", &streamed, &e), VF_OK);
  assert_int_equal(vf_kostra_report_count(streamed), vf_kostra_report_count(whole));
  assert_int_equal(vf_kostra_report_record_count(streamed), vf_kostra_report_record_count(whole));
  for (size_t i = 0; i < vf_kostra_report_count(whole); i++) {
    const vf_kostra_finding *a = vf_kostra_report_finding(whole, i), *b = vf_kostra_report_finding(streamed, i);
    assert_string_equal(a->rule, b->rule);
    assert_int_equal(a->line, b->line);
    assert_string_equal(a->message, b->message);
  }
  vf_kostra_report_free(whole);
  vf_kostra_file_free(f);
  return streamed;
}

/* Duplicates: fødselsnummer A on records 1 and 3 (lines 1 and 3), journal
 * 00000002 on records 2 and 4, journal 00000001 on records 1 and 5: 05A once
 * (line 3, "also on line 1"), 05B twice, in the order of the journal number. */
static void duplicates(void **state) {
  (void)state;
  vf_kostra_file *f;
  assert_int_equal(vf_kostra_file_new(F11, 2026, &f, NULL), VF_OK);
  add(f, "00000001", FNR_A);
  add(f, "00000002", "");
  add(f, "00000003", FNR_A);
  add(f, "00000002", "");
  add(f, "00000001", "");
  size_t len;
  char *t = text_of(f, "\n", &len);
  char *path = write_tmp(t, len);
  vf_kostra_report *r = same_both_ways(path);
  assert_int_equal(vf_kostra_report_record_count(r), 5);
  assert_int_equal(vf_kostra_report_count(r), 3);
  const vf_kostra_finding *x = vf_kostra_report_finding(r, 0);
  assert_string_equal(x->rule, "05A");
  assert_int_equal(x->line, 3);
  assert_non_null(strstr(x->message, "'158685*****' is also on line 1"));
  x = vf_kostra_report_finding(r, 1);
  assert_string_equal(x->rule, "05B");
  assert_int_equal(x->line, 5);
  assert_non_null(strstr(x->message, "'00000001' is also on line 1"));
  x = vf_kostra_report_finding(r, 2);
  assert_int_equal(x->line, 4);
  assert_non_null(strstr(x->message, "'00000002' is also on line 2"));
  vf_kostra_report_free(r);
  remove(path);
  free(path);
  free(t);
  vf_kostra_file_free(f);
}

/* 4000 records of 340 bytes (CRLF): 1.36 MB, more than one 1 MiB chunk, with
 * a duplicate across the chunk boundary (records 1 and 4000) and blank lines;
 * then the last line cut short, then a NUL byte on line 3500. */
static void chunks(void **state) {
  (void)state;
  vf_kostra_file *f;
  assert_int_equal(vf_kostra_file_new(F11, 2026, &f, NULL), VF_OK);
  char jn[16];
  for (int i = 1; i <= 4000; i++) {
    snprintf(jn, sizeof jn, "%08d", i == 4000 ? 1 : i);
    add(f, jn, "");
  }
  size_t len;
  char *t = text_of(f, "\r\n", &len);
  char *u = malloc(len + 8);
  memcpy(u, "\n\n", 2); /* two blank lines first: records start on line 3 */
  memcpy(u + 2, t, len);
  char *path = write_tmp(u, len + 2);
  vf_kostra_report *r = same_both_ways(path);
  assert_int_equal(vf_kostra_report_record_count(r), 4000);
  assert_int_equal(vf_kostra_report_count(r), 1);
  assert_int_equal(vf_kostra_report_finding(r, 0)->line, 4002);
  assert_non_null(strstr(vf_kostra_report_finding(r, 0)->message, "is also on line 3"));
  vf_kostra_report_free(r);
  remove(path);
  free(path);
  /* the last line 100 characters short (and no line end): 001, with the hint */
  path = write_tmp(u, len + 2 - 2 - 100);
  r = same_both_ways(path);
  assert_int_equal(vf_kostra_report_count(r), 1);
  assert_int_equal(vf_kostra_report_finding(r, 0)->line, 4002);
  assert_non_null(strstr(vf_kostra_report_finding(r, 0)->message,
                         "record has 238 characters, expected 338 (truncated last line?)"));
  vf_kostra_report_free(r);
  remove(path);
  free(path);
  /* a NUL byte on line 3500 (record 3498): the error names the line */
  u[2 + 3497 * 340 + 10] = '\0';
  path = write_tmp(u, len + 2);
  vf_error e;
  assert_int_equal(vf_kostra_check_path(path, F11, 2026, NULL, &r, &e), VF_E_PARSE);
  assert_non_null(strstr(e.message, ":3500: the line contains a NUL byte"));
  vf_kostra_amounts a;
  vf_register *reg;
  assert_int_equal(vf_register_new_summary(&reg, 2026, NULL), VF_OK);
  assert_int_equal(vf_kostra_to_register_path(path, 2026, reg, &a, &e), VF_E_PARSE);
  assert_non_null(strstr(e.message, ":3500: the line contains a NUL byte"));
  assert_int_equal(vf_register_client_count(reg), 3497); /* the records before it stay */
  vf_register_free(reg);
  remove(path);
  free(path);
  free(u);
  free(t);
  vf_kostra_file_free(f);
}

/* Two recipients: 1 has grants of 6000 kr (January) and 4000 kr (February);
 * 2 a loan of 500 kr in March and April marked without an amount.
 * Worked out: recipients 2, benefit months 2 + 2 = 4, grant 10 000 kr =
 * 1 000 000 øre, loan 50 000 øre, total 1 050 000; per recipient 525 000,
 * 500 000 and 25 000; per month 262 500, 250 000 and 12 500; one with a
 * grant, one with a loan, none with both; both TRYGDESIT 12. */
static void to_register(void **state) {
  (void)state;
  vf_kostra_file *f;
  assert_int_equal(vf_kostra_file_new(F11, 2026, &f, NULL), VF_OK);
  add(f, "00000001", "");
  add(f, "00000002", "");
  static const char *const clear[] = {"STMND_1", "STMND_2", "BIDRAG_JAN", "BIDRAG_FEB", NULL};
  for (int k = 0; clear[k]; k++) set(f, 1, clear[k], "");
  set(f, 1, "BIDRAG", "0");
  set(f, 1, "LAAN", "500");
  set(f, 1, "LAAN_MARS", "500");
  set(f, 1, "STMND_3", "03");
  set(f, 1, "STMND_4", "04");
  size_t len;
  char *t = text_of(f, "\n", &len);
  char *path = write_tmp(t, len);
  vf_register *reg;
  vf_kostra_amounts a;
  vf_error e;
  assert_int_equal(vf_register_new_summary(&reg, 2026, NULL), VF_OK);
  assert_int_equal(vf_kostra_to_register_path(path, 2026, reg, &a, &e), VF_OK);
  assert_int_equal(vf_register_client_count(reg), 2);
  assert_int_equal(a.recipients, 2);
  assert_int_equal(a.benefit_months, 4);
  assert_int_equal(a.grant, 1000000);
  assert_int_equal(a.loan, 50000);
  assert_int_equal(a.total, 1050000);
  assert_int_equal(a.grant_per_recipient, 500000);
  assert_int_equal(a.loan_per_recipient, 25000);
  assert_int_equal(a.total_per_recipient, 525000);
  assert_int_equal(a.grant_per_month, 250000);
  assert_int_equal(a.loan_per_month, 12500);
  assert_int_equal(a.total_per_month, 262500);
  assert_int_equal(a.recipients_grant, 1);
  assert_int_equal(a.recipients_loan, 1);
  assert_int_equal(a.recipients_both, 0);
  assert_int_equal(a.by_trygd[12], 2);
  /* the indicators of the summary: 2 recipients, 3 months with a positive amount
   * (the marked April has none) */
  vf_indicators *ind;
  vf_indicator_options io;
  vf_indicator_options_init(&io);
  io.suppress_below = 0; /* two persons: shown, not suppressed */
  assert_int_equal(vf_indicators_compute(reg, 2026, &io, &ind, &e), VF_OK);
  vf_indicator_value v;
  assert_int_equal(vf_indicators_value(ind, VF_IND_RECIPIENTS, &v, &e), VF_OK);
  assert_int_equal(v.num, 2);
  assert_int_equal(vf_indicators_value(ind, VF_IND_BENEFIT_MONTHS, &v, &e), VF_OK);
  assert_int_equal(v.num, 3);
  vf_indicators_free(ind);
  /* a second read of the same file: the journal numbers are taken (05B's
   * cousin in the register), the error names line 1 */
  assert_int_equal(vf_kostra_to_register_path(path, 2026, reg, NULL, &e), VF_E_DUPLICATE);
  assert_int_equal(e.line, 1);
  vf_register_free(reg);
  /* a missing file and an unknown year */
  assert_int_equal(vf_kostra_to_register_path("/nonexistent/k.txt", 2026, reg = NULL, NULL, &e), VF_E_INVALID_ARG);
  assert_int_equal(vf_register_new(&reg, NULL), VF_OK);
  assert_int_equal(vf_kostra_to_register_path("/nonexistent/k.txt", 2026, reg, NULL, &e), VF_E_IO);
  assert_int_equal(vf_kostra_to_register_path(path, 1999, reg, NULL, &e), VF_E_NOT_FOUND);
  vf_kostra_report *r;
  assert_int_equal(vf_kostra_check_path("/nonexistent/k.txt", F11, 2026, NULL, &r, &e), VF_E_IO);
  vf_register_free(reg);
  remove(path);
  free(path);
  free(t);
  vf_kostra_file_free(f);
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(duplicates), cmocka_unit_test(chunks),
                                     cmocka_unit_test(to_register)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
