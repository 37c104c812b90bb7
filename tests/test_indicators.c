/* Indicators on small registers worked out by hand (arithmetic in comments). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "velferd/velferd.h"

static void add_client(vf_register *r, const char *id, vf_date birth, vf_gender g,
                       vf_civil_status cs, vf_citizenship cit, vf_main_income inc, vf_trygd tr,
                       int children) {
  vf_client *c;
  assert_int_equal(vf_client_new(&c, NULL), VF_OK);
  assert_int_equal(vf_client_set_id(c, id, NULL), VF_OK);
  if (birth.year) assert_int_equal(vf_client_set_birth_date(c, birth, NULL), VF_OK);
  vf_client_set_gender(c, g, NULL);
  vf_client_set_civil_status(c, cs, NULL);
  vf_client_set_citizenship(c, cit, NULL);
  vf_client_set_main_income(c, inc, NULL);
  vf_client_set_trygd(c, tr, NULL);
  for (int k = 0; k < children; k++)
    assert_int_equal(vf_client_add_child(c, (vf_date){2015 + k, 1, 1}, NULL), VF_OK);
  assert_int_equal(vf_register_add_client(r, c, NULL, NULL), VF_OK);
  vf_client_free(c);
}

static void pay(vf_register *r, const char *id, int year, int month, int64_t kr, int64_t refund_kr) {
  assert_int_equal(vf_register_add_payment(r, id, year, month, kr * 100, refund_kr * 100,
                                           VF_ASSIST_GRANT, NULL), VF_OK);
}

static vf_indicator_value val(const vf_indicators *ind, vf_indicator which) {
  vf_indicator_value v;
  assert_int_equal(vf_indicators_value(ind, which, &v, NULL), VF_OK);
  return v;
}

#define ASSERT_VALUE(ind, which, n, d, r)                                 \
  do {                                                                    \
    vf_indicator_value v_ = val(ind, which);                              \
    assert_int_equal(v_.status, VF_VALUE_OK);                             \
    assert_int_equal(v_.num, n);                                          \
    assert_int_equal(v_.den, d);                                          \
    assert_int_equal(v_.rounded, r);                                      \
  } while (0)

static void assert_row(const vf_indicators *ind, vf_indicator_table t, const char *code,
                       int64_t count, int64_t tenths, int suppressed) {
  for (size_t i = 0; i < vf_indicators_table_rows(ind, t); i++) {
    vf_table_row row;
    assert_int_equal(vf_indicators_table_row(ind, t, i, &row, NULL), VF_OK);
    if (strcmp(row.code, code)) continue;
    assert_int_equal(row.suppressed, suppressed);
    assert_int_equal(row.count, count);
    assert_int_equal(row.pct_tenths, tenths);
    return;
  }
  fail_msg("no row %s in table %s", code, vf_indicator_table_name(t));
}

/* The hand-worked register of docs/indicators.md ("Worked example"):
 *  C1 born 2000-06-15 (24 at 2024-12-31), female, unmarried, Norwegian, social
 *     assistance, 2 children; paid Jan (10 000 + 500 in two records), Feb
 *     (10 000, 2 000 refunded), Mar, May, Jun, Jul 10 000: 6 months with a gap
 *     in April -> long-term, not continuous (longest run 3).
 *  C2 born 1990-01-01 (34), male, married, foreign, trygd/disability; Jul-Dec
 *     5 000: 6 consecutive months, in November.
 *  C3 born 1950-03-03 (74), male, widowed, Norwegian, trygd/old-age; Nov 3 000
 *     with 5 000 refunded (refund larger than the payment).
 *  C4 no birth date, 1 child; one record in March of 0 kr with 100 refunded:
 *     not a recipient (no month with a positive amount), refund still counted.
 *  C5 born 2006-12-31 (18 on 2024-12-31), female, cohabiting, Norwegian, social
 *     assistance; Dec 2023 9 999 (other year, ignored) and Jan 2024 1 000. */
