/* Explanations in a language (issue 17): every message the rules record has
 * an English and a bokmål text; the bokmål rendering of an assistance case and
 * a qualification-benefit case, written out by hand; the message accessors;
 * the language-neutral JSON, parsed. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "velferd/velferd.h"
#include "parse/json.h"
#include "rules/trace_msgs.h"

static void ok(vf_status s, const vf_error *e) {
  if (s != VF_OK) fail_msg("status %d: %s", (int)s, e->message);
}

/* Every message id of the table (which the rule code uses: it names the
 * messages by the table's constants) has a non-empty text in en and nb. */
static void every_message_has_texts(void **state) {
  (void)state;
  const char *langs[] = {"en", "nb"};
  for (int k = 0; k < 2; k++) {
    vf_labels *l;
    vf_error e;
    ok(vf_labels_new(&l, langs[k], &e), &e);
    for (int i = 0; i < VFI_M_COUNT; i++) {
      char key[128];
      snprintf(key, sizeof key, "trace.%s", vfi_trace_msg_ids[i]);
      const char *text = vf_labels_get(l, key);
      if (!text || !*text) fail_msg("%s: no text in %s", key, langs[k]);
    }
    vf_labels_free(l);
  }
}

static char *text_in(const vf_trace *t, const char *lang) {
  vf_error e;
  size_t n = 0;
  ok(vf_trace_to_text_lang(t, lang, NULL, 0, &n, &e), &e);
  char *s = malloc(n + 1);
  assert_non_null(s);
  size_t m = 0;
  ok(vf_trace_to_text_lang(t, lang, s, n + 1, &m, &e), &e);
  assert_int_equal(m, n);
  return s;
}

/* No step of any shipped case renders a missing text (written as its key,
 * "trace.<id>") in either language. */
static void no_case_renders_a_missing_text(void **state) {
  (void)state;
  const char *files[] = {VF_TEST_DATA "/../cases/assistance.json",
                         VF_TEST_DATA "/../cases/rule80.json", VF_TEST_DATA "/../cases/kvp.json",
                         VF_TEST_DATA "/trace_golden/branches.json"};
  vf_trace *t;
  vf_error e;
  ok(vf_trace_new(&t, &e), &e);
  for (size_t f = 0; f < sizeof files / sizeof *files; f++) {
    vf_cases *cs;
    ok(vf_cases_read_file(&cs, files[f], &e), &e);
    for (size_t i = 0; i < vf_cases_count(cs); i++) {
      vf_case_result r;
      ok(vf_case_run(cs, i, &r, t, &e), &e);
      assert_true(vf_trace_step_count(t) > 0);
      for (int k = 0; k < 2; k++) {
        char *s = text_in(t, k ? "nb" : "en");
        if (strstr(s, "trace.")) fail_msg("%s case %zu (%s): a missing text:\n%s", files[f], i,
                                          k ? "nb" : "en", s);
        free(s);
      }
    }
    vf_cases_free(cs);
  }
  vf_trace_free(t);
}

/* The text without the version line, the parameter lines and the sources
 * (data, checked by the goldens), so that the expected text is the rule's. */
static char *rule_lines(const char *s) {
  char *out = malloc(strlen(s) + 1);
  assert_non_null(out);
  size_t n = 0;
  for (const char *p = s; *p;) {
    const char *e = strchr(p, '\n');
    size_t l = e ? (size_t)(e - p + 1) : strlen(p);
    if (strncmp(p, "velferd ", 8) && strncmp(p, "   parameter ", 13) &&
        strncmp(p, "   Kilde: ", 10)) {
      memcpy(out + n, p, l);
      n += l;
    }
    p += l;
  }
  out[n] = 0;
  return out;
}

/* Single person, June 2021, rent 5 000.50, nothing else: guideline single
 * 6 450 + 5 000.50 = 11 450.50 (as test_trace.c). */
