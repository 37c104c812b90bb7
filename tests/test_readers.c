/* The readers' part of issue 15: a broken quote costs one row (defect 3), input
 * is bounded (defect 7), a BOM, CR-only line ends, ids with line breaks, JSON
 * given as CSV and an overflowing payment sum are handled alike in every
 * reader (defect 9). The JSON scale test is test_json_large.c (defect 6), the
 * row-count property test test_readers_invariant.c. Expected values are worked
 * out from the inputs written here. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "velferd/velferd.h"

static char dir[64];

static const char *file(const char *name, const char *text) {
  static char path[8][128];
  static int k;
  char *p = path[k++ % 8];
  snprintf(p, 128, "%s/%s", dir, name);
  FILE *f = fopen(p, "wb");
  assert_non_null(f);
  assert_int_equal(fwrite(text, 1, strlen(text), f), strlen(text));
  assert_int_equal(fclose(f), 0);
  return p;
}

static void has(const char *s, const char *frag) {
  if (!strstr(s, frag)) fail_msg("'%s' lacks '%s'", s, frag);
}

#define CHEAD "id,birth_date,gender,civil_status,citizenship,main_income,trygd,children\n"
#define CROW(id) id ",1990-01-01,male,unmarried,norwegian,work,none,\n"
#define PHEAD "client_id,year,month,gross,refunded,kind\n"

/* Reads a client CSV text to the end: ids of the rows read, in order,
 * separated by spaces, and the messages of the rows rejected. */
static void read_clients(const char *text, char *ids, size_t idsz, char msgs[][VF_ERROR_MESSAGE_SIZE],
                         int *nbad) {
  vf_client_reader *r;
  vf_error e;
  assert_int_equal(vf_client_reader_open_text(&r, text, strlen(text), "c.csv", &e), VF_OK);
  ids[0] = '\0';
  *nbad = 0;
  for (;;) {
    vf_client *c = NULL;
    vf_status s = vf_client_reader_next(r, &c, &e);
    if (!s && !c) break;
    if (s) {
      snprintf(msgs[(*nbad)++], VF_ERROR_MESSAGE_SIZE, "%s", e.message);
      continue;
    }
    size_t n = strlen(ids);
    snprintf(ids + n, idsz - n, "%s%s", n ? " " : "", vf_client_id(c));
    vf_client_free(c);
  }
  vf_client_reader_free(r);
}

/* Defect 3: the input. Before: line 3's quote ran to the end of the
 * file, lines 4 and 5 were lost and one row was reported. */
static void client_csv_unclosed_quote_costs_one_row(void **state) {
  (void)state;
  char ids[256], msgs[4][VF_ERROR_MESSAGE_SIZE];
  int nbad;
  read_clients("id,birth_date\nA,1980-01-01\n\"B,1990-01-01\nC,1991-02-03\nD,1992-03-04\n", ids,
               sizeof ids, msgs, &nbad);
  assert_string_equal(ids, "A C D");
  assert_int_equal(nbad, 1);
  assert_string_equal(msgs[0], "c.csv:3: quoted field 1 is not closed on its line (a field cannot "
                               "span lines)");
  /* A later quote no longer closes it (before: lines 3-4 became one row). */
  read_clients("id,birth_date\n\"B,1990-01-01\nC\",1991-02-03\nD,1992-03-04\n", ids, sizeof ids,
               msgs, &nbad);
  assert_string_equal(ids, "D");
  assert_int_equal(nbad, 2);
  has(msgs[0], "c.csv:2: quoted field 1 is not closed");
  has(msgs[1], "c.csv:3: stray quote in field 1");
  /* Quoting that closes on its line still works: comma and doubled quote. */
  read_clients("id,birth_date\n\"x,\"\"y\"\"\",1990-01-01\n", ids, sizeof ids, msgs, &nbad);
  assert_string_equal(ids, "x,\"y\"");
  assert_int_equal(nbad, 0);
}

