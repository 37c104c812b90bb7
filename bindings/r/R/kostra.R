# KOSTRA report files (velferd/kostra.h): read into a data.frame, check as
# Statistics Norway does. The file is read and checked by the C library.

.vf_kostra_open <- function(path, form, year) {
  KostraFile(path.expand(path), form, year)
}

#' KOSTRA report files
#'
#' \code{vf_kostra_read} reads a KOSTRA file (form 11F, economic assistance,
#' or 11CF, qualification programme) into a data.frame: one row per record,
#' one character column per field of the form's record layout (values
#' without their padding; codes keep their leading zeros), plus
#' \code{line}, the record's line in the file. \code{vf_kostra_check} checks
#' a file with every rule Statistics Norway applies to the form
#' (docs/kostra.md).
#'
#' @param path The file.
#' @param form \code{"11F"} or \code{"11CF"}.
#' @param year The reporting year (it selects the record layout).
#' @return \code{vf_kostra_read}: a data.frame (attributes \code{form} and
#'   \code{year}). A record too short for its layout is an error naming the
#'   line: check the file first.
#' @examples
#' f <- tempfile(fileext = ".dat")
#' writeLines(character(), f)
#' vf_kostra_check(f, "11F", 2026)   # one FATAL finding: no records
#' @export
vf_kostra_read <- function(path, form, year) {
  k <- .vf_kostra_open(path, form, year)
  on.exit(delete_KostraFile(k))
  n <- KostraFile_record_count(k)
  fields <- vapply(seq_len(KostraFile_field_count(k)) - 1L, function(i) KostraFile_field_name(k, i), "")
  out <- lapply(fields, function(f) kostra_column(k, f))
  names(out) <- fields
  out <- data.frame(line = vapply(seq_len(n) - 1L, function(i) KostraFile_record_line(k, i), 0L),
                    out, stringsAsFactors = FALSE, check.names = FALSE)
  attr(out, "form") <- KostraFile_form(k)
  attr(out, "year") <- KostraFile_year(k)
  out
}

#' @rdname vf_kostra_read
#' @param municipality The reporting municipality (\code{"4601"}) for rule
#'   03, or \code{NULL} to skip that comparison.
#' @return \code{vf_kostra_check}: a data.frame with one row per finding:
#'   rule (SSB's id, \code{"05A"}), severity (\code{"WARNING"},
#'   \code{"ERROR"}, \code{"FATAL"}), line (0 for the whole file), journal,
#'   field and message (fødselsnummer masked). Attributes \code{records}
#'   (records checked) and \code{exit_code} (as SSB's tool: 0 OK, 1 warnings
#'   only, 2 errors).
#' @export
vf_kostra_check <- function(path, form, year, municipality = NULL) {
  k <- .vf_kostra_open(path, form, year)
  on.exit(delete_KostraFile(k))
  r <- KostraFile_check(k, if (is.null(municipality)) "" else municipality)
  on.exit(delete_KostraReport(r), add = TRUE)
  idx <- seq_len(KostraReport_count(r)) - 1L
  out <- data.frame(
    rule = vapply(idx, function(i) KostraReport_rule(r, i), ""),
    severity = toupper(.vf_enum_name("kostra_severity",
                                      vapply(idx, function(i) KostraReport_severity(r, i), 0L))),
    line = vapply(idx, function(i) KostraReport_line(r, i), 0L),
    journal = vapply(idx, function(i) KostraReport_journal(r, i), ""),
    field = vapply(idx, function(i) KostraReport_field(r, i), ""),
    message = vapply(idx, function(i) KostraReport_message(r, i), ""),
    stringsAsFactors = FALSE)
  attr(out, "records") <- KostraReport_record_count(r)
  attr(out, "exit_code") <- KostraReport_exit_code(r)
  out
}
