# Handles survive a garbage collection at every allocation (gctorture): each
# handle's type tag is protected while the handle is made (src/velferd_r.i,
# vfb_r_new_ptr). Without that, a collection inside the making frees the tag,
# and the next call on the handle reads a freed cell (a segfault here, every
# time; a rare crash of test-memory.R before). Also: one finalizer per handle,
# so dropping and closing handles under gctorture frees each exactly once.

test_that("handles made under gctorture keep their type", {
  ns <- asNamespace("velferd")
  gctorture(TRUE)
  k <- ns$Client()
  r <- ns$Register()
  gctorture(FALSE)
  # Fill the freed cells with other objects, then use the handles.
  junk <- lapply(1:2000, function(j) c(j, j))
  ns$Client_set_birth_date(k, 19500310L)
  # 1950-03-10 as YYYYMMDD, as it was set
  check_equal(19500310, ns$Client_birth_date(k), "birth date through the handle")
  check_equal(0, ns$Register_client_count(r), "an empty register")
  rm(junk)
})

test_that("closing and dropping handles under gctorture frees each once", {
  ns <- asNamespace("velferd")
  gctorture(TRUE)
  for (i in 1:2) {
    cl <- ns$Client()
    if (i == 2) ns$delete_Client(cl)
    rm(cl)
  }
  gctorture(FALSE)
  invisible(gc())
  # the finalizers of the dropped handles ran without error: a new handle works
  cl <- vf_client(birth = "1990-01-01")
  check_equal(19900101, ns$Client_birth_date(cl$ptr), "a new client after the collections")
})
