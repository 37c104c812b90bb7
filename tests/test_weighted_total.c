/* vf_weighted_total(): exact weighted sums of øre columns in 1/1000ths,
 * values worked out by hand in the comments. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdint.h>
#include <string.h>
#include "velferd/velferd.h"

static void test_sums(void **state) {
  (void)state;
  /* 100.00 kr × 2.5 + 33.33 kr × 0.125 + (-10.01 kr) × 1 + 7 kr × 0:
   * 10000 × 2500 = 25 000 000; 3333 × 125 = 416 625; -1001 × 1000 = -1 001 000;
   * total 24 415 625 thousandths of øre (24 415.625 øre); weights 3.625. */
  const vf_money amount[] = {10000, 3333, -1001, 700};
  const int64_t weight[] = {2500, 125, 1000, 0};
  int64_t total = -1, ws = -1;
  vf_error err;
  assert_int_equal(vf_weighted_total(amount, weight, NULL, 4, &total, &ws, &err), VF_OK);
  assert_int_equal(total, 24415625);
  assert_int_equal(ws, 3625);
  /* status: row 2 failed (not 0), so 25 000 000 - 1 001 000 = 23 999 000; weights 3.5 */
  const uint8_t status[] = {0, 3, 0, 0};
  assert_int_equal(vf_weighted_total(amount, weight, status, 4, &total, &ws, &err), VF_OK);
  assert_int_equal(total, 23999000);
  assert_int_equal(ws, 3500);
  /* no amount: the weighted count, 2.5 + 1 + 0 = 3.5 (3500) */
  assert_int_equal(vf_weighted_total(NULL, weight, status, 4, &total, NULL, &err), VF_OK);
  assert_int_equal(total, 3500);
  /* no rows: 0 */
  assert_int_equal(vf_weighted_total(amount, weight, NULL, 0, &total, &ws, &err), VF_OK);
  assert_int_equal(total, 0);
  assert_int_equal(ws, 0);
}

static void test_errors(void **state) {
  (void)state;
  const vf_money amount[] = {100, 200, 300};
  const int64_t bad[] = {1000, -1, 1000};
  int64_t total = 5;
  vf_error err;
  assert_int_equal(vf_weighted_total(amount, bad, NULL, 3, &total, NULL, &err), VF_E_RANGE);
  assert_string_equal(err.message, "row 2: weight: -1/1000 is outside 0..1000000000/1000");
  assert_int_equal(total, 0);
  const int64_t big[] = {1000000001, 1000, 1000};
  assert_int_equal(vf_weighted_total(amount, big, NULL, 3, &total, NULL, &err), VF_E_RANGE);
  /* 2^62 øre × 1 (1000) = 2^62 × 1000 leaves int64: an error, never a wrapped sum */
  const vf_money huge[] = {(vf_money)1 << 62, 0, 0};
  const int64_t ones[] = {1000, 1000, 1000};
  assert_int_equal(vf_weighted_total(huge, ones, NULL, 3, &total, NULL, &err), VF_E_OVERFLOW);
  assert_non_null(strstr(err.message, "row 1: the weighted total overflows"));
  /* two rows each fitting, their sum not: 5e15 øre × 1 twice (5e18 each, INT64_MAX 9.2e18) */
  const vf_money half[] = {5000000000000000, 5000000000000000, 0};
  assert_int_equal(vf_weighted_total(half, ones, NULL, 3, &total, NULL, &err), VF_E_OVERFLOW);
  assert_non_null(strstr(err.message, "row 2:"));
  assert_int_equal(vf_weighted_total(amount, NULL, NULL, 3, &total, NULL, &err), VF_E_INVALID_ARG);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_sums),
    cmocka_unit_test(test_errors),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
