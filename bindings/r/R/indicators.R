#' Client registers
#'
#' A register holds clients, payment records and the population by age; it
#' is the input of \code{\link{vf_indicators}}. \code{vf_synth_register}
#' makes a deterministic synthetic one.
#'
#' @return \code{vf_register}, \code{vf_synth_register}: a handle of class
#'   \code{velferd_register}.
#' @examples
#' r <- vf_register()
#' vf_register_add_client(r, vf_client(id = "C1", birth = "2000-06-15"))
#' vf_register_add_payment(r, "C1", 2024, 1, 10000)
#' vf_register_set_population(r, 2024, 24, 6000)
#' vf_register_size(r)
#' s <- vf_synth_register(1000, seed = 1, year = 2024)
#' @export
vf_register <- function() .vf_handle(Register(), "velferd_register")

#' @rdname vf_register
#' @param persons Number of clients.
#' @param seed Seed: the same seed gives the same register.
#' @param year Year of the payments.
#' @param profile Municipality profile the register is calibrated to.
#' @export
vf_synth_register <- function(persons, seed = 1, year = 2024, profile = "default") {
  .vf_handle(synth_register(profile, persons, seed, year), "velferd_register")
}

#' @rdname vf_register
#' @param reg A register.
#' @param client A client from \code{\link{vf_client}} (a copy is added).
#' @return \code{vf_register_add_client}, \code{vf_register_add_payment},
#'   \code{vf_register_set_population}: \code{reg}, invisibly.
#' @export
vf_register_add_client <- function(reg, client) {
  Register_add_client(.vf_ptr(reg, "velferd_register"), .vf_ptr(client, "velferd_client"))
  invisible(reg)
}

#' @rdname vf_register
#' @param client_id Id of a client already in the register.
#' @param month Month of the payment.
#' @param gross,refunded Amount paid and amount refunded, in kroner.
#' @param kind Kind of payment, as in \code{vf_codes("assistance_kind")}.
#' @export
vf_register_add_payment <- function(reg, client_id, year, month, gross, refunded = 0,
                                    kind = "grant") {
  Register_add_payment(.vf_ptr(reg, "velferd_register"), client_id, year, month,
                       .vf_ore(gross), .vf_ore(refunded), .vf_enum("assistance_kind", kind))
  invisible(reg)
}

#' @rdname vf_register
#' @param age Age in whole years.
#' @param inhabitants Number of inhabitants of that age in that year.
#' @export
vf_register_set_population <- function(reg, year, age, inhabitants) {
  Register_set_population(.vf_ptr(reg, "velferd_register"), year, age, inhabitants)
  invisible(reg)
}

#' @rdname vf_register
#' @param weights Survey or population weights for
#'   \code{vf_indicators(weighted = TRUE)}: a numeric vector in client order,
#'   or named by client id. Each must be a whole number of thousandths
#'   (1.25, not 1/3) within 0..1000000; a weight that is not is refused,
#'   naming it, and then no weight is changed.
#' @return \code{vf_register_set_weights}: \code{reg}, invisibly.
#' @export
vf_register_set_weights <- function(reg, weights) {
  r <- .vf_ptr(reg, "velferd_register")
  if (!is.numeric(weights)) .vf_error(1L, "weights must be numbers")
  idx <- if (is.null(names(weights))) {
    n <- Register_client_count(r)
    if (length(weights) != n)
      .vf_error(1L, sprintf("%d weights for %d clients", length(weights), n))
    seq_along(weights) - 1
  } else {
    vapply(names(weights), function(id) Register_find_client(r, id), 0)
  }
  # thousandths, exactly: 1.25 * 1000 is 1250 in doubles; 1/3 * 1000 is not whole
  m <- weights * 1000
  bad <- is.na(m) | abs(m - round(m)) > 1e-6 * pmax(1, abs(m)) | m < 0 | m > 1e9
  if (any(bad)) {
    k <- which(bad)[1]
    .vf_error(1L, sprintf("weight %d (%s) is not a whole number of thousandths within 0..1000000",
                          k, format(weights[k], digits = 15)))
  }
  for (k in seq_along(m)) Register_set_weight(r, idx[k], round(m[k]))
  invisible(reg)
}

