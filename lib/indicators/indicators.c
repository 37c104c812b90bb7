/* Indicators of economic social assistance from a register: one pass over the
 * payment records, one over the clients, then small-cell suppression.
 * Definitions and sources: docs/indicators.md. */
#define _POSIX_C_SOURCE 200809L
#include "indicators/indicators_internal.h"
#include "register/register_internal.h"

#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- names ---- */

static const struct { const char *name, *label; vf_indicator_unit unit; } ind_info[VF_IND_COUNT] = {
  {"recipients", "Recipients during the year", VF_IUNIT_PERSONS},
  {"recipients_month", "Recipients in the point month", VF_IUNIT_PERSONS},
  {"benefit_months", "Months with assistance, summed over recipients", VF_IUNIT_PERSONS},
  {"avg_duration", "Average benefit duration (months)", VF_IUNIT_MONTHS},
  {"long_term_share", "Recipients with assistance 6 months or more (%)", VF_IUNIT_PERCENT},
  {"long_term_continuous_share", "Recipients with assistance 6 consecutive months or more (%)",
   VF_IUNIT_PERCENT},
  {"gross", "Gross payments (NOK)", VF_IUNIT_MONEY},
  {"refunded", "Refunded and recovered amounts (NOK)", VF_IUNIT_MONEY},
  {"net", "Net payments (NOK)", VF_IUNIT_MONEY},
  {"gross_per_recipient", "Gross payments per recipient (NOK)", VF_IUNIT_MONEY},
  {"avg_per_month", "Average payment per benefit month (NOK)", VF_IUNIT_MONEY},
  {"sa_main_income_share", "Recipients with social assistance as main income (%)",
   VF_IUNIT_PERCENT},
  {"sa_long_term_share",
   "Recipients with social assistance as main income and 6 months or more (%)", VF_IUNIT_PERCENT},
  {"young_share", "Recipients aged 18-24 (%)", VF_IUNIT_PERCENT},
  {"provider_share", "Recipients providing for children under 18 (%)", VF_IUNIT_PERCENT},
  {"children", "Children under 18 in recipient households", VF_IUNIT_PERSONS},
  {"population_rate", "Recipients per 100 inhabitants in the age band", VF_IUNIT_PER_100},
  {"grants", "Gross payments as grants (NOK)", VF_IUNIT_MONEY},
  {"loans", "Gross payments as loans (NOK)", VF_IUNIT_MONEY}};

const char *vf_indicator_name(vf_indicator which) {
  return (int)which >= 0 && which < VF_IND_COUNT ? ind_info[which].name : NULL;
}

const char *vf_indicator_label(vf_indicator which) {
  return (int)which >= 0 && which < VF_IND_COUNT ? ind_info[which].label : NULL;
}

vf_status vf_indicator_parse(const char *name, vf_indicator *out, vf_error *err) {
  if (!name || !out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "name or out is NULL");
  for (int i = 0; i < VF_IND_COUNT; i++)
    if (!strcmp(name, ind_info[i].name)) { *out = (vf_indicator)i; return VF_OK; }
  return vfi_fail(err, VF_E_NOT_FOUND, 0, "indicator", "indicator: unknown indicator '%.40s'", name);
}

static const char *const table_names[VF_TABLE_COUNT] = {"age_group", "gender", "civil_status",
  "citizenship", "provider_status", "main_income", "trygd", "duration", "trygd_all"};

const char *vf_indicator_table_name(vf_indicator_table table) {
  return (int)table >= 0 && table < VF_TABLE_COUNT ? table_names[table] : NULL;
}

vf_status vf_indicator_table_parse(const char *name, vf_indicator_table *out, vf_error *err) {
  if (!name || !out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "name or out is NULL");
  for (int i = 0; i < VF_TABLE_COUNT; i++)
    if (!strcmp(name, table_names[i])) { *out = (vf_indicator_table)i; return VF_OK; }
  return vfi_fail(err, VF_E_NOT_FOUND, 0, "table", "table: unknown table '%.40s'", name);
}

/* The code list behind each table (duration has none). */
static const int table_list[VF_TABLE_COUNT] = {VF_CODES_AGE_GROUP, VF_CODES_GENDER,
  VF_CODES_CIVIL_STATUS, VF_CODES_CITIZENSHIP, VF_CODES_PROVIDER_STATUS, VF_CODES_MAIN_INCOME,
  VF_CODES_TRYGD, -1, VF_CODES_TRYGD};

int vfi_table_list(vf_indicator_table t) {
  return (int)t >= 0 && t < VF_TABLE_COUNT && t != VF_TABLE_DURATION ? table_list[t] : -1;
}

const char *vfi_row_code(vf_indicator_table t, int value) {
  static const char *const months[13] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10",
    "11", "12"};
  if (t == VF_TABLE_DURATION) return value >= 0 && value <= 12 ? months[value] : NULL;
  return vf_code_name((vf_code_list)table_list[t], value);
}

/* Row layout: the list's values 1..n-1 then 0 (unknown last); provider status
 * has no unknown and runs 0..5; duration runs 1..12. Returns the row count
 * and fills index[value] = row. */
static size_t layout(vf_indicator_table t, vfi_table *tab, int *index) {
  size_t n = 0;
  if (t == VF_TABLE_DURATION) {
    for (int m = 1; m <= 12; m++) { index[m] = (int)n; tab->value[n++] = m; }
  } else if (t == VF_TABLE_PROVIDER_STATUS) {
    for (int v = 0; v < VF_PROVIDER_COUNT; v++) { index[v] = (int)n; tab->value[n++] = v; }
  } else {
    for (int v = 1; vf_code_name((vf_code_list)table_list[t], v); v++) {
      if (t == VF_TABLE_TRYGD_ALL && v == VF_TRYGD_NONE) continue; /* not a trygd situation */
      index[v] = (int)n;
      tab->value[n++] = v;
    }
    index[0] = (int)n;
    tab->value[n++] = 0;
  }
  tab->nrows = n;
  return n;
}

