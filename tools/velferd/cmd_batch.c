/* velferd batch: the rules for every client of a CSV file. */
#define _POSIX_C_SOURCE 200809L /* isatty, fileno */
#include "cli.h"
#include "limits.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static vt_opt opts[] = {
  {"month", 'm', "YYYY-MM", NULL, 0},
  VT_OPT_OUTPUT,
  {"progress", 0, NULL, NULL, 0},
  {"quiet", 'q', NULL, NULL, 0},
  VT_OPT_PROFILE,
  VT_OPT_PARAMS,
  VT_OPT_AS_KNOWN_ON,
  VT_OPT_MAX_INPUT,
  VT_OPT_PROJECTION,
  VT_OPT_END};

static const vt_spec spec = {
  "batch", "CLIENTS.csv",
  opts, 1, 1};

#define SHOW_REASONS 20

/* Data rows in the file (lines that are not blank, minus the header), for the
 * progress bar; 0 if unknown. Quoted line breaks make this an estimate. */
static size_t count_rows(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return 0;
  size_t lines = 0;
  int c, prev = '\n', blank = 1;
  while ((c = fgetc(f)) != EOF) {
    if (c == '\n') {
      lines += !blank;
      blank = 1;
    } else if (c != '\r') {
      blank = 0;
    }
    prev = c;
  }
  if (prev != '\n' && !blank) lines++;
  fclose(f);
  return lines ? lines - 1 : 0;
}

static void progress(size_t done, size_t total) {
  int width = 40, filled = total ? (int)((double)done / (double)total * width) : 0;
  if (filled > width) filled = width;
  fprintf(stderr, "\r[%.*s%*s] %zu/%zu rows", filled, "########################################",
          width - filled, "", done, total);
  fflush(stderr);
}

static void money(FILE *f, vf_money m) {
  char a[32];
  vf_money_format(m, a, sizeof a);
  fprintf(f, ",%s", a);
}

