# vf_calculate() (R, from a data.frame with natural column types) against
# Python on the same clients in one run: velferd.batch_month() on numpy
# columns already in the C types, and Context.calculate() from a pandas
# DataFrame of natural types (R's counterpart); all must agree to the øre.
#   Rscript bench/r_vs_python.R [ROWS] [REPS]
# Needs the R package installed and PYTHONPATH pointing at the Python package
# (build/bindings/python/pkg); Python is /usr/bin/python3 unless $PYTHON is set.
suppressMessages(library(velferd))
args <- commandArgs(trailingOnly = TRUE)
n <- if (length(args) >= 1) as.integer(args[1]) else 1000000L
reps <- if (length(args) >= 2) as.integer(args[2]) else 5L
script <- sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))
py_script <- file.path(dirname(script), "r_vs_python.py")
python <- Sys.getenv("PYTHON", "/usr/bin/python3")

set.seed(1)
civil <- c("unmarried", "married", "cohabiting", "separated_divorced", "widowed")
trygd <- c("none", "old_age", "disability", "unemployment", "sickness")
kids <- sample(c(0L, 0L, 0L, 1L, 2L), n, replace = TRUE)
frame <- data.frame(
  birth_date = as.Date("1940-01-01") + sample.int(65 * 365, n, replace = TRUE),
  civil_status = factor(sample(civil, n, replace = TRUE), levels = civil),
  trygd = factor(sample(trygd, n, replace = TRUE), levels = trygd),
  fact_lives_with_partner = sample(c(TRUE, FALSE, NA), n, replace = TRUE),
  income_work = round(runif(n, 0, 8000), 2),
  income_trygd = round(runif(n, 0, 20000)),
  housing_rent = round(runif(n, 3000, 15000)),
  housing_electricity = round(runif(n, 0, 1500), 2))
# children born 2007-03-02 .. 2024-02-28: under 18 and born before March 2024;
# in long form (one row per child), as a register's children table would be
long <- data.frame(row = rep(seq_len(n), kids),
                   birth_date = as.Date("2007-03-02") + sample.int(6207, sum(kids), replace = TRUE))
code <- function(type, f) vf_codes(type)$value[match(as.character(f), vf_codes(type)$name)]
ctx <- vf_context()

# One case: the same clients as the C batch's columns for Python, then R's and
# Python's median CPU and wall times. The two must agree to the øre.
run <- function(label, frame, children = NULL, long = NULL) {
  dir <- tempfile("vf_r_vs_py")
  dir.create(dir)
  on.exit(unlink(dir, recursive = TRUE))
  put <- function(name, x, size) {
    con <- file(file.path(dir, name), "wb")
    writeBin(x, con, size = size)
    close(con)
  }
  put("birth.i4", as.integer(frame$birth_date), 4)
  put("civil_status.u1", as.integer(code("civil_status", frame$civil_status)), 1)
  put("trygd.u1", as.integer(code("trygd", frame$trygd)), 1)
  f <- frame$fact_lives_with_partner
  put("fact_lives_with_partner.u1", ifelse(is.na(f), 0L, ifelse(f, 2L, 1L)), 1)
  for (col in c("income_work", "income_trygd", "housing_rent", "housing_electricity"))
    put(paste0(col, ".f8"), round(frame[[col]] * 100), 8)
  if (!is.null(long)) {
    put("child_start.i4", as.integer(c(0, cumsum(tabulate(long$row, nrow(frame))))), 4)
    put("child_birth.i4", as.integer(long$birth_date[order(long$row)]), 4)
  }
  # CPU time (user + system) as well as wall time: the machine may be
  # shared, and both sides run on one thread.
  cpu <- wall <- numeric(reps)
  for (i in seq_len(reps)) {
    if (Sys.getenv("VF_BENCH_GC") == "1") gc()
    t <- system.time(r <- vf_calculate(ctx, frame, "2024-03", on_error = "status",
                                       children = children))
    cpu[i] <- t[["user.self"]] + t[["sys.self"]]
    wall[i] <- t[["elapsed"]]
  }
  py <- system2(python, c(py_script, dir, nrow(frame), reps), stdout = TRUE)
  py <- as.numeric(strsplit(py[length(py)], " ")[[1]]) # batch_month cpu, wall; calculate cpu, wall
  con <- file(file.path(dir, "assistance.f8"), "rb")
  py_assistance <- readBin(con, "double", nrow(frame))
  close(con)
  if (!identical(r$assistance_ore, py_assistance)) stop(label, ": R and Python disagree")
  cat(sprintf("| %s | %d | %.3f (%.3f) | %.3f (%.3f) | %.2f (%.2f) | %.3f (%.3f) | %.2f (%.2f) |\n",
              label, nrow(frame), median(cpu), median(wall), py[1], py[2],
              median(cpu) / py[1], median(wall) / py[2], py[3], py[4],
              median(cpu) / py[3], median(wall) / py[4]))
}

cat(sprintf("median of %d runs; CPU s (wall s); %d of %d clients with children\n", reps,
            sum(kids > 0), n))
cat(paste0("| R input | rows | R vf_calculate | Python batch_month | R / batch_month ",
           "| Python calculate | R / calculate |\n|---|---|---|---|---|---|---|\n"))
run("no children", frame)
run("children in long form", frame, children = long, long = long)
frame$children <- unname(split(long$birth_date, factor(long$row, levels = seq_len(n))))
run("children as a list column", frame, long = long)
