/* Clients as JSON and CSV: reading, errors naming line and field, round trips.
 * Expected values are written out by hand from docs/clients.md. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>
#include "velferd/velferd.h"

static const char *FULL_JSON =
  "{\n"
  "  \"id\": \"J-0042\",\n"
  "  \"birth_date\": \"1990-05-17\",\n"
  "  \"gender\": \"female\",\n"
  "  \"civil_status\": \"separated_divorced\",\n"
  "  \"citizenship\": \"norwegian\",\n"
  "  \"main_income\": \"social_assistance\",\n"
  "  \"trygd\": 12,\n"                       /* a KOSTRA number: 12 = none */
  "  \"income\": {\"work\": 2500.5, \"child_benefit\": 1766, \"housing_allowance\": 0.05},\n"
  "  \"housing\": {\"rent\": 8500, \"electricity\": 950.75},\n"
  "  \"facts\": {\"lives_with_partner\": false, \"shares_home\": \"no\", \"programme_available\": \"yes\"},\n"
  "  \"children\": [\"2015-03-01\", \"2019-11-30\"]\n"
  "}\n";

static vf_client *from_json(const char *text, vf_error *e) {
  vf_client *c = NULL;
  vf_status s = vf_client_from_json(&c, text, strlen(text), "t.json", e);
  if (s) assert_null(c);
  return c;
}

static void json_reads_every_field(void **state) {
  (void)state;
  vf_error e;
  vf_client *c = from_json(FULL_JSON, &e);
  assert_non_null(c);
  assert_string_equal(vf_client_id(c), "J-0042");
  vf_date b = vf_client_birth_date(c);
  assert_int_equal(b.year, 1990);
  assert_int_equal(b.month, 5);
  assert_int_equal(b.day, 17);
  assert_int_equal(vf_client_gender(c), VF_GENDER_FEMALE);
  assert_int_equal(vf_client_civil_status(c), VF_CIVIL_SEPARATED_DIVORCED);
  assert_int_equal(vf_client_citizenship(c), VF_CITIZEN_NORWEGIAN);
  assert_int_equal(vf_client_main_income(c), VF_INCOME_SRC_SOCIAL_ASSISTANCE);
  assert_int_equal(vf_client_trygd(c), VF_TRYGD_NONE);
  /* 2500.5 kr = 250050 øre; 1766 kr = 176600 øre; 0.05 kr = 5 øre */
  assert_int_equal(vf_client_income(c, VF_INC_WORK), 250050);
  assert_int_equal(vf_client_income(c, VF_INC_CHILD_BENEFIT), 176600);
  assert_int_equal(vf_client_income(c, VF_INC_HOUSING), 5);
  assert_int_equal(vf_client_income(c, VF_INC_PARTNER), 0);
  assert_int_equal(vf_client_housing(c, VF_HOUSING_RENT), 850000);
  assert_int_equal(vf_client_housing(c, VF_HOUSING_ELECTRICITY), 95075);
  assert_int_equal(vf_client_housing(c, VF_HOUSING_OTHER), 0);
  assert_int_equal(vf_client_fact(c, VF_FACT_LIVES_WITH_PARTNER), VF_NO);
  assert_int_equal(vf_client_fact(c, VF_FACT_SHARES_HOME), VF_NO);
  assert_int_equal(vf_client_fact(c, VF_FACT_PROGRAMME_AVAILABLE), VF_YES);
  assert_int_equal(vf_client_fact(c, VF_FACT_REDUCED_WORK_CAPACITY), VF_UNKNOWN);
  assert_int_equal(vf_client_child_count(c), 2);
  vf_date d;
  assert_int_equal(vf_client_child_birth(c, 1, &d, &e), VF_OK);
  assert_int_equal(d.year, 2019);
  assert_int_equal(d.month, 11);
  assert_int_equal(d.day, 30);
  vf_client_free(c);
}

