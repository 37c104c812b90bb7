/* Defect 6 of issue 15: duplicate members of a JSON object were found by
 * comparing each name with every earlier one, so an object of 80 000 members
 * (868 KB) took 44 s. They are now found by sorting the names once. This test
 * parses such objects; its ctest TIMEOUT (tests/CMakeLists.txt, 60 s, for
 * valgrind) fails a quadratic parser, and the time of each parse is printed
 * (about 0.08 s in an ordinary build, 1.3 MB). */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "parse/json.h"

enum { MEMBERS = 80000 };

/* {"m0": 0, "m1": 1, ...} with member `dup` (if < MEMBERS) named as member 0,
 * one member per line after the "{" line. */
static char *object(int dup, size_t *len) {
  size_t cap = (size_t)MEMBERS * 24 + 16, n = 0;
  char *s = malloc(cap);
  assert_non_null(s);
  n += (size_t)snprintf(s + n, cap - n, "{\n");
  for (int i = 0; i < MEMBERS; i++)
    n += (size_t)snprintf(s + n, cap - n, "\"m%d\": %d%s\n", i == dup ? 0 : i, i,
                          i + 1 < MEMBERS ? "," : "");
  n += (size_t)snprintf(s + n, cap - n, "}");
  *len = n;
  return s;
}

static double seconds(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void large_object_parses(void **state) {
  (void)state;
  size_t len;
  char *s = object(MEMBERS, &len);
  vfi_json *v = NULL;
  vf_error e;
  double t0 = seconds();
  assert_int_equal(vfi_json_parse(s, len, "big.json", &v, &e), VF_OK);
  printf("# %d members, %zu bytes: parsed in %.3f s\n", MEMBERS, len, seconds() - t0);
  assert_int_equal(v->n, MEMBERS);
  assert_string_equal(v->keys[MEMBERS - 1], "m79999");
  assert_string_equal(v->items[MEMBERS - 1].text, "79999");
  vfi_json_free(v);
  free(s);
}

/* The repeat is reported where it stands: member 50 000 is on line 50 002
 * (line 1 is "{"), its name at column 1. With two repeats the first in the
 * file is named. */
static void duplicate_found_and_placed(void **state) {
  (void)state;
  size_t len;
  char *s = object(50000, &len);
  vfi_json *v = NULL;
  vf_error e;
  double t0 = seconds();
  assert_int_equal(vfi_json_parse(s, len, "big.json", &v, &e), VF_E_PARSE);
  printf("# duplicate among %d members found in %.3f s\n", MEMBERS, seconds() - t0);
  assert_null(v);
  assert_int_equal(e.line, 50002);
  assert_string_equal(e.message, "big.json:50002:1: duplicate member \"m0\"");
  free(s);
  const char *two = "{\"b\": 1, \"a\": 2,\n \"b\": 3, \"a\": 4}";
  assert_int_equal(vfi_json_parse(two, strlen(two), "t.json", &v, &e), VF_E_PARSE);
  assert_string_equal(e.message, "t.json:2:2: duplicate member \"b\"");
  /* Nested objects are checked each on its own; the same name in two objects is fine. */
  const char *nested = "{\"a\": {\"x\": 1}, \"b\": {\"x\": 2, \"y\": {\"x\": 3, \"x\": 4}}}";
  assert_int_equal(vfi_json_parse(nested, strlen(nested), "n.json", &v, &e), VF_E_PARSE);
  assert_string_equal(e.message, "n.json:1:45: duplicate member \"x\"");
}

/* The client JSON reader goes through the same parser: 80 000 unknown members
 * give one error about the first, quickly. */
static void client_reader_large_object(void **state) {
  (void)state;
  size_t len;
  char *s = object(MEMBERS, &len);
  vf_client *c = NULL;
  vf_error e;
  assert_int_equal(vf_client_from_json(&c, s, len, "big.json", &e), VF_E_PARSE);
  assert_string_equal(e.field, "m0");
  free(s);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(large_object_parses),
    cmocka_unit_test(duplicate_found_and_placed),
    cmocka_unit_test(client_reader_large_object),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