/* Defect 3 in the register reader, clients and payments. */
static void register_unclosed_quote_costs_one_row(void **state) {
  (void)state;
  vf_register *reg;
  vf_error e;
  vf_read_counts c;
  assert_int_equal(vf_register_new(&reg, NULL), VF_OK);
  const char *pc = file("clients.csv", CHEAD CROW("A") "\"B,1990-01-01,male,unmarried,norwegian,work,"
                        "none,\n" CROW("C") CROW("D"));
  assert_int_equal(vf_register_read_clients_csv(reg, pc, VF_READ_SKIP, &c, &e), VF_OK);
  /* 4 data lines: A, the broken B, C, D */
  assert_int_equal(c.read, 4);
  assert_int_equal(c.used, 3);
  assert_int_equal(c.rejected, 1);
  assert_int_equal(vf_register_client_count(reg), 3);
  assert_string_equal(vf_client_id(vf_register_client(reg, 2)), "D");
  const vf_error *r = vf_register_rejection(reg, 0);
  assert_int_equal(r->line, 3);
  has(r->message, "clients.csv:3: quoted field 1 is not closed");
  const char *pp = file("payments.csv", PHEAD "A,2024,1,100,0,grant\n\"C,2024,2,100,0,grant\n"
                        "D,2024,3,100,0,grant\n");
  assert_int_equal(vf_register_read_payments_csv(reg, pp, VF_READ_SKIP, &c, &e), VF_OK);
  assert_int_equal(c.read, 3);
  assert_int_equal(c.used, 2);
  assert_int_equal(c.rejected, 1);
  assert_int_equal(vf_register_payment_count(reg), 2);
  vf_register_free(reg);
}

/* Defect 7: a stream without end (/dev/zero) and a file over the limit are
 * refused; before, /dev/zero grew the buffer until memory ran out. */
static void input_size_is_bounded(void **state) {
  (void)state;
  vf_read_limits l;
  vf_read_limits_init(&l);
  assert_int_equal(l.version, VF_READ_LIMITS_VERSION);
  assert_true(l.max_bytes == (uint64_t)4 * 1024 * 1024 * 1024);
  assert_int_equal(l.max_rejections, 1000);
  l.max_bytes = 1 << 20;
  vf_register *reg;
  vf_error e;
  vf_read_counts c;
  assert_int_equal(vf_register_new(&reg, NULL), VF_OK);
  assert_int_equal(vf_register_set_read_limits(reg, &l, &e), VF_OK);
  assert_int_equal(vf_register_read_clients_csv(reg, "/dev/zero", VF_READ_SKIP, &c, &e), VF_E_RANGE);
  assert_string_equal(e.message, "/dev/zero: longer than 1048576 bytes, the limit for one input "
                                 "file (vf_read_limits; docs/robustness.md, \"Limits\")");
  assert_int_equal(c.read, 0);
  /* A regular file: exactly at the limit is read, one byte over is refused. */
  const char *p = file("c.csv", CHEAD CROW("A")); /* 73 + 49 = 122 bytes */
  l.max_bytes = strlen(CHEAD CROW("A"));
  assert_int_equal(l.max_bytes, 122);
  assert_int_equal(vf_register_set_read_limits(reg, &l, &e), VF_OK);
  assert_int_equal(vf_register_read_clients_csv(reg, p, VF_READ_SKIP, &c, &e), VF_OK);
  assert_int_equal(c.used, 1);
  l.max_bytes = 121;
  assert_int_equal(vf_register_set_read_limits(reg, &l, &e), VF_OK);
  assert_int_equal(vf_register_read_clients_csv(reg, p, VF_READ_SKIP, &c, &e), VF_E_RANGE);
  has(e.message, "longer than 121 bytes");
  /* Bad limits change nothing. */
  l.max_bytes = 0;
  assert_int_equal(vf_register_set_read_limits(reg, &l, &e), VF_E_INVALID_ARG);
  assert_string_equal(e.field, "max_bytes");
  l.max_bytes = 1000;
  l.version = 99;
  assert_int_equal(vf_register_set_read_limits(reg, &l, &e), VF_E_INVALID_ARG);
  assert_string_equal(e.field, "version");
  assert_int_equal(vf_register_read_clients_csv(reg, p, VF_READ_SKIP, &c, &e), VF_E_RANGE);
  assert_int_equal(vf_register_set_read_limits(reg, NULL, &e), VF_OK); /* defaults again */
  vf_register_free(reg);
  /* The client reader. */
  vf_client_reader *r = NULL;
  vf_read_limits_init(&l);
  l.max_bytes = 4096;
  assert_int_equal(vf_client_reader_open_limited(&r, "/dev/zero", &l, &e), VF_E_RANGE);
  assert_null(r);
  has(e.message, "/dev/zero: longer than 4096 bytes");
  assert_int_equal(vf_client_reader_open_limited(&r, p, NULL, &e), VF_OK);
  vf_client_reader_free(r);
}