static vf_register *worked_register(void) {
  vf_register *r;
  assert_int_equal(vf_register_new(&r, NULL), VF_OK);
  add_client(r, "C1", (vf_date){2000, 6, 15}, VF_GENDER_FEMALE, VF_CIVIL_UNMARRIED,
             VF_CITIZEN_NORWEGIAN, VF_INCOME_SRC_SOCIAL_ASSISTANCE, VF_TRYGD_NONE, 2);
  add_client(r, "C2", (vf_date){1990, 1, 1}, VF_GENDER_MALE, VF_CIVIL_MARRIED, VF_CITIZEN_FOREIGN,
             VF_INCOME_SRC_TRYGD, VF_TRYGD_DISABILITY, 0);
  add_client(r, "C3", (vf_date){1950, 3, 3}, VF_GENDER_MALE, VF_CIVIL_WIDOWED,
             VF_CITIZEN_NORWEGIAN, VF_INCOME_SRC_TRYGD, VF_TRYGD_OLD_AGE, 0);
  add_client(r, "C4", (vf_date){0, 0, 0}, VF_GENDER_UNKNOWN, VF_CIVIL_UNKNOWN, VF_CITIZEN_UNKNOWN,
             VF_INCOME_SRC_WORK, VF_TRYGD_NONE, 1);
  add_client(r, "C5", (vf_date){2006, 12, 31}, VF_GENDER_FEMALE, VF_CIVIL_COHABITING,
             VF_CITIZEN_NORWEGIAN, VF_INCOME_SRC_SOCIAL_ASSISTANCE, VF_TRYGD_NONE, 0);
  pay(r, "C1", 2024, 1, 10000, 0);
  pay(r, "C1", 2024, 1, 500, 0);
  pay(r, "C1", 2024, 2, 10000, 2000);
  pay(r, "C1", 2024, 3, 10000, 0);
  pay(r, "C1", 2024, 5, 10000, 0);
  pay(r, "C1", 2024, 6, 10000, 0);
  pay(r, "C1", 2024, 7, 10000, 0);
  for (int m = 7; m <= 12; m++) pay(r, "C2", 2024, m, 5000, 0);
  pay(r, "C3", 2024, 11, 3000, 5000);
  pay(r, "C4", 2024, 3, 0, 100);
  pay(r, "C5", 2023, 12, 9999, 0);
  pay(r, "C5", 2024, 1, 1000, 0);
  for (int age = 18; age <= 24; age++)
    assert_int_equal(vf_register_set_population(r, 2024, age, 100, NULL), VF_OK);
  return r;
}

static vf_indicators *compute(const vf_register *r, int year, int suppress) {
  vf_indicator_options o;
  vf_indicator_options_init(&o);
  o.suppress_below = suppress;
  vf_indicators *ind;
  vf_error e;
  assert_int_equal(vf_indicators_compute(r, year, &o, &ind, &e), VF_OK);
  return ind;
}

