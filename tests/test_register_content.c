/* What form 11F records beyond the counts, from a hand-made register
 * (tests/data/content: seven clients, six paid in 2026; C7 was paid in 2025
 * only and is in no 2026 count). Every count worked out by hand:
 *
 *   client born        first month  age then  housing          plan    advice  work  conditions  types                 exemption        sanctions
 *   C1     2000-06-15  Jan          25        homeless (4)     yes     yes     07    yes         job_seeking guidance  -                reduced
 *   C2     1998-02-01  Mar          28        rented_private   no      no      04    no          -                     2026-03-05 health none
 *   C3     2001-01-01  Feb          25        rented_municipal no      yes     08    no          -                     -                none
 *   C4     1970-01-01  Jan          56        homeless (4)     unknown no      04    yes         health                -                reduced + other
 *   C5     1996-07-01  Jan          29        unknown          unknown unknown unk.  unknown     unknown               unknown          unknown
 *   C6     1996-05-01  Aug          30        unknown          ...all unknown
 *
 *   housing: rented_private 1, rented_municipal 1, homeless 2, unknown 2; total 6;
 *            homeless 2/6 = 33.3 %
 *   individual_plan: yes 1 (16.7 %), no 2, unknown 3
 *   economic_advice: yes 2 (33.3 %), no 2, unknown 2
 *   work_situation: registered_unemployed 1, not_job_seeker 2, unemployed_not_registered 1, unknown 2
 *   conditions: yes 2, no 2, unknown 2
 *   condition_types (base: the 2 with conditions): job_seeking 1, guidance 1, health 1: 50.0 % each
 *   activity_duty (§ 20 a, under 30 on the first day of the first paid month): C1 met (conditions),
 *     C2 excepted (date and grounds), C3 not recorded, C5 not recorded (29 on 1 January;
 *     conditions unknown is not "set"); C4 (56) and C6 (30 on 1 August) not applicable: total 4,
 *     not_recorded 2 = 50.0 %
 *   sanctions: none 2 (C2, C3), reduced 1 (C1), other 0, both 1 (C4), unknown 2
 *   activity_duty_month, point month January: paid in January C1 (25 on 1 January: met),
 *     C4 (56: not applicable), C5 (29: not recorded): met 1, not_recorded 1, total 2;
 *     point month November (the default): no one paid, all 0 */
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

#define DIR VF_TEST_DATA "/content"

static vf_register *hand(void) {
  vf_register *reg;
  vf_error e;
  assert_int_equal(vf_register_new(&reg, NULL), VF_OK);
  if (vf_register_read_dir(reg, DIR, VF_READ_STRICT, NULL, NULL, NULL, &e)) fail_msg("%s", e.message);
  return reg;
}

static void has(const char *text, const char *want) {
  if (!strstr(text, want)) fail_msg("missing: %s", want);
}

