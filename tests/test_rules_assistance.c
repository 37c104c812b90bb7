/* Economic assistance (sosialtjenesteloven § 18) and Bergen's 80 % rule:
 * hand-worked cases from the embedded parameters, bad input, and properties.
 * Rates used (data/params): guideline 2021-01-01 single 6 450, couple 10 800,
 * sharing 5 400, child 0-5 2 850, 6-10 3 250; 2022-07-01 couple 11 150,
 * child 0-5 3 250, 6-10 3 350; minimum_pension.single 224 878 from 2021-07-01,
 * minimum_pension.couple 193 429 from 2021-05-01. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include "velferd/velferd.h"

#define KR(x) ((vf_money)(x) * 100)

static vf_date D(int y, int m, int d) { return (vf_date){y, m, d}; }

typedef struct fixture {
  vf_ctx *def, *bergen;
  vf_client *c;
} fixture;

static int setup(void **state) {
  static fixture f;
  if (vf_ctx_new(&f.def, NULL, NULL) || vf_ctx_new(&f.bergen, "bergen", NULL) ||
      vf_client_new(&f.c, NULL))
    return -1;
  *state = &f;
  return 0;
}

static int teardown(void **state) {
  fixture *f = *state;
  vf_ctx_free(f->def);
  vf_ctx_free(f->bergen);
  vf_client_free(f->c);
  return 0;
}

/* Each test starts from an empty client. */
static int reset(void **state) {
  fixture *f = *state;
  vf_client_free(f->c);
  return vf_client_new(&f->c, NULL) ? -1 : 0;
}

static void ok(vf_status s, const vf_error *e) {
  if (s != VF_OK) fail_msg("status %d: %s", (int)s, e->message);
}

/* Born 1950-03-10, lives alone, alderspensjon 15 000 net, rent 9 000, electricity 1 000. */
static void pensioner(vf_client *c) {
  vf_error e;
  ok(vf_client_set_birth_date(c, D(1950, 3, 10), &e), &e);
  ok(vf_client_set_civil_status(c, VF_CIVIL_UNMARRIED, &e), &e);
  ok(vf_client_set_trygd(c, VF_TRYGD_OLD_AGE, &e), &e);
  ok(vf_client_set_income(c, VF_INC_TRYGD, KR(15000), &e), &e);
  ok(vf_client_set_housing(c, VF_HOUSING_RENT, KR(9000), &e), &e);
  ok(vf_client_set_housing(c, VF_HOUSING_ELECTRICITY, KR(1000), &e), &e);
}

static void bergen_pensioner_high_rent(void **state) {
  fixture *f = *state;
  pensioner(f->c);
  vf_assistance_result r;
  vf_error e;
  ok(vf_assistance_month(f->bergen, f->c, 2021, 10, &r, NULL, &e), &e);
  /* ordinary: 6 450 + (9 000 + 1 000) - 15 000 = 1 450.00 */
  assert_int_equal(r.household, VF_HOUSEHOLD_SINGLE);
  assert_int_equal(r.norm, KR(6450));
  assert_int_equal(r.housing, KR(10000));
  assert_int_equal(r.income, KR(15000));
  assert_int_equal(r.ordinary, KR(1450));
  /* 80 % rule: level 224 878 / 12 = 18 739.8333 -> 18 739.83;
   * minimum 18 739.83 x 4/5 = 14 991.864 -> 14 991.86;
   * supplement 14 991.86 + 9 000 + 1 000 - 15 000 = 9 991.86 > 1 450 */
  assert_true(r.rule80_enabled);
  assert_true(r.rule80_applies);
  assert_int_equal(r.rule80_level, 1873983);
  assert_int_equal(r.rule80_minimum, 1499186);
  assert_int_equal(r.rule80_supplement, 999186);
  assert_int_equal(r.assistance, 999186);
}

