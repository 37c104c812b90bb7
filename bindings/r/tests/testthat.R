# Runs the tests in tests/testthat against the installed package (R CMD check
# does this; scripts/package_r.sh runs them from a private library too).
library(testthat)
library(velferd)
test_check("velferd")
