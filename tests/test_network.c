/* Network comparison (network.h): averages and indices worked out by hand. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "velferd/velferd.h"

static vf_network_row row(const vf_network_result *r, size_t i) {
  vf_network_row x;
  assert_int_equal(vf_network_result_row(r, i, &x, NULL), VF_OK);
  return x;
}

/* Three members, one missing ('..'): share 12.5 % (2500/200), 10.0 %
 * (1000/100). Pooled: 3500/300 = 35/3 = 11.67 -> 11.7; indices 100 x 12.5 /
 * (35/3) = 750/7 = 107.14 -> 107.1 and 600/7 = 85.71 -> 85.7. Mean: 11.25 ->
 * 11.3; 1000/9 = 111.1 and 800/9 = 88.9. */
static void pooled_and_mean_with_missing(void **state) {
  (void)state;
  vf_network_data *nd;
  assert_int_equal(vf_network_data_new(&nd, NULL), VF_OK);
  assert_int_equal(vf_network_data_add(nd, 301, 2023, "share", "12,5", "2500", "200", NULL), VF_OK);
  assert_int_equal(vf_network_data_add(nd, 4601, 2023, "share", "10.0", "1000", "100", NULL), VF_OK);
  assert_int_equal(vf_network_data_add(nd, 5001, 2023, "share", "..", NULL, NULL, NULL), VF_OK);
  vf_error e;
  assert_int_equal(vf_network_data_add(nd, 5001, 2023, "share", "1", NULL, NULL, &e),
                   VF_E_INCONSISTENT);
  vf_network_result *r;
  assert_int_equal(vf_network_compare(nd, NULL, 2023, VF_NETWORK_AUTO, &r, NULL), VF_OK);
  assert_int_equal(vf_network_result_rows(r), 4);
  vf_network_row a = row(r, 0);
  assert_int_equal(a.how, VF_NETWORK_POOLED);
  assert_int_equal(a.num, 35);
  assert_int_equal(a.den, 3);
  assert_int_equal(a.rounded, 117);
  assert_int_equal(a.decimals, 1);
  assert_int_equal(a.members_used, 2);
  assert_int_equal(a.members_missing, 1);
  assert_int_equal(row(r, 1).municipality, 301);
  assert_int_equal(row(r, 1).index.num, 750);
  assert_int_equal(row(r, 1).index.den, 7);
  assert_int_equal(row(r, 1).index.rounded, 1071);
  assert_int_equal(row(r, 2).index.rounded, 857);
  vf_network_row m = row(r, 3);
  assert_int_equal(m.status, VF_VALUE_NO_DATA);
  assert_string_equal(m.symbol, "..");
  assert_int_equal(m.index.status, VF_VALUE_NO_DATA);
  vf_network_result_free(r);
  assert_int_equal(vf_network_compare(nd, NULL, 2023, VF_NETWORK_MEAN, &r, NULL), VF_OK);
  a = row(r, 0);
  assert_int_equal(a.how, VF_NETWORK_MEAN);
  assert_int_equal(a.num, 45);
  assert_int_equal(a.den, 4);
  assert_int_equal(a.rounded, 113);
  assert_int_equal(row(r, 1).index.num, 1000);
  assert_int_equal(row(r, 1).index.den, 9);
  assert_int_equal(row(r, 1).index.rounded, 1111);
  assert_int_equal(row(r, 2).index.rounded, 889);
  vf_network_result_free(r);
  vf_network_data_free(nd);
}

/* A StatBank export in SSB's long layout; the country row is left out. Mean
 * (3.9 + 3.1 + 2.6) / 3 = 3.2; Stavanger 100 x 2.6 / 3.2 = 81.25 -> 81.3. */