static vf_trace *assistance_case(void) {
  vf_error e;
  vf_ctx *ctx;
  vf_client *c;
  vf_trace *t;
  ok(vf_ctx_new(&ctx, NULL, &e), &e);
  ok(vf_client_new(&c, &e), &e);
  ok(vf_trace_new(&t, &e), &e);
  ok(vf_client_set_housing(c, VF_HOUSING_RENT, 500050, &e), &e);
  vf_assistance_result r;
  ok(vf_assistance_month(ctx, c, 2021, 6, &r, t, &e), &e);
  vf_client_free(c);
  vf_ctx_free(ctx);
  return t;
}

static void assistance_in_bokmal(void **state) {
  (void)state;
  vf_trace *t = assistance_case();
  char *all = text_in(t, "nb");
  char *got = rule_lines(all);
  assert_string_equal(got,
    "Beregning: vf_assistance_month 2021-06\n"
    "\n"
    "1. Husholdningstype  [assistance.household, assistance/1]\n"
    "   enslig (bor med ektefelle/samboer ikke registrert; sivilstand verken gift eller "
    "samboer); 0 barn, alder målt første dag i måneden\n"
    "\n"
    "2. Norm for livsopphold: 6 450,00 kr  [assistance.norm, assistance/1]\n"
    "   statens veiledende satser: voksne + barn\n"
    "   - voksne (enslig): 6 450,00 kr\n"
    "\n"
    "3. Boutgifter: 5 000,50 kr  [assistance.housing, assistance/1]\n"
    "   husleie + strøm + andre boutgifter (kommunen har ikke tak)\n"
    "   - husleie: 5 000,50 kr\n"
    "   - strøm og oppvarming: 0,00 kr\n"
    "   - andre boutgifter: 0,00 kr\n"
    "\n"
    "4. Nettoinntekt som regnes med: 0,00 kr  [assistance.income, assistance/1]\n"
    "   all netto månedsinntekt i husholdningen, unntatt det loven holder utenfor\n"
    "\n"
    "5. Ordinær beregning: 11 450,50 kr  [assistance.ordinary, assistance/1]\n"
    "   norm + boutgifter - inntekt = 11 450,50 kr\n"
    "   - norm: 6 450,00 kr\n"
    "   - boutgifter: 5 000,50 kr\n"
    "   - nettoinntekt som regnes med: 0,00 kr\n"
    "\n"
    "6. 80 %-regelen for mottakere av varige ytelser: brukes ikke  [rule80.check, rule80/1]\n"
    "   regelen er slått av i kommunen (rule80.enabled = 0)\n"
    "\n"
    "7. Økonomisk stønad for måneden: 11 450,50 kr  [assistance.result, assistance/1]\n"
    "   ordinær beregning\n");
  /* the frame and a parameter line, whose source is data */
  assert_non_null(strstr(all, "\nvelferd "));
  assert_non_null(strstr(all, ", parametersett "));
  assert_non_null(strstr(all, "\n   parameter guideline.single = 6 450,00 nok_per_month (gjelder "
                              "fra 2021-01-01; "));
  assert_non_null(strstr(all, "\n   Kilde: Sosialtjenesteloven § 18: norm + housing costs"));
  /* nynorsk and "no" read the bokmål texts */
  char *nn = text_in(t, "nn");
  assert_string_equal(nn, all);
  free(nn);
  /* an unknown language: an error and an empty buffer */
  vf_error e;
  char buf[16] = "x";
  size_t len = 7;
  assert_int_equal(vf_trace_to_text_lang(t, "xx", buf, sizeof buf, &len, &e), VF_E_NOT_FOUND);
  assert_string_equal(buf, "");
  assert_int_equal(len, 0);
  assert_int_equal(vf_trace_to_text_lang(t, NULL, buf, sizeof buf, &len, &e), VF_E_INVALID_ARG);
  /* snprintf-style: a short buffer gets a prefix */
  ok(vf_trace_to_text_lang(t, "nb", buf, sizeof buf, &len, &e), &e);
  assert_int_equal(len, strlen(all));
  assert_string_equal(buf, "Beregning: vf_a");
  free(got);
  free(all);
  vf_trace_free(t);
}

/* Born 1990-01-01, August 2024, nothing else: G 124 028 (from 2024-05-01) ×
 * kvp.g_factor 2041/1000 (from 2024-07-01) = 253 141.148 -> 253 141.15 a year;
 * × 31 / (12 × 31) = 21 095.0958 -> 21 095.10 for the month. */
