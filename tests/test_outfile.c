/* The output writer (lib/core/outfile.h) and the library writers that use it:
 * the old file survives every failure, nothing temporary is left, a register
 * directory is replaced whole (issue 15). */
#define _XOPEN_SOURCE 700
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "core/outfile.h"
#include "velferd/velferd.h"

static char base[64];

static const char *at(const char *name) {
  static char p[64][256]; /* enough paths alive at once for one test */
  static int k;
  k = (k + 1) % 64;
  snprintf(p[k], sizeof p[k], "%s/%s", base, name);
  return p[k];
}

static void put(const char *path, const char *text) {
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  fputs(text, f);
  assert_int_equal(fclose(f), 0);
}

/* The whole file; "" for a missing one (compared as text). */
static char *get(const char *path) {
  static char buf[4096];
  buf[0] = '\0';
  FILE *f = fopen(path, "rb");
  if (!f) return buf;
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  buf[n] = '\0';
  fclose(f);
  return buf;
}

static int setup(void **state) {
  (void)state;
  snprintf(base, sizeof base, "/tmp/vf_outfile_XXXXXX");
  return mkdtemp(base) ? 0 : -1;
}

/* rm -rf BASE/NAME (NAME "" for BASE itself). */
static int rm_rf(const char *name) {
  char cmd[160];
  snprintf(cmd, sizeof cmd, "rm -rf '%s/%s'", base, name);
  return system(cmd);
}

static int teardown(void **state) {
  (void)state;
  return rm_rf("") == 0 ? 0 : -1;
}

static void commit_replaces_at_the_end(void **state) {
  (void)state;
  const char *p = at("a.txt");
  put(p, "old\n");
  vfi_outfile o;
  char msg[256];
  assert_int_equal(vfi_outfile_open(&o, p, NULL, msg, sizeof msg), 0);
  fputs("new\n", o.f);
  fflush(o.f);
  /* until the commit, readers see the old file; the new one is a temporary beside it */
  assert_string_equal(get(p), "old\n");
  assert_int_equal(vfi_dir_entries(base), 2);
  assert_non_null(strstr(o.tmp, "/.a.txt."));
  assert_int_equal(vfi_outfile_commit(&o, msg, sizeof msg), 0);
  assert_string_equal(get(p), "new\n");
  assert_int_equal(vfi_dir_entries(base), 1);
  unlink(p);
}

static void abort_keeps_the_old_file(void **state) {
  (void)state;
  const char *p = at("b.txt");
  put(p, "old\n");
  vfi_outfile o;
  assert_int_equal(vfi_outfile_open(&o, p, NULL, NULL, 0), 0);
  fputs("half", o.f);
  vfi_outfile_abort(&o);
  assert_string_equal(get(p), "old\n");
  assert_int_equal(vfi_dir_entries(base), 1);
  unlink(p);
}

/* A file-size limit of 1 KiB; SIGXFSZ ignored so that write() fails with EFBIG. */
static struct rlimit saved;
static void limit_size(void) {
  signal(SIGXFSZ, SIG_IGN);
  assert_int_equal(getrlimit(RLIMIT_FSIZE, &saved), 0);
  struct rlimit r = saved;
  r.rlim_cur = 1024;
  assert_int_equal(setrlimit(RLIMIT_FSIZE, &r), 0);
}
static void unlimit_size(void) { assert_int_equal(setrlimit(RLIMIT_FSIZE, &saved), 0); }

static void failed_write_keeps_the_old_file(void **state) {
  (void)state;
  const char *p = at("c.txt");
  put(p, "old\n");
  vfi_outfile o;
  char msg[256];
  assert_int_equal(vfi_outfile_open(&o, p, "shown.txt", msg, sizeof msg), 0);
  limit_size();
  for (int i = 0; i < 1000; i++) fputs("0123456789", o.f); /* 10 000 bytes */
  int rc = vfi_outfile_commit(&o, msg, sizeof msg);
  unlimit_size();
  assert_int_equal(rc, -1);
  assert_string_equal(msg, "shown.txt: write failed: File too large; the old file is unchanged");
  assert_string_equal(get(p), "old\n");
  assert_int_equal(vfi_dir_entries(base), 1);
  unlink(p);
  /* a new file that fails: nothing is left */
  assert_int_equal(vfi_outfile_open(&o, p, NULL, msg, sizeof msg), 0);
  limit_size();
  for (int i = 0; i < 1000; i++) fputs("0123456789", o.f);
  rc = vfi_outfile_commit(&o, msg, sizeof msg);
  unlimit_size();
  assert_int_equal(rc, -1);
  assert_non_null(strstr(msg, "nothing was written"));
  assert_int_equal(vfi_dir_entries(base), 0);
}

