#' velferd: rules and indicators for Norwegian municipal social services
#'
#' R interface to the velferd C library, which is compiled into this package.
#' Every number comes from the C library; these functions convert R values to
#' its types and its results to data.frames.
#'
#' Conventions:
#' \itemize{
#'   \item Money goes in as kroner, numbers with at most two decimals or
#'     strings such as \code{"9991.86"}, and comes out as exact øre (doubles
#'     holding whole numbers, exact up to 2^53) in \code{*_ore} columns, with
#'     kroner in \code{*_kr} columns where useful.
#'   \item Dates go in as \code{Date} or \code{"YYYY-MM-DD"} and come out as
#'     \code{Date}.
#'   \item Codes are names: the library's stable code names (\code{"old_age"},
#'     \code{"housing_allowance"}); \code{\link{vf_codes}} lists them.
#'   \item Errors are conditions of class
#'     \code{c("velferd_<code>", "velferd_error", "error", "condition")} with
#'     fields \code{status}, \code{field} and \code{line}.
#'   \item Handles (contexts, clients, registers, traces, indicators) are freed
#'     when garbage-collected, or at once with \code{\link{vf_close}}.
#' }
#' @keywords internal
#' @useDynLib velferd, .registration = TRUE
#' @import methods
"_PACKAGE"
