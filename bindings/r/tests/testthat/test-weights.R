# Weighted indicators: the register of tests/test_weights.c, weights set from
# R; values worked out by hand there (weights 2.5, 1.25, 0.125 of the three
# recipients: 3.875 weighted recipients; gross 600000*2.5 + 200000*1.25 +
# 300100*0.125 = 1 787 512.5 øre = 17 875 kr).
weights_register <- function() {
  reg <- vf_register()
  add <- function(id, birth, gender, civil, cit, inc, tr, children = NULL)
    vf_register_add_client(reg, vf_client(id = id, birth = birth, gender = gender,
                                          civil_status = civil, citizenship = cit,
                                          main_income = inc, trygd = tr, children = children))
  add("A", "1990-05-01", "female", "unmarried", "norwegian", "social_assistance", "none")
  add("B", "2002-03-01", "male", "unmarried", "foreign", "work", "none", "2020-01-01")
  add("C", "1960-01-01", "female", "married", "norwegian", "trygd", "disability")
  add("D", "1980-01-01", "male", "unmarried", "norwegian", "other", "none")
  for (m in 1:6) vf_register_add_payment(reg, "A", 2024, m, 1000)
  vf_register_add_payment(reg, "B", 2024, 11, 2000, refunded = 500)
  vf_register_add_payment(reg, "C", 2024, 10, 1500.50)
  vf_register_add_payment(reg, "C", 2024, 11, 1500.50)
  reg
}

test_that("weighted indicators are the hand-worked sums", {
  reg <- weights_register()
  vf_register_set_weights(reg, c(A = 2.5, B = 1.25, C = 0.125, D = 4))
  ind <- vf_indicators(reg, 2024, suppress_below = 0, weighted = TRUE)
  v <- vf_indicator_values(ind)
  rec <- v[v$indicator == "recipients", ]
  check_equal(c(3875, 1000), c(rec$num, rec$den), "weighted recipients 2.5 + 1.25 + 0.125")
  check_equal(4, rec$value, "published: 3.875 rounds to 4")
  gross <- v[v$indicator == "gross", ]
  check_equal(17875, gross$value, "gross 1 787 512.5 øre -> 17 875 kr")
  lt <- v[v$indicator == "long_term_share", ]
  check_equal(64.5, lt$value, "100 * 2.5 / 3.875 = 64.5 %")
  plain <- vf_indicator_values(vf_indicators(reg, 2024, suppress_below = 0))
  check_equal(3, plain$value[plain$indicator == "recipients"], "unweighted: 3 persons")
})

test_that("weights must be exact thousandths; weighted needs weights", {
  reg <- weights_register()
  check_error(vf_indicators(reg, 2024, weighted = TRUE), "velferd_invalid_arg",
              "weighted without weights")
  check_error(vf_register_set_weights(reg, c(1, 1, 1, 1 / 3)), "velferd_invalid_arg",
              "a third is not a whole number of thousandths")
  check_error(vf_register_set_weights(reg, c(1, 1)), "velferd_invalid_arg", "two weights, four clients")
  check_error(vf_register_set_weights(reg, c(1, 1, 1, -1)), "velferd_invalid_arg", "negative")
  check_error(vf_indicators(reg, 2024, weighted = NA), "velferd_invalid_arg", "weighted NA")
  vf_register_set_weights(reg, c(2.5, 1.25, 0.125, 4))
  v <- vf_indicator_values(vf_indicators(reg, 2024, suppress_below = 0, weighted = TRUE))
  check_equal(3875, v$num[v$indicator == "recipients"], "weights in client order")
})
