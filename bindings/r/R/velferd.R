# velferd for R: a small wrapper around the SWIG-generated layer
# (velferd_swig.so + velferd_swig.R) that returns data.frames, signals errors
# as conditions of class c("velferd_<code>", "velferd_error", "error",
# "condition") with fields status, field and line, and frees handles by
# finalizers (or at once with vf_close()). No rule is computed here: every
# number comes from the C library.
#
#   source("<dir>/velferd.R")      # loads velferd_swig.so and velferd_swig.R from <dir>
#   ctx <- vf_context("bergen")
#   cl  <- vf_client(birth = "1950-03-10", civil_status = "unmarried", trygd = "old_age",
#                    income = c(trygd = 15000), housing = c(rent = 9000, electricity = 1000))
#   vf_assistance(ctx, cl, 2021, 10)$assistance_kr      # 9991.86
#
# Conventions (docs/bindings.md): money goes in as kroner (numbers with at most
# two decimals, or strings such as "9991.86") and comes out as exact øre
# (doubles holding whole numbers, exact up to 2^53) in *_ore columns, with
# kroner (*_kr, øre / 100) and the C library's formatting where shown. Dates
# go in as Date or "YYYY-MM-DD" and come out as Date. Enumerations are names:
# the library's stable code names ("old_age", "housing_allowance"), else the C
# names in lower case without their prefix; vf_codes(type) lists them.

.vf <- new.env()

# Directory of this file when it is being source()d.
.vf_here <- function() {
  for (i in rev(seq_len(sys.nframe()))) {
    f <- sys.frame(i)$ofile
    if (!is.null(f)) return(dirname(normalizePath(f)))
  }
  NULL
}

#' Loads the compiled layer from `dir` (default: $VELFERD_R_DIR, else the
#' directory of this file). Called when this file is sourced.
vf_load <- function(dir = NULL) {
  if (is.null(dir) || !nzchar(dir)) dir <- Sys.getenv("VELFERD_R_DIR")
  if (!nzchar(dir)) dir <- .vf_here()
  if (is.null(dir)) stop("velferd: set VELFERD_R_DIR or pass vf_load(dir)")
  so <- file.path(dir, paste0("velferd_swig", .Platform$dynlib.ext))
  if (!file.exists(so)) stop("velferd: no ", so)
  if (!is.loaded("R_swig_library_version", PACKAGE = "velferd_swig")) dyn.load(so)
  # The generated functions live in .vf; SWIG's S4 classes and enumeration
  # tables (.__E___vf_*) go to the global environment, as SWIG defines them.
  source(file.path(dir, "velferd_swig.R"), local = .vf)
  invisible(dir)
}

# ---- conversions ----------------------------------------------------------

.vf_error <- function(status, message, field = "") {
  names <- c("ok", "invalid_arg", "range", "date", "unknown_code", "parse", "io", "nomem",
             "overflow", "not_found", "no_value", "duplicate", "inconsistent")
  cls <- paste0("velferd_", if (status >= 0 && status < length(names)) names[status + 1] else "unknown")
  stop(structure(class = c(cls, "velferd_error", "error", "condition"),
                 list(message = message, call = sys.call(-1), status = as.integer(status),
                      field = field, line = 0L)))
}

# A SWIG enumeration table: named integer vector, names without their
# common prefix, in lower case.
.vf_enum_cache <- new.env()
.vf_enum_table <- function(type) {
  hit <- .vf_enum_cache[[type]]
  if (!is.null(hit)) return(hit)
  tab <- get(paste0(".__E___vf_", type), envir = globalenv())
  n <- names(tab)
  pre <- n[1]
  for (x in n[-1]) while (!startsWith(x, pre)) pre <- substr(pre, 1, nchar(pre) - 1)
  pre <- sub("[^_]*$", "", pre) # cut at the last underscore
  values <- as.integer(tab)
  names <- tolower(substring(n, nchar(pre) + 1))
  # Where the library names its codes, its stable names win (they are the
  # words of its files: "housing_allowance" for VF_INC_HOUSING).
  lib <- .vf_code_namer(type)
  if (!is.null(lib)) {
    for (k in seq_along(values)) {
      x <- lib(values[k])
      if (is.character(x) && length(x) == 1 && nzchar(x)) names[k] <- x
    }
  }
  tab <- stats::setNames(values, names)
  assign(type, tab, envir = .vf_enum_cache)
  tab
}

