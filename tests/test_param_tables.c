/* The embedded parameter tables (every CSV in data/params): sourced figures are found on
 * the right dates, and dates inside an unsourced gap fail instead of returning an
 * older figure. Expected values are the circulars' and NAV's kroner times 100 øre. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>
#include "velferd/velferd.h"

static vf_date D(int y, int m, int d) { return (vf_date){y, m, d}; }

static int setup(void **state) {
  vf_ctx *ctx;
  if (vf_ctx_new(&ctx, NULL, NULL)) return -1;
  *state = ctx;
  return 0;
}
static int teardown(void **state) {
  vf_ctx_free(*state);
  return 0;
}

static vf_money money(const vf_ctx *ctx, const char *name, vf_date on) {
  vf_money m = -1;
  vf_error e;
  if (vf_param_money(ctx, name, on, &m, &e)) fail_msg("%s", e.message);
  return m;
}

/* Asserts that @p name has no sourced value on @p on and that the error says so. */
static void assert_gap(const vf_ctx *ctx, const char *name, vf_date on) {
  vf_money m = 12345;
  vf_error e;
  memset(&e, 0, sizeof e);
  if (vf_param_money(ctx, name, on, &m, &e) != VF_E_NO_VALUE)
    fail_msg("%s on %d-%02d-%02d: expected a gap, got %lld", name, on.year, on.month, on.day,
             (long long)m);
  assert_non_null(strstr(e.message, "no sourced value"));
  assert_int_equal(m, 12345); /* output untouched */
}

static void guideline_rates(void **state) {
  const vf_ctx *ctx = *state;
  /* A-16/2006: adjusted in 2002, 2004, 2006, so 2003 still has the 2002 rate, kr 4 000. */
  assert_int_equal(money(ctx, "guideline.single", D(2003, 6, 1)), 400000);
  /* A-68/2009: from 1 Jan 2010 enslige kr 5 197, barn 11-17 kr 3 303. */
  assert_int_equal(money(ctx, "guideline.single", D(2010, 12, 31)), 519700);
  assert_int_equal(money(ctx, "guideline.child_11_17", D(2010, 1, 1)), 330300);
  /* A-2/2012: 2012 ektepar kr 8 924, 2013 bofellesskap kr 4 550. */
  assert_int_equal(money(ctx, "guideline.couple", D(2012, 3, 1)), 892400);
  assert_int_equal(money(ctx, "guideline.sharing", D(2013, 3, 1)), 455000);
  /* A-1/2013: 2014 barn 0-5 kr 2 150. */
  assert_int_equal(money(ctx, "guideline.child_0_5", D(2014, 12, 31)), 215000);
  /* Unsourced years fail: 2011, 2016, 2017, 2025; 'sharing' in 2015. */
  assert_gap(ctx, "guideline.single", D(2011, 1, 1));
  assert_gap(ctx, "guideline.child_6_10", D(2016, 7, 1));
  assert_gap(ctx, "guideline.couple", D(2017, 12, 31));
  assert_gap(ctx, "guideline.sharing", D(2015, 1, 1));
  assert_gap(ctx, "guideline.single", D(2025, 1, 1));
  /* Statsforvaltaren i Vestland 21.12.2022, rates from 1 Jan 2023: einslege kr 6 850, ektepar
   * kr 11 450, bufellesskap kr 5 750, barn 0-5 kr 3 350, 6-10 kr 3 450, 11-17 kr 4 500; in force
   * until 30 Jun 2023 (A-3/2023 gives the 1 Jul 2023 rates, +10 %: 6 850 x 1.1 = 7 535 -> 7 550). */
  assert_int_equal(money(ctx, "guideline.single", D(2023, 1, 1)), 685000);
  assert_int_equal(money(ctx, "guideline.single", D(2023, 6, 30)), 685000);
  assert_int_equal(money(ctx, "guideline.couple", D(2023, 3, 1)), 1145000);
  assert_int_equal(money(ctx, "guideline.sharing", D(2023, 3, 1)), 575000);
  assert_int_equal(money(ctx, "guideline.child_0_5", D(2023, 3, 1)), 335000);
  assert_int_equal(money(ctx, "guideline.child_6_10", D(2023, 3, 1)), 345000);
  assert_int_equal(money(ctx, "guideline.child_11_17", D(2023, 3, 1)), 450000);
  /* The 1 Jul 2022 rates end on 31 Dec 2022: enslige kr 6 650 (A-1/2022). */
  assert_int_equal(money(ctx, "guideline.single", D(2022, 12, 31)), 665000);
  /* The gaps end where a sourced row starts: 2015 enslige kr 5 700, 1 Jul 2023 kr 7 550. */
  assert_int_equal(money(ctx, "guideline.single", D(2015, 1, 1)), 570000);
  assert_int_equal(money(ctx, "guideline.single", D(2023, 7, 1)), 755000);
}

