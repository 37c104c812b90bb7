# Network comparison: the hand-worked figures of tests/test_network.c and
# tools/velferd/tests/test_network.sh (data/network/tidy.csv, written here so
# that R CMD check finds it); the data.frame has the columns of
# `velferd network -f csv`, then symbol.

tidy <- c("municipality,year,indicator,value,numerator,denominator",
          "0301,2023,young_share,\"12,5\",2500,200",
          "4601,2023,young_share,10.0,1000,100",
          "5001,2023,young_share,..,,",
          "0301,2023,net_expenditure,3000,,",
          "4601,2023,net_expenditure,2500,,",
          "5001,2023,net_expenditure,2000,,",
          "0301,2023,need,1.2,,",
          "4601,2023,need,\"1,0\",,",
          "5001,2023,need,0.75,,")
tidy_file <- function() {
  f <- tempfile(fileext = ".csv")
  writeLines(tidy, f)
  f
}
row_of <- function(df, indicator, municipality) {
  r <- df[df$indicator == indicator & df$municipality == municipality, ]
  expect_equal(nrow(r), 1L)
  r
}

test_that("the pooled average leaves out the missing member", {
  df <- vf_network(tidy_file(), network = "all")
  expect_equal(names(df), c("year", "indicator", "municipality", "name", "value", "index",
                            "average", "exact_num", "exact_den", "status", "symbol"))
  expect_equal(nrow(df), 12L)
  # (2500 + 1000) / (200 + 100) = 35/3 = 11.67 -> 11.7; Oslo 107.14 -> 107.1;
  # Bergen 85.71 -> 85.7; Trondheim '..'.
  a <- row_of(df, "young_share", "")
  expect_equal(c(a$year, a$value, a$index, a$exact_num, a$exact_den), c(2023, 11.7, 100, 35, 3))
  expect_equal(c(a$name, a$average, a$status), c("network average", "pooled", "ok"))
  oslo <- row_of(df, "young_share", "0301")
  expect_equal(c(oslo$value, oslo$index, oslo$exact_num, oslo$exact_den), c(12.5, 107.1, 25, 2))
  expect_equal(row_of(df, "young_share", "4601")$index, 85.7)
  trd <- row_of(df, "young_share", "5001")
  expect_equal(c(trd$status, trd$symbol), c("missing", ".."))
  expect_true(is.na(trd$value) && is.na(trd$index) && is.na(trd$exact_num))
  # No numerators: the mean (3000 + 2500 + 2000) / 3 = 2500.
  expect_equal(row_of(df, "net_expenditure", "0301")$index, 120)
  expect_equal(row_of(df, "net_expenditure", "5001")$index, 80)
})

test_that("mean, need-corrected and forced pooled", {
  # Mean (12.5 + 10.0) / 2 = 11.25 -> 11.3; Oslo 111.1, Bergen 88.9.
  df <- vf_network(tidy_file(), network = "all", average = "mean")
  a <- row_of(df, "young_share", "")
  expect_equal(c(a$value, a$exact_num, a$exact_den), c(11.3, 45, 4))
  expect_equal(row_of(df, "young_share", "0301")$index, 111.1)
  expect_equal(row_of(df, "young_share", "4601")$index, 88.9)
  # 2500, 2500, 2667; mean 7667/3 -> 2556; 97.8 and 104.4.
  df <- vf_network(tidy_file(), network = "all", need_corrected = "net_expenditure=need")
  n <- "net_expenditure, corrected for expenditure need"
  a <- row_of(df, n, "")
  expect_equal(c(a$value, a$exact_num, a$exact_den), c(2556, 7667, 3))
  expect_equal(row_of(df, n, "0301")$index, 97.8)
  expect_equal(row_of(df, n, "5001")$index, 104.4)
  expect_error(vf_network(tidy_file(), network = "all", average = "pooled"),
               "municipality 0301 has no numerator", class = "velferd_no_value")
  expect_error(vf_network(tidy_file(), average = "median"), class = "velferd_error")
})

test_that("ASSS members by their numbers, and the register as a member", {
  f <- data.frame(municipality = c(301, 4601), year = 2023, indicator = "young_share",
                  value = c("12,5", "10.0"), numerator = c("2500", "1000"),
                  denominator = c("200", "100"))
  df <- vf_network(figures = f)
  expect_equal(row_of(df, "young_share", "4601")$name, "Bergen")
  expect_equal(row_of(df, "young_share", "4601")$index, 85.7)
  expect_equal(row_of(df, "young_share", "3024")$symbol, "..")
  # The register: 1 of 2 aged 18-24 = 50.0 % (100/2); pooled with Oslo
  # (2500 + 100) / (200 + 2) = 1300/101 -> 12.9; the register 388.46 -> 388.5,
  # Oslo 97.12 -> 97.1.
  r <- vf_register()
  vf_register_add_client(r, vf_client(id = "A", birth = "2004-01-01"))
  vf_register_add_client(r, vf_client(id = "B", birth = "1984-01-01"))
  vf_register_add_payment(r, "A", 2024, 1, 1000)
  vf_register_add_payment(r, "B", 2024, 1, 1000)
  f <- data.frame(municipality = 301, year = 2024, indicator = "young_share", value = "12.5",
                  numerator = "2500", denominator = "200")
  df <- vf_network(figures = f, network = "all",
                   indicators = vf_indicators(r, 2024, suppress_below = 0), municipality = 9999)
  a <- row_of(df, "young_share", "")
  expect_equal(c(a$value, a$exact_num, a$exact_den), c(12.9, 1300, 101))
  expect_equal(row_of(df, "young_share", "9999")$index, 388.5)
  expect_equal(row_of(df, "young_share", "0301")$index, 97.1)
})

test_that("bad figures name the line and field", {
  f <- tempfile(fileext = ".csv")
  writeLines(c("municipality,year,indicator,value", "0301,2023,x,1.2.3"), f)
  expect_error(vf_network(f), "value '1.2.3' is not a number", class = "velferd_parse")
})
