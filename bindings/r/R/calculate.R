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
#' paid work a week. Children may instead come in long form, one row per
#' child, as the argument \code{children} (faster for millions of rows than
#' a list column, which costs R's garbage collector one object per row).
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
#' @param children \code{NULL}, or a data.frame with one row per child:
#'   \code{row} (the row of \code{frame} the child belongs to, 1-based) and
#'   \code{birth_date}; then \code{frame} has no \code{children} column.
#' @param weight \code{NULL}, or survey or population weights: the name of a
#'   column of \code{frame} or a numeric vector, one per row, each a whole
#'   number of thousandths (docs/register.md, "Weights"), as Python's
#'   \code{weight}. The result then has a \code{weight} column and an
#'   attribute \code{"totals"}: a named numeric vector of \code{clients}
#'   (the weights' sum) and each amount's weighted sum in øre
#'   (\code{norm_ore} ... \code{kvp_benefit_ore}), over the rows computed
#'   (status ok), summed exactly in C (\code{vf_weighted_total}).
#' @param outputs \code{NULL} (every output below but \code{projected}), or
#'   the names of the outputs wanted (\code{"assistance"} or
#'   \code{"assistance_ore"}, ...; \code{"projected"}: \code{TRUE} where the
#'   result used a projected, not enacted, parameter value), as Python's
#'   \code{outputs}. \code{status} is always there; outputs not asked for are
#'   not computed, which saves time and memory on large frames. Without
#'   \code{kvp_status}, \code{status} is the first failure of either rule.
#' @return A data.frame with the row names of \code{frame}: \code{status}
#'   (a factor: \code{"ok"} or the failure's code name), \code{household}
#'   (a factor),
#'   \code{norm_ore}, \code{housing_ore}, \code{income_ore},
#'   \code{income_exempt_ore}, \code{ordinary_ore}, \code{rule80_applies},
#'   \code{rule80_supplement_ore}, \code{assistance_ore},
#'   \code{kvp_benefit_ore} and \code{kvp_status}
#'   (a factor, the benefit's own status). Amounts are exact whole øre
#'   (doubles), \code{NA} in a failed row.
#' @examples
#' clients <- data.frame(
#'   birth_date = as.Date(c("1950-03-10", "1990-05-17")),
#'   civil_status = c("unmarried", "married"), trygd = c("old_age", "none"),
#'   income_trygd = c(15000, 0), housing_rent = c(9000, 7000),
#'   housing_electricity = c(1000, 800))
#' vf_calculate(vf_context("bergen"), clients, "2021-10")$assistance_ore / 100
#' @export
vf_calculate <- function(ctx, frame, month, money = c("kr", "ore"),
                         on_error = c("stop", "status"), threads = 1L, children = NULL,
                         weight = NULL, outputs = NULL) {
  money <- match.arg(money)
  on_error <- match.arg(on_error)
  ym <- .vf_month(month)
  cols <- .vf_batch_columns(frame, money)
  if (!is.null(children)) {
    if (!is.null(cols$cols$children) || !is.null(cols$cols$child_start))
      .vf_error(1L, "children: given both as a column of frame and as an argument", "children")
    labels <- attr(cols$cols, "labels") # c() drops it; C names columns with it
    long <- .vf_children_long(children, cols$n)
    cols$cols <- c(cols$cols, long)
    attr(cols$cols, "labels") <- c(labels, rep("children", length(long)))
  }
  res <- batch_month_columns(.vf_ptr(ctx, "velferd_context"), cols$cols, cols$n, money == "kr",
                             ym[1], ym[2], as.integer(threads), on_error == "stop",
                             .vf_status_names, .vf_levels("household"), .vf_wanted(outputs))
  # C made the columns ready (NA for failed rows, factors): only the names change
  names(res) <- ifelse(names(res) %in% .vf_money_outputs, paste0(names(res), "_ore"), names(res))
  # a data.frame made directly: data.frame() would check and copy every column
  # .row_names_info(, 0L): the compact form as stored (attr() would expand it to 1:n)
  rn <- if (is.data.frame(frame)) .row_names_info(frame, 0L) else c(NA_integer_, -length(res$status))
  if (!is.null(weight)) return(.vf_weighted(res, frame, weight, rn))
  structure(res, class = "data.frame", row.names = rn)
}

# The weight column and the weighted totals (attribute "totals") of a result.
.vf_weighted <- function(res, frame, weight, rn) {
  if (is.character(weight) && length(weight) == 1) {
    if (is.null(frame[[weight]])) .vf_error(1L, sprintf("weight: no column '%s'", weight), "weight")
    weight <- frame[[weight]]
  }
  n <- length(res$status)
  if (!is.numeric(weight) || length(weight) != n)
    .vf_error(1L, sprintf("weight: expected %d numbers, one per row", n), "weight")
  skip <- res$status != "ok"
  money <- names(res)[endsWith(names(res), "_ore")]
  totals <- c(clients = weighted_total_r(weight, skip, NULL),
              vapply(money, function(m) weighted_total_r(weight, skip, res[[m]]), 0))
  res$weight <- weight
  structure(res, class = "data.frame", row.names = rn, totals = totals)
}

# The batch's outputs, in the order of batch_month_columns() (src/columns_r.i);
# the money ones are named <name>_ore in the result.
.vf_outputs <- c("status", "household", "norm", "housing", "income", "income_exempt",
                 "ordinary", "rule80_applies", "rule80_supplement", "assistance",
                 "kvp_benefit", "kvp_status", "projected")
.vf_money_outputs <- c("norm", "housing", "income", "income_exempt", "ordinary",
                       "rule80_supplement", "assistance", "kvp_benefit")

