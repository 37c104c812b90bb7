/* The English explanations word for word: every hand-worked case of
 * tests/cases and the branch cases of tests/data/trace_golden/branches.json
 * are run with a trace, rendered as text and JSON, and compared byte for byte
 * with the golden files under tests/data/trace_golden/. The goldens were
 * written by the renderers as they were before traces became structured
 * (issue 17), so they prove that the English rendering did not change.
 * vf_trace_to_text_labels() with English labels (and NULL) must give the
 * same text as vf_trace_to_text(). The library version and parameter-set id are replaced by @VERSION@ and
 * @PARAMS_ID@ (they change with every release and parameter file).
 * VF_TRACE_GOLDEN_WRITE=1 rewrites the goldens (only on purpose). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "velferd/velferd.h"

typedef struct sbuf {
  char *p;
  size_t n, cap;
} sbuf;

static char *dup(const char *s) {
  char *d = malloc(strlen(s) + 1);
  assert_non_null(d);
  return strcpy(d, s);
}

static void sb_put(sbuf *b, const char *s, size_t n) {
  if (b->n + n + 1 > b->cap) {
    b->cap = (b->n + n + 1) * 2;
    b->p = realloc(b->p, b->cap);
    assert_non_null(b->p);
  }
  memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = 0;
}

/* Appends s with every `from` replaced by `to`. */
static void sb_put_replacing(sbuf *b, const char *s, const char *from, const char *to) {
  size_t fl = strlen(from);
  for (const char *h; fl && (h = strstr(s, from)); s = h + fl) {
    sb_put(b, s, (size_t)(h - s));
    sb_put(b, to, strlen(to));
  }
  sb_put(b, s, strlen(s));
}

static char *render(const vf_trace *t, size_t (*fn)(const vf_trace *, char *, size_t)) {
  size_t n = fn(t, NULL, 0);
  char *s = malloc(n + 1);
  assert_non_null(s);
  assert_int_equal(fn(t, s, n + 1), n);
  return s;
}

/* The text and JSON of every case of one file, normalised. */
static void dump_file(const char *path, sbuf *out) {
  vf_cases *cs;
  vf_error e;
  if (vf_cases_read_file(&cs, path, &e)) fail_msg("%s: %s", path, e.message);
  vf_trace *t;
  assert_int_equal(vf_trace_new(&t, &e), VF_OK);
  vf_labels *en;
  assert_int_equal(vf_labels_new(&en, "en", &e), VF_OK);
  for (size_t i = 0; i < vf_cases_count(cs); i++) {
    vf_case_result r;
    assert_int_equal(vf_case_run(cs, i, &r, t, &e), VF_OK);
    vf_trace_info info;
    assert_int_equal(vf_trace_get_info(t, &info, &e), VF_OK);
    char head[512];
    snprintf(head, sizeof head, "=== %s (status %d)\n", vf_cases_name(cs, i), (int)r.status);
    sb_put(out, head, strlen(head));
    /* the renderer in a language gives the same English from the templates */
    char *plain = render(t, vf_trace_to_text);
    size_t n = vf_trace_to_text_labels(t, en, NULL, 0);
    char *viaen = malloc(n + 1);
    assert_non_null(viaen);
    assert_int_equal(vf_trace_to_text_labels(t, en, viaen, n + 1), n);
    assert_string_equal(viaen, plain);
    assert_int_equal(vf_trace_to_text_labels(t, NULL, viaen, n + 1), n);
    assert_string_equal(viaen, plain);
    free(viaen);
    free(plain);
    char *params = dup(info.params_id);
    assert_non_null(params);
    for (int k = 0; k < 2; k++) {
      char *s = render(t, k ? vf_trace_to_json : vf_trace_to_text);
      sbuf tmp = {0};
      sb_put_replacing(&tmp, s, vf_version(), "@VERSION@");
      if (*params) sb_put_replacing(out, tmp.p, params, "@PARAMS_ID@");
      else sb_put(out, tmp.p, tmp.n);
      sb_put(out, k ? "\n" : "--- json\n", k ? 1 : 9);
      free(tmp.p);
      free(s);
    }
    free(params);
  }
  vf_labels_free(en);
  vf_trace_free(t);
  vf_cases_free(cs);
}

static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  sbuf b = {0};
  char chunk[4096];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) sb_put(&b, chunk, n);
  fclose(f);
  *len = b.n;
  return b.p ? b.p : dup("");
}

static void check_golden(const char *cases, const char *golden) {
  sbuf got = {0};
  dump_file(cases, &got);
  const char *w = getenv("VF_TRACE_GOLDEN_WRITE");
  if (w && !strcmp(w, "1")) {
    FILE *f = fopen(golden, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(got.p, 1, got.n, f), got.n);
    fclose(f);
  }
  size_t len = 0;
  char *want = slurp(golden, &len);
  if (!want) fail_msg("%s: cannot read", golden);
  if (len != got.n || memcmp(want, got.p, len)) {
    size_t i = 0, line = 1;
    while (i < len && i < got.n && want[i] == got.p[i]) line += want[i++] == '\n';
    size_t ls = i;
    while (ls > 0 && want[ls - 1] != '\n') ls--;
    fail_msg("%s differs from the golden %s at line %zu:\n want: %.200s\n got:  %.200s", cases,
             golden, line, want + ls, got.p + ls);
  }
  free(want);
  free(got.p);
}

#define GOLDEN(name, cases, golden)                                                   \
  static void name(void **state) {                                                    \
    (void)state;                                                                      \
    check_golden(VF_TEST_DATA "/" cases, VF_TEST_DATA "/trace_golden/" golden);       \
  }
GOLDEN(assistance_cases, "../cases/assistance.json", "assistance.golden")
GOLDEN(rule80_cases, "../cases/rule80.json", "rule80.golden")
GOLDEN(kvp_cases, "../cases/kvp.json", "kvp.golden")
GOLDEN(branch_cases, "trace_golden/branches.json", "branches.golden")

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(assistance_cases),
    cmocka_unit_test(rule80_cases),
    cmocka_unit_test(kvp_cases),
    cmocka_unit_test(branch_cases),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
