# Economic assistance (sosialtjenesteloven § 18) and Bergen's 80 % rule: the
# hand-worked cases of tests/test_rules_assistance.c and examples/worked_case.c.
# Rates (data/params): guideline 2021-01-01 single 6 450;
# minimum_pension.single 224 878 from 2021-07-01.

# Born 1950-03-10, lives alone, alderspensjon 15 000 net, rent 9 000, electricity 1 000.
pensioner <- function() {
  vf_client(birth = "1950-03-10", civil_status = "unmarried", trygd = "old_age",
            facts = list(lives_with_partner = FALSE),
            income = c(trygd = 15000), housing = c(rent = 9000, electricity = 1000))
}

test_that("bergen pensioner high rent", {
  a <- vf_assistance(vf_context("bergen"), pensioner(), 2021, 10)
  check(is.data.frame(a) && nrow(a) == 1, "one row")
  check_equal("single", a$household, "household")
  # ordinary: 6 450 + (9 000 + 1 000) - 15 000 = 1 450.00
  check_equal(645000, a$norm_ore, "norm")
  check_equal(1000000, a$housing_ore, "housing")
  check_equal(1500000, a$income_ore, "income")
  check_equal(145000, a$ordinary_ore, "ordinary")
  # 80 % rule: level 224 878 / 12 = 18 739.8333 -> 18 739.83;
  # minimum 18 739.83 x 4/5 = 14 991.864 -> 14 991.86;
  # supplement 14 991.86 + 9 000 + 1 000 - 15 000 = 9 991.86 > 1 450
  check(a$rule80_enabled && a$rule80_applies, "80 % rule applies")
  check_equal(1873983, a$rule80_level_ore, "rule80 level")
  check_equal(1499186, a$rule80_minimum_ore, "rule80 minimum")
  check_equal(999186, a$rule80_supplement_ore, "rule80 supplement")
  check_equal(999186, a$assistance_ore, "assistance")
  check_equal(9991.86, a$assistance_kr, "assistance in kroner")
  check_equal("9991.86", vf_money_format(a$assistance_ore), "formatted")
})

test_that("same pensioner rule off", {
  cl <- pensioner()
  a <- vf_assistance(vf_context(), cl, 2021, 10)
  check(!a$rule80_enabled && !a$rule80_applies, "rule off in the default profile")
  check_equal(0, a$rule80_supplement_ore, "no supplement")
  check_equal(145000, a$assistance_ore, "the ordinary calculation alone: 1 450.00")
  # Switching the rule off in Bergen by a dated override gives the same ...
  x <- vf_context_clone(vf_context("bergen"))
  vf_set_param(x, "rule80.enabled", "2021-01-01", 0, 1, "test: rule ended")
  check_equal(145000, vf_assistance(x, cl, 2021, 10)$assistance_ore, "override")
  # ... but not before the override's date: 2020-12 is still under the rule.
  # 2020-12: single 6 250, minimum_pension.single 208 690 (2020-05-01):
  # level 208 690 / 12 = 17 390.8333 -> 17 390.83; x 4/5 = 13 912.664 -> 13 912.66;
  # supplement 13 912.66 + 10 000 - 15 000 = 8 912.66
  b <- vf_assistance(x, cl, 2020, 12)
  check_equal(1391266, b$rule80_minimum_ore, "2020-12 minimum")
  check_equal(891266, b$assistance_ore, "2020-12 assistance")
})

test_that("several clients one row each", {
  cl <- pensioner()
  other <- vf_client(id = "B", birth = "1990-01-01", civil_status = "unmarried",
                     facts = list(lives_with_partner = FALSE), housing = c(rent = 5000))
  a <- vf_assistance(vf_context("bergen"), list(cl, other), 2021, 10)
  check_equal(2L, nrow(a), "rows")
  check_equal(c("", "B"), a$id, "ids")
  # B: no income, no trygd: 6 450 + 5 000 = 11 450.00, the 80 % rule does not apply
  check_equal(c(999186, 1145000), a$assistance_ore, "assistance")
  check_equal(c(TRUE, FALSE), a$rule80_applies, "rule80")
})

test_that("trace explains the result", {
  t <- vf_trace()
  vf_assistance(vf_context("bergen"), pensioner(), 2021, 10, trace = t)
  steps <- vf_trace_steps(t)
  check(is.data.frame(steps) && nrow(steps) > 0, "steps")
  check("rule80.supplement" %in% steps$rule, "the 80 % step is recorded")
  check_equal(999186, tail(steps$amount_ore, 1), "last step carries the result")
  check(grepl("9991.86", vf_trace_text(t), fixed = TRUE), "text names the amount")
  check(startsWith(vf_trace_text(t, json = TRUE), "{"), "json")
  # in bokmål (issue 17): 14 991,86 + 9 000 + 1 000 - 15 000 = 9 991,86
  nb <- vf_trace_text(t, lang = "nb")
  check(grepl("9. Økonomisk stønad for måneden: 9 991,86 kr", nb, fixed = TRUE), "nb text")
  check(grepl("\"lang\":\"nb\"", vf_trace_text(t, json = TRUE, lang = "nb"), fixed = TRUE),
        "neutral json with nb texts")
})
