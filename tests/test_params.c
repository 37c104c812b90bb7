/* Context and time-dated parameters: embedded tables, lookups by date,
 * overrides from text and files, atomic loading, clones. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include "velferd/velferd.h"

static vf_date D(int y, int m, int d) { return (vf_date){y, m, d}; }

static int setup(void **state) {
  vf_ctx *ctx;
  if (vf_ctx_new(&ctx, NULL, NULL)) return -1;
  *state = ctx;
  return 0;
}
static int teardown(void **state) {
  vf_ctx_free(*state);
  return 0;
}

static vf_money money(const vf_ctx *ctx, const char *name, vf_date on) {
  vf_money m = -1;
  vf_error e;
  if (vf_param_money(ctx, name, on, &m, &e)) fail_msg("%s", e.message);
  return m;
}

/* G from NAV's table of grunnbeløp: the value changes on 1 May. */
static void g_by_date(void **state) {
  const vf_ctx *ctx = *state;
  /* 1990 had two changes: 34 000 from 1 May and 34 100 from 1 December */
  assert_int_equal(money(ctx, "g", D(1990, 5, 1)), 3400000);
  assert_int_equal(money(ctx, "g", D(1990, 11, 30)), 3400000);
  assert_int_equal(money(ctx, "g", D(1990, 12, 1)), 3410000);
  assert_int_equal(money(ctx, "g", D(1994, 5, 1)), 3808000);
  assert_int_equal(money(ctx, "g", D(2008, 4, 30)), 6681200);
  assert_int_equal(money(ctx, "g", D(2008, 5, 1)), 7025600);
  assert_int_equal(money(ctx, "g", D(2024, 4, 30)), 11862000);
  assert_int_equal(money(ctx, "g", D(2024, 5, 1)), 12402800);
  assert_int_equal(money(ctx, "g", D(2025, 5, 1)), 13016000);
  assert_int_equal(money(ctx, "g", D(2026, 4, 30)), 13016000);
  assert_int_equal(money(ctx, "g", D(2026, 5, 1)), 13654900);
  assert_int_equal(money(ctx, "g", D(2027, 4, 30)), 13654900);
  /* G from 1 May 2027 is not decided yet: a gap, not the 2026 amount carried on */
  vf_param_value later;
  assert_int_equal(vf_param_get(ctx, "g", D(2030, 1, 1), &later, NULL), VF_E_NO_VALUE);
  vf_param_value v;
  vf_error e;
  assert_int_equal(vf_param_get(ctx, "g", D(2025, 6, 15), &v, &e), VF_OK);
  assert_string_equal(v.name, "g");
  assert_int_equal(v.unit, VF_UNIT_NOK_PER_YEAR);
  assert_int_equal(v.den, 1);
  assert_int_equal(vf_date_cmp(v.valid_from, D(2025, 5, 1)), 0);
  assert_true(strlen(v.source) > 10);
  assert_int_equal(vf_param_get(ctx, "g", D(1980, 1, 1), &v, &e), VF_E_NO_VALUE);
  assert_string_equal(e.field, "g");
  assert_non_null(strstr(e.message, "no value on 1980-01-01"));
  assert_int_equal(vf_param_get(ctx, "no.such", D(2025, 1, 1), &v, &e), VF_E_NOT_FOUND);
  assert_string_equal(e.message, "unknown parameter 'no.such'");
  assert_int_equal(vf_param_get(ctx, "g", D(2025, 2, 30), &v, &e), VF_E_DATE);
  assert_int_equal(vf_param_get(NULL, "g", D(2025, 1, 1), &v, &e), VF_E_INVALID_ARG);
}

