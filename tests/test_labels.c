/* Labels and number formats per language. Expected texts are SSB's category
 * texts (11F file description) and numbers written by hand in Norwegian
 * convention (space between thousands, decimal comma, "22,4 %"). */
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

static const char *const langs[] = {"en", "nb"};

static vf_labels *open_lang(const char *lang) {
  vf_labels *l = NULL;
  vf_error e;
  assert_int_equal(vf_labels_new(&l, lang, &e), VF_OK);
  return l;
}

/* Every code of every list, every indicator, table and unit has a non-empty
 * text in every language. */
static void nothing_missing(void **state) {
  (void)state;
  for (size_t k = 0; k < sizeof langs / sizeof *langs; k++) {
    vf_labels *l = open_lang(langs[k]);
    int codes = 0;
    for (int list = 0; vf_code_list_name((vf_code_list)list); list++)
      for (int v = 0; v < 64; v++) {
        if (!vf_code_name((vf_code_list)list, v)) continue;
        const char *t = vf_labels_code(l, (vf_code_list)list, v);
        if (!t || !*t)
          fail_msg("%s: no label for %s.%s", langs[k], vf_code_list_name((vf_code_list)list),
                   vf_code_name((vf_code_list)list, v));
        codes++;
      }
    assert_int_equal(codes, 81); /* the 13 lists of client.h and classify.h: 3+6+3+10+14+8+3+3+6+4+9+6+6 */
    for (int i = 0; i < VF_IND_COUNT; i++) {
      const char *t = vf_labels_indicator(l, (vf_indicator)i);
      if (!t || !*t) fail_msg("%s: no name for indicator %s", langs[k], vf_indicator_name(i));
    }
    for (int i = 0; i < VF_TABLE_COUNT; i++) {
      const char *t = vf_labels_table(l, (vf_indicator_table)i);
      if (!t || !*t) fail_msg("%s: no title for table %s", langs[k], vf_indicator_table_name(i));
    }
    for (int u = VF_IUNIT_PERSONS; u <= VF_IUNIT_INDEX; u++) {
      const char *t = vf_labels_unit(l, (vf_indicator_unit)u);
      if (!t || !*t) fail_msg("%s: no name for unit %d", langs[k], u);
    }
    vf_labels_free(l);
  }
}

static void ssb_texts(void **state) {
  (void)state;
  vf_labels *nb = open_lang("nb"), *en = open_lang("en");
  assert_string_equal(vf_labels_lang(nb), "nb");
  assert_string_equal(vf_labels_code(nb, VF_CODES_GENDER, VF_GENDER_FEMALE), "Kvinne");
  assert_string_equal(vf_labels_code(nb, VF_CODES_CIVIL_STATUS, VF_CIVIL_UNMARRIED), "Ugift");
  assert_string_equal(vf_labels_code(nb, VF_CODES_CIVIL_STATUS, VF_CIVIL_SEPARATED_DIVORCED),
                      "Skilt/separert");
  assert_string_equal(vf_labels_code(nb, VF_CODES_CIVIL_STATUS, VF_CIVIL_UNKNOWN), "Uoppgitt");
  assert_string_equal(vf_labels_code(nb, VF_CODES_MAIN_INCOME, VF_INCOME_SRC_COURSE_WAGE_SUBSIDY),
                      "Kursstønad/lønn i arbeidsmarkedstiltak");
  assert_string_equal(vf_labels_code(nb, VF_CODES_TRYGD, VF_TRYGD_WORK_ASSESSMENT),
                      "Arbeidsavklaringspenger");
  assert_string_equal(vf_labels_code(nb, VF_CODES_AGE_GROUP, VF_AGE_18_24), "18-24 år");
  assert_string_equal(vf_labels_code(nb, VF_CODES_AGE_GROUP, VF_AGE_67_PLUS), "67 år og over");
  assert_string_equal(vf_labels_code(en, VF_CODES_CIVIL_STATUS, VF_CIVIL_SEPARATED_DIVORCED),
                      "Separated/divorced");
  assert_string_equal(vf_labels_table(nb, VF_TABLE_AGE_GROUP), "Mottakere etter alder");
  assert_string_equal(vf_labels_unit(nb, VF_IUNIT_MONTHS), "måneder");
  /* English indicator names are the ones vf_indicator_label() gives. */
  for (int i = 0; i < VF_IND_COUNT; i++)
    assert_string_equal(vf_labels_indicator(en, (vf_indicator)i), vf_indicator_label(i));
  assert_null(vf_labels_code(nb, VF_CODES_GENDER, 7));
  assert_null(vf_labels_get(nb, "no.such.key"));
  vf_labels_free(nb);
  vf_labels_free(en);
}