static void worked_example(void **state) {
  (void)state;
  vf_register *r = worked_register();
  vf_indicators *ind = compute(r, 2024, 0);
  assert_int_equal(vf_indicators_year(ind), 2024);
  /* 2024 records: C1 7 + C2 6 + C3 1 + C4 1 + C5 1 = 16 (the 2023 one is not read) */
  assert_int_equal(vf_indicators_records_used(ind), 16);
  /* recipients C1, C2, C3, C5 = 4; in November C2, C3 = 2 */
  ASSERT_VALUE(ind, VF_IND_RECIPIENTS, 4, 1, 4);
  ASSERT_VALUE(ind, VF_IND_RECIPIENTS_MONTH, 2, 1, 2);
  /* months 6 + 6 + 1 + 1 = 14; average 14/4 = 3.5 */
  ASSERT_VALUE(ind, VF_IND_BENEFIT_MONTHS, 14, 1, 14);
  ASSERT_VALUE(ind, VF_IND_AVG_DURATION, 14, 4, 35);
  /* long-term C1, C2: 2/4 = 50.0 %; continuous C2: 1/4 = 25.0 % */
  ASSERT_VALUE(ind, VF_IND_LONG_TERM_SHARE, 200, 4, 500);
  ASSERT_VALUE(ind, VF_IND_LONG_TERM_CONTINUOUS_SHARE, 100, 4, 250);
  /* gross 60 500 + 30 000 + 3 000 + 0 + 1 000 = 94 500 kr;
   * refunded 2 000 + 5 000 + 100 = 7 100 kr; net 87 400 kr */
  ASSERT_VALUE(ind, VF_IND_GROSS, 9450000, 1, 94500);
  ASSERT_VALUE(ind, VF_IND_REFUNDED, 710000, 1, 7100);
  ASSERT_VALUE(ind, VF_IND_NET, 8740000, 1, 87400);
  /* per recipient 94 500 / 4 = 23 625 kr; per benefit month 94 500 / 14 = 6 750 kr */
  ASSERT_VALUE(ind, VF_IND_GROSS_PER_RECIPIENT, 9450000, 4, 23625);
  ASSERT_VALUE(ind, VF_IND_AVG_PER_MONTH, 9450000, 14, 6750);
  /* social assistance main income C1, C5: 50.0 %; and long-term: C1 25.0 % */
  ASSERT_VALUE(ind, VF_IND_SA_MAIN_INCOME_SHARE, 200, 4, 500);
  ASSERT_VALUE(ind, VF_IND_SA_LONG_TERM_SHARE, 100, 4, 250);
  /* aged 18-24: C1 (24), C5 (18) = 50.0 %; providers C1 = 25.0 %; children 2 (C4 is no recipient) */
  ASSERT_VALUE(ind, VF_IND_YOUNG_SHARE, 200, 4, 500);
  ASSERT_VALUE(ind, VF_IND_PROVIDER_SHARE, 100, 4, 250);
  ASSERT_VALUE(ind, VF_IND_CHILDREN, 2, 1, 2);
  /* default band 18-66 lacks population for 25..66 */
  assert_int_equal(val(ind, VF_IND_POPULATION_RATE).status, VF_VALUE_NO_DATA);
  /* 18-24: 2 recipients per 700 inhabitants = 0.2857 per 100 -> 0.3 */
  vf_indicator_value v;
  assert_int_equal(vf_indicators_rate(ind, 18, 24, &v, NULL), VF_OK);
  assert_int_equal(v.status, VF_VALUE_OK);
  assert_int_equal(v.num, 200);
  assert_int_equal(v.den, 700);
  assert_int_equal(v.rounded, 3);
  assert_int_equal(vf_indicators_rate(ind, 24, 18, &v, NULL), VF_E_RANGE);
  /* tables */
  assert_row(ind, VF_TABLE_AGE_GROUP, "18_24", 2, 500, 0);
  assert_row(ind, VF_TABLE_AGE_GROUP, "30_39", 1, 250, 0);
  assert_row(ind, VF_TABLE_AGE_GROUP, "67_plus", 1, 250, 0);
  assert_row(ind, VF_TABLE_AGE_GROUP, "unknown", 0, 0, 0);
  assert_row(ind, VF_TABLE_GENDER, "male", 2, 500, 0);
  assert_row(ind, VF_TABLE_CIVIL_STATUS, "widowed", 1, 250, 0);
  assert_row(ind, VF_TABLE_CITIZENSHIP, "norwegian", 3, 750, 0);
  assert_row(ind, VF_TABLE_CITIZENSHIP, "foreign", 1, 250, 0);
  assert_row(ind, VF_TABLE_PROVIDER_STATUS, "no_children", 3, 750, 0);
  assert_row(ind, VF_TABLE_PROVIDER_STATUS, "2_children", 1, 250, 0);
  assert_row(ind, VF_TABLE_MAIN_INCOME, "trygd", 2, 500, 0);
  assert_row(ind, VF_TABLE_MAIN_INCOME, "work", 0, 0, 0);
  assert_row(ind, VF_TABLE_TRYGD, "disability", 1, 500, 0);
  assert_row(ind, VF_TABLE_TRYGD, "old_age", 1, 500, 0);
  assert_row(ind, VF_TABLE_DURATION, "1", 2, 500, 0);
  assert_row(ind, VF_TABLE_DURATION, "6", 2, 500, 0);
  assert_int_equal(vf_indicators_table_total(ind, VF_TABLE_TRYGD), 2);
  assert_int_equal(vf_indicators_table_total(ind, VF_TABLE_GENDER), 4);
  vf_table_row row;
  assert_int_equal(vf_indicators_table_row(ind, VF_TABLE_PROVIDER_STATUS, 2, &row, NULL), VF_OK);
  assert_string_equal(row.code, "2_children");
  assert_int_equal(row.children, 2);
  assert_int_equal(row.pct_num, 100);
  assert_int_equal(row.pct_den, 4);
  assert_int_equal(vf_indicators_table_row(ind, VF_TABLE_GENDER, 3, &row, NULL), VF_E_RANGE);
  assert_int_equal(vf_indicators_suppressed_count(ind), 0);
  /* the point month is an option: in July C1 and C2 were paid */
  vf_indicators_free(ind);
  vf_indicator_options o;
  vf_indicator_options_init(&o);
  o.suppress_below = 0;
  o.point_month = 7;
  o.rate_age_from = 18;
  o.rate_age_to = 24;
  assert_int_equal(vf_indicators_compute(r, 2024, &o, &ind, NULL), VF_OK);
  ASSERT_VALUE(ind, VF_IND_RECIPIENTS_MONTH, 2, 1, 2);
  ASSERT_VALUE(ind, VF_IND_POPULATION_RATE, 200, 700, 3);
  vf_indicators_free(ind);
  /* 2023: only C5's December payment: 1 recipient, 9 999 kr */
  ind = compute(r, 2023, 0);
  ASSERT_VALUE(ind, VF_IND_RECIPIENTS, 1, 1, 1);
  ASSERT_VALUE(ind, VF_IND_GROSS, 999900, 1, 9999);
  vf_indicators_free(ind);
  vf_register_free(r);
}

