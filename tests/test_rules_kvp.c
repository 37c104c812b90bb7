/* Qualification programme: eligibility (sosialtjenesteloven § 29) and the
 * qualification benefit (§ 35), hand-worked from the embedded parameters.
 * G: 118 620 from 2023-05-01, 124 028 from 2024-05-01; kvp.g_factor 2;
 * kvp.under25_fraction 2/3; kvp.min_age 18 (19 before 2019); kvp.max_age 67;
 * kvp.full_time_minutes_per_week 2250 (37.5 h). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>
#include "velferd/velferd.h"

#define KR(x) ((vf_money)(x) * 100)

static vf_date D(int y, int m, int d) { return (vf_date){y, m, d}; }

static void ok(vf_status s, const vf_error *e) {
  if (s != VF_OK) fail_msg("status %d: %s", (int)s, e->message);
}

typedef struct fixture {
  vf_ctx *ctx;
  vf_client *c;
} fixture;

static int setup(void **state) {
  static fixture f;
  if (vf_ctx_new(&f.ctx, NULL, NULL) || vf_client_new(&f.c, NULL)) return -1;
  *state = &f;
  return 0;
}

static int teardown(void **state) {
  fixture *f = *state;
  vf_ctx_free(f->ctx);
  vf_client_free(f->c);
  return 0;
}

static int reset(void **state) {
  fixture *f = *state;
  vf_client_free(f->c);
  return vf_client_new(&f->c, NULL) ? -1 : 0;
}

/* ---- eligibility ---- */

static void all_met(vf_client *c, vf_date birth) {
  vf_error e;
  ok(vf_client_set_birth_date(c, birth, &e), &e);
  ok(vf_client_set_fact(c, VF_FACT_REDUCED_WORK_CAPACITY, VF_YES, &e), &e);
  ok(vf_client_set_fact(c, VF_FACT_FOLKETRYGD_RIGHTS, VF_NO, &e), &e);
  ok(vf_client_set_fact(c, VF_FACT_WORK_ASSESSMENT_DONE, VF_YES, &e), &e);
  ok(vf_client_set_fact(c, VF_FACT_PROGRAMME_AVAILABLE, VF_YES, &e), &e);
}

static void eligible_when_all_met(void **state) {
  fixture *f = *state;
  all_met(f->c, D(1994, 2, 10));
  vf_kvp_eligibility_result r;
  vf_error e;
  vf_trace *t;
  ok(vf_trace_new(&t, &e), &e);
  ok(vf_kvp_eligibility(f->ctx, f->c, D(2024, 5, 1), &r, t, &e), &e);
  assert_int_equal(r.eligible, VF_YES);
  assert_int_equal(r.age, 30); /* born 1994-02-10, on 2024-05-01 */
  for (int i = 0; i < VF_KVP_CRITERION_COUNT; i++) assert_int_equal(r.criteria[i], VF_YES);
  /* the trace lists each criterion with its outcome, then the conclusion */
  assert_int_equal(vf_trace_step_count(t), VF_KVP_CRITERION_COUNT + 1);
  for (size_t i = 0; i < VF_KVP_CRITERION_COUNT; i++) {
    vf_trace_step s;
    ok(vf_trace_get_step(t, i, &s, &e), &e);
    assert_string_equal(s.outcome, "met");
    assert_string_equal(s.version, "kvp_eligibility/1");
  }
  vf_trace_step s;
  ok(vf_trace_get_step(t, VF_KVP_CRITERION_COUNT, &s, &e), &e);
  assert_string_equal(s.outcome, "eligible");
  vf_trace_free(t);
}

/* Each criterion failing on its own makes the client not eligible, and only
 * that criterion is "not met". */
