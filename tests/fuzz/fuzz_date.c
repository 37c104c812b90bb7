/* Dates: vf_date_parse on arbitrary text (a parsed date must format back to
 * the same text), then calendar arithmetic on integers taken from the input,
 * checked against the days-since-epoch round trip. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *s = fz_str(data, size);
  vf_date d = {0, 0, 0};
  vf_error e;
  vf_status st = vf_date_parse(s, &d, &e);
  fz_check_error(st, &e);
  if (st == VF_OK) {
    char buf[11];
    FZ_CHECK(vf_date_valid(d));
    FZ_CHECK(vf_date_format(d, buf, sizeof buf) == 10);
    FZ_CHECK(strcmp(buf, s) == 0);
  }
  free(s);

  /* Arbitrary integers: every call either succeeds with a valid date or fails
   * with an error; results round-trip through day numbers. */
  int y = (int)(int32_t)fz_take(&data, &size, 4), m = (int)(int8_t)fz_take(&data, &size, 1),
      dd = (int)(int8_t)fz_take(&data, &size, 1);
  int months = (int)(int32_t)fz_take(&data, &size, 4);
  int32_t days = (int32_t)fz_take(&data, &size, 4);
  st = vf_date_make(y, m, dd, &d, &e);
  fz_check_error(st, &e);
  FZ_CHECK((st == VF_OK) == (vf_date_valid((vf_date){y, m, dd}) != 0));
  if (st == VF_OK) {
    FZ_CHECK(vf_date_from_days(vf_date_to_days(d), &(vf_date){0, 0, 0}, NULL) == VF_OK);
    vf_date back;
    FZ_CHECK(vf_date_from_days(vf_date_to_days(d), &back, NULL) == VF_OK);
    FZ_CHECK(vf_date_cmp(back, d) == 0);
    vf_date later;
    st = vf_date_add_months(d, months, &later, &e);
    fz_check_error(st, &e);
    if (st == VF_OK) {
      FZ_CHECK(vf_date_valid(later));
      FZ_CHECK(later.day <= d.day);
      long long mi = (long long)later.year * 12 + later.month - ((long long)d.year * 12 + d.month);
      FZ_CHECK(mi == months);
    }
    vf_date other;
    if (vf_date_from_days(days, &other, NULL) == VF_OK) {
      FZ_CHECK(vf_date_valid(other));
      FZ_CHECK(vf_date_to_days(other) == days);
      int age = -1;
      st = vf_date_age(d, other, &age, &e);
      fz_check_error(st, &e);
      FZ_CHECK((st == VF_OK) == (vf_date_cmp(d, other) <= 0));
      if (st == VF_OK) FZ_CHECK(age >= 0 && age <= other.year - d.year);
    }
  }
  return 0;
}