static void empty_and_one(void **state) {
  (void)state;
  vf_register *r;
  assert_int_equal(vf_register_new(&r, NULL), VF_OK);
  vf_indicators *ind = compute(r, 2024, 0);
  ASSERT_VALUE(ind, VF_IND_RECIPIENTS, 0, 1, 0);
  ASSERT_VALUE(ind, VF_IND_GROSS, 0, 1, 0);
  /* averages and shares over no recipients are undefined, not 0 */
  assert_int_equal(val(ind, VF_IND_AVG_DURATION).status, VF_VALUE_UNDEFINED);
  assert_int_equal(val(ind, VF_IND_LONG_TERM_SHARE).status, VF_VALUE_UNDEFINED);
  assert_int_equal(val(ind, VF_IND_AVG_PER_MONTH).status, VF_VALUE_UNDEFINED);
  assert_int_equal(vf_indicators_table_total(ind, VF_TABLE_AGE_GROUP), 0);
  assert_row(ind, VF_TABLE_AGE_GROUP, "18_24", 0, 0, 0);
  char buf[8];
  vf_indicator_value v = val(ind, VF_IND_AVG_DURATION);
  assert_int_equal(vf_indicator_value_format(&v, buf, sizeof buf), 1);
  assert_string_equal(buf, ".");
  vf_indicators_free(ind);
  /* one client, one month of 1 234.56 kr */
  add_client(r, "X", (vf_date){1980, 2, 29}, VF_GENDER_FEMALE, VF_CIVIL_UNMARRIED,
             VF_CITIZEN_NORWEGIAN, VF_INCOME_SRC_WORK, VF_TRYGD_NONE, 0);
  assert_int_equal(vf_register_add_payment(r, "X", 2024, 4, 123456, 0, VF_ASSIST_LOAN, NULL), VF_OK);
  ind = compute(r, 2024, 0);
  ASSERT_VALUE(ind, VF_IND_RECIPIENTS, 1, 1, 1);
  ASSERT_VALUE(ind, VF_IND_AVG_DURATION, 1, 1, 10);
  /* 1 234.56 kr published as 1 235 kr (half away from zero) */
  ASSERT_VALUE(ind, VF_IND_AVG_PER_MONTH, 123456, 1, 1235);
  assert_row(ind, VF_TABLE_AGE_GROUP, "40_49", 1, 1000, 0); /* 44 at 2024-12-31 */
  vf_indicators_free(ind);
  /* with the default suppression every cell about this one person is hidden */
  assert_int_equal(vf_indicators_compute(r, 2024, NULL, &ind, NULL), VF_OK);
  assert_int_equal(val(ind, VF_IND_RECIPIENTS).status, VF_VALUE_SUPPRESSED);
  assert_int_equal(val(ind, VF_IND_RECIPIENTS).num, 0);
  assert_int_equal(val(ind, VF_IND_GROSS).status, VF_VALUE_SUPPRESSED);
  assert_row(ind, VF_TABLE_AGE_GROUP, "40_49", 0, 0, VF_SUPPRESS_PRIMARY);
  assert_int_equal(vf_indicators_table_total(ind, VF_TABLE_AGE_GROUP), -1);
  v = val(ind, VF_IND_RECIPIENTS);
  vf_indicator_value_format(&v, buf, sizeof buf);
  assert_string_equal(buf, ":");
  vf_indicators_free(ind);
  vf_register_free(r);
}

static void rounding_half_up(void **state) {
  (void)state;
  /* 16 recipients, 1 of them long-term: 100/16 = 6.25 % -> 6.3 (SSB rounds halves up) */
  vf_register *r;
  assert_int_equal(vf_register_new(&r, NULL), VF_OK);
  char id[8];
  for (int i = 0; i < 16; i++) {
    snprintf(id, sizeof id, "P%d", i);
    add_client(r, id, (vf_date){1970, 1, 1}, VF_GENDER_MALE, VF_CIVIL_UNMARRIED,
               VF_CITIZEN_NORWEGIAN, VF_INCOME_SRC_OTHER, VF_TRYGD_NONE, 0);
    for (int m = 1; m <= (i == 0 ? 6 : 1); m++) pay(r, id, 2024, m, 1000, 0);
  }
  vf_indicators *ind = compute(r, 2024, 0);
  ASSERT_VALUE(ind, VF_IND_LONG_TERM_SHARE, 100, 16, 63);
  /* months 6 + 15 = 21 over 16 = 1.3125 -> 1.3 */
  ASSERT_VALUE(ind, VF_IND_AVG_DURATION, 21, 16, 13);
  vf_indicators_free(ind);
  vf_register_free(r);
}

/* 12 recipients paid once in March 2024:
 *  ages: 4 aged 20 and 2 aged 23 (18_24: 6), 5 aged 27 (25_29), 1 aged 35 (30_39)
 *  gender: 10 male, 2 female; civil: 7 unmarried, 3 married, 2 widowed. */