static void same_pensioner_rule_off(void **state) {
  fixture *f = *state;
  pensioner(f->c);
  vf_assistance_result r;
  vf_error e;
  ok(vf_assistance_month(f->def, f->c, 2021, 10, &r, NULL, &e), &e);
  assert_false(r.rule80_enabled);
  assert_false(r.rule80_applies);
  assert_int_equal(r.rule80_supplement, 0);
  assert_int_equal(r.assistance, KR(1450)); /* the ordinary calculation alone */
  /* Switching the rule off in Bergen by a dated override gives the same. */
  vf_ctx *x;
  ok(vf_ctx_clone(&x, f->bergen, &e), &e);
  ok(vf_ctx_set_param(x, "rule80.enabled", D(2021, 1, 1), 0, 1, "test: rule ended", &e), &e);
  ok(vf_assistance_month(x, f->c, 2021, 10, &r, NULL, &e), &e);
  assert_int_equal(r.assistance, KR(1450));
  /* ... but not before the override's date: 2020-12 is still under the rule.
   * 2020-12: single 6 250, minimum_pension.single 208 690 (2020-05-01):
   * level 208 690 / 12 = 17 390.8333 -> 17 390.83; x 4/5 = 13 912.664 -> 13 912.66;
   * supplement 13 912.66 + 10 000 - 15 000 = 8 912.66 */
  ok(vf_assistance_month(x, f->c, 2020, 12, &r, NULL, &e), &e);
  assert_int_equal(r.rule80_minimum, 1391266);
  assert_int_equal(r.assistance, 891266);
  vf_ctx_free(x);
}

static void rule80_not_for_temporary_benefits(void **state) {
  fixture *f = *state;
  pensioner(f->c);
  vf_error e;
  ok(vf_client_set_trygd(f->c, VF_TRYGD_WORK_ASSESSMENT, &e), &e); /* AAP is not permanent */
  vf_assistance_result r;
  ok(vf_assistance_month(f->bergen, f->c, 2021, 10, &r, NULL, &e), &e);
  assert_true(r.rule80_enabled);
  assert_false(r.rule80_applies);
  assert_int_equal(r.assistance, KR(1450));
  /* uføretrygd is permanent in Bergen: same figures as the pensioner */
  ok(vf_client_set_trygd(f->c, VF_TRYGD_DISABILITY, &e), &e);
  ok(vf_assistance_month(f->bergen, f->c, 2021, 10, &r, NULL, &e), &e);
  assert_int_equal(r.assistance, 999186);
}

static void rule80_couple_and_ordinary_larger(void **state) {
  fixture *f = *state;
  vf_error e;
  vf_client *c = f->c;
  ok(vf_client_set_civil_status(c, VF_CIVIL_MARRIED, &e), &e);
  ok(vf_client_set_trygd(c, VF_TRYGD_DISABILITY, &e), &e);
  ok(vf_client_set_income(c, VF_INC_TRYGD, KR(20000), &e), &e);
  ok(vf_client_set_income(c, VF_INC_PARTNER, KR(5000), &e), &e);
  ok(vf_client_set_housing(c, VF_HOUSING_RENT, KR(11000), &e), &e);
  ok(vf_client_set_housing(c, VF_HOUSING_ELECTRICITY, KR(1200), &e), &e);
  vf_assistance_result r;
  ok(vf_assistance_month(f->bergen, c, 2021, 10, &r, NULL, &e), &e);
  /* couple (civil status married, partner fact not recorded): norm 10 800
   * ordinary: 10 800 + 12 200 - 25 000 = -2 000 -> 0
   * level: 2 x 193 429 / 12 = 32 238.1666 -> 32 238.17; x 4/5 = 25 790.536 -> 25 790.54
   * supplement: 25 790.54 + 11 000 + 1 200 - 25 000 = 12 990.54 */
  assert_int_equal(r.household, VF_HOUSEHOLD_COUPLE);
  assert_int_equal(r.ordinary, 0);
  assert_int_equal(r.rule80_level, 3223817);
  assert_int_equal(r.rule80_minimum, 2579054);
  assert_int_equal(r.assistance, 1299054);
  /* No rent: ordinary 10 800 + 1 200 - 25 000 < 0 -> 0;
   * supplement 25 790.54 + 0 + 1 200 - 25 000 = 1 990.54 */
  ok(vf_client_set_housing(c, VF_HOUSING_RENT, 0, &e), &e);
  ok(vf_assistance_month(f->bergen, c, 2021, 10, &r, NULL, &e), &e);
  assert_int_equal(r.assistance, 199054);
  /* Partner fact "no" overrides civil status: single rate, and partner income is then
   * inconsistent. */
  ok(vf_client_set_fact(c, VF_FACT_LIVES_WITH_PARTNER, VF_NO, &e), &e);
  assert_int_equal(vf_assistance_month(f->bergen, c, 2021, 10, &r, NULL, &e), VF_E_INCONSISTENT);
  assert_string_equal(e.field, "partner");
}

