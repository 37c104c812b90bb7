#' Library version
#'
#' @return The version of the velferd C library compiled into the package, as
#'   a string such as \code{"0.1.0"}.
#' @examples
#' vf_version()
#' @export
vf_version <- function() library_version()

#' Money as text and back
#'
#' \code{vf_money_format} formats amounts in øre as kroner text with two
#' decimals; \code{vf_money_parse} parses kroner text to øre. Both use the C
#' library's exact integer arithmetic.
#'
#' @param ore Numeric vector of whole øre (exact up to 2^53).
#' @return \code{vf_money_format}: a character vector (\code{"9991.86"}).
#' @examples
#' vf_money_format(999186)            # "9991.86"
#' vf_money_parse(c("9991.86", "0.01")) # 999186 1
#' @export
vf_money_format <- function(ore) vapply(ore, function(o) money_format(o), "")

#' @rdname vf_money_format
#' @param text Character vector of amounts in kroner, such as \code{"9991.86"}.
#' @return \code{vf_money_parse}: a numeric vector of øre; a malformed amount
#'   signals a \code{velferd_parse} condition.
#' @export
vf_money_parse <- function(text) {
  vapply(text, function(t) money_parse(t), 0, USE.NAMES = FALSE)
}

#' A calculation context
#'
#' A context holds the embedded parameters (G, guideline rates, minimum
#' pension levels, ...) and a municipality profile. \code{vf_context_clone}
#' copies one (a cheap what-if overlay); \code{vf_set_param} sets a dated
#' override on it.
#'
#' @param profile Municipality profile: \code{NULL} or \code{"default"} for
#'   none, or a profile name such as \code{"bergen"} (Bergen's 80 \% rule).
#' @return A handle of class \code{velferd_context}.
#' @examples
#' ctx <- vf_context("bergen")
#' x <- vf_set_param(vf_context_clone(ctx), "rule80.enabled", "2021-01-01", 0)
#' @export
vf_context <- function(profile = NULL) {
  .vf_handle(Context(if (is.null(profile)) "default" else profile), "velferd_context")
}

#' @rdname vf_context
#' @param ctx A context from \code{vf_context}.
#' @param name Parameter name, such as \code{"rule80.enabled"}
#'   (docs/parameters.md).
#' @param valid_from Date (or \code{"YYYY-MM-DD"}) from which the value holds.
#' @param num,den The value as the fraction \code{num / den}.
#' @param source The source recorded with the value (shown in traces).
#' @return \code{vf_set_param}: \code{ctx}, invisibly.
#' @export
vf_set_param <- function(ctx, name, valid_from, num, den = 1, source = "R") {
  Context_set_param(.vf_ptr(ctx, "velferd_context"), name, .vf_ymd(valid_from), num, den, source)
  invisible(ctx)
}

#' @rdname vf_context
#' @return \code{vf_context_clone}: a new context with the same parameters.
#' @export
vf_context_clone <- function(ctx) {
  .vf_handle(Context_clone(.vf_ptr(ctx, "velferd_context")), "velferd_context")
}

#' @rdname vf_context
#' @param method How gaps after a parameter's last enacted value are filled
#'   (docs/parameters.md, "Projections"): \code{"none"} (a gap is an error, the
#'   default), \code{"g"} (uprated with G), \code{"percent"} (\code{percent} a
#'   year) or \code{"index"} (an index series read from \code{index_file}, CSV
#'   \code{year,index}). Projected values are marked: \code{vf_calculate(...,
#'   outputs = "projected")}, the explanation.
#' @param percent For \code{"percent"}: the yearly percentage, at most two
#'   decimals (\code{3}, \code{2.75}, \code{-1}).
#' @param index_file For \code{"index"}: the path of the index file.
#' @return \code{vf_set_projection}: \code{ctx}, invisibly.
#' @export
vf_set_projection <- function(ctx, method = c("none", "g", "percent", "index"), percent = NULL,
                              index_file = NULL) {
  method <- match.arg(method)
  hundredths <- 0
  if (method == "percent") {
    if (!is.numeric(percent) || length(percent) != 1 || is.na(percent) ||
        abs(percent * 100 - round(percent * 100)) > 1e-9)
      .vf_error(2L, "percent: expected one number with at most two decimals", "percent")
    hundredths <- round(percent * 100)
  }
  if (method == "index" && (!is.character(index_file) || length(index_file) != 1))
    .vf_error(1L, "index_file: expected the path of an index file", "index_file")
  Context_set_projection(.vf_ptr(ctx, "velferd_context"),
                         match(method, c("none", "g", "percent", "index")) - 1L, hundredths,
                         if (method == "index") index_file else "") # ignored by C then
  invisible(ctx)
}

