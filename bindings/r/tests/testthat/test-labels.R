# Labels and Norwegian number formats: SSB's category texts and numbers
# written by hand (docs/labels.md).
test_that("code, indicator and table labels", {
  check_equal(c("Ugift", "Skilt/separert"),
              vf_label("civil_status", c("unmarried", "separated_divorced")), "nb civil status")
  check_equal("Separated/divorced", vf_label("civil_status", 4, "en"), "en by number")
  check_equal("18-24 år", vf_label("age_group", "18_24"), "age group")
  check_equal("Mottakere etter alder", vf_label("indicator_table", "age_group"), "table title")
  check_equal("Average benefit duration (months)", vf_label("indicator", "avg_duration", "en"),
              "indicator")
  e <- check_error(vf_label("gender", "female", "de"), "velferd_not_found", "unknown language")
  check(grepl("en, nb", conditionMessage(e)), "message names the languages")
})

test_that("numbers as Norwegian writes them", {
  check_equal("317 900 000 kr", vf_format_kroner(31790000000), "kroner")
  check_equal("1 234,50 kr", vf_format_kroner(123450, 2), "øre")
  check_equal(c("22,4 %", "22.4%"), c(vf_format_percent(224), vf_format_percent(224, lang = "en")),
              "percent")
})
