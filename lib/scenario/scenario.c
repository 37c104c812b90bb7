/* What-if comparisons (velferd/scenario.h): the assistance rule over every
 * client of a register under two contexts. The rule itself is the kernel of
 * vf_assistance_month() (rules_month.h), called with the month's parameters
 * resolved once per context, as the batch does; nothing of the rule is
 * repeated here. Grouping and the result accessors are in scenario_result.c. */
#define _POSIX_C_SOURCE 200809L
#include "scenario/scenario_internal.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One context's pass over the clients. */
typedef struct pass {
  const vf_register *reg;
  const vf_ctx *ctx;
  const char *which; /* "baseline" or "scenario", for messages */
  int year, month;   /* month 0: the whole year */
  vf_compare_rule rule;
  vf_money *amount;  /* n */
  uint8_t *status;   /* n */
  uint8_t *household; /* n, or NULL if not wanted */
  size_t first_failed; /* SIZE_MAX if none */
  vf_error first;
  size_t projected;  /* clients whose amount used a projected value */
} pass;

/* Records client i's failure; keeps the message of the first one (@p e
 * holds a message only for that one). */
static void failed(pass *p, size_t i, int month, const vf_error *e) {
  p->status[i] = (uint8_t)e->status;
  p->amount[i] = 0;
  if (p->first_failed != SIZE_MAX) return;
  p->first_failed = i;
  const char *id = vf_client_id(vf_register_client(p->reg, i));
  p->first = *e;
  snprintf(p->first.message, sizeof p->first.message, "client '%.63s' (%s, %04d-%02d): %.200s",
           id, p->which, p->year, month, e->message);
  vfi_mask_ids(p->first.message, false); /* the id may be a fødselsnummer */
}

/* The qualification benefit of client i for month m (public rule function:
 * its own lookups, no month cache). */
static vf_status kvp_month(const pass *p, size_t i, int m, vf_money *amount, int *projected,
                           vf_error *e) {
  vf_kvp_benefit_result r;
  vf_status s = vf_kvp_benefit_month(p->ctx, vf_register_client(p->reg, i), p->year, m, 0, &r,
                                     NULL, e);
  if (!s) {
    *amount = r.amount;
    *projected |= r.projected;
  }
  return s;
}

/* The pass's month parameters, resolved once (checked by the caller). */
static void months_init(const pass *p, vfi_month months[12]) {
  int m0 = p->month ? p->month : 1, m1 = p->month ? p->month : 12;
  for (int m = m0; m <= m1 && p->rule == VF_COMPARE_ASSISTANCE; m++) {
    vfi_month_init(&months[m - m0], p->ctx, p->year, m, NULL);
    vfi_month_resolve_all(&months[m - m0]);
  }
}

/* Client i (its rule input @p in) in pass @p p. */
static void run_client(pass *p, vfi_month months[12], size_t i, const vfi_client_in *in) {
  int m0 = p->month ? p->month : 1, m1 = p->month ? p->month : 12;
  vf_money sum = 0;
  int projected = 0;
  p->status[i] = VF_OK;
  for (int m = m0; m <= m1; m++) {
    vfi_month *mo = &months[m - m0];
    vf_assistance_result r;
    vf_money amount = 0;
    vf_error e; /* only read after a failure, which fills it */
    e.status = VF_OK;
    /* Only the first failure's message is kept: after it, failures are not
     * formatted (a status is all a client's row holds). */
    vf_error *ep = p->first_failed == SIZE_MAX ? &e : NULL;
    vf_status s;
    if (p->rule == VF_COMPARE_KVP_BENEFIT) {
      s = kvp_month(p, i, m, &amount, &projected, ep);
    } else {
      s = vfi_check_birth_days(in->birth, mo, ep);
      mo->projected = 0;
      if (!s) s = vfi_assistance_kernel(mo, in, &r, NULL, ep);
      if (!s) amount = r.assistance;
      projected |= mo->projected;
    }
    if (!s) s = vfi_add(sum, amount, &sum, "total", ep);
    if (s) {
      e.status = s;
      failed(p, i, m, &e);
      break;
    }
  }
  if (p->household) p->household[i] = (uint8_t)vfi_household_of(in);
  if (p->status[i] == VF_OK) p->amount[i] = sum;
  if (p->status[i] == VF_OK && projected) p->projected++;
}

/* One pass over every client (a thread of its own when threads = 2). */
static void *run_pass(void *arg) {
  pass *p = arg;
  vfi_month months[12];
  months_init(p, months);
  size_t n = vf_register_client_count(p->reg);
  int32_t child_days[VF_MAX_CHILDREN];
  for (size_t i = 0; i < n; i++) {
    vfi_client_in in;
    vfi_client_in_from(&in, vf_register_client(p->reg, i), child_days);
    run_client(p, months, i, &in);
  }
  return NULL;
}