/* Defect 7: rejections kept are capped, all are counted. */
static void rejections_are_capped_and_counted(void **state) {
  (void)state;
  vf_register *reg;
  vf_error e;
  vf_read_counts c;
  vf_read_limits l;
  vf_read_limits_init(&l);
  l.max_rejections = 2;
  assert_int_equal(vf_register_new(&reg, NULL), VF_OK);
  assert_int_equal(vf_register_set_read_limits(reg, &l, &e), VF_OK);
  /* 5 rows with an unknown gender, then one good row. */
  const char *p = file("c.csv", CHEAD "a,,x,unmarried,norwegian,work,none,\nb,,x,unmarried,norwegian,work,"
                       "none,\nc,,x,unmarried,norwegian,work,none,\nd,,x,unmarried,norwegian,work,none,\n"
                       "e,,x,unmarried,norwegian,work,none,\n" CROW("f"));
  assert_int_equal(vf_register_read_clients_csv(reg, p, VF_READ_SKIP, &c, &e), VF_OK);
  assert_int_equal(c.read, 6);
  assert_int_equal(c.rejected, 5);
  assert_int_equal(c.used, 1);
  assert_int_equal(vf_register_rejection_count(reg), 2);
  assert_int_equal(vf_register_rejection_total(reg), 5);
  assert_int_equal(vf_register_rejection(reg, 1)->line, 3); /* b is on line 3 */
  assert_null(vf_register_rejection(reg, 2));
  vf_register_clear_rejections(reg);
  assert_int_equal(vf_register_rejection_count(reg), 0);
  assert_int_equal(vf_register_rejection_total(reg), 0);
  vf_register_free(reg);
}

/* Defect 9: a BOM is skipped by the register and parameter readers as by the
 * client reader. Before: "unknown column '\xEF\xBB\xBFid'" and "header must
 * be exactly ...". */
static void bom_in_every_reader(void **state) {
  (void)state;
  vf_register *reg;
  vf_error e;
  vf_read_counts c;
  assert_int_equal(vf_register_new(&reg, NULL), VF_OK);
  assert_int_equal(vf_register_read_clients_csv(reg, file("c.csv", "\xEF\xBB\xBF" CHEAD CROW("A")),
                                                VF_READ_STRICT, &c, &e), VF_OK);
  assert_int_equal(c.used, 1);
  assert_int_equal(vf_register_read_payments_csv(reg, file("p.csv", "\xEF\xBB\xBF" PHEAD
                                                 "A,2024,1,100,0,grant\n"), VF_READ_STRICT, &c, &e),
                   VF_OK);
  assert_int_equal(c.used, 1);
  assert_int_equal(vf_register_read_population_csv(reg, file("n.csv", "\xEF\xBB\xBFyear,age,persons\n"
                                                   "2024,30,1000\n"), VF_READ_STRICT, &c, &e), VF_OK);
  assert_int_equal(vf_register_population(reg, 2024, 30), 1000);
  vf_register_free(reg);
  vf_ctx *ctx;
  assert_int_equal(vf_ctx_new(&ctx, NULL, NULL), VF_OK);
  const char *pt = "\xEF\xBB\xBFname,valid_from,value,unit,source\ng,2030-05-01,150000,nok_per_year,test\n";
  assert_int_equal(vf_ctx_load_params_text(ctx, pt, strlen(pt), "p.csv", &e), VF_OK);
  vf_ctx_free(ctx);
  char ids[64], msgs[2][VF_ERROR_MESSAGE_SIZE];
  int nbad;
  read_clients("\xEF\xBB\xBFid\nA\n", ids, sizeof ids, msgs, &nbad);
  assert_string_equal(ids, "A");
}

/* Defect 9: CR-only line ends are refused in words, in every reader. Before:
 * the whole file was one header line, "unknown column 'childrenA'". */
static void cr_only_line_ends_refused(void **state) {
  (void)state;
  const char *want = "carriage return without a line feed in field 8: old Mac (CR-only) line "
                     "ends are not read";
  vf_register *reg;
  vf_error e;
  assert_int_equal(vf_register_new(&reg, NULL), VF_OK);
  const char *cr = "id,birth_date,gender,civil_status,citizenship,main_income,trygd,children\r"
                   "A,1990-01-01,male,unmarried,norwegian,work,none,\r";
  assert_int_equal(vf_register_read_clients_csv(reg, file("c.csv", cr), VF_READ_SKIP, NULL, &e),
                   VF_E_PARSE);
  has(e.message, "c.csv:1: ");
  has(e.message, want);
  vf_register_free(reg);
  vf_client_reader *r = NULL;
  assert_int_equal(vf_client_reader_open_text(&r, cr, strlen(cr), "c.csv", &e), VF_E_PARSE);
  has(e.message, want);
  vf_ctx *ctx;
  assert_int_equal(vf_ctx_new(&ctx, NULL, NULL), VF_OK);
  const char *pt = "name,valid_from,value,unit,source\rg,2030-05-01,1,nok_per_year,x\r";
  assert_int_equal(vf_ctx_load_params_text(ctx, pt, strlen(pt), "p.csv", &e), VF_E_PARSE);
  has(e.message, "p.csv:1: carriage return without a line feed in field 5");
  vf_ctx_free(ctx);
  /* CRLF is still fine; a lone CR inside a row rejects that row only. */
  char ids[64], msgs[2][VF_ERROR_MESSAGE_SIZE];
  int nbad;
  read_clients("id\r\nA\r\nB\rC\r\nD\r\n", ids, sizeof ids, msgs, &nbad);
  assert_string_equal(ids, "A D");
  assert_int_equal(nbad, 1);
  has(msgs[0], "c.csv:3: carriage return without a line feed in field 1");
}