/* The symbols of vf_indicator_value_format(), as the header and
 * docs/indicators.md state them (SSB's table symbols): ':' suppressed for
 * confidentiality, '.' cannot be computed, '..' missing; and the text and
 * Markdown renderings print ':' for a suppressed cell, never '.'. */
static void format_symbols(void **state) {
  (void)state;
  char buf[16];
  vf_indicator_value v = {0};
  v.status = VF_VALUE_SUPPRESSED;
  assert_int_equal(vf_indicator_value_format(&v, buf, sizeof buf), 1);
  assert_string_equal(buf, ":");
  v.status = VF_VALUE_UNDEFINED;
  assert_int_equal(vf_indicator_value_format(&v, buf, sizeof buf), 1);
  assert_string_equal(buf, ".");
  v.status = VF_VALUE_NO_DATA;
  assert_int_equal(vf_indicator_value_format(&v, buf, sizeof buf), 2);
  assert_string_equal(buf, "..");
  assert_int_equal(vf_indicator_value_format(NULL, buf, sizeof buf), 2);
  assert_string_equal(buf, "..");
  v.status = VF_VALUE_OK;
  v.rounded = 453; /* one decimal: 45.3 */
  v.decimals = 1;
  vf_indicator_value_format(&v, buf, sizeof buf);
  assert_string_equal(buf, "45.3");
  /* one recipient under the default threshold 5: the recipients line of the
   * text output ends in ':' */
  vf_register *r;
  assert_int_equal(vf_register_new(&r, NULL), VF_OK);
  add_client(r, "X", (vf_date){1980, 2, 1}, VF_GENDER_FEMALE, VF_CIVIL_UNMARRIED,
             VF_CITIZEN_NORWEGIAN, VF_INCOME_SRC_WORK, VF_TRYGD_NONE, 0);
  pay(r, "X", 2024, 4, 1000, 0);
  vf_indicators *ind;
  assert_int_equal(vf_indicators_compute(r, 2024, NULL, &ind, NULL), VF_OK);
  char *text;
  assert_int_equal(vf_indicators_render(ind, VF_OUTPUT_TEXT, &text, NULL, NULL), VF_OK);
  const char *line = strstr(text, vf_indicator_label(VF_IND_RECIPIENTS));
  assert_non_null(line);
  const char *eol = strchr(line, '\n');
  assert_non_null(eol);
  assert_true(eol[-1] == ':');
  vf_indicators_text_free(text);
  assert_int_equal(vf_indicators_render(ind, VF_OUTPUT_MARKDOWN, &text, NULL, NULL), VF_OK);
  assert_non_null(strstr(text, "| 40_49 | : | : |"));
  vf_indicators_text_free(text);
  vf_indicators_free(ind);
  vf_register_free(r);
}