static void indicators(void **state) {
  (void)state;
  vf_register *reg = hand();
  vf_indicator_options o;
  vf_indicator_options_init(&o);
  o.suppress_below = 0;
  vf_indicators *ind;
  assert_int_equal(vf_indicators_compute(reg, 2026, &o, &ind, NULL), VF_OK);
  char *csv;
  assert_int_equal(vf_indicators_render(ind, VF_OUTPUT_CSV, &csv, NULL, NULL), VF_OK);
  has(csv, "2026,content,housing,rented_private,1,16.7,,100,6,ok\n");
  has(csv, "2026,content,housing,rented_municipal,1,16.7,,100,6,ok\n");
  has(csv, "2026,content,housing,homeless,2,33.3,,200,6,ok\n");
  has(csv, "2026,content,housing,unknown,2,33.3,,200,6,ok\n");
  has(csv, "2026,content,individual_plan,yes,1,16.7,,100,6,ok\n");
  has(csv, "2026,content,individual_plan,unknown,3,50.0,,300,6,ok\n");
  has(csv, "2026,content,economic_advice,yes,2,33.3,,200,6,ok\n");
  has(csv, "2026,content,work_situation,registered_unemployed,1,16.7,,100,6,ok\n");
  has(csv, "2026,content,work_situation,not_job_seeker,2,33.3,,200,6,ok\n");
  has(csv, "2026,content,work_situation,unemployed_not_registered,1,16.7,,100,6,ok\n");
  has(csv, "2026,content,conditions,yes,2,33.3,,200,6,ok\n");
  has(csv, "2026,content,condition_types,job_seeking,1,50.0,,100,2,ok\n");
  has(csv, "2026,content,condition_types,guidance,1,50.0,,100,2,ok\n");
  has(csv, "2026,content,condition_types,health,1,50.0,,100,2,ok\n");
  has(csv, "2026,content,condition_types,course,0,0.0,,0,2,ok\n");
  has(csv, "2026,content,activity_duty,met,1,25.0,,100,4,ok\n");
  has(csv, "2026,content,activity_duty,excepted,1,25.0,,100,4,ok\n");
  has(csv, "2026,content,activity_duty,not_recorded,2,50.0,,200,4,ok\n");
  has(csv, "2026,content,sanctions,none,2,33.3,,200,6,ok\n");
  has(csv, "2026,content,sanctions,reduced,1,16.7,,100,6,ok\n");
  has(csv, "2026,content,sanctions,both,1,16.7,,100,6,ok\n");
  has(csv, "2026,content,sanctions,unknown,2,33.3,,200,6,ok\n");
  has(csv, "2026,content,activity_duty_month,met,0,,,,,ok\n");
  vf_indicators_text_free(csv);
  vf_indicators_free(ind);
  o.point_month = 1;
  assert_int_equal(vf_indicators_compute(reg, 2026, &o, &ind, NULL), VF_OK);
  assert_int_equal(vf_indicators_render(ind, VF_OUTPUT_CSV, &csv, NULL, NULL), VF_OK);
  has(csv, "2026,content,activity_duty_month,met,1,50.0,,100,2,ok\n");
  has(csv, "2026,content,activity_duty_month,excepted,0,0.0,,0,2,ok\n");
  has(csv, "2026,content,activity_duty_month,not_recorded,1,50.0,,100,2,ok\n");
  has(csv, "2026,content,activity_duty,not_recorded,2,50.0,,200,4,ok\n"); /* the year: as before */
  vf_indicators_text_free(csv);
  /* Default suppression (below 5): every count here is 1-4 and hidden. */
  vf_indicators_free(ind);
  assert_int_equal(vf_indicators_compute(reg, 2026, NULL, &ind, NULL), VF_OK);
  assert_int_equal(vf_indicators_render(ind, VF_OUTPUT_CSV, &csv, NULL, NULL), VF_OK);
  has(csv, "2026,content,housing,homeless,,,,,,suppressed_primary\n");
  vf_indicators_text_free(csv);
  vf_indicators_free(ind);
  vf_register_free(reg);
}

static void field(const vf_kostra_file *f, size_t rec, const char *name, const char *want) {
  char got[64];
  assert_int_equal(vf_kostra_file_get(f, rec, name, got, sizeof got, NULL), VF_OK);
  if (strcmp(got, want)) fail_msg("record %zu %s: '%s', expected '%s'", rec, name, got, want);
}