/* ---- rounding ---- */

int64_t vfi_div_round(vfi_i128 n, vfi_i128 d) {
  vfi_i128 q = n / d, r = n % d;
  if (r < 0) r = -r;
  if (r >= d - r) q += n < 0 ? -1 : 1; /* 2r >= d without overflow */
  return (int64_t)q;
}

void vfi_value_set(vf_indicator_value *v, vf_indicator which, vf_indicator_unit unit, int64_t num,
                   int64_t den) {
  vfi_value_set_decimals(v, which, unit, (unit == VF_IUNIT_PERSONS || unit == VF_IUNIT_MONEY) ? 0 : 1,
                         num, den);
}

void vfi_value_set_decimals(vf_indicator_value *v, vf_indicator which, vf_indicator_unit unit,
                            int decimals, int64_t num, int64_t den) {
  memset(v, 0, sizeof *v);
  v->indicator = which;
  v->unit = unit;
  v->decimals = decimals;
  if (den <= 0) { v->status = VF_VALUE_UNDEFINED; return; }
  v->num = num;
  v->den = den;
  /* published: whole kroner for money, tenths otherwise */
  if (unit == VF_IUNIT_MONEY) v->rounded = vfi_div_round(num, (vfi_i128)den * 100);
  else if (v->decimals) v->rounded = vfi_div_round((vfi_i128)num * 10, den);
  else v->rounded = vfi_div_round(num, den);
}

/* ---- options ---- */

void vf_indicator_options_init(vf_indicator_options *opts) {
  if (!opts) return;
  opts->version = VF_INDICATOR_OPTIONS_VERSION;
  opts->suppress_below = 5;
  opts->point_month = 11;
  opts->rate_age_from = 18;
  opts->rate_age_to = 66;
  opts->threads = 0;
  opts->exclude_unknown = 0;
  opts->rate_bands = 0;
  memset(opts->rate_band, 0, sizeof opts->rate_band);
  opts->weighted = 0;
}

static vf_status check_options(const vf_indicator_options *o, vf_error *err) {
  if (o->version != VF_INDICATOR_OPTIONS_VERSION && o->version != 1)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "version", "options version %d is not %d (call "
                    "vf_indicator_options_init)", o->version, VF_INDICATOR_OPTIONS_VERSION);
  if (o->suppress_below < 0 || o->suppress_below > 1000)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "suppress_below", "suppress_below: %d is outside "
                    "0..1000", o->suppress_below);
  if (o->point_month < 1 || o->point_month > 12)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "point_month", "point_month: %d is outside 1..12",
                    o->point_month);
  if (o->rate_age_from < 0 || o->rate_age_to > VF_POPULATION_MAX_AGE ||
      o->rate_age_from > o->rate_age_to)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "rate_age_from", "rate age band %d-%d is not within "
                    "0-%d", o->rate_age_from, o->rate_age_to, VF_POPULATION_MAX_AGE);
  if (o->threads < 0 || o->threads > 64)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "threads", "threads: %d is outside 0..64",
                    o->threads);
  if (o->exclude_unknown != 0 && o->exclude_unknown != 1)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "exclude_unknown", "exclude_unknown: %d is not 0 "
                    "or 1", o->exclude_unknown);
  if (o->rate_bands < 0 || o->rate_bands > VF_RATE_BANDS_MAX)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "rate_bands", "rate_bands: %d is outside 0..%d",
                    o->rate_bands, VF_RATE_BANDS_MAX);
  for (int k = 0; k < o->rate_bands; k++)
    if (o->rate_band[k][0] < 0 || o->rate_band[k][1] > VF_POPULATION_MAX_AGE ||
        o->rate_band[k][0] > o->rate_band[k][1])
      return vfi_fail(err, VF_E_INVALID_ARG, 0, "rate_band", "rate band %d: %d-%d is not within "
                      "0-%d", k + 1, o->rate_band[k][0], o->rate_band[k][1], VF_POPULATION_MAX_AGE);
  if (o->weighted != 0 && o->weighted != 1)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "weighted", "weighted: %d is not 0 or 1",
                    o->weighted);
  return VF_OK;
}

/* ---- pass 1: the payment records ---- */

/* One slice of the records. Sums are kept as 64-bit words plus a carry count
 * (amounts are never negative), which is cheaper than 128-bit adds. */
typedef struct slice {
  const vf_register *reg;
  int year;
  size_t from, to;
  vf_month_mask *mask;
  vf_money *cgross; /* per client: gross of the year (a part of the year's sum: fits) */
  uint64_t gross, gross_carry, refund, refund_carry, grant, grant_carry;
  size_t used;
  bool weighted;
  vfi_i128 wgross, wrefund, wgrant; /* weighted: each amount times its client's weight */
} slice;

