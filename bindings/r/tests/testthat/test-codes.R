# The R names of codes are derived from SWIG's enumeration tables; they must
# be the C library's stable code names (vf_code_name), list by list, so that
# R code and the library's files (CSV, JSON) use the same words.

test_that("names are the library code names", {
  lists <- vf_codes("code_list")
  check(nrow(lists) >= 13, "code lists")
  for (i in seq_len(nrow(lists))) {
    type <- lists$name[i]
    check_equal(type, code_list_name(lists$value[i]), "list name")
    codes <- vf_codes(type)
    c_names <- vapply(codes$value, function(v) code_name(lists$value[i], v), "")
    check_equal(c_names, codes$name, type)
  }
})

test_that("unknown name lists the valid ones", {
  e <- check_error(vf_client(gender = "mail"), "velferd_unknown_code", "typo")
  check(grepl("female", conditionMessage(e)), "message lists the names")
  check_equal(4L, e$status, "VF_E_UNKNOWN_CODE = 4")
})