# The C function naming the values of an enumeration, if there is one.
.vf_code_namer <- function(type) {
  special <- list(indicator = "indicator_name", indicator_table = "indicator_table_name",
                  kvp_criterion = "kvp_criterion_name", household = "household_name")
  if (!is.null(special[[type]])) return(.vf[[special[[type]]]])
  if (type == "code_list") return(function(v) .vf$code_list_name(v))
  lists <- .vf_enum_table("code_list")
  if (!type %in% names(lists)) return(NULL)
  list_value <- lists[[type]]
  function(v) .vf$code_name(list_value, v)
}

.vf_enum <- function(type, name) {
  if (is.numeric(name)) return(as.integer(name))
  tab <- .vf_enum_table(type)
  v <- tab[tolower(name)]
  if (length(name) != 1 || is.na(v))
    .vf_error(4L, sprintf("%s: unknown %s (one of %s)", paste(name, collapse = ","), type,
                          paste(names(tab), collapse = ", ")), type)
  unname(v)
}

.vf_enum_name <- function(type, value) {
  tab <- .vf_enum_table(type)
  names(tab)[match(value, tab)]
}

.vf_tristate <- function(x) {
  if (is.logical(x)) return(if (is.na(x)) 0L else if (x) 2L else 1L)
  .vf_enum("tristate", x)
}

# Kroner (number or string) to øre, exactly.
.vf_ore <- function(kr) {
  if (is.character(kr)) return(.vf$money_parse(kr))
  if (!is.numeric(kr) || length(kr) != 1 || is.na(kr)) .vf_error(1L, "amount: expected one number of kroner")
  ore <- round(kr * 100)
  if (abs(kr * 100 - ore) > 1e-6 * max(1, abs(ore)))
    .vf_error(2L, sprintf("%s: more than two decimals of kroner", format(kr, digits = 17)), "amount")
  ore
}

# Date (or "YYYY-MM-DD") to packed YYYYMMDD, validated by the C library.
.vf_ymd <- function(d) {
  if (is.null(d)) return(0L)
  if (inherits(d, "Date")) d <- format(d, "%Y-%m-%d")
  .vf$date_parse(as.character(d))
}

.vf_date <- function(ymd) {
  if (ymd == 0) return(as.Date(NA))
  as.Date(sprintf("%04d-%02d-%02d", ymd %/% 10000, ymd %/% 100 %% 100, ymd %% 100))
}

# The fields of a SWIG struct object as a list.
.vf_fields <- function(obj, names) stats::setNames(lapply(names, function(n) eval(call("$", obj, n))), names)

.vf_handle <- function(ptr, class) structure(list(ptr = ptr), class = c(class, "velferd_handle"))

.vf_ptr <- function(x, class) {
  if (!inherits(x, class)) .vf_error(1L, sprintf("expected a %s", class))
  x$ptr
}

#' Frees a handle now (a context, client, register, trace or indicators);
#' using it afterwards signals a velferd_error. Handles not closed are freed
#' by their finalizer when garbage-collected.
vf_close <- function(x) {
  if (!inherits(x, "velferd_handle")) return(invisible(NULL))
  del <- switch(class(x)[1], velferd_context = "delete_Context", velferd_client = "delete_Client",
                velferd_register = "delete_Register", velferd_trace = "delete_Trace",
                velferd_indicators = "delete_Indicators")
  .vf[[del]](x$ptr)
  invisible(NULL)
}

print.velferd_handle <- function(x, ...) {
  cat("<", class(x)[1], ">\n", sep = "")
  invisible(x)
}

# ---- general --------------------------------------------------------------

#' Library version string.
vf_version <- function() .vf$library_version()

#' Formats øre as kroner text ("9991.86").
vf_money_format <- function(ore) vapply(ore, function(o) .vf$money_format(o), "")

#' Parses kroner text to øre.
vf_money_parse <- function(text) vapply(text, function(t) .vf$money_parse(t), 0, USE.NAMES = FALSE)

# ---- context and client ---------------------------------------------------

#' A context with the embedded parameters and a municipality profile
#' (NULL or "default" for none, e.g. "bergen").
vf_context <- function(profile = NULL) {
  .vf_handle(.vf$Context(if (is.null(profile)) "default" else profile), "velferd_context")
}

#' Sets a dated parameter override on a context: value num/den from
#' `valid_from` (e.g. vf_set_param(ctx, "rule80.enabled", "2021-01-01", 0)).
vf_set_param <- function(ctx, name, valid_from, num, den = 1, source = "R") {
  .vf$Context_set_param(.vf_ptr(ctx, "velferd_context"), name, .vf_ymd(valid_from), num, den, source)
  invisible(ctx)
}