static void round_trip(void **state) {
  (void)state;
  vf_register *reg = hand();
  vf_kostra_write_options opts = {2026, "4601", NULL, "SB1", 1};
  vf_kostra_file *f;
  vf_error e;
  if (vf_kostra_from_register(reg, &opts, &f, &e)) fail_msg("%s", e.message);
  assert_int_equal(vf_kostra_file_record_count(f), 6); /* C7 was not paid in 2026 */
  /* C1: the first of January to the last of March is the decision's period */
  field(f, 0, "BOSIT", "4");
  field(f, 0, "FAAT_INDIVIDUELL_PLAN", "1");
  field(f, 0, "GITT_OKONOMIRAD", "1");
  field(f, 0, "ARBSIT", "07");
  field(f, 0, "VILKARSOSLOV", "1");
  field(f, 0, "UTBETDATO", "01012026");
  field(f, 0, "UTBETTOMDATO", "31032026");
  field(f, 0, "VILKARJOBBLOG", "06");
  field(f, 0, "VILKARSAMT", "08");
  field(f, 0, "VILKARARBEID", "");
  field(f, 0, "SANKSJONRED", "01");
  field(f, 0, "SANKSJONANDRE", "");
  field(f, 1, "VEDTAKDATO", "05032026");
  field(f, 1, "VEDTAKHELSE", "03");
  field(f, 1, "VEDTAKARB", "");
  field(f, 3, "FAAT_INDIVIDUELL_PLAN", ""); /* unknown: blank, SSB has no code for it */
  field(f, 3, "SANKSJONANDRE", "02");
  field(f, 4, "BOSIT", "");
  field(f, 4, "ARBSIT", "");
  /* The check: V20A for C3 (line 3) and C5 (line 5), the two "not recorded". */
  vf_kostra_report *r;
  assert_int_equal(vf_kostra_check(f, "4601", &r, NULL), VF_OK);
  size_t v20a = 0;
  for (size_t i = 0; i < vf_kostra_report_count(r); i++) {
    const vf_kostra_finding *x = vf_kostra_report_finding(r, i);
    if (strcmp(x->rule, "V20A")) continue;
    v20a++;
    assert_int_equal(x->severity, VF_KOSTRA_WARNING);
    assert_string_equal(x->journal, v20a == 1 ? "C3" : "C5");
    assert_non_null(strstr(x->message, "sosialtjenesteloven § 20 a"));
  }
  assert_int_equal(v20a, 2);
  vf_kostra_report_free(r);
  /* 11F -> register: every content field as it was, except that 11F cannot
   * say "unknown" for the marks (condition types, grounds, sanctions): blank
   * is read as none. */
  vf_register *back;
  assert_int_equal(vf_register_new(&back, NULL), VF_OK);
  if (vf_kostra_to_register(f, back, &e)) fail_msg("%s", e.message);
  static const char *const cols[] = {"housing", "individual_plan", "economic_advice",
    "work_situation", "conditions", "spouse_conditions", "condition_types", "exemption_date",
    "exemption_grounds", "sanctions"};
  for (size_t i = 0; i < 6; i++)
    for (size_t k = 0; k < 10; k++) {
      char a[128], b[128];
      assert_int_equal(vf_register_content(reg, i, cols[k], a, sizeof a, NULL), VF_OK);
      assert_int_equal(vf_register_content(back, i, cols[k], b, sizeof b, NULL), VF_OK);
      if (!strcmp(a, "unknown") && k >= 6) continue; /* C5, C6: the marks */
      if (strcmp(a, b)) fail_msg("client %zu %s: '%s' became '%s'", i, cols[k], a, b);
    }
  char t[64];
  assert_int_equal(vf_register_content(back, 0, "condition_types", t, sizeof t, NULL), VF_OK);
  assert_string_equal(t, "job_seeking guidance");
  assert_int_equal(vf_register_content(back, 4, "sanctions", t, sizeof t, NULL), VF_OK);
  assert_string_equal(t, ""); /* was unknown */
  vf_register_free(back);
  vf_kostra_file_free(f);
  vf_register_free(reg);
}

/* Bad values: an error naming file, line and column; nothing added. */
static void bad_input(void **state) {
  (void)state;
  char dir[] = "/tmp/vfcontentXXXXXX";
  assert_non_null(mkdtemp(dir));
  char path[256];
  snprintf(path, sizeof path, "%s/clients.csv", dir);
  static const struct { const char *row; vf_status s; const char *msg; } cases[] = {
    {"X,1990-01-01,male,unmarried,norwegian,work,none,,flat,no", VF_E_UNKNOWN_CODE,
     ":2: housing: 'flat' is not one of rented_private, rented_municipal"},
    {"X,1990-01-01,male,unmarried,norwegian,work,none,,,no", VF_E_UNKNOWN_CODE,
     ":2: housing: empty (write 'unknown'"},
    {"X,1990-01-01,male,unmarried,norwegian,work,none,,7,no", VF_E_UNKNOWN_CODE,
     ":2: housing: '7' is not one of"},
    {"X,1990-01-01,male,unmarried,norwegian,work,none,,1,maybe", VF_E_UNKNOWN_CODE,
     ":2: individual_plan: 'maybe' is not one of yes, no"}};
  for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    FILE *f = fopen(path, "w");
    fprintf(f, "id,birth_date,gender,civil_status,citizenship,main_income,trygd,children,housing,"
               "individual_plan\n%s\n", cases[k].row);
    fclose(f);
    vf_register *reg;
    vf_error e;
    assert_int_equal(vf_register_new(&reg, NULL), VF_OK);
    assert_int_equal(vf_register_read_clients_csv(reg, path, VF_READ_STRICT, NULL, &e), cases[k].s);
    if (!strstr(e.message, cases[k].msg)) fail_msg("%s", e.message);
    assert_int_equal(vf_register_client_count(reg), 0);
    vf_register_free(reg);
  }
  /* The API: contradictions refused, the client unchanged. */
  vf_register *reg = hand();
  vf_error e;
  assert_int_equal(vf_register_set_content(reg, 1, "condition_types", "health", &e), VF_E_INCONSISTENT);
  assert_string_equal(e.field, "condition_types");
  assert_int_equal(vf_register_set_content(reg, 2, "exemption_grounds", "work", &e), VF_E_INCONSISTENT);
  assert_int_equal(vf_register_set_content(reg, 0, "colour", "red", &e), VF_E_NOT_FOUND);
  assert_int_equal(vf_register_set_content(reg, 99, "housing", "owned", &e), VF_E_RANGE);
  assert_int_equal(vf_register_set_content(reg, 0, "condition_types", "guidance guidance", &e), VF_E_DUPLICATE);
  char t[64];
  assert_int_equal(vf_register_content(reg, 0, "condition_types", t, sizeof t, NULL), VF_OK);
  assert_string_equal(t, "job_seeking guidance");
  assert_int_equal(vf_register_content(reg, 0, "condition_types", t, 4, &e), VF_E_RANGE);
  vf_register_free(reg);
  remove(path);
  rmdir(dir);
}

