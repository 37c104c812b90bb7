/* Trend series (velferd/trend.h) on a register worked out by hand over three
 * years (arithmetic in comments). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "velferd/velferd.h"

static void client(vf_register *r, const char *id, int birth_year, vf_citizenship cit, int children) {
  vf_client *c;
  assert_int_equal(vf_client_new(&c, NULL), VF_OK);
  assert_int_equal(vf_client_set_id(c, id, NULL), VF_OK);
  assert_int_equal(vf_client_set_birth_date(c, (vf_date){birth_year, 6, 15}, NULL), VF_OK);
  assert_int_equal(vf_client_set_citizenship(c, cit, NULL), VF_OK);
  for (int k = 0; k < children; k++)
    assert_int_equal(vf_client_add_child(c, (vf_date){2015 + k, 1, 1}, NULL), VF_OK);
  assert_int_equal(vf_register_add_client(r, c, NULL, NULL), VF_OK);
  vf_client_free(c);
}

static void pay(vf_register *r, const char *id, int year, int month, int64_t kr) {
  assert_int_equal(vf_register_add_payment(r, id, year, month, kr * 100, 0, VF_ASSIST_GRANT, NULL),
                   VF_OK);
}

/* A (born 2000, foreign): 2022 Jan, Feb 1 000; 2023 Jan 3 000.
 * B (born 1980, Norwegian, 1 child born 2015): 2022 Jan 2 000; 2023 Jan, Feb
 *   2 000; 2024 Mar 5 000.
 * C (born 1990, foreign): 2024 Jan 4 000.
 * 2022: recipients A, B = 2; gross 2 000 + 2 000 = 4 000; 18-24: A (22) =
 *   50.0 %; foreign A = 1 = 50.0 %; children 1.
 * 2023: recipients 2; gross 3 000 + 4 000 = 7 000; 18-24 A (23) = 50.0 %;
 *   foreign 1 = 50.0 %; children 1.
 * 2024: recipients B, C = 2; gross 5 000 + 4 000 = 9 000; 18-24 none = 0.0 %;
 *   foreign C = 1 = 50.0 %; children 1. */
static vf_trend *three_years(void) {
  vf_register *r;
  assert_int_equal(vf_register_new(&r, NULL), VF_OK);
  client(r, "A", 2000, VF_CITIZEN_FOREIGN, 0);
  client(r, "B", 1980, VF_CITIZEN_NORWEGIAN, 1);
  client(r, "C", 1990, VF_CITIZEN_FOREIGN, 0);
  pay(r, "A", 2022, 1, 1000);
  pay(r, "A", 2022, 2, 1000);
  pay(r, "A", 2023, 1, 3000);
  pay(r, "B", 2022, 1, 2000);
  pay(r, "B", 2023, 1, 2000);
  pay(r, "B", 2023, 2, 2000);
  pay(r, "B", 2024, 3, 5000);
  pay(r, "C", 2024, 1, 4000);
  vf_indicator_options o;
  vf_indicator_options_init(&o);
  o.suppress_below = 0;
  vf_trend *t;
  assert_int_equal(vf_trend_new(&t, NULL), VF_OK);
  static const int order[] = {2024, 2022, 2023}; /* any order: kept by year */
  for (int i = 0; i < 3; i++) {
    vf_indicators *ind;
    assert_int_equal(vf_indicators_compute(r, order[i], &o, &ind, NULL), VF_OK);
    assert_int_equal(vf_trend_add(t, ind, NULL), VF_OK);
    vf_indicators_free(ind);
  }
  vf_register_free(r);
  return t;
}

static int64_t published(const vf_trend *t, size_t s, size_t i) {
  vf_indicator_value v;
  assert_int_equal(vf_trend_value(t, s, i, &v, NULL), VF_OK);
  assert_int_equal(v.status, VF_VALUE_OK);
  return v.rounded;
}

static void series_by_hand(void **state) {
  (void)state;
  vf_trend *t = three_years();
  assert_int_equal(vf_trend_years(t), 3);
  assert_int_equal(vf_trend_year(t, 0), 2022);
  assert_int_equal(vf_trend_year(t, 1), 2023);
  assert_int_equal(vf_trend_year(t, 2), 2024);
  assert_int_equal(vf_trend_year(t, 3), 0);
  assert_int_equal(vf_trend_series_count(), VF_IND_COUNT + 2);
  assert_string_equal(vf_trend_series_name(VF_IND_GROSS), "gross");
  assert_string_equal(vf_trend_series_name(VF_TREND_FOREIGN), "foreign_citizens");
  assert_string_equal(vf_trend_series_name(VF_TREND_FOREIGN_SHARE), "foreign_citizens_share");
  assert_null(vf_trend_series_name(VF_IND_COUNT + 2));
  const int64_t recipients[] = {2, 2, 2}, gross[] = {4000, 7000, 9000}, young[] = {500, 500, 0};
  for (size_t i = 0; i < 3; i++) {
    assert_int_equal(published(t, VF_IND_RECIPIENTS, i), recipients[i]);
    assert_int_equal(published(t, VF_IND_GROSS, i), gross[i]);
    assert_int_equal(published(t, VF_IND_YOUNG_SHARE, i), young[i]);
    assert_int_equal(published(t, VF_IND_CHILDREN, i), 1);
    assert_int_equal(published(t, VF_TREND_FOREIGN, i), 1);
    assert_int_equal(published(t, VF_TREND_FOREIGN_SHARE, i), 500);
  }
  /* 2023 -> 2024: gross +2 000 kr, 2 000 / 7 000 = 28.57 % -> 28.6; the
   * 18-24 share 50.0 -> 0.0: -50.0 points, -100.0 %. 2022 -> 2023: gross
   * +3 000, +75.0 %. */
  vf_indicator_change c;
  assert_int_equal(vf_trend_change(t, VF_IND_GROSS, 2, &c, NULL), VF_OK);
  assert_int_equal(c.status, VF_VALUE_OK);
  assert_int_equal(c.diff.rounded, 2000);
  assert_int_equal(c.relative_tenths, 286);
  assert_int_equal(vf_trend_change(t, VF_IND_GROSS, 1, &c, NULL), VF_OK);
  assert_int_equal(c.diff.rounded, 3000);
  assert_int_equal(c.relative_tenths, 750);
  assert_int_equal(vf_trend_change(t, VF_IND_YOUNG_SHARE, 2, &c, NULL), VF_OK);
  assert_int_equal(c.diff.rounded, -500);
  assert_int_equal(c.relative_tenths, -1000);
  assert_int_equal(vf_trend_change(t, VF_TREND_FOREIGN, 2, &c, NULL), VF_OK);
  assert_int_equal(c.diff.rounded, 0);
  assert_int_equal(c.relative_tenths, 0);
  vf_trend_free(t);
}