static void suppression(void **state) {
  (void)state;
  vf_register *r;
  assert_int_equal(vf_register_new(&r, NULL), VF_OK);
  char id[8];
  for (int i = 0; i < 12; i++) {
    int age = i < 4 ? 20 : i < 6 ? 23 : i < 11 ? 27 : 35;
    snprintf(id, sizeof id, "S%d", i);
    add_client(r, id, (vf_date){2024 - age, 6, 1}, i < 10 ? VF_GENDER_MALE : VF_GENDER_FEMALE,
               i < 7 ? VF_CIVIL_UNMARRIED : i < 10 ? VF_CIVIL_MARRIED : VF_CIVIL_WIDOWED,
               VF_CITIZEN_NORWEGIAN, VF_INCOME_SRC_UNKNOWN, VF_TRYGD_NONE, 0);
    pay(r, id, 2024, 3, 1000, 0);
  }
  vf_indicators *ind = compute(r, 2024, 5);
  /* gender: female 2 < 5 (primary); the only other non-zero cell, male 10, is
   * hidden too (secondary), else 12 - 10 would give the 2 back */
  assert_row(ind, VF_TABLE_GENDER, "female", 0, 0, VF_SUPPRESS_PRIMARY);
  assert_row(ind, VF_TABLE_GENDER, "male", 0, 0, VF_SUPPRESS_SECONDARY);
  assert_int_equal(vf_indicators_table_total(ind, VF_TABLE_GENDER), 12);
  /* civil: married 3 and widowed 2 are primary; together 5 >= 5, so no secondary;
   * unmarried 7/12 = 58.33 % -> 58.3 */
  assert_row(ind, VF_TABLE_CIVIL_STATUS, "married", 0, 0, VF_SUPPRESS_PRIMARY);
  assert_row(ind, VF_TABLE_CIVIL_STATUS, "widowed", 0, 0, VF_SUPPRESS_PRIMARY);
  assert_row(ind, VF_TABLE_CIVIL_STATUS, "unmarried", 7, 583, 0);
  /* age: 30_39 (1) primary; 25_29 (5), the smallest other non-zero cell, secondary;
   * 18_24 6/12 = 50.0 % stays */
  assert_row(ind, VF_TABLE_AGE_GROUP, "30_39", 0, 0, VF_SUPPRESS_PRIMARY);
  assert_row(ind, VF_TABLE_AGE_GROUP, "25_29", 0, 0, VF_SUPPRESS_SECONDARY);
  assert_row(ind, VF_TABLE_AGE_GROUP, "18_24", 6, 500, 0);
  assert_int_equal(vf_indicators_suppressed_count(ind), 6);
  /* 12 recipients and 18-24 share 6/12 are published (no hidden cell inside) */
  ASSERT_VALUE(ind, VF_IND_RECIPIENTS, 12, 1, 12);
  ASSERT_VALUE(ind, VF_IND_YOUNG_SHARE, 600, 12, 500);
  /* population 100 per age 0..120 */
  vf_indicators_free(ind);
  for (int a = 0; a <= 120; a++) vf_register_set_population(r, 2024, a, 100, NULL);
  ind = compute(r, 2024, 5);
  vf_indicator_value v;
  /* 18-24: 6 per 700 = 0.857 -> 0.9 */
  assert_int_equal(vf_indicators_rate(ind, 18, 24, &v, NULL), VF_OK);
  assert_int_equal(v.status, VF_VALUE_OK);
  assert_int_equal(v.rounded, 9);
  /* 18-29 holds the hidden 25_29 but not the hidden 30_39: 6+5 would give 5 back */
  assert_int_equal(vf_indicators_rate(ind, 18, 29, &v, NULL), VF_OK);
  assert_int_equal(v.status, VF_VALUE_SUPPRESSED);
  /* 18-66 holds both hidden cells: their sum is known from the total anyway */
  assert_int_equal(vf_indicators_rate(ind, 18, 66, &v, NULL), VF_OK);
  assert_int_equal(v.status, VF_VALUE_OK);
  assert_int_equal(v.num, 1200);
  /* 18-21 cuts 18_24 into 4 inside and 2 outside: both below 5 */
  assert_int_equal(vf_indicators_rate(ind, 18, 21, &v, NULL), VF_OK);
  assert_int_equal(v.status, VF_VALUE_SUPPRESSED);
  /* 20-24: 6 inside, 0 outside (ages 18-19): published, 6/500 = 1.2 */
  assert_int_equal(vf_indicators_rate(ind, 20, 24, &v, NULL), VF_OK);
  assert_int_equal(v.status, VF_VALUE_OK);
  assert_int_equal(v.rounded, 12);
  /* written output shows ':' and never the hidden numbers */
  char *text;
  assert_int_equal(vf_indicators_render(ind, VF_OUTPUT_CSV, &text, NULL, NULL), VF_OK);
  assert_non_null(strstr(text, "2024,table,gender,female,,,,,,suppressed_primary\n"));
  assert_non_null(strstr(text, "2024,table,gender,male,,,,,,suppressed_secondary\n"));
  assert_non_null(strstr(text, "2024,table,civil_status,unmarried,7,58.3,,700,12,ok\n"));
  assert_non_null(strstr(text, "2024,indicator,recipients,,12,,,12,1,ok\n"));
  vf_indicators_text_free(text);
  assert_int_equal(vf_indicators_render(ind, VF_OUTPUT_JSON, &text, NULL, NULL), VF_OK);
  assert_non_null(strstr(text, "{\"code\": \"female\", \"suppressed\": \"primary\", \"count\": null"));
  assert_non_null(strstr(text, "\"suppressed_cells\": 6,"));
  vf_indicators_text_free(text);
  assert_int_equal(vf_indicators_render(ind, VF_OUTPUT_MARKDOWN, &text, NULL, NULL), VF_OK);
  assert_non_null(strstr(text, "| female | : | : |"));
  assert_non_null(strstr(text, "| unmarried | 7 | 58.3 |"));
  vf_indicators_text_free(text);
  assert_int_equal(vf_indicators_render(ind, VF_OUTPUT_TEXT, &text, NULL, NULL), VF_OK);
  assert_non_null(strstr(text, "6 cells suppressed"));
  vf_indicators_text_free(text);
  vf_indicators_free(ind);
  vf_register_free(r);
}

