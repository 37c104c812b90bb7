# The analysis of docs/bindings.md in R: a what-if over a register, an
# indicator table and one explained case. The same analysis is written in
# Java (examples/java/Analysis.java); scripts/package_r.sh runs this file.
library(velferd)

# A synthetic register of 2 000 persons with their payments in 2021.
reg <- vf_synth_register(2000, seed = 7, year = 2021)

# 1. What-if: Bergen with and without its 80 % rule, October 2021.
bergen <- vf_context("bergen")
no80 <- vf_set_param(vf_context_clone(bergen), "rule80.enabled", "2021-01-01", 0)
cmp <- vf_compare(reg, bergen, no80, 2021, 10)
print(cmp$totals[, c("clients", "baseline_ore", "scenario_ore", "difference_ore", "losers")])
print(head(cmp$losers, 5), row.names = FALSE)

# 2. Indicator table: the register's indicators for 2021, values as numbers.
ind <- vf_indicators(reg, 2021)
v <- vf_indicator_values(ind)
print(v[, c("indicator", "value", "unit", "status")], row.names = FALSE)
print(vf_indicator_table(ind, "age_group")[, c("code", "count", "pct", "suppressed")],
      row.names = FALSE)

# 3. One explained case: why the largest loser loses.
id <- cmp$losers$id[1]
trace <- vf_trace()
a <- vf_assistance(bergen, vf_register_client(reg, id), 2021, 10, trace = trace)
cat(vf_trace_text(trace))

# The explanation is of the same number the comparison counted.
stopifnot(cmp$totals$losers > 0, a$assistance_ore == cmp$losers$baseline_ore[1],
          a$rule80_applies, is.numeric(v$value),
          cmp$totals$difference_ore == sum(cmp$clients$difference_ore, na.rm = TRUE))
