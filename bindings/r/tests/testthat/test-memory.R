# Handles and results are freed by finalizers: after a first round of 20 000
# create/compute/drop cycles (R grows its own heap by some 16 MB there), a
# second round must not grow the process's resident memory by more than 2 MB
# (a leak of the ~200-byte result plus the client would cost > 8 MB).

# Under a sanitizer (VELFERD_SANITIZE=1) ASan's quarantine keeps freed memory,
# so the cycles run (and ASan checks them) but the bounds are not asserted.
sanitized <- Sys.getenv("VELFERD_SANITIZE") == "1"

rss_kb <- function() {
  s <- readLines("/proc/self/status")
  as.numeric(sub("[^0-9]*([0-9]+).*", "\\1", grep("^VmRSS:", s, value = TRUE)))
}

cycle <- function(n, ctx) {
  for (i in seq_len(n)) {
    cl <- vf_client(birth = "1950-03-10", trygd = "old_age", income = c(trygd = 15000),
                    housing = c(rent = 9000))
    r <- assistance_month(ctx$ptr, cl$ptr, 2021L, 10L, NULL)
    if (i %% 2 == 0) vf_close(cl)
  }
}

test_that("no growth after many cycles", {
  skip_if_not(file.exists("/proc/self/status"), "no /proc/self/status")
  ctx <- vf_context("bergen")
  cycle(20000, ctx) # R's own heap grows here
  invisible(gc()); invisible(gc())
  before <- rss_kb()
  cycle(20000, ctx)
  invisible(gc()); invisible(gc())
  grown <- rss_kb() - before
  if (!sanitized) check(grown < 2048, sprintf("RSS grew by %.0f kB", grown))
})

test_that("leak check detects a leak", {
  # The measure itself works: keeping 100 000 clients alive grows memory (enough
  # that the room earlier tests left in the heaps cannot hide it).
  skip_if_not(file.exists("/proc/self/status"), "no /proc/self/status")
  invisible(gc())
  before <- rss_kb()
  kept <- lapply(seq_len(100000), function(i) Client())
  grown <- rss_kb() - before
  if (!sanitized) check(grown > 2048, sprintf("keeping 100 000 clients grew RSS by only %.0f kB", grown))
  rm(kept)
})

test_that("batch results (in huge pages) are freed with R's vectors", {
  # vf_calculate's result vectors are R vectors whose large ones are advised
  # as huge pages (src/columns_r.i, vfb_r_result): R frees them as any other.
  # 100 000 rows give 12 result vectors, 4.8 MB a call; 600 calls that drop
  # their results allocate 2.9 GB, of which R's collector must keep little.
  skip_if_not(file.exists("/proc/self/status"), "no /proc/self/status")
  status_kb <- function(key) {
    s <- readLines("/proc/self/status")
    as.numeric(sub("[^0-9]*([0-9]+).*", "\\1", grep(paste0("^", key, ":"), s, value = TRUE)))
  }
  ctx <- vf_context()
  f <- data.frame(birth_date = rep(as.Date("1990-01-01"), 100000), housing_rent = 5000)
  r <- vf_calculate(ctx, f, "2024-03")
  check_equal(rep(1285000, 100000), r$assistance_ore, "single 7 850 + rent 5 000 kr")
  rm(r)
  invisible(gc())
  before <- status_kb("VmRSS")
  for (i in 1:600) r <- vf_calculate(ctx, f, "2024-03")
  peak <- status_kb("VmHWM") - before
  rm(r)
  invisible(gc())
  left <- status_kb("VmRSS") - before
  if (!sanitized) {
    check(peak < 512 * 1024, sprintf("600 calls: peak %.0f MB above the start", peak / 1024))
    check(left < 64 * 1024, sprintf("%.0f MB left after the results were collected", left / 1024))
  }
})