static void couple_with_two_children(void **state) {
  fixture *f = *state;
  vf_error e;
  vf_client *c = f->c;
  ok(vf_client_set_birth_date(c, D(1985, 1, 2), &e), &e);
  ok(vf_client_set_fact(c, VF_FACT_LIVES_WITH_PARTNER, VF_YES, &e), &e);
  ok(vf_client_add_child(c, D(2017, 3, 1), &e), &e);
  ok(vf_client_add_child(c, D(2012, 8, 20), &e), &e);
  ok(vf_client_set_housing(c, VF_HOUSING_RENT, KR(12000), &e), &e);
  ok(vf_client_set_housing(c, VF_HOUSING_ELECTRICITY, KR(1500), &e), &e);
  ok(vf_client_set_housing(c, VF_HOUSING_OTHER, KR(300), &e), &e);
  ok(vf_client_set_income(c, VF_INC_WORK, KR(20000), &e), &e);
  ok(vf_client_set_income(c, VF_INC_PARTNER, KR(5000), &e), &e);
  ok(vf_client_set_income(c, VF_INC_CHILD_BENEFIT, KR(2108), &e), &e);
  vf_assistance_result r;
  ok(vf_assistance_month(f->def, c, 2021, 6, &r, NULL, &e), &e);
  /* 2021-06-01: children aged 4 (0-5: 2 850) and 8 (6-10: 3 250);
   * norm 10 800 + 2 850 + 3 250 = 16 900; housing 12 000 + 1 500 + 300 = 13 800;
   * income 20 000 + 5 000 + barnetrygd 2 108 (counted before 2022-09-01) = 27 108;
   * ordinary 16 900 + 13 800 - 27 108 = 3 592 */
  assert_int_equal(r.household, VF_HOUSEHOLD_COUPLE);
  assert_int_equal(r.children, 2);
  assert_int_equal(r.norm_adults, KR(10800));
  assert_int_equal(r.norm_children, KR(6100));
  assert_int_equal(r.housing, KR(13800));
  assert_int_equal(r.income, KR(27108));
  assert_int_equal(r.income_exempt, 0);
  assert_int_equal(r.assistance, KR(3592));
  /* 2022-10-01: ages 5 (3 250) and 10 (3 350), couple 11 150: norm 17 750;
   * barnetrygd not counted (§ 18 third paragraph): income 25 000;
   * 17 750 + 13 800 - 25 000 = 6 550 */
  ok(vf_assistance_month(f->def, c, 2022, 10, &r, NULL, &e), &e);
  assert_int_equal(r.norm, KR(17750));
  assert_int_equal(r.income, KR(25000));
  assert_int_equal(r.income_exempt, KR(2108));
  assert_int_equal(r.assistance, KR(6550));
}

static void sharing_household(void **state) {
  fixture *f = *state;
  vf_error e;
  ok(vf_client_set_fact(f->c, VF_FACT_SHARES_HOME, VF_YES, &e), &e);
  ok(vf_client_set_housing(f->c, VF_HOUSING_RENT, KR(4000), &e), &e);
  vf_assistance_result r;
  ok(vf_assistance_month(f->def, f->c, 2021, 3, &r, NULL, &e), &e);
  /* sharing 5 400 + rent 4 000 - 0 = 9 400 */
  assert_int_equal(r.household, VF_HOUSEHOLD_SHARING);
  assert_int_equal(r.assistance, KR(9400));
}

