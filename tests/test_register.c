/* Register: clients, payments, population, CSV files with per-row reports. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "velferd/velferd.h"

static vf_client *mk(const char *id) {
  vf_client *c;
  assert_int_equal(vf_client_new(&c, NULL), VF_OK);
  assert_int_equal(vf_client_set_id(c, id, NULL), VF_OK);
  return c;
}

static char tmpdir[256];

static int setup(void **state) {
  (void)state;
  snprintf(tmpdir, sizeof tmpdir, "/tmp/vf_test_register_%ld", (long)getpid());
  return 0;
}

static const char *tmp(const char *name) {
  static char p[512];
  snprintf(p, sizeof p, "%s_%s", tmpdir, name);
  return p;
}

static void write_text(const char *path, const char *text) {
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  fputs(text, f);
  fclose(f);
}

static void clients_and_payments(void **state) {
  (void)state;
  vf_register *r;
  vf_error e;
  assert_int_equal(vf_register_new(&r, &e), VF_OK);
  assert_int_equal(vf_register_client_count(r), 0);
  vf_client *a = mk("A"), *b = mk("B"), *none = mk("");
  size_t ia = 99, ib = 99;
  assert_int_equal(vf_register_add_client(r, a, &ia, &e), VF_OK);
  assert_int_equal(vf_register_add_client(r, b, &ib, &e), VF_OK);
  assert_int_equal(ia, 0);
  assert_int_equal(ib, 1);
  assert_int_equal(vf_register_add_client(r, a, NULL, &e), VF_E_DUPLICATE);
  assert_string_equal(e.field, "id");
  assert_int_equal(vf_register_add_client(r, none, NULL, &e), VF_E_INVALID_ARG);
  assert_int_equal(vf_register_client_count(r), 2);
  /* the register holds a copy */
  vf_client_set_gender(a, VF_GENDER_FEMALE, NULL);
  assert_int_equal(vf_client_gender(vf_register_client(r, 0)), VF_GENDER_UNKNOWN);
  assert_null(vf_register_client(r, 2));
  size_t idx;
  assert_int_equal(vf_register_find_client(r, "B", &idx, &e), VF_OK);
  assert_int_equal(idx, 1);
  assert_int_equal(vf_register_find_client(r, "C", &idx, &e), VF_E_NOT_FOUND);

  assert_int_equal(vf_register_add_payment(r, "B", 2024, 3, 150000, 0, VF_ASSIST_GRANT, &e), VF_OK);
  assert_int_equal(vf_register_add_payment(r, "A", 2024, 13, 1, 0, VF_ASSIST_GRANT, &e), VF_E_DATE);
  assert_string_equal(e.field, "month");
  assert_int_equal(vf_register_add_payment(r, "A", 2024, 0, 1, 0, VF_ASSIST_GRANT, &e), VF_E_DATE);
  assert_int_equal(vf_register_add_payment(r, "A", 2024, 1, -1, 0, VF_ASSIST_GRANT, &e), VF_E_RANGE);
  assert_string_equal(e.field, "gross");
  assert_int_equal(vf_register_add_payment(r, "A", 2024, 1, 1, -5, VF_ASSIST_GRANT, &e), VF_E_RANGE);
  assert_string_equal(e.field, "refunded");
  assert_int_equal(vf_register_add_payment(r, "A", 2024, 1, 1, 0, (vf_assistance_kind)0, &e),
                   VF_E_UNKNOWN_CODE);
  assert_int_equal(vf_register_add_payment(r, "Z", 2024, 1, 1, 0, VF_ASSIST_LOAN, &e), VF_E_NOT_FOUND);
  /* refunds larger than the payment are allowed (recovered later) */
  assert_int_equal(vf_register_add_payment(r, "A", 2024, 12, 100, 500, VF_ASSIST_LOAN, &e), VF_OK);
  assert_int_equal(vf_register_payment_count(r), 2);
  vf_payment p;
  assert_int_equal(vf_register_payment(r, 1, &p, &e), VF_OK);
  assert_int_equal(p.client, 0);
  assert_int_equal(p.year, 2024);
  assert_int_equal(p.month, 12);
  assert_int_equal(p.gross, 100);
  assert_int_equal(p.refunded, 500);
  assert_int_equal(p.kind, VF_ASSIST_LOAN);
  assert_int_equal(vf_register_payment(r, 2, &p, &e), VF_E_RANGE);

  assert_int_equal(vf_register_population(r, 2024, 30), -1);
  assert_int_equal(vf_register_set_population(r, 2024, 30, 1234, &e), VF_OK);
  assert_int_equal(vf_register_set_population(r, 2024, 30, 1235, &e), VF_OK);
  assert_int_equal(vf_register_population(r, 2024, 30), 1235);
  assert_int_equal(vf_register_population(r, 2024, 31), -1);
  assert_int_equal(vf_register_set_population(r, 2024, 121, 1, &e), VF_E_RANGE);
  assert_int_equal(vf_register_set_population(r, 2024, 1, -1, &e), VF_E_RANGE);
  assert_int_equal(vf_register_population_year_count(r), 1);
  assert_int_equal(vf_register_population_year(r, 0), 2024);
  vf_client_free(a);
  vf_client_free(b);
  vf_client_free(none);
  vf_register_free(r);
  vf_register_free(NULL);
}

