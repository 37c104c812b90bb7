/* The summary register (vf_register_new_summary, issue 21): it keeps no
 * payment records, only what the indicators of one year need, accumulated as
 * the payments are read. Its figures must be those of a full register read
 * from the same files, its rejections and counts too (also for corrupted
 * files), and what needs the records must refuse it. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "velferd/velferd.h"

static char dir[64];

static const char *put(const char *name, const char *text, size_t n) {
  static char path[2][128];
  static int k;
  char *p = path[k++ % 2];
  snprintf(p, 128, "%s/%s", dir, name);
  FILE *f = fopen(p, "wb");
  assert_non_null(f);
  assert_int_equal(fwrite(text, 1, n, f), n);
  assert_int_equal(fclose(f), 0);
  return p;
}

static const char clients[] =
  "id,birth_date,gender,civil_status,citizenship,main_income,trygd,children\n"
  "A,1990-05-01,female,unmarried,norwegian,social_assistance,none,2015-01-02\n"
  "B,1961-11-30,male,married,foreign,qualification,none,\n"
  "C,2001-02-03,female,unmarried,norwegian,student,none,\n";

/* A: 2023-12 (an earlier year), 2024-01 200 kr, 2024-02 a zero payment with a
 * refund of 50 kr (not a month with assistance), 2024-03 two payments that add
 * up; B: only the qualification benefit (left out); C: 2024-11. */
static const char payments[] =
  "client_id,year,month,gross,refunded,kind\n"
  "A,2023,12,100.00,0,grant\n"
  "A,2024,1,200.00,0,grant\n"
  "A,2024,2,0,50.00,loan\n"
  "A,2024,3,10.50,0,grant\n"
  "A,2024,3,0.25,0,loan\n"
  "B,2024,1,300.00,0,qualification\n"
  "C,2024,11,1000,1.75,grant\n";

static vf_indicators *compute(const vf_register *reg, int year) {
  vf_indicator_options o;
  vf_indicator_options_init(&o);
  o.suppress_below = 0;
  vf_indicators *ind;
  vf_error e;
  if (vf_indicators_compute(reg, year, &o, &ind, &e)) fail_msg("%s", e.message);
  return ind;
}

static int64_t num(const vf_indicators *ind, vf_indicator w) {
  vf_indicator_value v;
  assert_int_equal(vf_indicators_value(ind, w, &v, NULL), VF_OK);
  return v.num;
}

/* Values worked out by hand from the files above. */
static void summary_by_hand(void **state) {
  (void)state;
  const char *pc = put("clients.csv", clients, sizeof clients - 1);
  const char *pp = put("payments.csv", payments, sizeof payments - 1);
  for (int fixed = 0; fixed < 2; fixed++) {
    vf_register *reg;
    vf_error e;
    vf_read_counts c;
    assert_int_equal(vf_register_new_summary(&reg, fixed ? 2024 : 0, &e), VF_OK);
    assert_int_equal(vf_register_is_summary(reg), 1);
    assert_int_equal(vf_register_read_clients_csv(reg, pc, VF_READ_STRICT, &c, &e), VF_OK);
    assert_int_equal(vf_register_read_payments_csv(reg, pp, VF_READ_STRICT, &c, &e), VF_OK);
    assert_int_equal(c.used, 7);
    assert_int_equal(vf_register_payment_count(reg), 7);
    assert_int_equal(vf_register_payment_year_count(reg), 2);
    assert_int_equal(vf_register_payment_year(reg, 0), 2023);
    assert_int_equal(vf_register_payment_year(reg, 1), 2024);
    assert_int_equal(vf_register_payment_year(reg, 2), 0);
    vf_indicators *ind = compute(reg, 2024);
    assert_int_equal(num(ind, VF_IND_RECIPIENTS), 2);         /* A and C; B only KVP */
    assert_int_equal(num(ind, VF_IND_BENEFIT_MONTHS), 3);     /* A: Jan, Mar; C: Nov */
    assert_int_equal(num(ind, VF_IND_GROSS), 20000 + 1050 + 25 + 100000);
    assert_int_equal(num(ind, VF_IND_REFUNDED), 5000 + 175);
    assert_int_equal(num(ind, VF_IND_RECIPIENTS_MONTH), 1);   /* November: C */
    assert_int_equal(num(ind, VF_IND_CHILDREN), 1);
    assert_int_equal(vf_indicators_records_used(ind), 5);     /* 2024, not KVP */
    vf_indicators_free(ind);
    /* Another year than the one kept is refused, not computed as zeros. */
    vf_indicators *other;
    assert_int_equal(vf_indicators_compute(reg, 2023, NULL, &other, &e), VF_E_INVALID_ARG);
    assert_non_null(strstr(e.message, "2024"));
    /* What needs the records or the client objects refuses. */
    vf_payment p;
    assert_int_equal(vf_register_payment(reg, 0, &p, &e), VF_E_INVALID_ARG);
    assert_null(vf_register_client(reg, 0));
    assert_int_equal(vf_register_client_count(reg), 3);
    size_t idx;
    assert_int_equal(vf_register_find_client(reg, "C", &idx, &e), VF_OK);
    assert_int_equal(idx, 2);
    assert_int_equal(vf_register_write_dir(reg, dir, &e), VF_E_INVALID_ARG);
    char path[128];
    snprintf(path, sizeof path, "%s/out.csv", dir);
    assert_int_equal(vf_register_write_payments_csv(reg, path, &e), VF_E_INVALID_ARG);
    assert_int_equal(access(path, F_OK), -1);
    vf_ctx *ctx;
    vf_comparison *cmp;
    assert_int_equal(vf_ctx_new(&ctx, "default", &e), VF_OK);
    assert_int_equal(vf_compare_month(&cmp, reg, ctx, ctx, 2024, 1, NULL, &e), VF_E_INVALID_ARG);
    vf_ctx_free(ctx);
    vf_kostra_amounts am;
    assert_int_equal(vf_kostra_amounts_compute(reg, 2024, &am, &e), VF_E_INVALID_ARG);
    vf_register_free(reg);
  }
  /* A year outside 1..9999 is refused. */
  vf_register *reg = NULL;
  assert_int_equal(vf_register_new_summary(&reg, 10000, NULL), VF_E_DATE);
  assert_null(reg);
  assert_int_equal(vf_register_is_summary(NULL), 0);
}