#' A copy of a context (a cheap what-if overlay).
vf_context_clone <- function(ctx) {
  .vf_handle(.vf$Context_clone(.vf_ptr(ctx, "velferd_context")), "velferd_context")
}

#' A client. Codes by name (see vf_codes()); income and housing as named
#' vectors of monthly kroner (names as in vf_codes("income_kind") and
#' vf_codes("housing_kind")); facts as a named list of TRUE/FALSE/NA;
#' children as birth dates.
vf_client <- function(id = NULL, birth = NULL, gender = NULL, civil_status = NULL,
                      citizenship = NULL, main_income = NULL, trygd = NULL, income = NULL,
                      housing = NULL, facts = NULL, children = NULL) {
  c <- .vf$Client()
  if (!is.null(id)) .vf$Client_set_id(c, id)
  if (!is.null(birth)) .vf$Client_set_birth_date(c, .vf_ymd(birth))
  if (!is.null(gender)) .vf$Client_set_gender(c, .vf_enum("gender", gender))
  if (!is.null(civil_status)) .vf$Client_set_civil_status(c, .vf_enum("civil_status", civil_status))
  if (!is.null(citizenship)) .vf$Client_set_citizenship(c, .vf_enum("citizenship", citizenship))
  if (!is.null(main_income)) .vf$Client_set_main_income(c, .vf_enum("main_income", main_income))
  if (!is.null(trygd)) .vf$Client_set_trygd(c, .vf_enum("trygd", trygd))
  for (k in names(income)) .vf$Client_set_income(c, .vf_enum("income_kind", k), .vf_ore(income[[k]]))
  for (k in names(housing)) .vf$Client_set_housing(c, .vf_enum("housing_kind", k), .vf_ore(housing[[k]]))
  for (k in names(facts)) .vf$Client_set_fact(c, .vf_enum("fact", k), .vf_tristate(facts[[k]]))
  for (d in as.list(children)) .vf$Client_add_child(c, .vf_ymd(d))
  .vf_handle(c, "velferd_client")
}

#' Names and values of a code list ("gender", "civil_status", "trygd",
#' "income_kind", "housing_kind", "fact", "indicator", ...) as a data.frame.
vf_codes <- function(type) {
  tab <- .vf_enum_table(type)
  data.frame(name = names(tab), value = unname(tab), stringsAsFactors = FALSE)
}

# ---- traces ---------------------------------------------------------------

#' An empty trace: pass it to a rule as `trace =` to record the explanation.
vf_trace <- function() .vf_handle(.vf$Trace(), "velferd_trace")

#' The explanation recorded in a trace, as text or JSON.
vf_trace_text <- function(trace, json = FALSE) {
  t <- .vf_ptr(trace, "velferd_trace")
  if (json) .vf$Trace_to_json(t) else .vf$Trace_to_text(t)
}

#' The trace's steps as a data.frame (rule, title, outcome, amount in øre).
vf_trace_steps <- function(trace) {
  t <- .vf_ptr(trace, "velferd_trace")
  n <- .vf$Trace_step_count(t)
  rows <- lapply(seq_len(n) - 1L, function(i) {
    s <- .vf$Trace_step(t, i)
    data.frame(rule = s$rule, version = s$version, title = s$title, outcome = s$outcome,
               amount_ore = if (s$has_amount) s$amount else NA_real_, source = s$source,
               stringsAsFactors = FALSE)
  })
  do.call(rbind, rows)
}

.vf_trace_ptr <- function(trace) if (is.null(trace)) NULL else .vf_ptr(trace, "velferd_trace")

# ---- rules ----------------------------------------------------------------

.vf_assistance_money <- c("norm_adults", "norm_children", "norm", "rent", "rent_cap",
                          "rent_allowed", "electricity", "other_housing", "housing", "income",
                          "income_exempt", "ordinary", "rule80_level", "rule80_minimum",
                          "rule80_supplement", "assistance")