static void bad_arguments(void **state) {
  (void)state;
  vf_register *r;
  vf_indicators *ind = NULL;
  vf_error e;
  assert_int_equal(vf_register_new(&r, NULL), VF_OK);
  vf_indicator_options o;
  vf_indicator_options_init(&o);
  o.point_month = 13;
  assert_int_equal(vf_indicators_compute(r, 2024, &o, &ind, &e), VF_E_INVALID_ARG);
  assert_string_equal(e.field, "point_month");
  vf_indicator_options_init(&o);
  o.suppress_below = -1;
  assert_int_equal(vf_indicators_compute(r, 2024, &o, &ind, &e), VF_E_INVALID_ARG);
  vf_indicator_options_init(&o);
  o.rate_age_from = 30;
  o.rate_age_to = 20;
  assert_int_equal(vf_indicators_compute(r, 2024, &o, &ind, &e), VF_E_INVALID_ARG);
  vf_indicator_options_init(&o);
  o.version = 99;
  assert_int_equal(vf_indicators_compute(r, 2024, &o, &ind, &e), VF_E_INVALID_ARG);
  assert_int_equal(vf_indicators_compute(r, 0, NULL, &ind, &e), VF_E_DATE);
  assert_int_equal(vf_indicators_compute(NULL, 2024, NULL, &ind, &e), VF_E_INVALID_ARG);
  assert_null(ind);
  assert_int_equal(vf_indicators_compute(r, 2024, NULL, &ind, &e), VF_OK);
  vf_indicator_value v;
  assert_int_equal(vf_indicators_value(ind, VF_IND_COUNT, &v, &e), VF_E_INVALID_ARG);
  char *text;
  assert_int_equal(vf_indicators_render(ind, (vf_output_format)9, &text, NULL, &e), VF_E_INVALID_ARG);
  vf_indicator which;
  assert_int_equal(vf_indicator_parse("avg_per_month", &which, &e), VF_OK);
  assert_int_equal(which, VF_IND_AVG_PER_MONTH);
  assert_int_equal(vf_indicator_parse("nope", &which, &e), VF_E_NOT_FOUND);
  vf_indicator_table t;
  assert_int_equal(vf_indicator_table_parse("trygd", &t, &e), VF_OK);
  assert_int_equal(t, VF_TABLE_TRYGD);
  for (int i = 0; i < VF_IND_COUNT; i++) {
    assert_non_null(vf_indicator_name((vf_indicator)i));
    assert_non_null(vf_indicator_label((vf_indicator)i));
  }
  assert_null(vf_indicator_name(VF_IND_COUNT));
  vf_indicators_free(ind);
  vf_indicators_free(NULL);
  vf_register_free(r);
}

static vf_indicator_value mkv(vf_indicator which, vf_indicator_unit unit, int64_t num, int64_t den) {
  vf_indicator_value v = {which, unit, VF_VALUE_OK, num, den, 0, 1};
  return v;
}