static void devices_are_written_directly(void **state) {
  (void)state;
  vfi_outfile o;
  char msg[256];
  assert_int_equal(vfi_outfile_open(&o, "/dev/full", NULL, msg, sizeof msg), 0);
  assert_null(o.tmp);
  fputs("x", o.f);
  assert_int_equal(vfi_outfile_commit(&o, msg, sizeof msg), -1);
  assert_string_equal(msg, "/dev/full: write failed: No space left on device; the output is incomplete");
  assert_int_equal(vfi_outfile_open(&o, "/dev/null", NULL, msg, sizeof msg), 0);
  fputs("x", o.f);
  assert_int_equal(vfi_outfile_commit(&o, msg, sizeof msg), 0);
}

static void bad_targets(void **state) {
  (void)state;
  vfi_outfile o;
  char msg[256];
  assert_int_equal(vfi_outfile_open(&o, at("nodir/x.txt"), "nodir/x.txt", msg, sizeof msg), -1);
  assert_string_equal(msg, "nodir/x.txt: cannot write: No such file or directory");
  assert_int_equal(vfi_outfile_open(&o, base, "B", msg, sizeof msg), -1);
  assert_string_equal(msg, "B: cannot write: it is a directory");
  assert_null(o.f);
  assert_int_equal(vfi_dir_entries(base), 0);
}

static void links_and_permissions_are_kept(void **state) {
  (void)state;
  const char *p = at("d.txt"), *l = at("link.txt");
  put(p, "old\n");
  assert_int_equal(chmod(p, 0640), 0);
  assert_int_equal(symlink("d.txt", l), 0);
  vfi_outfile o;
  assert_int_equal(vfi_outfile_open(&o, l, NULL, NULL, 0), 0);
  fputs("new\n", o.f);
  assert_int_equal(vfi_outfile_commit(&o, NULL, 0), 0);
  struct stat st;
  assert_int_equal(lstat(l, &st), 0);
  assert_true(S_ISLNK(st.st_mode)); /* still a link, to the new file */
  assert_string_equal(get(p), "new\n");
  assert_int_equal(stat(p, &st), 0);
  assert_int_equal(st.st_mode & 0777, 0640);
  assert_int_equal(vfi_same_file(l, p), 1);
  assert_int_equal(vfi_same_file(p, at("missing")), 0);
  put(at("e.txt"), "e");
  assert_int_equal(vfi_same_file(p, at("e.txt")), 0);
  assert_int_equal(link(at("e.txt"), at("hard.txt")), 0);
  assert_int_equal(vfi_same_file(at("hard.txt"), at("e.txt")), 1);
  unlink(l);
  unlink(p);
  unlink(at("e.txt"));
  unlink(at("hard.txt"));
}

static const char *const files[] = {"one.csv", "two.csv", NULL};

static void directory_replaced_whole(void **state) {
  (void)state;
  const char *d = at("reg");
  vfi_outdir od;
  char msg[256], p[300];
  /* new */
  assert_int_equal(vfi_outdir_open(&od, d, files, msg, sizeof msg), 0);
  snprintf(p, sizeof p, "%s/one.csv", od.tmp);
  put(p, "1\n");
  assert_int_equal(vfi_dir_entries(d), -1); /* not there before the commit */
  assert_int_equal(vfi_outdir_commit(&od, msg, sizeof msg), 0);
  assert_string_equal(get(at("reg/one.csv")), "1\n");
  /* existing, not empty: replaced whole (two.csv of the old one does not survive) */
  put(at("reg/two.csv"), "old two\n");
  char slash[300];
  snprintf(slash, sizeof slash, "%s/", d); /* a trailing slash names the same directory */
  assert_int_equal(vfi_outdir_open(&od, slash, files, msg, sizeof msg), 0);
  snprintf(p, sizeof p, "%s/one.csv", od.tmp);
  put(p, "new 1\n");
  assert_int_equal(vfi_outdir_commit(&od, msg, sizeof msg), 0);
  assert_string_equal(get(at("reg/one.csv")), "new 1\n");
  assert_int_equal(vfi_dir_entries(d), 1);
  assert_int_equal(vfi_dir_entries(base), 1); /* no temporary or old directory left */
  /* aborted: the old one stays, the temporary goes */
  assert_int_equal(vfi_outdir_open(&od, d, files, msg, sizeof msg), 0);
  snprintf(p, sizeof p, "%s/one.csv", od.tmp);
  put(p, "half");
  vfi_outdir_abort(&od);
  assert_string_equal(get(at("reg/one.csv")), "new 1\n");
  assert_int_equal(vfi_dir_entries(base), 1);
  /* a directory holding anything else is never replaced */
  put(at("reg/notes.txt"), "mine\n");
  assert_int_equal(vfi_outdir_open(&od, d, files, msg, sizeof msg), -1);
  assert_non_null(strstr(msg, "holds 'notes.txt', which is not an output file; not replaced"));
  assert_string_equal(get(at("reg/notes.txt")), "mine\n");
  /* a file is not a directory */
  assert_int_equal(vfi_outdir_open(&od, at("reg/notes.txt"), files, msg, sizeof msg), -1);
  assert_non_null(strstr(msg, "not a directory"));
  assert_int_equal(rm_rf("reg"), 0);
}

