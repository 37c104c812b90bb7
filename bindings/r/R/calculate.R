# vf_calculate(): a data.frame of clients computed in one call to the C
# batch (vf_batch_month). Columns are converted here with vectorised R
# (codes matched once per column, dates through Date), then handed to
# batch_month_columns() in src/columns_r.i, which loops in C.

# Input columns of the convention that the batch does not read; accepted so
# that a frame written by the CLI or made for vf_client() can be passed as is.
.vf_ignored_columns <- c("id", "gender", "citizenship", "main_income")

#' Rules for every row of a data.frame
#'
#' Computes economic assistance (and, for participants, the qualification
#' benefit) for every client of a data.frame in one call to the C library's
#' batch (\code{vf_batch_month}): the loop over rows runs in C. The columns
#' are named as in the client files (docs/clients.md) and as Python's
#' \code{Context.calculate}: \code{birth_date}, \code{civil_status},
#' \code{trygd}, \code{income_<kind>} (\code{vf_codes("income_kind")}),
#' \code{housing_<kind>}, \code{fact_<name>} (\code{vf_codes("fact")}),
#' \code{children}, and for the qualification programme \code{kvp} and
#' \code{kvp_work_minutes}. Any subset may be present; an absent column means
#' zero, unknown or none for every row. \code{id}, \code{gender},
#' \code{citizenship} and \code{main_income} are accepted and not used by
#' the rules; other columns are ignored, except a misspelt
#' \code{income_}/\code{housing_}/\code{fact_} column, which is an error.
#'
#' Values: dates as \code{Date} (or \code{"YYYY-MM-DD"}; \code{NA} is no
#' date); codes as names (character or factor: \code{"old_age"}) or the C
#' codes (integer), \code{NA} unknown; facts as \code{TRUE}/\code{FALSE}/
#' \code{NA} or \code{"yes"}/\code{"no"}/\code{"unknown"}; money as kroner
#' with at most two decimals (or whole øre with \code{money = "ore"}), a
#' missing amount (\code{NA}) is an error; \code{children} as a list of
#' \code{Date} vectors or text \code{"2015-03-01;2019-11-30"};
#' \code{kvp} logical (participant) and \code{kvp_work_minutes} minutes of
#' paid work a week.
#'
#' @param ctx A context from \code{\link{vf_context}}.
#' @param frame A data.frame (or a named list of equally long vectors), one
#'   row per client.
#' @param month The calendar month: \code{"YYYY-MM"}, a \code{Date} in it, or
#'   \code{c(year, month)}.
#' @param money \code{"kr"} (default) or \code{"ore"}: the unit of the
#'   money columns.
#' @param on_error \code{"stop"} (default): a row that fails (a negative
#'   amount, a child born after the month ...) is an error naming the row.
#'   \code{"status"}: failed rows get their status and \code{NA} amounts.
#' @param threads Threads for the C batch (results do not depend on it).
#' @return A data.frame with the row names of \code{frame}: \code{status}
#'   (\code{"ok"} or the failure's code name), \code{household},
#'   \code{norm_ore}, \code{housing_ore}, \code{income_ore},
#'   \code{income_exempt_ore}, \code{ordinary_ore}, \code{rule80_applies},
#'   \code{rule80_supplement_ore}, \code{assistance_ore},
#'   \code{assistance_kr}, \code{kvp_benefit_ore} and \code{kvp_status}.
#'   Amounts are exact whole øre (doubles).
#' @examples
#' clients <- data.frame(
#'   birth_date = as.Date(c("1950-03-10", "1990-05-17")),
#'   civil_status = c("unmarried", "married"), trygd = c("old_age", "none"),
#'   income_trygd = c(15000, 0), housing_rent = c(9000, 7000),
#'   housing_electricity = c(1000, 800))
#' vf_calculate(vf_context("bergen"), clients, "2021-10")$assistance_kr
#' @export
vf_calculate <- function(ctx, frame, month, money = c("kr", "ore"),
                         on_error = c("stop", "status"), threads = 1L) {
  money <- match.arg(money)
  on_error <- match.arg(on_error)
  ym <- .vf_month(month)
  cols <- .vf_batch_columns(frame, money)
  out <- batch_month_columns(.vf_ptr(ctx, "velferd_context"), cols$cols, cols$n, ym[1], ym[2],
                             as.integer(threads), on_error == "stop")
  status <- .vf_status_names[out$status + 1L]
  failed <- out$status != 0L
  ore <- function(x) {
    x[failed] <- NA_real_
    x
  }
  kvp_failed <- out$kvp_status != 0L
  kvp <- out$kvp_benefit
  kvp[kvp_failed] <- NA_real_
  res <- data.frame(
    status = status,
    household = ifelse(failed, NA_character_, .vf_enum_name("household", out$household)),
    norm_ore = ore(out$norm), housing_ore = ore(out$housing), income_ore = ore(out$income),
    income_exempt_ore = ore(out$income_exempt), ordinary_ore = ore(out$ordinary),
    rule80_applies = ifelse(failed, NA, out$rule80_applies),
    rule80_supplement_ore = ore(out$rule80_supplement), assistance_ore = ore(out$assistance),
    assistance_kr = ore(out$assistance) / 100, kvp_benefit_ore = kvp,
    kvp_status = .vf_status_names[out$kvp_status + 1L], stringsAsFactors = FALSE)
  if (is.data.frame(frame)) attr(res, "row.names") <- attr(frame, "row.names")
  res
}

