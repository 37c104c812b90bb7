# vf_calculate(), vf_compare() and the KOSTRA readers. The expected values are
# the hand-worked cases of tests/cases/assistance.json and tests/cases/rule80.json
# (their "note" fields give the arithmetic), in øre.

# tests/cases/assistance.json, every case of March 2024 (default profile), one row each.
march <- data.frame(
  case = c("single adult, no income", "single adult with work income",
           "couple without children", "couple with children aged 3, 8 and 14",
           "child turning 6 on the first day", "person sharing a home", "municipal rent cap",
           "income above norm and housing", "partner income without a partner",
           "a child aged 18"),
  birth_date = as.Date(c("1990-05-17", "1985-01-02", "1980-02-03", "1984-04-04", "1992-07-07",
                         "1999-09-09", "1988-08-08", "1970-01-01", "1990-01-01", "1970-01-01")),
  civil_status = c("unmarried", "separated_divorced", NA, "married", "unmarried", NA,
                   "unmarried", "widowed", "unmarried", "unmarried"),
  trygd = c(NA, NA, NA, NA, NA, NA, NA, "old_age", NA, NA),
  fact_lives_with_partner = c(FALSE, NA, TRUE, NA, NA, FALSE, NA, NA, NA, NA),
  fact_shares_home = c(NA, NA, NA, NA, NA, TRUE, NA, NA, NA, NA),
  income_work = c(0, 3000, 0, 0, 0, 0, 2000, 0, 0, 0),
  income_trygd = c(0, 0, 8000, 0, 0, 0, 0, 25000, 0, 0),
  income_partner = c(0, 0, 6000, 20000, 0, 0, 0, 0, 100, 0),
  income_child_benefit = c(0, 0, 0, 5000, 0, 0, 0, 0, 0, 0),
  housing_rent = c(9000, 6000, 10000, 14000, 0, 4000, 11000, 8000, 0, 0),
  housing_electricity = c(800, 500, 1000, 1500, 0, 0, 700, 0, 0, 0),
  children = c("", "", "", "2020-06-15;2015-09-01;2009-11-30", "2018-03-01", "", "2013-05-05",
               "", "", "2006-02-01"),
  stringsAsFactors = FALSE)

test_that("vf_calculate: the March 2024 cases in one call", {
  r <- vf_calculate(vf_context(), march, "2024-03", on_error = "status")
  check_equal(nrow(march), nrow(r), "one row per client")
  check_equal(c(rep("ok", 8), "inconsistent", "range"), as.character(r$status), "statuses")
  check_equal(c("single", "single", "couple", "couple"), as.character(r$household[1:4]), "households")
  check(is.na(r$household[9]), "no household for a failed row")
  check_equal("sharing", as.character(r$household[6]), "sharing")
  # 7 850 + 9 800 = 17 650; 7 850 + 6 500 - 3 000 = 11 350; 13 100 + 11 000 - 14 000 = 10 100;
  # 26 050 + 15 500 - 20 000 = 21 550; 7 850 + 3 950 = 11 800; 6 600 + 4 000 = 10 600;
  # 25 000 > 8 000 + 7 850: 0
  check_equal(c(1765000, 1135000, 1010000, 2155000, 1180000, 1060000, 0),
              r$assistance_ore[c(1:6, 8)], "assistance")
  check_equal(c(785000, 785000, 1310000, 2605000, 1180000, 660000, 1180000),
              r$norm_ore[1:7], "norms")
  check_equal(500000, r$income_exempt_ore[4], "barnetrygd exempt")
  # the rent-cap case sets three parameters (the case's "params"): cap 8 000 + 1 000
  # per child = 9 000 < rent 11 000; housing 9 000 + 700 = 9 700 (without the cap
  # 11 700, as the default context gives: 21 500)
  check_equal(2150000, r$assistance_ore[7], "no cap in the default context")
  capped <- vf_context()
  vf_set_param(capped, "municipal.rent_cap.enabled", "2024-01-01", 1)
  vf_set_param(capped, "municipal.rent_cap.single", "2024-01-01", 800000) # øre
  vf_set_param(capped, "municipal.rent_cap.per_child", "2024-01-01", 100000)
  c7 <- vf_calculate(capped, march[7, ], "2024-03")
  check_equal(c(970000, 1950000), c(c7$housing_ore, c7$assistance_ore), "rent capped")
  check(all(is.na(r$assistance_ore[9:10])), "failed rows have NA amounts")
  check(is.factor(r$status) && is.factor(r$household), "factors")
  # the same clients one by one through vf_assistance give the same amounts
  one <- vf_assistance(vf_context(), vf_client(birth = "1984-04-04", civil_status = "married",
    children = c("2020-06-15", "2015-09-01", "2009-11-30"),
    income = c(partner = 20000, child_benefit = 5000),
    housing = c(rent = 14000, electricity = 1500)), 2024, 3)
  check_equal(one$assistance_ore, r$assistance_ore[4], "batch = single client")
})