static void languages(void **state) {
  (void)state;
  assert_string_equal(vf_labels_language_of_locale("nb_NO.UTF-8"), "nb");
  assert_string_equal(vf_labels_language_of_locale("nn_NO"), "nb");
  assert_string_equal(vf_labels_language_of_locale("no_NO@euro"), "nb");
  assert_string_equal(vf_labels_language_of_locale("no"), "nb");
  assert_string_equal(vf_labels_language_of_locale("en_GB.UTF-8"), "en");
  assert_string_equal(vf_labels_language_of_locale("C"), "en");
  assert_string_equal(vf_labels_language_of_locale("nob"), "en");
  assert_string_equal(vf_labels_language_of_locale(""), "en");
  assert_string_equal(vf_labels_language_of_locale(NULL), "en");
  vf_labels *l = open_lang("nb_NO.UTF-8");
  assert_string_equal(vf_labels_lang(l), "nb");
  vf_labels_free(l);
  l = open_lang("nn");
  assert_string_equal(vf_labels_lang(l), "nb");
  vf_labels_free(l);
  vf_error e;
  l = NULL;
  assert_int_equal(vf_labels_new(&l, "de", &e), VF_E_NOT_FOUND);
  assert_null(l);
  assert_non_null(strstr(e.message, "'de'"));
  assert_non_null(strstr(e.message, "en, nb"));
  assert_int_equal(vf_labels_new(&l, "", &e), VF_E_NOT_FOUND);
  assert_int_equal(vf_labels_new(NULL, "nb", &e), VF_E_INVALID_ARG);
}

#define FMT(call, expect)                                   \
  do {                                                      \
    char b[64];                                             \
    size_t n_ = call;                                       \
    assert_string_equal(b, expect);                         \
    assert_int_equal(n_, strlen(expect));                   \
  } while (0)

static void formats(void **state) {
  (void)state;
  vf_labels *nb = open_lang("nb"), *en = open_lang("en");
  FMT(vf_format_integer(nb, 317900000, 0, b, sizeof b), "317 900 000");
  FMT(vf_format_integer(en, 317900000, 0, b, sizeof b), "317900000");
  FMT(vf_format_integer(nb, 999, 0, b, sizeof b), "999");
  FMT(vf_format_integer(nb, 1000, 0, b, sizeof b), "1 000");
  FMT(vf_format_integer(nb, -1234567, 0, b, sizeof b), "-1 234 567");
  FMT(vf_format_integer(nb, INT64_MIN, 0, b, sizeof b), "-9 223 372 036 854 775 808");
  FMT(vf_format_integer(nb, 0, 0, b, sizeof b), "0");
  FMT(vf_format_fixed(nb, 61, 1, 0, b, sizeof b), "6,1");
  FMT(vf_format_fixed(en, 61, 1, 0, b, sizeof b), "6.1");
  FMT(vf_format_fixed(nb, 5, 3, 0, b, sizeof b), "0,005");
  FMT(vf_format_fixed(nb, -12345678, 2, 0, b, sizeof b), "-123 456,78");
  FMT(vf_format_percent(nb, 224, 1, 0, b, sizeof b), "22,4 %");
  FMT(vf_format_percent(en, 224, 1, 0, b, sizeof b), "22.4%");
  /* 317 900 000 kr = 31 790 000 000 øre */
  FMT(vf_format_money(nb, 31790000000, 0, 0, b, sizeof b), "317 900 000 kr");
  FMT(vf_format_money(en, 31790000000, 0, 0, b, sizeof b), "317900000 kr");
  FMT(vf_format_money(nb, 123450, 2, 0, b, sizeof b), "1 234,50 kr");
  /* 1 234,50 kr to whole kroner: half away from zero */
  FMT(vf_format_money(nb, 123450, 0, 0, b, sizeof b), "1 235 kr");
  FMT(vf_format_money(nb, -123450, 0, 0, b, sizeof b), "-1 235 kr");
  FMT(vf_format_money(nb, -49, 0, 0, b, sizeof b), "0 kr");
  FMT(vf_format_money(nb, 5, 1, 0, b, sizeof b), "");
  FMT(vf_format_millions(nb, 31790000000, 1, 0, b, sizeof b), "317,9 mill. kr");
  FMT(vf_format_millions(en, 31790000000, 1, 0, b, sizeof b), "NOK 317.9 million");
  /* 1 249 999,99 kr -> 1,2 mill.; 1 250 000 kr -> 1,3 mill. */
  FMT(vf_format_millions(nb, 124999999, 1, 0, b, sizeof b), "1,2 mill. kr");
  FMT(vf_format_millions(nb, 125000000, 1, 0, b, sizeof b), "1,3 mill. kr");
  /* NULL labels: English */
  FMT(vf_format_percent(NULL, 1000, 1, 0, b, sizeof b), "100.0%");
  /* No-break spaces for typeset output */
  FMT(vf_format_money(nb, 31790000000, 0, VF_FMT_NO_BREAK, b, sizeof b),
      "317\xc2\xa0" "900\xc2\xa0" "000\xc2\xa0kr");
  /* Cut short like snprintf: the length needed, a terminated prefix. */
  char small[5];
  assert_int_equal(vf_format_integer(nb, 317900000, 0, small, sizeof small), 11);
  assert_string_equal(small, "317 ");
  assert_int_equal(vf_format_integer(nb, 317900000, 0, NULL, 0), 11);
  vf_labels_free(nb);
  vf_labels_free(en);
}

