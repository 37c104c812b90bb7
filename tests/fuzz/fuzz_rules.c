/* Rule entry points with random clients: the input bytes become a client
 * (codes, facts, amounts, birth dates, children, possibly impossible ones)
 * and a month or date; every rule runs with and without a trace, in the
 * default and the bergen context. Invariants: a success satisfies the
 * identities of docs/rules.md (norm = adults + children, ordinary =
 * max(0, norm + housing - income), assistance = max(ordinary, 80 % supplement),
 * kvp amount = max(0, base + child supplement - reductions)); the traced and
 * untraced calls agree; the trace renders; and neither the trace nor an error
 * message contains the client's id (privacy). */
#include "fuzz.h"

#define ID "ZZ-PRIVATE-ID-7731"

static vf_ctx *ctxs[2];

static vf_date take_date(const uint8_t **d, size_t *n) {
  vf_date r;
  r.year = 1900 + (int)(fz_take(d, n, 1) * 2 % 160);
  r.month = (int)(fz_take(d, n, 1) % 14);   /* 0 and 13 are impossible */
  r.day = (int)(fz_take(d, n, 1) % 33);     /* so are 0, 32 and 30 February */
  return r;
}

static void no_id(const char *text) { FZ_CHECK(strstr(text, ID) == NULL); }

static void check_trace(const vf_trace *t) {
  static char buf[1 << 16];
  size_t n = vf_trace_to_text(t, buf, sizeof buf);
  if (n < sizeof buf) no_id(buf);
  n = vf_trace_to_json(t, buf, sizeof buf);
  if (n < sizeof buf) no_id(buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!ctxs[0]) {
    FZ_CHECK(vf_ctx_new(&ctxs[0], NULL, NULL) == VF_OK);
    FZ_CHECK(vf_ctx_new(&ctxs[1], "bergen", NULL) == VF_OK);
  }
  vf_client *c;
  FZ_CHECK(vf_client_new(&c, NULL) == VF_OK);
  FZ_CHECK(vf_client_set_id(c, ID, NULL) == VF_OK);
  vf_client_set_birth_date(c, take_date(&data, &size), NULL);
  vf_client_set_gender(c, (vf_gender)(fz_take(&data, &size, 1) % 4), NULL);
  vf_client_set_civil_status(c, (vf_civil_status)(fz_take(&data, &size, 1) % 7), NULL);
  vf_client_set_trygd(c, (vf_trygd)(fz_take(&data, &size, 1) % 15), NULL);
  vf_client_set_main_income(c, (vf_main_income)(fz_take(&data, &size, 1) % 11), NULL);
  for (int f = 0; f < VF_FACT_COUNT; f++)
    vf_client_set_fact(c, (vf_fact)f, (vf_tristate)(fz_take(&data, &size, 1) % 3), NULL);
  unsigned mask = (unsigned)fz_take(&data, &size, 2);
  for (int k = 0; k < VF_INC_KIND_COUNT; k++)
    if (mask & (1u << k)) {
      /* mostly everyday amounts, sometimes huge ones to reach the overflow paths */
      vf_money m = (vf_money)fz_take(&data, &size, (mask & 0x100) ? 8 : 3);
      vf_client_set_income(c, (vf_income_kind)k, m, NULL);
    }
  for (int k = 0; k < VF_HOUSING_KIND_COUNT; k++)
    if (mask & (1u << (9 + k)))
      vf_client_set_housing(c, (vf_housing_kind)k, (vf_money)fz_take(&data, &size, (mask & 0x1000) ? 8 : 3), NULL);
  int kids = (int)(fz_take(&data, &size, 1) % 6);
  for (int k = 0; k < kids; k++) vf_client_add_child(c, take_date(&data, &size), NULL);
  int year = 1990 + (int)(fz_take(&data, &size, 1) % 40), month = (int)(fz_take(&data, &size, 1) % 14);
  vf_date on = take_date(&data, &size), to = take_date(&data, &size);
  int minutes = (int)(int16_t)fz_take(&data, &size, 2);

  vf_trace *t;
  FZ_CHECK(vf_trace_new(&t, NULL) == VF_OK);
  for (int k = 0; k < 2; k++) {
    const vf_ctx *ctx = ctxs[k];
    vf_error e, e2;
    vf_assistance_result a, a2;
    vf_status st = vf_assistance_month(ctx, c, year, month, &a, t, &e);
    fz_check_error(st, &e);
    FZ_CHECK(vf_assistance_month(ctx, c, year, month, &a2, NULL, &e2) == st);
    check_trace(t);
    if (st) no_id(e.message);
    else {
      FZ_CHECK(memcmp(&a, &a2, sizeof a) == 0);
      FZ_CHECK(a.norm == a.norm_adults + a.norm_children);
      FZ_CHECK(a.housing == a.rent_allowed + a.electricity + a.other_housing);
      FZ_CHECK(a.rent_allowed <= a.rent);
      vf_money ord = a.norm + a.housing - a.income;
      FZ_CHECK(a.ordinary == (ord > 0 ? ord : 0));
      vf_money want = a.ordinary;
      if (a.rule80_applies && a.rule80_supplement > want) want = a.rule80_supplement;
      FZ_CHECK(a.assistance == want && a.assistance >= 0);
    }

    vf_kvp_eligibility_result el;
    st = vf_kvp_eligibility(ctx, c, on, &el, t, &e);
    fz_check_error(st, &e);
    check_trace(t);
    if (st) no_id(e.message);
    else {
      int any_no = 0, all_yes = 1;
      for (int i = 0; i < VF_KVP_CRITERION_COUNT; i++) {
        any_no |= el.criteria[i] == VF_NO;
        all_yes &= el.criteria[i] == VF_YES;
      }
      FZ_CHECK(el.eligible == (any_no ? VF_NO : all_yes ? VF_YES : VF_UNKNOWN));
    }

    static vf_kvp_benefit_result b;
    st = vf_kvp_benefit_period(ctx, c, on, to, minutes, &b, t, &e);
    fz_check_error(st, &e);
    check_trace(t);
    if (st) no_id(e.message);
    else {
      FZ_CHECK(b.part_count >= 1 && b.part_count <= VF_KVP_MAX_PARTS);
      vf_money base = 0;
      for (size_t i = 0; i < b.part_count; i++) base += b.parts[i].amount;
      FZ_CHECK(base == b.base);
      vf_money amt = b.base + b.child_supplement - b.work_reduction - b.trygd;
      FZ_CHECK(b.amount == (amt > 0 ? amt : 0));
    }
    st = vf_kvp_benefit_month(ctx, c, year, month, minutes, &b, NULL, &e);
    fz_check_error(st, &e);
    if (st) no_id(e.message);
  }
  vf_trace_free(t);
  vf_client_free(c);
  return 0;
}
