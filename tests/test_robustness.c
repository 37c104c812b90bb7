/* The bad-input catalogue of docs/robustness.md: one test per row. Each bad
 * input must give its error status and a message naming the place at fault,
 * must not change what was there before (nothing lost, nothing half-added),
 * and in skip mode must be counted and listed, never silently dropped. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "velferd/velferd.h"
#include "velferd/register.h"

static char dir[64];

static const char *file(const char *name, const char *text, size_t len) {
  static char path[8][128];
  static int k;
  char *p = path[k++ % 8];
  snprintf(p, 128, "%s/%s", dir, name);
  FILE *f = fopen(p, "wb");
  assert_non_null(f);
  assert_int_equal(fwrite(text, 1, len, f), len);
  assert_int_equal(fclose(f), 0);
  return p;
}
#define FILE_OF(name, lit) file(name, lit, sizeof lit - 1)

/* Asserts the status and that the message contains @p frag. */
static void expect(vf_status got, vf_status want, const vf_error *e, const char *frag) {
  assert_int_equal(got, want);
  assert_int_equal(e->status, want);
  if (!strstr(e->message, frag)) fail_msg("message '%s' lacks '%s'", e->message, frag);
}

#define PHEAD "name,valid_from,value,unit,source\n"

/* Loads @p text into a fresh context; on failure the parameter set must be
 * exactly as before (its hash unchanged). */
static void params_bad(const char *text, size_t len, vf_status want, const char *frag, int line) {
  vf_ctx *ctx;
  vf_error e;
  assert_int_equal(vf_ctx_new(&ctx, NULL, NULL), VF_OK);
  char before[17];
  snprintf(before, sizeof before, "%s", vf_ctx_params_id(ctx));
  expect(vf_ctx_load_params_text(ctx, text, len, "p.csv", &e), want, &e, frag);
  assert_int_equal(e.line, line);
  assert_string_equal(vf_ctx_params_id(ctx), before);
  vf_ctx_free(ctx);
}
#define PARAMS_BAD(lit, want, frag, line) params_bad(lit, sizeof lit - 1, want, frag, line)

static void params_truncated(void **state) {
  (void)state;
  PARAMS_BAD(PHEAD "g,2026-05-01,140000", VF_E_PARSE, "p.csv:2", 2);        /* row cut short */
  PARAMS_BAD(PHEAD "g,2026-05-01,140000,nok_per_year,\"NAV", VF_E_PARSE, "not closed", 2);
  PARAMS_BAD("name,valid_fr", VF_E_PARSE, "p.csv", 1);                      /* header cut short */
  PARAMS_BAD("", VF_E_PARSE, "empty file", 1);
}

static void params_wrong_encoding(void **state) {
  (void)state;
  /* "Sosial- og helsedirektoratet, rundskriv" with Latin-1 ø (0xF8) */
  PARAMS_BAD(PHEAD "g,2026-05-01,140000,nok_per_year,Helsedirektorat \xf8\n", VF_E_PARSE,
             "UTF-8", 2);
  /* UTF-16LE: the header itself is unreadable */
  PARAMS_BAD("\xff\xfen\0a\0m\0e\0\n\0", VF_E_PARSE, "p.csv:1", 1);
  /* a NUL byte inside a field */
  PARAMS_BAD(PHEAD "g,2026-05-01,140000,nok_per_year,NAV\0x\n", VF_E_PARSE, "UTF-8", 2);
}

static void params_huge_and_negative(void **state) {
  (void)state;
  PARAMS_BAD(PHEAD "g,2026-05-01,99999999999999999999,nok_per_year,x\n", VF_E_PARSE, "too large", 2);
  PARAMS_BAD(PHEAD "g,2026-05-01,-140000,nok_per_year,x\n", VF_E_RANGE, "negative amount", 2);
}

static void params_bad_dates_and_duplicates(void **state) {
  (void)state;
  PARAMS_BAD(PHEAD "g,2024-02-30,1,nok_per_year,x\n", VF_E_DATE, "February 2024 has 29 days", 2);
  PARAMS_BAD(PHEAD "g,2023-02-29,1,nok_per_year,x\n", VF_E_DATE, "February 2023 has 28 days", 2);
  PARAMS_BAD(PHEAD "g,2026-5-1,1,nok_per_year,x\n", VF_E_DATE, "YYYY-MM-DD", 2);
  PARAMS_BAD(PHEAD "g,2026-05-01,1,nok_per_year,x\ng,2026-05-01,2,nok_per_year,x\n", VF_E_DUPLICATE,
             "not after", 3);
  PARAMS_BAD(PHEAD "g,2026-05-01,1,nok_per_month,x\n", VF_E_INVALID_ARG, "is in nok_per_year", 2);
  PARAMS_BAD(PHEAD "no.such,2026-05-01,1,nok,x\n", VF_E_NOT_FOUND, "no.such", 2);
  PARAMS_BAD(PHEAD "g,2026-05-01,1,nok_per_year,\n", VF_E_PARSE, "source", 2);
}