static void register_dir_written_whole_or_not_at_all(void **state) {
  (void)state;
  vf_register *a, *b;
  vf_error e;
  assert_int_equal(vf_synth_register(NULL, 50, 1, 2024, &a, &e), VF_OK);
  assert_int_equal(vf_synth_register(NULL, 80, 2, 2024, &b, &e), VF_OK);
  const char *d = at("r");
  assert_int_equal(vf_register_write_dir(a, d, &e), VF_OK);
  char old_clients[4096];
  snprintf(old_clients, sizeof old_clients, "%s", get(at("r/clients.csv")));
  assert_true(strlen(old_clients) > 100);
  /* b fails partway (its clients file passes 1 KiB): a is left whole */
  limit_size();
  vf_status s = vf_register_write_dir(b, d, &e);
  unlimit_size();
  assert_int_equal(s, VF_E_IO);
  assert_non_null(strstr(e.message, "/r/clients.csv: write failed: File too large"));
  assert_null(strstr(e.message, ".tmp")); /* names the register's file, not the temporary */
  assert_string_equal(get(at("r/clients.csv")), old_clients);
  assert_int_equal(vfi_dir_entries(base), 1);
  vf_register *back;
  vf_read_counts c;
  assert_int_equal(vf_register_new(&back, NULL), VF_OK);
  assert_int_equal(vf_register_read_dir(back, d, VF_READ_STRICT, &c, NULL, NULL, &e), VF_OK);
  assert_int_equal(c.used, 50);
  vf_register_free(back);
  /* without a limit b replaces a */
  assert_int_equal(vf_register_write_dir(b, d, &e), VF_OK);
  assert_int_equal(vf_register_new(&back, NULL), VF_OK);
  assert_int_equal(vf_register_read_dir(back, d, VF_READ_STRICT, &c, NULL, NULL, &e), VF_OK);
  assert_int_equal(c.used, 80);
  vf_register_free(back);
  /* other files in the directory: refused, nothing touched */
  put(at("r/report.html"), "<p>mine</p>");
  assert_int_equal(vf_register_write_dir(a, d, &e), VF_E_IO);
  assert_non_null(strstr(e.message, "holds 'report.html'"));
  assert_string_equal(get(at("r/report.html")), "<p>mine</p>");
  vf_register_free(a);
  vf_register_free(b);
  assert_int_equal(rm_rf("r"), 0);
}

static void library_file_writers_keep_the_old_file(void **state) {
  (void)state;
  vf_register *reg;
  vf_indicators *ind;
  vf_error e;
  assert_int_equal(vf_synth_register(NULL, 200, 1, 2024, &reg, &e), VF_OK);
  assert_int_equal(vf_indicators_compute(reg, 2024, NULL, &ind, &e), VF_OK);
  const char *p = at("ind.txt");
  put(p, "old\n");
  limit_size();
  vf_status s1 = vf_indicators_write(ind, VF_OUTPUT_JSON, p, &e);
  unlimit_size();
  assert_int_equal(s1, VF_E_IO);
  assert_non_null(strstr(e.message, "ind.txt: write failed: File too large; the old file is unchanged"));
  assert_string_equal(get(p), "old\n");
  limit_size();
  vf_status s2 = vf_register_write_payments_csv(reg, p, &e);
  unlimit_size();
  assert_int_equal(s2, VF_E_IO);
  assert_string_equal(get(p), "old\n");
  assert_int_equal(vf_indicators_write(ind, VF_OUTPUT_TEXT, at("nodir/x"), &e), VF_E_IO);
  assert_non_null(strstr(e.message, "nodir/x: cannot write: No such file or directory"));
  assert_int_equal(vfi_dir_entries(base), 1);
  unlink(p);
  vf_indicators_free(ind);
  vf_register_free(reg);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(commit_replaces_at_the_end),
    cmocka_unit_test(abort_keeps_the_old_file),
    cmocka_unit_test(failed_write_keeps_the_old_file),
    cmocka_unit_test(devices_are_written_directly),
    cmocka_unit_test(bad_targets),
    cmocka_unit_test(links_and_permissions_are_kept),
    cmocka_unit_test(directory_replaced_whole),
    cmocka_unit_test(register_dir_written_whole_or_not_at_all),
    cmocka_unit_test(library_file_writers_keep_the_old_file),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