#' Economic assistance (sosialtjenesteloven § 18) for calendar month
#' year-month: a data.frame with one row per client (`client` may be one
#' client or a list of them); money in øre (*_ore) and kroner
#' (assistance_kr). With `trace`, the explanation of the last client.
vf_assistance <- function(ctx, client, year, month, trace = NULL) {
  clients <- if (inherits(client, "velferd_client")) list(client) else client
  cp <- .vf_ptr(ctx, "velferd_context")
  tp <- .vf_trace_ptr(trace)
  rows <- lapply(clients, function(cl) {
    r <- .vf$assistance_month(cp, .vf_ptr(cl, "velferd_client"), year, month, tp)
    m <- .vf_fields(r, .vf_assistance_money)
    names(m) <- paste0(names(m), "_ore")
    data.frame(id = .vf$Client_id(cl$ptr), year = as.integer(year), month = as.integer(month),
               household = .vf$household_name(r$household), children = r$children,
               m, rule80_enabled = as.logical(r$rule80_enabled),
               rule80_applies = as.logical(r$rule80_applies),
               assistance_kr = r$assistance / 100, stringsAsFactors = FALSE)
  })
  do.call(rbind, rows)
}

.vf_tristate_name <- function(v) .vf_enum_name("tristate", v)

#' Eligibility for the qualification programme (§ 29) on date `on`: a
#' one-row data.frame with the outcome ("yes"/"no"/"unknown"), the age and
#' one column per criterion.
vf_kvp_eligibility <- function(ctx, client, on, trace = NULL) {
  r <- .vf$kvp_eligibility(.vf_ptr(ctx, "velferd_context"), .vf_ptr(client, "velferd_client"),
                           .vf_ymd(on), .vf_trace_ptr(trace))
  crit <- .vf_enum_table("kvp_criterion")
  cols <- lapply(crit, function(k) .vf_tristate_name(.vf$KvpEligibility_criterion(r, k)))
  names(cols) <- vapply(crit, function(k) .vf$kvp_criterion_name(k), "")
  data.frame(date = as.Date(on), eligible = .vf_tristate_name(r$eligible), age = r$age, cols,
             stringsAsFactors = FALSE)
}

.vf_kvp_result <- function(b) {
  money <- c("yearly", "monthly", "daily", "base", "child_supplement", "work_reduction", "trygd",
             "amount")
  m <- .vf_fields(b, money)
  names(m) <- paste0(names(m), "_ore")
  if (!b$daily_known) m$daily_ore <- NA_real_
  summary <- data.frame(first_day = .vf_date(b$first_day), last_day = .vf_date(b$last_day),
                        parts = b$part_count, m, child_days = b$child_days,
                        amount_kr = b$amount / 100, stringsAsFactors = FALSE)
  parts <- do.call(rbind, lapply(seq_len(b$part_count) - 1L, function(i) {
    p <- .vf$KvpBenefit_part(b, i)
    data.frame(first_day = .vf_date(p$first_day), last_day = .vf_date(p$last_day),
               days = p$days, days_in_month = p$days_in_month, g_ore = p$g,
               under25 = as.logical(p$under25), yearly_ore = p$yearly, amount_ore = p$amount,
               stringsAsFactors = FALSE)
  }))
  list(summary = summary, parts = parts)
}

#' Qualification benefit (§ 35) for the period from..to (inclusive), or for
#' calendar month year-month with vf_kvp_benefit_month(): a list of two
#' data.frames, `summary` (one row) and `parts` (one row per part of the
#' period with its own G and age rate).
vf_kvp_benefit <- function(ctx, client, from, to, work_minutes_per_week = 0, trace = NULL) {
  .vf_kvp_result(.vf$kvp_benefit_period(.vf_ptr(ctx, "velferd_context"),
                                        .vf_ptr(client, "velferd_client"), .vf_ymd(from),
                                        .vf_ymd(to), work_minutes_per_week, .vf_trace_ptr(trace)))
}

vf_kvp_benefit_month <- function(ctx, client, year, month, work_minutes_per_week = 0,
                                 trace = NULL) {
  .vf_kvp_result(.vf$kvp_benefit_month(.vf_ptr(ctx, "velferd_context"),
                                       .vf_ptr(client, "velferd_client"), year, month,
                                       work_minutes_per_week, .vf_trace_ptr(trace)))
}

# ---- registers and indicators --------------------------------------------

#' An empty register.
vf_register <- function() .vf_handle(.vf$Register(), "velferd_register")

#' A deterministic synthetic register (synth.h) of `persons` clients.
vf_synth_register <- function(persons, seed = 1, year = 2024, profile = "default") {
  .vf_handle(.vf$synth_register(profile, persons, seed, year), "velferd_register")
}

