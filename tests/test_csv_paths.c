/* The shared CSV reader has a fast path (a plain ASCII line without quotes or
 * carriage returns is cut at its commas) and the general RFC 4180 path, and
 * reads either a text in memory or a file a chunk at a time (issue 21). Both
 * choices must be invisible: for valid and corrupted texts (stray quotes,
 * doubled and deleted commas and line breaks, random bytes, CRs, UTF-8) every
 * call must give the same result, line, fields and message whichever path and
 * whatever the chunk size, down to chunks of one byte, where every line
 * crosses a chunk boundary. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "parse/csv.h"

static char dir[64];

static uint64_t rng = 0x2545F4914F6CDD1Du; /* fixed seed: the same texts every run */
static uint64_t next(void) {
  rng ^= rng >> 12;
  rng ^= rng << 25;
  rng ^= rng >> 27;
  return rng * 2685821657736338717u;
}
static size_t below(size_t n) { return n ? (size_t)(next() % n) : 0; }

/* What one call of vfi_csv_next gave, as text. */
static void record(vfi_csv *r, char *out, size_t size) {
  vf_error e;
  memset(&e, 0, sizeof e);
  int rc = vfi_csv_next(r, &e);
  int n = snprintf(out, size, "%d|%d|", rc, rc ? r->line : 0);
  if (rc == 1) {
    for (size_t i = 0; i < r->nfields && (size_t)n < size; i++)
      n += snprintf(out + n, size - (size_t)n, "[%s]", r->fields[i]);
  } else if (rc < 0) {
    snprintf(out + n, size - (size_t)n, "%d %d %s %s", (int)e.status, r->fatal, e.field,
             e.message);
  }
}

/* All calls over a text until the end, one string per call, joined. */
static char *all_records(vfi_csv *r) {
  size_t cap = 1 << 16, len = 0;
  char *all = malloc(cap), one[2048];
  assert_non_null(all);
  all[0] = '\0';
  for (int calls = 0;; calls++) {
    assert_true(calls < 100000);
    record(r, one, sizeof one);
    size_t n = strlen(one);
    if (len + n + 2 > cap) {
      cap = 2 * (len + n + 2);
      all = realloc(all, cap);
      assert_non_null(all);
    }
    memcpy(all + len, one, n);
    len += n;
    all[len++] = '\n';
    all[len] = '\0';
    if (one[0] == '0' || r->fatal) break;
  }
  return all;
}

static const char *to_file(const char *s, size_t n) {
  static char path[128];
  snprintf(path, sizeof path, "%s/t.csv", dir);
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  assert_int_equal(fwrite(s, 1, n, f), n);
  assert_int_equal(fclose(f), 0);
  return path;
}

static const char base[] =
  "\xEF\xBB\xBFid,birth_date,gender,amount,kind\n"
  "A-1,1990-05-01,female,5000.00,grant\n"
  "\"B,2\",1961-11-30,male,\"1 200,50\",loan\n"
  "\n"
  "C-3,,unknown,0,grant\r\n"
  "\"D \"\"4\"\"\",1975-01-01,female,12,grant\n"
  "\xC3\x98ystein,2000-02-29,male,7,loan\n"
  "E-5,1950-06-15,female,1,grant";

/* One random edit. */
static void corrupt(char *s, size_t *n, size_t cap) {
  static const char bytes[] = "\",\n\r\t\x00\xEF\xBB\xBF\xC3\x98\xFF a1-.#";
  size_t at = below(*n + 1);
  int kind = (int)below(4);
  if (kind < 2 && *n + 1 < cap) { /* insert */
    memmove(s + at + 1, s + at, *n - at);
    s[at] = kind ? (char)(next() & 0xFF) : bytes[below(sizeof bytes - 1)];
    (*n)++;
  } else if (kind == 2 && at < *n) { /* delete */
    memmove(s + at, s + at + 1, *n - at - 1);
    (*n)--;
  } else if (at < *n) {
    s[at] = bytes[below(sizeof bytes - 1)];
  }
}