static void *run_slice(void *arg) {
  slice *s = arg;
  const vfi_pay_key *key = s->reg->pkey;
  const vf_money *gross = s->reg->pgross, *refund = s->reg->prefund;
  vf_month_mask *mask = s->mask;
  vf_money *cg = s->cgross;
  uint64_t g = 0, gc = 0, r = 0, rc = 0, b = 0, bc = 0;
  size_t used = 0;
  for (size_t i = s->from; i < s->to; i++) {
    /* economic assistance only: the qualification benefit is not */
    if (key[i].year != s->year || key[i].kind == VF_ASSIST_QUALIFICATION) continue;
    used++;
    uint64_t t = g + (uint64_t)gross[i];
    gc += t < g;
    g = t;
    t = r + (uint64_t)refund[i];
    rc += t < r;
    r = t;
    cg[key[i].client] += gross[i];
    if (key[i].kind == VF_ASSIST_GRANT) {
      t = b + (uint64_t)gross[i];
      bc += t < b;
      b = t;
    }
    /* A month counts when the client was paid a positive gross amount in it. */
    mask[key[i].client] |= (vf_month_mask)((unsigned)(gross[i] > 0) << (key[i].month - 1));
  }
  s->gross = g;
  s->gross_carry = gc;
  s->refund = r;
  s->refund_carry = rc;
  s->grant = b;
  s->grant_carry = bc;
  s->used = used;
  if (s->weighted) { /* a second loop: the unweighted one stays as fast as it was */
    const vfi_client_row *rows = s->reg->rows;
    vfi_i128 wg = 0, wr = 0, wb = 0;
    for (size_t i = s->from; i < s->to; i++) {
      if (key[i].year != s->year || key[i].kind == VF_ASSIST_QUALIFICATION) continue;
      uint32_t w = rows[key[i].client].weight;
      wg += (vfi_i128)gross[i] * w;
      wr += (vfi_i128)refund[i] * w;
      if (key[i].kind == VF_ASSIST_GRANT) wb += (vfi_i128)gross[i] * w;
    }
    s->wgross = wg;
    s->wrefund = wr;
    s->wgrant = wb;
  }
  return NULL;
}

static int thread_count(const vf_indicator_options *o, size_t records) {
  if (o->threads) return o->threads;
  if (records < ((size_t)1 << 20)) return 1;
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? 1 : n > 4 ? 4 : (int)n;
}

/* Runs pass 1 over all records, on several threads for large registers; the
 * per-thread month masks are OR-ed into @p mask. */
static vf_status pass_payments(const vf_register *reg, int year, int nthreads, vf_month_mask *mask,
                               vf_money *cgross, vfi_i128 *gross, vfi_i128 *refund,
                               vfi_i128 *grant, size_t *used, bool weighted, vfi_i128 *wgross,
                               vfi_i128 *wrefund, vfi_i128 *wgrant, vf_error *err) {
  enum { MAXT = 64 };
  slice sl[MAXT];
  pthread_t tid[MAXT];
  int n = nthreads, started = 1;
  if ((size_t)n > reg->npay / 4096 + 1) n = (int)(reg->npay / 4096 + 1);
  vf_status st = VF_OK;
  for (int k = 0; k < n; k++) {
    sl[k] = (slice){reg, year, reg->npay * (size_t)k / (size_t)n,
                    reg->npay * (size_t)(k + 1) / (size_t)n, mask, cgross, 0, 0, 0, 0, 0, 0, 0,
                    weighted, 0, 0, 0};
    if (k && (!(sl[k].mask = calloc(reg->nclients ? reg->nclients : 1, sizeof *mask)) ||
              !(sl[k].cgross = calloc(reg->nclients ? reg->nclients : 1, sizeof *cgross)))) {
      free(sl[k].mask);
      st = vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
      n = k;
      break;
    }
  }
  for (; st == VF_OK && started < n; started++)
    if (pthread_create(&tid[started], NULL, run_slice, &sl[started])) break; /* run it here */
  run_slice(&sl[0]);
  for (int k = 1; k < n; k++) {
    if (k < started) pthread_join(tid[k], NULL);
    else if (st == VF_OK) run_slice(&sl[k]);
  }
  *gross = *refund = *grant = *wgross = *wrefund = *wgrant = 0;
  *used = 0;
  for (int k = 0; k < n; k++) {
    *wgross += sl[k].wgross;
    *wrefund += sl[k].wrefund;
    *wgrant += sl[k].wgrant;
    *gross += ((vfi_i128)sl[k].gross_carry << 64) + sl[k].gross;
    *refund += ((vfi_i128)sl[k].refund_carry << 64) + sl[k].refund;
    *grant += ((vfi_i128)sl[k].grant_carry << 64) + sl[k].grant;
    *used += sl[k].used;
    if (k) {
      for (size_t c = 0; c < reg->nclients; c++) {
        mask[c] |= sl[k].mask[c];
        cgross[c] += sl[k].cgross[c];
      }
      free(sl[k].mask);
      free(sl[k].cgross);
    }
  }
  return st;
}

/* ---- suppression ---- */

static bool small(const vf_indicators *ind, int64_t n) {
  return n > 0 && n < ind->opts.suppress_below;
}

bool vfi_small(const vf_indicators *ind, int64_t n) { return small(ind, n); }

/* Primary cells 1..N-1; then, while a single cell is hidden or the hidden
 * cells add up to fewer than N persons, hide the smallest published non-zero
 * cell as well (secondary), so no hidden cell follows from the total. */
void vfi_suppress_table(const vf_indicators *ind, vfi_table *t) {
  int64_t hidden_sum = 0;
  size_t hidden = 0;
  for (size_t i = 0; i < t->nrows; i++)
    if (small(ind, t->count[i])) {
      t->supp[i] = VF_SUPPRESS_PRIMARY;
      hidden_sum += t->count[i];
      hidden++;
    }
  while (hidden && (hidden == 1 || hidden_sum < ind->opts.suppress_below)) {
    size_t best = t->nrows;
    for (size_t i = 0; i < t->nrows; i++)
      if (!t->supp[i] && t->count[i] > 0 && (best == t->nrows || t->count[i] < t->count[best]))
        best = i;
    if (best == t->nrows) break; /* every non-zero cell is hidden already */
    t->supp[best] = VF_SUPPRESS_SECONDARY;
    hidden_sum += t->count[best];
    hidden++;
  }
  if (small(ind, t->total)) t->total_hidden = true;
}

