# Regenerates NAMESPACE and man/*.Rd from the roxygen comments in R/ (the
# results are committed):  cd bindings/r && Rscript tools/roxygen.R
# The code is sourced without SWIG's generated R/velferd_swig.R, whose S4
# classes need the compiled package; the documentation is all in the other files.
load_without_swig <- function(path) {
  env <- new.env(parent = globalenv())
  files <- list.files(file.path(path, "R"), pattern = "[.]R$", full.names = TRUE)
  for (f in files[basename(files) != "velferd_swig.R"]) sys.source(f, envir = env)
  env
}
roxygen2::roxygenize(".", roclets = c("rd", "namespace"), load_code = load_without_swig)
