/* Client CSV (client_io.h): a reader over arbitrary text, read to the end
 * while reporting bad rows as a caller would. Every call moves on (line
 * numbers never go back, the number of calls is bounded by the input), rows
 * read + rows rejected == the records of the text (fz_csv_records), and
 * each client read writes back as a CSV row that reads to the same row. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  vf_client_reader *r = NULL;
  vf_error e;
  vf_status st = vf_client_reader_open_text(&r, (const char *)data, size, "fuzz.csv", &e);
  fz_check_error(st, &e);
  if (st != VF_OK) { FZ_CHECK(r == NULL); return 0; }
  char head[2048];
  FZ_CHECK(vf_client_csv_header(head, sizeof head) < sizeof head);
  int last = vf_client_reader_line(r);
  size_t rows = 0;
  for (size_t calls = 0;; calls++) {
    FZ_CHECK(calls <= size + 1);
    vf_client *c = (vf_client *)1;
    st = vf_client_reader_next(r, &c, &e);
    fz_check_error(st, &e);
    if (st != VF_OK) {
      rows++;
      FZ_CHECK(c == NULL);
      FZ_CHECK(e.line >= 1);
      FZ_CHECK(strncmp(e.message, "fuzz.csv:", 9) == 0 || e.status == VF_E_NOMEM);
      continue;
    }
    if (!c) break;
    rows++;
    FZ_CHECK(vf_client_reader_line(r) > last);
    last = vf_client_reader_line(r);
    char row[8192], row2[8192], text[2048 + 8192 + 4];
    FZ_CHECK(vf_client_format_csv(c, row, sizeof row) < sizeof row);
    snprintf(text, sizeof text, "%s\n%s\n", head, row);
    vf_client_reader *r2;
    FZ_CHECK(vf_client_reader_open_text(&r2, text, strlen(text), "rt.csv", NULL) == VF_OK);
    vf_client *back = NULL;
    if (vf_client_reader_next(r2, &back, &e) != VF_OK || !back) {
      fprintf(stderr, "row written does not read back: %s\n%s\n", e.message, text);
      FZ_CHECK(0);
    }
    FZ_CHECK(vf_client_format_csv(back, row2, sizeof row2) < sizeof row2);
    FZ_CHECK(strcmp(row, row2) == 0);
    vf_client_free(back);
    vf_client_reader_free(r2);
    vf_client_free(c);
  }
  vf_client_reader_free(r);
  FZ_CHECK(rows == fz_csv_records(data, size, 0));
  return 0;
}
