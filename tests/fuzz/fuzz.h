/* Shared by the fuzz harnesses. Each harness defines LLVMFuzzerTestOneInput
 * and checks invariants with FZ_CHECK: a violated invariant aborts, which
 * libFuzzer reports as a crash just like a sanitizer finding. */
#ifndef VELFERD_FUZZ_H
#define VELFERD_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "velferd/velferd.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FZ_CHECK(cond)                                                          \
  do {                                                                          \
    if (!(cond)) {                                                              \
      fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond); \
      abort();                                                                  \
    }                                                                           \
  } while (0)

/* The input as a NUL-terminated string the caller frees. */
static inline char *fz_str(const uint8_t *data, size_t size) {
  char *s = malloc(size + 1);
  FZ_CHECK(s != NULL);
  if (size) memcpy(s, data, size);
  s[size] = '\0';
  return s;
}

/* Takes n bytes from the front of the input as an integer (0 if exhausted). */
static inline uint64_t fz_take(const uint8_t **data, size_t *size, size_t n) {
  uint64_t v = 0;
  for (size_t i = 0; i < n && *size; i++, (*data)++, (*size)--) v = (v << 8) | **data;
  return v;
}

/* Records of a CSV text after its header line, counted without the CSV
 * reader: lines that are not blank (a trailing CR does not count), after a
 * leading byte-order mark; with @p comments, lines starting with '#' do not
 * count either. Every reader must return or reject exactly this many rows. */
static inline size_t fz_csv_records(const uint8_t *s, size_t n, int comments) {
  if (n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3)) { s += 3; n -= 3; }
  size_t count = 0;
  int header = 1;
  for (size_t i = 0; i < n;) {
    const uint8_t *eol = memchr(s + i, '\n', n - i);
    size_t end = eol ? (size_t)(eol - s) : n, len = end - i;
    if (len && s[end - 1] == '\r') len--;
    if (len && !(comments && s[i] == '#')) {
      if (header) header = 0;
      else count++;
    }
    i = end + 1;
  }
  return count;
}

/* An error record filled by a failing call must be NUL-terminated, name a
 * status equal to the returned one, and carry a message. */
static inline void fz_check_error(vf_status st, const vf_error *e) {
  if (st == VF_OK) return;
  FZ_CHECK(e->status == st);
  FZ_CHECK(memchr(e->message, '\0', sizeof e->message) != NULL);
  FZ_CHECK(memchr(e->field, '\0', sizeof e->field) != NULL);
  FZ_CHECK(e->message[0] != '\0');
}

#endif