#' A client
#'
#' Creates a client (a person and their household) for the rules.
#'
#' @param id Client id (text).
#' @param birth Birth date.
#' @param gender,civil_status,citizenship,main_income,trygd Codes by name, as
#'   listed by \code{vf_codes(type)} (\code{vf_codes("trygd")}, ...).
#' @param income,housing Named vectors of monthly amounts in kroner, names as
#'   in \code{vf_codes("income_kind")} and \code{vf_codes("housing_kind")}.
#' @param facts Named list of \code{TRUE}/\code{FALSE}/\code{NA} (unknown),
#'   names as in \code{vf_codes("fact")}.
#' @param children Birth dates of the children in the household.
#' @return A handle of class \code{velferd_client}.
#' @examples
#' cl <- vf_client(birth = "1950-03-10", civil_status = "unmarried", trygd = "old_age",
#'                 income = c(trygd = 15000), housing = c(rent = 9000, electricity = 1000))
#' @export
vf_client <- function(id = NULL, birth = NULL, gender = NULL, civil_status = NULL,
                      citizenship = NULL, main_income = NULL, trygd = NULL, income = NULL,
                      housing = NULL, facts = NULL, children = NULL) {
  args <- list(id = id, birth = birth, gender = gender, civil_status = civil_status,
               citizenship = citizenship, main_income = main_income, trygd = trygd)
  for (k in names(args)) .vf_scalar(args[[k]], k)
  c <- Client()
  if (!is.null(id)) Client_set_id(c, id)
  if (!is.null(birth)) Client_set_birth_date(c, .vf_ymd(birth))
  if (!is.null(gender)) Client_set_gender(c, .vf_enum("gender", gender))
  if (!is.null(civil_status)) Client_set_civil_status(c, .vf_enum("civil_status", civil_status))
  if (!is.null(citizenship)) Client_set_citizenship(c, .vf_enum("citizenship", citizenship))
  if (!is.null(main_income)) Client_set_main_income(c, .vf_enum("main_income", main_income))
  if (!is.null(trygd)) Client_set_trygd(c, .vf_enum("trygd", trygd))
  for (k in names(income)) Client_set_income(c, .vf_enum("income_kind", k), .vf_ore(income[[k]]))
  for (k in names(housing))
    Client_set_housing(c, .vf_enum("housing_kind", k), .vf_ore(housing[[k]]))
  for (k in names(facts)) Client_set_fact(c, .vf_enum("fact", k), .vf_tristate(facts[[k]]))
  for (d in as.list(children)) Client_add_child(c, .vf_ymd(d))
  .vf_handle(c, "velferd_client")
}

#' Names and values of a code list
#'
#' @param type A code list: \code{"gender"}, \code{"civil_status"},
#'   \code{"citizenship"}, \code{"main_income"}, \code{"trygd"},
#'   \code{"income_kind"}, \code{"housing_kind"}, \code{"fact"},
#'   \code{"assistance_kind"}, \code{"indicator"}, \code{"indicator_table"},
#'   \code{"kvp_criterion"}, \code{"code_list"}, ...
#' @return A data.frame with columns \code{name} and \code{value} (the C
#'   library's code).
#' @examples
#' vf_codes("trygd")
#' @export
vf_codes <- function(type) {
  tab <- .vf_enum_table(type)
  data.frame(name = names(tab), value = unname(tab), stringsAsFactors = FALSE)
}

#' Free a handle now
#'
#' Frees a context, client, register, trace or indicators at once; using it
#' afterwards signals a \code{velferd_invalid_arg} condition ("the object is
#' closed"), and closing twice is harmless. Handles not closed are freed by a
#' finalizer when garbage-collected.
#'
#' @param x A velferd handle (anything else is ignored).
#' @return \code{NULL}, invisibly.
#' @examples
#' cl <- vf_client(birth = "1990-01-01")
#' vf_close(cl)
#' @export
vf_close <- function(x) {
  if (!inherits(x, "velferd_handle")) return(invisible(NULL))
  del <- switch(class(x)[1], velferd_context = delete_Context, velferd_client = delete_Client,
                velferd_register = delete_Register, velferd_trace = delete_Trace,
                velferd_indicators = delete_Indicators)
  del(x$ptr)
  invisible(NULL)
}

#' @export
print.velferd_handle <- function(x, ...) {
  cat("<", class(x)[1], ">\n", sep = "")
  invisible(x)
}