static char *temp_file(const char *text) {
  char *path = strdup("/tmp/velferd-labels-XXXXXX");
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
  close(fd);
  return path;
}

/* A file of one's own replaces and adds texts; a malformed one names the line. */
static void load_file(void **state) {
  (void)state;
  vf_labels *nb = open_lang("nb");
  char *good = temp_file("key,nb,source\ncode.gender.female,Kvinner,test\nextra.key,Ekstra,test\n"
                         "two.lines,Linje 1\\nlinje 2 \\\\ slutt,test\n");
  char *no_lang = temp_file("key,en,source\ncode.gender.female,Women,test\n");
  char *short_row = temp_file("key,nb,source\ncode.gender.male,Menn,test\ncode.gender.female,Kvinner\n");
  vf_error e;
  assert_int_equal(vf_labels_load(nb, good, &e), VF_OK);
  assert_string_equal(vf_labels_code(nb, VF_CODES_GENDER, VF_GENDER_FEMALE), "Kvinner");
  assert_string_equal(vf_labels_get(nb, "extra.key"), "Ekstra");
  /* a record is one line: a line break is written \n, a backslash \\ */
  assert_string_equal(vf_labels_get(nb, "two.lines"), "Linje 1\nlinje 2 \\ slutt");
  assert_string_equal(vf_labels_code(nb, VF_CODES_GENDER, VF_GENDER_MALE), "Mann");
  assert_int_equal(vf_labels_load(nb, no_lang, &e), VF_E_NOT_FOUND);
  assert_non_null(strstr(e.message, ":1: no texts in language 'nb' (there are: en)"));
  assert_int_equal(vf_labels_load(nb, short_row, &e), VF_E_PARSE);
  assert_non_null(strstr(e.message, ":3: 2 fields, the header has 3"));
  assert_int_equal(vf_labels_load(nb, "/nonexistent/labels.csv", &e), VF_E_IO);
  vf_labels_free(nb);
  unlink(good); unlink(no_lang); unlink(short_row);
  free(good); free(no_lang); free(short_row);
}

/* vf_labels_fill: numbered and next placeholders, a missing argument, a
 * missing key, and snprintf-like cutting. */