static void listing(void **state) {
  const vf_ctx *ctx = *state;
  size_t n = vf_param_count(ctx);
  assert_true(n >= 4);
  for (size_t i = 1; i < n; i++) assert_true(strcmp(vf_param_name(ctx, i - 1), vf_param_name(ctx, i)) < 0);
  assert_null(vf_param_name(ctx, n));
  size_t ng = vf_param_entry_count(ctx, "g");
  assert_true(ng >= 36); /* 1990..2025 */
  vf_param_value first, last;
  assert_int_equal(vf_param_entry(ctx, "g", 0, &first, NULL), VF_OK);
  assert_true(vf_date_cmp(first.valid_from, D(1990, 5, 1)) <= 0);
  assert_int_equal(vf_param_entry(ctx, "g", ng - 1, &last, NULL), VF_OK);
  assert_int_equal(last.known, 0); /* the gap from 2027-05-01 (not yet decided) */
  assert_int_equal(vf_param_entry(ctx, "g", ng - 2, &last, NULL), VF_OK);
  assert_int_equal(last.num, 13654900);
  assert_int_equal(vf_param_entry(ctx, "g", ng, &last, NULL), VF_E_RANGE);
  assert_int_equal(vf_param_entry(ctx, "nope", 0, &last, NULL), VF_E_NOT_FOUND);
  assert_int_equal(vf_param_entry_count(ctx, "nope"), 0);
  assert_int_equal(strlen(vf_ctx_params_id(ctx)), 16);
  assert_string_equal(vf_ctx_profile(ctx), "default");
  assert_string_equal(vf_profile_name(0), "default");
  assert_null(vf_profile_name(vf_profile_count()));
  assert_string_equal(vf_unit_name(VF_UNIT_RATIO), "ratio");
  assert_null(vf_unit_name((vf_unit)0));
}

static const char next_g[] =
  "# next year's G before a new release\n"
  "name,valid_from,value,unit,source\n"
  "g,2027-05-01,135000,nok_per_year,\"test value, not real\"\r\n"
  "\n"
  "g,2028-05-01,140000.50,nok_per_year,test\n";

static void override_merges_and_changes_id(void **state) {
  vf_ctx *base = *state, *ctx;
  assert_int_equal(vf_ctx_clone(&ctx, base, NULL), VF_OK);
  char id0[17];
  strcpy(id0, vf_ctx_params_id(ctx));
  assert_string_equal(id0, vf_ctx_params_id(base));
  vf_error e;
  assert_int_equal(vf_ctx_load_params_text(ctx, next_g, strlen(next_g), "next.csv", &e), VF_OK);
  assert_int_equal(money(ctx, "g", D(2027, 4, 30)), 13654900);
  assert_int_equal(money(ctx, "g", D(2027, 5, 1)), 13500000);
  assert_int_equal(money(ctx, "g", D(2028, 5, 1)), 14000050);
  vf_param_value v;
  assert_int_equal(vf_param_get(ctx, "g", D(2027, 6, 1), &v, NULL), VF_OK);
  assert_string_equal(v.source, "test value, not real");
  assert_string_not_equal(id0, vf_ctx_params_id(ctx));
  /* the base is untouched */
  assert_int_equal(money(base, "g", D(2027, 4, 30)), 13654900);
  assert_string_equal(id0, vf_ctx_params_id(base));
  /* same date replaces */
  assert_int_equal(vf_ctx_set_param(ctx, "g", D(2027, 5, 1), 13600000, 1, "replaced", &e), VF_OK);
  assert_int_equal(money(ctx, "g", D(2027, 5, 1)), 13600000);
  /* 2027-05-01 took the place of the table's gap row of that date; 2028 was added */
  assert_int_equal(vf_param_entry_count(ctx, "g"), vf_param_entry_count(base, "g") + 1);
  /* freeing the base leaves the clone valid */
  vf_ctx *base2, *c2;
  assert_int_equal(vf_ctx_new(&base2, "default", NULL), VF_OK);
  assert_int_equal(vf_ctx_clone(&c2, base2, NULL), VF_OK);
  vf_ctx_free(base2);
  assert_int_equal(money(c2, "g", D(2024, 5, 1)), 12402800);
  vf_ctx_free(c2);
  vf_ctx_free(ctx);
}

typedef struct bad_case {
  const char *text;
  vf_status status;
  int line;
  const char *field;
  const char *message_part;
} bad_case;