static void each_criterion_fails_alone(void **state) {
  fixture *f = *state;
  static const struct { vf_fact fact; vf_tristate bad; vf_kvp_criterion crit; } cases[] = {
    {VF_FACT_REDUCED_WORK_CAPACITY, VF_NO, VF_KVP_REDUCED_CAPACITY},
    {VF_FACT_FOLKETRYGD_RIGHTS, VF_YES, VF_KVP_LIMITED_FOLKETRYGD},
    {VF_FACT_WORK_ASSESSMENT_DONE, VF_NO, VF_KVP_WORK_ASSESSMENT},
    {VF_FACT_PROGRAMME_AVAILABLE, VF_NO, VF_KVP_PROGRAMME_AVAILABLE}};
  vf_error e;
  vf_kvp_eligibility_result r;
  for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    all_met(f->c, D(1994, 2, 10));
    ok(vf_client_set_fact(f->c, cases[k].fact, cases[k].bad, &e), &e);
    ok(vf_kvp_eligibility(f->ctx, f->c, D(2024, 5, 1), &r, NULL, &e), &e);
    assert_int_equal(r.eligible, VF_NO);
    for (int i = 0; i < VF_KVP_CRITERION_COUNT; i++)
      assert_int_equal(r.criteria[i], i == (int)cases[k].crit ? VF_NO : VF_YES);
  }
  /* working age: 17 on the date (born 2006-05-02, on 2024-05-01) */
  all_met(f->c, D(2006, 5, 2));
  ok(vf_kvp_eligibility(f->ctx, f->c, D(2024, 5, 1), &r, NULL, &e), &e);
  assert_int_equal(r.age, 17);
  assert_int_equal(r.eligible, VF_NO);
  assert_int_equal(r.criteria[VF_KVP_WORKING_AGE], VF_NO);
  for (int i = 1; i < VF_KVP_CRITERION_COUNT; i++) assert_int_equal(r.criteria[i], VF_YES);
  /* 67 on the date: past working age (born 1957-05-01) */
  all_met(f->c, D(1957, 5, 1));
  ok(vf_kvp_eligibility(f->ctx, f->c, D(2024, 5, 1), &r, NULL, &e), &e);
  assert_int_equal(r.criteria[VF_KVP_WORKING_AGE], VF_NO);
  /* 66 the day before: still working age */
  ok(vf_kvp_eligibility(f->ctx, f->c, D(2024, 4, 30), &r, NULL, &e), &e);
  assert_int_equal(r.criteria[VF_KVP_WORKING_AGE], VF_YES);
  /* 18-year-old: yes from 2019-01-01 (lower limit 18), no on 2018-12-31 (limit 19) */
  all_met(f->c, D(2000, 6, 1));
  ok(vf_kvp_eligibility(f->ctx, f->c, D(2018, 12, 31), &r, NULL, &e), &e);
  assert_int_equal(r.age, 18);
  assert_int_equal(r.criteria[VF_KVP_WORKING_AGE], VF_NO);
  ok(vf_kvp_eligibility(f->ctx, f->c, D(2019, 1, 1), &r, NULL, &e), &e);
  assert_int_equal(r.criteria[VF_KVP_WORKING_AGE], VF_YES);
  assert_int_equal(r.eligible, VF_YES);
}

static void unknown_facts(void **state) {
  fixture *f = *state;
  vf_error e;
  vf_kvp_eligibility_result r;
  /* nothing recorded: every criterion unknown */
  ok(vf_kvp_eligibility(f->ctx, f->c, D(2024, 5, 1), &r, NULL, &e), &e);
  assert_int_equal(r.eligible, VF_UNKNOWN);
  assert_int_equal(r.age, -1);
  for (int i = 0; i < VF_KVP_CRITERION_COUNT; i++) assert_int_equal(r.criteria[i], VF_UNKNOWN);
  /* one unknown, rest met: unknown */
  all_met(f->c, D(1990, 1, 1));
  ok(vf_client_set_fact(f->c, VF_FACT_WORK_ASSESSMENT_DONE, VF_UNKNOWN, &e), &e);
  ok(vf_kvp_eligibility(f->ctx, f->c, D(2024, 5, 1), &r, NULL, &e), &e);
  assert_int_equal(r.eligible, VF_UNKNOWN);
  /* one unknown and one not met: not eligible */
  ok(vf_client_set_fact(f->c, VF_FACT_PROGRAMME_AVAILABLE, VF_NO, &e), &e);
  ok(vf_kvp_eligibility(f->ctx, f->c, D(2024, 5, 1), &r, NULL, &e), &e);
  assert_int_equal(r.eligible, VF_NO);
  assert_string_equal(vf_kvp_criterion_name(VF_KVP_LIMITED_FOLKETRYGD), "limited_folketrygd");
  assert_null(vf_kvp_criterion_name(VF_KVP_CRITERION_COUNT));
}