static void many_clients_hash(void **state) {
  (void)state;
  vf_register *r;
  assert_int_equal(vf_register_new(&r, NULL), VF_OK);
  char id[32];
  for (int i = 0; i < 5000; i++) {
    snprintf(id, sizeof id, "c%d", i);
    vf_client *c = mk(id);
    assert_int_equal(vf_register_add_client(r, c, NULL, NULL), VF_OK);
    vf_client_free(c);
  }
  for (int i = 0; i < 5000; i += 7) {
    size_t idx;
    snprintf(id, sizeof id, "c%d", i);
    assert_int_equal(vf_register_find_client(r, id, &idx, NULL), VF_OK);
    assert_int_equal(idx, (size_t)i);
  }
  vf_register_free(r);
}

static const char *CLIENTS =
    "id,birth_date,gender,civil_status,citizenship,main_income,trygd,children\n"
    "J1,1990-05-01,female,unmarried,norwegian,social_assistance,none,2015-01-02 2018-03-04\n"
    "\"J,2\",,male,5,foreign,trygd,disability,\n";

static void clients_csv_round_trip(void **state) {
  (void)state;
  vf_register *r, *r2;
  vf_error e;
  vf_read_counts c;
  assert_int_equal(vf_register_new(&r, NULL), VF_OK);
  write_text(tmp("c.csv"), CLIENTS);
  assert_int_equal(vf_register_read_clients_csv(r, tmp("c.csv"), VF_READ_STRICT, &c, &e), VF_OK);
  assert_int_equal(c.read, 2);
  assert_int_equal(c.used, 2);
  assert_int_equal(c.rejected, 0);
  const vf_client *j1 = vf_register_client(r, 0), *j2 = vf_register_client(r, 1);
  assert_int_equal(vf_client_child_count(j1), 2);
  assert_int_equal(vf_client_birth_date(j1).year, 1990);
  assert_int_equal(vf_client_main_income(j1), VF_INCOME_SRC_SOCIAL_ASSISTANCE);
  assert_string_equal(vf_client_id(j2), "J,2");
  assert_int_equal(vf_client_civil_status(j2), VF_CIVIL_WIDOWED); /* code 5 */
  assert_int_equal(vf_client_birth_date(j2).year, 0);
  assert_int_equal(vf_register_add_payment(r, "J,2", 2024, 2, 123456, 78, VF_ASSIST_GRANT, &e), VF_OK);
  assert_int_equal(vf_register_set_population(r, 2024, 40, 77, &e), VF_OK);
  assert_int_equal(vf_register_write_dir(r, tmp("dir"), &e), VF_OK);

  assert_int_equal(vf_register_new(&r2, NULL), VF_OK);
  vf_read_counts cc, pc, qc;
  assert_int_equal(vf_register_read_dir(r2, tmp("dir"), VF_READ_STRICT, &cc, &pc, &qc, &e), VF_OK);
  assert_int_equal(cc.used, 2);
  assert_int_equal(pc.used, 1);
  assert_int_equal(qc.used, 1);
  assert_int_equal(vf_register_population(r2, 2024, 40), 77);
  vf_payment p;
  assert_int_equal(vf_register_payment(r2, 0, &p, &e), VF_OK);
  assert_int_equal(p.client, 1);
  assert_int_equal(p.gross, 123456);
  assert_int_equal(p.refunded, 78);
  vf_date d;
  assert_int_equal(vf_client_child_birth(vf_register_client(r2, 0), 1, &d, &e), VF_OK);
  assert_int_equal(d.year, 2018);
  assert_int_equal(d.month, 3);
  assert_string_equal(vf_client_id(vf_register_client(r2, 1)), "J,2");
  vf_register_free(r);
  vf_register_free(r2);
  char path[600];
  const char *files[] = {"clients.csv", "payments.csv", "population.csv"};
  for (int i = 0; i < 3; i++) {
    snprintf(path, sizeof path, "%s/%s", tmp("dir"), files[i]);
    remove(path);
  }
  rmdir(tmp("dir"));
  remove(tmp("c.csv"));
}

