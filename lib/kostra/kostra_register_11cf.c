/* KOSTRA 11CF (kvalifiseringsprogram) records from the register: one record
 * per client paid the qualification benefit (payments of kind
 * VF_ASSIST_QUALIFICATION) in the reporting year. The mapping, and the choice
 * made for each field the register does not hold, is in docs/kostra.md
 * ("11CF from the register"). */
#include "kostra/kostra_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Months from January of year - 5 to December of year: the programme's start
 * may lie up to 4 years back (rules 14-16), and two months before it count for
 * YTELSE_SOSHJELP. */
enum { WIN_YEARS = 6, WIN = 12 * WIN_YEARS, OLDEST_START = 12 /* January of year - 4 */ };

typedef struct part {
  uint8_t kvp[WIN];  /* a qualification benefit payment in the month */
  uint8_t sa[WIN];   /* economic assistance (grant or loan) in the month: an amount
                      * of 0 counts, a month marked without amount as read from 11F
                      * or 11CF; a negative correction does not */
  vf_money benefit;  /* qualification benefit paid in the year, øre */
} part;

static vf_status put_date(vfi_kwr *w, const char *field, vf_date d) {
  char t[16];
  snprintf(t, sizeof t, "%02d%02d%04d", d.day % 100, d.month % 100, d.year % 10000);
  return vfi_kwr_put(w, field, t);
}

/* First day of window month i. */
static vf_date month_start(int year, int i) { return (vf_date){year - 5 + i / 12, i % 12 + 1, 1}; }

/* The programme fields of one participant with main income vklo. */
static vf_status programme(vfi_kwr *w, int year, const part *p, vf_main_income vklo) {
  int first = -1, last = -1, with_sa = 0;
  for (int i = WIN - 12; i < WIN; i++)
    if (p->kvp[i]) {
      if (first < 0) first = i;
      last = i;
      with_sa += p->sa[i];
    }
  /* the programme began with the unbroken run of paid months that holds the
   * year's first one, at most 4 years back */
  int start = first;
  while (start > OLDEST_START && p->kvp[start - 1]) start--;
  vf_date begun = month_start(year, start);
  vf_status s;
  if ((s = put_date(w, "REG_DATO", begun)) || (s = put_date(w, "VEDTAK_DATO", begun)) ||
      (s = put_date(w, "BEGYNT_DATO", begun)) || (s = vfi_kwr_put(w, "KVP_KOMM", "2")))
    return s;
  /* economic assistance in the two months before the programme began: the
   * main source of living (2) if it or the benefit that replaced it is the
   * client's main income, else supplementary (3) */
  bool main = vklo == VF_INCOME_SRC_SOCIAL_ASSISTANCE || vklo == VF_INCOME_SRC_QUALIFICATION;
  if ((start >= 1 && p->sa[start - 1]) || (start >= 2 && p->sa[start - 2]))
    if ((s = vfi_kwr_put(w, "YTELSE_SOSHJELP", "1")) || (s = vfi_kwr_put(w, "YTELSE_TYPE_SOSHJ", main ? "2" : "3")))
      return s;
  /* economic assistance during the programme: in one month a one-off grant,
   * in more a fixed supplement */
  if ((s = vfi_kwr_put(w, "KVP_MED_ASTONAD", with_sa ? "1" : "2"))) return s;
  if (with_sa && (s = vfi_kwr_put(w, with_sa > 1 ? "KVP_MED_SOSHJ_SUP" : "KVP_MED_SOSHJ_ENGANG", with_sa > 1 ? "7" : "9")))
    return s;
  for (int m = 0; m < 12; m++) {
    char name[12], code[4];
    snprintf(name, sizeof name, "STMND_%d", m + 1);
    snprintf(code, sizeof code, "%02d", m + 1);
    if ((s = vfi_kwr_put(w, name, p->kvp[WIN - 12 + m] ? code : ""))) return s;
  }
  vf_money kr;
  if ((s = vf_money_round_kroner(p->benefit, VF_ROUND_HALF_AWAY, &kr, w->err))) return s;
  kr /= VF_ORE_PER_KRONE;
  if (kr > 9999999)
    return vfi_fail(w->err, VF_E_RANGE, 0, "KVP_STONAD", "KVP_STONAD: %lld kr does not fit the 7 digits of 11CF",
                    (long long)kr);
  char t[24];
  snprintf(t, sizeof t, "%lld", (long long)kr);
  if ((s = vfi_kwr_put(w, "KVP_STONAD", t))) return s;
  if (p->kvp[WIN - 1]) return vfi_kwr_put(w, "STATUS", "1"); /* paid in December: still in the programme */
  /* ended in the year; how the register cannot tell, so: ended by agreement,
   * situation and income afterwards unknown */
  vf_date end = month_start(year, last);
  end.day = vf_date_days_in_month(end.year, end.month);
  if ((s = vfi_kwr_put(w, "STATUS", "3")) || (s = put_date(w, "AVSL_DATO", end)) || (s = vfi_kwr_put(w, "AVSL_UKJENT", "17")))
    return s;
  return vfi_kwr_put(w, "AVSL_VIKTIGSTE_INNTEKT", "17");
}

