/* Property test of issue 15: the readers never lose a row. Valid files (a
 * client CSV, a register's clients.csv and payments.csv) are corrupted at
 * random (stray quotes, deleted and doubled delimiters and line breaks,
 * truncation, random bytes) with a fixed seed, and for every corruption
 *   rows read + rows rejected == records in the file,
 * where the records are counted here, independently of the reader: the lines
 * after the header line that are not blank (a lone trailing CR does not
 * count), after a leading byte-order mark. A corruption that breaks the header
 * must be refused as a whole, with a message naming the file. */
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
#include "velferd/velferd.h"

enum { ROUNDS = 1500 }; /* corruptions per file; each is 1..4 edits */

static char dir[64];

/* xorshift64*: a fixed seed gives the same corruptions on every run. */
static uint64_t rng = 0x9E3779B97F4A7C15u;
static uint64_t next(void) {
  rng ^= rng >> 12;
  rng ^= rng << 25;
  rng ^= rng >> 27;
  return rng * 2685821657736338717u;
}
static size_t below(size_t n) { return n ? (size_t)(next() % n) : 0; }

typedef struct text {
  char *s;
  size_t n, cap;
} text;

static void set(text *t, const char *s, size_t n) {
  if (n + 1 > t->cap) {
    t->cap = 2 * n + 64;
    t->s = realloc(t->s, t->cap);
    assert_non_null(t->s);
  }
  memcpy(t->s, s, n);
  t->n = n;
  t->s[n] = '\0';
}

static void insert(text *t, size_t at, char c) {
  if (t->n + 2 > t->cap) {
    t->cap = 2 * t->cap + 64;
    t->s = realloc(t->s, t->cap);
    assert_non_null(t->s);
  }
  memmove(t->s + at + 1, t->s + at, t->n - at + 1);
  t->s[at] = c;
  t->n++;
}

static void erase(text *t, size_t at) {
  memmove(t->s + at, t->s + at + 1, t->n - at);
  t->n--;
}

/* Position of a random occurrence of c, or t->n if none. */
static size_t find_random(const text *t, char c) {
  size_t count = 0;
  for (size_t i = 0; i < t->n; i++) count += t->s[i] == c;
  if (!count) return t->n;
  size_t k = below(count);
  for (size_t i = 0; i < t->n; i++)
    if (t->s[i] == c && !k--) return i;
  return t->n;
}

/* One random edit. Most edits fall after the header (so that the rows are
 * exercised), some anywhere. */
static void corrupt_once(text *t) {
  const char *nl = memchr(t->s, '\n', t->n);
  size_t head = nl ? (size_t)(nl - t->s) + 1 : t->n;
  size_t from = below(8) ? head : 0;
  size_t at = from + below(t->n - from + 1);
  static const char bytes[] = "\"\",\n\r\t\x00\xEF\xBB\xBF\xC3\xFF a1-.#";
  switch (below(9)) {
  case 0: insert(t, at, '"'); break;                               /* stray quote */
  case 1: { size_t p = find_random(t, ','); if (p >= from && p < t->n) erase(t, p); } break;
  case 2: { size_t p = find_random(t, ','); if (p >= from && p < t->n) insert(t, p, ','); } break;
  case 3: { size_t p = find_random(t, '\n'); if (p >= from && p < t->n) erase(t, p); } break;
  case 4: { size_t p = find_random(t, '\n'); if (p >= from && p < t->n) insert(t, p, '\n'); } break;
  case 5: if (at > from) { t->n = at; t->s[at] = '\0'; } break;   /* truncated */
  case 6: insert(t, at, (char)(next() & 0xFF)); break;            /* random byte */
  case 7: insert(t, at, bytes[below(sizeof bytes - 1)]); break;    /* a byte that matters */
  default: if (at < t->n) t->s[at] = (char)(next() & 0xFF); break; /* overwritten byte */
  }
}