static const char *BAD_PAYMENTS =
    "client_id,year,month,gross,refunded,kind\n"
    "J1,2024,1,1000.00,0,grant\n"
    "J9,2024,1,1000.00,0,grant\n"      /* line 3: unknown client */
    "J1,2024,13,1000.00,0,grant\n"     /* line 4: month */
    "J1,2024,2,-5,0,grant\n"           /* line 5: negative */
    "J1,2024,2,5,0,gift\n"             /* line 6: kind */
    "J1,2024,2,5\n"                    /* line 7: field count */
    "J1,2024,3,0,0,loan\n";

static void bad_rows(void **state) {
  (void)state;
  vf_register *r;
  vf_error e;
  vf_read_counts c;
  assert_int_equal(vf_register_new(&r, NULL), VF_OK);
  write_text(tmp("c.csv"), CLIENTS);
  write_text(tmp("p.csv"), BAD_PAYMENTS);
  assert_int_equal(vf_register_read_clients_csv(r, tmp("c.csv"), VF_READ_STRICT, NULL, &e), VF_OK);
  /* strict: stops at line 3, nothing added; every row read counts as rejected */
  assert_int_equal(vf_register_read_payments_csv(r, tmp("p.csv"), VF_READ_STRICT, &c, &e),
                   VF_E_NOT_FOUND);
  assert_int_equal(e.line, 3);
  assert_string_equal(e.field, "client_id");
  /* the line and field, but not the id (masked: one star per character) */
  assert_non_null(strstr(e.message, "p.csv:3: client_id: no client '**' in the register"));
  assert_null(strstr(e.message, "J9"));
  assert_int_equal(c.read, 2);
  assert_int_equal(c.used, 0);
  assert_int_equal(c.rejected, 2);
  assert_int_equal(vf_register_payment_count(r), 0);
  assert_int_equal(vf_register_rejection_count(r), 0);
  /* skip: 7 rows, 2 used, 5 rejected and listed */
  assert_int_equal(vf_register_read_payments_csv(r, tmp("p.csv"), VF_READ_SKIP, &c, &e), VF_OK);
  assert_int_equal(c.read, 7);
  assert_int_equal(c.used, 2);
  assert_int_equal(c.rejected, 5);
  assert_int_equal(vf_register_payment_count(r), 2);
  assert_int_equal(vf_register_rejection_count(r), 5);
  static const struct { int line; const char *field; vf_status st; } want[] = {
    {3, "client_id", VF_E_NOT_FOUND}, {4, "month", VF_E_RANGE}, {5, "gross", VF_E_RANGE},
    {6, "assistance_kind", VF_E_UNKNOWN_CODE}, {7, "", VF_E_PARSE}};
  for (size_t i = 0; i < 5; i++) {
    const vf_error *x = vf_register_rejection(r, i);
    assert_non_null(x);
    assert_int_equal(x->line, want[i].line);
    assert_string_equal(x->field, want[i].field);
    assert_int_equal(x->status, want[i].st);
    char pre[64];
    snprintf(pre, sizeof pre, ":%d: ", want[i].line);
    assert_non_null(strstr(x->message, pre));
  }
  assert_null(vf_register_rejection(r, 5));
  vf_register_clear_rejections(r);
  assert_int_equal(vf_register_rejection_count(r), 0);
  vf_register_free(r);
  remove(tmp("p.csv"));
  remove(tmp("c.csv"));
}