test_that("vf_calculate: a failed row stops by default, naming the row", {
  e <- check_error(vf_calculate(vf_context(), march, "2024-03"), "velferd_inconsistent",
                   "partner income without partner")
  check(startsWith(conditionMessage(e), "row 9: "), conditionMessage(e))
})

test_that("vf_calculate: Bergen's 80 % rule (tests/cases/rule80.json), October 2021", {
  pensioners <- data.frame(birth_date = c("1950-03-10", "1970-03-10", "1950-03-10"),
                           civil_status = "unmarried",
                           trygd = factor(c("old_age", "unemployment", "old_age")),
                           income_trygd = 15000, housing_rent = 9000,
                           housing_electricity = 1000, housing_other = c(0, 0, 9000),
                           row.names = c("pensioner", "unemployed", "other costs"))
  r <- vf_calculate(vf_context("bergen"), pensioners, c(2021, 10))
  check_equal(c("pensioner", "unemployed", "other costs"), rownames(r), "row names kept")
  # 80 % rule: minimum 14 991.86 - income 15 000 + housing 10 000 = 9 991.86;
  # unemployment is not permanent: ordinary 1 450; ordinary 10 450 beats 9 991.86
  check_equal(c(999186, 145000, 1045000), r$assistance_ore, "assistance")
  check_equal(c(TRUE, FALSE, TRUE), r$rule80_applies, "applies")
  check_equal(999186, r$rule80_supplement_ore[1], "supplement")
  # the default profile has no 80 % rule: 1 450.00
  check_equal(145000, vf_calculate(vf_context(), pensioners[1, ], "2021-10")$assistance_ore,
              "default profile")
  # money in øre, and a Date as the month
  p2 <- pensioners
  p2[c("income_trygd", "housing_rent", "housing_electricity", "housing_other")] <-
    p2[c("income_trygd", "housing_rent", "housing_electricity", "housing_other")] * 100
  check_equal(c(999186, 145000, 1045000),
              vf_calculate(vf_context("bergen"), p2, as.Date("2021-10-15"),
                           money = "ore")$assistance_ore, "øre")
})