static void kvp_in_bokmal(void **state) {
  (void)state;
  vf_error e;
  vf_ctx *ctx;
  vf_client *c;
  vf_trace *t;
  ok(vf_ctx_new(&ctx, NULL, &e), &e);
  ok(vf_client_new(&c, &e), &e);
  ok(vf_trace_new(&t, &e), &e);
  ok(vf_client_set_birth_date(c, (vf_date){1990, 1, 1}, &e), &e);
  vf_kvp_benefit_result r;
  ok(vf_kvp_benefit_month(ctx, c, 2024, 8, 0, &r, t, &e), &e);
  char *all = text_in(t, "nb");
  char *got = rule_lines(all);
  assert_string_equal(got,
    "Beregning: vf_kvp_benefit_period 2024-08-01..2024-08-31\n"
    "\n"
    "1. Aldersgruppe  [kvp.age, kvp_benefit/1]\n"
    "   fyller 25 år 2015-01-01; redusert sats gjelder før denne dagen\n"
    "\n"
    "2. Stønad for del av perioden: 21 095,10 kr  [kvp.part, kvp_benefit/1]\n"
    "   2024-08-01..2024-08-31, full sats: årssats (G x g_factor) x 31 dager / (12 x 31 dager "
    "i måneden) (etter kalenderdager: en antakelse, kvp.part_month_by_weekdays = 0)\n"
    "   - årssats: 253 141,15 kr\n"
    "   - dager: 31\n"
    "   - dager i måneden: 31\n"
    "\n"
    "3. Satser på siste dag  [kvp.rates, kvp_benefit/1]\n"
    "   satser per år og måned; ingen dagsats: kvp.days_per_year har ingen verdi med kilde\n"
    "   - per år: 253 141,15 kr\n"
    "   - per måned (per år / 12): 21 095,10 kr\n"
    "\n"
    "4. Kvalifiseringsstønad for perioden: 21 095,10 kr  [kvp.result, kvp_benefit/1]\n"
    "   stønad + barnetillegg - reduksjoner, ikke under null\n"
    "   - stønad: 21 095,10 kr\n"
    "   - barnetillegg: 0,00 kr\n"
    "   - reduksjon for lønnet arbeid: 0,00 kr\n"
    "   - reduksjon for trygd: 0,00 kr\n");
  assert_non_null(strstr(all, "\n   parameter g = 124 028,00 nok_per_year (gjelder fra 2024-05-01, "
                              "vedtatt "));
  /* the accessors: the branch taken and its arguments */
  vf_trace_message m;
  vf_trace_arg a;
  ok(vf_trace_get_message(t, 0, VF_TRACE_DETAIL, &m, &e), &e);
  assert_string_equal(m.id, "kvp.age.before");
  assert_int_equal(m.arg_count, 1);
  assert_string_equal(m.text, "turns 25 on 2015-01-01; the reduced rate applies before that day");
  ok(vf_trace_get_arg(t, 0, VF_TRACE_DETAIL, 0, &a, &e), &e);
  assert_int_equal(a.kind, VF_TRACE_ARG_DATE);
  assert_int_equal(a.date.year, 2015);
  assert_int_equal(a.date.month, 1);
  assert_int_equal(a.date.day, 1);
  ok(vf_trace_get_message(t, 1, VF_TRACE_DETAIL, &m, &e), &e);
  assert_string_equal(m.id, "kvp.part.days_full");
  assert_int_equal(m.arg_count, 4);
  ok(vf_trace_get_arg(t, 1, VF_TRACE_DETAIL, 3, &a, &e), &e);
  assert_int_equal(a.kind, VF_TRACE_ARG_INT);
  assert_int_equal(a.value, 31);
  ok(vf_trace_get_message(t, 1, VF_TRACE_TITLE, &m, &e), &e);
  assert_string_equal(m.id, "kvp.part.title");
  assert_string_equal(m.text, "Benefit for part of the period");
  ok(vf_trace_get_message(t, 1, 0, &m, &e), &e);
  assert_string_equal(m.id, "kvp.value.yearly_rate");
  assert_int_equal(m.arg_count, 0);
  assert_int_equal(vf_trace_get_arg(t, 1, 0, 0, &a, &e), VF_E_RANGE);
  assert_int_equal(vf_trace_get_message(t, 1, 3, &m, &e), VF_E_RANGE);
  assert_int_equal(vf_trace_get_message(t, 9, VF_TRACE_TITLE, &m, &e), VF_E_RANGE);
  free(got);
  free(all);
  vf_trace_free(t);
  vf_client_free(c);
  vf_ctx_free(ctx);
}