#' Adds a copy of a client to a register.
vf_register_add_client <- function(reg, client) {
  .vf$Register_add_client(.vf_ptr(reg, "velferd_register"), .vf_ptr(client, "velferd_client"))
  invisible(reg)
}

#' Adds a payment record (kroner; kind as in vf_codes("assistance_kind")).
vf_register_add_payment <- function(reg, client_id, year, month, gross, refunded = 0,
                                    kind = "grant") {
  .vf$Register_add_payment(.vf_ptr(reg, "velferd_register"), client_id, year, month,
                           .vf_ore(gross), .vf_ore(refunded), .vf_enum("assistance_kind", kind))
  invisible(reg)
}

#' Sets the population of one age in a year (for the population rate).
vf_register_set_population <- function(reg, year, age, persons) {
  .vf$Register_set_population(.vf_ptr(reg, "velferd_register"), year, age, persons)
  invisible(reg)
}

#' Number of clients and payment records of a register.
vf_register_size <- function(reg) {
  r <- .vf_ptr(reg, "velferd_register")
  c(clients = .vf$Register_client_count(r), payments = .vf$Register_payment_count(r))
}

#' Every indicator and table of `year` from a register (suppress_below 0
#' switches suppression of small counts off).
vf_indicators <- function(reg, year, suppress_below = 5, point_month = 11, rate_age_from = 18,
                          rate_age_to = 66) {
  .vf_handle(.vf$Indicators(.vf_ptr(reg, "velferd_register"), year, suppress_below, point_month,
                            rate_age_from, rate_age_to), "velferd_indicators")
}

.vf_value_row <- function(v, name, label) {
  data.frame(indicator = name, label = label, unit = .vf_enum_name("indicator_unit", v$unit),
             status = .vf_enum_name("value_status", v$status), num = v$num, den = v$den,
             rounded = v$rounded, decimals = v$decimals,
             value = if (.vf_enum_name("value_status", v$status) == "ok") v$rounded / 10^v$decimals else NA_real_,
             published = .vf$indicator_value_format(v), stringsAsFactors = FALSE)
}

#' The indicators as a data.frame: exact numerator and denominator, the
#' published value (rounded / 10^decimals) and its published text.
vf_indicator_values <- function(ind) {
  p <- .vf_ptr(ind, "velferd_indicators")
  tab <- .vf_enum_table("indicator")
  rows <- lapply(tab, function(k) {
    .vf_value_row(.vf$Indicators_value(p, k), .vf$indicator_name(k), .vf$indicator_label(k))
  })
  out <- do.call(rbind, rows)
  rownames(out) <- NULL
  out
}

#' Recipients per 100 inhabitants aged age_from..age_to, as a one-row
#' data.frame like vf_indicator_values().
vf_indicator_rate <- function(ind, age_from, age_to) {
  v <- .vf$Indicators_rate(.vf_ptr(ind, "velferd_indicators"), age_from, age_to)
  .vf_value_row(v, sprintf("population_rate_%d_%d", age_from, age_to),
                sprintf("Recipients per 100 inhabitants aged %d-%d", age_from, age_to))
}

#' One table ("age_group", "gender", ... see vf_codes("indicator_table")),
#' or all of them stacked (table = NULL), as a data.frame.
vf_indicator_table <- function(ind, table = NULL) {
  p <- .vf_ptr(ind, "velferd_indicators")
  tabs <- if (is.null(table)) .vf_enum_table("indicator_table") else .vf_enum("indicator_table", table)
  out <- do.call(rbind, lapply(tabs, function(t) {
    n <- .vf$Indicators_table_rows(p, t)
    do.call(rbind, lapply(seq_len(n) - 1L, function(i) {
      r <- .vf$Indicators_table_row(p, t, i)
      data.frame(table = .vf$indicator_table_name(t), code = r$code, count = r$count,
                 pct_tenths = r$pct_tenths, pct = r$pct_tenths / 10, children = r$children,
                 suppressed = .vf_enum_name("suppression", r$suppressed), stringsAsFactors = FALSE)
    }))
  }))
  rownames(out) <- NULL
  out
}

#' Year and number of payment records used.
vf_indicators_info <- function(ind) {
  p <- .vf_ptr(ind, "velferd_indicators")
  c(year = .vf$Indicators_year(p), records_used = .vf$Indicators_records_used(p))
}

if (!is.null(.vf_here()) || nzchar(Sys.getenv("VELFERD_R_DIR"))) vf_load()