/* Defect 9 in the KOSTRA reader: a BOM is skipped (before: it made the first
 * record 3 bytes longer than the layout), CR-only line ends are refused in
 * words (before: the file was one record of the wrong length). Two records of
 * the 11F 2026 length, 338 characters. */
static void kostra_bom_and_cr(void **state) {
  (void)state;
  char rec[339];
  memset(rec, ' ', 338);
  memcpy(rec, "4601", 4); /* KOMMUNE_NR, positions 1-4 */
  rec[338] = '\0';
  char text[3 + 2 * 340];
  snprintf(text, sizeof text, "\xEF\xBB\xBF%s\r\n%s\n", rec, rec);
  vf_kostra_file *f = NULL;
  vf_error e;
  assert_int_equal(vf_kostra_file_parse(text, strlen(text), "k.dat", VF_KOSTRA_11F, 2026, &f, &e),
                   VF_OK);
  assert_int_equal(vf_kostra_file_record_count(f), 2);
  char buf[8];
  assert_int_equal(vf_kostra_file_get(f, 0, "KOMMUNE_NR", buf, sizeof buf, &e), VF_OK);
  assert_string_equal(buf, "4601"); /* not the BOM and "460" */
  vf_kostra_file_free(f);
  snprintf(text, sizeof text, "%s\r%s\r", rec, rec);
  f = NULL;
  assert_int_equal(vf_kostra_file_parse(text, strlen(text), "k.dat", VF_KOSTRA_11F, 2026, &f, &e),
                   VF_E_PARSE);
  assert_null(f);
  has(e.message, "k.dat:1: carriage return without a line feed: old Mac (CR-only) line ends");
}

/* Defect 9: ids with a line break (or any control character) are refused.
 * Before: JSON "a\nb" made a register whose clients.csv read back as two
 * broken rows. */
static void ids_refuse_line_breaks(void **state) {
  (void)state;
  vf_client *c;
  vf_error e;
  assert_int_equal(vf_client_new(&c, NULL), VF_OK);
  assert_int_equal(vf_client_set_id(c, "a\nb", &e), VF_E_PARSE);
  assert_string_equal(e.field, "id");
  assert_string_equal(e.message, "id: control character (byte 2 is 0x0A: a line break, tab or the "
                                 "like) is not allowed");
  assert_int_equal(vf_client_set_id(c, "a\tb", &e), VF_E_PARSE);
  assert_int_equal(vf_client_set_id(c, "x\x7F", &e), VF_E_PARSE);
  assert_int_equal(vf_client_set_id(c, "Ærlig 01", &e), VF_OK);
  vf_client_free(c);
  const char *j = "{\n  \"id\": \"a\\r\\nb\"\n}";
  c = NULL;
  assert_int_equal(vf_client_from_json(&c, j, strlen(j), "c.json", &e), VF_E_PARSE);
  assert_null(c);
  has(e.message, "c.json:2:");
  has(e.message, "control character (byte 2 is 0x0D");
}

/* Defect 9: JSON given to the client CSV reader is named as JSON. Before:
 * "unknown column '[{\"id\": \"a\"}]'". */
static void json_is_not_read_as_csv(void **state) {
  (void)state;
  vf_client_reader *r = NULL;
  vf_error e;
  const char *t = "\n  [{\"id\": \"a\"}]\n";
  assert_int_equal(vf_client_reader_open_text(&r, t, strlen(t), "l.json", &e), VF_E_PARSE);
  assert_null(r);
  assert_string_equal(e.message, "l.json:2: this is JSON (it starts with '['), not CSV: a client "
                                 "CSV file starts with a header row (docs/clients.md)");
  t = "\xEF\xBB\xBF{\"id\": \"a\"}";
  assert_int_equal(vf_client_reader_open_text(&r, t, strlen(t), "o.json", &e), VF_E_PARSE);
  has(e.message, "o.json:1: this is JSON (it starts with '{')");
}