static void dates_impossible(void **state) {
  (void)state;
  vf_date d = {1, 1, 1};
  vf_error e;
  expect(vf_date_parse("2024-02-30", &d, &e), VF_E_DATE, &e, "February 2024 has 29 days");
  expect(vf_date_parse("2023-02-29", &d, &e), VF_E_DATE, &e, "February 2023 has 28 days");
  expect(vf_date_parse("2024-13-01", &d, &e), VF_E_DATE, &e, "month 13");
  expect(vf_date_parse("2024-04-31", &d, &e), VF_E_DATE, &e, "April 2024 has 30 days");
  expect(vf_date_parse("0000-01-01", &d, &e), VF_E_DATE, &e, "year 0");
  expect(vf_date_parse("2024-1-01", &d, &e), VF_E_DATE, &e, "YYYY-MM-DD");
  expect(vf_date_parse("2024-01-01T00:00", &d, &e), VF_E_DATE, &e, "YYYY-MM-DD");
  expect(vf_date_parse(" 2024-01-01", &d, &e), VF_E_DATE, &e, "YYYY-MM-DD");
  assert_int_equal(d.year, 1); /* untouched */
  int age = -1;
  expect(vf_date_age((vf_date){2030, 1, 1}, (vf_date){2024, 1, 1}, &age, &e), VF_E_DATE, &e,
         "after");
  assert_int_equal(age, -1);
}

static void money_bad(void **state) {
  (void)state;
  vf_money m = 7;
  vf_error e;
  expect(vf_money_parse("99999999999999999999", &m, &e), VF_E_OVERFLOW, &e, "too large");
  expect(vf_money_parse("1.234", &m, &e), VF_E_PARSE, &e, "more than two decimals");
  expect(vf_money_parse("1 000", &m, &e), VF_E_PARSE, &e, "'1 000'");
  expect(vf_money_parse("1.000,50", &m, &e), VF_E_PARSE, &e, "'1.000,50'");
  expect(vf_money_parse("12kr", &m, &e), VF_E_PARSE, &e, "'12kr'");
  expect(vf_money_parse("", &m, &e), VF_E_PARSE, &e, "not an amount");
  expect(vf_money_parse("1e9", &m, &e), VF_E_PARSE, &e, "'1e9'");
  assert_int_equal(m, 7); /* untouched */
  /* 92 233 720 368 547 758.07 kr is INT64_MAX øre; one øre more overflows */
  assert_int_equal(vf_money_parse("92233720368547758.07", &m, &e), VF_OK);
  assert_int_equal(m, INT64_MAX);
  expect(vf_money_parse("92233720368547758.08", &m, &e), VF_E_OVERFLOW, &e, "too large");
  expect(vf_money_add(INT64_MAX, 1, &m, &e), VF_E_OVERFLOW, &e, "");
}

