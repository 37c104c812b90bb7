# velferd from R: the worked cases of examples/worked_case.c, and the
# indicators of a synthetic register as data.frames.
# Install the package first (R CMD INSTALL bindings/r), then
#   Rscript examples/r/assistance.R
library(velferd)

# A single pensioner in Bergen with a high rent, October 2021.
pensioner <- vf_client(birth = "1950-03-10", civil_status = "unmarried", trygd = "old_age",
                       facts = list(lives_with_partner = FALSE), income = c(trygd = 15000),
                       housing = c(rent = 9000, electricity = 1000))
trace <- vf_trace()
bergen <- vf_assistance(vf_context("bergen"), pensioner, 2021, 10, trace = trace)
default <- vf_assistance(vf_context(), pensioner, 2021, 10)
cat(sprintf("Bergen (80 %% rule): %s kr; without the rule: %s kr\n",
            vf_money_format(bergen$assistance_ore), vf_money_format(default$assistance_ore)))
print(vf_trace_steps(trace)[, c("rule", "outcome", "amount_ore")])
stopifnot(bergen$assistance_ore == 999186, default$assistance_ore == 145000)

# A 23-year-old in the qualification programme, 15 April - 14 May 2024.
young <- vf_client(birth = "2001-03-03",
                   facts = list(reduced_work_capacity = TRUE, folketrygd_rights = FALSE,
                                work_assessment_done = TRUE, programme_available = TRUE))
print(vf_kvp_eligibility(vf_context(), young, "2024-05-01"))
kvp <- vf_kvp_benefit(vf_context(), young, "2024-04-15", "2024-05-14")
print(kvp$parts)
cat(sprintf("qualification benefit: %s kr\n", vf_money_format(kvp$summary$amount_ore)))
stopifnot(kvp$summary$amount_ore == 1325296)

# Indicators of a synthetic register of 1 000 persons.
ind <- vf_indicators(vf_synth_register(1000, seed = 1, year = 2024), 2024)
values <- vf_indicator_values(ind)
print(values[, c("indicator", "published", "unit")], row.names = FALSE)
ages <- vf_indicator_table(ind, "age_group")
print(ages[, c("code", "count", "pct", "suppressed")], row.names = FALSE)
stopifnot(values$num[values$indicator == "recipients"] > 0)