/* The canonical JSON text of a small client, written out by hand. */
static void json_format_exact(void **state) {
  (void)state;
  vf_client *c;
  assert_int_equal(vf_client_new(&c, NULL), VF_OK);
  assert_int_equal(vf_client_set_id(c, "a\"b", NULL), VF_OK);
  assert_int_equal(vf_client_set_gender(c, VF_GENDER_MALE, NULL), VF_OK);
  assert_int_equal(vf_client_set_housing(c, VF_HOUSING_RENT, 700050, NULL), VF_OK);
  assert_int_equal(vf_client_set_fact(c, VF_FACT_SHARES_HOME, VF_YES, NULL), VF_OK);
  assert_int_equal(vf_client_add_child(c, (vf_date){2020, 2, 29}, NULL), VF_OK);
  const char *want =
    "{\n"
    "  \"id\": \"a\\\"b\",\n"
    "  \"birth_date\": null,\n"
    "  \"gender\": \"male\",\n"
    "  \"civil_status\": \"unknown\",\n"
    "  \"citizenship\": \"unknown\",\n"
    "  \"main_income\": \"unknown\",\n"
    "  \"trygd\": \"unknown\",\n"
    "  \"income\": {\"work\": 0.00, \"trygd\": 0.00, \"programme\": 0.00, \"child_benefit\": 0.00, "
    "\"child_support\": 0.00, \"housing_allowance\": 0.00, \"partner\": 0.00, \"other\": 0.00},\n"
    "  \"housing\": {\"rent\": 7000.50, \"electricity\": 0.00, \"other\": 0.00},\n"
    "  \"facts\": {\"reduced_work_capacity\": \"unknown\", \"folketrygd_rights\": \"unknown\", "
    "\"work_assessment_done\": \"unknown\", \"programme_available\": \"unknown\", "
    "\"lives_with_partner\": \"unknown\", \"shares_home\": \"yes\"},\n"
    "  \"children\": [\"2020-02-29\"]\n"
    "}\n";
  char buf[2048];
  size_t n = vf_client_format_json(c, buf, sizeof buf);
  assert_string_equal(buf, want);
  assert_int_equal(n, strlen(want));
  /* snprintf semantics: a short buffer gets a truncated, terminated prefix */
  char small[10];
  assert_int_equal(vf_client_format_json(c, small, sizeof small), strlen(want));
  assert_string_equal(small, "{\n  \"id\":"); /* 9 bytes + NUL */
  assert_int_equal(vf_client_format_json(c, NULL, 0), strlen(want));
  assert_int_equal(vf_client_format_json(NULL, buf, sizeof buf), 0);
  vf_client_free(c);
}

static void expect_same(const vf_client *a, const vf_client *b) {
  char x[4096], y[4096];
  vf_client_format_json(a, x, sizeof x);
  vf_client_format_json(b, y, sizeof y);
  assert_string_equal(x, y);
  vf_client_format_csv(a, x, sizeof x);
  vf_client_format_csv(b, y, sizeof y);
  assert_string_equal(x, y);
}

static void json_round_trip(void **state) {
  (void)state;
  vf_client *c = from_json(FULL_JSON, NULL), *back = NULL;
  assert_non_null(c);
  char buf[4096];
  size_t n = vf_client_format_json(c, buf, sizeof buf);
  assert_true(n < sizeof buf);
  assert_int_equal(vf_client_from_json(&back, buf, n, NULL, NULL), VF_OK);
  expect_same(c, back);
  vf_client_free(back);
  vf_client_free(c);
}

