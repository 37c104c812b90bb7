/* Defect 6 of issue 15: duplicate members of a JSON object were found by
 * comparing each name with every earlier one, so an object of 80 000 members
 * (868 KB) took 44 s. They are now found by sorting the names once. This test
 * parses such objects (1.3 MB, about 0.08 s each in an ordinary build; the
 * old check took 12 s on the same machine) and checks that the duplicate
 * check costs about as much as the parse, not hundreds of times more; its
 * ctest TIMEOUT (tests/CMakeLists.txt) stops a quadratic parser too. */
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

/* {"m0": 0, "m1": 1, ...} of @p members members, with member `dup` (if less)
 * named as member 0, one member per line after the "{" line. */
static char *object_of(int members, int dup, size_t *len) {
  size_t cap = (size_t)members * 24 + 16, n = 0;
  char *s = malloc(cap);
  assert_non_null(s);
  n += (size_t)snprintf(s + n, cap - n, "{\n");
  for (int i = 0; i < members; i++)
    n += (size_t)snprintf(s + n, cap - n, "\"m%d\": %d%s\n", i == dup ? 0 : i, i,
                          i + 1 < members ? "," : "");
  n += (size_t)snprintf(s + n, cap - n, "}");
  *len = n;
  return s;
}

static char *object(int dup, size_t *len) { return object_of(MEMBERS, dup, len); }

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

/* Best of three parse times of @p text. */
static double parse_time(const char *text, size_t len) {
  double best = 1e9;
  for (int k = 0; k < 3; k++) {
    vfi_json *v = NULL;
    double t0 = seconds();
    assert_int_equal(vfi_json_parse(text, len, "t.json", &v, NULL), VF_OK);
    double t = seconds() - t0;
    if (t < best) best = t;
    vfi_json_free(v);
  }
  return best;
}

/* The object against an array of the same tokens (["m0", 0, "m1", 1, ...]):
 * the parse work is the same but for the duplicate check. Sorting the names
 * costs about as much again as the parse (ratio 1-3 measured); comparing each
 * name with every earlier one cost 500 times the parse. A ratio, unlike a
 * time, does not depend on the machine or on valgrind; 20 leaves room for
 * noise on either side. */
static void duplicate_check_costs_little(void **state) {
  (void)state;
  size_t olen, alen = 0;
  char *obj = object(MEMBERS, &olen);
  char *arr = malloc(olen + 1);
  assert_non_null(arr);
  for (size_t i = 0; i < olen; i++) /* same bytes: '{' '}' ':' become '[' ']' ',' */
    arr[alen++] = obj[i] == '{' ? '[' : obj[i] == '}' ? ']' : obj[i] == ':' ? ',' : obj[i];
  double to = parse_time(obj, olen), ta = parse_time(arr, alen);
  printf("# %d members: object %.4f s, array of the same tokens %.4f s, ratio %.1f\n", MEMBERS,
         to, ta, to / ta);
  assert_true(to < 20 * ta);
  free(obj);
  free(arr);
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
    cmocka_unit_test(duplicate_check_costs_little),
    cmocka_unit_test(duplicate_found_and_placed),
    cmocka_unit_test(client_reader_large_object),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
