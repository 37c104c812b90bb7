# The checks the tests are written with, on top of testthat's expectations.
# check_equal() compares values exactly (no tolerance: money is exact øre),
# ignoring names and the integer/double distinction.
check <- function(ok, what) expect(isTRUE(ok), paste("check failed:", what))

check_equal <- function(want, got, what) {
  expect_equal(unname(got), unname(want), tolerance = 0, info = what)
}

# Runs expr and returns the condition it signals, expecting one of `class`.
check_error <- function(expr, class, what) {
  e <- tryCatch({ expr; NULL }, condition = function(e) e)
  expect(!is.null(e) && inherits(e, class),
         sprintf("%s: expected a %s condition, got %s", what, class,
                 if (is.null(e)) "none" else paste(class(e), collapse = "/")))
  invisible(e)
}