test_that("vf_calculate: columns in other forms give the same results", {
  a <- vf_calculate(vf_context(), march[1:8, ], "2024-03")
  m <- march[1:8, ]
  m$children <- lapply(strsplit(m$children, ";"), as.Date)   # a list of Date vectors
  m$civil_status <- factor(m$civil_status)
  m$fact_lives_with_partner <- ifelse(is.na(m$fact_lives_with_partner), "unknown",
                                      ifelse(m$fact_lives_with_partner, "yes", "no"))
  m$birth_date <- format(m$birth_date)
  b <- vf_calculate(vf_context(), m, "2024-03")
  check_equal(a$assistance_ore, b$assistance_ore, "list children, factor, yes/no, text dates")
  # children in long form, one row per child
  long <- data.frame(row = c(7, 4, 4, 5, 4),
                     birth_date = as.Date(c("2013-05-05", "2020-06-15", "2015-09-01", "2018-03-01",
                                            "2009-11-30")))
  m$children <- NULL
  c <- vf_calculate(vf_context(), m, "2024-03", children = long)
  check_equal(a$assistance_ore, c$assistance_ore, "children in long form")
  check_error(vf_calculate(vf_context(), m, "2024-03", children = data.frame(row = 9,
              birth_date = as.Date("2010-01-01"))), "velferd_range", "child of no row")
  # rows in any order, as integers or whole doubles; misspelt money still named
  shuffled <- long[c(5, 1, 3, 4, 2), ]
  shuffled$row <- as.integer(shuffled$row)
  d <- vf_calculate(vf_context(), m, "2024-03", children = shuffled)
  check_equal(a$assistance_ore, d$assistance_ore, "children in long form, unsorted")
  m2 <- m
  m2$income_work <- 0
  m2$income_work[3] <- -5
  e <- check_error(vf_calculate(vf_context(), m2, "2024-03", children = long), "velferd_range",
                   "negative income with children in long form")
  check(startsWith(conditionMessage(e), "row 3: income[work]: -500 is negative"),
        conditionMessage(e))
  m2$income_work[3] <- 1.005 # refused by the adapter, which names the frame's column
  e <- check_error(vf_calculate(vf_context(), m2, "2024-03", children = long), "velferd_range",
                   "three decimals with children in long form")
  check(startsWith(conditionMessage(e), "row 3: income_work: "), conditionMessage(e))
  l <- as.list(march[1:2, c("birth_date", "housing_rent")])
  check_equal(c(785000 + 900000, 785000 + 600000), vf_calculate(vf_context(), l, "2024-03")$assistance_ore,
              "a named list of columns")
  # the qualification benefit (tests/cases/kvp.json): 2 G = 237 240 kr a year,
  # 19 770 a month in March 2024; under 25: 2/3, 13 180
  k <- vf_calculate(vf_context(), data.frame(birth_date = as.Date(c("1994-01-15", "2002-01-01")),
                                             kvp = TRUE), "2024-03")
  check_equal(c(1977000, 1318000), k$kvp_benefit_ore, "kvp benefit")
})

test_that("vf_calculate: bad input is an error, never silently dropped", {
  ctx <- vf_context()
  check_error(vf_calculate(ctx, list(birth_date = as.Date("1990-01-01"),
                                     housing_rent = c(1, 2)), "2024-03"),
              "velferd_invalid_arg", "columns of different lengths")
  e <- check_error(vf_calculate(ctx, data.frame(income_wrok = 1), "2024-03"),
                   "velferd_unknown_code", "misspelt column")
  check(grepl("income_work", conditionMessage(e)), "lists the valid columns")
  e <- check_error(vf_calculate(ctx, data.frame(trygd = c("old_age", "pirate")), "2024-03"),
                   "velferd_unknown_code", "unknown code")
  check(grepl("^row 2: trygd: 'pirate'.*old_age", conditionMessage(e)), conditionMessage(e))
  e <- check_error(vf_calculate(ctx, data.frame(income_work = c(1, 10.005)), "2024-03"),
                   "velferd_range", "three decimals")
  check(startsWith(conditionMessage(e), "row 2: income_work"), conditionMessage(e))
  check_error(vf_calculate(ctx, data.frame(income_work = c(1, NA)), "2024-03"),
              "velferd_invalid_arg", "missing amount")
  e <- check_error(vf_calculate(ctx, data.frame(birth_date = c("1990-01-01", "2024-02-30")),
                                "2024-03"), "velferd_date", "impossible date")
  check(grepl("^row 2: birth_date: .*29 days", conditionMessage(e)), conditionMessage(e))
  check_error(vf_calculate(ctx, data.frame(income_work = -5), "2024-03"), "velferd_range",
              "negative amount (checked in C)")
  check_error(vf_calculate(ctx, march, "2024-3"), "velferd_date", "month not YYYY-MM")
  check_error(vf_calculate(ctx, march, c("2024-03", "2024-04")), "velferd_invalid_arg",
              "two months")
  vf_close(ctx)
  e <- check_error(vf_calculate(ctx, march, "2024-03"), "velferd_invalid_arg", "closed")
  check_equal("the object is closed", conditionMessage(e), "closed message")
})