static void bad_files(void **state) {
  (void)state;
  vf_register *r;
  vf_error e;
  vf_read_counts c;
  assert_int_equal(vf_register_new(&r, NULL), VF_OK);
  write_text(tmp("h.csv"), "id,birth_date,gender,civil_status,citizenship,main_income,trygd\n");
  assert_int_equal(vf_register_read_clients_csv(r, tmp("h.csv"), VF_READ_SKIP, &c, &e), VF_E_PARSE);
  assert_string_equal(e.field, "children");
  assert_int_equal(c.read, 0);
  write_text(tmp("h.csv"), "");
  assert_int_equal(vf_register_read_clients_csv(r, tmp("h.csv"), VF_READ_SKIP, &c, &e), VF_E_PARSE);
  write_text(tmp("h.csv"), "id,birth_date,gender,civil_status,citizenship,main_income,trygd,children,x\n");
  assert_int_equal(vf_register_read_clients_csv(r, tmp("h.csv"), VF_READ_SKIP, &c, &e), VF_E_PARSE);
  assert_string_equal(e.field, "x");
  /* duplicate ids and bad codes in one file, strict: nothing added */
  write_text(tmp("h.csv"),
             "children,id,birth_date,gender,civil_status,citizenship,main_income,trygd\n"
             ",A,,male,married,norwegian,work,none\n"
             ",A,,male,married,norwegian,work,none\n"
             ",B,1990-02-30,male,married,norwegian,work,none\n"
             ",C,,Male,married,norwegian,work,none\n"
             "2020-01-01  2020-01-02,D,,male,married,norwegian,work,none\n"
             ",E,,,married,norwegian,work,none\n");
  assert_int_equal(vf_register_read_clients_csv(r, tmp("h.csv"), VF_READ_STRICT, &c, &e),
                   VF_E_DUPLICATE);
  assert_int_equal(e.line, 3);
  assert_int_equal(vf_register_client_count(r), 0);
  assert_int_equal(vf_register_read_clients_csv(r, tmp("h.csv"), VF_READ_SKIP, &c, &e), VF_OK);
  assert_int_equal(c.read, 6);
  assert_int_equal(c.used, 1);
  assert_int_equal(c.rejected, 5);
  assert_string_equal(vf_register_rejection(r, 1)->field, "birth_date");
  assert_string_equal(vf_register_rejection(r, 2)->field, "gender");
  assert_string_equal(vf_register_rejection(r, 3)->field, "children");
  assert_string_equal(vf_register_rejection(r, 4)->field, "gender");
  assert_int_equal(vf_register_read_clients_csv(r, "/nonexistent/x.csv", VF_READ_SKIP, &c, &e),
                   VF_E_IO);
  /* population */
  write_text(tmp("q.csv"), "year,age,persons\n2024,18,100\n2024,18,5\n2024,121,5\n2024,19,x\n");
  assert_int_equal(vf_register_read_population_csv(r, tmp("q.csv"), VF_READ_STRICT, &c, &e),
                   VF_E_DUPLICATE);
  assert_int_equal(vf_register_population(r, 2024, 18), -1);
  assert_int_equal(vf_register_read_population_csv(r, tmp("q.csv"), VF_READ_SKIP, &c, &e), VF_OK);
  assert_int_equal(c.used, 1);
  assert_int_equal(c.rejected, 3);
  assert_int_equal(vf_register_population(r, 2024, 18), 100);
  vf_register_free(r);
  remove(tmp("h.csv"));
  remove(tmp("q.csv"));
}