#' @rdname vf_register
#' @param id A client's id.
#' @return \code{vf_register_client}: a copy of the client with that id (a
#'   \code{velferd_client}); \code{velferd_not_found} if there is none.
#' @export
vf_register_client <- function(reg, id) {
  r <- .vf_ptr(reg, "velferd_register")
  .vf_handle(Register_client(r, Register_find_client(r, id)), "velferd_client")
}

#' @rdname vf_register
#' @return \code{vf_register_size}: named numbers \code{clients} and
#'   \code{payments}.
#' @export
vf_register_size <- function(reg) {
  r <- .vf_ptr(reg, "velferd_register")
  c(clients = Register_client_count(r), payments = Register_payment_count(r))
}

#' @rdname vf_register
#' @param index Index of a client in the register (0-based, as
#'   \code{vf_register_size} counts).
#' @param column A content column of clients.csv: \code{"housing"},
#'   \code{"individual_plan"}, \code{"economic_advice"},
#'   \code{"work_situation"}, \code{"conditions"}, \code{"spouse_conditions"},
#'   \code{"condition_types"}, \code{"exemption_date"},
#'   \code{"exemption_grounds"} or \code{"sanctions"} (what form 11F records
#'   beyond the counts; docs/register.md).
#' @param value Its text as in clients.csv: a code's name or SSB's code,
#'   \code{"unknown"}, a list separated by single spaces, a date.
#' @return \code{vf_register_set_content}: \code{reg}, invisibly;
#'   \code{vf_register_content}: the column's text (\code{"unknown"} if not
#'   known).
#' @export
vf_register_set_content <- function(reg, index, column, value) {
  Register_set_content(.vf_ptr(reg, "velferd_register"), index, column, value)
  invisible(reg)
}

#' @rdname vf_register
#' @export
vf_register_content <- function(reg, index, column) {
  Register_content(.vf_ptr(reg, "velferd_register"), index, column)
}

#' Indicators of a register
#'
#' Computes every KOSTRA/ASSS-style indicator and table of a year from a
#' register, in one pass (docs/indicators.md).
#'
#' @param reg A register from \code{\link{vf_register}} or
#'   \code{\link{vf_synth_register}}.
#' @param year The year.
#' @param suppress_below Counts below this are suppressed in the tables (0
#'   switches suppression off).
#' @param point_month The month of the point-in-time count.
#' @param rate_age_from,rate_age_to Age band of the population rate.
#' @param exclude_unknown \code{TRUE} leaves unknowns out of percentage
#'   denominators (as municipal status reports do); \code{FALSE} (default)
#'   keeps them in, as SSB does.
#' @param weighted \code{TRUE}: counts and amounts are weighted by the
#'   register's client weights (\code{\link{vf_register_set_weights}}, the
#'   \code{weight} column of clients.csv), exactly; suppression still counts
#'   persons (docs/indicators.md, "Weighted indicators").
#' @return A handle of class \code{velferd_indicators}, read with
#'   \code{\link{vf_indicator_values}}, \code{\link{vf_indicator_table}},
#'   \code{\link{vf_indicator_rate}} and \code{\link{vf_indicators_info}}.
#' @examples
#' ind <- vf_indicators(vf_synth_register(1000, seed = 1, year = 2024), 2024)
#' vf_indicators_info(ind)
#' head(vf_indicator_values(ind))
#' vf_indicator_table(ind, "age_group")
#' vf_indicator_rate(ind, 18, 24)
#' @export
vf_indicators <- function(reg, year, suppress_below = 5, point_month = 11, rate_age_from = 18,
                          rate_age_to = 66, exclude_unknown = FALSE, weighted = FALSE) {
  if (!is.logical(weighted) || length(weighted) != 1 || is.na(weighted))
    .vf_error(1L, "weighted must be TRUE or FALSE")
  r <- .vf_ptr(reg, "velferd_register")
  h <- indicators_compute_ex(r, year, suppress_below, point_month, rate_age_from, rate_age_to,
                             as.integer(isTRUE(exclude_unknown)), as.integer(weighted))
  ind <- .vf_handle(h, "velferd_indicators")
  if (Indicators_records_used(ind$ptr) == 0)
    warning(sprintf("no payment record of the register falls in %d: every count is 0", year),
            call. = FALSE)
  ind
}

