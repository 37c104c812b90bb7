# Indicators of the hand-worked register of docs/indicators.md ("Worked
# example"), as in tests/test_indicators.c:
#  C1 born 2000-06-15 (24 at 2024-12-31), female, unmarried, Norwegian, social
#     assistance, 2 children; paid Jan (10 000 + 500 in two records), Feb
#     (10 000, 2 000 refunded), Mar, May, Jun, Jul 10 000: 6 months with a gap
#     in April -> long-term, not continuous.
#  C2 born 1990-01-01 (34), male, married, foreign, trygd/disability; Jul-Dec
#     5 000: 6 consecutive months, in November.
#  C3 born 1950-03-03 (74), male, widowed, Norwegian, trygd/old-age; Nov 3 000
#     with 5 000 refunded.
#  C4 no birth date, 1 child; one record in March of 0 kr with 100 refunded:
#     not a recipient, refund still counted.
#  C5 born 2006-12-31 (18), female, cohabiting, Norwegian, social assistance;
#     Dec 2023 9 999 (other year, ignored) and Jan 2024 1 000.

worked_register <- function() {
  r <- vf_register()
  add <- function(...) vf_register_add_client(r, vf_client(...))
  add(id = "C1", birth = "2000-06-15", gender = "female", civil_status = "unmarried",
      citizenship = "norwegian", main_income = "social_assistance", trygd = "none",
      children = c("2015-01-01", "2016-01-01"))
  add(id = "C2", birth = "1990-01-01", gender = "male", civil_status = "married",
      citizenship = "foreign", main_income = "trygd", trygd = "disability")
  add(id = "C3", birth = "1950-03-03", gender = "male", civil_status = "widowed",
      citizenship = "norwegian", main_income = "trygd", trygd = "old_age")
  add(id = "C4", main_income = "work", trygd = "none", children = "2015-01-01")
  add(id = "C5", birth = "2006-12-31", gender = "female", civil_status = "cohabiting",
      citizenship = "norwegian", main_income = "social_assistance", trygd = "none")
  pay <- function(id, m, kr, refund = 0, y = 2024) vf_register_add_payment(r, id, y, m, kr, refund)
  pay("C1", 1, 10000); pay("C1", 1, 500); pay("C1", 2, 10000, 2000)
  for (m in c(3, 5, 6, 7)) pay("C1", m, 10000)
  for (m in 7:12) pay("C2", m, 5000)
  pay("C3", 11, 3000, 5000)
  pay("C4", 3, 0, 100)
  pay("C5", 12, 9999, y = 2023)
  pay("C5", 1, 1000)
  for (age in 18:24) vf_register_set_population(r, 2024, age, 100)
  r
}

test_that("worked example", {
  reg <- worked_register()
  # payments: C1 7 + C2 6 + C3 1 + C4 1 + C5 2 = 17
  check_equal(c(clients = 5, payments = 17), vf_register_size(reg), "register size")
  ind <- vf_indicators(reg, 2024, suppress_below = 0)
  # 2024 records: C1 7 + C2 6 + C3 1 + C4 1 + C5 1 = 16 (the 2023 one is not read)
  check_equal(c(year = 2024, records_used = 16), vf_indicators_info(ind), "info")
  v <- vf_indicator_values(ind)
  check(is.data.frame(v), "a data.frame")
  row <- function(name) v[v$indicator == name, ]
  exact <- function(name, num, den, rounded) {
    r <- row(name)
    check_equal("ok", r$status, paste(name, "status"))
    check_equal(c(num, den, rounded), c(r$num, r$den, r$rounded), name)
  }
  # recipients C1, C2, C3, C5 = 4; in November C2, C3 = 2
  exact("recipients", 4, 1, 4)
  exact("recipients_month", 2, 1, 2)
  # months 6 + 6 + 1 + 1 = 14; average 14/4 = 3.5
  exact("benefit_months", 14, 1, 14)
  exact("avg_duration", 14, 4, 35)
  check_equal(3.5, row("avg_duration")$value, "3.5 months")
  check_equal("3.5", row("avg_duration")$published, "published")
  # long-term C1, C2: 2/4 = 50.0 %; continuous C2: 1/4 = 25.0 %
  exact("long_term_share", 200, 4, 500)
  exact("long_term_continuous_share", 100, 4, 250)
  # gross 60 500 + 30 000 + 3 000 + 0 + 1 000 = 94 500 kr;
  # refunded 2 000 + 5 000 + 100 = 7 100 kr; net 87 400 kr
  exact("gross", 9450000, 1, 94500)
  exact("refunded", 710000, 1, 7100)
  exact("net", 8740000, 1, 87400)
  # per recipient 94 500 / 4 = 23 625 kr; per benefit month 94 500 / 14 = 6 750 kr
  exact("gross_per_recipient", 9450000, 4, 23625)
  exact("avg_per_month", 9450000, 14, 6750)
  # default band 18-66 lacks population for 25..66
  check_equal("no_data", row("population_rate")$status, "population rate")
  # 18-24: 2 recipients per 700 inhabitants = 0.2857 per 100 -> 0.3
  r <- vf_indicator_rate(ind, 18, 24)
  check_equal(c(200, 700, 3), c(r$num, r$den, r$rounded), "rate 18-24")
  check_error(vf_indicator_rate(ind, 24, 18), "velferd_range", "reversed band")
})