static void paths_agree(void **state) {
  (void)state;
  char s[512];
  size_t diffs = 0, fast_lines = 0;
  for (int round = 0; round < 3000; round++) {
    size_t n = sizeof base - 1;
    memcpy(s, base, n);
    if (round) /* round 0: the valid text */
      for (int k = 1 + (int)below(5); k > 0; k--) corrupt(s, &n, sizeof s);
    bool comments = round & 1;
    vfi_csv a, b;
    vfi_csv_init(&a, s, n, "t.csv", comments);
    vfi_csv_init(&b, s, n, "t.csv", comments);
    b.general_only = true;
    char *fast = all_records(&a), *general = all_records(&b);
    if (strcmp(fast, general)) {
      diffs++;
      print_message("round %d: fast\n%s\ngeneral\n%s\n", round, fast, general);
    }
    fast_lines += strlen(fast) > 0;
    vfi_csv_free(&a);
    vfi_csv_free(&b);
    /* The same text from a file, a chunk at a time: the same calls. Messages
     * name the path, so the in-memory reader is given the path as its name. */
    const char *path = to_file(s, n);
    vfi_csv m;
    vfi_csv_init(&m, s, n, path, comments);
    char *mem = all_records(&m);
    vfi_csv_free(&m);
    size_t chunk = round % 3 == 0 ? 1 : round % 3 == 1 ? 1 + below(40) : 1 << 20;
    vfi_csv f;
    vf_error e;
    assert_int_equal(vfi_csv_open(&f, path, 1 << 20, comments, &e), VF_OK);
    f.chunk_min = chunk;
    f.general_only = round & 2;
    char *file = all_records(&f);
    vfi_csv_free(&f);
    if (strcmp(mem, file)) {
      diffs++;
      print_message("round %d, chunk %zu: memory\n%s\nfile\n%s\n", round, chunk, mem, file);
    }
    free(fast);
    free(general);
    free(mem);
    free(file);
  }
  assert_int_equal(diffs, 0);
  assert_true(fast_lines > 0);
}

/* The valid text, by hand: the fields the two paths must both give. */
static void known_fields(void **state) {
  (void)state;
  for (int general = 0; general < 2; general++) {
    vfi_csv r;
    vf_error e;
    vfi_csv_init(&r, base, sizeof base - 1, "t.csv", false);
    r.general_only = general;
    char one[512];
    record(&r, one, sizeof one);
    assert_string_equal(one, "1|1|[id][birth_date][gender][amount][kind]");
    record(&r, one, sizeof one);
    assert_string_equal(one, "1|2|[A-1][1990-05-01][female][5000.00][grant]");
    record(&r, one, sizeof one);
    assert_string_equal(one, "1|3|[B,2][1961-11-30][male][1 200,50][loan]");
    record(&r, one, sizeof one); /* line 4 is blank */
    assert_string_equal(one, "1|5|[C-3][][unknown][0][grant]");
    record(&r, one, sizeof one);
    assert_string_equal(one, "1|6|[D \"4\"][1975-01-01][female][12][grant]");
    record(&r, one, sizeof one);
    assert_string_equal(one, "1|7|[\xC3\x98ystein][2000-02-29][male][7][loan]");
    record(&r, one, sizeof one);
    assert_string_equal(one, "1|8|[E-5][1950-06-15][female][1][grant]");
    assert_int_equal(vfi_csv_next(&r, &e), 0);
    vfi_csv_free(&r);
  }
}

/* A regular file over the limit is refused before reading; a line longer than
 * the chunk makes the chunk grow. */
static void file_limits(void **state) {
  (void)state;
  const char *path = to_file(base, sizeof base - 1);
  vfi_csv r;
  vf_error e;
  assert_int_equal(vfi_csv_open(&r, path, sizeof base - 2, false, &e), VF_E_RANGE);
  assert_non_null(strstr(e.message, "longer than"));
  vfi_csv_free(&r);
  assert_int_equal(vfi_csv_open(&r, path, sizeof base - 1, false, &e), VF_OK);
  r.chunk_min = 4; /* every line is longer */
  for (int i = 0; i < 7; i++) assert_int_equal(vfi_csv_next(&r, &e), 1);
  assert_string_equal(r.fields[0], "E-5");
  assert_int_equal(r.line, 8);
  assert_int_equal(vfi_csv_next(&r, &e), 0);
  vfi_csv_free(&r);
  assert_int_equal(vfi_csv_open(&r, "/nonexistent/t.csv", 100, false, &e), VF_E_IO);
  vfi_csv_free(&r);
}

static int setup(void **state) {
  (void)state;
  snprintf(dir, sizeof dir, "/tmp/velferd-csvpaths.XXXXXX");
  return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state) {
  (void)state;
  char p[128];
  snprintf(p, sizeof p, "%s/t.csv", dir);
  unlink(p);
  rmdir(dir);
  return 0;
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(known_fields),
    cmocka_unit_test(paths_agree),
    cmocka_unit_test(file_limits),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