/* Both passes in one loop over the clients (one thread): each client's rule
 * input is built once for both contexts. */
static void run_both(pass *a, pass *b) {
  vfi_month ma[12], mb[12];
  months_init(a, ma);
  months_init(b, mb);
  size_t n = vf_register_client_count(a->reg);
  int32_t child_days[VF_MAX_CHILDREN];
  for (size_t i = 0; i < n; i++) {
    vfi_client_in in;
    vfi_client_in_from(&in, vf_register_client(a->reg, i), child_days);
    run_client(a, ma, i, &in);
    run_client(b, mb, i, &in);
  }
}

static void pass_init(pass *p, const vf_register *reg, const vf_ctx *ctx, const char *which,
                      int year, int month, vf_compare_rule rule) {
  memset(p, 0, sizeof *p);
  p->reg = reg;
  p->ctx = ctx;
  p->which = which;
  p->year = year;
  p->month = month;
  p->rule = rule;
  p->first_failed = SIZE_MAX;
}

static vf_status compare(vf_comparison **out, const vf_register *reg, const vf_ctx *baseline,
                         const vf_ctx *scenario, int year, int month, int whole_year,
                         const vf_compare_options *opts, vf_error *err) {
  if (!out || !reg || !baseline || !scenario)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "out, register, baseline or scenario is NULL");
  if (vf_register_is_summary(reg))
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "a summary register keeps no payment records or "
                    "client objects (vf_register_new_summary)");
  vf_compare_options o = VF_COMPARE_OPTIONS_INIT;
  if (opts) {
    if (opts->size < sizeof o)
      return vfi_fail(err, VF_E_INVALID_ARG, 0, "size", "options: size %zu is too small "
                      "(initialise with VF_COMPARE_OPTIONS_INIT)", opts->size);
    o = *opts;
  }
  if (o.threads < 0 || o.threads > VF_COMPARE_MAX_THREADS)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "threads", "options: threads must be 0..%d, not %d",
                    VF_COMPARE_MAX_THREADS, o.threads);
  if (o.rule != VF_COMPARE_ASSISTANCE && o.rule != VF_COMPARE_KVP_BENEFIT)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "rule", "options: unknown rule %d", (int)o.rule);
  if (year < 1 || year > 9999)
    return vfi_fail(err, VF_E_DATE, 0, "year", "year %d is outside 1..9999", year);
  if (!whole_year && (month < 1 || month > 12))
    return vfi_fail(err, VF_E_DATE, 0, "month", "month %d is outside 1..12", month);
  if (whole_year) month = 0;

  size_t n = vf_register_client_count(reg);
  vf_comparison *c = vfi_comparison_alloc(reg, year, month);
  pass pb, ps;
  pass_init(&pb, reg, baseline, "baseline", year, month, o.rule);
  pass_init(&ps, reg, scenario, "scenario", year, month, o.rule);
  size_t k = n ? n : 1;
  uint8_t *st_b = NULL, *st_s = malloc(k);
  pb.household = malloc(k);
  if (c) vfi_comparison_outputs(c, &pb.amount, &ps.amount, &st_b); /* written in place */
  pb.status = st_b;
  ps.status = st_s;
  vf_status s = VF_OK;
  if (!c || !st_s || !pb.household) {
    s = vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory for a comparison of %zu clients", n);
    goto done;
  }
  pthread_t th;
  int threaded = o.threads == 2 && n > 0 && pthread_create(&th, NULL, run_pass, &pb) == 0;
  if (threaded) {
    run_pass(&ps);
    pthread_join(th, NULL);
  } else {
    run_both(&pb, &ps);
  }

  vfi_cmp_input in = {reg, baseline, scenario, pb.amount, ps.amount, st_b, st_s, pb.household,
                      pb.first_failed, &pb.first, ps.first_failed, &ps.first, o.largest,
                      o.rule, pb.projected, ps.projected};
  s = vfi_comparison_finish(c, &in, err);
  if (!s) {
    *out = c;
    c = NULL;
  }
done:
  free(st_s);
  free(pb.household);
  vf_comparison_free(c);
  return s;
}

vf_status vf_compare_month(vf_comparison **out, const vf_register *reg, const vf_ctx *baseline,
                           const vf_ctx *scenario, int year, int month,
                           const vf_compare_options *opts, vf_error *err) {
  return compare(out, reg, baseline, scenario, year, month, 0, opts, err);
}

vf_status vf_compare_year(vf_comparison **out, const vf_register *reg, const vf_ctx *baseline,
                          const vf_ctx *scenario, int year, const vf_compare_options *opts,
                          vf_error *err) {
  return compare(out, reg, baseline, scenario, year, 0, 1, opts, err);
}