/* The rule is one function: the check's V20A findings and the indicators'
 * not_recorded row count the same recipients (a synthetic register, whose
 * generator leaves about 10 % of the under-30s unrecorded). */
static void check_and_indicators_agree(void **state) {
  (void)state;
  vf_register *reg;
  vf_error e;
  if (vf_synth_register("city2008", 5000, 3, 2026, &reg, &e)) fail_msg("%s", e.message);
  vf_indicator_options o;
  vf_indicator_options_init(&o);
  o.suppress_below = 0;
  vf_indicators *ind;
  assert_int_equal(vf_indicators_compute(reg, 2026, &o, &ind, NULL), VF_OK);
  char *csv;
  assert_int_equal(vf_indicators_render(ind, VF_OUTPUT_CSV, &csv, NULL, NULL), VF_OK);
  const char *row = strstr(csv, "2026,content,activity_duty,not_recorded,");
  assert_non_null(row);
  long not_recorded = strtol(row + strlen("2026,content,activity_duty,not_recorded,"), NULL, 10);
  vf_indicators_text_free(csv);
  vf_indicators_free(ind);
  vf_kostra_write_options opts = {2026, "4601", NULL, "SB1", 1};
  vf_kostra_file *f;
  if (vf_kostra_from_register(reg, &opts, &f, &e)) fail_msg("%s", e.message);
  vf_kostra_report *r;
  assert_int_equal(vf_kostra_check(f, "4601", &r, NULL), VF_OK);
  long v20a = 0;
  for (size_t i = 0; i < vf_kostra_report_count(r); i++)
    v20a += !strcmp(vf_kostra_report_finding(r, i)->rule, "V20A");
  assert_true(v20a > 0);
  assert_int_equal(v20a, not_recorded);
  vf_kostra_report_free(r);
  vf_kostra_file_free(f);
  vf_register_free(reg);
}

/* The structured accessors (indicators.h) give the same hand-worked counts. */
static void content_rows(const vf_indicators *ind, vf_content_table t, const char *code,
                         int64_t count, int64_t tenths, int64_t den) {
  for (size_t i = 0; i < vf_indicators_content_rows(ind, t); i++) {
    vf_table_row r;
    assert_int_equal(vf_indicators_content_row(ind, t, i, &r, NULL), VF_OK);
    if (strcmp(r.code, code)) continue;
    assert_int_equal(r.value, (int)i);
    assert_int_equal(r.count, count);
    assert_int_equal(r.pct_tenths, tenths);
    assert_int_equal(r.pct_den, den);
    return;
  }
  fail_msg("no row %s in %s", code, vf_content_table_name(t));
}

