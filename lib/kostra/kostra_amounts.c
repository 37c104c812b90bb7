/* Figures of form 11F beyond the general indicators: bidrag and lån separately
 * and together (KOSTRA 11F fields BIDRAG and LAAN), and recipients by TRYGDESIT. */
#include "kostra/kostra_internal.h"

#include <stdlib.h>
#include <string.h>

static vf_status avg(vf_money sum, int64_t n, vf_money *out, vf_error *err) {
  if (n <= 0) { *out = 0; return VF_OK; }
  return vf_money_mul_ratio(sum, 1, n, VF_ROUND_HALF_AWAY, out, err);
}

vf_status vfi_kamounts_add(vf_kostra_amounts *a, uint16_t months, unsigned kinds, int trygd,
                           vf_money grant, vf_money loan, vf_error *err) {
  vf_status s = vf_money_add(a->grant, grant, &a->grant, err);
  if (!s) s = vf_money_add(a->loan, loan, &a->loan, err);
  if (s || !months) return s;
  a->recipients++;
  for (uint16_t m = months; m; m &= (uint16_t)(m - 1)) a->benefit_months++;
  a->recipients_grant += kinds & 1;
  a->recipients_loan += (kinds >> 1) & 1;
  a->recipients_both += kinds == 3;
  a->by_trygd[trygd >= 0 && trygd < 14 ? trygd : 0]++;
  return VF_OK;
}

/* The total and the averages, from the sums and counts. */
vf_status vfi_kamounts_finish(vf_kostra_amounts *a, vf_error *err) {
  vf_status s = vf_money_add(a->grant, a->loan, &a->total, err);
  if (!s) s = avg(a->grant, a->recipients, &a->grant_per_recipient, err);
  if (!s) s = avg(a->loan, a->recipients, &a->loan_per_recipient, err);
  if (!s) s = avg(a->total, a->recipients, &a->total_per_recipient, err);
  if (!s) s = avg(a->grant, a->benefit_months, &a->grant_per_month, err);
  if (!s) s = avg(a->loan, a->benefit_months, &a->loan_per_month, err);
  if (!s) s = avg(a->total, a->benefit_months, &a->total_per_month, err);
  return s;
}

vf_status vf_kostra_amounts_compute(const vf_register *reg, int year, vf_kostra_amounts *out,
                                    vf_error *err) {
  if (!reg || !out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "register or out is NULL");
  if (vf_register_is_summary(reg))
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "a summary register keeps no payment records or "
                    "client objects (vf_register_new_summary)");
  size_t nc = vf_register_client_count(reg);
  /* per client: months with a payment, and whether a grant / loan above 0 was paid */
  uint16_t *months = calloc(nc ? nc : 1, sizeof *months);
  uint8_t *kinds = calloc(nc ? nc : 1, 1);
  if (!months || !kinds) { free(months); free(kinds); return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory"); }
  vf_kostra_amounts a;
  memset(&a, 0, sizeof a);
  vf_status s = VF_OK;
  for (size_t i = 0, np = vf_register_payment_count(reg); i < np && !s; i++) {
    vf_payment p;
    if ((s = vf_register_payment(reg, i, &p, err))) break;
    if (p.year != year || p.client >= nc || p.kind == VF_ASSIST_QUALIFICATION) continue;
    months[p.client] |= (uint16_t)(1u << (p.month - 1));
    bool loan = p.kind == VF_ASSIST_LOAN;
    if (p.gross > 0) kinds[p.client] |= loan ? 2 : 1;
    s = vf_money_add(loan ? a.loan : a.grant, p.gross, loan ? &a.loan : &a.grant, err);
  }
  for (size_t c = 0; c < nc && !s; c++) {
    if (!months[c]) continue;
    a.recipients++;
    for (uint16_t m = months[c]; m; m &= (uint16_t)(m - 1)) a.benefit_months++;
    a.recipients_grant += kinds[c] & 1;
    a.recipients_loan += (kinds[c] >> 1) & 1;
    a.recipients_both += kinds[c] == 3;
    int t = vf_client_trygd(vf_register_client(reg, c));
    a.by_trygd[t >= 0 && t < 14 ? t : 0]++;
  }
  free(months);
  free(kinds);
  if (!s) s = vfi_kamounts_finish(&a, err);
  if (s) return s;
  *out = a;
  return VF_OK;
}
