# vf_compare(): a what-if over a register (velferd/scenario.h). Everything
# is copied out of the C comparison into data.frames, then it is freed.

.vf_compare_rules <- c(assistance = 0L, kvp_benefit = 1L)
.vf_totals_names <- c("clients", "baseline", "scenario", "difference", "gainers", "losers",
                      "unchanged", "gains", "losses")

# A vf_comparison_totals struct as a one-row data.frame (money in øre).
.vf_totals_row <- function(t) {
  f <- .vf_fields(t, .vf_totals_names)
  money <- c("baseline", "scenario", "difference", "gains", "losses")
  names(f)[names(f) %in% money] <- paste0(names(f)[names(f) %in% money], "_ore")
  data.frame(f, stringsAsFactors = FALSE)
}

#' What-if: compare two contexts over a register
#'
#' Computes every client of a register under a baseline and a scenario
#' context (for one month, or summed over a year) in the C library
#' (\code{vf_compare_month}, \code{vf_compare_year}) and returns the totals,
#' each client's change, the gainers and losers, and the totals by group.
#'
#' @param reg A register (\code{\link{vf_register}},
#'   \code{\link{vf_synth_register}}).
#' @param baseline,scenario Contexts (\code{\link{vf_context}}; a scenario is
#'   usually a \code{\link{vf_context_clone}} with \code{\link{vf_set_param}}).
#' @param year The year.
#' @param month A month 1..12, or \code{NULL} for the whole year.
#' @param rule \code{"assistance"} (economic assistance) or
#'   \code{"kvp_benefit"} (qualification benefit).
#' @param largest How many of the largest losses the C library ranks
#'   (\code{losses_ranked}).
#' @param threads 1, or 2 to compute baseline and scenario at once.
#' @param weight \code{NULL}, or survey or population weights, one per client:
#'   a numeric vector in register order or named by client id, each a whole
#'   number of thousandths (docs/register.md, "Weights"). The result then has
#'   \code{weighted_totals}: the columns of \code{totals} (without
#'   \code{failed}) with counts as sums of weights and amounts as weighted
#'   sums in øre, over the clients computed, summed exactly in C
#'   (\code{vf_weighted_total}), as Python's \code{weighted_totals()}.
#' @return A list: \code{totals} (one row: clients, baseline_ore,
#'   scenario_ore, difference_ore, gainers, losers, unchanged, gains_ore,
#'   losses_ore, failed), \code{clients} (one row per client of the register:
#'   id, status, baseline_ore, scenario_ore, difference_ore; a failed client
#'   has its status and \code{NA} amounts), \code{gainers} and \code{losers}
#'   (the clients whose amount rose, largest rise first, or fell, largest fall
#'   first), \code{groups} (dimension, group and the totals' columns, every
#'   group of every dimension) and \code{info} (period, rules, profiles and
#'   parameter ids, library version).
#' @examples
#' reg <- vf_synth_register(500, seed = 1, year = 2021)
#' bergen <- vf_context("bergen")
#' no80 <- vf_set_param(vf_context_clone(bergen), "rule80.enabled", "2021-01-01", 0)
#' cmp <- vf_compare(reg, bergen, no80, 2021, 10)
#' cmp$totals
#' head(cmp$losers)
#' @export
vf_compare <- function(reg, baseline, scenario, year, month = NULL, rule = "assistance",
                       largest = 10, threads = 1L, weight = NULL) {
  r <- .vf_compare_rules[rule]
  if (length(rule) != 1 || is.na(r))
    .vf_error(4L, sprintf("%s: unknown rule (one of %s)", paste(rule, collapse = ","),
                          paste(names(.vf_compare_rules), collapse = ", ")), "rule")
  cmp <- compare(.vf_ptr(reg, "velferd_register"), .vf_ptr(baseline, "velferd_context"),
                 .vf_ptr(scenario, "velferd_context"), year, if (is.null(month)) 0L else month,
                 threads, largest, unname(r))
  on.exit(delete_Comparison(cmp))
  totals <- .vf_totals_row(Comparison_totals(cmp))
  totals$failed <- Comparison_failed_count(cmp)
  cols <- comparison_columns(cmp)
  failed <- cols$status != 0L
  na <- function(x) {
    x[failed] <- NA_real_
    x
  }
  clients <- data.frame(id = cols$id, status = .vf_status_names[cols$status + 1L],
                        baseline_ore = na(cols$baseline), scenario_ore = na(cols$scenario),
                        difference_ore = na(cols$difference), stringsAsFactors = FALSE)
  ok <- !failed
  up <- which(ok & cols$difference > 0)
  down <- which(ok & cols$difference < 0)
  gainers <- clients[up[order(-cols$difference[up], up)], , drop = FALSE]
  losers <- clients[down[order(cols$difference[down], down)], , drop = FALSE]
  rownames(gainers) <- NULL
  rownames(losers) <- NULL
  groups <- do.call(rbind, lapply(0:3, function(dim) {
    do.call(rbind, lapply(seq_len(compare_group_count(dim)) - 1L, function(i) {
      cbind(data.frame(dimension = compare_dim_name(dim), group = compare_group_name(dim, i),
                       stringsAsFactors = FALSE), .vf_totals_row(Comparison_group(cmp, dim, i)))
    }))
  }))
  info <- c(period = Comparison_period(cmp), rules = Comparison_rules(cmp),
            baseline_profile = Comparison_baseline_profile(cmp),
            baseline_params_id = Comparison_baseline_params_id(cmp),
            scenario_profile = Comparison_scenario_profile(cmp),
            scenario_params_id = Comparison_scenario_params_id(cmp),
            library_version = Comparison_library_version(cmp),
            first_error = Comparison_first_error(cmp))
  res <- list(totals = totals, clients = clients, gainers = gainers, losers = losers,
              groups = groups, info = info)
  if (!is.null(weight)) res$weighted_totals <- .vf_compare_weighted(cols, failed, weight)
  structure(res, class = "velferd_comparison")
}

#' @export
print.velferd_comparison <- function(x, ...) {
  cat("<velferd_comparison ", x$info[["period"]], ": ", x$totals$clients, " clients, change ",
      vf_money_format(x$totals$difference_ore), " kr, ", x$totals$gainers, " gainers, ",
      x$totals$losers, " losers>\n", sep = "")
  invisible(x)
}

# The comparison's totals with a weight per client (C sums them exactly).
.vf_compare_weighted <- function(cols, failed, weight) {
  ids <- cols$id
  if (!is.null(names(weight))) {
    w <- weight[ids]
    miss <- which(is.na(match(ids, names(weight))))
    if (length(miss))
      .vf_error(1L, sprintf("weight: no weight for client '%s'", ids[miss[1]]), "weight")
    weight <- unname(w)
  }
  if (!is.numeric(weight) || length(weight) != length(ids))
    .vf_error(1L, sprintf("weight: %d values, the comparison has %d clients", length(weight),
                          length(ids)), "weight")
  d <- cols$difference
  count <- function(skip) weighted_total_r(weight, skip, NULL)
  sum_of <- function(x) weighted_total_r(weight, failed, x)
  data.frame(clients = count(failed), baseline_ore = sum_of(cols$baseline),
             scenario_ore = sum_of(cols$scenario), difference_ore = sum_of(d),
             gainers = count(failed | d <= 0), losers = count(failed | d >= 0),
             unchanged = count(failed | d != 0), gains_ore = sum_of(pmax(d, 0)),
             losses_ore = sum_of(pmax(-d, 0)))
}
