/** @file velferd/date.h
 *  @brief Proleptic Gregorian calendar dates: validation, ISO-8601 text,
 *  month arithmetic and ages. Every function is pure and thread-safe.
 */
#ifndef VELFERD_DATE_H
#define VELFERD_DATE_H

#include "velferd/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A calendar date. Valid dates have year 1..9999, month 1..12 and a day that
 *  exists in that month; see vf_date_valid(). */
typedef struct vf_date {
  int year;   /**< Year, 1..9999. */
  int month;  /**< Month, 1..12. */
  int day;    /**< Day of month, 1..28/29/30/31. */
} vf_date;

/** Day number of 1970-01-01, the epoch of vf_date_to_days(). */
#define VF_DAYS_EPOCH 0

/** Non-zero if @p d is a real calendar date. */
VF_API int vf_date_valid(vf_date d);

/** Builds a date, checking it: ::VF_E_DATE names the impossible part
 *  ("2024-02-30: February 2024 has 29 days"). */
VF_API vf_status vf_date_make(int year, int month, int day, vf_date *out, vf_error *err);

/** Number of days in a month (28-31), 0 if month is out of 1..12. */
VF_API int vf_date_days_in_month(int year, int month);

/** Days since 1970-01-01 (negative before). @p d must be valid. */
VF_API int32_t vf_date_to_days(vf_date d);

/** The date @p days after 1970-01-01 (inverse of vf_date_to_days()). */
VF_API vf_status vf_date_from_days(int32_t days, vf_date *out, vf_error *err);

/** Compares: negative, zero or positive as a is before, equal to or after b. */
VF_API int vf_date_cmp(vf_date a, vf_date b);

/** Parses an ISO-8601 calendar date "YYYY-MM-DD" exactly (no time, no spaces). */
VF_API vf_status vf_date_parse(const char *text, vf_date *out, vf_error *err);

/** Writes "YYYY-MM-DD" into @p buf (at least 11 bytes); returns 10, or 0 if
 *  the buffer is too small or the date invalid. */
VF_API size_t vf_date_format(vf_date d, char *buf, size_t size);

/** Adds @p months (may be negative). The day is kept, or clamped to the last
 *  day of the target month (2024-01-31 + 1 month = 2024-02-29), the usual
 *  convention for monthly periods. */
VF_API vf_status vf_date_add_months(vf_date d, int months, vf_date *out, vf_error *err);

/** Age in whole years on @p on for someone born on @p birth: the birthday is
 *  reached when (month, day) of @p on is at or after that of @p birth, so a
 *  person born on 29 February becomes a year older on 1 March in common years.
 *  ::VF_E_DATE if @p on is before @p birth or either date is invalid. */
VF_API vf_status vf_date_age(vf_date birth, vf_date on, int *years, vf_error *err);

#ifdef __cplusplus
}
#endif
#endif