static void change_and_network(void **state) {
  (void)state;
  /* recipients 4 -> 6: +2, +50.0 % */
  vf_indicator_value a = mkv(VF_IND_RECIPIENTS, VF_IUNIT_PERSONS, 4, 1);
  vf_indicator_value b = mkv(VF_IND_RECIPIENTS, VF_IUNIT_PERSONS, 6, 1);
  vf_indicator_change ch;
  assert_int_equal(vf_indicator_change_compute(&a, &b, &ch, NULL), VF_OK);
  assert_int_equal(ch.status, VF_VALUE_OK);
  assert_int_equal(ch.diff.num, 2);
  assert_int_equal(ch.diff.den, 1);
  assert_int_equal(ch.relative_tenths, 500);
  /* average duration 7/2 = 3.5 -> 10/3: 10/3 - 7/2 = (20 - 21)/6 = -1/6 -> -0.2;
   * relative -1/6 / (7/2) = -2/42 = -4.76 % -> -4.8 */
  a = mkv(VF_IND_AVG_DURATION, VF_IUNIT_MONTHS, 7, 2);
  b = mkv(VF_IND_AVG_DURATION, VF_IUNIT_MONTHS, 10, 3);
  assert_int_equal(vf_indicator_change_compute(&a, &b, &ch, NULL), VF_OK);
  assert_int_equal(ch.diff.num, -1);
  assert_int_equal(ch.diff.den, 6);
  assert_int_equal(ch.diff.rounded, -2);
  assert_int_equal(ch.relative_tenths, -48);
  char buf[16];
  vf_indicator_value_format(&ch.diff, buf, sizeof buf);
  assert_string_equal(buf, "-0.2");
  /* from 0 the relative change is undefined */
  a = mkv(VF_IND_RECIPIENTS, VF_IUNIT_PERSONS, 0, 1);
  b = mkv(VF_IND_RECIPIENTS, VF_IUNIT_PERSONS, 3, 1);
  assert_int_equal(vf_indicator_change_compute(&a, &b, &ch, NULL), VF_OK);
  assert_int_equal(ch.relative_status, VF_VALUE_UNDEFINED);
  /* a suppressed side gives a suppressed change; different indicators are refused */
  a.status = VF_VALUE_SUPPRESSED;
  assert_int_equal(vf_indicator_change_compute(&a, &b, &ch, NULL), VF_OK);
  assert_int_equal(ch.status, VF_VALUE_SUPPRESSED);
  vf_indicator_value c = mkv(VF_IND_GROSS, VF_IUNIT_MONEY, 1, 1);
  assert_int_equal(vf_indicator_change_compute(&b, &c, &ch, NULL), VF_E_INCONSISTENT);

  /* Network: A 50/100 long-term (50 %), B 20/50 (40 %), C suppressed.
   * Pooled average (5000 + 2000) / (100 + 50) = 46.67 %: A 50/46.67 = 107.1,
   * B 40/46.67 = 85.7. Mean (50 + 40)/2 = 45 %: A 111.1, B 88.9. */
  vf_indicator_value v[3] = {mkv(VF_IND_LONG_TERM_SHARE, VF_IUNIT_PERCENT, 5000, 100),
                             mkv(VF_IND_LONG_TERM_SHARE, VF_IUNIT_PERCENT, 2000, 50),
                             mkv(VF_IND_LONG_TERM_SHARE, VF_IUNIT_PERCENT, 0, 0)};
  v[2].status = VF_VALUE_SUPPRESSED;
  vf_indicator_value idx[3], avg;
  assert_int_equal(vf_network_index(v, 3, VF_NETWORK_POOLED, &avg, idx, NULL), VF_OK);
  assert_int_equal(avg.num, 140);
  assert_int_equal(avg.den, 3);
  assert_int_equal(avg.rounded, 467);
  assert_int_equal(idx[0].rounded, 1071);
  assert_int_equal(idx[0].unit, VF_IUNIT_INDEX);
  assert_int_equal(idx[1].rounded, 857);
  assert_int_equal(idx[2].status, VF_VALUE_SUPPRESSED);
  assert_int_equal(vf_network_index(v, 3, VF_NETWORK_MEAN, &avg, idx, NULL), VF_OK);
  assert_int_equal(avg.rounded, 450);
  assert_int_equal(idx[0].rounded, 1111);
  assert_int_equal(idx[1].rounded, 889);
  /* two results year on year from registers: worked register 2023 -> 2024 */
  vf_register *r = worked_register();
  vf_indicators *y0 = compute(r, 2023, 0), *y1 = compute(r, 2024, 0);
  assert_int_equal(vf_indicators_change(y0, y1, VF_IND_RECIPIENTS, &ch, NULL), VF_OK);
  assert_int_equal(ch.diff.num, 3);          /* 1 -> 4 */
  assert_int_equal(ch.relative_tenths, 3000); /* +300.0 % */
  /* a table cell: age 18_24 (row 0) was 0 of 1 in 2023 (C5 was 17) and is 2 of 4 in
   * 2024: +2 persons (relative change undefined from 0), share 0.0 -> 50.0 % */
  vf_indicator_value c0, c1;
  assert_int_equal(vf_indicators_table_value(y0, VF_TABLE_AGE_GROUP, 0, 0, &c0, NULL), VF_OK);
  assert_int_equal(vf_indicators_table_value(y1, VF_TABLE_AGE_GROUP, 0, 0, &c1, NULL), VF_OK);
  assert_int_equal(vf_indicator_change_compute(&c0, &c1, &ch, NULL), VF_OK);
  assert_int_equal(ch.diff.num, 2);
  assert_int_equal(ch.relative_status, VF_VALUE_UNDEFINED);
  assert_int_equal(vf_indicators_table_value(y0, VF_TABLE_AGE_GROUP, 0, 1, &c0, NULL), VF_OK);
  assert_int_equal(vf_indicators_table_value(y1, VF_TABLE_AGE_GROUP, 0, 1, &c1, NULL), VF_OK);
  assert_int_equal(c1.num, 200);
  assert_int_equal(c1.den, 4);
  assert_int_equal(vf_indicator_change_compute(&c0, &c1, &ch, NULL), VF_OK);
  assert_int_equal(ch.diff.rounded, 500);
  assert_int_equal(vf_indicators_table_value(y1, VF_TABLE_AGE_GROUP, 99, 0, &c1, NULL), VF_E_RANGE);
  vf_indicators_free(y0);
  vf_indicators_free(y1);
  vf_register_free(r);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(worked_example), cmocka_unit_test(empty_and_one),
    cmocka_unit_test(rounding_half_up), cmocka_unit_test(suppression), cmocka_unit_test(format_symbols),
    cmocka_unit_test(bad_arguments), cmocka_unit_test(change_and_network)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
