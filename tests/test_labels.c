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
  char *good = temp_file("key,nb,source\ncode.gender.female,Kvinner,test\nextra.key,Ekstra,test\n");
  char *no_lang = temp_file("key,en,source\ncode.gender.female,Women,test\n");
  char *short_row = temp_file("key,nb,source\ncode.gender.male,Menn,test\ncode.gender.female,Kvinner\n");
  vf_error e;
  assert_int_equal(vf_labels_load(nb, good, &e), VF_OK);
  assert_string_equal(vf_labels_code(nb, VF_CODES_GENDER, VF_GENDER_FEMALE), "Kvinner");
  assert_string_equal(vf_labels_get(nb, "extra.key"), "Ekstra");
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

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(nothing_missing), cmocka_unit_test(ssb_texts), cmocka_unit_test(languages),
    cmocka_unit_test(formats), cmocka_unit_test(load_file),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