/* Hides every cell of a table (its total is hidden elsewhere). */
static void hide_table(vfi_table *t) {
  for (size_t i = 0; i < t->nrows; i++)
    if (!t->supp[i] && t->count[i] > 0) t->supp[i] = VF_SUPPRESS_SECONDARY;
  t->total_hidden = true;
}

static size_t row_of(const vfi_table *t, int value) {
  for (size_t i = 0; i < t->nrows; i++)
    if (t->value[i] == value) return i;
  return t->nrows;
}

size_t vfi_row_of(const vfi_table *t, int value) { return row_of(t, value); }

/* A count made of the cells of @p t whose value is in [lo, hi] reveals a
 * hidden cell if exactly one hidden cell is inside that set or exactly one
 * is outside it. */
static bool reveals(const vfi_table *t, int lo, int hi) {
  int in = 0, out = 0;
  for (size_t i = 0; i < t->nrows; i++)
    if (t->supp[i]) (t->value[i] >= lo && t->value[i] <= hi) ? in++ : out++;
  return in == 1 || out == 1;
}

static bool any_hidden(const vfi_table *t) {
  for (size_t i = 0; i < t->nrows; i++)
    if (t->supp[i]) return true;
  return false;
}

/* Age groups as [first, last] ages, indexed by vf_age_group. */
static const int group_age[VF_AGE_GROUP_COUNT][2] = {{-1, -1}, {18, 24}, {25, 29}, {30, 39},
  {40, 49}, {50, 59}, {60, 66}, {67, VF_POPULATION_MAX_AGE}, {0, 17}};

/* Whether recipients aged a..b, published next to the age table, would
 * reveal a hidden cell or a small part of an age group. */
static bool band_reveals(const vf_indicators *ind, int a, int b, int64_t numerator) {
  if (!ind->opts.suppress_below) return false;
  if (small(ind, numerator)) return true;
  const vfi_table *t = &ind->t[VF_TABLE_AGE_GROUP];
  int hidden_in = 0, hidden_total = 0;
  for (int g = 1; g < VF_AGE_GROUP_COUNT; g++) {
    int lo = group_age[g][0], hi = group_age[g][1];
    int64_t in = 0, outside = 0;
    for (int age = lo; age <= hi; age++) *(age >= a && age <= b ? &in : &outside) += ind->n.by_age[age];
    bool touches = b >= lo && a <= hi, whole = a <= lo && b >= hi;
    bool hidden = t->supp[row_of(t, g)] != VF_SUPPRESS_NONE;
    hidden_total += hidden;
    if (touches && hidden) hidden_in++;
    if (touches && !whole && (hidden || small(ind, in) || small(ind, outside))) return true;
  }
  /* Unknown ages are outside every band; a hidden unknown cell counts as outside. */
  hidden_total += t->supp[row_of(t, VF_AGE_UNKNOWN)] != VF_SUPPRESS_NONE;
  return hidden_in > 0 && hidden_in < hidden_total;
}

/* ---- values ---- */

static void rate_value(const vf_indicators *ind, int a, int b, vf_indicator which,
                       vf_indicator_value *v) {
  int64_t num = 0, wnum = 0, pop = 0;
  bool missing = false;
  for (int age = a; age <= b; age++) {
    num += ind->n.by_age[age];
    wnum += ind->w.by_age[age];
    if (ind->pop[age] < 0) missing = true;
    else pop += ind->pop[age];
  }
  /* weighted: recipients are weights in 1/VF_WEIGHT_SCALE */
  if (ind->opts.weighted) vfi_value_set(v, which, VF_IUNIT_PER_100, 100 * wnum, pop * VF_WEIGHT_SCALE);
  else vfi_value_set(v, which, VF_IUNIT_PER_100, 100 * num, pop);
  if (missing) {
    vfi_value_set(v, which, VF_IUNIT_PER_100, 0, 0);
    v->status = VF_VALUE_NO_DATA;
  } else if (band_reveals(ind, a, b, num)) {
    vfi_value_set(v, which, VF_IUNIT_PER_100, 0, 0);
    v->status = VF_VALUE_SUPPRESSED;
  }
}

void vfi_rate_value(const vf_indicators *ind, int a, int b, vf_indicator which,
                    vf_indicator_value *v) {
  rate_value(ind, a, b, which, v);
}

static void hide(vf_indicators *ind, vf_indicator which) {
  vf_indicator_value *v = &ind->v[which];
  if (v->status == VF_VALUE_SUPPRESSED) return;
  vfi_value_set(v, which, v->unit, 0, 0);
  v->status = VF_VALUE_SUPPRESSED;
  ind->nsuppressed++;
}

/* The values from the persons' aggregates, or with weights from the weighted
 * ones: then every count is a sum of weights in 1/VF_WEIGHT_SCALE (its
 * denominator), an amount øre times 1/VF_WEIGHT_SCALE, and shares and
 * averages are ratios in which the scale cancels. */