static void eligibility_bad_input(void **state) {
  fixture *f = *state;
  vf_error e;
  vf_kvp_eligibility_result r;
  ok(vf_client_set_birth_date(f->c, D(2024, 6, 1), &e), &e);
  assert_int_equal(vf_kvp_eligibility(f->ctx, f->c, D(2024, 5, 1), &r, NULL, &e), VF_E_DATE);
  assert_string_equal(e.field, "birth_date");
  assert_int_equal(vf_kvp_eligibility(f->ctx, f->c, D(2024, 2, 30), &r, NULL, &e), VF_E_DATE);
  assert_int_equal(vf_kvp_eligibility(f->ctx, NULL, D(2024, 5, 1), &r, NULL, &e), VF_E_INVALID_ARG);
  /* before the programme existed the age limits have no value */
  ok(vf_client_set_birth_date(f->c, D(1970, 1, 1), &e), &e);
  assert_int_equal(vf_kvp_eligibility(f->ctx, f->c, D(2005, 1, 1), &r, NULL, &e), VF_E_NO_VALUE);
  assert_string_equal(e.field, "kvp.min_age");
}

/* ---- benefit ---- */

static vf_kvp_benefit_result period(const fixture *f, vf_date from, vf_date to, int minutes) {
  vf_kvp_benefit_result r;
  vf_error e;
  ok(vf_kvp_benefit_period(f->ctx, f->c, from, to, minutes, &r, NULL, &e), &e);
  return r;
}

/* A 30-year-old across 1 May 2024 (period 15 April - 14 May).
 * April part, 16 days of 30, G 118 620: 2 x 118 620 = 237 240 a year;
 *   237 240 x 16 / (12 x 30) = 10 544.00
 * May part, 14 days of 31, G 124 028: 248 056 a year;
 *   248 056 x 14 / (12 x 31) = 9 335.4408... -> 9 335.44
 * total 19 879.44 */
static void thirty_year_old_across_1_may(void **state) {
  fixture *f = *state;
  vf_error e;
  ok(vf_client_set_birth_date(f->c, D(1994, 2, 10), &e), &e);
  vf_kvp_benefit_result r = period(f, D(2024, 4, 15), D(2024, 5, 14), 0);
  assert_int_equal(r.part_count, 2);
  assert_int_equal(r.parts[0].g, KR(118620));
  assert_int_equal(r.parts[0].yearly, KR(237240));
  assert_int_equal(r.parts[0].days, 16);
  assert_int_equal(r.parts[0].amount, KR(10544));
  assert_false(r.parts[0].under25);
  assert_int_equal(vf_date_cmp(r.parts[1].from, D(2024, 5, 1)), 0);
  assert_int_equal(r.parts[1].yearly, KR(248056));
  assert_int_equal(r.parts[1].amount, 933544);
  assert_int_equal(r.base, 1987944);
  assert_int_equal(r.amount, 1987944);
  /* rates on the last day: yearly 248 056, monthly 248 056 / 12 = 20 671.333 -> 20 671.33;
   * no daily rate: kvp.days_per_year is not sourced */
  assert_int_equal(r.yearly, KR(248056));
  assert_int_equal(r.monthly, 2067133);
  assert_false(r.daily_known);
  /* calendar months: April 237 240 / 12 = 19 770.00, May = the monthly rate */
  vf_kvp_benefit_result m;
  ok(vf_kvp_benefit_month(f->ctx, f->c, 2024, 4, 0, &m, NULL, &e), &e);
  assert_int_equal(m.amount, KR(19770));
  ok(vf_kvp_benefit_month(f->ctx, f->c, 2024, 5, 0, &m, NULL, &e), &e);
  assert_int_equal(m.part_count, 1);
  assert_int_equal(m.amount, 2067133);
  /* with a daily divisor set (260, for the test): 248 056 / 260 = 954.0615 -> 954.06 */
  vf_ctx *x;
  ok(vf_ctx_clone(&x, f->ctx, &e), &e);
  ok(vf_ctx_set_param(x, "kvp.days_per_year", D(2007, 11, 1), 260, 1, "test", &e), &e);
  ok(vf_kvp_benefit_month(x, f->c, 2024, 5, 0, &m, NULL, &e), &e);
  assert_true(m.daily_known);
  assert_int_equal(m.daily, 95406);
  vf_ctx_free(x);
}