test_that("worked tables", {
  ind <- vf_indicators(worked_register(), 2024, suppress_below = 0)
  t <- vf_indicator_table(ind)
  cell <- function(table, code) t[t$table == table & t$code == code, c("count", "pct_tenths")]
  check_equal(c(2, 500), unlist(cell("age_group", "18_24")), "18-24: C1, C5 of 4")
  check_equal(c(1, 250), unlist(cell("age_group", "67_plus")), "67+: C3")
  check_equal(c(2, 500), unlist(cell("gender", "male")), "male")
  check_equal(c(3, 750), unlist(cell("citizenship", "norwegian")), "norwegian")
  check_equal(c(1, 500), unlist(cell("trygd", "disability")), "disability of 2")
  check_equal(c(2, 500), unlist(cell("duration", "6")), "6 months: C1, C2")
  one <- vf_indicator_table(ind, "gender")
  check_equal("gender", unique(one$table), "one table")
  check_equal(4, sum(one$count), "gender total")
})

test_that("synthetic register", {
  reg <- vf_synth_register(300, seed = 42, year = 2024)
  check_equal(300, vf_register_size(reg)[["clients"]], "persons")
  v <- vf_indicator_values(vf_indicators(reg, 2024))
  check(nrow(v) == nrow(vf_codes("indicator")), "a row per indicator")
  # the same seed gives the same register
  w <- vf_indicator_values(vf_indicators(vf_synth_register(300, seed = 42, year = 2024), 2024))
  check(identical(v, w), "deterministic")
})

test_that("report-style tables (issue 20)", {
  ind <- vf_indicators(worked_register(), 2024, suppress_below = 0)
  # trygd_all: every recipient whose trygd is not none: C2 disability, C3 old_age
  t <- vf_indicator_table(ind, "trygd_all")
  check_equal(2, sum(t$count), "trygd_all total")
  check_equal(1, t$count[t$code == "disability"], "trygd_all disability")
  v <- vf_indicator_values(ind)
  # every payment is a grant: 94 500 kr; loans 0
  check_equal(94500, v$value[v$indicator == "grants"], "grants")
  check_equal(0, v$value[v$indicator == "loans"], "loans")
  check_equal("months", v$unit[v$indicator == "benefit_months"], "benefit_months unit")
  # 18_24 = C1 + C5: 61 500 kr over 7 months = 8 785.71 -> 8 786 a month
  p <- vf_payment_table(ind, "age_group")
  check_equal(61500, p$gross[p$code == "18_24"], "18_24 gross")
  check_equal(8786, p$per_month[p$code == "18_24"], "18_24 per month")
  check_error(vf_payment_table(ind, "gender"), "error", "not a payment table")
  # every recipient's age is known: the same percentages with unknowns left out
  ex <- vf_indicators(worked_register(), 2024, suppress_below = 0, exclude_unknown = TRUE)
  a <- vf_indicator_table(ex, "age_group")
  check_equal(500, a$pct_tenths[a$code == "18_24"], "18_24 2 of 4")
})

