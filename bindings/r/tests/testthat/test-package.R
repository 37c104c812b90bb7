# The installed package: its exports are the documented vf_* functions, and
# the C library compiled into it is the package's version.

test_that("every export is a documented vf_ function", {
  # (.__T__ entries are the tables of the S4 methods SWIG defines on
  # primitives such as `$`; they are not objects a user sees.)
  ex <- grep("^[.]__T__", getNamespaceExports("velferd"), value = TRUE, invert = TRUE)
  check(length(ex) >= 27, "exports")
  check(all(startsWith(ex, "vf_")), "vf_ prefix")
  for (f in ex) check(length(utils::help(f, package = "velferd")) > 0, paste("help page of", f))
})

test_that("the library is the package's version", {
  check_equal(as.character(utils::packageVersion("velferd")), vf_version(), "version")
})