static void client_bad_values(void **state) {
  (void)state;
  vf_client *c;
  vf_error e;
  assert_int_equal(vf_client_new(&c, NULL), VF_OK);
  expect(vf_client_set_income(c, VF_INC_WORK, -100, &e), VF_E_RANGE, &e, "negative");
  assert_int_equal(vf_client_income(c, VF_INC_WORK), 0);
  expect(vf_client_set_housing(c, VF_HOUSING_RENT, -1, &e), VF_E_RANGE, &e, "negative");
  expect(vf_client_set_gender(c, (vf_gender)7, &e), VF_E_UNKNOWN_CODE, &e, "gender");
  expect(vf_client_set_birth_date(c, (vf_date){2024, 2, 30}, &e), VF_E_DATE, &e, "");
  char id[80];
  memset(id, 'x', sizeof id - 1);
  id[sizeof id - 1] = '\0';
  expect(vf_client_set_id(c, id, &e), VF_E_RANGE, &e, "63");
  for (int i = 0; i < VF_MAX_CHILDREN; i++)
    assert_int_equal(vf_client_add_child(c, (vf_date){2020, 1, 1}, NULL), VF_OK);
  expect(vf_client_add_child(c, (vf_date){2020, 1, 1}, &e), VF_E_RANGE, &e, "32");
  assert_int_equal(vf_client_child_count(c), VF_MAX_CHILDREN);
  /* incomes that add up past 64 bits */
  assert_int_equal(vf_client_set_income(c, VF_INC_WORK, INT64_MAX, NULL), VF_OK);
  assert_int_equal(vf_client_set_income(c, VF_INC_OTHER, 1, NULL), VF_OK);
  vf_money total = 5;
  expect(vf_client_income_total(c, &total, &e), VF_E_OVERFLOW, &e, "");
  assert_int_equal(total, 5);
  int v = 9;
  expect(vf_code_parse(VF_CODES_GENDER, "femme", &v, &e), VF_E_UNKNOWN_CODE, &e, "'femme'");
  assert_int_equal(v, 9);
  vf_client_free(c);
}

#define CHEAD "id,birth_date,gender,civil_status,citizenship,main_income,trygd,children\n"
#define CROW(id) id ",1990-05-01,female,unmarried,norwegian,social_assistance,none,\n"
#define PAYHEAD "client_id,year,month,gross,refunded,kind\n"

/* Reads @p path strictly (must fail with @p want, adding nothing) and with
 * skipping (must succeed, with @p rejected rows rejected and listed). */
typedef vf_status (*reader)(vf_register *, const char *, vf_read_mode, vf_read_counts *,
                            vf_error *);
static void register_bad(vf_register *base_clients, reader fn, const char *path, vf_status want,
                         const char *frag, size_t read, size_t rejected) {
  for (int mode = 0; mode < 2; mode++) {
    vf_register *r;
    vf_error e;
    assert_int_equal(vf_register_new(&r, NULL), VF_OK);
    size_t n0 = 0;
    if (base_clients) {
      for (size_t i = 0; i < vf_register_client_count(base_clients); i++)
        assert_int_equal(vf_register_add_client(r, vf_register_client(base_clients, i), NULL, NULL),
                         VF_OK);
      n0 = vf_register_client_count(r);
    }
    vf_read_counts c;
    if (mode == VF_READ_STRICT) {
      expect(fn(r, path, VF_READ_STRICT, &c, &e), want, &e, frag);
      assert_int_equal(vf_register_client_count(r), n0);
      assert_int_equal(vf_register_payment_count(r), 0);
      assert_int_equal(c.used, 0);
    } else {
      assert_int_equal(fn(r, path, VF_READ_SKIP, &c, &e), VF_OK);
      assert_int_equal(c.read, read);
      assert_int_equal(c.rejected, rejected);
      assert_int_equal(c.used, read - rejected);
      assert_int_equal(vf_register_rejection_count(r), rejected);
      const vf_error *rej = vf_register_rejection(r, 0);
      assert_non_null(rej);
      assert_int_equal(rej->status, want);
      if (!strstr(rej->message, frag)) fail_msg("rejection '%s' lacks '%s'", rej->message, frag);
      assert_non_null(strstr(rej->message, path));
    }
    vf_register_free(r);
  }
}

static void register_duplicate_clients(void **state) {
  (void)state;
  const char *p = FILE_OF("dup.csv", CHEAD CROW("J-1") CROW("J-2") CROW("J-1"));
  register_bad(NULL, vf_register_read_clients_csv, p, VF_E_DUPLICATE, ":4:", 3, 1);
}

static void register_payments_unknown_client(void **state) {
  (void)state;
  vf_register *base;
  assert_int_equal(vf_register_new(&base, NULL), VF_OK);
  const char *pc = FILE_OF("c.csv", CHEAD CROW("J-1"));
  assert_int_equal(vf_register_read_clients_csv(base, pc, VF_READ_STRICT, NULL, NULL), VF_OK);
  const char *p = FILE_OF("p.csv", PAYHEAD "J-1,2024,1,100,0,grant\nJ-9,2024,1,100,0,grant\n");
  register_bad(base, vf_register_read_payments_csv, p, VF_E_NOT_FOUND, ":3:", 2, 1);
  vf_register_free(base);
}

