/* Dates: validation, day numbers, ISO text, months and ages. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>
#include "velferd/velferd.h"

static vf_date D(int y, int m, int d) { return (vf_date){y, m, d}; }

static void validity(void **state) {
  (void)state;
  vf_date d;
  vf_error e;
  assert_true(vf_date_valid(D(2024, 2, 29)));
  assert_false(vf_date_valid(D(2023, 2, 29)));
  assert_false(vf_date_valid(D(1900, 2, 29)));
  assert_true(vf_date_valid(D(2000, 2, 29)));
  assert_false(vf_date_valid(D(2024, 13, 1)));
  assert_false(vf_date_valid(D(0, 1, 1)));
  assert_int_equal(vf_date_days_in_month(2024, 2), 29);
  assert_int_equal(vf_date_days_in_month(2023, 4), 30);
  assert_int_equal(vf_date_days_in_month(2023, 0), 0);
  assert_int_equal(vf_date_make(2024, 2, 30, &d, &e), VF_E_DATE);
  assert_string_equal(e.field, "day");
  assert_string_equal(e.message, "2024-02-30: February 2024 has 29 days");
  assert_int_equal(vf_date_make(2024, 0, 1, &d, &e), VF_E_DATE);
  assert_string_equal(e.field, "month");
  assert_int_equal(vf_date_make(10000, 1, 1, &d, &e), VF_E_DATE);
  assert_string_equal(e.field, "year");
  assert_int_equal(vf_date_make(2024, 5, 1, NULL, &e), VF_E_INVALID_ARG);
  assert_int_equal(vf_date_make(2024, 5, 1, &d, &e), VF_OK);
  assert_int_equal(vf_date_cmp(d, D(2024, 5, 1)), 0);
}

static void day_numbers(void **state) {
  (void)state;
  vf_date d;
  assert_int_equal(vf_date_to_days(D(1970, 1, 1)), 0);
  assert_int_equal(vf_date_to_days(D(2000, 3, 1)), 11017);
  assert_int_equal(vf_date_to_days(D(1969, 12, 31)), -1);
  assert_int_equal(vf_date_to_days(D(2024, 5, 1)) - vf_date_to_days(D(2024, 1, 1)), 121);
  for (int32_t n = -719162; n <= 2932896; n += 997) {
    assert_int_equal(vf_date_from_days(n, &d, NULL), VF_OK);
    assert_true(vf_date_valid(d));
    assert_int_equal(vf_date_to_days(d), n);
  }
  assert_int_equal(vf_date_from_days(0, &d, NULL), VF_OK);
  assert_int_equal(vf_date_cmp(d, D(1970, 1, 1)), 0);
  assert_int_equal(vf_date_from_days(3000000, &d, NULL), VF_E_DATE);
  assert_int_equal(vf_date_from_days(0, NULL, NULL), VF_E_INVALID_ARG);
  assert_true(vf_date_cmp(D(2024, 1, 31), D(2024, 2, 1)) < 0);
  assert_true(vf_date_cmp(D(2025, 1, 1), D(2024, 12, 31)) > 0);
}

static void iso_text(void **state) {
  (void)state;
  vf_date d;
  vf_error e;
  char buf[16];
  assert_int_equal(vf_date_parse("2025-05-01", &d, &e), VF_OK);
  assert_int_equal(d.year, 2025); assert_int_equal(d.month, 5); assert_int_equal(d.day, 1);
  assert_int_equal(vf_date_format(d, buf, sizeof buf), 10);
  assert_string_equal(buf, "2025-05-01");
  assert_int_equal(vf_date_format(d, buf, 10), 0);
  assert_int_equal(vf_date_format(D(2023, 2, 29), buf, sizeof buf), 0);
  assert_int_equal(vf_date_parse("2024-02-30", &d, &e), VF_E_DATE);
  assert_non_null(strstr(e.message, "February 2024 has 29 days"));
  const char *bad[] = {"2024-2-01", "2024-02-01T00", "20240201", "", "abcd-ef-gh", "2024-02-01 "};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    assert_int_equal(vf_date_parse(bad[i], &d, &e), VF_E_DATE);
  assert_int_equal(vf_date_parse(NULL, &d, &e), VF_E_INVALID_ARG);
}

static void months_and_ages(void **state) {
  (void)state;
  vf_date d;
  int age;
  vf_error e;
  assert_int_equal(vf_date_add_months(D(2024, 1, 31), 1, &d, NULL), VF_OK);
  assert_int_equal(vf_date_cmp(d, D(2024, 2, 29)), 0);
  assert_int_equal(vf_date_add_months(D(2024, 3, 31), -13, &d, NULL), VF_OK);
  assert_int_equal(vf_date_cmp(d, D(2023, 2, 28)), 0);
  assert_int_equal(vf_date_add_months(D(2024, 11, 15), 2, &d, NULL), VF_OK);
  assert_int_equal(vf_date_cmp(d, D(2025, 1, 15)), 0);
  assert_int_equal(vf_date_add_months(D(9999, 12, 1), 1, &d, &e), VF_E_DATE);
  assert_int_equal(vf_date_add_months(D(2023, 2, 29), 1, &d, &e), VF_E_DATE);
  assert_int_equal(vf_date_add_months(D(2023, 2, 1), 1, NULL, &e), VF_E_INVALID_ARG);
  assert_int_equal(vf_date_age(D(2000, 5, 2), D(2025, 5, 1), &age, NULL), VF_OK);
  assert_int_equal(age, 24);
  assert_int_equal(vf_date_age(D(2000, 5, 1), D(2025, 5, 1), &age, NULL), VF_OK);
  assert_int_equal(age, 25);
  assert_int_equal(vf_date_age(D(2004, 2, 29), D(2023, 2, 28), &age, NULL), VF_OK);
  assert_int_equal(age, 18);
  assert_int_equal(vf_date_age(D(2004, 2, 29), D(2023, 3, 1), &age, NULL), VF_OK);
  assert_int_equal(age, 19);
  assert_int_equal(vf_date_age(D(2025, 1, 2), D(2025, 1, 1), &age, &e), VF_E_DATE);
  assert_string_equal(e.field, "birth_date");
  assert_string_equal(e.message, "birth date 2025-01-02 is after the date 2025-01-01");
  assert_int_equal(vf_date_age(D(2025, 2, 30), D(2025, 3, 1), &age, &e), VF_E_DATE);
  assert_int_equal(vf_date_age(D(2020, 1, 1), D(2025, 13, 1), &age, &e), VF_E_DATE);
  assert_int_equal(vf_date_age(D(2020, 1, 1), D(2025, 1, 1), NULL, &e), VF_E_INVALID_ARG);
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(validity), cmocka_unit_test(day_numbers),
    cmocka_unit_test(iso_text), cmocka_unit_test(months_and_ages)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