static void accessors(void **state) {
  (void)state;
  vf_register *reg = hand();
  vf_indicator_options o;
  vf_indicator_options_init(&o);
  o.suppress_below = 0;
  vf_indicators *ind;
  vf_error e;
  assert_int_equal(vf_indicators_compute(reg, 2026, &o, &ind, NULL), VF_OK);
  assert_int_equal(vf_indicators_has_content(ind), 1);
  assert_int_equal(vf_indicators_content_rows(ind, VF_CONTENT_HOUSING), 7);
  assert_int_equal(vf_indicators_content_rows(ind, VF_CONTENT_WORK_SITUATION), 11);
  assert_int_equal(vf_indicators_content_rows(ind, VF_CONTENT_CONDITION_TYPES), 12);
  assert_int_equal(vf_indicators_content_rows(ind, VF_CONTENT_SANCTIONS), 5);
  content_rows(ind, VF_CONTENT_HOUSING, "homeless", 2, 333, 6);
  content_rows(ind, VF_CONTENT_HOUSING, "unknown", 2, 333, 6);
  content_rows(ind, VF_CONTENT_INDIVIDUAL_PLAN, "yes", 1, 167, 6);
  content_rows(ind, VF_CONTENT_ECONOMIC_ADVICE, "yes", 2, 333, 6);
  content_rows(ind, VF_CONTENT_WORK_SITUATION, "not_job_seeker", 2, 333, 6);
  content_rows(ind, VF_CONTENT_CONDITIONS, "yes", 2, 333, 6);
  content_rows(ind, VF_CONTENT_CONDITION_TYPES, "health", 1, 500, 2);
  content_rows(ind, VF_CONTENT_ACTIVITY_DUTY, "not_recorded", 2, 500, 4);
  content_rows(ind, VF_CONTENT_SANCTIONS, "both", 1, 167, 6);
  assert_int_equal(vf_indicators_content_total(ind, VF_CONTENT_HOUSING), 6);
  assert_int_equal(vf_indicators_content_total(ind, VF_CONTENT_CONDITION_TYPES), 2);
  assert_int_equal(vf_indicators_content_total(ind, VF_CONTENT_ACTIVITY_DUTY), 4);
  assert_int_equal(vf_indicators_content_total(ind, VF_CONTENT_ACTIVITY_DUTY_MONTH), 0);
  assert_int_equal(vf_indicators_content_total(ind, VF_CONTENT_COUNT), -1);
  vf_table_row r;
  assert_int_equal(vf_indicators_content_row(ind, VF_CONTENT_HOUSING, 7, &r, &e), VF_E_RANGE);
  assert_int_equal(vf_indicators_content_row(ind, VF_CONTENT_COUNT, 0, &r, &e), VF_E_INVALID_ARG);
  vf_content_table t;
  assert_int_equal(vf_content_table_parse("activity_duty_month", &t, NULL), VF_OK);
  assert_int_equal(t, VF_CONTENT_ACTIVITY_DUTY_MONTH);
  assert_int_equal(vf_content_table_parse("colour", &t, &e), VF_E_NOT_FOUND);
  assert_string_equal(vf_content_table_name(VF_CONTENT_CONDITION_TYPES), "condition_types");
  assert_null(vf_content_table_name(VF_CONTENT_COUNT));
  vf_labels *nb;
  assert_int_equal(vf_labels_new(&nb, "nb", NULL), VF_OK);
  assert_string_equal(vf_labels_content_row(nb, VF_CONTENT_HOUSING, 3), "Uten bolig");
  assert_string_equal(vf_labels_content_table(nb, VF_CONTENT_HOUSING), "Mottakere etter bosituasjon");
  assert_null(vf_labels_content_row(nb, VF_CONTENT_HOUSING, 7));
  vf_labels_free(nb);
  /* Default suppression: every count here is 1-4, so each row is hidden and zeroed. */
  vf_indicators_free(ind);
  assert_int_equal(vf_indicators_compute(reg, 2026, NULL, &ind, NULL), VF_OK);
  assert_int_equal(vf_indicators_content_row(ind, VF_CONTENT_HOUSING, 3, &r, NULL), VF_OK);
  assert_int_equal(r.suppressed, VF_SUPPRESS_PRIMARY);
  assert_int_equal(r.count, 0);
  vf_indicators_free(ind);
  /* A register without content: no tables. */
  vf_register *plain;
  assert_int_equal(vf_register_new(&plain, NULL), VF_OK);
  assert_int_equal(vf_indicators_compute(plain, 2026, NULL, &ind, NULL), VF_OK);
  assert_int_equal(vf_indicators_has_content(ind), 0);
  assert_int_equal(vf_indicators_content_rows(ind, VF_CONTENT_HOUSING), 0);
  assert_int_equal(vf_indicators_content_row(ind, VF_CONTENT_HOUSING, 0, &r, &e), VF_E_NOT_FOUND);
  vf_indicators_free(ind);
  vf_register_free(plain);
  vf_register_free(reg);
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(indicators), cmocka_unit_test(round_trip),
                                     cmocka_unit_test(bad_input),
                                     cmocka_unit_test(check_and_indicators_agree),
                                     cmocka_unit_test(accessors)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
