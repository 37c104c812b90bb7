# Errors are R conditions of class c("velferd_<code>", "velferd_error",
# "error", "condition") carrying the C status code, field and message;
# handles are freed by finalizers or vf_close().

test_that("bad date is a classed condition", {
  e <- check_error(vf_client(birth = "2024-02-30"), "velferd_error", "impossible date")
  check(inherits(e, "velferd_date"), "subclass per status")
  check_equal(3L, e$status, "VF_E_DATE = 3")
  check(grepl("February 2024 has 29 days", conditionMessage(e)), "message")
  # still an ordinary R error
  check(inherits(e, "error") && inherits(e, "condition"), "error, condition")
})

test_that("status codes", {
  check_equal(9L, check_error(vf_context("atlantis"), "velferd_not_found", "profile")$status,
              "VF_E_NOT_FOUND = 9")
  e <- check_error(vf_client(income = c(trygd = -5)), "velferd_range", "negative income")
  check_equal(2L, e$status, "VF_E_RANGE = 2")
  check_error(vf_client(trygd = "pirate"), "velferd_unknown_code", "unknown code name")
  check_error(vf_client(income = c(trygd = 10.005)), "velferd_range", "three decimals")
  check_error(vf_money_parse("12,3,4"), "velferd_parse", "bad amount")
  # a child born after the month asked for
  cl <- vf_client(birth = "1990-01-01", children = "2022-03-01")
  e <- check_error(vf_assistance(vf_context(), cl, 2021, 10), "velferd_date", "unborn child")
  check(nzchar(e$field), "field named")
})

test_that("money is exact", {
  cl <- vf_client(income = c(work = "12345.67"))
  # 2^53 øre is the largest amount that crosses exactly
  check_error(vf_money_format(2^53 + 2), "error", "beyond 2^53")
  check_equal("90071992547409.92", vf_money_format(2^53), "2^53 øre")
  check_equal(c(123456789012, 1), vf_money_parse(c("1234567890.12", "0.01")), "parse")
})

test_that("closed handle", {
  cl <- vf_client(birth = "1950-03-10")
  vf_close(cl)
  e <- check_error(vf_assistance(vf_context(), cl, 2021, 10), "velferd_error", "closed client")
  ctx <- vf_context()
  vf_close(ctx)
  vf_close(ctx) # twice is fine
  e <- check_error(vf_set_param(ctx, "rule80.enabled", "2021-01-01", 0), "velferd_invalid_arg",
                   "closed context")
  check_equal("the object is closed", conditionMessage(e), "message")
})