static void rendered(void **state) {
  (void)state;
  vf_trend *t = three_years();
  char *out = NULL;
  size_t len = 0;
  assert_int_equal(vf_trend_render_lang(t, VF_OUTPUT_CSV, NULL, &out, &len, NULL), VF_OK);
  assert_int_equal(strlen(out), len);
  assert_non_null(strstr(out, "indicator,2022,2023,2024,change,change_pct\n"));
  assert_non_null(strstr(out, "\ngross,4000,7000,9000,+2000,+28.6\n"));
  assert_non_null(strstr(out, "\nyoung_share,50.0,50.0,0.0,-50.0,-100.0\n"));
  assert_non_null(strstr(out, "\nforeign_citizens,1,1,1,0,0.0\n"));
  vf_indicators_text_free(out);
  vf_labels *nb;
  assert_int_equal(vf_labels_new(&nb, "nb", NULL), VF_OK);
  assert_int_equal(vf_trend_render_lang(t, VF_OUTPUT_MARKDOWN, nb, &out, NULL, NULL), VF_OK);
  assert_non_null(strstr(out, "| Samlet stønadssum, brutto (kr) | 4 000 | 7 000 | 9 000 | +2 000 | +28,6 |"));
  vf_indicators_text_free(out);
  vf_labels_free(nb);
  for (int f = VF_OUTPUT_TEXT; f <= VF_OUTPUT_MARKDOWN; f++) {
    assert_int_equal(vf_trend_render_lang(t, (vf_output_format)f, NULL, &out, NULL, NULL), VF_OK);
    vf_indicators_text_free(out);
  }
  vf_trend_free(t);
}

static void errors(void **state) {
  (void)state;
  vf_trend *t = three_years();
  vf_error e;
  vf_indicator_value v;
  vf_indicator_change c;
  assert_int_equal(vf_trend_value(t, VF_IND_COUNT + 2, 0, &v, &e), VF_E_RANGE);
  assert_int_equal(vf_trend_value(t, 0, 3, &v, &e), VF_E_RANGE);
  assert_int_equal(vf_trend_change(t, 0, 0, &c, &e), VF_E_RANGE);
  assert_int_equal(vf_trend_change(t, 0, 3, &c, &e), VF_E_RANGE);
  char *out = NULL;
  assert_int_equal(vf_trend_render_lang(t, (vf_output_format)99, NULL, &out, NULL, &e), VF_E_INVALID_ARG);
  /* A second result of a year already held. */
  vf_register *r;
  assert_int_equal(vf_register_new(&r, NULL), VF_OK);
  client(r, "A", 2000, VF_CITIZEN_FOREIGN, 0);
  pay(r, "A", 2023, 1, 10);
  vf_indicators *ind;
  assert_int_equal(vf_indicators_compute(r, 2023, NULL, &ind, NULL), VF_OK);
  assert_int_equal(vf_trend_add(t, ind, &e), VF_E_INCONSISTENT);
  assert_non_null(strstr(e.message, "2023"));
  assert_int_equal(vf_trend_years(t), 3);
  vf_indicators_free(ind);
  vf_register_free(r);
  vf_trend_free(t);
  /* An empty series renders nothing; NULL arguments are refused. */
  assert_int_equal(vf_trend_new(&t, NULL), VF_OK);
  assert_int_equal(vf_trend_render_lang(t, VF_OUTPUT_CSV, NULL, &out, NULL, &e), VF_E_NO_VALUE);
  assert_int_equal(vf_trend_add(t, NULL, &e), VF_E_INVALID_ARG);
  assert_int_equal(vf_trend_new(NULL, &e), VF_E_INVALID_ARG);
  assert_int_equal(vf_trend_years(NULL), 0);
  vf_trend_free(t);
  vf_trend_free(NULL);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(series_by_hand),
    cmocka_unit_test(rendered),
    cmocka_unit_test(errors),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