# outputs = NULL or names (with or without _ore) as a logical per output for C.
.vf_wanted <- function(outputs) {
  if (is.null(outputs)) return(NULL)
  if (!is.character(outputs))
    .vf_error(1L, "outputs: expected the names of outputs, such as \"assistance\"", "outputs")
  plain <- sub("_ore$", "", outputs)
  bad <- outputs[!(plain %in% .vf_outputs)]
  if (length(bad))
    .vf_error(4L, sprintf("outputs: '%s' is not an output (one of %s)", bad[1],
                          paste(.vf_outputs, collapse = ", ")), "outputs")
  .vf_outputs %in% c("status", plain)
}

# Names of an enumeration's values 0, 1, ... as factor levels.
.vf_levels <- function(type) {
  tab <- .vf_enum_table(type)
  lv <- paste0("code", seq_len(max(tab) + 1L) - 1L)
  lv[tab + 1L] <- names(tab)
  lv
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
  for (k in c("civil_status", "trygd")) {
    x <- frame[[k]]
    if (is.factor(x)) { # the codes as they are, and a map of the levels for C
      cols[[k]] <- x
      cols[[paste0(k, ".map")]] <- .vf_code_column(k, levels(x), k)
    } else if (!is.null(x)) {
      cols[[k]] <- .vf_code_column(k, x, k)
    }
  }
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
      cols[[key]] <- if (g == "fact") .vf_tristate_column(x, col) else .vf_money_column(x, col)
    }
    used <- c(used, mine)
  }
  if (!is.null(frame$children)) {
    cols <- c(cols, .vf_children(frame$children, n))
  }
  if (!is.null(frame$kvp)) cols$kvp <- .vf_flag_column(frame$kvp, "kvp")
  if (!is.null(frame$kvp_work_minutes)) {
    w <- frame$kvp_work_minutes
    if (!is.numeric(w) || anyNA(w) || any(w != round(w)))
      .vf_error(1L, "kvp_work_minutes: expected whole minutes, no NA", "kvp_work_minutes")
    cols$kvp_work_minutes <- as.integer(w)
  }
  # the caller's column names, for C's messages ("row 2: income_work: ...")
  labels <- c(birth = "birth_date", child_start = "children", child_birth = "children",
              child_row = "children")
  for (g in names(groups)) {
    tab <- .vf_enum_table(groups[[g]])
    labels[paste0(g, tab)] <- paste0(g, "_", names(tab))
  }
  lab <- labels[names(cols)]
  attr(cols, "labels") <- unname(ifelse(is.na(lab), names(cols), lab))
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
  if (inherits(x, "Date")) return(x) # day numbers as they are (unclass() would copy); C floors them
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
  if (is.logical(x)) return(x) # C reads NA as unknown, FALSE no, TRUE yes
  .vf_code_column("tristate", x, col)
}

# 0/1 flags from logicals or numbers; NA is an error.
.vf_flag_column <- function(x, col) {
  if (anyNA(x) || !(is.logical(x) || (is.numeric(x) && all(x %in% c(0, 1)))))
    .vf_error(1L, sprintf("%s: expected TRUE/FALSE (or 1/0), no NA", col), col)
  as.integer(x)
}

# Money columns go to C as they are: it converts kroner to øre exactly (or
# refuses a value with more than two decimals), naming the row.
.vf_money_column <- function(x, col) {
  if (!is.numeric(x)) .vf_error(1L, sprintf("%s: expected numbers", col), col)
  x
}

# Children in long form (row, birth_date) as the batch's compressed list.
.vf_children_long <- function(children, n) {
  if (!is.list(children) || is.null(children$row) || is.null(children$birth_date))
    .vf_error(1L, "children: expected a data.frame with columns row and birth_date", "children")
  rows <- children$row
  # checked without temporaries of the children's length when all is well
  ok <- is.numeric(rows) && !anyNA(rows) && (!length(rows) || (min(rows) >= 1 && max(rows) <= n)) &&
    (is.integer(rows) || all(rows == trunc(rows)))
  bad <- if (ok) integer() else which(is.na(rows) | rows < 1 | rows > n | rows != round(rows))
  sorted <- ok && !is.unsorted(rows)
  if (length(bad))
    .vf_error(2L, sprintf("children: row %d: '%s' is not a row of frame (1..%d)", bad[1],
                          format(rows[bad[1]]), n), "children")
  births <- .vf_days(children$birth_date, "children$birth_date")
  if (anyNA(births)) .vf_error(3L, "children: a child has no birth date", "children")
  # C turns the rows into offsets (no temporaries of R's here: R's collector
  # would pay for them)
  if (sorted) return(list(child_row = rows, child_birth = births))
  o <- order(rows, method = "radix")
  list(child_row = rows[o], child_birth = births[o])
}

# Children: a list of Date vectors goes to C as it is (flattened there: R's
# lengths() would dispatch on every Date); text "2015-03-01;2019-11-30" (";" or
# " " between dates) is split here into the batch's compressed list.
.vf_children <- function(x, n) {
  if (is.list(x)) return(list(children = x))
  if (is.factor(x)) x <- as.character(x)
  if (!is.character(x)) .vf_error(1L, "children: expected a list of Date vectors or text", "children")
  x[is.na(x)] <- ""
  x <- strsplit(x, "[; ]+")
  counts <- lengths(x)
  flat <- unlist(x, use.names = FALSE)
  births <- .vf_days(if (length(flat)) flat else character(), "children")
  list(child_start = as.integer(c(0, cumsum(counts))), child_birth = births)
}