static void fill(void **state) {
  (void)state;
  vf_labels *nb = open_lang("nb"), *en = open_lang("en");
  const char *args[] = {"2024", "5", "0"};
  char buf[256];
  size_t n = vf_labels_fill(nb, "out.indicators.title", args, 3, buf, sizeof buf);
  assert_string_equal(buf, "Indikatorer for økonomisk sosialhjelp 2024 (prikking under 5 personer; "
                           "0 celler prikket)");
  assert_int_equal(n, strlen(buf));
  vf_labels_fill(en, "out.indicators.title", args, 3, buf, sizeof buf);
  assert_string_equal(buf, "Social assistance indicators 2024 (suppression below 5 persons; 0 cells "
                           "suppressed)");
  /* a key without text is written as the key, so that it shows */
  vf_labels_fill(nb, "no.such.key", args, 3, buf, sizeof buf);
  assert_string_equal(buf, "no.such.key");
  /* {2} twice and a placeholder past the arguments, from a file of texts */
  char path[] = "/tmp/vf_fill_XXXXXX";
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  const char *csv = "key,en,nb,source\nt.x,{2}-{1}-{2} {} {3},{} og {},test\n";
  assert_int_equal(write(fd, csv, strlen(csv)), (ssize_t)strlen(csv));
  close(fd);
  assert_int_equal(vf_labels_load(en, path, NULL), VF_OK);
  assert_int_equal(vf_labels_load(nb, path, NULL), VF_OK);
  unlink(path);
  const char *ab[] = {"a", "b"};
  vf_labels_fill(en, "t.x", ab, 2, buf, sizeof buf);
  assert_string_equal(buf, "b-a-b {} {3}"); /* after {2} the next is past the end */
  vf_labels_fill(nb, "t.x", ab, 2, buf, sizeof buf);
  assert_string_equal(buf, "a og b");
  /* cut short like snprintf: "a og b" needs 6 */
  char small[4];
  assert_int_equal(vf_labels_fill(nb, "t.x", ab, 2, small, sizeof small), 6);
  assert_string_equal(small, "a o");
  assert_int_equal(vf_labels_fill(nb, "t.x", ab, 2, NULL, 0), 6);
  vf_labels_free(nb);
  vf_labels_free(en);
}

/* A hand-made register: A (born 2000-03-01, female, separated/divorced,
 * 1 month at 1 234 567 kr), B (born 1950-05-05, male, 12 months at 1 000 kr).
 * At the end of 2024 A is 24 (18-24) and B 74 (67 and over). Gross
 * 1 234 567 + 12 000 = 1 246 567 kr; months 13; average duration 13 / 2 =
 * 6.5; per recipient 623 283.5 -> 623 284 kr. */
static vf_indicators *small_result(void) {
  vf_register *r = NULL;
  assert_int_equal(vf_register_new(&r, NULL), VF_OK);
  struct { const char *id; vf_date born; vf_gender g; vf_civil_status cs; } who[] = {
    {"A", {2000, 3, 1}, VF_GENDER_FEMALE, VF_CIVIL_SEPARATED_DIVORCED},
    {"B", {1950, 5, 5}, VF_GENDER_MALE, VF_CIVIL_WIDOWED}};
  for (int i = 0; i < 2; i++) {
    vf_client *c = NULL;
    assert_int_equal(vf_client_new(&c, NULL), VF_OK);
    assert_int_equal(vf_client_set_id(c, who[i].id, NULL), VF_OK);
    assert_int_equal(vf_client_set_birth_date(c, who[i].born, NULL), VF_OK);
    vf_client_set_gender(c, who[i].g, NULL);
    vf_client_set_civil_status(c, who[i].cs, NULL);
    assert_int_equal(vf_register_add_client(r, c, NULL, NULL), VF_OK);
    vf_client_free(c);
  }
  assert_int_equal(vf_register_add_payment(r, "A", 2024, 3, 123456700, 0, VF_ASSIST_GRANT, NULL), VF_OK);
  for (int m = 1; m <= 12; m++)
    assert_int_equal(vf_register_add_payment(r, "B", 2024, m, 100000, 0, VF_ASSIST_GRANT, NULL), VF_OK);
  vf_indicator_options o;
  vf_indicator_options_init(&o);
  o.suppress_below = 0;
  vf_indicators *ind = NULL;
  assert_int_equal(vf_indicators_compute(r, 2024, &o, &ind, NULL), VF_OK);
  vf_register_free(r);
  return ind;
}

