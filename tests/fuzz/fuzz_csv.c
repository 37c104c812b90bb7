/* The shared CSV reader (lib/csv.c) that every file format goes through:
 * records are read until the end or the first error; fields must be valid
 * NUL-terminated UTF-8 inside the reader's buffer and line numbers must grow. */
#include "csv.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  bool comments = size && (data[0] & 1);
  vfi_csv r;
  vfi_csv_init(&r, (const char *)data, size, "fuzz.csv", comments);
  vf_error e;
  int last = 0, rc;
  size_t records = 0;
  while ((rc = vfi_csv_next(&r, &e)) == 1) {
    FZ_CHECK(r.nfields >= 1);
    FZ_CHECK(r.line > last);
    last = r.line;
    for (size_t i = 0; i < r.nfields; i++) {
      size_t n = strlen(r.fields[i]);
      FZ_CHECK(r.fields[i] >= r.buf && r.fields[i] + n < r.buf + r.cap);
    }
    FZ_CHECK(++records <= size);
  }
  if (rc == -1) {
    fz_check_error(e.status, &e);
    FZ_CHECK(strncmp(e.message, "fuzz.csv:", 9) == 0 || e.status == VF_E_NOMEM);
  }
  vfi_csv_free(&r);
  return 0;
}