test_that("content columns: what 11F records beyond the counts (docs/register.md)", {
  r <- vf_register()
  vf_register_add_client(r, vf_client(id = "C1", birth = "2000-06-15"))
  expect_equal(vf_register_content(r, 0, "housing"), "unknown")
  vf_register_set_content(r, 0, "housing", "4") # SSB's code for "without a home"
  expect_equal(vf_register_content(r, 0, "housing"), "homeless")
  check_error(vf_register_set_content(r, 0, "housing", "flat"), "velferd_unknown_code", "housing")
  vf_register_set_content(r, 0, "conditions", "no")
  check_error(vf_register_set_content(r, 0, "condition_types", "health"), "velferd_inconsistent",
              "conditions is 'no'")
})

test_that("case content tables: the hand-made register of tests/test_register_content.c", {
  # tests/data/content, the columns as clients.csv holds them (C7 paid in 2025 only)
  cols <- c("housing", "individual_plan", "economic_advice", "work_situation", "conditions",
            "spouse_conditions", "condition_types", "exemption_date", "exemption_grounds",
            "sanctions")
  u <- rep("unknown", 10)
  rows <- list(
    C1 = list("2000-06-15", c("homeless", "yes", "yes", "registered_unemployed", "yes", "no",
                              "job_seeking guidance", "", "", "reduced"), c(1, 2, 3)),
    C2 = list("1998-02-01", c("rented_private", "no", "no", "not_job_seeker", "no", "no", "",
                              "2026-03-05", "health_social", ""), 3),
    C3 = list("2001-01-01", c("2", "no", "1", "08", "no", "no", "", "", "", ""), 2),
    C4 = list("1970-01-01", c("4", "unknown", "no", "04", "yes", "no", "14", "", "",
                              "reduced other"), 1),
    C5 = list("1996-07-01", u, 1),
    C6 = list("1996-05-01", u, 8),
    C7 = list("1980-01-01", c("homeless", "no", "no", "07", "no", "no", "", "", "", ""), NULL))
  r <- vf_register()
  for (k in seq_along(rows)) {
    id <- names(rows)[k]
    vf_register_add_client(r, vf_client(id = id, birth = rows[[k]][[1]]))
    for (j in seq_along(cols)) vf_register_set_content(r, k - 1, cols[j], rows[[k]][[2]][j])
    for (m in rows[[k]][[3]]) vf_register_add_payment(r, id, 2026, m, 1000)
  }
  vf_register_add_payment(r, "C7", 2025, 12, 1000)
  ind <- vf_indicators(r, 2026, suppress_below = 0)
  h <- vf_content_table(ind, "housing")
  check_equal(c(1, 1, 0, 2, 0, 0, 2), h$count, "housing: C2; C3; C1, C4; C5, C6 unknown")
  check_equal(333, h$pct_tenths[h$code == "homeless"], "homeless 2 of 6")
  check_equal(1, vf_content_table(ind, "individual_plan")$count[1], "plan yes: C1")
  w <- vf_content_table(ind, "work_situation")
  check_equal(2, w$count[w$code == "not_job_seeker"], "not a job seeker: C2, C4")
  ty <- vf_content_table(ind, "condition_types")
  check_equal(500, ty$pct_tenths[ty$code == "health"], "health: C4 of C1, C4")
  d <- vf_content_table(ind, "activity_duty")
  check_equal(c(1, 1, 2), d$count, "met C1, excepted C2, not recorded C3 C5")
  check_equal(c(2, 1, 0, 1, 2), vf_content_table(ind, "sanctions")$count, "sanctions")
  jan <- vf_content_table(vf_indicators(r, 2026, suppress_below = 0, point_month = 1),
                          "activity_duty_month")
  check_equal(c(1, 0, 1), jan$count, "January: C1 met, C5 not recorded")
  hidden <- vf_content_table(vf_indicators(r, 2026), "housing")
  check(all(is.na(hidden$count[hidden$suppressed != "none"])), "suppressed cells are NA")
  check_error(vf_content_table(ind, "colour"), "error", "unknown table")
  e <- vf_register()
  vf_register_add_client(e, vf_client(id = "X", birth = "1990-01-01"))
  vf_register_add_payment(e, "X", 2026, 1, 1000)
  check_error(vf_content_table(vf_indicators(e, 2026), "housing"), "velferd_not_found",
              "no content")
})