static void income_above_norm_gives_zero(void **state) {
  fixture *f = *state;
  vf_error e;
  ok(vf_client_set_income(f->c, VF_INC_WORK, KR(20000), &e), &e);
  ok(vf_client_set_housing(f->c, VF_HOUSING_RENT, KR(5000), &e), &e);
  vf_assistance_result r;
  ok(vf_assistance_month(f->def, f->c, 2021, 6, &r, NULL, &e), &e);
  /* 6 450 + 5 000 - 20 000 = -8 550 -> 0 */
  assert_int_equal(r.ordinary, 0);
  assert_int_equal(r.assistance, 0);
  /* exactly equal: 6 450 + 5 000 - 11 450 = 0 */
  ok(vf_client_set_income(f->c, VF_INC_WORK, KR(11450), &e), &e);
  ok(vf_assistance_month(f->def, f->c, 2021, 6, &r, NULL, &e), &e);
  assert_int_equal(r.assistance, 0);
}

static void rent_cap_and_own_norm(void **state) {
  fixture *f = *state;
  vf_error e;
  vf_ctx *x;
  ok(vf_ctx_clone(&x, f->def, &e), &e);
  ok(vf_client_set_housing(f->c, VF_HOUSING_RENT, KR(9000), &e), &e);
  ok(vf_client_set_housing(f->c, VF_HOUSING_ELECTRICITY, KR(800), &e), &e);
  ok(vf_client_add_child(f->c, D(2015, 5, 5), &e), &e);
  ok(vf_ctx_set_param(x, "municipal.rent_cap.enabled", D(2021, 1, 1), 1, 1, "test", &e), &e);
  vf_assistance_result r;
  /* cap switched on without figures: the missing parameter is named */
  assert_int_equal(vf_assistance_month(x, f->c, 2021, 6, &r, NULL, &e), VF_E_NO_VALUE);
  assert_string_equal(e.field, "municipal.rent_cap.single");
  ok(vf_ctx_set_param(x, "municipal.rent_cap.single", D(2021, 1, 1), KR(7000), 1, "test", &e), &e);
  ok(vf_ctx_set_param(x, "municipal.rent_cap.per_child", D(2021, 1, 1), KR(500), 1, "test", &e), &e);
  ok(vf_assistance_month(x, f->c, 2021, 6, &r, NULL, &e), &e);
  /* cap 7 000 + 1 x 500 = 7 500 < rent 9 000; child aged 6 on 2021-06-01 (3 250);
   * 6 450 + 3 250 + 7 500 + 800 - 0 = 18 000 */
  assert_int_equal(r.rent_cap, KR(7500));
  assert_int_equal(r.rent_allowed, KR(7500));
  assert_int_equal(r.assistance, KR(18000));
  /* municipality's own rates */
  ok(vf_ctx_set_param(x, "municipal.own_norm", D(2021, 1, 1), 1, 1, "test", &e), &e);
  assert_int_equal(vf_assistance_month(x, f->c, 2021, 6, &r, NULL, &e), VF_E_NO_VALUE);
  assert_string_equal(e.field, "municipal.norm.single");
  ok(vf_ctx_set_param(x, "municipal.norm.single", D(2021, 1, 1), KR(7000), 1, "test", &e), &e);
  ok(vf_ctx_set_param(x, "municipal.norm.child_6_10", D(2021, 1, 1), KR(3500), 1, "test", &e), &e);
  ok(vf_assistance_month(x, f->c, 2021, 6, &r, NULL, &e), &e);
  /* 7 000 + 3 500 + 7 500 + 800 = 18 800 */
  assert_int_equal(r.assistance, KR(18800));
  vf_ctx_free(x);
}

