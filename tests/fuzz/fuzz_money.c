/* Money strings: vf_money_parse on arbitrary text (a parsed amount formats
 * and parses back to itself), then the overflow-checked arithmetic on
 * integers from the input, checked against 128-bit reference arithmetic. */
#include "fuzz.h"

__extension__ typedef __int128 fz_i128;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *s = fz_str(data, size);
  vf_money m = 0;
  vf_error e;
  vf_status st = vf_money_parse(s, &m, &e);
  fz_check_error(st, &e);
  if (st == VF_OK) {
    char buf[32];
    size_t n = vf_money_format(m, buf, sizeof buf);
    FZ_CHECK(n > 0 && n < 25);
    vf_money back = 0;
    FZ_CHECK(vf_money_parse(buf, &back, NULL) == VF_OK);
    FZ_CHECK(back == m);
  }
  free(s);

  int64_t a = (int64_t)fz_take(&data, &size, 8), b = (int64_t)fz_take(&data, &size, 8);
  int64_t num = (int64_t)fz_take(&data, &size, 8), den = (int64_t)fz_take(&data, &size, 8);
  int mode = (int)fz_take(&data, &size, 1) % 6;
  vf_money r = 0;
  fz_i128 sum = (fz_i128)a + b, diff = (fz_i128)a - b;
  st = vf_money_add(a, b, &r, &e);
  fz_check_error(st, &e);
  FZ_CHECK((st == VF_OK) == (sum >= INT64_MIN && sum <= INT64_MAX));
  if (st == VF_OK) FZ_CHECK(r == (int64_t)sum);
  st = vf_money_sub(a, b, &r, &e);
  fz_check_error(st, &e);
  FZ_CHECK((st == VF_OK) == (diff >= INT64_MIN && diff <= INT64_MAX));
  if (st == VF_OK) FZ_CHECK(r == (int64_t)diff);
  st = vf_money_mul_ratio(a, num, den, (vf_rounding)mode, &r, &e);
  fz_check_error(st, &e);
  if (den == 0 || mode == 5) FZ_CHECK(st != VF_OK);
  if (st == VF_OK) {
    /* The result is within one øre of the exact quotient, on the side the
     * rounding mode promises. */
    fz_i128 p = (fz_i128)a * num, q = den;
    if (q < 0) { p = -p; q = -q; }
    fz_i128 lo = p / q - (p % q != 0 && p < 0); /* floor */
    FZ_CHECK(r == lo || r == lo + 1);
    if (p % q == 0) FZ_CHECK(r == lo);
    if (mode == VF_ROUND_FLOOR) FZ_CHECK(r == lo);
    if (mode == VF_ROUND_CEIL) FZ_CHECK(r == lo + (p % q != 0));
  }
  char buf[32];
  char small[4];
  size_t need = vf_money_format(a, buf, sizeof buf);
  FZ_CHECK(need == strlen(buf));
  FZ_CHECK(vf_money_format(a, small, sizeof small) == need);
  FZ_CHECK(memchr(small, '\0', sizeof small) != NULL);
  return 0;
}