static void render_lang(void **state) {
  (void)state;
  vf_indicators *ind = small_result();
  vf_labels *nb = open_lang("nb"), *en = open_lang("en");
  /* NULL labels: exactly vf_indicators_render(), in every format */
  for (int f = VF_OUTPUT_TEXT; f <= VF_OUTPUT_MARKDOWN; f++) {
    char *a = NULL, *b = NULL;
    assert_int_equal(vf_indicators_render(ind, (vf_output_format)f, &a, NULL, NULL), VF_OK);
    assert_int_equal(vf_indicators_render_lang(ind, (vf_output_format)f, NULL, &b, NULL, NULL), VF_OK);
    assert_string_equal(a, b);
    vf_indicators_text_free(a);
    vf_indicators_text_free(b);
  }
  /* CSV and JSON are language-neutral */
  for (int f = VF_OUTPUT_CSV; f <= VF_OUTPUT_JSON; f++) {
    char *a = NULL, *b = NULL;
    assert_int_equal(vf_indicators_render(ind, (vf_output_format)f, &a, NULL, NULL), VF_OK);
    assert_int_equal(vf_indicators_render_lang(ind, (vf_output_format)f, nb, &b, NULL, NULL), VF_OK);
    assert_string_equal(a, b);
    vf_indicators_text_free(a);
    vf_indicators_text_free(b);
  }
  char *t = NULL;
  assert_int_equal(vf_indicators_render_lang(ind, VF_OUTPUT_TEXT, nb, &t, NULL, NULL), VF_OK);
  assert_non_null(strstr(t, "  Samlet stønadssum, brutto (kr)"));
  assert_non_null(strstr(t, "1 246 567\n"));
  assert_non_null(strstr(t, "  Gjennomsnittlig utbetaling per mottaker (kr)"));
  assert_non_null(strstr(t, "623 284\n"));
  assert_non_null(strstr(t, "6,5\n"));
  /* the label column is 22 wide, or the table title's width - 2 when longer:
   * "Mottakere etter sivilstand" (26) gives 24, "Mottakere etter stønadslengde
   * (måneder)" (39) gives 37; counts 10 wide, percentages 8 */
  assert_non_null(strstr(t, "\n  Skilt/separert                    1     50,0\n"));
  assert_non_null(strstr(t, "\n  Enke/enkemann                     1     50,0\n"));
  assert_non_null(strstr(t, "\n  67 år og over                   1     50,0\n"));
  assert_non_null(strstr(t, "\n  1 måned                                        1     50,0\n"));
  assert_non_null(strstr(t, "\n  12 måneder                                     1     50,0\n"));
  assert_non_null(strstr(t, "\n  I alt                           2    100,0\n"));
  assert_null(strstr(t, "separated")); /* no codes */
  vf_indicators_text_free(t);
  /* English labels: English names and category labels, numbers as always */
  assert_int_equal(vf_indicators_render_lang(ind, VF_OUTPUT_MARKDOWN, en, &t, NULL, NULL), VF_OK);
  assert_non_null(strstr(t, "| Gross payments (NOK) | 1246567 | NOK |"));
  assert_non_null(strstr(t, "| Separated/divorced | 1 | 50.0 |"));
  assert_non_null(strstr(t, "## Recipients by civil status"));
  vf_indicators_text_free(t);
  /* a file */
  char path[] = "/tmp/vf_render_XXXXXX";
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  close(fd);
  assert_int_equal(vf_indicators_write_lang(ind, VF_OUTPUT_MARKDOWN, nb, path, NULL), VF_OK);
  FILE *f = fopen(path, "r");
  char buf[4096] = "";
  assert_non_null(f);
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  buf[n] = 0;
  fclose(f);
  unlink(path);
  assert_non_null(strstr(buf, "# Indikatorer for økonomisk sosialhjelp 2024\n"));
  assert_non_null(strstr(buf, "| Samlet stønadssum, brutto (kr) | 1 246 567 | kr |"));
  vf_labels_free(nb);
  vf_labels_free(en);
  vf_indicators_free(ind);
}