static void bad_input(void **state) {
  fixture *f = *state;
  vf_error e;
  vf_assistance_result r;
  memset(&r, 0x5a, sizeof r);
  vf_assistance_result before = r;
  /* negative rent is refused when recorded */
  assert_int_equal(vf_client_set_housing(f->c, VF_HOUSING_RENT, -1, &e), VF_E_RANGE);
  assert_int_equal(vf_client_set_income(f->c, VF_INC_WORK, -100, &e), VF_E_RANGE);
  /* unknown codes */
  assert_int_equal(vf_client_set_trygd(f->c, (vf_trygd)99, &e), VF_E_UNKNOWN_CODE);
  int v;
  assert_int_equal(vf_code_parse(VF_CODES_TRYGD, "pension", &v, &e), VF_E_UNKNOWN_CODE);
  assert_null(vf_household_name((vf_household)0));
  /* impossible month */
  assert_int_equal(vf_assistance_month(f->def, f->c, 2021, 13, &r, NULL, &e), VF_E_DATE);
  /* client born after the calculation date */
  ok(vf_client_set_birth_date(f->c, D(2021, 6, 15), &e), &e);
  assert_int_equal(vf_assistance_month(f->def, f->c, 2021, 6, &r, NULL, &e), VF_E_DATE);
  assert_string_equal(e.field, "birth_date");
  assert_non_null(strstr(e.message, "2021-06-15"));
  ok(vf_client_set_birth_date(f->c, D(1990, 1, 1), &e), &e);
  /* child born after the first day of the month */
  ok(vf_client_add_child(f->c, D(2021, 6, 2), &e), &e);
  assert_int_equal(vf_assistance_month(f->def, f->c, 2021, 6, &r, NULL, &e), VF_E_DATE);
  assert_non_null(strstr(e.message, "child 1 is born 2021-06-02"));
  /* a child aged 18 is not a child for the guideline rates */
  vf_client_clear_children(f->c);
  ok(vf_client_add_child(f->c, D(2003, 5, 31), &e), &e);
  assert_int_equal(vf_assistance_month(f->def, f->c, 2021, 6, &r, NULL, &e), VF_E_RANGE);
  assert_non_null(strstr(e.message, "is 18 on 2021-06-01"));
  /* barnetrygd without children */
  vf_client_clear_children(f->c);
  ok(vf_client_set_income(f->c, VF_INC_CHILD_BENEFIT, KR(1000), &e), &e);
  assert_int_equal(vf_assistance_month(f->def, f->c, 2021, 6, &r, NULL, &e), VF_E_INCONSISTENT);
  /* no rates before the first guideline row (2002) */
  ok(vf_client_set_income(f->c, VF_INC_CHILD_BENEFIT, 0, &e), &e);
  assert_int_equal(vf_assistance_month(f->def, f->c, 1995, 6, &r, NULL, &e), VF_E_NO_VALUE);
  assert_string_equal(e.field, "guideline.single");
  /* NULL arguments */
  assert_int_equal(vf_assistance_month(NULL, f->c, 2021, 6, &r, NULL, &e), VF_E_INVALID_ARG);
  assert_int_equal(vf_assistance_month(f->def, NULL, 2021, 6, &r, NULL, &e), VF_E_INVALID_ARG);
  assert_int_equal(vf_assistance_month(f->def, f->c, 2021, 6, NULL, NULL, NULL), VF_E_INVALID_ARG);
  /* huge amounts: overflow is an error, not a wrapped figure */
  ok(vf_client_set_housing(f->c, VF_HOUSING_RENT, INT64_MAX, &e), &e);
  ok(vf_client_set_housing(f->c, VF_HOUSING_ELECTRICITY, INT64_MAX, &e), &e);
  assert_int_equal(vf_assistance_month(f->def, f->c, 2021, 6, &r, NULL, &e), VF_E_OVERFLOW);
  /* the result was never touched by a failing call */
  assert_memory_equal(&r, &before, sizeof r);
}

/* Deterministic pseudo-random amounts for the properties. */
static uint64_t rng = 88172645463325252ULL;
static vf_money rnd(vf_money max) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return (vf_money)(rng % (uint64_t)max);
}

static vf_money assist(const vf_ctx *ctx, const vf_client *c) {
  vf_assistance_result r;
  vf_error e;
  ok(vf_assistance_month(ctx, c, 2021, 10, &r, NULL, &e), &e);
  return r.assistance;
}

/* More income never gives more assistance; more rent never gives less, and
 * above the cap no more; amounts are exact to the øre. Both with the 80 %
 * rule (Bergen pensioner) and without it. */