/* Defect 9: the row whose amount makes a year's sum overflow 64-bit øre is
 * rejected with its file and line. Before: every row was read and
 * vf_indicators_compute() failed with "gross: payments of 2024 do not fit"
 * and no place. 50 000 000 000 000 000.00 kr = 5e18 øre; twice is 1e19 øre >
 * INT64_MAX (9 223 372 036 854 775 807). */
static void overflowing_sum_names_its_row(void **state) {
  (void)state;
  vf_register *reg;
  vf_error e;
  vf_read_counts c;
  assert_int_equal(vf_register_new(&reg, NULL), VF_OK);
  assert_int_equal(vf_register_read_clients_csv(reg, file("c.csv", CHEAD CROW("A")), VF_READ_STRICT,
                                                &c, &e), VF_OK);
  const char *p = file("p.csv", PHEAD "A,2024,1,50000000000000000.00,0,grant\n"
                       "A,2025,1,50000000000000000.00,0,grant\n"    /* another year: fits */
                       "A,2024,2,50000000000000000.00,0,grant\n"    /* 2024 overflows */
                       "A,2024,3,1,50000000000000000.00,grant\n"
                       "A,2024,4,1,50000000000000000.00,grant\n");  /* refunds overflow */
  assert_int_equal(vf_register_read_payments_csv(reg, p, VF_READ_SKIP, &c, &e), VF_OK);
  assert_int_equal(c.read, 5);
  assert_int_equal(c.used, 3);
  assert_int_equal(c.rejected, 2);
  const vf_error *r = vf_register_rejection(reg, 0);
  assert_int_equal(r->status, VF_E_OVERFLOW);
  assert_int_equal(r->line, 4);
  assert_string_equal(r->field, "gross");
  has(r->message, "p.csv:4: gross: the gross payments of 2024 would add up to more than 64-bit øre");
  r = vf_register_rejection(reg, 1);
  assert_int_equal(r->line, 6);
  assert_string_equal(r->field, "refunded");
  /* The indicators of 2024 now compute: 5e18 + 1 øre gross. */
  vf_indicators *ind;
  assert_int_equal(vf_indicators_compute(reg, 2024, NULL, &ind, &e), VF_OK);
  vf_indicators_free(ind);
  /* A strict read that fails rolls the sums back with the rows. */
  vf_register *reg2;
  assert_int_equal(vf_register_new(&reg2, NULL), VF_OK);
  assert_int_equal(vf_register_read_clients_csv(reg2, file("c.csv", CHEAD CROW("A")), VF_READ_STRICT,
                                                &c, &e), VF_OK);
  const char *q = file("q.csv", PHEAD "A,2024,1,50000000000000000.00,0,grant\nA,2024,1,x,0,grant\n");
  assert_int_equal(vf_register_read_payments_csv(reg2, q, VF_READ_STRICT, &c, &e), VF_E_PARSE);
  assert_int_equal(vf_register_payment_count(reg2), 0);
  q = file("q.csv", PHEAD "A,2024,1,50000000000000000.00,0,grant\n");
  assert_int_equal(vf_register_read_payments_csv(reg2, q, VF_READ_STRICT, &c, &e), VF_OK);
  vf_register_free(reg2);
  vf_register_free(reg);
}

static int setup(void **state) {
  (void)state;
  snprintf(dir, sizeof dir, "/tmp/velferd-test-readers.XXXXXX");
  return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state) {
  (void)state;
  const char *names[] = {"clients.csv", "payments.csv", "c.csv", "p.csv", "n.csv", "q.csv"};
  char p[128];
  for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
    snprintf(p, sizeof p, "%s/%s", dir, names[i]);
    unlink(p);
  }
  return rmdir(dir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(client_csv_unclosed_quote_costs_one_row),
    cmocka_unit_test(register_unclosed_quote_costs_one_row),
    cmocka_unit_test(input_size_is_bounded),
    cmocka_unit_test(rejections_are_capped_and_counted),
    cmocka_unit_test(bom_in_every_reader),
    cmocka_unit_test(cr_only_line_ends_refused),
    cmocka_unit_test(kostra_bom_and_cr),
    cmocka_unit_test(ids_refuse_line_breaks),
    cmocka_unit_test(json_is_not_read_as_csv),
    cmocka_unit_test(overflowing_sum_names_its_row),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