/* Privacy (issue 7): a client id may be a fødselsnummer, so the register's
 * messages name file, line and field but never the id. An 11-character id
 * shows its first six characters (the birth date) and five stars, as KOSTRA
 * messages do (vf_kostra_fnr_mask); any other id one star per character. */
static void messages_mask_ids(void **state) {
  (void)state;
  static const char *const fnr = "01019012345", *const other = "31129954321";
  vf_register *r;
  vf_error e;
  vf_read_counts c;
  assert_int_equal(vf_register_new(&r, NULL), VF_OK);
  write_text(tmp("m.csv"),
             "id,birth_date,gender,civil_status,citizenship,main_income,trygd,children\n"
             "01019012345,1990-01-01,male,married,norwegian,work,none,\n"
             "01019012345,1990-01-01,male,married,norwegian,work,none,\n"
             "JOURNAL-77,1990-01-01,male,married,norwegian,work,none,\n"
             "JOURNAL-77,1990-01-01,male,married,norwegian,work,none,\n");
  write_text(tmp("n.csv"), "client_id,year,month,gross,refunded,kind\n"
                           "31129954321,2024,1,100,0,grant\n"
                           "01019012345,2024,1,100,0,grant\n");
  /* strict: the duplicate on line 3 */
  assert_int_equal(vf_register_read_clients_csv(r, tmp("m.csv"), VF_READ_STRICT, &c, &e), VF_E_DUPLICATE);
  assert_int_equal(e.line, 3);
  assert_string_equal(e.field, "id");
  assert_non_null(strstr(e.message, "m.csv:3: id: client '010190*****' is already in the register"));
  assert_null(strstr(e.message, fnr));
  /* skip: both duplicates rejected, neither id in a rejection */
  assert_int_equal(vf_register_read_clients_csv(r, tmp("m.csv"), VF_READ_SKIP, &c, &e), VF_OK);
  assert_int_equal(c.rejected, 2);
  assert_non_null(strstr(vf_register_rejection(r, 1)->message, "m.csv:5: id: client '**********' is already"));
  /* a payment for an unknown client */
  assert_int_equal(vf_register_read_payments_csv(r, tmp("n.csv"), VF_READ_STRICT, &c, &e), VF_E_NOT_FOUND);
  assert_int_equal(e.line, 2);
  assert_string_equal(e.field, "client_id");
  assert_non_null(strstr(e.message, "n.csv:2: client_id: no client '311299*****' in the register"));
  assert_int_equal(vf_register_read_payments_csv(r, tmp("n.csv"), VF_READ_SKIP, &c, &e), VF_OK);
  assert_int_equal(c.rejected, 1);
  for (size_t i = 0; i < vf_register_rejection_count(r); i++) {
    const char *m = vf_register_rejection(r, i)->message;
    assert_null(strstr(m, fnr));
    assert_null(strstr(m, other));
    assert_null(strstr(m, "JOURNAL-77"));
  }
  /* the API calls themselves */
  vf_client *a = mk(fnr);
  assert_int_equal(vf_register_add_client(r, a, NULL, &e), VF_E_DUPLICATE);
  assert_null(strstr(e.message, fnr));
  assert_int_equal(vf_register_find_client(r, other, NULL, &e), VF_E_NOT_FOUND);
  assert_null(strstr(e.message, other));
  assert_int_equal(vf_register_add_payment(r, other, 2024, 1, 1, 0, VF_ASSIST_GRANT, &e), VF_E_NOT_FOUND);
  assert_null(strstr(e.message, other));
  vf_client_free(a);
  vf_register_free(r);
  remove(tmp("m.csv"));
  remove(tmp("n.csv"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(messages_mask_ids),
    cmocka_unit_test(clients_and_payments), cmocka_unit_test(many_clients_hash),
    cmocka_unit_test(clients_csv_round_trip), cmocka_unit_test(bad_rows),
    cmocka_unit_test(bad_files)};
  return cmocka_run_group_tests(tests, setup, NULL);
}