static void set_values(vf_indicators *ind) {
  vf_indicator_value *v = ind->v;
  const vfi_agg *a = ind->opts.weighted ? &ind->w : &ind->n;
  int64_t one = ind->opts.weighted ? VF_WEIGHT_SCALE : 1, r = a->recipients;
  vfi_value_set(&v[VF_IND_RECIPIENTS], VF_IND_RECIPIENTS, VF_IUNIT_PERSONS, r, one);
  vfi_value_set(&v[VF_IND_RECIPIENTS_MONTH], VF_IND_RECIPIENTS_MONTH, VF_IUNIT_PERSONS, a->point, one);
  /* a whole number of months: published without decimals */
  vfi_value_set_decimals(&v[VF_IND_BENEFIT_MONTHS], VF_IND_BENEFIT_MONTHS, VF_IUNIT_MONTHS, 0,
                         a->months, one);
  vfi_value_set(&v[VF_IND_AVG_DURATION], VF_IND_AVG_DURATION, VF_IUNIT_MONTHS, a->months, r);
  vfi_value_set(&v[VF_IND_LONG_TERM_SHARE], VF_IND_LONG_TERM_SHARE, VF_IUNIT_PERCENT,
                100 * a->long_term, r);
  vfi_value_set(&v[VF_IND_LONG_TERM_CONTINUOUS_SHARE], VF_IND_LONG_TERM_CONTINUOUS_SHARE,
                VF_IUNIT_PERCENT, 100 * a->long_term_cont, r);
  vfi_value_set(&v[VF_IND_GROSS], VF_IND_GROSS, VF_IUNIT_MONEY, a->gross, one);
  vfi_value_set(&v[VF_IND_REFUNDED], VF_IND_REFUNDED, VF_IUNIT_MONEY, a->refunded, one);
  vfi_value_set(&v[VF_IND_NET], VF_IND_NET, VF_IUNIT_MONEY, a->gross - a->refunded, one);
  vfi_value_set(&v[VF_IND_GROSS_PER_RECIPIENT], VF_IND_GROSS_PER_RECIPIENT, VF_IUNIT_MONEY,
                a->gross, r);
  vfi_value_set(&v[VF_IND_AVG_PER_MONTH], VF_IND_AVG_PER_MONTH, VF_IUNIT_MONEY, a->gross,
                a->months);
  /* with exclude_unknown, the shares by main income and age are of the
   * recipients whose main income (age) is known */
  int64_t r_inc = r - (ind->opts.exclude_unknown ? a->income_unknown : 0);
  int64_t r_age = r - (ind->opts.exclude_unknown ? a->age_unknown : 0);
  vfi_value_set(&v[VF_IND_SA_MAIN_INCOME_SHARE], VF_IND_SA_MAIN_INCOME_SHARE, VF_IUNIT_PERCENT,
                100 * a->sa, r_inc);
  vfi_value_set(&v[VF_IND_SA_LONG_TERM_SHARE], VF_IND_SA_LONG_TERM_SHARE, VF_IUNIT_PERCENT,
                100 * a->sa_long, r_inc);
  vfi_value_set(&v[VF_IND_YOUNG_SHARE], VF_IND_YOUNG_SHARE, VF_IUNIT_PERCENT, 100 * a->young,
                r_age);
  vfi_value_set(&v[VF_IND_PROVIDER_SHARE], VF_IND_PROVIDER_SHARE, VF_IUNIT_PERCENT,
                100 * a->providers, r);
  vfi_value_set(&v[VF_IND_CHILDREN], VF_IND_CHILDREN, VF_IUNIT_PERSONS, a->children, one);
  rate_value(ind, ind->opts.rate_age_from, ind->opts.rate_age_to, VF_IND_POPULATION_RATE,
             &v[VF_IND_POPULATION_RATE]);
  if (v[VF_IND_POPULATION_RATE].status == VF_VALUE_SUPPRESSED) ind->nsuppressed++;
  vfi_value_set(&v[VF_IND_GRANTS], VF_IND_GRANTS, VF_IUNIT_MONEY, a->grants, one);
  vfi_value_set(&v[VF_IND_LOANS], VF_IND_LOANS, VF_IUNIT_MONEY, a->gross - a->grants, one);
}

/* Scalar suppression: primary on the persons behind each value, then the
 * values that could be combined with the tables to recover a hidden cell. */
static void suppress_values(vf_indicators *ind) {
  if (!ind->opts.suppress_below) return;
  const vfi_table *dur = &ind->t[VF_TABLE_DURATION], *age = &ind->t[VF_TABLE_AGE_GROUP],
                  *inc = &ind->t[VF_TABLE_MAIN_INCOME], *prov = &ind->t[VF_TABLE_PROVIDER_STATUS];
  if (small(ind, ind->n.recipients))
    for (int i = 0; i < VF_IND_COUNT; i++)
      if (i != VF_IND_POPULATION_RATE) hide(ind, (vf_indicator)i);
  if (small(ind, ind->n.point)) hide(ind, VF_IND_RECIPIENTS_MONTH);
  if (small(ind, ind->n.long_term) || small(ind, ind->n.recipients - ind->n.long_term) ||
      reveals(dur, 6, 12))
    hide(ind, VF_IND_LONG_TERM_SHARE);
  if (small(ind, ind->n.long_term_cont) || small(ind, ind->n.recipients - ind->n.long_term_cont))
    hide(ind, VF_IND_LONG_TERM_CONTINUOUS_SHARE);
  /* month-weighted sums of the duration table */
  if (any_hidden(dur)) {
    hide(ind, VF_IND_BENEFIT_MONTHS);
    hide(ind, VF_IND_AVG_DURATION);
    hide(ind, VF_IND_AVG_PER_MONTH);
  }
  /* With unknowns left out, the denominator is a count that must not
   * reveal a hidden unknown cell (docs/indicators.md). */
  bool ex = ind->opts.exclude_unknown;
  int64_t r_inc = ind->n.recipients - (ex ? ind->n.income_unknown : 0);
  int64_t r_age = ind->n.recipients - (ex ? ind->n.age_unknown : 0);
  bool inc_den = ex && inc->supp[row_of(inc, VF_INCOME_SRC_UNKNOWN)];
  bool age_den = ex && age->supp[row_of(age, VF_AGE_UNKNOWN)];
  if (small(ind, ind->n.sa) || small(ind, r_inc - ind->n.sa) || inc_den ||
      reveals(inc, VF_INCOME_SRC_SOCIAL_ASSISTANCE, VF_INCOME_SRC_SOCIAL_ASSISTANCE))
    hide(ind, VF_IND_SA_MAIN_INCOME_SHARE);
  if (small(ind, ind->n.sa_long) || small(ind, r_inc - ind->n.sa_long) || inc_den)
    hide(ind, VF_IND_SA_LONG_TERM_SHARE);
  if (small(ind, ind->n.young) || small(ind, r_age - ind->n.young) || age_den ||
      reveals(age, VF_AGE_18_24, VF_AGE_18_24))
    hide(ind, VF_IND_YOUNG_SHARE);
  if (small(ind, ind->n.providers) || small(ind, ind->n.recipients - ind->n.providers) ||
      reveals(prov, VF_PROVIDER_1_CHILD, VF_PROVIDER_5_PLUS))
    hide(ind, VF_IND_PROVIDER_SHARE);
  if (small(ind, ind->n.providers) || reveals(prov, VF_PROVIDER_1_CHILD, VF_PROVIDER_5_PLUS))
    hide(ind, VF_IND_CHILDREN);
}

