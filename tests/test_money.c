/* Money: exact øre arithmetic, rounding and text. Expected values by hand. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>
#include "velferd/velferd.h"

static void add_sub_and_overflow(void **state) {
  (void)state;
  vf_money m;
  vf_error e;
  assert_int_equal(vf_money_add(150, 250, &m, &e), VF_OK);
  assert_int_equal(m, 400);
  assert_int_equal(vf_money_sub(150, 250, &m, &e), VF_OK);
  assert_int_equal(m, -100);
  assert_int_equal(vf_money_add(INT64_MAX, 1, &m, &e), VF_E_OVERFLOW);
  assert_int_equal(e.status, VF_E_OVERFLOW);
  assert_non_null(strstr(e.message, "overflows"));
  assert_int_equal(vf_money_sub(INT64_MIN, 1, &m, NULL), VF_E_OVERFLOW);
  assert_int_equal(vf_money_add(1, 1, NULL, NULL), VF_E_INVALID_ARG);
  assert_int_equal(vf_money_sub(1, 1, NULL, NULL), VF_E_INVALID_ARG);
}

static void ratio_rounding(void **state) {
  (void)state;
  vf_money m;
  /* 2 G of 124 028 kr = 248 056 kr */
  assert_int_equal(vf_money_mul_ratio(12402800, 2, 1, VF_ROUND_HALF_AWAY, &m, NULL), VF_OK);
  assert_int_equal(m, 24805600);
  /* 80 % of 0.05 kr = 4 øre exactly; of 0.03 kr = 2.4 -> 2 øre */
  assert_int_equal(vf_money_mul_ratio(5, 4, 5, VF_ROUND_HALF_AWAY, &m, NULL), VF_OK);
  assert_int_equal(m, 4);
  assert_int_equal(vf_money_mul_ratio(3, 4, 5, VF_ROUND_HALF_AWAY, &m, NULL), VF_OK);
  assert_int_equal(m, 2);
  /* 5 / 2 = 2.5: each mode, and -2.5 */
  assert_int_equal(vf_money_mul_ratio(5, 1, 2, VF_ROUND_HALF_AWAY, &m, NULL), VF_OK); assert_int_equal(m, 3);
  assert_int_equal(vf_money_mul_ratio(-5, 1, 2, VF_ROUND_HALF_AWAY, &m, NULL), VF_OK); assert_int_equal(m, -3);
  assert_int_equal(vf_money_mul_ratio(5, 1, 2, VF_ROUND_TRUNC, &m, NULL), VF_OK); assert_int_equal(m, 2);
  assert_int_equal(vf_money_mul_ratio(-5, 1, 2, VF_ROUND_TRUNC, &m, NULL), VF_OK); assert_int_equal(m, -2);
  assert_int_equal(vf_money_mul_ratio(-5, 1, 2, VF_ROUND_FLOOR, &m, NULL), VF_OK); assert_int_equal(m, -3);
  assert_int_equal(vf_money_mul_ratio(5, 1, 2, VF_ROUND_FLOOR, &m, NULL), VF_OK); assert_int_equal(m, 2);
  assert_int_equal(vf_money_mul_ratio(5, 1, 2, VF_ROUND_CEIL, &m, NULL), VF_OK); assert_int_equal(m, 3);
  assert_int_equal(vf_money_mul_ratio(-5, 1, 2, VF_ROUND_CEIL, &m, NULL), VF_OK); assert_int_equal(m, -2);
  assert_int_equal(vf_money_mul_ratio(5, 1, 2, VF_ROUND_HALF_EVEN, &m, NULL), VF_OK); assert_int_equal(m, 2);
  assert_int_equal(vf_money_mul_ratio(7, 1, 2, VF_ROUND_HALF_EVEN, &m, NULL), VF_OK); assert_int_equal(m, 4);
  assert_int_equal(vf_money_mul_ratio(-7, 1, 2, VF_ROUND_HALF_EVEN, &m, NULL), VF_OK); assert_int_equal(m, -4);
  /* negative denominator flips the sign */
  assert_int_equal(vf_money_mul_ratio(10, 1, -2, VF_ROUND_HALF_AWAY, &m, NULL), VF_OK); assert_int_equal(m, -5);
  /* the 128-bit intermediate: INT64_MAX * 3 / 3 is exact */
  assert_int_equal(vf_money_mul_ratio(INT64_MAX, 3, 3, VF_ROUND_HALF_AWAY, &m, NULL), VF_OK);
  assert_true(m == INT64_MAX);
  vf_error e;
  assert_int_equal(vf_money_mul_ratio(INT64_MAX, 2, 1, VF_ROUND_HALF_AWAY, &m, &e), VF_E_OVERFLOW);
  assert_int_equal(vf_money_mul_ratio(1, 1, 0, VF_ROUND_HALF_AWAY, &m, &e), VF_E_INVALID_ARG);
  assert_string_equal(e.field, "den");
  assert_int_equal(vf_money_mul_ratio(1, 1, 2, (vf_rounding)9, &m, &e), VF_E_INVALID_ARG);
  assert_int_equal(vf_money_mul_ratio(1, 1, 2, VF_ROUND_TRUNC, NULL, &e), VF_E_INVALID_ARG);
}