/* Codes: the stable name in English, the label in bokmål; the accessors. */
static void codes_by_language(void **state) {
  (void)state;
  vf_error e;
  vf_ctx *ctx;
  vf_client *c;
  vf_trace *t;
  ok(vf_ctx_new(&ctx, NULL, &e), &e);
  ok(vf_client_new(&c, &e), &e);
  ok(vf_trace_new(&t, &e), &e);
  ok(vf_client_set_income(c, VF_INC_CHILD_SUPPORT, 120000, &e), &e);
  vf_assistance_result r;
  ok(vf_assistance_month(ctx, c, 2021, 6, &r, t, &e), &e);
  vf_trace_value v;
  ok(vf_trace_get_value(t, 3, 0, &v, &e), &e);
  assert_string_equal(v.label, "child_support");
  assert_int_equal(v.value, 120000);
  vf_trace_arg a;
  ok(vf_trace_get_arg(t, 3, 0, 0, &a, &e), &e);
  assert_int_equal(a.kind, VF_TRACE_ARG_CODE);
  assert_int_equal(a.list, VF_CODES_INCOME_KIND);
  assert_int_equal(a.value, VF_INC_CHILD_SUPPORT);
  assert_string_equal(a.text, "child_support");
  char *nb = text_in(t, "nb");
  assert_non_null(strstr(nb, "\n   - Barnebidrag: 1 200,00 kr\n"));
  free(nb);
  vf_trace_free(t);
  vf_client_free(c);
  vf_ctx_free(ctx);
}

static const vfi_json *at(const vfi_json *v, size_t i) {
  assert_non_null(v);
  assert_true(i < v->n);
  return &v->items[i];
}

static const char *text_of(const vfi_json *v, const char *key) {
  const vfi_json *x = vfi_json_get(v, key);
  assert_non_null(x);
  return x->text;
}

static vfi_json *parse(const vf_trace *t, unsigned flags, const vf_labels *l) {
  size_t n = vf_trace_to_json_ex(t, flags, l, NULL, 0);
  char *s = malloc(n + 1);
  assert_non_null(s);
  assert_int_equal(vf_trace_to_json_ex(t, flags, l, s, n + 1), n);
  vfi_json *root = NULL;
  vf_error e;
  ok(vfi_json_parse(s, n, "trace", &root, &e), &e);
  free(s);
  return root;
}

