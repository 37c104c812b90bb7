/* Client JSON (client_io.h): vf_client_from_json on arbitrary text. A client
 * read writes back as JSON that reads to the same client (same JSON text), and
 * its CSV row reads back to the same client too. */
#include "fuzz.h"

static char *json_of(const vf_client *c) {
  size_t n = vf_client_format_json(c, NULL, 0);
  char *s = malloc(n + 1);
  FZ_CHECK(s != NULL);
  FZ_CHECK(vf_client_format_json(c, s, n + 1) == n);
  return s;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  vf_client *c = NULL;
  vf_error e;
  vf_status st = vf_client_from_json(&c, (const char *)data, size, "fuzz.json", &e);
  fz_check_error(st, &e);
  if (st != VF_OK) {
    FZ_CHECK(c == NULL);
    FZ_CHECK(strncmp(e.message, "fuzz.json", 9) == 0 || e.status == VF_E_NOMEM);
    return 0;
  }
  char *j1 = json_of(c);
  vf_client *back = NULL;
  if (vf_client_from_json(&back, j1, strlen(j1), "again", &e) != VF_OK) {
    fprintf(stderr, "JSON written does not read back: %s\n%s\n", e.message, j1);
    FZ_CHECK(0);
  }
  char *j2 = json_of(back);
  FZ_CHECK(strcmp(j1, j2) == 0);
  /* the same client through CSV */
  char head[2048], row[8192], text[2048 + 8192 + 4];
  FZ_CHECK(vf_client_csv_header(head, sizeof head) < sizeof head);
  FZ_CHECK(vf_client_format_csv(c, row, sizeof row) < sizeof row);
  snprintf(text, sizeof text, "%s\n%s\n", head, row);
  vf_client_reader *r;
  FZ_CHECK(vf_client_reader_open_text(&r, text, strlen(text), "rt.csv", &e) == VF_OK);
  vf_client *viacsv = NULL;
  if (vf_client_reader_next(r, &viacsv, &e) != VF_OK || !viacsv) {
    fprintf(stderr, "CSV written does not read back: %s\n%s\n", e.message, text);
    FZ_CHECK(0);
  }
  char *j3 = json_of(viacsv);
  FZ_CHECK(strcmp(j1, j3) == 0);
  free(j1); free(j2); free(j3);
  vf_client_free(viacsv);
  vf_client_reader_free(r);
  vf_client_free(back);
  vf_client_free(c);
  return 0;
}