test_that("vectors where one value is expected are errors", {
  e <- check_error(vf_client(birth = c("1950-01-01", "1960-01-01")), "velferd_invalid_arg",
                   "two birth dates")
  check(grepl("vf_calculate", conditionMessage(e)), "points to vf_calculate")
  check_error(vf_client(trygd = c("old_age", "none")), "velferd_invalid_arg", "two codes")
  check_error(vf_assistance(vf_context(), vf_client(), c(2021, 2022), 10), "velferd_invalid_arg",
              "two years")
  check_error(vf_register_add_payment(vf_register(), c("A", "B"), 2024, 1, 100), "velferd_error",
              "two ids")
})

test_that("closed handles passed as arguments", {
  ctx <- vf_context()
  vf_close(ctx)
  e <- check_error(vf_assistance(ctx, vf_client(), 2021, 10), "velferd_invalid_arg", "ctx")
  check_equal("the object is closed", conditionMessage(e), "message")
  cl <- vf_client()
  vf_close(cl)
  e <- check_error(vf_assistance(vf_context(), cl, 2021, 10), "velferd_invalid_arg", "client")
  check_equal("the object is closed", conditionMessage(e), "message")
  reg <- vf_register()
  vf_close(reg)
  e <- check_error(vf_compare(reg, vf_context(), vf_context(), 2021, 10), "velferd_invalid_arg",
                   "register")
  check_equal("the object is closed", conditionMessage(e), "message")
})

# The clients of tests/cases/rule80.json for vf_compare: P, a permanent pensioner
# (Bergen's 80 % rule applies), U, unemployed (it does not), and X, who fails
# (partner income without a partner).
rule80_register <- function() {
  reg <- vf_register()
  vf_register_add_client(reg, vf_client(id = "P", birth = "1950-03-10", civil_status = "unmarried",
                                        trygd = "old_age", income = c(trygd = 15000),
                                        housing = c(rent = 9000, electricity = 1000)))
  vf_register_add_client(reg, vf_client(id = "U", birth = "1970-03-10", civil_status = "unmarried",
                                        trygd = "unemployment", income = c(trygd = 15000),
                                        housing = c(rent = 9000, electricity = 1000)))
  vf_register_add_client(reg, vf_client(id = "X", birth = "1990-01-01", civil_status = "unmarried",
                                        income = c(partner = 100)))
  reg
}

test_that("vf_compare: Bergen without the 80 % rule (tests/cases/rule80.json)", {
  reg <- rule80_register()
  bergen <- vf_context("bergen")
  off <- vf_set_param(vf_context_clone(bergen), "rule80.enabled", "2021-01-01", 0)
  cmp <- vf_compare(reg, bergen, off, 2021, 10)
  # P: 9 991.86 -> 1 450.00; U: 1 450.00 both; X fails (partner income, no partner)
  t <- cmp$totals
  check_equal(c(2, 1144186, 290000, -854186, 0, 1, 1, 0, 854186, 1),
              unlist(t[c("clients", "baseline_ore", "scenario_ore", "difference_ore", "gainers",
                         "losers", "unchanged", "gains_ore", "losses_ore", "failed")]), "totals")
  check_equal(c("P", "U", "X"), cmp$clients$id, "every client, register order")
  check_equal(c("ok", "ok", "inconsistent"), cmp$clients$status, "status")
  check_equal(c(-854186, 0, NA), cmp$clients$difference_ore, "differences")
  check_equal("P", cmp$losers$id, "loser")
  check_equal(0L, nrow(cmp$gainers), "no gainer")
  hh <- cmp$groups[cmp$groups$dimension == "household" & cmp$groups$group == "single", ]
  check_equal(2, hh$clients, "both singles")
  check_equal("2021-10", cmp$info[["period"]], "period")
  year <- vf_compare(reg, bergen, off, 2021)
  check_equal("2021", year$info[["period"]], "a whole year")
  check_error(vf_compare(reg, bergen, off, 2021, 10, rule = "pension"), "velferd_unknown_code",
              "unknown rule")
})