/* ---- the computation ---- */

vf_status vf_indicators_compute(const vf_register *reg, int year, const vf_indicator_options *opts,
                                vf_indicators **out, vf_error *err) {
  if (!reg || !out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "register or out is NULL");
  if (year < 1 || year > 9999)
    return vfi_fail(err, VF_E_DATE, 0, "year", "year: %d is outside 1..9999", year);
  vf_indicator_options o;
  vf_indicator_options_init(&o);
  /* a version-1 caller's struct ends before exclude_unknown */
  if (opts && opts->version == 1) memcpy(&o, opts, offsetof(vf_indicator_options, exclude_unknown));
  else if (opts) o = *opts;
  vf_status s = check_options(&o, err);
  if (s) return s;
  o.version = VF_INDICATOR_OPTIONS_VERSION;
  if (o.weighted && !reg->weighted)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "weighted", "weighted: the register has no weights "
                    "(a 'weight' column in clients.csv, or vf_register_set_weight)");
  if (o.weighted) {
    /* Every weighted count is at most 255 times the clients' total weight
     * (children), and a share multiplies by 100: bound the total so that
     * none overflows. */
    vfi_i128 total = 0;
    for (size_t c = 0; c < reg->nclients; c++) total += reg->rows[c].weight;
    if (total > INT64_MAX / 1200 / 255)
      return vfi_fail(err, VF_E_OVERFLOW, 0, "weight", "weight: the clients' weights add up to "
                      "more than the weighted indicators can count");
  }
  if (reg->summary && reg->sum.year && reg->sum.year != year)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "year", "year: the register keeps what the "
                    "indicators of %d need, not %d (vf_register_new_summary)", reg->sum.year, year);
  vf_indicators *ind = calloc(1, sizeof *ind);
  /* A summary register has pass 1's result already, accumulated as it read. */
  vf_month_mask *mask = reg->summary ? NULL : calloc(reg->nclients ? reg->nclients : 1, sizeof *mask);
  /* per client gross of the year, for the payment tables (a summary register
   * sums it by group as it reads) */
  vf_money *cgross = reg->summary ? NULL : calloc(reg->nclients ? reg->nclients : 1, sizeof *cgross);
  if (!ind || (!reg->summary && (!mask || !cgross))) {
    free(ind);
    free(mask);
    free(cgross);
    return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  }
  ind->year = year;
  ind->opts = o;

  /* Pass 1: payment records of the year (refunds count even in a month
   * without a positive payment). */
  vfi_i128 gsum, rsum, bsum, wgsum = 0, wrsum = 0, wbsum = 0;
  size_t used;
  if (reg->summary) {
    gsum = reg->sum.year ? reg->sum.gross : 0;
    rsum = reg->sum.year ? reg->sum.refunded : 0;
    bsum = reg->sum.year ? reg->sum.grants : 0;
    used = reg->sum.year ? reg->sum.used : 0;
    for (int k = 0; reg->sum.year && k < VFI_PAY_TABLES; k++)
      for (int v = 0; v < VFI_MAX_ROWS; v++) ind->pay_gross[k][v] = reg->sum.gross_by[k][v];
    wgsum = reg->sum.year ? reg->sum.wgross : 0;
    wrsum = reg->sum.year ? reg->sum.wrefunded : 0;
    wbsum = reg->sum.year ? reg->sum.wgrants : 0;
  } else if ((s = pass_payments(reg, year, thread_count(&o, reg->npay), mask, cgross, &gsum, &rsum,
                                &bsum, &used, o.weighted, &wgsum, &wrsum, &wbsum, err))) {
    free(mask);
    free(cgross);
    free(ind);
    return s;
  }
  const vf_month_mask *months = reg->summary ? reg->sum.mask : mask;
  if (gsum > INT64_MAX || rsum > INT64_MAX || gsum - rsum > INT64_MAX ||
      (o.weighted && (wgsum > INT64_MAX || wrsum > INT64_MAX || wgsum - wrsum > INT64_MAX))) {
    free(mask);
    free(cgross);
    free(ind);
    return vfi_fail(err, VF_E_OVERFLOW, 0, "gross", "gross: payments of %d do not fit in 64-bit "
                    "øre", year);
  }
  ind->records = used;
  ind->n.gross = (vf_money)gsum;
  ind->n.refunded = (vf_money)rsum;
  ind->n.grants = (vf_money)bsum; /* a part of gross: fits */
  ind->w.gross = (vf_money)wgsum;
  ind->w.refunded = (vf_money)wrsum;
  ind->w.grants = (vf_money)wbsum;

  /* Pass 2: clients who were paid. */
  int idx[VF_TABLE_COUNT][16];
  for (int t = 0; t < VF_TABLE_COUNT; t++) layout((vf_indicator_table)t, &ind->t[t], idx[t]);
  vfi_table *T = ind->t;
  int pbit = ind->opts.point_month - 1;
  for (size_t c = 0; c < reg->nclients; c++) {
    vf_month_mask m = reg->summary && !reg->sum.year ? 0 : months[c];
    if (!m) continue;
    const vfi_client_row *row = &reg->rows[c];
    int nm = vf_months_count(m);
    ind->n.recipients++;
    ind->n.months += nm;
    if ((m >> pbit) & 1u) ind->n.point++;
    bool lt = nm >= VF_LONG_TERM_MONTHS;
    ind->n.long_term += lt;
    ind->n.long_term_cont += vf_classify_long_term_continuous(m) != 0;
    int age = row->birth_year > 0 && row->birth_year <= year ? year - row->birth_year : -1;
    if (age > VF_POPULATION_MAX_AGE) age = VF_POPULATION_MAX_AGE;
    if (age >= 0) ind->n.by_age[age]++;
    vf_age_group g = vf_classify_age(age);
    ind->n.young += g == VF_AGE_18_24;
    vf_provider_status p = vf_classify_provider(row->nchildren);
    ind->n.providers += row->nchildren > 0;
    ind->n.children += row->nchildren;
    bool sa = row->main_income == VF_INCOME_SRC_SOCIAL_ASSISTANCE;
    ind->n.sa += sa;
    ind->n.sa_long += sa && lt;
    T[VF_TABLE_AGE_GROUP].count[idx[VF_TABLE_AGE_GROUP][g]]++;
    T[VF_TABLE_GENDER].count[idx[VF_TABLE_GENDER][row->gender]]++;
    T[VF_TABLE_CIVIL_STATUS].count[idx[VF_TABLE_CIVIL_STATUS][row->civil]]++;
    T[VF_TABLE_CITIZENSHIP].count[idx[VF_TABLE_CITIZENSHIP][row->citizenship]]++;
    T[VF_TABLE_PROVIDER_STATUS].count[idx[VF_TABLE_PROVIDER_STATUS][p]]++;
    T[VF_TABLE_PROVIDER_STATUS].children[idx[VF_TABLE_PROVIDER_STATUS][p]] += row->nchildren;
    T[VF_TABLE_MAIN_INCOME].count[idx[VF_TABLE_MAIN_INCOME][row->main_income]]++;
    if (row->main_income == VF_INCOME_SRC_TRYGD)
      T[VF_TABLE_TRYGD].count[idx[VF_TABLE_TRYGD][row->trygd]]++;
    T[VF_TABLE_DURATION].count[idx[VF_TABLE_DURATION][nm]]++;
    if (row->trygd != VF_TRYGD_NONE) T[VF_TABLE_TRYGD_ALL].count[idx[VF_TABLE_TRYGD_ALL][row->trygd]]++;
    ind->n.age_unknown += g == VF_AGE_UNKNOWN;
    ind->n.income_unknown += row->main_income == VF_INCOME_SRC_UNKNOWN;
    int val[VFI_PAY_TABLES];
    vfi_pay_groups(row, year, val);
    vfi_tables_add(ind, val, nm, cgross ? cgross[c] : 0);
    if (o.weighted) { /* the same sums, each person counting their weight */
      int64_t w = row->weight;
      vfi_agg *a = &ind->w;
      a->recipients += w;
      a->months += nm * w;
      a->point += ((m >> pbit) & 1u) * w;
      a->long_term += lt * w;
      a->long_term_cont += (vf_classify_long_term_continuous(m) != 0) * w;
      if (age >= 0) a->by_age[age] += w;
      a->young += (g == VF_AGE_18_24) * w;
      a->providers += (row->nchildren > 0) * w;
      a->children += row->nchildren * w;
      a->sa += sa * w;
      a->sa_long += (sa && lt) * w;
      a->age_unknown += (g == VF_AGE_UNKNOWN) * w;
      a->income_unknown += (row->main_income == VF_INCOME_SRC_UNKNOWN) * w;
      const int tv[VF_TABLE_COUNT] = {g, row->gender, row->civil, row->citizenship, p,
                                      row->main_income, row->trygd, nm, row->trygd};
      for (int t = 0; t < VF_TABLE_COUNT; t++) {
        if (t == VF_TABLE_TRYGD && row->main_income != VF_INCOME_SRC_TRYGD) continue;
        if (t == VF_TABLE_TRYGD_ALL && row->trygd == VF_TRYGD_NONE) continue;
        T[t].wcount[idx[t][tv[t]]] += w;
      }
      T[VF_TABLE_PROVIDER_STATUS].wchildren[idx[VF_TABLE_PROVIDER_STATUS][p]] += row->nchildren * w;
    }
  }
  s = vfi_content_compute(ind, reg, months, err); /* indicators_content.c */
  free(mask);
  free(cgross);
  if (s) { free(ind); return s; }
  for (int t = 0; t < VF_TABLE_COUNT; t++)
    for (size_t i = 0; i < T[t].nrows; i++) {
      T[t].total += T[t].count[i];
      T[t].wtotal += T[t].wcount[i];
    }
  for (int a = 0; a < VFI_AGES; a++) ind->pop[a] = vf_register_population(reg, year, a);

  if (ind->opts.suppress_below) {
    for (int t = 0; t < VF_TABLE_COUNT; t++) vfi_suppress_table(ind, &T[t]);
    /* The trygd table adds up to the main-income 'trygd' cell. */
    if (T[VF_TABLE_MAIN_INCOME].supp[row_of(&T[VF_TABLE_MAIN_INCOME], VF_INCOME_SRC_TRYGD)])
      hide_table(&T[VF_TABLE_TRYGD]);
  }
  for (int t = 0; t < VF_TABLE_COUNT; t++)
    for (size_t i = 0; i < T[t].nrows; i++) ind->nsuppressed += T[t].supp[i] != 0;
  set_values(ind);
  suppress_values(ind);
  vfi_tables_finish(ind, reg);
  *out = ind;
  return VF_OK;
}