/* A strict read that fails leaves the summary as it was, also when a later
 * year had replaced the kept one before the bad row. */
static void summary_strict_rollback(void **state) {
  (void)state;
  const char *pc = put("clients.csv", clients, sizeof clients - 1);
  static const char first[] = "client_id,year,month,gross,refunded,kind\nA,2023,5,10,0,grant\n";
  static const char bad[] = "client_id,year,month,gross,refunded,kind\n"
                            "C,2024,1,99,0,grant\nA,2024,13,1,0,grant\n";
  vf_register *reg;
  vf_error e;
  vf_read_counts c;
  assert_int_equal(vf_register_new_summary(&reg, 0, &e), VF_OK);
  assert_int_equal(vf_register_read_clients_csv(reg, pc, VF_READ_STRICT, &c, &e), VF_OK);
  assert_int_equal(vf_register_read_payments_csv(reg, put("p1.csv", first, sizeof first - 1),
                                                 VF_READ_STRICT, &c, &e), VF_OK);
  assert_int_equal(vf_register_read_payments_csv(reg, put("p2.csv", bad, sizeof bad - 1),
                                                 VF_READ_STRICT, &c, &e), VF_E_RANGE);
  assert_int_equal(e.line, 3);
  assert_int_equal(c.rejected, 2);
  assert_int_equal(vf_register_payment_count(reg), 1);
  assert_int_equal(vf_register_payment_year_count(reg), 1);
  vf_indicators *ind = compute(reg, 2023); /* 2024 came and went with the failed read */
  assert_int_equal(num(ind, VF_IND_RECIPIENTS), 1);
  assert_int_equal(num(ind, VF_IND_GROSS), 1000);
  vf_indicators_free(ind);
  vf_register_free(reg);
}

/* xorshift64*: fixed seed. */
static uint64_t rng = 0x9E3779B97F4A7C15u;
static uint64_t next(void) {
  rng ^= rng >> 12;
  rng ^= rng << 25;
  rng ^= rng >> 27;
  return rng * 2685821657736338717u;
}

static void same_values(const vf_indicators *a, const vf_indicators *b) {
  for (int i = 0; i < VF_IND_COUNT; i++) {
    vf_indicator_value x, y;
    assert_int_equal(vf_indicators_value(a, (vf_indicator)i, &x, NULL), VF_OK);
    assert_int_equal(vf_indicators_value(b, (vf_indicator)i, &y, NULL), VF_OK);
    assert_int_equal(x.status, y.status);
    assert_int_equal(x.num, y.num);
    assert_int_equal(x.den, y.den);
  }
  for (int t = 0; t < VF_TABLE_COUNT; t++) {
    assert_int_equal(vf_indicators_table_rows(a, (vf_indicator_table)t),
                     vf_indicators_table_rows(b, (vf_indicator_table)t));
    for (size_t r = 0; r < vf_indicators_table_rows(a, (vf_indicator_table)t); r++) {
      vf_table_row x, y;
      assert_int_equal(vf_indicators_table_row(a, (vf_indicator_table)t, r, &x, NULL), VF_OK);
      assert_int_equal(vf_indicators_table_row(b, (vf_indicator_table)t, r, &y, NULL), VF_OK);
      assert_int_equal(x.count, y.count);
      assert_int_equal(x.children, y.children);
      assert_int_equal(x.suppressed, y.suppressed);
    }
  }
  assert_int_equal(vf_indicators_records_used(a), vf_indicators_records_used(b));
  /* payments by group (the summary sums gross by group as it reads) and duration x main income */
  for (int t = 0; t < VF_PAYTABLE_COUNT; t++)
    for (size_t r = 0; r < vf_indicators_payment_rows(a, (vf_payment_table)t); r++) {
      vf_payment_row x, y;
      assert_int_equal(vf_indicators_payment_row(a, (vf_payment_table)t, r, &x, NULL), VF_OK);
      assert_int_equal(vf_indicators_payment_row(b, (vf_payment_table)t, r, &y, NULL), VF_OK);
      assert_int_equal(x.gross.num, y.gross.num);
      assert_int_equal(x.benefit_months.num, y.benefit_months.num);
      assert_int_equal(x.gross.status, y.gross.status);
    }
  for (size_t r = 0; r <= vf_indicators_table_rows(a, VF_TABLE_MAIN_INCOME); r++)
    for (int k = 0; k <= VF_BAND_COUNT; k++) {
      vf_indicator_value x, y;
      assert_int_equal(vf_indicators_duration_income(a, r, (vf_duration_band)k, &x, NULL), VF_OK);
      assert_int_equal(vf_indicators_duration_income(b, r, (vf_duration_band)k, &y, NULL), VF_OK);
      assert_int_equal(x.num, y.num);
      assert_int_equal(x.status, y.status);
    }
}

