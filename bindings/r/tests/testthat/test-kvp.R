# Qualification programme: eligibility (sosialtjenesteloven § 29) and benefit
# (§ 35), the hand-worked cases of tests/test_rules_kvp.c.
# G: 118 620 from 2023-05-01, 124 028 from 2024-05-01; kvp.g_factor 2;
# kvp.under25_fraction 2/3.

all_met <- function(birth) {
  vf_client(birth = birth, facts = list(reduced_work_capacity = TRUE, folketrygd_rights = FALSE,
                                        work_assessment_done = TRUE, programme_available = TRUE))
}

test_that("eligible when all met", {
  e <- vf_kvp_eligibility(vf_context(), all_met("1994-02-10"), "2024-05-01")
  check_equal("yes", e$eligible, "eligible")
  check_equal(30L, e$age, "age: born 1994-02-10, on 2024-05-01")
  for (k in c("working_age", "reduced_capacity", "limited_folketrygd", "work_assessment",
              "programme_available"))
    check_equal("yes", e[[k]], k)
})

test_that("one criterion fails", {
  cl <- vf_client(birth = "1994-02-10", facts = list(reduced_work_capacity = TRUE,
    folketrygd_rights = FALSE, work_assessment_done = FALSE, programme_available = TRUE))
  e <- vf_kvp_eligibility(vf_context(), cl, "2024-05-01")
  check_equal("no", e$eligible, "not eligible")
  check_equal("no", e$work_assessment, "the failing criterion")
  check_equal("yes", e$reduced_capacity, "the others met")
  # nothing recorded: unknown, age -1
  u <- vf_kvp_eligibility(vf_context(), vf_client(), "2024-05-01")
  check_equal("unknown", u$eligible, "unknown")
  check_equal(-1L, u$age, "no birth date")
})

# A 30-year-old across 1 May 2024 (period 15 April - 14 May).
# April part, 16 days of 30, G 118 620: 2 x 118 620 = 237 240 a year;
#   237 240 x 16 / (12 x 30) = 10 544.00
# May part, 14 days of 31, G 124 028: 248 056 a year;
#   248 056 x 14 / (12 x 31) = 9 335.4408... -> 9 335.44
# total 19 879.44; monthly on the last day 248 056 / 12 = 20 671.333 -> 20 671.33
test_that("thirty year old across 1 may", {
  k <- vf_kvp_benefit(vf_context(), vf_client(birth = "1994-02-10"), "2024-04-15", "2024-05-14")
  p <- k$parts
  check_equal(2L, nrow(p), "two parts")
  check_equal(c(11862000, 12402800), p$g_ore, "G of each part")
  check_equal(c(23724000, 24805600), p$yearly_ore, "yearly rates")
  check_equal(c(16L, 14L), p$days, "days")
  check_equal(c(1054400, 933544), p$amount_ore, "part amounts")
  check_equal(as.Date("2024-05-01"), p$first_day[2], "second part from 1 May")
  check_equal(c(FALSE, FALSE), p$under25, "full rate")
  s <- k$summary
  check_equal(1987944, s$amount_ore, "total")
  check_equal(19879.44, s$amount_kr, "total in kroner")
  check_equal(2067133, s$monthly_ore, "monthly")
  check(is.na(s$daily_ore), "no daily rate: kvp.days_per_year is not sourced")
  # calendar months: April 237 240 / 12 = 19 770.00, May = the monthly rate
  cl <- vf_client(birth = "1994-02-10")
  check_equal(1977000, vf_kvp_benefit_month(vf_context(), cl, 2024, 4)$summary$amount_ore, "April")
  check_equal(2067133, vf_kvp_benefit_month(vf_context(), cl, 2024, 5)$summary$amount_ore, "May")
})

# A 23-year-old, same period: 2/3 of the rate (examples/worked_case.c kvp).
# April: 237 240 x 2/3 = 158 160.00 a year; x 16 / 360 = 7 029.333 -> 7 029.33
# May: 248 056 x 2/3 = 165 370.666 -> 165 370.67; x 14 / 372 = 6 223.6274 -> 6 223.63
# total 13 252.96; monthly on the last day 165 370.67 / 12 = 13 780.889 -> 13 780.89
test_that("twenty three year old across 1 may", {
  t <- vf_trace()
  k <- vf_kvp_benefit(vf_context(), all_met("2001-03-03"), "2024-04-15", "2024-05-14", trace = t)
  check_equal(c(TRUE, TRUE), k$parts$under25, "under 25")
  check_equal(c(15816000, 16537067), k$parts$yearly_ore, "yearly")
  check_equal(c(702933, 622363), k$parts$amount_ore, "parts")
  check_equal(1325296, k$summary$amount_ore, "total")
  check_equal(1378089, k$summary$monthly_ore, "monthly")
  steps <- vf_trace_steps(t)
  check_equal("kvp.part", steps$rule[2], "second step is the first part")
  check_equal(702933, steps$amount_ore[2], "with its amount")
})