static void properties(void **state) {
  fixture *f = *state;
  vf_error e;
  vf_ctx *capped;
  ok(vf_ctx_clone(&capped, f->bergen, &e), &e);
  ok(vf_ctx_set_param(capped, "municipal.rent_cap.enabled", D(2021, 1, 1), 1, 1, "test", &e), &e);
  ok(vf_ctx_set_param(capped, "municipal.rent_cap.single", D(2021, 1, 1), KR(8000), 1, "test", &e), &e);
  const vf_ctx *ctxs[3] = {f->def, f->bergen, capped};
  for (int round = 0; round < 300; round++) {
    const vf_ctx *ctx = ctxs[round % 3];
    vf_client_free(f->c);
    ok(vf_client_new(&f->c, &e), &e);
    vf_client *c = f->c;
    ok(vf_client_set_trygd(c, round % 2 ? VF_TRYGD_OLD_AGE : VF_TRYGD_NONE, &e), &e);
    vf_money rent = rnd(KR(20000)), power = rnd(KR(3000)), inc = rnd(KR(40000));
    ok(vf_client_set_housing(c, VF_HOUSING_RENT, rent, &e), &e);
    ok(vf_client_set_housing(c, VF_HOUSING_ELECTRICITY, power, &e), &e);
    ok(vf_client_set_income(c, VF_INC_TRYGD, inc, &e), &e);
    vf_money a = assist(ctx, c);
    /* exact: without the rule, assistance = max(0, 6 450.00 + rent + power - income) to the øre */
    if (ctx == f->def) {
      vf_money want = KR(6450) + rent + power - inc;
      assert_int_equal(a, want > 0 ? want : 0);
    }
    vf_money d = 1 + rnd(KR(2000));
    ok(vf_client_set_income(c, VF_INC_TRYGD, inc + d, &e), &e);
    vf_money a_more_income = assist(ctx, c);
    assert_true(a_more_income <= a);
    ok(vf_client_set_income(c, VF_INC_TRYGD, inc, &e), &e);
    ok(vf_client_set_housing(c, VF_HOUSING_RENT, rent + d, &e), &e);
    vf_money a_more_rent = assist(ctx, c);
    assert_true(a_more_rent >= a);
    if (ctx == capped && rent >= KR(8000)) assert_int_equal(a_more_rent, a); /* above the cap */
    if (ctx != capped && a > 0) assert_int_equal(a_more_rent, a + d);      /* krone for krone */
  }
  vf_ctx_free(capped);
}

/* The trace names every step, the parameters with their dates, and the
 * identity needed to reproduce the figure. */
static void trace_of_bergen_case(void **state) {
  fixture *f = *state;
  pensioner(f->c);
  vf_trace *t;
  vf_error e;
  ok(vf_trace_new(&t, &e), &e);
  vf_assistance_result r;
  ok(vf_assistance_month(f->bergen, f->c, 2021, 10, &r, t, &e), &e);
  vf_trace_info info;
  ok(vf_trace_get_info(t, &info, &e), &e);
  assert_string_equal(info.calculation, "vf_assistance_month");
  assert_string_equal(info.period, "2021-10");
  assert_string_equal(info.library_version, vf_version());
  assert_string_equal(info.params_id, vf_ctx_params_id(f->bergen));
  assert_string_equal(info.profile, "bergen");
  assert_string_equal(info.rules, "assistance/1,rule80/1");
  static const char *const rules[] = {"assistance.household", "assistance.norm",
    "assistance.housing", "assistance.income", "assistance.ordinary", "rule80.check",
    "rule80.minimum", "rule80.supplement", "assistance.result"};
  assert_int_equal(vf_trace_step_count(t), 9);
  for (size_t i = 0; i < 9; i++) {
    vf_trace_step s;
    ok(vf_trace_get_step(t, i, &s, &e), &e);
    assert_string_equal(s.rule, rules[i]);
    assert_true(strlen(s.source) > 10);
  }
  vf_trace_step s;
  ok(vf_trace_get_step(t, 6, &s, &e), &e); /* rule80.minimum */
  assert_true(s.has_amount);
  assert_int_equal(s.amount, 1499186);
  assert_int_equal(s.param_count, 2);
  vf_trace_param p;
  ok(vf_trace_get_param(t, 6, 0, &p, &e), &e);
  assert_string_equal(p.name, "minimum_pension.single");
  assert_int_equal(p.num, KR(224878));
  assert_int_equal(vf_date_cmp(p.valid_from, D(2021, 7, 1)), 0);
  ok(vf_trace_get_param(t, 6, 1, &p, &e), &e);
  assert_string_equal(p.name, "rule80.fraction");
  assert_int_equal(p.num, 4);
  assert_int_equal(p.den, 5);
  vf_trace_value v;
  ok(vf_trace_get_value(t, 6, 0, &v, &e), &e);
  assert_int_equal(v.kind, VF_TRACE_MONEY);
  assert_int_equal(v.value, 1873983);
  ok(vf_trace_get_step(t, 8, &s, &e), &e);
  assert_int_equal(s.amount, r.assistance);
  /* reusing the trace for another calculation replaces its content */
  ok(vf_assistance_month(f->def, f->c, 2021, 10, &r, t, &e), &e);
  assert_int_equal(vf_trace_step_count(t), 7);
  ok(vf_trace_get_info(t, &info, &e), &e);
  assert_string_equal(info.profile, "default");
  vf_trace_free(t);
}