/* A synthetic register with corrupted payments, read in skip mode into a full
 * and a summary register: the same counts, rejections and figures. */
static void summary_same_as_full(void **state) {
  (void)state;
  vf_register *syn;
  vf_error e;
  assert_int_equal(vf_synth_register("default", 2000, 7, 2024, &syn, &e), VF_OK);
  char sub[128];
  snprintf(sub, sizeof sub, "%s/reg", dir);
  assert_int_equal(vf_register_write_dir(syn, sub, &e), VF_OK);
  vf_register_free(syn);
  char pc[160], pp[160];
  snprintf(pc, sizeof pc, "%s/clients.csv", sub);
  snprintf(pp, sizeof pp, "%s/payments.csv", sub);
  FILE *f = fopen(pp, "rb");
  assert_non_null(f);
  static char text[1 << 20];
  size_t n = fread(text, 1, sizeof text - 1, f);
  fclose(f);
  assert_true(n > 1000 && n < sizeof text - 64);
  static char bad[sizeof text];
  static const char bytes[] = "\",\n9-x\xC3";
  for (int round = 0; round < 30; round++) {
    memcpy(bad, text, n);
    size_t m = n;
    for (int k = 0; k < 1 + round; k++) { /* overwrite bytes after the header */
      size_t at = 60 + (size_t)(next() % (m - 60));
      bad[at] = bytes[next() % (sizeof bytes - 1)];
    }
    if (round == 0) { /* a later year, that the latest-year summary must follow */
      static const char extra[] = "S0000003,2025,2,10.00,0,grant\n";
      memcpy(bad + m, extra, sizeof extra - 1);
      m += sizeof extra - 1;
    }
    const char *path = put("bad.csv", bad, m);
    vf_register *full, *sum;
    vf_read_counts cf, cs;
    assert_int_equal(vf_register_new(&full, &e), VF_OK);
    assert_int_equal(vf_register_new_summary(&sum, round % 2 ? 2024 : 0, &e), VF_OK);
    assert_int_equal(vf_register_read_clients_csv(full, pc, VF_READ_STRICT, NULL, &e), VF_OK);
    assert_int_equal(vf_register_read_clients_csv(sum, pc, VF_READ_STRICT, NULL, &e), VF_OK);
    assert_int_equal(vf_register_read_payments_csv(full, path, VF_READ_SKIP, &cf, &e), VF_OK);
    assert_int_equal(vf_register_read_payments_csv(sum, path, VF_READ_SKIP, &cs, &e), VF_OK);
    assert_true(cf.read == cs.read && cf.used == cs.used && cf.rejected == cs.rejected);
    assert_true(cf.rejected > 0 || round == 0);
    assert_int_equal(vf_register_rejection_count(full), vf_register_rejection_count(sum));
    for (size_t i = 0; i < vf_register_rejection_count(full); i++)
      assert_string_equal(vf_register_rejection(full, i)->message,
                          vf_register_rejection(sum, i)->message);
    assert_int_equal(vf_register_payment_count(full), vf_register_payment_count(sum));
    int year = round % 2 ? 2024 : round == 0 ? 2025 : 2024;
    for (size_t i = 0; i < vf_register_payment_year_count(full); i++)
      if (round % 2 == 0 && vf_register_payment_year(full, i) > year)
        year = vf_register_payment_year(full, i); /* a corrupted year can be later */
    vf_indicators *a = compute(full, year), *b = compute(sum, year);
    same_values(a, b);
    vf_indicators_free(a);
    vf_indicators_free(b);
    vf_register_free(full);
    vf_register_free(sum);
  }
}

static int setup(void **state) {
  (void)state;
  snprintf(dir, sizeof dir, "/tmp/velferd-summary.XXXXXX");
  return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state) {
  (void)state;
  char cmd[160];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  return system(cmd) == 0 ? 0 : -1;
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(summary_by_hand),
    cmocka_unit_test(summary_strict_rollback),
    cmocka_unit_test(summary_same_as_full),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