/* A 23-year-old, same period: 2/3 of the rate.
 * April: 237 240 x 2/3 = 158 160.00 a year; x 16 / 360 = 7 029.333 -> 7 029.33
 * May: 248 056 x 2/3 = 165 370.666 -> 165 370.67; x 14 / 372 = 6 223.6274 -> 6 223.63
 * total 13 252.96; monthly on the last day 165 370.67 / 12 = 13 780.889 -> 13 780.89 */
static void twenty_three_year_old_across_1_may(void **state) {
  fixture *f = *state;
  vf_error e;
  ok(vf_client_set_birth_date(f->c, D(2001, 3, 3), &e), &e);
  vf_trace *t;
  ok(vf_trace_new(&t, &e), &e);
  vf_kvp_benefit_result r;
  ok(vf_kvp_benefit_period(f->ctx, f->c, D(2024, 4, 15), D(2024, 5, 14), 0, &r, t, &e), &e);
  assert_int_equal(r.part_count, 2);
  assert_true(r.parts[0].under25 && r.parts[1].under25);
  assert_int_equal(r.parts[0].yearly, KR(158160));
  assert_int_equal(r.parts[0].amount, 702933);
  assert_int_equal(r.parts[1].yearly, 16537067);
  assert_int_equal(r.parts[1].amount, 622363);
  assert_int_equal(r.amount, 1325296);
  assert_int_equal(r.monthly, 1378089);
  /* the trace shows G of each part with its valid-from date */
  vf_trace_param p;
  vf_trace_step s;
  ok(vf_trace_get_step(t, 1, &s, &e), &e);
  assert_string_equal(s.rule, "kvp.part");
  assert_int_equal(s.amount, 702933);
  ok(vf_trace_get_param(t, 1, 0, &p, &e), &e);
  assert_string_equal(p.name, "g");
  assert_int_equal(vf_date_cmp(p.valid_from, D(2023, 5, 1)), 0);
  ok(vf_trace_get_param(t, 2, 0, &p, &e), &e);
  assert_int_equal(vf_date_cmp(p.valid_from, D(2024, 5, 1)), 0);
  ok(vf_trace_get_param(t, 2, 2, &p, &e), &e);
  assert_string_equal(p.name, "kvp.under25_fraction");
  vf_trace_info info;
  ok(vf_trace_get_info(t, &info, &e), &e);
  assert_string_equal(info.rules, "kvp_benefit/1");
  assert_string_equal(info.period, "2024-04-15..2024-05-14");
  vf_trace_free(t);
}

/* Turning 25 on 20 April 2024 (born 1999-04-20): the day the full rate starts
 * is not sourced, so the result needs the setting. */