# "YYYY-MM", a Date or c(year, month) as c(year, month), checked.
.vf_month <- function(month) {
  if (inherits(month, "Date")) {
    if (length(month) != 1 || is.na(month)) .vf_not_scalar("month", length(month))
    month <- format(month, "%Y-%m")
  }
  if (is.character(month)) {
    if (length(month) != 1) .vf_not_scalar("month", length(month))
    m <- regmatches(month, regexec("^([0-9]{4})-([0-9]{2})$", month))[[1]]
    if (length(m) != 3)
      .vf_error(3L, sprintf("month: '%s' is not YYYY-MM (such as \"2021-10\")", month), "month")
    return(as.integer(m[2:3]))
  }
  if (is.numeric(month) && length(month) == 2 && !anyNA(month) && all(month == round(month)))
    return(as.integer(month))
  .vf_error(1L, "month: expected \"YYYY-MM\", a Date or c(year, month)", "month")
}

# The columns of `frame` as the C batch wants them: list(n, cols).
.vf_batch_columns <- function(frame, money) {
  if (!is.list(frame)) .vf_error(1L, "frame: expected a data.frame or a named list of columns")
  names <- names(frame)
  if (is.null(names) || any(!nzchar(names)))
    .vf_error(1L, "frame: every column needs a name", "frame")
  lens <- lengths(frame)
  if (is.data.frame(frame)) {
    n <- nrow(frame)
  } else {
    n <- if (length(lens)) lens[[1]] else 0L
    if (any(lens != n))
      .vf_error(1L, sprintf("frame: columns differ in length (%s)",
                            paste(sprintf("%s %d", names, lens), collapse = ", ")), "frame")
  }
  if (anyDuplicated(names)) .vf_error(11L, "frame: a column name is repeated", "frame")
  cols <- list()
  used <- c(.vf_ignored_columns, "birth_date", "civil_status", "trygd", "children", "kvp",
            "kvp_work_minutes")
  if (!is.null(frame$birth_date)) cols$birth <- .vf_days(frame$birth_date, "birth_date")
  if (!is.null(frame$civil_status))
    cols$civil_status <- .vf_code_column("civil_status", frame$civil_status, "civil_status")
  if (!is.null(frame$trygd)) cols$trygd <- .vf_code_column("trygd", frame$trygd, "trygd")
  groups <- list(income = "income_kind", housing = "housing_kind", fact = "fact")
  for (g in names(groups)) {
    tab <- .vf_enum_table(groups[[g]])
    prefix <- paste0(g, "_")
    mine <- names[startsWith(names, prefix)]
    unknown <- setdiff(mine, paste0(prefix, names(tab)))
    if (length(unknown))
      .vf_error(4L, sprintf("%s: unknown column (the %s columns are %s)", unknown[1], g,
                            paste0(prefix, names(tab), collapse = ", ")), unknown[1])
    for (col in mine) {
      key <- paste0(g, tab[[substring(col, nchar(prefix) + 1)]])
      x <- frame[[col]]
      cols[[key]] <- if (g == "fact") .vf_tristate_column(x, col) else .vf_money_column(x, col, money)
    }
    used <- c(used, mine)
  }
  if (!is.null(frame$children)) {
    ch <- .vf_children(frame$children, n)
    cols$child_start <- ch$start
    cols$child_birth <- ch$birth
  }
  if (!is.null(frame$kvp)) cols$kvp <- .vf_flag_column(frame$kvp, "kvp")
  if (!is.null(frame$kvp_work_minutes)) {
    w <- frame$kvp_work_minutes
    if (!is.numeric(w) || anyNA(w) || any(w != round(w)))
      .vf_error(1L, "kvp_work_minutes: expected whole minutes, no NA", "kvp_work_minutes")
    cols$kvp_work_minutes <- as.integer(w)
  }
  for (k in names(cols)) if (is.null(cols[[k]])) cols[[k]] <- NULL
  list(n = as.numeric(n), cols = cols)
}

.vf_row_error <- function(status, col, rows, what) {
  .vf_error(status, sprintf("row %d: %s: %s", rows[1], col, what), col)
}