static void malformed_files_rejected_whole(void **state) {
  vf_ctx *ctx;
  assert_int_equal(vf_ctx_clone(&ctx, *state, NULL), VF_OK);
  const char *id0 = vf_param_count(ctx) ? vf_ctx_params_id(*state) : "";
  static const bad_case cases[] = {
    {"", VF_E_PARSE, 1, "", "header line"},
    {"name,valid_from,value\n", VF_E_PARSE, 1, "", "header must be"},
    {"name,valid_from,value,unit,source\ng,2026-05-01,1,nok_per_year\n", VF_E_PARSE, 2, "", "expected 5 fields"},
    {"name,valid_from,value,unit,source\nG!,2026-05-01,1,nok_per_year,x\n", VF_E_PARSE, 2, "name", "not a parameter name"},
    {"name,valid_from,value,unit,source\ng,2026-02-30,1,nok_per_year,x\n", VF_E_DATE, 2, "valid_from", "February 2026 has 28 days"},
    {"name,valid_from,value,unit,source\ng,2026-05-01,1,nok_per_week,x\n", VF_E_UNKNOWN_CODE, 2, "unit", "unknown unit 'nok_per_week'"},
    {"name,valid_from,value,unit,source\ng,2026-05-01,12 000,nok_per_year,x\n", VF_E_PARSE, 2, "value", "not an amount"},
    {"name,valid_from,value,unit,source\ng,2026-05-01,-1,nok_per_year,x\n", VF_E_RANGE, 2, "value", "negative amount"},
    {"name,valid_from,value,unit,source\ng,2026-05-01,1,nok_per_year,\n", VF_E_PARSE, 2, "source", "cite its source"},
    {"name,valid_from,value,unit,source\ng,2026-05-01,1,nok_per_month,x\n", VF_E_INVALID_ARG, 2, "unit", "is in nok_per_year"},
    {"name,valid_from,value,unit,source\nnew.thing,2026-05-01,1,count,x\n", VF_E_NOT_FOUND, 2, "name", "unknown parameter 'new.thing'"},
    {"name,valid_from,value,unit,source\ng,2026-05-01,1,nok_per_year,x\ng,2026-05-01,2,nok_per_year,x\n", VF_E_DUPLICATE, 3, "valid_from", "not after the previous row"},
    {"name,valid_from,value,unit,source\ng,2026-05-01,1,nok_per_year,\"x\n", VF_E_PARSE, 2, "", "not closed"},
    {"name,valid_from,value,unit,source\ng,2026-05-01,1,nok_per_year,\"x\"y\n", VF_E_PARSE, 2, "", "after the closing quote"},
    {"name,valid_from,value,unit,source\ng,2026-05-01,1,nok_per_year,a\"b\n", VF_E_PARSE, 2, "", "stray quote"},
    {"name,valid_from,value,unit,source\ng,2026-05-01,1,nok_per_year,Bj\xf8rn\n", VF_E_PARSE, 2, "", "not valid UTF-8"},
  };
  /* A valid first row followed by a bad one: nothing may be half-loaded. */
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char text[512];
    snprintf(text, sizeof text, "%s", cases[i].text);
    vf_error e;
    memset(&e, 0, sizeof e);
    vf_status s = vf_ctx_load_params_text(ctx, text, strlen(text), "bad.csv", &e);
    if (s != cases[i].status || e.line != cases[i].line || strcmp(e.field, cases[i].field) ||
        !strstr(e.message, cases[i].message_part))
      fail_msg("case %zu: status %d line %d field '%s' message '%s'", i, s, e.line, e.field, e.message);
    assert_string_equal(vf_ctx_params_id(ctx), id0);
  }
  static const char half[] = "name,valid_from,value,unit,source\n"
                             "g,2026-05-01,135000,nok_per_year,ok\n"
                             "g,2027-05-01,abc,nok_per_year,bad\n";
  vf_error e;
  assert_int_equal(vf_ctx_load_params_text(ctx, half, strlen(half), "half.csv", &e), VF_E_PARSE);
  assert_int_equal(e.line, 3);
  assert_non_null(strstr(e.message, "half.csv:3: value"));
  assert_int_equal(money(ctx, "g", D(2026, 6, 1)), 13654900);
  vf_ctx_free(ctx);
}