test_that("indicator values are numbers, NA when not published", {
  reg <- vf_register()
  vf_register_add_client(reg, vf_client(id = "C1", birth = "2000-06-15"))
  vf_register_add_payment(reg, "C1", 2024, 1, 10000)
  ind <- vf_indicators(reg, 2024)
  v <- vf_indicator_values(ind)
  check(is.numeric(v$value), "numeric values")
  check(all(is.na(v$value[v$status != "ok"])), "NA unless ok")
  t <- vf_indicator_table(ind, "gender")
  check(is.numeric(t$count), "numeric counts")
  # one recipient, fewer than 5: suppressed, so NA rather than 0
  check(all(is.na(t$count[t$suppressed != "none"])), "suppressed cells are NA")
  expect_warning(vf_indicators(reg, 2008), "no payment record")
})

hand <- test_path("11F_2026_4601_hand.txt")

test_that("vf_kostra_read: the hand-made 11F file (tests/test_kostra_indicators.c)", {
  k <- vf_kostra_read(hand, "11F", 2026)
  check_equal(12, nrow(k), "twelve records")
  check_equal(c("line", "KOMMUNE_NR", "VERSION"), names(k)[1:3], "first columns")
  check_equal(1:12, k$line, "lines")
  check_equal(sprintf("J%02d", 1:12), k$PERSON_JOURNALNR, "journal numbers")
  # bidrag 60 000 + 9 000 + 48 000 + ... = 332 000 kr; J03 borrowed 10 000 in January
  check_equal(332000, sum(as.numeric(k$BIDRAG)), "bidrag")
  check_equal("10000", k$LAAN_JAN[k$PERSON_JOURNALNR == "J03"], "J03 loan")
  check_equal("11F", attr(k, "form"), "form")
  check_error(vf_kostra_read(hand, "11X", 2026), "velferd_unknown_code", "form")
  check_error(vf_kostra_read(hand, "11F", 2019), "velferd_not_found", "no layout")
  check_error(vf_kostra_read(tempfile(), "11F", 2026), "velferd_io", "missing file")
})

test_that("vf_kostra_check: findings as a data.frame", {
  empty <- tempfile()
  writeLines(character(), empty)
  f <- vf_kostra_check(empty, "11F", 2026)
  check_equal(1, nrow(f), "one finding")
  check_equal("FATAL", f$severity, "no records is fatal")
  check_equal(2, attr(f, "exit_code"), "exit code 2")
  short <- tempfile()
  writeLines("4601", short)
  f <- vf_kostra_check(short, "11F", 2026)
  check("FATAL" %in% f$severity && 1 %in% f$line, "a short record is fatal, on line 1")
  ok <- vf_kostra_check(hand, "11F", 2026, "4601")
  check(is.data.frame(ok) && all(c("rule", "severity", "line", "journal", "field", "message")
                                 %in% names(ok)), "columns")
  check_equal(12, attr(ok, "records"), "records checked")
})

test_that("vf_calculate: rows in later blocks (the C adapter works 16 384 rows at a time)", {
  n <- 40000
  f <- data.frame(birth_date = rep(as.Date("1990-01-01"), n), civil_status = "unmarried",
                  housing_rent = 5000)
  long <- data.frame(row = c(1, 16384, 16385, 16385, 40000),
                     birth_date = as.Date("2015-01-01"))
  r <- vf_calculate(vf_context(), f, "2024-03", children = long)
  # single 7 850 + rent 5 000 = 12 850 (tests/cases/assistance.json rates); a child
  # aged 9 on 2024-03-01 adds 3 950 (6-10): 16 800; two: 20 750
  check_equal(c(1285000, 1680000, 1680000, 2075000, 1680000),
              r$assistance_ore[c(2, 1, 16384, 16385, 40000)], "blocks")
  f$income_work <- 0
  f$income_work[30000] <- -5
  e <- check_error(vf_calculate(vf_context(), f, "2024-03"), "velferd_range", "late row")
  check(startsWith(conditionMessage(e), "row 30000: "), conditionMessage(e))
  s <- vf_calculate(vf_context(), f, "2024-03", on_error = "status")
  check_equal(c("ok", "range", "ok"), as.character(s$status[29999:30001]), "a later block")
  check(is.na(s$assistance_ore[30000]), "NA for the failed row")
})