/* Records after the header line, counted without the CSV reader. */
static size_t records(const char *s, size_t n) {
  if (n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3)) { s += 3; n -= 3; }
  size_t count = 0;
  int header = 1;
  for (size_t i = 0; i < n;) {
    const char *eol = memchr(s + i, '\n', n - i);
    size_t end = eol ? (size_t)(eol - s) : n, len = end - i;
    if (len && s[end - 1] == '\r') len--;
    if (len) {
      if (header) header = 0;
      else count++;
    }
    i = end + 1;
  }
  return count;
}

static const char *write_file(const char *name, const text *t) {
  static char path[128];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  assert_int_equal(fwrite(t->s, 1, t->n, f), t->n);
  assert_int_equal(fclose(f), 0);
  return path;
}

/* A header error must name the file; the rest of the invariant is moot. */
static void refused(const vf_error *e, const char *name) {
  if (strncmp(e->message, name, strlen(name)))
    fail_msg("file refused without its name: %s", e->message);
}

static const char client_csv[] =
  "id,birth_date,gender,civil_status,citizenship,main_income,trygd,children,income_work,"
  "housing_rent,fact_lives_with_partner\n"
  "K-1,1990-01-01,female,unmarried,norwegian,work,none,2015-01-02,12000.50,8000,no\n"
  "\"K,2\",1985-06-30,male,married,foreign,trygd,disability,,0,\"9 500\",yes\n"
  "\"K \"\"3\"\"\",1970-12-31,unknown,unknown,unknown,unknown,unknown,2010-05-05 2012-07-07,,,\n"
  "\n"
  "K-4,,,,,,,,,,\r\n"
  "K-5,2001-02-03,female,cohabiting,norwegian,student,none,,100,2000.25,yes\n"
  "K-6,1960-01-01,male,widowed,norwegian,other,old_age,,,,no\n";

/* The client CSV reader: rows returned + rows rejected == records. */
static void client_csv_never_loses_a_row(void **state) {
  (void)state;
  text t = {0};
  size_t checked = 0, refusals = 0;
  for (int round = 0; round < ROUNDS; round++) {
    set(&t, client_csv, sizeof client_csv - 1);
    int edits = 1 + (int)below(4);
    for (int k = 0; k < edits; k++) corrupt_once(&t);
    vf_client_reader *r = NULL;
    vf_error e;
    if (vf_client_reader_open_text(&r, t.s, t.n, "c.csv", &e)) {
      refused(&e, "c.csv:");
      refusals++;
      continue;
    }
    size_t ok = 0, bad = 0;
    for (;;) {
      vf_client *c = NULL;
      vf_status s = vf_client_reader_next(r, &c, &e);
      if (!s && !c) break;
      if (s) {
        bad++;
        if (strncmp(e.message, "c.csv:", 6)) fail_msg("rejection without the file: %s", e.message);
      } else {
        ok++;
      }
      vf_client_free(c);
      assert_true(ok + bad <= t.n); /* always moves on */
    }
    vf_client_reader_free(r);
    if (ok + bad != records(t.s, t.n))
      fail_msg("round %d: %zu read + %zu rejected != %zu records in:\n%s", round, ok, bad,
               records(t.s, t.n), t.s);
    checked++;
  }
  printf("# client CSV: %zu corruptions checked, %zu refused at the header\n", checked, refusals);
  assert_true(checked > ROUNDS / 2);
  free(t.s);
}

static const char reg_clients[] =
  "id,birth_date,gender,civil_status,citizenship,main_income,trygd,children\n"
  "R-1,1990-05-01,female,unmarried,norwegian,social_assistance,none,2015-01-02 2018-03-04\n"
  "R-2,1961-11-30,male,separated_divorced,foreign,trygd,disability,\n"
  "\"R,3\",1975-01-01,unknown,unknown,unknown,unknown,unknown,\n"
  "R-4,,female,married,norwegian,work,none,\n"
  "\n"
  "R-5,2000-02-29,male,cohabiting,foreign,student,none,\r\n"
  "R-6,1950-06-15,female,widowed,norwegian,other,old_age,\n";