static void ratios_counts_and_set_param_errors(void **state) {
  vf_ctx *ctx;
  assert_int_equal(vf_ctx_clone(&ctx, *state, NULL), VF_OK);
  /* find a ratio parameter, if the tables define one, and set 2/3 exactly */
  const char *ratio = NULL;
  for (size_t i = 0; i < vf_param_count(ctx) && !ratio; i++) {
    vf_param_value v;
    const char *n = vf_param_name(ctx, i);
    if (!vf_param_entry(ctx, n, 0, &v, NULL) && v.unit == VF_UNIT_RATIO) ratio = n;
  }
  vf_error e;
  if (ratio) {
    char text[256];
    snprintf(text, sizeof text, "name,valid_from,value,unit,source\n%s,2030-01-01,2/3,ratio,t\n"
             "%s,2031-01-01,0.80,ratio,t\n%s,2032-01-01,1.5/2,ratio,t\n", ratio, ratio, ratio);
    assert_int_equal(vf_ctx_load_params_text(ctx, text, strlen(text), "r.csv", &e), VF_E_PARSE);
    assert_int_equal(e.line, 4);
    snprintf(text, sizeof text, "name,valid_from,value,unit,source\n%s,2030-01-01,2/3,ratio,t\n"
             "%s,2031-01-01,0.80,ratio,t\n", ratio, ratio);
    assert_int_equal(vf_ctx_load_params_text(ctx, text, strlen(text), "r.csv", &e), VF_OK);
    vf_param_value v;
    assert_int_equal(vf_param_get(ctx, ratio, D(2030, 6, 1), &v, NULL), VF_OK);
    assert_int_equal(v.num, 2); assert_int_equal(v.den, 3);
    assert_int_equal(vf_param_get(ctx, ratio, D(2031, 6, 1), &v, NULL), VF_OK);
    assert_int_equal(v.num, 4); assert_int_equal(v.den, 5);
    assert_int_equal(vf_param_money(ctx, ratio, D(2031, 6, 1), &(vf_money){0}, &e), VF_E_INVALID_ARG);
    assert_int_equal(vf_ctx_set_param(ctx, ratio, D(2033, 1, 1), 1, 0, "x", &e), VF_E_RANGE);
  }
  assert_int_equal(vf_ctx_set_param(ctx, "g", D(2026, 5, 1), -1, 1, "x", &e), VF_E_RANGE);
  assert_int_equal(vf_ctx_set_param(ctx, "g", D(2026, 5, 1), 1, 2, "x", &e), VF_E_RANGE);
  assert_int_equal(vf_ctx_set_param(ctx, "g", D(2026, 5, 1), 1, 1, "", &e), VF_E_INVALID_ARG);
  assert_string_equal(e.field, "source");
  assert_int_equal(vf_ctx_set_param(ctx, "g", D(2026, 2, 31), 1, 1, "x", &e), VF_E_DATE);
  assert_int_equal(vf_ctx_set_param(ctx, "gg", D(2026, 5, 1), 1, 1, "x", &e), VF_E_NOT_FOUND);
  assert_int_equal(vf_ctx_set_param(NULL, "g", D(2026, 5, 1), 1, 1, "x", &e), VF_E_INVALID_ARG);
  vf_ctx_free(ctx);
}