test_that("vf_calculate: weighted totals (thousandths, summed in C)", {
  # weights 2, 1, 0, 0.5 on the first four March cases, 0 on the rest, 5 on the
  # failed rows 9 and 10 (not counted): clients 2 + 1 + 0.5 = 3.5; assistance
  # 2 × 17 650 + 11 350 + 0.5 × 21 550 = 57 425 kr; exempt barnetrygd 0.5 × 5 000
  w <- c(2, 1, 0, 0.5, 0, 0, 0, 0, 5, 5)
  r <- vf_calculate(vf_context(), march, "2024-03", on_error = "status", weight = w)
  t <- attr(r, "totals")
  check_equal(3.5, t[["clients"]], "weighted clients")
  check_equal(5742500, t[["assistance_ore"]], "weighted assistance")
  check_equal(250000, t[["income_exempt_ore"]], "weighted exempt income")
  check_equal(w, r$weight, "weight column")
  check(is.null(attr(vf_calculate(vf_context(), march[1:8, ], "2024-03"), "totals")),
        "no weights, no totals")
  m <- march
  m$w <- w
  t2 <- attr(vf_calculate(vf_context(), m, "2024-03", on_error = "status", weight = "w"), "totals")
  check_equal(t, t2, "weight as a column name")
  check_error(vf_calculate(vf_context(), march, "2024-03", on_error = "status",
                           weight = c(1.2345, rep(1, 9))), "velferd_range", "four decimals")
  e <- tryCatch(vf_calculate(vf_context(), march, "2024-03", on_error = "status",
                             weight = c(1, -1, rep(1, 8))), error = function(e) e)
  check(startsWith(conditionMessage(e), "row 2: weight:"), conditionMessage(e))
  e <- tryCatch(vf_calculate(vf_context(), march, "2024-03", on_error = "status",
                             weight = c(1, 1, NA, rep(1, 7))), error = function(e) e)
  check(startsWith(conditionMessage(e), "row 3: weight: missing"), conditionMessage(e))
  check_error(vf_calculate(vf_context(), march, "2024-03", on_error = "status", weight = 1:3),
              "velferd_invalid_arg", "one weight per row")
})

test_that("vf_compare: weighted totals", {
  reg <- rule80_register()
  bergen <- vf_context("bergen")
  off <- vf_set_param(vf_context_clone(bergen), "rule80.enabled", "2021-01-01", 0)
  # P 9 991.86 -> 1 450.00 (weight 2.5), U 1 450.00 both (4), X fails (10, not counted):
  # baseline 2.5 × 999 186 + 4 × 145 000 = 3 077 965; scenario 6.5 × 145 000 = 942 500
  cmp <- vf_compare(reg, bergen, off, 2021, 10, weight = c(X = 10, U = 4, P = 2.5))
  check_equal(c(6.5, 3077965, 942500, -2135465, 0, 2.5, 4, 0, 2135465),
              unlist(cmp$weighted_totals[1, ]), "weighted totals by id")
  same <- vf_compare(reg, bergen, off, 2021, 10, weight = c(2.5, 4, 10))
  check_equal(cmp$weighted_totals, same$weighted_totals, "weights in register order")
  check(is.null(vf_compare(reg, bergen, off, 2021, 10)$weighted_totals), "none without weights")
  check_error(vf_compare(reg, bergen, off, 2021, 10, weight = c(P = 1, U = 1)),
              "velferd_invalid_arg", "a client without a weight")
})