static const char reg_payments[] =
  "client_id,year,month,gross,refunded,kind\n"
  "R-1,2024,1,5000.00,0,grant\n"
  "R-1,2024,2,5000,0,loan\n"
  "R-2,2024,11,12000.50,500,grant\n"
  "\"R,3\",2024,3,100,0,qualification\n"
  "R-4,2024,12,1.01,1.01,grant\n"
  "R-5,2023,6,700,0,grant\r\n"
  "R-6,2024,11,800,0,loan\n";

/* Reads @p t as the register file @p which (0 clients, 1 payments) in skip
 * mode into a register holding the valid clients (for payments) and checks
 * the counts. Returns 1 if checked, 0 if the file was refused. */
static int check_register(const text *t, int which, int round) {
  vf_register *reg;
  vf_error e;
  vf_read_counts c;
  assert_int_equal(vf_register_new(&reg, NULL), VF_OK);
  if (which == 1) {
    text v = {0};
    set(&v, reg_clients, sizeof reg_clients - 1);
    assert_int_equal(vf_register_read_clients_csv(reg, write_file("clients.csv", &v),
                                                  VF_READ_STRICT, &c, &e), VF_OK);
    free(v.s);
  }
  const char *name = which ? "payments.csv" : "clients.csv";
  const char *path = write_file(name, t);
  vf_status s = which ? vf_register_read_payments_csv(reg, path, VF_READ_SKIP, &c, &e)
                      : vf_register_read_clients_csv(reg, path, VF_READ_SKIP, &c, &e);
  int checked = 0;
  if (s) {
    refused(&e, path);
    assert_int_equal(c.used, 0);
  } else {
    size_t want = records(t->s, t->n);
    if (c.read != want || c.used + c.rejected != c.read)
      fail_msg("%s round %d: read %zu, used %zu + rejected %zu; %zu records in:\n%s", name, round,
               c.read, c.used, c.rejected, want, t->s);
    assert_int_equal(vf_register_rejection_total(reg), c.rejected);
    for (size_t i = 0; i < vf_register_rejection_count(reg); i++) {
      const vf_error *r = vf_register_rejection(reg, i);
      assert_true(r->line >= 2);
      if (strncmp(r->message, path, strlen(path))) fail_msg("rejection: %s", r->message);
    }
    checked = 1;
  }
  vf_register_free(reg);
  return checked;
}

static void register_files_never_lose_a_row(void **state) {
  (void)state;
  text t = {0};
  for (int which = 0; which < 2; which++) {
    size_t checked = 0;
    for (int round = 0; round < ROUNDS; round++) {
      if (which) set(&t, reg_payments, sizeof reg_payments - 1);
      else set(&t, reg_clients, sizeof reg_clients - 1);
      int edits = 1 + (int)below(4);
      for (int k = 0; k < edits; k++) corrupt_once(&t);
      checked += (size_t)check_register(&t, which, round);
    }
    printf("# register %s: %zu of %d corruptions checked (the rest refused at the header)\n",
           which ? "payments.csv" : "clients.csv", checked, ROUNDS);
    assert_true(checked > ROUNDS / 2);
  }
  free(t.s);
}

/* The oracle itself, on texts worked out by hand. */
static void records_are_counted_right(void **state) {
  (void)state;
  assert_int_equal(records("h\na\nb\n", 6), 2);
  assert_int_equal(records("\xEF\xBB\xBFh\r\n\r\na\r\n\nb", 14), 2); /* blank, CR-only blank */
  assert_int_equal(records("\n\nh\n\"a\nb\"\n", 10), 2);               /* a quote does not join lines */
  assert_int_equal(records("h", 1), 0);
  assert_int_equal(records("", 0), 0);
}

static int setup(void **state) {
  (void)state;
  snprintf(dir, sizeof dir, "/tmp/velferd-test-invariant.XXXXXX");
  return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state) {
  (void)state;
  char p[128];
  snprintf(p, sizeof p, "%s/clients.csv", dir);
  unlink(p);
  snprintf(p, sizeof p, "%s/payments.csv", dir);
  unlink(p);
  return rmdir(dir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(records_are_counted_right),
    cmocka_unit_test(client_csv_never_loses_a_row),
    cmocka_unit_test(register_files_never_lose_a_row),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
