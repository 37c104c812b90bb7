# Network comparison from published figures (velferd/network.h): the table of
# `velferd network -f csv` as a data.frame, computed by the C library.

.vf_network_how <- c(auto = -1L, pooled = 0L, mean = 1L)

#' Network comparison
#'
#' Reads published figures of several municipalities (tidy CSV
#' \code{municipality,year,indicator,value[,numerator,denominator]} or
#' Statistics Norway's StatBank CSV export, detected) and compares one year:
#' for each indicator the network average (mean of the members, or pooled)
#' and each member's index (average = 100), as \code{velferd network} does
#' (docs/indicators.md, "Network comparison"). Missing values (SSB's
#' symbols) are left out of the average.
#'
#' @param files Files of published figures (may be empty with \code{figures}).
#' @param year The year; \code{NULL} for the latest in the data.
#' @param network \code{"asss"} (its members of that year) or \code{"all"}
#'   (every municipality in the data).
#' @param average \code{"auto"} (pooled where numerators and denominators
#'   are given), \code{"pooled"} or \code{"mean"}.
#' @param figures A data.frame of figures with columns municipality, year,
#'   indicator, value (character: \code{"12,5"}, \code{".."}) and optionally
#'   numerator and denominator, or \code{NULL}.
#' @param indicators,municipality A register's indicators from
#'   \code{\link{vf_indicators}} added as member \code{municipality} (a
#'   number), or \code{NULL}.
#' @param need_corrected \code{"EXP=NEED"}: adds EXP corrected for
#'   expenditure need (EXP / (NEED / need_base)), or \code{NULL}.
#' @param need_base The need index's national average (1 or 100).
#' @return A data.frame with the columns of \code{velferd network -f csv}:
#'   year, indicator, municipality (\code{"0301"}; \code{""} on the average
#'   row), name (\code{"network average"} on the average row), value and
#'   index (numeric, \code{NA} where the CSV has a symbol), average
#'   (\code{"pooled"} or \code{"mean"}), exact_num, exact_den (\code{NA}
#'   unless status is \code{"ok"}), status (\code{"ok"}, \code{"missing"},
#'   \code{"undefined"}), then symbol (SSB's symbol of a missing value).
#' @examples
#' f <- data.frame(municipality = c(301, 4601), year = 2023,
#'                 indicator = "young_share", value = c("12.5", "10.0"))
#' vf_network(figures = f, network = "all")
#' @export
vf_network <- function(files = character(), year = NULL, network = "asss", average = "auto",
                       figures = NULL, indicators = NULL, municipality = NULL,
                       need_corrected = NULL, need_base = 1) {
  if (!average %in% names(.vf_network_how))
    .vf_error(1L, sprintf("average must be auto, pooled or mean, not '%s'", average), "average")
  if (is.null(indicators) != is.null(municipality))
    .vf_error(1L, "indicators and municipality go together", "municipality")
  d <- NetworkData()
  on.exit(delete_NetworkData(d))
  for (f in files) NetworkData_read(d, path.expand(f))
  if (!is.null(figures)) {
    s <- function(col, i) if (is.null(figures[[col]]) || is.na(figures[[col]][i])) "" else as.character(figures[[col]][i])
    for (i in seq_len(nrow(figures)))
      NetworkData_add(d, as.integer(figures$municipality[i]), as.integer(figures$year[i]),
                      as.character(figures$indicator[i]), s("value", i), s("numerator", i),
                      s("denominator", i))
  }
  if (!is.null(indicators))
    NetworkData_add_indicators(d, as.integer(municipality), .vf_ptr(indicators, "velferd_indicators"))
  if (!is.null(need_corrected)) {
    parts <- strsplit(need_corrected, "=", fixed = TRUE)[[1]]
    if (length(parts) != 2 || any(parts == ""))
      .vf_error(1L, "need_corrected: give 'EXPENDITURE=NEED' (two indicator names)", "need_corrected")
    NetworkData_correct(d, parts[1], parts[2], as.integer(need_base),
                        paste0(parts[1], ", corrected for expenditure need"))
  }
  r <- NetworkData_compare(d, if (identical(network, "all") || is.null(network)) "" else network,
                           if (is.null(year)) 0L else as.integer(year), .vf_network_how[[average]])
  on.exit(delete_NetworkResult(r), add = TRUE)
  idx <- seq_len(NetworkResult_rows(r)) - 1L
  num <- function(x) suppressWarnings(as.numeric(x)) # SSB's symbols and "." are NA
  status <- vapply(idx, function(i) NetworkResult_status(r, i), "")
  ok <- ifelse(status == "ok", 1, NA_real_)
  out <- data.frame(
    year = rep(NetworkResult_year(r), length(idx)),
    indicator = vapply(idx, function(i) NetworkResult_indicator(r, i), ""),
    municipality = vapply(idx, function(i) NetworkResult_municipality_code(r, i), ""),
    name = vapply(idx, function(i) NetworkResult_name(r, i), ""),
    value = num(vapply(idx, function(i) NetworkResult_value(r, i), "")),
    index = num(vapply(idx, function(i) NetworkResult_index(r, i), "")),
    average = vapply(idx, function(i) NetworkResult_average(r, i), ""),
    exact_num = vapply(idx, function(i) NetworkResult_exact_num(r, i), 0) * ok,
    exact_den = vapply(idx, function(i) NetworkResult_exact_den(r, i), 0) * ok,
    status = status,
    symbol = vapply(idx, function(i) NetworkResult_symbol(r, i), ""),
    stringsAsFactors = FALSE)
  out
}