/* Each bad input: status, err.line, err.field and the full message. */
static void json_errors(void **state) {
  (void)state;
  static const struct {
    const char *text;
    vf_status status;
    int line;
    const char *field, *message;
  } cases[] = {
    {"{\"gender\": \"Female\"}", VF_E_UNKNOWN_CODE, 1, "gender",
     "t.json:1: gender: unknown code 'Female' (one of: unknown, male, female)"},
    {"{\n\"income\": {\n \"work\": 1e3}}", VF_E_PARSE, 3, "income.work",
     "t.json:3: income.work: '1e3': not an amount in kroner"},
    {"{\"housing\": {\"rent\": 1.005}}", VF_E_PARSE, 1, "housing.rent",
     "t.json:1: housing.rent: '1.005': more than two decimals"},
    {"{\"housing\": {\"rent\": -1}}", VF_E_RANGE, 1, "housing.rent",
     "t.json:1: housing.rent: '-1': must not be negative"},
    {"{\"housing\": {\"rent\": \"8500\"}}", VF_E_PARSE, 1, "housing.rent",
     "t.json:1: housing.rent: expected an amount in kroner (number), found string"},
    {"{\"housing\": {\"garage\": 1}}", VF_E_PARSE, 1, "housing.garage",
     "t.json:1: housing.garage: unknown member (see docs/clients.md)"},
    {"{\"name\": \"x\"}", VF_E_PARSE, 1, "name", "t.json:1: name: unknown member (see docs/clients.md)"},
    {"{\"birth_date\": \"2023-02-29\"}", VF_E_DATE, 1, "birth_date",
     "t.json:1: birth_date: 2023-02-29: February 2023 has 28 days"},
    {"{\"children\": [\"2020-01-01\",\n 5]}", VF_E_PARSE, 2, "children[1]",
     "t.json:2: children[1]: expected a date string, found number"},
    {"{\"facts\": {\"shares_home\": \"maybe\"}}", VF_E_UNKNOWN_CODE, 1, "facts.shares_home",
     "t.json:1: facts.shares_home: 'maybe': expected yes, no or unknown"},
    {"[1]", VF_E_PARSE, 1, "", "t.json:1: : expected a client object, found array"},
    /* syntax: line:column of the fault */
    {"{\"id\": \"a\",}", VF_E_PARSE, 1, "", "t.json:1:12: trailing comma"},
    {"{\"id\": \"a\", \"id\": \"b\"}", VF_E_PARSE, 1, "", "t.json:1:13: duplicate member \"id\""},
    {"{\n  \"id\": \"a\\q\"}", VF_E_PARSE, 2, "", "t.json:2:11: invalid escape in string"},
    {"{\"id\": \"a\"} x", VF_E_PARSE, 1, "", "t.json:1:13: unexpected text after the value"},
    {"{\"trygd\": 012}", VF_E_PARSE, 1, "", "t.json:1:12: invalid number (no leading zeros)"},
    {"{\"id\": 'a'}", VF_E_PARSE, 1, "",
     "t.json:1:8: value expected (object, array, string, number, true, false or null)"},
    {"{\"id\": \"\\ud800\"}", VF_E_PARSE, 1, "", "t.json:1:15: unpaired UTF-16 surrogate in \\u escape"},
    {"{\"id\": \"\\u0000\"}", VF_E_PARSE, 1, "", "t.json:1:15: \\u0000 is not allowed"},
    {"{\"id\": \"a\tb\"}", VF_E_PARSE, 1, "",
     "t.json:1:10: control character in string (write it as \\n, \\t or \\u00XX)"},
    {"{\n\"id\": \"\xC3\x28\"}", VF_E_PARSE, 2, "", "t.json:2:8: not valid UTF-8 (or a NUL byte)"},
    {"{\"id\": \"abc", VF_E_PARSE, 1, "", "t.json:1:8: unterminated string"},
    {"", VF_E_PARSE, 1, "", "t.json:1:1: value expected"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    vf_error e;
    memset(&e, 0, sizeof e);
    vf_client *c = NULL;
    vf_status s = vf_client_from_json(&c, cases[i].text, strlen(cases[i].text), "t.json", &e);
    if (s != cases[i].status || strcmp(e.message, cases[i].message))
      print_error("case %zu: status %d, message '%s'\n", i, (int)s, e.message);
    assert_int_equal(s, cases[i].status);
    assert_null(c);
    assert_string_equal(e.message, cases[i].message);
    assert_int_equal(e.line, cases[i].line);
    assert_string_equal(e.field, cases[i].field);
  }
}

static void json_details(void **state) {
  (void)state;
  vf_error e;
  /* surrogate pair -> one 4-byte character; escapes decoded; BOM skipped; null = not given */
  const char *t = "\xEF\xBB\xBF{\"id\": \"\\ud83d\\ude00\\/\\u00e6\", \"gender\": null}";
  vf_client *c = from_json(t, &e);
  assert_non_null(c);
  assert_string_equal(vf_client_id(c), "\xF0\x9F\x98\x80/\xC3\xA6");
  assert_int_equal(vf_client_gender(c), VF_GENDER_UNKNOWN);
  vf_client_free(c);
  /* nesting beyond the limit is refused, not a stack overflow */
  char deep[300];
  memset(deep, '[', sizeof deep - 1);
  deep[sizeof deep - 1] = '\0';
  assert_null(from_json(deep, &e));
  assert_int_equal(e.status, VF_E_PARSE);
  assert_non_null(strstr(e.message, "nested too deeply"));
  /* too many children */
  char many[1024] = "{\"children\": [";
  for (int i = 0; i <= VF_MAX_CHILDREN; i++) strcat(many, i ? ",\"2020-01-01\"" : "\"2020-01-01\"");
  strcat(many, "]}");
  assert_null(from_json(many, &e));
  assert_int_equal(e.status, VF_E_RANGE);
  assert_string_equal(e.field, "children[32]");
  /* files */
  assert_int_equal(vf_client_read_json_file(&c, "/nonexistent/c.json", &e), VF_E_IO);
  assert_non_null(strstr(e.message, "/nonexistent/c.json"));
  assert_int_equal(vf_client_from_json(NULL, "{}", 2, NULL, &e), VF_E_INVALID_ARG);
}

static void csv_header_exact(void **state) {
  (void)state;
  const char *want =
    "id,birth_date,gender,civil_status,citizenship,main_income,trygd,"
    "income_work,income_trygd,income_programme,income_child_benefit,income_child_support,"
    "income_housing_allowance,income_partner,income_other,"
    "housing_rent,housing_electricity,housing_other,"
    "fact_reduced_work_capacity,fact_folketrygd_rights,fact_work_assessment_done,"
    "fact_programme_available,fact_lives_with_partner,fact_shares_home,children";
  char buf[1024];
  assert_int_equal(vf_client_csv_header(buf, sizeof buf), strlen(want));
  assert_string_equal(buf, want);
}

static vf_client_reader *open_text(const char *text, vf_error *e) {
  vf_client_reader *r = NULL;
  vf_status s = vf_client_reader_open_text(&r, text, strlen(text), "c.csv", e);
  if (s) assert_null(r);
  return r;
}

static void csv_reads_rows_and_reports_bad_ones(void **state) {
  (void)state;
  vf_error e;
  /* columns in any order, some absent; empty cell = not given */
  vf_client_reader *r = open_text(
    "id,housing_rent,gender,children,fact_shares_home\r\n"
    "A1,8500.50,female,2015-03-01;2019-11-30,yes\r\n"
    "A2,,2,,\r\n"
    "\r\n"
    "A3,100,woman,,\r\n"
    "A4,-5,male,,\r\n"
    "A5,1,male\r\n"
    "A6,1,male,2020-13-01,\r\n"
    "\"A,7\",0,male,,no\r\n"
    "A8,0,male,2015-01-02 2018-03-04,\r\n"
    "A9,0,male,2015-01-02;;2018-03-04,\r\n",
    &e);
  assert_non_null(r);
  assert_int_equal(vf_client_reader_line(r), 1);
  assert_null(vf_client_reader_value(r, "id")); /* no row yet */
  vf_client *c;
  assert_int_equal(vf_client_reader_next(r, &c, &e), VF_OK);
  assert_non_null(c);
  assert_int_equal(vf_client_reader_line(r), 2);
  assert_string_equal(vf_client_id(c), "A1");
  assert_int_equal(vf_client_housing(c, VF_HOUSING_RENT), 850050); /* 8500.50 kr */
  assert_int_equal(vf_client_gender(c), VF_GENDER_FEMALE);
  assert_int_equal(vf_client_child_count(c), 2);
  assert_int_equal(vf_client_fact(c, VF_FACT_SHARES_HOME), VF_YES);
  vf_client_free(c);
  assert_int_equal(vf_client_reader_next(r, &c, &e), VF_OK);
  assert_string_equal(vf_client_id(c), "A2");
  assert_int_equal(vf_client_gender(c), VF_GENDER_FEMALE); /* code 2 */
  assert_int_equal(vf_client_housing(c, VF_HOUSING_RENT), 0);
  assert_int_equal(vf_client_child_count(c), 0);
  vf_client_free(c);
  /* line 4 is blank; line 5 has a bad code */
  assert_int_equal(vf_client_reader_next(r, &c, &e), VF_E_UNKNOWN_CODE);
  assert_null(c);
  assert_int_equal(e.line, 5);
  assert_string_equal(e.field, "gender");
  assert_string_equal(e.message, "c.csv:5: gender: unknown code 'woman' (one of: unknown, male, female)");
  /* the rejected row can still be named */
  assert_string_equal(vf_client_reader_value(r, "id"), "A3");
  assert_string_equal(vf_client_reader_value(r, "gender"), "woman");
  assert_null(vf_client_reader_value(r, "trygd")); /* not a column of this file */
  assert_int_equal(vf_client_reader_next(r, &c, &e), VF_E_RANGE);
  assert_string_equal(e.message, "c.csv:6: housing_rent: '-5': must not be negative");
  assert_int_equal(vf_client_reader_next(r, &c, &e), VF_E_PARSE);
  assert_string_equal(e.message, "c.csv:7: row has 3 fields; the header has 5");
  assert_int_equal(vf_client_reader_next(r, &c, &e), VF_E_DATE);
  assert_string_equal(e.field, "children");
  assert_string_equal(e.message, "c.csv:8: children: 2020-13-01: month 13 is outside 1..12");
  assert_int_equal(vf_client_reader_next(r, &c, &e), VF_OK);
  assert_string_equal(vf_client_id(c), "A,7");
  assert_int_equal(vf_client_fact(c, VF_FACT_SHARES_HOME), VF_NO);
  vf_client_free(c);
  /* register files separate children by a space */
  assert_int_equal(vf_client_reader_next(r, &c, &e), VF_OK);
  assert_int_equal(vf_client_child_count(c), 2);
  vf_client_free(c);
  assert_int_equal(vf_client_reader_next(r, &c, &e), VF_E_PARSE);
  assert_string_equal(e.message, "c.csv:11: children: '2015-01-02;;2018-03-04': expected birth dates "
                                 "separated by ';' or ' '");
  assert_int_equal(vf_client_reader_next(r, &c, &e), VF_OK);
  assert_null(c); /* end */
  assert_int_equal(vf_client_reader_next(r, &c, &e), VF_OK);
  assert_null(c);
  vf_client_reader_free(r);
  vf_client_reader_free(NULL);
}

static void csv_broken_quote_resumes(void **state) {
  (void)state;
  vf_error e;
  vf_client_reader *r = open_text("id,gender\nB1,male\nB2,ma\"le\nB3,female\n", &e);
  assert_non_null(r);
  vf_client *c;
  assert_int_equal(vf_client_reader_next(r, &c, &e), VF_OK);
  vf_client_free(c);
  assert_int_equal(vf_client_reader_next(r, &c, &e), VF_E_PARSE);
  assert_int_equal(e.line, 3);
  assert_string_equal(e.message, "c.csv:3: stray quote in field 2");
  assert_null(vf_client_reader_value(r, "id")); /* the row could not be split */
  assert_int_equal(vf_client_reader_next(r, &c, &e), VF_OK);
  assert_non_null(c);
  assert_int_equal(vf_client_reader_line(r), 4);
  assert_string_equal(vf_client_id(c), "B3");
  vf_client_free(c);
  assert_int_equal(vf_client_reader_next(r, &c, &e), VF_OK);
  assert_null(c);
  vf_client_reader_free(r);
}

static void csv_header_errors(void **state) {
  (void)state;
  vf_error e;
  assert_null(open_text("id,gendre\n", &e));
  assert_int_equal(e.status, VF_E_PARSE);
  assert_string_equal(e.field, "gendre");
  assert_string_equal(e.message, "c.csv:1: gendre: unknown column (see docs/clients.md)");
  assert_null(open_text("id,gender,id\n", &e));
  assert_string_equal(e.message, "c.csv:1: id: column appears twice");
  assert_null(open_text("", &e));
  assert_string_equal(e.message, "c.csv:1: no header row (docs/clients.md)");
  /* a byte-order mark (as spreadsheets write) is skipped */
  vf_client_reader *r = open_text("\xEF\xBB\xBFid\nX\n", &e);
  assert_non_null(r);
  vf_client *c;
  assert_int_equal(vf_client_reader_next(r, &c, &e), VF_OK);
  assert_string_equal(vf_client_id(c), "X");
  vf_client_free(c);
  vf_client_reader_free(r);
  assert_int_equal(vf_client_reader_open(&r, "/nonexistent/c.csv", &e), VF_E_IO);
  assert_non_null(strstr(e.message, "/nonexistent/c.csv"));
}

static void csv_round_trip(void **state) {
  (void)state;
  vf_client *a = from_json(FULL_JSON, NULL), *b;
  assert_non_null(a);
  assert_int_equal(vf_client_new(&b, NULL), VF_OK); /* all defaults */
  assert_int_equal(vf_client_set_id(b, "quote \"q\", comma", NULL), VF_OK);
  char text[4096];
  size_t n = vf_client_csv_header(text, sizeof text);
  text[n++] = '\n';
  n += vf_client_format_csv(a, text + n, sizeof text - n);
  text[n++] = '\n';
  n += vf_client_format_csv(b, text + n, sizeof text - n);
  text[n] = '\0';
  /* the first row written out by hand */
  assert_non_null(strstr(text, "\nJ-0042,1990-05-17,female,separated_divorced,norwegian,"
                               "social_assistance,none,2500.50,0.00,0.00,1766.00,0.00,0.05,0.00,"
                               "0.00,8500.00,950.75,0.00,unknown,unknown,unknown,yes,no,no,"
                               "2015-03-01;2019-11-30\n"));
  assert_non_null(strstr(text, "\n\"quote \"\"q\"\", comma\",,unknown,"));
  vf_error e;
  vf_client_reader *r = open_text(text, &e);
  assert_non_null(r);
  vf_client *x, *y, *end;
  assert_int_equal(vf_client_reader_next(r, &x, &e), VF_OK);
  assert_int_equal(vf_client_reader_next(r, &y, &e), VF_OK);
  assert_int_equal(vf_client_reader_next(r, &end, &e), VF_OK);
  assert_null(end);
  expect_same(a, x);
  expect_same(b, y);
  vf_client_free(x);
  vf_client_free(y);
  vf_client_free(a);
  vf_client_free(b);
  vf_client_reader_free(r);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(json_reads_every_field), cmocka_unit_test(json_format_exact),
    cmocka_unit_test(json_round_trip), cmocka_unit_test(json_errors),
    cmocka_unit_test(json_details), cmocka_unit_test(csv_header_exact),
    cmocka_unit_test(csv_reads_rows_and_reports_bad_ones),
    cmocka_unit_test(csv_broken_quote_resumes), cmocka_unit_test(csv_header_errors),
    cmocka_unit_test(csv_round_trip)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