static void neutral_json(void **state) {
  (void)state;
  vf_trace *t = assistance_case();
  vfi_json *root = parse(t, 0, NULL);
  assert_null(vfi_json_get(root, "lang"));
  assert_string_equal(text_of(root, "calculation"), "vf_assistance_month");
  const vfi_json *steps = vfi_json_get(root, "steps");
  assert_int_equal(steps->n, 7);
  /* household: the branch is the message id, the household a term */
  const vfi_json *s0 = at(steps, 0);
  assert_string_equal(text_of(s0, "rule"), "assistance.household");
  assert_string_equal(text_of(s0, "title_id"), "assistance.household.title");
  assert_null(vfi_json_get(s0, "title"));
  const vfi_json *d = vfi_json_get(s0, "detail");
  assert_string_equal(text_of(d, "id"), "assistance.household.civil_single");
  assert_null(vfi_json_get(d, "text"));
  const vfi_json *args = vfi_json_get(d, "args");
  assert_int_equal(args->n, 2);
  assert_string_equal(text_of(at(args, 0), "kind"), "term");
  assert_string_equal(text_of(at(args, 0), "value"), "household.single");
  assert_string_equal(text_of(at(args, 1), "kind"), "int");
  assert_string_equal(text_of(at(args, 1), "value"), "0");
  /* ordinary: the amount as øre */
  const vfi_json *s4 = at(steps, 4);
  assert_string_equal(text_of(s4, "amount_ore"), "1145050");
  d = vfi_json_get(s4, "detail");
  assert_string_equal(text_of(d, "id"), "assistance.ordinary.detail");
  assert_string_equal(text_of(at(vfi_json_get(d, "args"), 0), "kind"), "money");
  assert_string_equal(text_of(at(vfi_json_get(d, "args"), 0), "value_ore"), "1145050");
  const vfi_json *v0 = at(vfi_json_get(s4, "values"), 0);
  assert_string_equal(text_of(vfi_json_get(v0, "label"), "id"), "assistance.value.norm");
  assert_string_equal(text_of(v0, "value_ore"), "645000");
  /* rule80.check: the outcome and its branch */
  const vfi_json *s5 = at(steps, 5);
  assert_string_equal(text_of(s5, "outcome"), "not applied");
  assert_string_equal(text_of(vfi_json_get(s5, "detail"), "id"), "rule80.check.off");
  /* parameters as in vf_trace_to_json() */
  const vfi_json *p = at(vfi_json_get(at(steps, 1), "params"), 1);
  assert_string_equal(text_of(p, "name"), "guideline.single");
  assert_string_equal(text_of(p, "num"), "645000");
  vfi_json_free(root);

  /* with texts, in bokmål */
  vf_labels *nb;
  vf_error e;
  ok(vf_labels_new(&nb, "nb", &e), &e);
  root = parse(t, VF_TRACE_JSON_TEXT, nb);
  assert_string_equal(text_of(root, "lang"), "nb");
  steps = vfi_json_get(root, "steps");
  assert_string_equal(text_of(at(steps, 1), "title"), "Norm for livsopphold");
  assert_string_equal(text_of(vfi_json_get(at(steps, 4), "detail"), "text"),
                      "norm + boutgifter - inntekt = 11 450,50 kr");
  assert_string_equal(text_of(at(steps, 5), "outcome_text"), "brukes ikke");
  vfi_json_free(root);
  /* with texts, NULL labels: English */
  root = parse(t, VF_TRACE_JSON_TEXT, NULL);
  assert_string_equal(text_of(root, "lang"), "en");
  assert_string_equal(text_of(vfi_json_get(at(vfi_json_get(root, "steps"), 4), "detail"), "text"),
                      "norm + housing - income = 11450.50 kr");
  vfi_json_free(root);
  vf_labels_free(nb);
  assert_int_equal(vf_trace_to_json_ex(NULL, 0, NULL, NULL, 0), 0);
  vf_trace_free(t);
}

/* An empty trace renders its frame in a language without any recording. */
static void empty_trace(void **state) {
  (void)state;
  vf_trace *t;
  vf_error e;
  ok(vf_trace_new(&t, &e), &e);
  char buf[256];
  size_t len = 0;
  ok(vf_trace_to_text_lang(t, "nb", buf, sizeof buf, &len, &e), &e);
  assert_string_equal(buf, "Beregning:  \nvelferd , parametersett , profil , regler \n");
  char plain[256];
  vf_trace_to_text(t, plain, sizeof plain);
  assert_int_equal(vf_trace_to_text_labels(t, NULL, buf, sizeof buf), strlen(plain));
  assert_string_equal(buf, plain);
  assert_string_equal(buf, "Calculation:  \nvelferd , parameter set , profile , rules \n");
  vf_trace_message m;
  assert_int_equal(vf_trace_get_message(t, 0, VF_TRACE_TITLE, &m, &e), VF_E_RANGE);
  vf_trace_free(t);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(every_message_has_texts),
    cmocka_unit_test(no_case_renders_a_missing_text),
    cmocka_unit_test(assistance_in_bokmal),
    cmocka_unit_test(kvp_in_bokmal),
    cmocka_unit_test(codes_by_language),
    cmocka_unit_test(neutral_json),
    cmocka_unit_test(empty_trace),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