static void turning_25_in_the_period(void **state) {
  fixture *f = *state;
  vf_error e;
  vf_kvp_benefit_result r;
  ok(vf_client_set_birth_date(f->c, D(1999, 4, 20), &e), &e);
  assert_int_equal(vf_kvp_benefit_month(f->ctx, f->c, 2024, 4, 0, &r, NULL, &e), VF_E_NO_VALUE);
  assert_string_equal(e.field, "kvp.full_rate_from_next_month");
  vf_ctx *x;
  ok(vf_ctx_clone(&x, f->ctx, &e), &e);
  /* full rate from the birthday: 1-19 April at 158 160 -> 158 160 x 19 / 360 = 8 347.333 -> 8 347.33;
   * 20-30 April at 237 240 -> 237 240 x 11 / 360 = 7 249.00; total 15 596.33 */
  ok(vf_ctx_set_param(x, "kvp.full_rate_from_next_month", D(2007, 11, 1), 0, 1, "test", &e), &e);
  ok(vf_kvp_benefit_month(x, f->c, 2024, 4, 0, &r, NULL, &e), &e);
  assert_int_equal(r.part_count, 2);
  assert_int_equal(r.parts[0].days, 19);
  assert_int_equal(r.parts[0].amount, 834733);
  assert_int_equal(r.parts[1].amount, 724900);
  assert_int_equal(r.amount, 1559633);
  /* full rate from the next month: all of April at 2/3: 158 160 / 12 = 13 180.00 */
  ok(vf_ctx_set_param(x, "kvp.full_rate_from_next_month", D(2007, 11, 1), 1, 1, "test", &e), &e);
  ok(vf_kvp_benefit_month(x, f->c, 2024, 4, 0, &r, NULL, &e), &e);
  assert_int_equal(r.part_count, 1);
  assert_int_equal(r.amount, KR(13180));
  vf_ctx_free(x);
  /* when both readings agree the setting is not needed: May 2024 is full rate either way */
  ok(vf_kvp_benefit_month(f->ctx, f->c, 2024, 5, 0, &r, NULL, &e), &e);
  assert_int_equal(r.amount, 2067133);
  /* a 25th birthday on the 1st: full rate from that day, no setting needed */
  ok(vf_client_set_birth_date(f->c, D(1999, 5, 1), &e), &e);
  ok(vf_kvp_benefit_month(f->ctx, f->c, 2024, 5, 0, &r, NULL, &e), &e);
  assert_false(r.parts[0].under25);
  assert_int_equal(r.amount, 2067133);
}

/* Child supplement per child per weekday. May 2024 starts on a Wednesday and
 * has 23 weekdays (1-3, 6-10, 13-17, 20-24, 27-31). */
static void child_supplement(void **state) {
  fixture *f = *state;
  vf_error e;
  vf_kvp_benefit_result r;
  ok(vf_client_set_birth_date(f->c, D(1994, 2, 10), &e), &e);
  ok(vf_client_add_child(f->c, D(2015, 1, 1), &e), &e);
  /* the rate is not sourced: an error naming it, not a benefit without it */
  assert_int_equal(vf_kvp_benefit_month(f->ctx, f->c, 2024, 5, 0, &r, NULL, &e), VF_E_NO_VALUE);
  assert_string_equal(e.field, "kvp.child_supplement");
  vf_ctx *x;
  ok(vf_ctx_clone(&x, f->ctx, &e), &e);
  /* 27 kr per child per weekday, NAV's undated figure, set for the test */
  ok(vf_ctx_set_param(x, "kvp.child_supplement", D(2007, 11, 1), KR(27), 1, "test", &e), &e);
  ok(vf_kvp_benefit_month(x, f->c, 2024, 5, 0, &r, NULL, &e), &e);
  assert_int_equal(r.child_days, 23);
  assert_int_equal(r.child_supplement, KR(621)); /* 23 x 27 */
  assert_int_equal(r.amount, 2067133 + KR(621));
  /* a second child born 20 May: weekdays 20-24 and 27-31 = 10; a third turns 18 on
   * 15 May (born 2006-05-15): weekdays 1-3, 6-10, 13-14 = 10.
   * 23 + 10 + 10 = 43 child-days x 27 = 1 161 */
  ok(vf_client_add_child(f->c, D(2024, 5, 20), &e), &e);
  ok(vf_client_add_child(f->c, D(2006, 5, 15), &e), &e);
  ok(vf_kvp_benefit_month(x, f->c, 2024, 5, 0, &r, NULL, &e), &e);
  assert_int_equal(r.child_days, 43);
  assert_int_equal(r.child_supplement, KR(1161));
  vf_ctx_free(x);
}