# Dates (Date, POSIXt or "YYYY-MM-DD") as day numbers since 1970-01-01; NA stays NA.
.vf_days <- function(x, col) {
  if (inherits(x, "POSIXt")) x <- as.Date(x)
  if (is.factor(x)) x <- as.character(x)
  if (is.character(x)) {
    d <- as.Date(x, format = "%Y-%m-%d", optional = TRUE)
    bad <- which(is.na(d) & !is.na(x) & nzchar(x))
    if (length(bad)) {
      tryCatch(date_parse(x[bad[1]]), velferd_error = function(e)
        .vf_row_error(e$status, col, bad, conditionMessage(e)))
      .vf_row_error(3L, col, bad, sprintf("'%s' is not YYYY-MM-DD", x[bad[1]]))
    }
    x <- d
  }
  if (inherits(x, "Date")) return(as.integer(floor(unclass(x))))
  if (is.logical(x) && all(is.na(x))) return(rep(NA_integer_, length(x)))
  .vf_error(1L, sprintf("%s: expected Date or \"YYYY-MM-DD\" values", col), col)
}

# Codes by name (character, factor) or C value (integer) as integer codes; NA is 0.
.vf_code_column <- function(type, x, col) {
  tab <- .vf_enum_table(type)
  if (is.factor(x)) {
    lv <- .vf_code_column(type, levels(x), col)
    v <- lv[as.integer(x)]
    v[is.na(v)] <- 0L
    return(v)
  }
  if (is.logical(x) && all(is.na(x))) return(integer(length(x)))
  if (is.numeric(x)) {
    bad <- which(!is.na(x) & !(x %in% tab))
    if (length(bad))
      .vf_row_error(4L, col, bad, sprintf("%s is not a %s code (one of %s)", format(x[bad[1]]),
                                          type, paste(tab, collapse = ", ")))
    v <- as.integer(x)
    v[is.na(v)] <- 0L
    return(v)
  }
  if (!is.character(x)) .vf_error(1L, sprintf("%s: expected code names or codes", col), col)
  v <- unname(tab[match(tolower(x), names(tab))])
  bad <- which(is.na(v) & !is.na(x) & nzchar(x))
  if (length(bad))
    .vf_row_error(4L, col, bad, sprintf("'%s' is not a %s (one of %s)", x[bad[1]], type,
                                        paste(names(tab), collapse = ", ")))
  v[is.na(v)] <- 0L
  as.integer(v)
}

# Facts: TRUE/FALSE/NA, "yes"/"no"/"unknown" or the tristate codes.
.vf_tristate_column <- function(x, col) {
  if (is.logical(x)) return(ifelse(is.na(x), 0L, ifelse(x, 2L, 1L)))
  .vf_code_column("tristate", x, col)
}

# 0/1 flags from logicals or numbers; NA is an error.
.vf_flag_column <- function(x, col) {
  if (anyNA(x) || !(is.logical(x) || (is.numeric(x) && all(x %in% c(0, 1)))))
    .vf_error(1L, sprintf("%s: expected TRUE/FALSE (or 1/0), no NA", col), col)
  as.integer(x)
}

# Money as whole øre (doubles): kroner are converted exactly or refused.
.vf_money_column <- function(x, col, money) {
  if (!is.numeric(x)) .vf_error(1L, sprintf("%s: expected numbers (%s)", col, money), col)
  if (money == "ore") return(x)
  ore <- round(x * 100)
  bad <- which(abs(x * 100 - ore) > 1e-6 * pmax(1, abs(ore)))
  if (length(bad))
    .vf_row_error(2L, col, bad, sprintf("%s has more than two decimals of kroner",
                                        format(x[bad[1]], digits = 17)))
  ore
}

# Children as the batch's compressed list: a list of Date vectors (or of
# "YYYY-MM-DD"), or text with the dates separated by ";" or " ".
.vf_children <- function(x, n) {
  if (is.factor(x)) x <- as.character(x)
  if (is.character(x)) {
    x[is.na(x)] <- ""
    x <- strsplit(x, "[; ]+")
  }
  if (!is.list(x)) .vf_error(1L, "children: expected a list of Date vectors or text", "children")
  counts <- lengths(x)
  if (any(counts > 32)) .vf_row_error(2L, "children", which(counts > 32), "more than 32 children")
  flat <- unlist(x, use.names = FALSE) # Dates lose their class: day numbers
  births <- if (is.numeric(flat)) as.integer(floor(flat))
            else .vf_days(if (length(flat)) as.character(flat) else character(), "children")
  if (anyNA(births)) .vf_error(3L, "children: a child has no birth date", "children")
  list(start = as.integer(c(0, cumsum(counts))), birth = births)
}
