# Handles survive a garbage collection at every allocation (gctorture): each
# handle's type tag is protected while the handle is made (src/velferd_r.i,
# vfb_r_new_ptr). Without that, a collection inside the making frees the tag,
# and the next call on the handle reads a freed cell (a segfault here, every
# time; a rare crash of test-memory.R before). Also: one finalizer per handle,
# so dropping and closing handles under gctorture frees each exactly once.
# In a separate R process: gctorture shrinks R's heap limits, and the memory
# test after it would then count R's own heap growing back.

torture <- '
library(velferd)
ns <- asNamespace("velferd")
gctorture(TRUE)
k <- ns$Client()
r <- ns$Register()
gctorture(FALSE)
junk <- lapply(1:2000, function(j) c(j, j)) # fill the freed cells
ns$Client_set_birth_date(k, 19500310L)
stopifnot(ns$Client_birth_date(k) == 19500310, ns$Register_client_count(r) == 0)
gctorture(TRUE)
for (i in 1:2) {
  cl <- ns$Client()
  if (i == 2) ns$delete_Client(cl)
  rm(cl)
}
gctorture(FALSE)
invisible(gc())
cl <- vf_client(birth = "1990-01-01")
stopifnot(ns$Client_birth_date(cl$ptr) == 19900101)
# a batch (result vectors made in C), children in long form
ctx <- vf_context()
frame <- data.frame(birth_date = as.Date(c("1990-01-01", "1950-03-10")), housing_rent = c(5000, 9000))
kids <- data.frame(row = 2L, birth_date = as.Date("2015-01-01"))
gctorture(TRUE)
r <- vf_calculate(ctx, frame, "2024-03", children = kids)
gctorture(FALSE)
junk <- lapply(1:2000, function(j) c(j, j))
invisible(gc())
stopifnot(identical(r$assistance_ore, c(1285000, 2080000)), identical(as.character(r$status), c("ok", "ok")))
cat("handles ok\n")
'

test_that("handles made and freed under gctorture keep their type and are freed once", {
  script <- tempfile(fileext = ".R")
  on.exit(unlink(script))
  writeLines(torture, script)
  out <- suppressWarnings(system2(file.path(R.home("bin"), "Rscript"), c("--vanilla", script),
                                  stdout = TRUE, stderr = TRUE))
  # 1950-03-10 and 1990-01-01 read back through the handles, as they were set;
  # the batch: single 7 850 + rent 5 000 = 12 850 kr; single 7 850 + rent 9 000 +
  # a child aged 9 on 2024-03-01, 3 950 = 20 800 (tests/cases/assistance.json rates)
  check(identical(attr(out, "status"), NULL) && "handles ok" %in% out,
        paste(c("the gctorture script failed:", tail(out, 5)), collapse = "\n"))
})