.vf_value_row <- function(v, name, label) {
  status <- .vf_enum_name("value_status", v$status)
  data.frame(indicator = name, label = label, unit = .vf_enum_name("indicator_unit", v$unit),
             status = status, num = v$num, den = v$den, rounded = v$rounded,
             decimals = v$decimals,
             value = if (status == "ok") v$rounded / 10^v$decimals else NA_real_,
             published = indicator_value_format(v), stringsAsFactors = FALSE)
}

#' Reading indicators
#'
#' \code{vf_indicator_values}: every indicator with its exact numerator and
#' denominator, the published value (\code{rounded / 10^decimals}) and its
#' published text (\code{":"} suppressed, \code{"."} cannot be computed).
#'
#' @param ind Indicators from \code{\link{vf_indicators}}.
#' @return \code{vf_indicator_values}, \code{vf_indicator_rate}: a data.frame
#'   with columns indicator, label, unit, status (\code{"ok"}, or why there
#'   is no value), num, den, rounded, decimals, value (numeric; \code{NA}
#'   unless status is \code{"ok"}) and published (the published text).
#' @examples
#' ind <- vf_indicators(vf_synth_register(1000, seed = 1, year = 2024), 2024)
#' vf_indicator_values(ind)[, c("indicator", "published")]
#' @export
vf_indicator_values <- function(ind) {
  p <- .vf_ptr(ind, "velferd_indicators")
  rows <- lapply(.vf_enum_table("indicator"), function(k) {
    .vf_value_row(Indicators_value(p, k), indicator_name(k), indicator_label(k))
  })
  out <- do.call(rbind, rows)
  rownames(out) <- NULL
  out
}

#' @rdname vf_indicator_values
#' @param age_from,age_to Age band of the rate (recipients per 100
#'   inhabitants).
#' @export
vf_indicator_rate <- function(ind, age_from, age_to) {
  v <- Indicators_rate(.vf_ptr(ind, "velferd_indicators"), age_from, age_to)
  .vf_value_row(v, sprintf("population_rate_%d_%d", age_from, age_to),
                sprintf("Recipients per 100 inhabitants aged %d-%d", age_from, age_to))
}

#' @rdname vf_indicator_values
#' @param table One table by name (\code{"age_group"}, \code{"gender"}, ...,
#'   see \code{vf_codes("indicator_table")}), or \code{NULL} for all of them
#'   stacked.
#' @return \code{vf_indicator_table}: a data.frame with columns table, code,
#'   count, pct_tenths, pct, children (numeric; \code{NA} in a suppressed
#'   row) and suppressed (\code{"none"}, \code{"primary"},
#'   \code{"secondary"}).
#' @export
vf_indicator_table <- function(ind, table = NULL) {
  p <- .vf_ptr(ind, "velferd_indicators")
  tabs <- if (is.null(table)) .vf_enum_table("indicator_table") else .vf_enum("indicator_table", table)
  out <- do.call(rbind, lapply(tabs, function(t) {
    do.call(rbind, lapply(seq_len(Indicators_table_rows(p, t)) - 1L, function(i) {
      r <- Indicators_table_row(p, t, i)
      hid <- if (r$suppressed != 0) NA_real_ else 1 # a hidden cell is NA, not 0
      data.frame(table = indicator_table_name(t), code = r$code, count = r$count * hid,
                 pct_tenths = r$pct_tenths * hid, pct = r$pct_tenths / 10 * hid,
                 children = r$children * hid,
                 suppressed = .vf_enum_name("suppression", r$suppressed), stringsAsFactors = FALSE)
    }))
  }))
  rownames(out) <- NULL
  out
}

#' @rdname vf_indicator_values
#' @return \code{vf_indicators_info}: named numbers \code{year} and
#'   \code{records_used} (payment records used).
#' @export
vf_indicators_info <- function(ind) {
  p <- .vf_ptr(ind, "velferd_indicators")
  c(year = Indicators_year(p), records_used = Indicators_records_used(p))
}