/* Reductions: paid work in proportion to hours, trygd krone for krone. */
static void reductions(void **state) {
  fixture *f = *state;
  vf_error e;
  vf_kvp_benefit_result r;
  ok(vf_client_set_birth_date(f->c, D(1994, 2, 10), &e), &e);
  /* 12.5 hours a week = 750 of 2250 minutes: 20 671.33 x 750 / 2250 = 6 890.443 -> 6 890.44;
   * 20 671.33 - 6 890.44 = 13 780.89 */
  ok(vf_client_set_income(f->c, VF_INC_WORK, KR(6000), &e), &e);
  ok(vf_kvp_benefit_month(f->ctx, f->c, 2024, 5, 750, &r, NULL, &e), &e);
  assert_int_equal(r.work_reduction, 689044);
  assert_int_equal(r.amount, 1378089);
  /* work income without hours is refused */
  assert_int_equal(vf_kvp_benefit_month(f->ctx, f->c, 2024, 5, 0, &r, NULL, &e),
                   VF_E_INCONSISTENT);
  assert_int_equal(vf_kvp_benefit_month(f->ctx, f->c, 2024, 5, 2251, &r, NULL, &e), VF_E_RANGE);
  assert_int_equal(vf_kvp_benefit_month(f->ctx, f->c, 2024, 5, -1, &r, NULL, &e), VF_E_RANGE);
  ok(vf_client_set_income(f->c, VF_INC_WORK, 0, &e), &e);
  /* sykepenger 5 000 a month over 15 April - 14 May:
   * 5 000 x 16/30 = 2 666.666 -> 2 666.67; 5 000 x 14/31 = 2 258.0645 -> 2 258.06;
   * 4 924.73 deducted from 19 879.44 = 14 954.71 */
  ok(vf_client_set_income(f->c, VF_INC_TRYGD, KR(5000), &e), &e);
  r = period(f, D(2024, 4, 15), D(2024, 5, 14), 0);
  assert_int_equal(r.trygd, 492473);
  assert_int_equal(r.amount, 1495471);
  /* bostøtte, bidrag, barnetrygd and partner income are not deducted */
  ok(vf_client_set_income(f->c, VF_INC_HOUSING, KR(3000), &e), &e);
  ok(vf_client_set_income(f->c, VF_INC_CHILD_SUPPORT, KR(2000), &e), &e);
  ok(vf_client_set_income(f->c, VF_INC_PARTNER, KR(10000), &e), &e);
  r = period(f, D(2024, 4, 15), D(2024, 5, 14), 0);
  assert_int_equal(r.amount, 1495471);
  /* trygd above the benefit: zero, not negative */
  ok(vf_client_set_income(f->c, VF_INC_TRYGD, KR(30000), &e), &e);
  r = period(f, D(2024, 5, 1), D(2024, 5, 31), 0);
  assert_int_equal(r.amount, 0);
}

static void benefit_bad_input(void **state) {
  fixture *f = *state;
  vf_error e;
  vf_kvp_benefit_result r;
  memset(&r, 0x5a, sizeof r);
  vf_kvp_benefit_result before = r;
  assert_int_equal(vf_kvp_benefit_month(f->ctx, f->c, 2024, 5, 0, &r, NULL, &e), VF_E_INVALID_ARG);
  assert_string_equal(e.field, "birth_date");
  ok(vf_client_set_birth_date(f->c, D(2024, 5, 10), &e), &e);
  assert_int_equal(vf_kvp_benefit_month(f->ctx, f->c, 2024, 5, 0, &r, NULL, &e), VF_E_DATE);
  assert_string_equal(e.field, "birth_date");
  ok(vf_client_set_birth_date(f->c, D(1990, 1, 1), &e), &e);
  assert_int_equal(vf_kvp_benefit_month(f->ctx, f->c, 2024, 13, 0, &r, NULL, &e), VF_E_DATE);
  assert_int_equal(vf_kvp_benefit_period(f->ctx, f->c, D(2024, 5, 2), D(2024, 5, 1), 0, &r,
                                         NULL, &e), VF_E_DATE);
  assert_string_equal(e.field, "to");
  assert_int_equal(vf_kvp_benefit_period(f->ctx, f->c, D(2024, 2, 30), D(2024, 5, 1), 0, &r,
                                         NULL, &e), VF_E_DATE);
  /* two years need more than 16 parts */
  assert_int_equal(vf_kvp_benefit_period(f->ctx, f->c, D(2022, 1, 1), D(2023, 12, 31), 0, &r,
                                         NULL, &e), VF_E_RANGE);
  /* before the programme: no 2 G factor */
  assert_int_equal(vf_kvp_benefit_month(f->ctx, f->c, 2007, 10, 0, &r, NULL, &e), VF_E_NO_VALUE);
  assert_string_equal(e.field, "kvp.g_factor");
  assert_memory_equal(&r, &before, sizeof r);
}