static void gaps_are_not_values(void **state) {
  vf_ctx *ctx;
  assert_int_equal(vf_ctx_clone(&ctx, *state, NULL), VF_OK);
  static const char text[] = "name,valid_from,value,unit,source\n"
                             "g,2026-05-01,unknown,nok_per_year,not yet decided\n"
                             "g,2027-05-01,140000,nok_per_year,test\n";
  vf_error e;
  assert_int_equal(vf_ctx_load_params_text(ctx, text, strlen(text), "gap.csv", &e), VF_OK);
  vf_money m;
  assert_int_equal(vf_param_money(ctx, "g", D(2026, 4, 30), &m, &e), VF_OK);
  assert_int_equal(m, 13016000);
  assert_int_equal(vf_param_money(ctx, "g", D(2026, 5, 1), &m, &e), VF_E_NO_VALUE);
  assert_string_equal(e.message, "parameter 'g' has no sourced value on 2026-05-01 (unknown from "
                      "2026-05-01: not yet decided)");
  assert_int_equal(vf_param_money(ctx, "g", D(2027, 5, 1), &m, &e), VF_OK);
  assert_int_equal(m, 14000000);
  vf_param_value v;
  size_t n = vf_param_entry_count(ctx, "g");
  assert_int_equal(vf_param_entry(ctx, "g", n - 2, &v, &e), VF_OK);
  assert_int_equal(v.known, 0);
  assert_int_equal(vf_param_entry(ctx, "g", n - 1, &v, &e), VF_OK);
  assert_int_equal(v.known, 1);
  vf_ctx_free(ctx);
}

static void files_and_profiles(void **state) {
  vf_ctx *ctx;
  assert_int_equal(vf_ctx_clone(&ctx, *state, NULL), VF_OK);
  vf_error e;
  char path[256];
  snprintf(path, sizeof path, "%s/g_2026.csv", VF_TEST_DATA);
  assert_int_equal(vf_ctx_load_params_file(ctx, path, &e), VF_OK);
  assert_int_equal(money(ctx, "g", D(2026, 5, 1)), 13500000);
  assert_int_equal(vf_ctx_load_params_file(ctx, "/nonexistent/p.csv", &e), VF_E_IO);
  assert_non_null(strstr(e.message, "/nonexistent/p.csv: cannot open"));
  assert_int_equal(vf_ctx_load_params_file(NULL, path, &e), VF_E_INVALID_ARG);
  vf_ctx *p;
  assert_int_equal(vf_ctx_new(&p, "atlantis", &e), VF_E_NOT_FOUND);
  assert_string_equal(e.field, "profile");
  /* the message lists the profiles there are: default first, then the embedded ones */
  assert_non_null(strstr(e.message, "unknown municipality profile 'atlantis' (one of: default, "));
  assert_non_null(strstr(e.message, "bergen"));
  assert_int_equal(vf_ctx_new(NULL, NULL, &e), VF_E_INVALID_ARG);
  for (size_t i = 0; i < vf_profile_count(); i++) {
    assert_int_equal(vf_ctx_new(&p, vf_profile_name(i), &e), VF_OK);
    assert_string_equal(vf_ctx_profile(p), vf_profile_name(i));
    vf_ctx_free(p);
  }
  assert_int_equal(vf_ctx_clone(NULL, ctx, &e), VF_E_INVALID_ARG);
  vf_ctx_free(NULL);
  vf_ctx_free(ctx);
}

static void status_texts_and_version(void **state) {
  (void)state;
  for (int s = VF_OK; s <= VF_E_INCONSISTENT; s++) {
    assert_non_null(vf_strerror((vf_status)s));
    assert_string_not_equal(vf_strerror((vf_status)s), "unknown status");
  }
  assert_string_equal(vf_strerror((vf_status)999), "unknown status");
  assert_string_equal(vf_version(), VF_VERSION_STRING);
  assert_int_equal(vf_version_number(), VF_VERSION_NUMBER);
  assert_true(VF_AT_LEAST_VERSION(0, 1, 0));
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(g_by_date), cmocka_unit_test(listing),
    cmocka_unit_test(override_merges_and_changes_id),
    cmocka_unit_test(malformed_files_rejected_whole),
    cmocka_unit_test(ratios_counts_and_set_param_errors),
    cmocka_unit_test(gaps_are_not_values),
    cmocka_unit_test(files_and_profiles), cmocka_unit_test(status_texts_and_version)};
  return cmocka_run_group_tests(tests, setup, teardown);
}