static void statbank_text(void **state) {
  (void)state;
  static const char text[] =
      "\"12362: Sosialhjelp\"\n\n\"region\";\"år\";\"statistikkvariabel\";\"12362: Sosialhjelp\"\n"
      "\"0 Hele landet\";\"2023\";\"Andel\";4,1\n\"0301 Oslo\";\"2023\";\"Andel\";3,9\n"
      "\"4601 Bergen\";\"2023\";\"Andel\";3,1\n\"1103 Stavanger\";\"2023\";\"Andel\";2,6\n";
  vf_network_data *nd;
  assert_int_equal(vf_network_data_new(&nd, NULL), VF_OK);
  assert_int_equal(vf_network_data_read_text(nd, text, sizeof text - 1, "t.csv", NULL), VF_OK);
  assert_int_equal(vf_network_data_format(nd), VF_NETWORK_FILE_STATBANK);
  assert_int_equal(vf_network_data_count(nd), 3);
  assert_int_equal(vf_network_data_skipped(nd), 1);
  vf_network_result *r;
  assert_int_equal(vf_network_compare(nd, NULL, 2023, VF_NETWORK_AUTO, &r, NULL), VF_OK);
  assert_int_equal(row(r, 0).rounded, 32);
  assert_int_equal(row(r, 1).municipality, 301);
  assert_int_equal(row(r, 2).municipality, 1103);
  assert_int_equal(row(r, 2).index.rounded, 813);
  vf_network_result_free(r);
  /* a bad value names the file and line */
  vf_error e;
  static const char bad[] = "\"region\";\"år\";\"statistikkvariabel\";\"x\"\n\"0301 Oslo\";\"2023\";\"A\";3,9,1\n";
  assert_int_equal(vf_network_data_read_text(nd, bad, sizeof bad - 1, "b.csv", &e), VF_E_PARSE);
  assert_non_null(strstr(e.message, "b.csv:2: value '3,9,1'"));
  assert_int_equal(vf_network_data_count(nd), 3); /* nothing of the bad file kept */
  vf_network_data_free(nd);
}

/* ASSS members by year: ten until 2021, Asker and Lillestrøm from 2022;
 * Bergen 1201 before 2020 and 4601 after; Bærum 0219, 3024, 3201. */
static void asss_members(void **state) {
  (void)state;
  int m[20];
  size_t n;
  assert_int_equal(vf_network_members("asss", 2019, m, 20, &n, NULL), VF_OK);
  assert_int_equal(n, 10);
  assert_int_equal(m[1], 1201);
  assert_int_equal(m[4], 219);
  assert_int_equal(vf_network_members("asss", 2021, m, 20, &n, NULL), VF_OK);
  assert_int_equal(n, 10);
  assert_int_equal(m[1], 4601);
  assert_int_equal(m[4], 3024);
  assert_int_equal(vf_network_members("asss", 2024, m, 20, &n, NULL), VF_OK);
  assert_int_equal(n, 12);
  assert_int_equal(m[4], 3201);
  assert_int_equal(m[8], 5501);
  assert_int_equal(m[2], 5001);
  assert_int_equal(vf_network_members("asss", 2017, m, 20, &n, NULL), VF_OK);
  assert_int_equal(m[2], 1601);
  char name[32];
  assert_int_equal(vf_network_member_name("asss", 2024, 3301, name, sizeof name), 7);
  assert_string_equal(name, "Drammen");
  assert_int_equal(vf_network_member_name("asss", 2024, 602, name, sizeof name), 0);
  assert_int_equal(vf_network_members("nope", 2024, m, 20, &n, NULL), VF_E_NOT_FOUND);
  assert_int_equal(vf_network_count(), 1);
  assert_string_equal(vf_network_name(0), "asss");
}