int cmd_batch(int argc, char **argv) {
  char *pos[VT_MAX_POS];
  int npos, rc = vt_parse(&spec, argc, argv, pos, &npos);
  if (rc >= 0) return rc;
  const char *in_path = pos[0];
  vt_opt *o_month = vt_get(&spec, "month");
  if (!o_month->value) {
    vt_errorf("batch", "--month YYYY-MM is required");
    return VT_EXIT_USAGE;
  }
  char day[32];
  vf_date on;
  snprintf(day, sizeof day, "%.20s-01", o_month->value);
  if (strlen(o_month->value) != 7 || vf_date_parse(day, &on, NULL)) {
    vt_errorf("batch", "--month: '%s' is not YYYY-MM", o_month->value);
    return VT_EXIT_USAGE;
  }
  vf_ctx *ctx = NULL;
  if ((rc = vt_make_ctx(&spec, &ctx)) >= 0) return rc;
  vf_error e;
  vf_client_reader *r = NULL;
  vf_trace *none = NULL;
  vf_read_limits limits;
  if ((rc = vt_read_limits(&spec, &limits)) >= 0) {
    vf_ctx_free(ctx);
    return rc;
  }
  if (vf_client_reader_open_limited(&r, in_path, &limits, &e)) {
    vf_ctx_free(ctx);
    return vt_report("batch", &e);
  }
  const char *out_path = vt_get(&spec, "output")->value;
  vt_out vo;
  if (vt_open_out("batch", out_path, &vo) >= 0) {
    vf_client_reader_free(r);
    vf_ctx_free(ctx);
    return VT_EXIT_FAIL;
  }
  FILE *out = vo.f;
  int quiet = vt_get(&spec, "quiet")->given;
  int bar = !quiet && (vt_get(&spec, "progress")->given || isatty(fileno(stderr)));
  size_t total = bar ? count_rows(in_path) : 0;
  if (total < 1000 && !vt_get(&spec, "progress")->given) bar = 0; /* only long runs */

  int proj = *vf_ctx_projection(ctx) != '\0'; /* the column only when asked to project */
  char ptext[512];
  snprintf(ptext, sizeof ptext, "%s", vf_ctx_projection(ctx));
  fprintf(out, "line,id,status,household,children,norm,housing,income,income_exempt,ordinary,"
               "rule80_applies,rule80_supplement,assistance,error%s\n", proj ? ",projected" : "");
  size_t read = 0, computed = 0, rejected = 0, projected = 0;
  for (;;) {
    vf_client *c = NULL;
    vf_status s = vf_client_reader_next(r, &c, &e);
    if (!s && !c) break;
    read++;
    int line = vf_client_reader_line(r);
    vf_assistance_result res;
    if (!s) s = vf_assistance_month(ctx, c, on.year, on.month, &res, none, &e);
    fprintf(out, "%d,", line);
    const char *id = c ? vf_client_id(c) : vf_client_reader_value(r, "id");
    vt_csv_field(out, id ? id : "");
    if (s) {
      rejected++;
      if (!quiet && rejected <= SHOW_REASONS) {
        if (bar) fputc('\n', stderr);
        /* reader errors name file and line; rule errors get them here */
        if (c)
          fprintf(stderr, "velferd batch: %s:%d: %s\n", in_path, line, e.message);
        else
          fprintf(stderr, "velferd batch: %s\n", e.message);
      }
      fprintf(out, ",rejected,,,,,,,,,,,");
      if (c) {
        char msg[VF_ERROR_MESSAGE_SIZE + 64];
        snprintf(msg, sizeof msg, "%s:%d: %s", in_path, line, e.message);
        vt_csv_field(out, msg);
      } else {
        vt_csv_field(out, e.message);
      }
      if (proj) fputs(",0", out);
    } else {
      computed++;
      fprintf(out, ",ok,%s,%zu", vf_household_name(res.household), res.children);
      money(out, res.norm);
      money(out, res.housing);
      money(out, res.income);
      money(out, res.income_exempt);
      money(out, res.ordinary);
      fprintf(out, ",%d", res.rule80_applies);
      money(out, res.rule80_supplement);
      money(out, res.assistance);
      fputc(',', out);
      if (proj) fprintf(out, ",%d", res.projected);
      projected += res.projected != 0;
    }
    fputc('\n', out);
    vf_client_free(c);
    if (bar && (read % 1000 == 0)) progress(read, total > read ? total : read);
  }
  if (bar) {
    progress(read, read);
    fputc('\n', stderr);
  }
  vf_client_reader_free(r);
  vf_ctx_free(ctx);
  rc = vt_close_out("batch", &vo);
  if (!quiet) {
    char n[3][32], line[4200];
    snprintf(n[0], sizeof n[0], "%zu", rejected - (rejected > SHOW_REASONS ? SHOW_REASONS : 0));
    if (rejected > SHOW_REASONS)
      fprintf(stderr, "velferd batch: %s\n", vt_fill(line, sizeof line, "batch.more_rejected", n[0],
                                                      (char *)NULL));
    snprintf(n[0], sizeof n[0], "%zu", read);
    snprintf(n[1], sizeof n[1], "%zu", computed);
    snprintf(n[2], sizeof n[2], "%zu", rejected);
    fprintf(stderr, "velferd batch: %s\n", vt_fill(line, sizeof line, "batch.summary", in_path, n[0],
                                                    n[1], n[2], (char *)NULL));
    if (projected) {
      snprintf(n[0], sizeof n[0], "%zu", projected);
      fprintf(stderr, "velferd batch: %s\n", vt_fill(line, sizeof line, "batch.projected", n[0], ptext,
                                                      (char *)NULL));
    }
  }
  if (rc) return rc;
  return rejected ? VT_EXIT_PARTIAL : VT_EXIT_OK;
}
