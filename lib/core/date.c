/* Proleptic Gregorian dates; day numbers use the civil-from-days algorithm
 * (Howard Hinnant, "chrono-compatible low-level date algorithms"). */
#include "core/internal.h"

#include <stdio.h>
#include <string.h>

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int vf_date_days_in_month(int year, int month) {
  static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap(year) ? 29 : days[month - 1];
}

int vf_date_valid(vf_date d) {
  return d.year >= 1 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
         d.day <= vf_date_days_in_month(d.year, d.month);
}

static const char *month_names[12] = {"January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December"};

vf_status vf_date_make(int year, int month, int day, vf_date *out, vf_error *err) {
  if (!out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "out", "out is NULL");
  if (year < 1 || year > 9999)
    return vfi_fail(err, VF_E_DATE, 0, "year", "year %d is outside 1..9999", year);
  if (month < 1 || month > 12)
    return vfi_fail(err, VF_E_DATE, 0, "month", "%04d-%02d-%02d: month %d is outside 1..12",
                    year, month, day, month);
  int dim = vf_date_days_in_month(year, month);
  if (day < 1 || day > dim)
    return vfi_fail(err, VF_E_DATE, 0, "day", "%04d-%02d-%02d: %s %d has %d days", year, month,
                    day, month_names[month - 1], year, dim);
  *out = (vf_date){year, month, day};
  return VF_OK;
}

int32_t vf_date_to_days(vf_date d) {
  int y = d.year - (d.month <= 2);
  int era = (y >= 0 ? y : y - 399) / 400;
  int yoe = y - era * 400;
  int mp = (d.month + 9) % 12;
  int doy = (153 * mp + 2) / 5 + d.day - 1;
  int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return (int32_t)(era * 146097 + doe - 719468);
}

vf_status vf_date_from_days(int32_t days, vf_date *out, vf_error *err) {
  if (!out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "out", "out is NULL");
  /* 0001-01-01 .. 9999-12-31 */
  if (days < -719162 || days > 2932896)
    return vfi_fail(err, VF_E_DATE, 0, "days", "day number %ld is outside years 1..9999",
                    (long)days);
  long z = (long)days + 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  int day = (int)(doy - (153 * mp + 2) / 5 + 1);
  int month = (int)(mp < 10 ? mp + 3 : mp - 9);
  int year = (int)(yoe + era * 400 + (month <= 2));
  *out = (vf_date){year, month, day};
  return VF_OK;
}

int vf_date_cmp(vf_date a, vf_date b) {
  if (a.year != b.year) return a.year < b.year ? -1 : 1;
  if (a.month != b.month) return a.month < b.month ? -1 : 1;
  if (a.day != b.day) return a.day < b.day ? -1 : 1;
  return 0;
}

vf_status vf_date_parse(const char *text, vf_date *out, vf_error *err) {
  if (!text || !out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "text", "text or out is NULL");
  static const char shape[] = "dddd-dd-dd";
  for (size_t i = 0; i < sizeof shape - 1; i++) {
    int ok = shape[i] == 'd' ? (text[i] >= '0' && text[i] <= '9') : text[i] == '-';
    if (!ok)
      return vfi_fail(err, VF_E_DATE, 0, "", "'%.40s' is not a date of the form YYYY-MM-DD",
                      text);
  }
  if (text[10] != '\0')
    return vfi_fail(err, VF_E_DATE, 0, "", "'%.40s' is not a date of the form YYYY-MM-DD", text);
  int y = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
  int m = (text[5] - '0') * 10 + (text[6] - '0');
  int d = (text[8] - '0') * 10 + (text[9] - '0');
  return vf_date_make(y, m, d, out, err);
}

size_t vf_date_format(vf_date d, char *buf, size_t size) {
  if (!buf || size < 11 || !vf_date_valid(d)) {
    if (buf && size) buf[0] = '\0';
    return 0;
  }
  snprintf(buf, size, "%04d-%02d-%02d", d.year, d.month, d.day);
  return 10;
}

vf_status vf_date_add_months(vf_date d, int months, vf_date *out, vf_error *err) {
  if (!out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "out", "out is NULL");
  if (!vf_date_valid(d)) return vfi_fail(err, VF_E_DATE, 0, "date", "invalid date");
  long idx = (long)d.year * 12 + (d.month - 1) + months;
  if (months > 120000 || months < -120000 || idx < 12 || idx > 9999L * 12 + 11)
    return vfi_fail(err, VF_E_DATE, 0, "months", "adding %d months leaves years 1..9999", months);
  int y = (int)(idx / 12), m = (int)(idx % 12) + 1;
  int dim = vf_date_days_in_month(y, m);
  *out = (vf_date){y, m, d.day > dim ? dim : d.day};
  return VF_OK;
}

vf_status vf_date_age(vf_date birth, vf_date on, int *years, vf_error *err) {
  if (!years) return vfi_fail(err, VF_E_INVALID_ARG, 0, "years", "years is NULL");
  if (!vf_date_valid(birth)) return vfi_fail(err, VF_E_DATE, 0, "birth_date", "invalid birth date");
  if (!vf_date_valid(on)) return vfi_fail(err, VF_E_DATE, 0, "date", "invalid date");
  if (vf_date_cmp(on, birth) < 0) {
    char b[11], o[11];
    vf_date_format(birth, b, sizeof b);
    vf_date_format(on, o, sizeof o);
    return vfi_fail(err, VF_E_DATE, 0, "birth_date", "birth date %s is after the date %s", b, o);
  }
  int age = on.year - birth.year;
  if (on.month < birth.month || (on.month == birth.month && on.day < birth.day)) age--;
  *years = age;
  return VF_OK;
}
