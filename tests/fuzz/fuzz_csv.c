/* The shared CSV reader (lib/csv.c) that every file format goes through:
 * records are read to the end, going on after errors as the register readers
 * do in skip mode. Every call must move forward (an error that does not was
 * an endless loop, found by the register corpus); fields lie inside the
 * reader's buffer and line numbers grow; records returned + errors equal the
 * non-blank lines (issue 15: a quote must not swallow the lines after it). */
#include "parse/csv.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  bool comments = size && (data[0] & 1);
  vfi_csv r;
  vfi_csv_init(&r, (const char *)data, size, "fuzz.csv", comments);
  vf_error e;
  int last = 0, rc;
  size_t records = 0;
  for (;;) {
    const char *before = r.p;
    rc = vfi_csv_next(&r, &e);
    if (rc == 0) break;
    FZ_CHECK(r.p > before);
    FZ_CHECK(++records <= size);
    if (rc == -1) {
      fz_check_error(e.status, &e);
      FZ_CHECK(strncmp(e.message, "fuzz.csv:", 9) == 0 || e.status == VF_E_NOMEM);
      continue;
    }
    FZ_CHECK(r.nfields >= 1);
    FZ_CHECK(r.line > last);
    last = r.line;
    for (size_t i = 0; i < r.nfields; i++) {
      size_t n = strlen(r.fields[i]);
      FZ_CHECK(r.fields[i] >= r.buf && r.fields[i] + n < r.buf + r.cap);
    }
  }
  vfi_csv_free(&r);
  /* records counts the header line too */
  FZ_CHECK(records == fz_csv_records(data, size, comments) + (records > 0));
  return 0;
}