static void value_and_rows(void **state) {
  (void)state;
  vf_labels *nb = open_lang("nb");
  char buf[64];
  vf_indicator_value v = {VF_IND_GROSS, VF_IUNIT_MONEY, VF_VALUE_OK, 0, 1, 1246567, 0};
  assert_int_equal(vf_indicator_value_format_lang(&v, nb, 0, buf, sizeof buf), 9);
  assert_string_equal(buf, "1 246 567");
  vf_indicator_value_format_lang(&v, nb, VF_FMT_NO_BREAK, buf, sizeof buf);
  assert_string_equal(buf, "1\xc2\xa0" "246\xc2\xa0" "567");
  vf_indicator_value_format_lang(&v, NULL, 0, buf, sizeof buf);
  assert_string_equal(buf, "1246567");
  v.rounded = -65;
  v.decimals = 1;
  vf_indicator_value_format_lang(&v, nb, 0, buf, sizeof buf);
  assert_string_equal(buf, "-6,5");
  v.status = VF_VALUE_SUPPRESSED;
  vf_indicator_value_format_lang(&v, nb, 0, buf, sizeof buf);
  assert_string_equal(buf, ":");
  assert_int_equal(vf_indicator_value_format_lang(NULL, nb, 0, buf, sizeof buf), 2);
  assert_string_equal(buf, "..");
  assert_string_equal(vf_labels_table_row(nb, VF_TABLE_AGE_GROUP, VF_AGE_18_24), "18-24 år");
  assert_string_equal(vf_labels_table_row(nb, VF_TABLE_MAIN_INCOME, VF_INCOME_SRC_COURSE_WAGE_SUBSIDY),
                      "Kursstønad/lønn i arbeidsmarkedstiltak");
  assert_string_equal(vf_labels_table_row(nb, VF_TABLE_DURATION, 1), "1 måned");
  assert_string_equal(vf_labels_table_row(nb, VF_TABLE_DURATION, 12), "12 måneder");
  assert_null(vf_labels_table_row(nb, VF_TABLE_DURATION, 13));
  assert_null(vf_labels_table_row(nb, VF_TABLE_DURATION, 0));
  assert_null(vf_labels_table_row(nb, (vf_indicator_table)99, 1));
  assert_null(vf_labels_table_row(NULL, VF_TABLE_GENDER, VF_GENDER_MALE));
  vf_labels_free(nb);
}

/* The network rendering in bokmål: Oslo 12.5 % and Bergen 10.0 % pooled
 * (2500/200 and 1000/100): average 3500/300 = 11.7, Oslo 107.1, Bergen 85.7. */
static void network_lang(void **state) {
  (void)state;
  const char text[] = "municipality,year,indicator,value,numerator,denominator\n"
                      "0301,2023,young_share,12.5,2500,200\n4601,2023,young_share,10.0,1000,100\n";
  vf_network_data *nd = NULL;
  vf_network_result *r = NULL;
  assert_int_equal(vf_network_data_new(&nd, NULL), VF_OK);
  assert_int_equal(vf_network_data_read_text(nd, text, sizeof text - 1, "t.csv", NULL), VF_OK);
  assert_int_equal(vf_network_compare(nd, NULL, 2023, VF_NETWORK_AUTO, &r, NULL), VF_OK);
  vf_labels *nb = open_lang("nb");
  char *a = NULL, *b = NULL;
  assert_int_equal(vf_network_result_render(r, VF_OUTPUT_TEXT, &a, NULL, NULL), VF_OK);
  assert_int_equal(vf_network_result_render_lang(r, VF_OUTPUT_TEXT, NULL, &b, NULL, NULL), VF_OK);
  assert_string_equal(a, b);
  assert_non_null(strstr(a, "network average                            11.7    100.0"));
  vf_indicators_text_free(a);
  vf_indicators_text_free(b);
  assert_int_equal(vf_network_result_render_lang(r, VF_OUTPUT_TEXT, nb, &a, NULL, NULL), VF_OK);
  assert_non_null(strstr(a, "Nettverkssammenligning 2023 (alle kommunene i dataene)"));
  assert_non_null(strstr(a, "\nAndel mottakere 18-24 år (%)\n"));
  assert_non_null(strstr(a, "Samlet gjennomsnitt (sum av tellere / sum av nevnere) av 2 medlemmer."));
  assert_non_null(strstr(a, "nettverkets gjennomsnitt                   11,7    100,0"));
  assert_non_null(strstr(a, "0301                                       12,5    107,1"));
  assert_non_null(strstr(a, "4601                                       10,0     85,7"));
  vf_indicators_text_free(a);
  assert_int_equal(vf_network_result_render_lang(r, VF_OUTPUT_CSV, nb, &a, NULL, NULL), VF_OK);
  assert_non_null(strstr(a, "2023,young_share,0301,,12.5,107.1,pooled,"));
  vf_indicators_text_free(a);
  vf_labels_free(nb);
  vf_network_result_free(r);
  vf_network_data_free(nd);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(nothing_missing), cmocka_unit_test(ssb_texts), cmocka_unit_test(languages),
    cmocka_unit_test(formats), cmocka_unit_test(load_file), cmocka_unit_test(fill),
    cmocka_unit_test(render_lang), cmocka_unit_test(value_and_rows), cmocka_unit_test(network_lang),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