static void register_bad_payment_values(void **state) {
  (void)state;
  vf_register *base;
  assert_int_equal(vf_register_new(&base, NULL), VF_OK);
  const char *pc = FILE_OF("c.csv", CHEAD CROW("J-1"));
  assert_int_equal(vf_register_read_clients_csv(base, pc, VF_READ_STRICT, NULL, NULL), VF_OK);
  register_bad(base, vf_register_read_payments_csv,
               FILE_OF("neg.csv", PAYHEAD "J-1,2024,1,-100,0,grant\n"), VF_E_RANGE, "negative", 1, 1);
  register_bad(base, vf_register_read_payments_csv,
               FILE_OF("huge.csv", PAYHEAD "J-1,2024,1,99999999999999999999,0,grant\n"),
               VF_E_OVERFLOW, ":2:", 1, 1);
  register_bad(base, vf_register_read_payments_csv,
               FILE_OF("m13.csv", PAYHEAD "J-1,2024,13,1,0,grant\n"), VF_E_RANGE, "month", 1, 1);
  register_bad(base, vf_register_read_payments_csv,
               FILE_OF("kind.csv", PAYHEAD "J-1,2024,1,1,0,gift\n"), VF_E_UNKNOWN_CODE, "gift", 1, 1);
  vf_register_free(base);
}

static void register_bad_clients(void **state) {
  (void)state;
  register_bad(NULL, vf_register_read_clients_csv,
               FILE_OF("bd.csv", CHEAD "J-1,2024-02-30,female,unmarried,norwegian,work,none,\n"),
               VF_E_DATE, "February 2024 has 29 days", 1, 1);
  register_bad(NULL, vf_register_read_clients_csv,
               FILE_OF("code.csv", CHEAD "J-1,1990-01-01,femme,unmarried,norwegian,work,none,\n"),
               VF_E_UNKNOWN_CODE, "'femme'", 1, 1);
  register_bad(NULL, vf_register_read_clients_csv,
               FILE_OF("latin1.csv", CHEAD "J-\xe6,1990-01-01,female,unmarried,norwegian,work,none,\n"),
               VF_E_PARSE, "UTF-8", 1, 1);
  register_bad(NULL, vf_register_read_clients_csv,
               FILE_OF("short.csv", CHEAD "J-1,1990-01-01,female\n"), VF_E_PARSE, "3 fields", 1, 1);
  register_bad(NULL, vf_register_read_clients_csv,
               FILE_OF("trunc.csv", CHEAD CROW("J-1") "\"J-2,1990-01-01,fem"), VF_E_PARSE,
               "not closed", 2, 1);
}

static void register_bad_files(void **state) {
  (void)state;
  vf_register *r;
  vf_error e;
  vf_read_counts c;
  assert_int_equal(vf_register_new(&r, NULL), VF_OK);
  expect(vf_register_read_clients_csv(r, FILE_OF("empty.csv", ""), VF_READ_SKIP, &c, &e),
         VF_E_PARSE, &e, "empty file");
  expect(vf_register_read_clients_csv(r, FILE_OF("cols.csv", "id,birth_date\n"), VF_READ_SKIP, &c,
                                      &e), VF_E_PARSE, &e, "missing");
  expect(vf_register_read_clients_csv(r, FILE_OF("extra.csv", "id,birth_date,gender,civil_status,"
                                      "citizenship,main_income,trygd,children,fnr\n"),
                                      VF_READ_SKIP, &c, &e), VF_E_PARSE, &e, "'fnr'");
  expect(vf_register_read_clients_csv(r, "/nonexistent/clients.csv", VF_READ_SKIP, &c, &e),
         VF_E_IO, &e, "/nonexistent/clients.csv");
  assert_int_equal(vf_register_client_count(r), 0);
  vf_register_free(r);
}

static int setup(void **state) {
  (void)state;
  snprintf(dir, sizeof dir, "/tmp/vf_test_robustness.XXXXXX");
  return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state) {
  (void)state;
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  return system(cmd);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(params_truncated),
    cmocka_unit_test(params_wrong_encoding),
    cmocka_unit_test(params_huge_and_negative),
    cmocka_unit_test(params_bad_dates_and_duplicates),
    cmocka_unit_test(dates_impossible),
    cmocka_unit_test(money_bad),
    cmocka_unit_test(client_bad_values),
    cmocka_unit_test(register_duplicate_clients),
    cmocka_unit_test(register_payments_unknown_client),
    cmocka_unit_test(register_bad_payment_values),
    cmocka_unit_test(register_bad_clients),
    cmocka_unit_test(register_bad_files),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