vf_status vf_kostra_from_register_11cf(const vf_register *reg, const vf_kostra_write_options *opt,
                                       vf_kostra_file **out, vf_error *err) {
  vf_status s0 = vfi_kostra_check_inputs(reg, opt, out, err);
  if (s0) return s0;
  vf_kostra_file *f;
  vf_status s = vf_kostra_file_new(VF_KOSTRA_11CF, opt->year, &f, err);
  if (s) return s;
  size_t nc = vf_register_client_count(reg), np = vf_register_payment_count(reg), n = 0;
  /* pass 1: participants (qualification benefit in the year), numbered 1..n */
  size_t *slot = calloc(nc ? nc : 1, sizeof *slot);
  part *parts = NULL;
  vfi_fnrset used = {0};
  if (!slot) { s = vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory"); goto out; }
  for (size_t i = 0; i < np; i++) {
    vf_payment p;
    if ((s = vf_register_payment(reg, i, &p, err))) goto out;
    if (p.year == opt->year && p.kind == VF_ASSIST_QUALIFICATION && p.client < nc && !slot[p.client])
      slot[p.client] = ++n;
  }
  /* pass 2: their months in the window and the year's benefit */
  if (!(parts = calloc(n ? n : 1, sizeof *parts))) { s = vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory"); goto out; }
  for (size_t i = 0; i < np; i++) {
    vf_payment p;
    if ((s = vf_register_payment(reg, i, &p, err))) goto out;
    int k = (p.year - (opt->year - 5)) * 12 + p.month - 1;
    if (p.client >= nc || !slot[p.client] || k < 0 || k >= WIN) continue;
    part *q = &parts[slot[p.client] - 1];
    if (p.kind == VF_ASSIST_QUALIFICATION) {
      q->kvp[k] = 1;
      if (p.year == opt->year && (s = vf_money_add(q->benefit, p.gross, &q->benefit, err))) goto out;
    } else if (p.gross >= 0) {
      q->sa[k] = 1;
    }
  }
  for (size_t ci = 0; ci < nc; ci++) {
    if (!slot[ci]) continue;
    const vf_client *c = vf_register_client(reg, ci);
    vfi_kwr w = {f, 0, err};
    if ((s = vf_kostra_file_add_record(f, &w.rec, err)) || (s = vfi_kostra_put_person(&w, "11CF", opt, c, ci, &used))) goto out;
    if ((s = programme(&w, opt->year, &parts[slot[ci] - 1], vf_client_main_income(c)))) {
      /* name the client in the message: vfi_fail() replaced it */
      if (err) {
        char m[sizeof err->message];
        memcpy(m, err->message, sizeof m);
        m[sizeof m - 1] = '\0';
        int k = snprintf(err->message, sizeof err->message, "client '%.12s': ", vf_client_id(c));
        if (k > 0 && (size_t)k < sizeof err->message)
          snprintf(err->message + k, sizeof err->message - (size_t)k, "%.*s", (int)(sizeof err->message - (size_t)k - 1), m);
      }
      goto out;
    }
  }
out:
  free(slot);
  free(parts);
  free(used.v);
  if (s) { vf_kostra_file_free(f); return s; }
  *out = f;
  return VF_OK;
}
