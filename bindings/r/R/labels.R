#' Labels and numbers in Norwegian (bokmål) or English
#'
#' \code{vf_label} gives the labels of codes of a code list, of indicators or
#' of tables, in bokmål (Statistics Norway's category texts for KOSTRA codes)
#' or English. \code{vf_format_kroner} and \code{vf_format_percent} write
#' numbers as the language writes them (\code{"317 900 000 kr"},
#' \code{"22,4 \%"}). The texts are the C library's tables (docs/labels.md);
#' nothing here reads the R session's locale.
#'
#' @param type A code list (\code{"gender"}, \code{"civil_status"},
#'   \code{"age_group"}, ...; see \code{vf_codes("code_list")}), or
#'   \code{"indicator"} or \code{"indicator_table"}.
#' @param codes Code names (\code{"separated_divorced"}) or their numbers.
#' @param lang \code{"nb"} (default), \code{"en"}, or a locale name such as
#'   \code{"nb_NO.UTF-8"}.
#' @return \code{vf_label}: a character vector, \code{NA} where a code has no
#'   label.
#' @examples
#' vf_label("civil_status", c("unmarried", "separated_divorced"))  # "Ugift" "Skilt/separert"
#' vf_label("indicator", "avg_duration", "en")
#' @export
vf_label <- function(type, codes, lang = "nb") {
  l <- Labels(lang)
  on.exit(delete_Labels(l))
  one <- function(code) {
    v <- .vf_enum(type, code)
    text <- if (type == "indicator") Labels_indicator(l, v)
            else if (type == "indicator_table") Labels_table(l, v)
            else Labels_code(l, .vf_enum("code_list", type), v)
    if (is.null(text) || !length(text)) NA_character_ else text
  }
  vapply(codes, one, "", USE.NAMES = FALSE)
}

#' @rdname vf_label
#' @param ore Numeric vector of amounts in whole øre (exact up to 2^53).
#' @param decimals \code{vf_format_kroner}: 0 (whole kroner, halves away from
#'   zero) or 2; \code{vf_format_percent}: decimals of \code{scaled}.
#' @return \code{vf_format_kroner}, \code{vf_format_percent}: character vectors.
#' @examples
#' vf_format_kroner(31790000000)   # "317 900 000 kr"
#' vf_format_percent(224)          # "22,4 %"
#' @export
vf_format_kroner <- function(ore, decimals = 0, lang = "nb") {
  if (!decimals %in% c(0, 2)) .vf_error(1, "decimals must be 0 or 2", "decimals")
  l <- Labels(lang)
  on.exit(delete_Labels(l))
  vapply(ore, function(o) Labels_format_money(l, o, decimals, 0), "", USE.NAMES = FALSE)
}

#' @rdname vf_label
#' @param scaled Numeric vector: the percentage times 10^\code{decimals}
#'   (\code{224} with 1 decimal is 22.4 \%).
#' @export
vf_format_percent <- function(scaled, decimals = 1, lang = "nb") {
  l <- Labels(lang)
  on.exit(delete_Labels(l))
  vapply(scaled, function(s) Labels_format_percent(l, s, decimals, 0), "", USE.NAMES = FALSE)
}