void vf_indicators_free(vf_indicators *ind) {
  if (ind) free(ind->content);
  free(ind);
}

int vf_indicators_year(const vf_indicators *ind) { return ind ? ind->year : 0; }

const vf_indicator_options *vf_indicators_options(const vf_indicators *ind) {
  return ind ? &ind->opts : NULL;
}

size_t vf_indicators_records_used(const vf_indicators *ind) { return ind ? ind->records : 0; }

size_t vf_indicators_suppressed_count(const vf_indicators *ind) {
  return ind ? ind->nsuppressed : 0;
}

vf_status vf_indicators_value(const vf_indicators *ind, vf_indicator which,
                              vf_indicator_value *out, vf_error *err) {
  if (!ind || !out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "result or out is NULL");
  if ((int)which < 0 || which >= VF_IND_COUNT)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "indicator", "indicator: unknown indicator %d",
                    (int)which);
  *out = ind->v[which];
  return VF_OK;
}

vf_status vf_indicators_rate(const vf_indicators *ind, int age_from, int age_to,
                             vf_indicator_value *out, vf_error *err) {
  if (!ind || !out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "result or out is NULL");
  if (age_from < 0 || age_to > VF_POPULATION_MAX_AGE || age_from > age_to)
    return vfi_fail(err, VF_E_RANGE, 0, "age", "age band %d-%d is not within 0-%d", age_from,
                    age_to, VF_POPULATION_MAX_AGE);
  rate_value(ind, age_from, age_to, VF_IND_POPULATION_RATE, out);
  return VF_OK;
}