static void minimum_pension_rates(void **state) {
  const vf_ctx *ctx = *state;
  /* bygningsarbeider.no 2019 (+2.38 % from 1 May 2019): ordinær 177 675 -> 181 908 kr, as in
   * su-se-bakover (181 908 on 2019-09-01); su-se-bakover: 183 587 from 1 May 2020. */
  assert_int_equal(money(ctx, "minimum_pension.couple", D(2019, 5, 1)), 18190800);
  assert_int_equal(money(ctx, "minimum_pension.couple", D(2020, 4, 30)), 18190800);
  assert_int_equal(money(ctx, "minimum_pension.couple", D(2020, 5, 1)), 18358700);
  assert_gap(ctx, "minimum_pension.couple", D(2019, 4, 30));
  /* Særskilt sats (einsleg) 198 818 from 1 May 2019, changed again on 1 Sep 2019 (not sourced). */
  assert_int_equal(money(ctx, "minimum_pension.single", D(2019, 8, 31)), 19881800);
  assert_gap(ctx, "minimum_pension.single", D(2019, 9, 1));
  assert_int_equal(money(ctx, "minimum_pension.low", D(2019, 5, 1)), 15717100);
  /* Stortinget, Prop. 132 S (2014-2015): from 1 May 2015 låg 139 728, ordinær 162 566, høg 175 739. */
  assert_int_equal(money(ctx, "minimum_pension.low", D(2015, 5, 1)), 13972800);
  assert_int_equal(money(ctx, "minimum_pension.couple", D(2016, 4, 30)), 16256600);
  assert_int_equal(money(ctx, "minimum_pension.single", D(2015, 5, 1)), 17573900); /* høy sats */
  /* Forskrift 2016 nr. 530 § 3: høy 179 748 from 1 May 2016; from 1 Sep 2016 særskilt sats for
   * enslige 183 748 (= 179 748 + 4 000), ordinær 170 765, høy unchanged. */
  assert_int_equal(money(ctx, "minimum_pension.single", D(2016, 8, 31)), 17974800);
  assert_int_equal(money(ctx, "minimum_pension.single", D(2016, 9, 1)), 18374800);
  assert_int_equal(money(ctx, "minimum_pension.couple", D(2016, 9, 1)), 17076500);
  assert_int_equal(money(ctx, "minimum_pension.high", D(2016, 9, 1)), 17974800);
  /* skatt.no 08.08.2017: from 1 May 2017 særskilt sats enslige 184 766, until the rates were raised
   * on 1 Sep 2017 (NTB; amounts not found): a gap until 30 Apr 2019. */
  assert_int_equal(money(ctx, "minimum_pension.single", D(2017, 8, 31)), 18476600);
  assert_gap(ctx, "minimum_pension.single", D(2017, 9, 1));
  assert_gap(ctx, "minimum_pension.high", D(2018, 12, 31));
  assert_int_equal(money(ctx, "minimum_pension.high", D(2019, 12, 31)), 19142200);
  assert_gap(ctx, "minimum_pension.single", D(2008, 4, 30));
  assert_gap(ctx, "minimum_pension.couple", D(1995, 6, 1));
  /* Statsbudsjettet 2010: single minstepensjon 143 568 kr from 1 May 2009, +7 272 on the year
   * before (so 136 296 from 1 May 2008); a couple of two minstepensjonister 265 272 kr together
   * (132 636 each), +13 776 (so 251 496 / 2 = 125 748 each from 1 May 2008). By hand with monthly
   * rounding, G 72 881: G/12 = 6 073.42 -> 6 073, x 0.97 -> 5 891, x 0.85 -> 5 162;
   * single (6 073 + 5 891) x 12 = 143 568, each of a couple (5 162 + 5 891) x 12 = 132 636. */
  assert_int_equal(money(ctx, "minimum_pension.single", D(2008, 5, 1)), 13629600);
  assert_int_equal(money(ctx, "minimum_pension.single", D(2009, 5, 1)), 14356800);
  assert_int_equal(money(ctx, "minimum_pension.couple", D(2008, 12, 31)), 12574800);
  assert_int_equal(money(ctx, "minimum_pension.couple", D(2010, 4, 30)), 13263600);
  /* From 1 May 2010 særtillegg = 100 % of G (G 75 641, G/12 -> 6 303): single 12 x 2 x 6 303 =
   * 151 272, couple each 12 x (5 358 + 6 303) = 139 932, the levels NAV lists from 1 Jan 2011. */
  assert_int_equal(money(ctx, "minimum_pension.single", D(2010, 12, 31)), 15127200);
  assert_int_equal(money(ctx, "minimum_pension.couple", D(2010, 5, 1)), 13993200);
  assert_gap(ctx, "minimum_pension.high", D(2010, 12, 31));
  assert_gap(ctx, "minimum_pension.low", D(2020, 6, 1));
  assert_gap(ctx, "minimum_pension.high", D(2024, 5, 1));
  assert_gap(ctx, "minimum_pension.couple", D(2018, 5, 1));
  /* NAV: særskilt sats enslige kr 224 878 from 1 Jul 2021, until the 2022 regulation. */
  assert_int_equal(money(ctx, "minimum_pension.single", D(2022, 4, 30)), 22487800);
  /* 1 May 2022: regjeringen.no gives 236 816 kr from 1 Jan 2023 after a 4 000 kr increase, so
   * 236 816 - 4 000 = 232 816 kr before; check: 224 878 x 1.0353 = 232 816.19 (3.53 % regulation). */
  assert_int_equal(money(ctx, "minimum_pension.single", D(2022, 5, 1)), 23281600);
  assert_int_equal(money(ctx, "minimum_pension.single", D(2022, 12, 31)), 23281600);
  /* Dagsavisen 03.12.2022: ordinær 200 257, høy 210 730, lav 173 025 kr; each is the 2021 NAV
   * figure x 1.0353: 193 429 -> 200 257.04, 203 545 -> 210 730.14, 167 125 -> 173 024.51. */
  assert_int_equal(money(ctx, "minimum_pension.couple", D(2022, 5, 1)), 20025700);
  assert_int_equal(money(ctx, "minimum_pension.high", D(2023, 4, 30)), 21073000);
  assert_int_equal(money(ctx, "minimum_pension.low", D(2022, 12, 1)), 17302500);
  assert_int_equal(money(ctx, "minimum_pension.couple", D(2022, 4, 30)), 19342900);
  /* Pensjonistforbundet (G 118 620, i.e. from 1 May 2023): ordinær 217 359 = 200 257 x 1.0854
   * (8.54 % regulation) = 217 358.9; lav 187 801; særskilt sats enslige 257 040 = 236 816 x 1.0854. */
  assert_int_equal(money(ctx, "minimum_pension.couple", D(2023, 5, 1)), 21735900);
  assert_int_equal(money(ctx, "minimum_pension.low", D(2024, 4, 30)), 18780100);
  /* DNB Nyheter 23.05.2024: ordinær 223 358 = 217 359 x 1.0276 (2.76 % regulation) = 223 358.1,
   * lav 192 984 = 187 801 x 1.0276 = 192 984.3; nothing sourced from 1 May 2025 */
  assert_int_equal(money(ctx, "minimum_pension.couple", D(2024, 5, 1)), 22335800);
  assert_int_equal(money(ctx, "minimum_pension.low", D(2025, 4, 30)), 19298400);
  assert_gap(ctx, "minimum_pension.couple", D(2025, 5, 1));
  assert_gap(ctx, "minimum_pension.low", D(2025, 6, 1));
  assert_gap(ctx, "minimum_pension.single", D(2024, 5, 1));
  /* regjeringen.no 'Øker minstepensjon for enslige': +4 000 kr from 1 Jan 2023, level 236 816 kr
   * (236 816 x 100 = 23 681 600 øre), until the 1 May 2023 regulation. */
  assert_int_equal(money(ctx, "minimum_pension.single", D(2023, 1, 1)), 23681600);
  assert_int_equal(money(ctx, "minimum_pension.single", D(2023, 4, 30)), 23681600);
  assert_int_equal(money(ctx, "minimum_pension.single", D(2023, 5, 1)), 25704000);
  assert_gap(ctx, "minimum_pension.single", D(2025, 6, 1));
}

