/* Test cases as data (velferd/cases.h): reading, running, mismatches and
 * errors. Values: guideline.single 2024-01-01 = 7 850 kr a month. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>
#include "velferd/velferd.h"

static const char GOOD[] =
    "[{\"name\": \"ok\", \"rule\": \"assistance\", \"date\": \"2024-03\",\n"
    "  \"client\": {\"civil_status\": \"unmarried\", \"housing\": {\"rent\": 1000}},\n"
    "  \"expected\": {\"norm\": 7850, \"assistance\": \"8850.00\", \"household\": \"single\"},\n"
    "  \"note\": \"7 850 + 1 000 = 8 850\"},\n"
    " {\"name\": \"wrong\", \"rule\": \"assistance\", \"date\": \"2024-03\",\n"
    "  \"client\": {}, \"expected\": {\"assistance\": 1, \"children\": 0}}]";

static void test_run(void **state) {
  (void)state;
  vf_cases *cs = NULL;
  vf_error e;
  assert_int_equal(vf_cases_from_json(&cs, GOOD, strlen(GOOD), "good.json", &e), VF_OK);
  assert_int_equal(vf_cases_count(cs), 2);
  assert_string_equal(vf_cases_name(cs, 1), "wrong");
  assert_string_equal(vf_cases_note(cs, 0), "7 850 + 1 000 = 8 850");
  assert_string_equal(vf_cases_note(cs, 1), "");
  assert_null(vf_cases_name(cs, 2));
  vf_case_result r;
  vf_trace *t = NULL;
  assert_int_equal(vf_trace_new(&t, NULL), VF_OK);
  assert_int_equal(vf_case_run(cs, 0, &r, t, NULL), VF_OK);
  assert_true(r.passed);
  assert_int_equal(r.checked, 3);
  assert_string_equal(r.detail, "");
  assert_true(vf_trace_step_count(t) > 0);
  /* 7 850 expected as 1: one mismatch of two checks */
  assert_int_equal(vf_case_run(cs, 1, &r, NULL, NULL), VF_OK);
  assert_false(r.passed);
  assert_int_equal(r.checked, 2);
  assert_int_equal(r.mismatches, 1);
  assert_string_equal(r.detail, "assistance: expected 1.00, got 7850.00\n");
  assert_int_equal(vf_case_run(cs, 2, &r, NULL, &e), VF_E_RANGE);
  assert_int_equal(vf_case_run(NULL, 0, &r, NULL, &e), VF_E_INVALID_ARG);
  vf_trace_free(t);
  vf_cases_free(cs);
  vf_cases_free(NULL);
}

static void test_bad(void **state) {
  (void)state;
  vf_cases *cs = NULL;
  vf_error e;
  assert_int_equal(vf_cases_from_json(NULL, "[]", 2, "x", &e), VF_E_INVALID_ARG);
  assert_int_equal(vf_cases_from_json(&cs, "[]", 2, "empty.json", &e), VF_OK);
  assert_int_equal(vf_cases_count(cs), 0);
  vf_cases_free(cs);
  cs = NULL;
  const char *t = "[{\"name\": \"n\", \"rule\": \"kvp_benefit\", \"date\": \"2024-03\",\n"
                  "  \"client\": {}, \"expected\": {\"norm\": 1}}]";
  assert_int_equal(vf_cases_from_json(&cs, t, strlen(t), "b.json", &e), VF_E_PARSE);
  assert_null(cs);
  assert_int_equal(e.line, 2);
  assert_string_equal(e.field, "expected.norm");
  assert_non_null(strstr(e.message, "b.json:2: case 1 'n': expected.norm: not a result of rule "
                                    "kvp_benefit"));
  assert_int_equal(vf_cases_read_file(&cs, "/nonexistent/cases.json", &e), VF_E_IO);
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(test_run), cmocka_unit_test(test_bad)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