size_t vf_indicators_table_rows(const vf_indicators *ind, vf_indicator_table table) {
  return ind && (int)table >= 0 && table < VF_TABLE_COUNT ? ind->t[table].nrows : 0;
}

vf_status vf_indicators_table_row(const vf_indicators *ind, vf_indicator_table table, size_t index,
                                  vf_table_row *out, vf_error *err) {
  if (!ind || !out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "result or out is NULL");
  if ((int)table < 0 || table >= VF_TABLE_COUNT)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "table", "table: unknown table %d", (int)table);
  const vfi_table *t = &ind->t[table];
  if (index >= t->nrows)
    return vfi_fail(err, VF_E_RANGE, 0, "index", "%s: row %zu out of range (%zu rows)",
                    table_names[table], index, t->nrows);
  memset(out, 0, sizeof *out);
  out->code = vfi_row_code(table, t->value[index]);
  out->value = t->value[index];
  out->suppressed = (vf_suppression)t->supp[index];
  if (out->suppressed) return VF_OK;
  out->count = t->count[index];
  out->children = t->children[index];
  bool unknown_row = t->excl && t->value[index] == 0;
  int64_t den = t->den;
  if (ind->opts.weighted) { /* weighted persons, rounded; the share exact */
    out->count = vfi_div_round(t->wcount[index], VF_WEIGHT_SCALE);
    out->children = vfi_div_round(t->wchildren[index], VF_WEIGHT_SCALE);
    den = t->wden;
  }
  if (den > 0 && !t->den_hidden && !unknown_row) {
    out->pct_num = 100 * (ind->opts.weighted ? t->wcount[index] : out->count);
    out->pct_den = den;
    out->pct_tenths = vfi_div_round((vfi_i128)out->pct_num * 10, out->pct_den);
  }
  return VF_OK;
}

int64_t vf_indicators_table_total(const vf_indicators *ind, vf_indicator_table table) {
  if (!ind || (int)table < 0 || table >= VF_TABLE_COUNT) return -1;
  const vfi_table *t = &ind->t[table];
  if (t->total_hidden) return -1;
  return ind->opts.weighted ? vfi_div_round(t->wtotal, VF_WEIGHT_SCALE) : t->total;
}

vf_status vf_indicators_table_value(const vf_indicators *ind, vf_indicator_table table,
                                    size_t index, int percent, vf_indicator_value *out,
                                    vf_error *err) {
  if (!out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "out", "out is NULL");
  vf_table_row r;
  vf_status s = vf_indicators_table_row(ind, table, index, &r, err);
  if (s) return s;
  vf_indicator_unit unit = percent ? VF_IUNIT_PERCENT : VF_IUNIT_PERSONS;
  if (r.suppressed) {
    vfi_value_set(out, VF_IND_COUNT, unit, 0, 0);
    out->status = VF_VALUE_SUPPRESSED;
  } else if (percent && ind->t[table].den_hidden && !ind->t[table].total_hidden &&
             !(ind->t[table].excl && r.value == 0)) {
    vfi_value_set(out, VF_IND_COUNT, unit, 0, 0); /* percentages withheld */
    out->status = VF_VALUE_SUPPRESSED;
  } else if (percent) {
    vfi_value_set(out, VF_IND_COUNT, unit, r.pct_num, r.pct_den);
  } else if (ind->opts.weighted) { /* exact: the weights' sum in 1/VF_WEIGHT_SCALE */
    vfi_value_set(out, VF_IND_COUNT, unit, ind->t[table].wcount[index], VF_WEIGHT_SCALE);
  } else {
    vfi_value_set(out, VF_IND_COUNT, unit, r.count, 1);
  }
  return VF_OK;
}
