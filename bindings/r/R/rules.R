#' Traces: the explanation of a result
#'
#' \code{vf_trace} makes an empty trace; pass it to a rule as \code{trace =}
#' and it records the steps, parameters (with their valid-from dates) and
#' legal sources that produced the result.
#'
#' @return \code{vf_trace}: a handle of class \code{velferd_trace}.
#' @examples
#' t <- vf_trace()
#' cl <- vf_client(birth = "1950-03-10", civil_status = "unmarried", trygd = "old_age",
#'                 income = c(trygd = 15000), housing = c(rent = 9000, electricity = 1000))
#' a <- vf_assistance(vf_context("bergen"), cl, 2021, 10, trace = t)
#' vf_trace_steps(t)[, c("rule", "amount_ore")]
#' cat(vf_trace_text(t))
#' @export
vf_trace <- function() .vf_handle(Trace(), "velferd_trace")

#' @rdname vf_trace
#' @param trace A trace from \code{vf_trace}.
#' @param json \code{TRUE} for JSON, \code{FALSE} for text.
#' @param lang \code{NULL} (English, as always) or a language (\code{"nb"}):
#'   the text in that language; with \code{json = TRUE} the language-neutral
#'   JSON (message ids and typed arguments) with the texts in that language.
#' @return \code{vf_trace_text}: the explanation as one string.
#' @export
vf_trace_text <- function(trace, json = FALSE, lang = NULL) {
  t <- .vf_ptr(trace, "velferd_trace")
  if (is.null(lang)) return(if (json) Trace_to_json(t) else Trace_to_text(t))
  if (json) Trace_to_json_ex(t, lang) else Trace_to_text_lang(t, lang)
}

#' @rdname vf_trace
#' @return \code{vf_trace_steps}: a data.frame with one row per step (rule,
#'   version, title, outcome, amount_ore, source).
#' @export
vf_trace_steps <- function(trace) {
  t <- .vf_ptr(trace, "velferd_trace")
  rows <- lapply(seq_len(Trace_step_count(t)) - 1L, function(i) {
    s <- Trace_step(t, i)
    data.frame(rule = s$rule, version = s$version, title = s$title, outcome = s$outcome,
               amount_ore = if (s$has_amount) s$amount else NA_real_, source = s$source,
               stringsAsFactors = FALSE)
  })
  do.call(rbind, rows)
}

.vf_assistance_money <- c("norm_adults", "norm_children", "norm", "rent", "rent_cap",
                          "rent_allowed", "electricity", "other_housing", "housing", "income",
                          "income_exempt", "ordinary", "rule80_level", "rule80_minimum",
                          "rule80_supplement", "assistance")

#' Economic assistance for a month
#'
#' Economic social assistance (sosialtjenesteloven § 18) for a calendar
#' month, with the municipality's 80 \% rule when its profile enables it.
#'
#' @param ctx A context from \code{\link{vf_context}}.
#' @param client A client from \code{\link{vf_client}}, or a list of them.
#' @param year,month The calendar month.
#' @param trace \code{NULL}, or a trace from \code{\link{vf_trace}} that
#'   records the explanation (of the last client).
#' @return A data.frame with one row per client: id, household, children,
#'   every amount in øre (\code{norm_ore}, \code{housing_ore},
#'   \code{income_ore}, \code{ordinary_ore}, \code{rule80_*_ore},
#'   \code{assistance_ore}, ...), \code{rule80_enabled},
#'   \code{rule80_applies} and \code{assistance_kr}.
#' @examples
#' cl <- vf_client(birth = "1950-03-10", civil_status = "unmarried", trygd = "old_age",
#'                 income = c(trygd = 15000), housing = c(rent = 9000, electricity = 1000))
#' vf_assistance(vf_context("bergen"), cl, 2021, 10)$assistance_kr   # 9991.86
#' @export
vf_assistance <- function(ctx, client, year, month, trace = NULL) {
  clients <- if (inherits(client, "velferd_client")) list(client) else client
  cp <- .vf_ptr(ctx, "velferd_context")
  tp <- .vf_trace_ptr(trace)
  rows <- lapply(clients, function(cl) {
    r <- assistance_month(cp, .vf_ptr(cl, "velferd_client"), year, month, tp)
    m <- .vf_fields(r, .vf_assistance_money)
    names(m) <- paste0(names(m), "_ore")
    data.frame(id = Client_id(cl$ptr), year = as.integer(year), month = as.integer(month),
               household = household_name(r$household), children = r$children,
               m, rule80_enabled = as.logical(r$rule80_enabled),
               rule80_applies = as.logical(r$rule80_applies),
               assistance_kr = r$assistance / 100, stringsAsFactors = FALSE)
  })
  do.call(rbind, rows)
}

