/* velferd test: runs files of test cases (velferd/cases.h). */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static vt_opt opts[] = {
  {"quiet", 'q', NULL, NULL, 0},
  VT_OPT_END};

static const vt_spec spec = {
  "test", "FILE...",
  opts, 1, VT_MAX_POS};

/* Prints the trace indented, for a failing case. */
static void print_trace(const vf_trace *t) {
  size_t n = vf_trace_to_text(t, NULL, 0);
  char *buf = malloc(n + 1);
  if (!buf) return;
  vf_trace_to_text(t, buf, n + 1);
  printf("    %s\n", vt_text("test.trace"));
  int start = 1;
  for (const char *p = buf; *p; p++) {
    if (start && *p != '\n') fputs("      ", stdout);
    putchar(*p);
    start = *p == '\n';
  }
  if (n && buf[n - 1] != '\n') putchar('\n');
  free(buf);
}

int cmd_test(int argc, char **argv) {
  char *pos[VT_MAX_POS];
  int npos, rc = vt_parse(&spec, argc, argv, pos, &npos);
  if (rc >= 0) return rc;
  int quiet = vt_get(&spec, "quiet")->given;
  vf_trace *trace = NULL;
  vf_error e;
  if (vf_trace_new(&trace, &e)) return vt_report("test", &e);
  size_t run = 0, failed = 0, bad_files = 0;
  for (int f = 0; f < npos; f++) {
    vf_cases *cs = NULL;
    if (vf_cases_read_file(&cs, pos[f], &e)) {
      vt_report("test", &e);
      bad_files++;
      continue;
    }
    for (size_t i = 0; i < vf_cases_count(cs); i++) {
      vf_case_result r;
      if (vf_case_run(cs, i, &r, trace, &e)) {
        vt_report("test", &e);
        bad_files++;
        break;
      }
      run++;
      if (r.passed) {
        if (!quiet) printf("%s  %s: %s\n", vt_text("test.pass"), pos[f], vf_cases_name(cs, i));
        continue;
      }
      failed++;
      printf("%s  %s: %s\n", vt_text("test.fail"), pos[f], vf_cases_name(cs, i));
      /* the detail lines, indented */
      for (const char *p = r.detail; *p;) {
        const char *nl = strchr(p, '\n');
        int len = nl ? (int)(nl - p) : (int)strlen(p);
        printf("    %.*s\n", len, p);
        p += len + (nl ? 1 : 0);
      }
      const char *note = vf_cases_note(cs, i);
      if (note && *note) printf("    %s %s\n", vt_text("test.note"), note);
      if (vf_trace_step_count(trace)) print_trace(trace);
    }
    vf_cases_free(cs);
  }
  vf_trace_free(trace);
  char n[3][32], line[512];
  snprintf(n[0], sizeof n[0], "%zu", run);
  snprintf(n[1], sizeof n[1], "%zu", run - failed);
  snprintf(n[2], sizeof n[2], "%zu", failed);
  printf("%s%s\n", vt_fill(line, sizeof line, "test.summary", n[0], n[1], n[2], (char *)NULL),
         bad_files ? vt_text("test.bad_files") : "");
  if (bad_files) return VT_EXIT_USAGE;
  return failed ? VT_EXIT_PARTIAL : VT_EXIT_OK;
}
