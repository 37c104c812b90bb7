# Trend series (velferd/trend.h): several years' indicators side by side with
# the year-on-year change, computed by the C library.

#' Trend series
#'
#' The indicators of several years side by side, as \code{velferd indicators
#' --trend} prints them (docs/indicators.md, "Trends"): one row per series
#' (the indicators, then \code{foreign_citizens} and
#' \code{foreign_citizens_share}), one column per year, and the change from
#' the second-last to the last year.
#'
#' @param results A list of indicators from \code{\link{vf_indicators}}, one
#'   per year, in any order (two of one year are an error).
#' @return A data.frame with columns series, unit, one column per year
#'   (named by the year, ascending) with the published value (kroner for
#'   money; \code{NA} where it is suppressed or cannot be computed), change
#'   (in the published unit) and change_pct (per cent), \code{NA} where the
#'   change cannot be given.
#' @examples
#' r <- vf_synth_register(500, seed = 1, year = 2024)
#' vf_trend(list(vf_indicators(r, 2024)))
#' @export
vf_trend <- function(results) {
  if (!is.list(results) || inherits(results, "velferd_handle") || length(results) == 0)
    .vf_error(1L, "results must be a non-empty list of vf_indicators() results", "results")
  t <- Trend()
  on.exit(delete_Trend(t))
  for (r in results) Trend_add(t, .vf_ptr(r, "velferd_indicators"))
  n <- Trend_years(t)
  years <- vapply(seq_len(n) - 1L, function(i) Trend_year(t, i), 0L)
  series <- seq_len(trend_series_count()) - 1L
  published <- function(v) if (.vf_enum_name("value_status", v$status) == "ok") v$rounded / 10^v$decimals else NA_real_
  out <- data.frame(series = vapply(series, trend_series_name, ""),
                    unit = vapply(series, function(s) .vf_enum_name("indicator_unit", Trend_value(t, s, 0L)$unit), ""),
                    stringsAsFactors = FALSE)
  for (i in seq_len(n))
    out[[as.character(years[i])]] <- vapply(series, function(s) published(Trend_value(t, s, i - 1L)), 0)
  change <- function(s, pct) {
    if (n < 2) return(NA_real_)
    c <- Trend_change(t, s, n - 1L)
    if (.vf_enum_name("value_status", c$status) != "ok") return(NA_real_)
    if (!pct) return(c$diff$rounded / 10^c$diff$decimals)
    if (.vf_enum_name("value_status", c$relative_status) != "ok") NA_real_ else c$relative_tenths / 10
  }
  out$change <- vapply(series, change, 0, pct = FALSE)
  out$change_pct <- vapply(series, change, 0, pct = TRUE)
  out
}