#' Eligibility for the qualification programme
#'
#' Eligibility for the qualification programme (sosialtjenesteloven § 29) on
#' a date: every criterion met, not met or unknown.
#'
#' @inheritParams vf_assistance
#' @param client A client from \code{\link{vf_client}}.
#' @param on The date (\code{Date} or \code{"YYYY-MM-DD"}).
#' @return A one-row data.frame: date, eligible (\code{"yes"}, \code{"no"},
#'   \code{"unknown"}), age and one column per criterion.
#' @examples
#' young <- vf_client(birth = "2001-03-03",
#'                    facts = list(reduced_work_capacity = TRUE, folketrygd_rights = FALSE,
#'                                 work_assessment_done = TRUE, programme_available = TRUE))
#' vf_kvp_eligibility(vf_context(), young, "2024-05-01")
#' @export
vf_kvp_eligibility <- function(ctx, client, on, trace = NULL) {
  r <- kvp_eligibility(.vf_ptr(ctx, "velferd_context"), .vf_ptr(client, "velferd_client"),
                       .vf_ymd(on), .vf_trace_ptr(trace))
  crit <- .vf_enum_table("kvp_criterion")
  cols <- lapply(crit, function(k) .vf_tristate_name(KvpEligibility_criterion(r, k)))
  names(cols) <- vapply(crit, function(k) kvp_criterion_name(k), "")
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
    p <- KvpBenefit_part(b, i)
    data.frame(first_day = .vf_date(p$first_day), last_day = .vf_date(p$last_day),
               days = p$days, days_in_month = p$days_in_month, g_ore = p$g,
               under25 = as.logical(p$under25), yearly_ore = p$yearly, amount_ore = p$amount,
               stringsAsFactors = FALSE)
  }))
  list(summary = summary, parts = parts)
}

#' Qualification benefit
#'
#' The qualification benefit (sosialtjenesteloven § 35) for a period
#' (\code{vf_kvp_benefit}, inclusive) or a calendar month
#' (\code{vf_kvp_benefit_month}).
#'
#' @inheritParams vf_kvp_eligibility
#' @param from,to First and last day of the period.
#' @param work_minutes_per_week Paid work per week, in minutes (reduces the
#'   benefit).
#' @return A list of two data.frames: \code{summary} (one row: period, the
#'   amounts in øre, \code{amount_kr}) and \code{parts} (one row per part of
#'   the period with its own G and age rate).
#' @examples
#' young <- vf_client(birth = "2001-03-03",
#'                    facts = list(reduced_work_capacity = TRUE, folketrygd_rights = FALSE,
#'                                 work_assessment_done = TRUE, programme_available = TRUE))
#' k <- vf_kvp_benefit(vf_context(), young, "2024-04-15", "2024-05-14")
#' k$summary$amount_ore   # 1325296
#' k$parts
#' @export
vf_kvp_benefit <- function(ctx, client, from, to, work_minutes_per_week = 0, trace = NULL) {
  .vf_kvp_result(kvp_benefit_period(.vf_ptr(ctx, "velferd_context"),
                                    .vf_ptr(client, "velferd_client"), .vf_ymd(from),
                                    .vf_ymd(to), work_minutes_per_week, .vf_trace_ptr(trace)))
}

#' @rdname vf_kvp_benefit
#' @param year,month The calendar month.
#' @export
vf_kvp_benefit_month <- function(ctx, client, year, month, work_minutes_per_week = 0,
                                 trace = NULL) {
  .vf_kvp_result(kvp_benefit_month(.vf_ptr(ctx, "velferd_context"),
                                   .vf_ptr(client, "velferd_client"), year, month,
                                   work_minutes_per_week, .vf_trace_ptr(trace)))
}
