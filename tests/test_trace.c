/* Traces: life cycle, accessors, and the text and JSON renderers
 * (snprintf-style buffers, escaping, truncation). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "velferd/velferd.h"

static void ok(vf_status s, const vf_error *e) {
  if (s != VF_OK) fail_msg("status %d: %s", (int)s, e->message);
}

/* A traced calculation: single person, 2021-06, rent 5 000.50, no income.
 * 6 450 + 5 000.50 = 11 450.50 */
static vf_trace *traced(vf_ctx **ctx_out) {
  vf_error e;
  vf_ctx *ctx;
  vf_client *c;
  vf_trace *t;
  ok(vf_ctx_new(&ctx, NULL, &e), &e);
  ok(vf_client_new(&c, &e), &e);
  ok(vf_trace_new(&t, &e), &e);
  ok(vf_client_set_housing(c, VF_HOUSING_RENT, 500050, &e), &e);
  vf_assistance_result r;
  ok(vf_assistance_month(ctx, c, 2021, 6, &r, t, &e), &e);
  assert_int_equal(r.assistance, 1145050);
  vf_client_free(c);
  *ctx_out = ctx;
  return t;
}

static void empty_and_null(void **state) {
  (void)state;
  vf_trace *t;
  vf_error e;
  assert_int_equal(vf_trace_new(NULL, &e), VF_E_INVALID_ARG);
  ok(vf_trace_new(&t, &e), &e);
  assert_int_equal(vf_trace_step_count(t), 0);
  vf_trace_info info;
  ok(vf_trace_get_info(t, &info, &e), &e);
  assert_string_equal(info.calculation, "");
  assert_string_equal(info.rules, "");
  vf_trace_step s;
  assert_int_equal(vf_trace_get_step(t, 0, &s, &e), VF_E_RANGE);
  assert_string_equal(e.field, "step");
  char buf[256];
  assert_true(vf_trace_to_json(t, buf, sizeof buf) > 0);
  assert_non_null(strstr(buf, "\"steps\":[]"));
  vf_trace_free(t);
  vf_trace_free(NULL);
  vf_trace_clear(NULL);
  assert_int_equal(vf_trace_step_count(NULL), 0);
  assert_int_equal(vf_trace_to_text(NULL, buf, sizeof buf), 0);
  assert_string_equal(buf, "");
  assert_int_equal(vf_trace_get_info(NULL, &info, &e), VF_E_INVALID_ARG);
}

static void accessors_range(void **state) {
  (void)state;
  vf_ctx *ctx;
  vf_trace *t = traced(&ctx);
  vf_error e;
  size_t n = vf_trace_step_count(t);
  assert_int_equal(n, 7); /* household, norm, housing, income, ordinary, rule80.check, result */
  vf_trace_step s;
  ok(vf_trace_get_step(t, 1, &s, &e), &e);
  assert_string_equal(s.rule, "assistance.norm");
  assert_string_equal(s.version, "assistance/1");
  assert_int_equal(s.amount, 645000);
  vf_trace_param p;
  assert_int_equal(vf_trace_get_param(t, 1, s.param_count, &p, &e), VF_E_RANGE);
  vf_trace_value v;
  assert_int_equal(vf_trace_get_value(t, n, 0, &v, &e), VF_E_RANGE);
  /* the trace keeps its own copies: still readable after the context is gone */
  vf_ctx_free(ctx);
  ok(vf_trace_get_param(t, 1, 1, &p, &e), &e);
  assert_string_equal(p.name, "guideline.single");
  assert_true(strstr(p.source, "6450") != NULL);
  vf_trace_clear(t);
  assert_int_equal(vf_trace_step_count(t), 0);
  vf_trace_free(t);
}

/* Minimal JSON well-formedness: balanced brackets outside strings, valid escapes. */
static void assert_json_shape(const char *s) {
  int depth = 0, in_str = 0;
  for (const char *p = s; *p; p++) {
    unsigned char ch = (unsigned char)*p;
    if (in_str) {
      assert_true(ch >= 0x20);
      if (ch == '\\') {
        p++;
        assert_non_null(strchr("\"\\/bfnrtu", *p));
      } else if (ch == '"') {
        in_str = 0;
      }
    } else if (ch == '"') {
      in_str = 1;
    } else if (ch == '{' || ch == '[') {
      depth++;
    } else if (ch == '}' || ch == ']') {
      assert_true(--depth >= 0);
    }
  }
  assert_false(in_str);
  assert_int_equal(depth, 0);
}

static void renderers(void **state) {
  (void)state;
  vf_ctx *ctx;
  vf_trace *t = traced(&ctx);
  size_t n = vf_trace_to_text(t, NULL, 0);
  char *text = malloc(n + 1);
  assert_non_null(text);
  assert_int_equal(vf_trace_to_text(t, text, n + 1), n);
  assert_int_equal(strlen(text), n);
  assert_non_null(strstr(text, "Housing costs: 5000.50 kr"));
  assert_non_null(strstr(text, "Economic assistance for the month: 11450.50 kr"));
  assert_non_null(strstr(text, vf_ctx_params_id(ctx)));
  assert_non_null(strstr(text, "guideline.single = 6450.00 nok_per_month (valid from 2021-01-01"));
  /* truncation: same return value, NUL-terminated prefix */
  char small[40];
  assert_int_equal(vf_trace_to_text(t, small, sizeof small), n);
  assert_int_equal(strlen(small), sizeof small - 1);
  assert_memory_equal(small, text, sizeof small - 1);
  free(text);

  size_t m = vf_trace_to_json(t, NULL, 0);
  char *json = malloc(m + 1);
  assert_non_null(json);
  assert_int_equal(vf_trace_to_json(t, json, m + 1), m);
  assert_json_shape(json);
  assert_non_null(strstr(json, "\"rules\":[\"assistance/1\",\"rule80/1\"]"));
  assert_non_null(strstr(json, "\"amount_ore\":1145050,\"amount\":\"11450.50\""));
  assert_non_null(strstr(json, "\"name\":\"guideline.single\",\"unit\":\"nok_per_month\","
                               "\"num\":645000,\"den\":1,\"value\":\"6450.00\","
                               "\"valid_from\":\"2021-01-01\""));
  char lib[64];
  snprintf(lib, sizeof lib, "\"library_version\":\"%s\"", vf_version());
  assert_non_null(strstr(json, lib));
  free(json);
  vf_trace_free(t);

  vf_error e;
  ok(vf_ctx_set_param(ctx, "guideline.single", (vf_date){2021, 1, 1}, 645000, 1,
                      "a \"quoted\"\tsource\\", &e), &e);
  vf_client *c;
  ok(vf_client_new(&c, &e), &e);
  ok(vf_trace_new(&t, &e), &e);
  vf_assistance_result r;
  ok(vf_assistance_month(ctx, c, 2021, 6, &r, t, &e), &e);
  m = vf_trace_to_json(t, NULL, 0);
  json = malloc(m + 1);
  assert_non_null(json);
  vf_trace_to_json(t, json, m + 1);
  assert_json_shape(json);
  assert_non_null(strstr(json, "\"source\":\"a \\\"quoted\\\"\\tsource\\\\\""));
  free(json);
  vf_trace_free(t);
  vf_client_free(c);
  vf_ctx_free(ctx);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(empty_and_null),
    cmocka_unit_test(accessors_range),
    cmocka_unit_test(renderers),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