static void kvp_gaps(void **state) {
  const vf_ctx *ctx = *state;
  assert_gap(ctx, "kvp.child_supplement", D(2024, 1, 1));
  vf_param_value v;
  vf_error e;
  assert_int_equal(vf_param_get(ctx, "kvp.days_per_year", D(2024, 1, 1), &v, &e), VF_E_NO_VALUE);
  assert_int_equal(vf_param_get(ctx, "kvp.g_factor", D(2024, 1, 1), &v, &e), VF_OK);
  assert_int_equal(v.num, 2); /* sosialtjenesteloven § 35: 2 G a year */
  assert_int_equal(v.den, 1);
  /* 2.041 G from 1 July 2024 (regjeringen.no; NAV: 2,041 ganger G = 253 141 kroner) */
  assert_int_equal(vf_param_get(ctx, "kvp.g_factor", D(2024, 6, 30), &v, &e), VF_OK);
  assert_int_equal(v.num * 1000, 2000 * v.den);
  assert_int_equal(vf_param_get(ctx, "kvp.g_factor", D(2024, 7, 1), &v, &e), VF_OK);
  assert_int_equal(v.num * 1000, 2041 * v.den);
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(guideline_rates),
                                     cmocka_unit_test(minimum_pension_rates),
                                     cmocka_unit_test(kvp_gaps)};
  return cmocka_run_group_tests(tests, setup, teardown);
}
