# Trend series: the register of tests/test_trend.c, worked out by hand over
# three years.
#  A (born 2000, foreign): 2022 Jan, Feb 1 000; 2023 Jan 3 000.
#  B (born 1980, Norwegian, 1 child): 2022 Jan 2 000; 2023 Jan, Feb 2 000;
#    2024 Mar 5 000.
#  C (born 1990, foreign): 2024 Jan 4 000.

trend_register <- function() {
  r <- vf_register()
  vf_register_add_client(r, vf_client(id = "A", birth = "2000-06-15", citizenship = "foreign"))
  vf_register_add_client(r, vf_client(id = "B", birth = "1980-06-15", citizenship = "norwegian",
                                      children = "2015-01-01"))
  vf_register_add_client(r, vf_client(id = "C", birth = "1990-06-15", citizenship = "foreign"))
  vf_register_add_payment(r, "A", 2022, 1, 1000)
  vf_register_add_payment(r, "A", 2022, 2, 1000)
  vf_register_add_payment(r, "A", 2023, 1, 3000)
  vf_register_add_payment(r, "B", 2022, 1, 2000)
  vf_register_add_payment(r, "B", 2023, 1, 2000)
  vf_register_add_payment(r, "B", 2023, 2, 2000)
  vf_register_add_payment(r, "B", 2024, 3, 5000)
  vf_register_add_payment(r, "C", 2024, 1, 4000)
  r
}

test_that("the series and the change are the hand-worked ones", {
  r <- trend_register()
  df <- vf_trend(lapply(c(2024, 2022, 2023), function(y) vf_indicators(r, y, suppress_below = 0)))
  expect_equal(names(df), c("series", "unit", "2022", "2023", "2024", "change", "change_pct"))
  row <- function(s) unlist(df[df$series == s, c("2022", "2023", "2024", "change", "change_pct")])
  # Gross 4 000, 7 000, 9 000 kr: +2 000, 2 000 / 7 000 = 28.57 -> +28.6 %.
  expect_equal(unname(row("gross")), c(4000, 7000, 9000, 2000, 28.6))
  expect_equal(df$unit[df$series == "gross"], "money")
  # Recipients 2 each year; 18-24 (A at 22, 23) 50.0, 50.0, 0.0: -50.0, -100.0 %.
  expect_equal(unname(row("recipients")), c(2, 2, 2, 0, 0))
  expect_equal(unname(row("young_share")), c(50, 50, 0, -50, -100))
  # Foreign A, A, C: 1 each, 50.0 %; children 1.
  expect_equal(unname(row("foreign_citizens")), c(1, 1, 1, 0, 0))
  expect_equal(unname(row("foreign_citizens_share"))[1:3], c(50, 50, 50))
  expect_equal(unname(row("children"))[3], 1)
  expect_true(all(is.na(row("population_rate"))))
})

test_that("suppressed values are NA; a repeated year is an error", {
  r <- trend_register()
  df <- vf_trend(list(vf_indicators(r, 2023), vf_indicators(r, 2024)))
  expect_true(is.na(df[df$series == "recipients", "2024"]))
  expect_true(is.na(df[df$series == "recipients", "change"]))
  expect_error(vf_trend(list(vf_indicators(r, 2023), vf_indicators(r, 2023))), "2023",
               class = "velferd_inconsistent")
  expect_error(vf_trend(list()), class = "velferd_error")
})
