# Conversions between R values and the types of the SWIG layer (generated
# into R/velferd_swig.R by configure). Nothing here computes a rule.

.vf_status_names <- c("ok", "invalid_arg", "range", "date", "unknown_code", "parse", "io",
                      "nomem", "overflow", "not_found", "no_value", "duplicate", "inconsistent")

# Signals a velferd condition raised on the R side (the C side raises its own
# in src/velferd_r.i, with the same classes).
.vf_error <- function(status, message, field = "") {
  known <- status >= 0 && status < length(.vf_status_names)
  cls <- paste0("velferd_", if (known) .vf_status_names[status + 1] else "unknown")
  stop(structure(class = c(cls, "velferd_error", "error", "condition"),
                 list(message = message, call = sys.call(-1), status = as.integer(status),
                      field = field, line = 0L)))
}

# A scalar argument given a vector: an error, never its first element (also
# called from SWIG's wrappers, see the scheck typemap in src/velferd_r.i).
.vf_not_scalar <- function(name, n) {
  .vf_error(1L, sprintf("%s: expected one value, got %d%s", name, n,
                        if (n > 1) " (for many clients, use vf_calculate() on a data.frame)" else ""),
            name)
}

.vf_scalar <- function(x, name) if (!is.null(x) && length(x) != 1) .vf_not_scalar(name, length(x))

# A SWIG enumeration table as a named integer vector: names without their
# common prefix, in lower case, or the library's stable code names.
.vf_enum_cache <- new.env()
.vf_enum_table <- function(type) {
  hit <- .vf_enum_cache[[type]]
  if (!is.null(hit)) return(hit)
  tab <- get(paste0(".__E___vf_", type), envir = topenv(environment()))
  n <- names(tab)
  pre <- n[1]
  for (x in n[-1]) while (!startsWith(x, pre)) pre <- substr(pre, 1, nchar(pre) - 1)
  pre <- sub("[^_]*$", "", pre) # cut at the last underscore
  values <- as.integer(tab)
  names <- tolower(substring(n, nchar(pre) + 1))
  # Where the library names its codes, its names win (they are the words of
  # its files: "housing_allowance" for VF_INC_HOUSING).
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
  special <- list(indicator = indicator_name, indicator_table = indicator_table_name,
                  kvp_criterion = kvp_criterion_name, household = household_name,
                  code_list = code_list_name)
  if (!is.null(special[[type]])) return(special[[type]])
  lists <- .vf_enum_table("code_list")
  if (!type %in% names(lists)) return(NULL)
  list_value <- lists[[type]]
  function(v) code_name(list_value, v)
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

.vf_tristate_name <- function(v) .vf_enum_name("tristate", v)

# Kroner (number or string) to øre, exactly.
.vf_ore <- function(kr) {
  if (is.character(kr)) return(money_parse(kr))
  if (!is.numeric(kr) || length(kr) != 1 || is.na(kr))
    .vf_error(1L, "amount: expected one number of kroner")
  ore <- round(kr * 100)
  if (abs(kr * 100 - ore) > 1e-6 * max(1, abs(ore)))
    .vf_error(2L, sprintf("%s: more than two decimals of kroner", format(kr, digits = 17)),
              "amount")
  ore
}

# Date (or "YYYY-MM-DD") to packed YYYYMMDD, validated by the C library.
.vf_ymd <- function(d) {
  if (is.null(d)) return(0L)
  .vf_scalar(d, "date")
  if (inherits(d, "Date")) d <- format(d, "%Y-%m-%d")
  date_parse(as.character(d))
}

.vf_date <- function(ymd) {
  if (ymd == 0) return(as.Date(NA))
  as.Date(sprintf("%04d-%02d-%02d", ymd %/% 10000, ymd %/% 100 %% 100, ymd %% 100))
}

# The fields of a SWIG struct object as a list.
.vf_fields <- function(obj, names) {
  stats::setNames(lapply(names, function(n) eval(call("$", obj, n))), names)
}

.vf_handle <- function(ptr, class) structure(list(ptr = ptr), class = c(class, "velferd_handle"))

.vf_ptr <- function(x, class) {
  if (!inherits(x, class)) .vf_error(1L, sprintf("expected a %s", class))
  x$ptr
}

.vf_trace_ptr <- function(trace) if (is.null(trace)) NULL else .vf_ptr(trace, "velferd_trace")