test_that("vf_calculate: results are ordinary R vectors", {
  # the batch's result vectors are made in C, large ones in huge pages
  # (src/columns_r.i, vfb_r_result): to R they must behave as any vector
  r <- vf_calculate(vf_context(), march[1:8, ], "2024-03")
  file <- tempfile(fileext = ".rds")
  on.exit(unlink(file))
  saveRDS(r, file)
  back <- readRDS(file)
  check(identical(r, back), "saveRDS / readRDS give the same data.frame")
  first <- r$assistance_ore[1]
  copy <- r
  copy$assistance_ore[1] <- 0
  check_equal(first, r$assistance_ore[1], "changing a copy leaves the result alone")
  v <- r$norm_ore
  v[2] <- -1
  check(r$norm_ore[2] != -1, "changing an extracted column leaves the result alone")
  r$assistance_ore[2] <- 1
  check_equal(1, r$assistance_ore[2], "a result can be changed in place")
  check_equal(sum(back$assistance_ore) - back$assistance_ore[2] + 1, sum(r$assistance_ore),
              "sum over the changed result")
  check(is.factor(r$status) && identical(levels(r$status), levels(back$status)), "factors")
  check(is.logical(r$rule80_applies) && is.double(r$norm_ore), "types")
})

test_that("vf_calculate: outputs = chosen columns; projected values marked", {
  a <- vf_calculate(vf_context(), march, "2024-03", on_error = "status")
  b <- vf_calculate(vf_context(), march, "2024-03", on_error = "status", outputs = "assistance")
  check_equal(c("status", "assistance_ore"), names(b), "status and the asked output only")
  check_equal(a$assistance_ore, b$assistance_ore, "the same amounts")
  check_equal(as.character(a$status), as.character(b$status), "the same statuses")
  c2 <- vf_calculate(vf_context(), march, "2024-03", on_error = "status",
                     outputs = c("norm_ore", "household"))
  check_equal(c("status", "household", "norm_ore"), names(c2), "names with _ore, in the C order")
  check_error(vf_calculate(vf_context(), march, "2024-03", outputs = "assistanse"),
              "velferd_unknown_code", "a misspelt output")
  e <- tryCatch(vf_calculate(vf_context(), march, "2024-03", outputs = "assistanse"),
                error = function(e) e)
  check(grepl("one of status, household, norm", conditionMessage(e)), conditionMessage(e))
  # docs/parameters.md, "Projections": guideline.single is 7 850 kr from 2024-01-01 and
  # unknown from 2025-01-01. A single adult with rent 5 000: March 2024 7 850 + 5 000 =
  # 12 850 kr (enacted); March 2025 fails without a projection; with 3 % a year the
  # rate is 7 850 x 1.03 = 8 085.50, rounded to 8 100 (its rates are multiples of
  # 50 kr): 13 100 kr, marked projected.
  one <- data.frame(birth_date = as.Date("1990-01-01"), civil_status = "unmarried",
                    housing_rent = 5000)
  ctx <- vf_context()
  gap <- vf_calculate(ctx, one, "2025-03", on_error = "status")
  check_equal("no_value", as.character(gap$status), "a gap without projection")
  vf_set_projection(ctx, "percent", percent = 3)
  p <- vf_calculate(ctx, one, "2025-03", outputs = c("assistance", "projected"))
  check_equal(1310000, p$assistance_ore, "projected 3 %")
  check_equal(TRUE, p$projected, "marked projected")
  q <- vf_calculate(ctx, one, "2024-03", outputs = c("assistance", "projected"))
  check_equal(1285000, q$assistance_ore, "enacted 2024")
  check_equal(FALSE, q$projected, "not projected")
  vf_set_projection(ctx, "none")
  check_equal("no_value", as.character(vf_calculate(ctx, one, "2025-03", on_error = "status")$status),
              "projection cleared")
  check_error(vf_set_projection(ctx, "percent", percent = 2.755), "velferd_range",
              "three decimals")
})