/* Many threads compute with one context and one client at once (the
 * functions only read them); each gets the hand-worked Bergen figure. */
typedef struct job {
  const vf_ctx *ctx;
  const vf_client *c;
  int wrong;
} job;

static void *worker(void *arg) {
  job *j = arg;
  for (int i = 0; i < 2000; i++) {
    vf_assistance_result r;
    if (vf_assistance_month(j->ctx, j->c, 2021, 10, &r, NULL, NULL) || r.assistance != 999186)
      j->wrong++;
  }
  return NULL;
}

static void threads_share_context(void **state) {
  fixture *f = *state;
  pensioner(f->c);
  pthread_t th[4];
  job jobs[4];
  for (int i = 0; i < 4; i++) {
    jobs[i] = (job){f->bergen, f->c, 0};
    assert_int_equal(pthread_create(&th[i], NULL, worker, &jobs[i]), 0);
  }
  for (int i = 0; i < 4; i++) {
    assert_int_equal(pthread_join(th[i], NULL), 0);
    assert_int_equal(jobs[i].wrong, 0);
  }
}

/* A call rejected up front leaves an empty trace, not the previous one. */
static void rejected_call_clears_trace(void **state) {
  fixture *f = *state;
  pensioner(f->c);
  vf_trace *t;
  vf_error e;
  ok(vf_trace_new(&t, &e), &e);
  vf_assistance_result r;
  ok(vf_assistance_month(f->bergen, f->c, 2021, 10, &r, t, &e), &e);
  assert_int_equal(vf_trace_step_count(t), 9);
  assert_int_equal(vf_assistance_month(f->bergen, f->c, 2021, 0, &r, t, &e), VF_E_DATE);
  assert_int_equal(vf_trace_step_count(t), 0);
  vf_trace_free(t);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup(bergen_pensioner_high_rent, reset),
    cmocka_unit_test_setup(same_pensioner_rule_off, reset),
    cmocka_unit_test_setup(rule80_not_for_temporary_benefits, reset),
    cmocka_unit_test_setup(rule80_couple_and_ordinary_larger, reset),
    cmocka_unit_test_setup(couple_with_two_children, reset),
    cmocka_unit_test_setup(sharing_household, reset),
    cmocka_unit_test_setup(income_above_norm_gives_zero, reset),
    cmocka_unit_test_setup(rent_cap_and_own_norm, reset),
    cmocka_unit_test_setup(bad_input, reset),
    cmocka_unit_test_setup(properties, reset),
    cmocka_unit_test_setup(trace_of_bergen_case, reset),
    cmocka_unit_test_setup(threads_share_context, reset),
    cmocka_unit_test_setup(rejected_call_clears_trace, reset),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
