# Plain test runner for the R binding (testthat is not needed): sources
# velferd.R from $VELFERD_R_DIR, then every test_*.R in the directory given
# as argument, runs each function named test_* and exits non-zero if any
# fails. Helpers for the tests: check(), check_equal(), check_error().
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args)) args[1] else "."
source(file.path(Sys.getenv("VELFERD_R_DIR"), "velferd.R"))

check <- function(ok, what) if (!isTRUE(ok)) stop("check failed: ", what, call. = FALSE)
check_equal <- function(want, got, what) {
  if (!identical(length(want), length(got)) || any(want != got) || any(is.na(want) != is.na(got)))
    stop(sprintf("%s: want %s, got %s", what, paste(format(want, digits = 17), collapse = " "),
                 paste(format(got, digits = 17), collapse = " ")), call. = FALSE)
}
# Runs expr and returns the condition it signals (failing if none).
check_error <- function(expr, class, what) {
  e <- tryCatch({ expr; NULL }, condition = function(e) e)
  if (is.null(e) || !inherits(e, class))
    stop(sprintf("%s: expected a %s condition, got %s", what, class,
                 if (is.null(e)) "none" else paste(class(e), collapse = "/")), call. = FALSE)
  e
}

failed <- 0
ran <- 0
for (f in sort(list.files(dir, pattern = "^test_.*[.]R$", full.names = TRUE))) {
  env <- new.env(parent = globalenv())
  sys.source(f, envir = env)
  for (name in sort(ls(env, pattern = "^test_"))) {
    ran <- ran + 1
    err <- tryCatch({ env[[name]](); NULL }, error = function(e) e)
    if (is.null(err)) {
      cat("ok  ", basename(f), name, "\n")
    } else {
      failed <- failed + 1
      cat("FAIL", basename(f), name, ":", conditionMessage(err), "\n")
    }
  }
}
cat(sprintf("%d tests, %d failed\n", ran, failed))
if (failed > 0 || ran == 0) quit(status = 1)