#' Payments by group
#'
#' Payments of the year by age group, provider status or main income (rows
#' as the person tables): recipients, months with assistance, gross payments
#' (kroner), gross per recipient and per benefit month, as published (whole
#' kroner; \code{NA} where suppressed or undefined). See docs/indicators.md.
#'
#' @param ind Indicators from \code{\link{vf_indicators}}.
#' @param table \code{"age_group"}, \code{"provider_status"} or
#'   \code{"main_income"}.
#' @return A data.frame with columns code, recipients, benefit_months, gross,
#'   per_recipient, per_month.
#' @examples
#' ind <- vf_indicators(vf_synth_register(1000, seed = 1, year = 2024), 2024)
#' vf_payment_table(ind, "main_income")
#' @export
vf_payment_table <- function(ind, table) {
  p <- .vf_ptr(ind, "velferd_indicators")
  t <- match(table, c("age_group", "provider_status", "main_income")) - 1L
  if (is.na(t)) stop(sprintf("unknown payment table '%s'", table), call. = FALSE)
  num <- function(v) if (v$status == 0) v$rounded else NA_real_
  out <- do.call(rbind, lapply(seq_len(Indicators_payment_rows(p, t)) - 1L, function(i) {
    r <- Indicators_payment_row(p, t, i)
    data.frame(code = r$code, recipients = num(r$recipients),
               benefit_months = num(r$benefit_months), gross = num(r$gross),
               per_recipient = num(r$per_recipient), per_month = num(r$per_month),
               stringsAsFactors = FALSE)
  }))
  rownames(out) <- NULL
  out
}

#' Case content tables
#'
#' What form 11F records beyond the counts, over the recipients of the year:
#' housing situation (with \code{"homeless"}, without a home), individual
#' plan, economic advice, work situation, conditions and their types, the
#' under-30s' activity duty (sosialtjenesteloven § 20 a: met, excepted,
#' not recorded; for the year and the point month) and sanctions. Present only
#' when the register holds case content (docs/register.md); suppressed like
#' the other tables. See docs/indicators.md, "Case content".
#'
#' @param ind Indicators from \code{\link{vf_indicators}}.
#' @param table \code{"housing"}, \code{"individual_plan"},
#'   \code{"economic_advice"}, \code{"work_situation"}, \code{"conditions"},
#'   \code{"condition_types"}, \code{"activity_duty"}, \code{"sanctions"} or
#'   \code{"activity_duty_month"}.
#' @return A data.frame with columns table, code, count, pct_tenths, pct
#'   (numeric; \code{NA} in a suppressed row) and suppressed (\code{"none"},
#'   \code{"primary"}, \code{"secondary"}); an error of class
#'   \code{velferd_not_found} if the register held no content.
#' @examples
#' ind <- vf_indicators(vf_synth_register(1000, seed = 1, year = 2024), 2024)
#' vf_content_table(ind, "housing")
#' @export
vf_content_table <- function(ind, table) {
  p <- .vf_ptr(ind, "velferd_indicators")
  names <- vapply(0:8, content_table_name, "")
  t <- match(table, names) - 1L
  if (is.na(t)) stop(sprintf("unknown content table '%s' (one of %s)", table,
                             paste(names, collapse = ", ")), call. = FALSE)
  n <- Indicators_content_rows(p, t)
  if (n == 0) Indicators_content_row(p, t, 0) # signals velferd_not_found: no content
  out <- do.call(rbind, lapply(seq_len(n) - 1L, function(i) {
    r <- Indicators_content_row(p, t, i)
    hid <- if (r$suppressed != 0) NA_real_ else 1 # a hidden cell is NA, not 0
    data.frame(table = table, code = r$code, count = r$count * hid,
               pct_tenths = r$pct_tenths * hid, pct = r$pct_tenths / 10 * hid,
               suppressed = .vf_enum_name("suppression", r$suppressed), stringsAsFactors = FALSE)
  }))
  rownames(out) <- NULL
  out
}
