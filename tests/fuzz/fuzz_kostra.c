/* KOSTRA 11F/11CF fixed-width files: parse arbitrary text with the 2026
 * layout of either form and run SSB's checks. Every finding has a known
 * severity, a NUL-terminated message and never shows a full fødselsnummer
 * (11 digits in a row); counts by severity add up; the worst severity and
 * the exit code agree. */
#include "fuzz.h"

static int has_11_digits(const char *s) {
  int run = 0;
  for (; *s; s++) {
    run = (*s >= '0' && *s <= '9') ? run + 1 : 0;
    if (run >= 11) return 1;
  }
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  vf_kostra_form form = size && (data[0] & 1) ? VF_KOSTRA_11CF : VF_KOSTRA_11F;
  if (size) { data++; size--; }
  vf_kostra_file *f = NULL;
  vf_error e;
  vf_status st = vf_kostra_file_parse((const char *)data, size, "fuzz.dat", form, 2026, &f, &e);
  fz_check_error(st, &e);
  if (st != VF_OK) { FZ_CHECK(f == NULL); return 0; }
  size_t fields = vf_kostra_file_field_count(f);
  char buf[512];
  for (size_t i = 0; i < vf_kostra_file_record_count(f) && i < 4; i++)
    for (size_t k = 0; k < fields; k++) {
      st = vf_kostra_file_get(f, i, vf_kostra_file_field_name(f, k), buf, sizeof buf, &e);
      fz_check_error(st, &e);
    }
  vf_kostra_report *rep = NULL;
  FZ_CHECK(vf_kostra_check(f, "4601", &rep, &e) == VF_OK);
  size_t n = vf_kostra_report_count(rep), by = 0;
  vf_kostra_severity worst = VF_KOSTRA_OK;
  for (size_t i = 0; i < n; i++) {
    const vf_kostra_finding *x = vf_kostra_report_finding(rep, i);
    FZ_CHECK(x != NULL);
    FZ_CHECK(x->severity >= VF_KOSTRA_WARNING && x->severity <= VF_KOSTRA_FATAL);
    FZ_CHECK(memchr(x->message, '\0', sizeof x->message) != NULL);
    FZ_CHECK(!has_11_digits(x->message));
    if (x->severity > worst) worst = x->severity;
  }
  for (int s = VF_KOSTRA_WARNING; s <= VF_KOSTRA_FATAL; s++)
    by += vf_kostra_report_severity_count(rep, (vf_kostra_severity)s);
  FZ_CHECK(by == n);
  FZ_CHECK(vf_kostra_report_worst(rep) == worst);
  FZ_CHECK(vf_kostra_report_exit_code(rep) == (worst == VF_KOSTRA_OK ? 0 : worst == VF_KOSTRA_WARNING ? 1 : 2));
  vf_kostra_report_free(rep);
  vf_kostra_file_free(f);
  return 0;
}