/* 3000 / 1.2 = 2500; 2000 / 75 x 100 = 2666.67 -> 2667; a missing need gives ':'. */
static void need_corrected(void **state) {
  (void)state;
  vf_network_data *nd;
  assert_int_equal(vf_network_data_new(&nd, NULL), VF_OK);
  assert_int_equal(vf_network_data_add(nd, 301, 2023, "exp", "3000", NULL, NULL, NULL), VF_OK);
  assert_int_equal(vf_network_data_add(nd, 301, 2023, "need", "120", NULL, NULL, NULL), VF_OK);
  assert_int_equal(vf_network_data_add(nd, 5001, 2023, "exp", "2000", NULL, NULL, NULL), VF_OK);
  assert_int_equal(vf_network_data_add(nd, 5001, 2023, "need", "75", NULL, NULL, NULL), VF_OK);
  assert_int_equal(vf_network_data_add(nd, 1103, 2023, "exp", "2000", NULL, NULL, NULL), VF_OK);
  assert_int_equal(vf_network_data_add(nd, 1103, 2023, "need", ":", NULL, NULL, NULL), VF_OK);
  assert_int_equal(vf_network_data_correct(nd, "exp", "need", 100, "corr", NULL), VF_OK);
  vf_network_result *r;
  assert_int_equal(vf_network_compare(nd, NULL, 2023, VF_NETWORK_MEAN, &r, NULL), VF_OK);
  /* indicators sorted: corr, exp, need; members 0301, 1103, 5001 */
  assert_string_equal(row(r, 0).indicator, "corr");
  assert_int_equal(row(r, 1).rounded, 2500);
  assert_string_equal(row(r, 2).symbol, ":");
  assert_int_equal(row(r, 3).rounded, 2667);
  vf_network_result_free(r);
  vf_network_data_free(nd);
}

/* The row texts are the CSV's: pooled average 35/3 -> "11.7", index "100.0";
 * Oslo 12,5 -> "12.5", index 750/7 -> "107.1" ("107,1" in bokmål); the
 * missing member shows its symbol and ".." as index. */
static void row_text(void **state) {
  (void)state;
  vf_network_data *nd;
  assert_int_equal(vf_network_data_new(&nd, NULL), VF_OK);
  assert_int_equal(vf_network_data_add(nd, 301, 2023, "share", "12,5", "2500", "200", NULL), VF_OK);
  assert_int_equal(vf_network_data_add(nd, 4601, 2023, "share", "10.0", "1000", "100", NULL), VF_OK);
  assert_int_equal(vf_network_data_add(nd, 5001, 2023, "share", ":", NULL, NULL, NULL), VF_OK);
  vf_network_result *r;
  assert_int_equal(vf_network_compare(nd, NULL, 2023, VF_NETWORK_AUTO, &r, NULL), VF_OK);
  char v[32], x[32];
  vf_network_row a = row(r, 0), oslo = row(r, 1), trd = row(r, 3);
  vf_network_row_text(&a, NULL, v, sizeof v, x, sizeof x);
  assert_string_equal(v, "11.7");
  assert_string_equal(x, "100.0");
  vf_network_row_text(&oslo, NULL, v, sizeof v, x, sizeof x);
  assert_string_equal(v, "12.5");
  assert_string_equal(x, "107.1");
  vf_network_row_text(&trd, NULL, v, sizeof v, NULL, 0);
  assert_string_equal(v, ":");
  vf_network_row_text(&trd, NULL, NULL, 0, x, sizeof x);
  assert_string_equal(x, "..");
  vf_labels *nb;
  assert_int_equal(vf_labels_new(&nb, "nb", NULL), VF_OK);
  vf_network_row_text(&oslo, nb, v, sizeof v, x, sizeof x);
  assert_string_equal(v, "12,5");
  assert_string_equal(x, "107,1");
  vf_network_row_text(NULL, nb, v, sizeof v, x, sizeof x); /* nothing written */
  assert_string_equal(v, "12,5");
  vf_labels_free(nb);
  vf_network_result_free(r);
  vf_network_data_free(nd);
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(pooled_and_mean_with_missing),
                                     cmocka_unit_test(statbank_text),
                                     cmocka_unit_test(asss_members),
                                     cmocka_unit_test(need_corrected),
                                     cmocka_unit_test(row_text)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