static void yearly_monthly_and_kroner(void **state) {
  (void)state;
  vf_money m;
  /* G 2024: 124 028 kr / 12 = 10 335.666.. kr -> 10 335.67 */
  assert_int_equal(vf_money_yearly_to_monthly(12402800, &m, NULL), VF_OK);
  assert_int_equal(m, 1033567);
  /* 2 G 2025: 260 320 / 12 = 21 693.333.. -> 21 693.33 */
  assert_int_equal(vf_money_yearly_to_monthly(26032000, &m, NULL), VF_OK);
  assert_int_equal(m, 2169333);
  assert_int_equal(vf_money_yearly_to_monthly(6, &m, NULL), VF_OK); /* 0.5 øre -> 1 */
  assert_int_equal(m, 1);
  assert_int_equal(vf_money_round_kroner(1033567, VF_ROUND_HALF_AWAY, &m, NULL), VF_OK);
  assert_int_equal(m, 1033600);
  assert_int_equal(vf_money_round_kroner(1033550, VF_ROUND_HALF_AWAY, &m, NULL), VF_OK);
  assert_int_equal(m, 1033600);
  assert_int_equal(vf_money_round_kroner(1033549, VF_ROUND_HALF_AWAY, &m, NULL), VF_OK);
  assert_int_equal(m, 1033500);
  assert_int_equal(vf_money_round_kroner(-150, VF_ROUND_HALF_AWAY, &m, NULL), VF_OK);
  assert_int_equal(m, -200);
  assert_int_equal(vf_money_round_kroner(1033599, VF_ROUND_TRUNC, &m, NULL), VF_OK);
  assert_int_equal(m, 1033500);
  assert_int_equal(vf_money_round_kroner(1, VF_ROUND_HALF_AWAY, NULL, NULL), VF_E_INVALID_ARG);
  assert_int_equal(vf_money_yearly_to_monthly(1, NULL, NULL), VF_E_INVALID_ARG);
}

static void parse_and_format(void **state) {
  (void)state;
  vf_money m;
  vf_error e;
  assert_int_equal(vf_money_parse("1234", &m, &e), VF_OK); assert_int_equal(m, 123400);
  assert_int_equal(vf_money_parse("10550,50", &m, &e), VF_OK); assert_int_equal(m, 1055050);
  assert_int_equal(vf_money_parse("-12.5", &m, &e), VF_OK); assert_int_equal(m, -1250);
  assert_int_equal(vf_money_parse("+0.05", &m, &e), VF_OK); assert_int_equal(m, 5);
  assert_int_equal(vf_money_parse("92233720368547758.07", &m, &e), VF_OK);
  assert_true(m == INT64_MAX);
  assert_int_equal(vf_money_parse("92233720368547758.08", &m, &e), VF_E_OVERFLOW);
  assert_int_equal(vf_money_parse("99999999999999999999999999", &m, &e), VF_E_OVERFLOW);
  const char *bad[] = {"", "-", "1.234", "1 000", "12a", ".5", "5.", "1,2,3", "0x10", " 1"};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    assert_int_equal(vf_money_parse(bad[i], &m, &e), VF_E_PARSE);
    assert_int_equal(e.status, VF_E_PARSE);
  }
  assert_non_null(strstr(e.message, "' 1'"));
  assert_int_equal(vf_money_parse(NULL, &m, &e), VF_E_INVALID_ARG);
  char buf[32];
  assert_int_equal(vf_money_format(123450, buf, sizeof buf), 7);
  assert_string_equal(buf, "1234.50");
  vf_money_format(-5, buf, sizeof buf);
  assert_string_equal(buf, "-0.05");
  vf_money_format(INT64_MIN, buf, sizeof buf);
  assert_string_equal(buf, "-92233720368547758.08");
  /* too small: returns the length needed, writes an empty string */
  assert_int_equal(vf_money_format(123450, buf, 4), 7);
  assert_string_equal(buf, "");
  assert_int_equal(vf_money_format(0, NULL, 0), 4);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(add_sub_and_overflow), cmocka_unit_test(ratio_rounding),
    cmocka_unit_test(yearly_monthly_and_kroner), cmocka_unit_test(parse_and_format)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