/* Properties: more trygd or more hours of work never give more benefit; the
 * amount is the exact sum of the parts; whole months are yearly / 12. */
static void properties(void **state) {
  fixture *f = *state;
  vf_error e;
  ok(vf_client_set_birth_date(f->c, D(1994, 2, 10), &e), &e);
  uint64_t x = 12345;
  for (int round = 0; round < 200; round++) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    int start = (int)(x >> 33) % 300, len = (int)(x >> 45) % 60;
    vf_date from, to;
    ok(vf_date_from_days(vf_date_to_days(D(2023, 1, 1)) + start, &from, &e), &e);
    ok(vf_date_from_days(vf_date_to_days(from) + len, &to, &e), &e);
    vf_money trygd = (vf_money)((x >> 20) % 3000000);
    int minutes = (int)((x >> 11) % 2251);
    ok(vf_client_set_income(f->c, VF_INC_TRYGD, trygd, &e), &e);
    vf_kvp_benefit_result a = period(f, from, to, minutes);
    vf_money sum = 0;
    for (size_t i = 0; i < a.part_count; i++) sum += a.parts[i].amount;
    assert_int_equal(a.base, sum);
    vf_money want = a.base - a.work_reduction - a.trygd;
    assert_int_equal(a.amount, want > 0 ? want : 0);
    ok(vf_client_set_income(f->c, VF_INC_TRYGD, trygd + 1 + (vf_money)(x % 50000), &e), &e);
    assert_true(period(f, from, to, minutes).amount <= a.amount);
    ok(vf_client_set_income(f->c, VF_INC_TRYGD, trygd, &e), &e);
    if (minutes < 2250) assert_true(period(f, from, to, minutes + 1).amount <= a.amount);
  }
  /* every whole month of 2024 is yearly / 12 of the G and the factor in force
   * on its first day: 2 G of 118 620 (January-April), of 124 028 (May, June),
   * 2.041 G of 124 028 from July: 253 141.15 / 12 = 21 095.096 -> 21 095.10 */
  ok(vf_client_set_income(f->c, VF_INC_TRYGD, 0, &e), &e);
  for (int m = 1; m <= 12; m++) {
    vf_kvp_benefit_result r;
    ok(vf_kvp_benefit_month(f->ctx, f->c, 2024, m, 0, &r, NULL, &e), &e);
    assert_int_equal(r.amount, m < 5 ? KR(19770) : m < 7 ? 2067133 : 2109510);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup(eligible_when_all_met, reset),
    cmocka_unit_test_setup(each_criterion_fails_alone, reset),
    cmocka_unit_test_setup(unknown_facts, reset),
    cmocka_unit_test_setup(eligibility_bad_input, reset),
    cmocka_unit_test_setup(thirty_year_old_across_1_may, reset),
    cmocka_unit_test_setup(twenty_three_year_old_across_1_may, reset),
    cmocka_unit_test_setup(turning_25_in_the_period, reset),
    cmocka_unit_test_setup(child_supplement, reset),
    cmocka_unit_test_setup(reductions, reset),
    cmocka_unit_test_setup(benefit_bad_input, reset),
    cmocka_unit_test_setup(properties, reset),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
