/* Deterministic synthetic registers (profile figures and their derivation in
 * docs/indicators.md, "Synthetic register").
 *
 * Categorical attributes are drawn from a low-discrepancy (Kronecker/R_d)
 * sequence, so every category's count is within about one person of its
 * quota at any size while the attributes stay jointly spread out as if
 * independent; the seed shifts the sequence. Ages within a group, dates,
 * months and amounts come from a per-person splitmix64 stream. Integer
 * arithmetic only, so the output is the same on every platform. */
#include "register/register_internal.h"
#include "velferd/context.h"
#include "velferd/rules.h"

#include <stdio.h>
#include <string.h>

__extension__ typedef unsigned __int128 vfi_u128;

static uint64_t splitmix(uint64_t *s) {
  uint64_t z = (*s += 0x9E3779B97F4A7C15u);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
  return z ^ (z >> 31);
}

/* Uniform integer in [0, n). */
static uint64_t below(uint64_t u, uint64_t n) { return (uint64_t)(((vfi_u128)u * n) >> 64); }

/* Index of the category that u falls in, for integer weights w[0..n). */
static int pick(uint64_t u, const int32_t *w, int n) {
  int64_t total = 0;
  for (int i = 0; i < n; i++) total += w[i];
  int64_t x = (int64_t)below(u, (uint64_t)total);
  for (int i = 0; i < n; i++) {
    if (x < w[i]) return i;
    x -= w[i];
  }
  return n - 1;
}

/* 1/phi_8^k in 64-bit fixed point, phi_8 the root of x^9 = x + 1 (the R_8
 * sequence of M. Roberts, "The unreasonable effectiveness of quasirandom
 * sequences", 2018). */
static const uint64_t kron[8] = {0xebedeed9d803c815u, 0xd96eb1a810caaf5eu, 0xc862b36daf790dd5u,
  0xb8acd90c142fe10bu, 0xaa324f90ded86b69u, 0x9cda5e693fea10aeu, 0x908e3d2c82567a73u,
  0x8538ecb5bd456ea2u};
enum { K_AGE, K_GENDER, K_CIVIL, K_CITIZEN, K_CHILDREN, K_INCOME, K_TRYGD, K_BIG };

/* ---- profile city2008 (counts of the published table; see the docs) ---- */

/* vf_age_group order 18_24..67_plus. The published groups sum to 7116 of the
 * 7131 recipients; the other 15 are spread over the groups in proportion
 * (no one under 18, whom SSB's 11F rule 06 questions). */
static const int32_t age_w[7] = {1095, 995, 1795, 1593, 967, 393, 278};
static const int age_lo[7] = {18, 25, 30, 40, 50, 60, 67};
static const int age_hi[7] = {24, 29, 39, 49, 59, 66, 84};
static const int32_t gender_w[2] = {4069, 3062};                   /* male, female */
static const int32_t civil_w[5] = {4486, 783, 227, 1486, 149};     /* vf_civil_status 1..5 */
static const int32_t citizen_w[2] = {5874, 1257};                  /* norwegian, foreign */
static const int32_t children_w[6] = {5517, 797, 459, 206, 89, 62}; /* 0..4, 5+ */
static const int32_t big_w[3] = {65, 25, 10};                      /* 5, 6, 7 children: mean 5.45 */
/* Main income without old-age pensioners (x10): trygd 30350 - 2034 old-age. */
static const int32_t income_w[9] = {6420, 1470, 28316, 910, 26400, 640, 520, 1590, 3010};
/* The same for the 67+ who draw again: no qualification benefit, a programme
 * for persons of working age (sosialtjenesteloven § 29). */
static const int32_t income_w_67[9] = {6420, 1470, 28316, 910, 26400, 640, 520, 0, 3010};
/* Type of trygd other than old-age pension, vf_trygd order 1..6, 8, 10 */
static const int trygd_code[8] = {VF_TRYGD_SICKNESS, VF_TRYGD_UNEMPLOYMENT,
  VF_TRYGD_REHABILITATION, VF_TRYGD_DISABILITY, VF_TRYGD_TRANSITIONAL, VF_TRYGD_SURVIVOR,
  VF_TRYGD_MEDICAL_REHAB, VF_TRYGD_OTHER};
/* Source weights {92, 171, 656, 1282, 196, 22, 416, 117}, split by children:
 * overgangsstønad (transitional benefit) is a benefit for single parents
 * (folketrygdloven kap. 15), and SSB's 11F rule 23B rejects it without children
 * under 18. It is drawn only for clients with children, with the weight that
 * keeps its share of all trygd types: among the 1614/7131 with children it is
 * 196/2952 x 7131/1614 = 29.3 % of the non-old-age types, so its weight against
 * the other 2756 is 2756 x 0.2934 / (1 - 0.2934) = 1144. Those without children
 * draw from the other seven types, whose shares thereby stay the same. */
static const int32_t trygd_w_parent[8] = {92, 171, 656, 1282, 1144, 22, 416, 117};
static const int32_t trygd_w_nokids[8] = {92, 171, 656, 1282, 0, 22, 416, 117};
/* A trygd situation beside another main income: the source's trygd table
 * counts 3164 recipients with a trygd situation, 3035 of them with trygd as
 * main income, so 129 of 7131 have one with another main income. Which
 * incomes and types is velferd's assumption (docs/indicators.md): a
 * disability benefit for 10 % of those who live by work (part-time work, as
 * SSB's rule 24 wants), and for 2.45 % of those who live by social assistance
 * one of the short-term benefits it tops up, in the source table's proportions
 * (sickness 92, unemployment 171, rehabilitation 656): 64.2 + 64.7 = 129. */
enum { EXTRA_WORK_PER_10000 = 1000, EXTRA_SA_PER_10000 = 245 };
static const int extra_sa_code[3] = {VF_TRYGD_SICKNESS, VF_TRYGD_UNEMPLOYMENT,
                                     VF_TRYGD_REHABILITATION};
static const int32_t extra_sa_w[3] = {92, 171, 656};
/* 67+: old-age pension with probability 2034/2780 (3035 x 212/3164 of 278). */
static const int32_t old_age_w[2] = {2034, 746};
/* Months with assistance 1..12: SSB 2007 national distribution tilted by
 * 1.0488^n to the city's mean of 6.1 months (weights per 100 000). */
static const int32_t months_w[12] = {16627, 11393, 8622, 7080, 6243, 5824, 5092, 5071, 5200,
  5900, 7139, 15808};
/* Contiguous spell with probability 557/1000, else months spread over the
 * year: gives 3321/7131 = 46.6 % in November. */
enum { CONTIGUOUS_PER_MILLE = 557 };
/* Monthly level by number of months (kroner): SSB 2005 averages by duration
 * scaled to 7163 kr per benefit month (between the published 7022 kr and
 * 317.9 million / 43 499 months = 7308 kr). */
static const int32_t level_kr[12] = {5584, 5292, 5333, 5623, 5782, 5849, 6173, 6412, 7007, 7428,
  7813, 8508};
/* Population of the calibration city by age, per 7131 recipients. */
static int32_t population_per_age(int age) {
  if (age <= 17) return 3050;
  if (age <= 66) return 3370;
  if (age <= 79) return 1700;
  if (age <= 89) return 900;
  if (age <= 100) return 150;
  return 0;
}

/* city2008_trygd: city2008 with the trygd situations beside other main
 * incomes (the 3164 of the trygd table); a profile of its own so that
 * city2008's registers, on which published examples rest, stay as they were. */
static const char *const profiles[] = {"city2008", "city2008_trygd"};

size_t vf_synth_profile_count(void) { return sizeof profiles / sizeof profiles[0]; }

const char *vf_synth_profile_name(size_t index) {
  return index < vf_synth_profile_count() ? profiles[index] : NULL;
}

static vf_date random_date(uint64_t *s, int year) {
  int month = 1 + (int)below(splitmix(s), 12);
  int day = 1 + (int)below(splitmix(s), (uint64_t)vf_date_days_in_month(year, month));
  return (vf_date){year, month, day};
}

/* Sets every attribute of client i in c (whose children were cleared). */
static vf_status make_client(vf_client *c, size_t i, const uint64_t *off, uint64_t *s, int year,
                             bool beside, vf_error *err) {
  uint64_t u[8];
  for (int k = 0; k < 8; k++) u[k] = off[k] + (uint64_t)(i + 1) * kron[k];
  char id[24];
  snprintf(id, sizeof id, "S%07zu", i + 1);
  vf_status st;
  if ((st = vf_client_set_id(c, id, err))) return st;
  int g = pick(u[K_AGE], age_w, 7);
  int age = age_lo[g] + (int)below(splitmix(s), (uint64_t)(age_hi[g] - age_lo[g] + 1));
  if ((st = vf_client_set_birth_date(c, random_date(s, year - age), err))) return st;
  vf_client_set_gender(c, (vf_gender)(1 + pick(u[K_GENDER], gender_w, 2)), NULL);
  vf_client_set_civil_status(c, (vf_civil_status)(1 + pick(u[K_CIVIL], civil_w, 5)), NULL);
  vf_client_set_citizenship(c, (vf_citizenship)(1 + pick(u[K_CITIZEN], citizen_w, 2)), NULL);
  int kids = pick(u[K_CHILDREN], children_w, 6);
  if (kids == 5) kids += pick(u[K_BIG], big_w, 3);
  for (int k = 0; k < kids; k++) {
    int cage = (int)below(splitmix(s), 18);
    if ((st = vf_client_add_child(c, random_date(s, year - cage), err))) return st;
  }
  /* main income and trygd; pensioners only among the 67+ */
  uint64_t ui = u[K_INCOME];
  vf_main_income inc;
  vf_trygd tr = VF_TRYGD_NONE;
  if (g == 6 && pick(ui, old_age_w, 2) == 0) {
    inc = VF_INCOME_SRC_TRYGD;
    tr = VF_TRYGD_OLD_AGE;
  } else {
    /* the 67+ left over re-draw from a scrambled copy of their number */
    uint64_t uu = g == 6 ? ui * 0x9E3779B97F4A7C15u + 0x632BE59BD9B4E019u : ui;
    inc = (vf_main_income)(1 + pick(uu, g == 6 ? income_w_67 : income_w, 9));
    if (inc == VF_INCOME_SRC_TRYGD)
      tr = (vf_trygd)trygd_code[pick(u[K_TRYGD], kids ? trygd_w_parent : trygd_w_nokids, 8)];
  }
  /* trygd beside another main income, from a stream of its own (the others unchanged) */
  if (beside && (inc == VF_INCOME_SRC_WORK || inc == VF_INCOME_SRC_SOCIAL_ASSISTANCE)) {
    uint64_t x = off[K_TRYGD] ^ (0xA24BAED4963EE407u * (uint64_t)(i + 1));
    uint64_t r = below(splitmix(&x), 10000);
    if (inc == VF_INCOME_SRC_WORK && r < EXTRA_WORK_PER_10000) tr = VF_TRYGD_DISABILITY;
    else if (inc == VF_INCOME_SRC_SOCIAL_ASSISTANCE && r < EXTRA_SA_PER_10000)
      tr = (vf_trygd)extra_sa_code[pick(splitmix(&x), extra_sa_w, 3)];
  }
  vf_client_set_main_income(c, inc, NULL);
  vf_client_set_trygd(c, tr, NULL);
  return VF_OK;
}

/* Chooses the months: a contiguous spell or months spread over the year. */
static vf_month_mask make_months(uint64_t *s, int n) {
  if ((int)below(splitmix(s), 1000) < CONTIGUOUS_PER_MILLE) {
    int start = (int)below(splitmix(s), (uint64_t)(13 - n));
    return (vf_month_mask)(((1u << n) - 1) << start);
  }
  int m[12];
  for (int k = 0; k < 12; k++) m[k] = k;
  vf_month_mask mask = 0;
  for (int k = 0; k < n; k++) { /* partial Fisher-Yates */
    int j = k + (int)below(splitmix(s), (uint64_t)(12 - k));
    int t = m[k]; m[k] = m[j]; m[j] = t;
    mask |= (vf_month_mask)(1u << m[k]);
  }
  return mask;
}

/* Participants in the qualification programme: the clients whose main income
 * is the qualification benefit are paid it (payments of kind qualification,
 * reported on KOSTRA 11CF) in every month from their first to their last month
 * with economic assistance. The amount is the library's own rule
 * (vf_kvp_benefit_month(): 2 G a year, 2/3 under 25) for a participant without
 * children, work or trygd, since the supplement per child has no sourced
 * amount. A month the rule cannot price (a parameter gap, such as the month of
 * the 25th birthday) gets the amount of the nearest month it can; if it can
 * price none (a year before the programme existed, 1 November 2007), the
 * client gets no benefit. kc is a scratch client. */
static vf_status qualification(vf_register *reg, size_t idx, const vf_ctx *ctx, vf_client *kc,
                               vf_date birth, int year, vf_month_mask mask, vf_error *err) {
  int first = 0, last = 11;
  while (first < 12 && !((mask >> first) & 1u)) first++;
  while (last > first && !((mask >> last) & 1u)) last--;
  if (first == 12) return VF_OK;
  vf_status st;
  if ((st = vf_client_set_birth_date(kc, birth, err))) return st;
  vf_money amount[12];
  int ok[12] = {0}, any = 0;
  for (int m = first; m <= last; m++) {
    vf_kvp_benefit_result r;
    if (!vf_kvp_benefit_month(ctx, kc, year, m + 1, 0, &r, NULL, NULL)) {
      amount[m] = r.amount;
      ok[m] = any = 1;
    }
  }
  if (!any) return VF_OK;
  for (int m = first; m <= last; m++) {
    int k = 0; /* nearest month with an amount, earlier first */
    while (!((m - k >= first && ok[m - k]) || (m + k <= last && ok[m + k]))) k++;
    vf_money a = m - k >= first && ok[m - k] ? amount[m - k] : amount[m + k];
    if ((st = vfi_register_add_payment_index(reg, idx, year, m + 1, a, 0, VF_ASSIST_QUALIFICATION, err)))
      return st;
  }
  return VF_OK;
}

/* ---- what 11F records beyond the counts (register_content.h) ----
 * The shares are velferd's assumptions, round figures not taken from a
 * source (docs/indicators.md, "Synthetic register"): SSB publishes no
 * municipal distribution of most of these fields. They come from a stream of
 * their own, so the other attributes and the payments are as before. */
static const int32_t housing_w[6] = {55, 25, 6, 4, 8, 2};  /* BOSIT 1..6, % */
static const int32_t unemployed_w[5] = {35, 18, 35, 7, 5}; /* main income social assistance */
static const uint8_t unemployed_c[5] = {7, 8, 4, 6, 5};
/* Per mille that a recipient with conditions has each type (11F order). */
static const int32_t type_pm[12] = {200, 150, 50, 350, 50, 300, 150, 50, 100, 50, 250, 50};
static const int32_t grounds_w[4] = {15, 25, 50, 10};

/* ARBSIT that SSB's rules 15-21, 24 and 24B accept with the client's VKLO and TRYGDESIT. */
static uint8_t work_for(uint64_t *s, vf_main_income inc, vf_trygd tr) {
  switch (inc) {
  case VF_INCOME_SRC_WORK: { /* one draw whatever the trygd, so the stream stays as it was */
    bool part = below(splitmix(s), 100) < 60;
    return tr == VF_TRYGD_DISABILITY || tr == VF_TRYGD_OLD_AGE || part ? 2 : 1;
  }
  case VF_INCOME_SRC_COURSE_WAGE_SUBSIDY: return below(splitmix(s), 100) < 70 ? 5 : 6;
  case VF_INCOME_SRC_STUDENT: return 3;
  case VF_INCOME_SRC_INTRODUCTION: return 9;
  case VF_INCOME_SRC_QUALIFICATION: return 10;
  case VF_INCOME_SRC_SOCIAL_ASSISTANCE: return unemployed_c[pick(splitmix(s), unemployed_w, 5)];
  default: return below(splitmix(s), 100) < 80 ? 4 : 7; /* trygd, spouse, other */
  }
}

static vfi_content make_content(const vf_client *c, vf_month_mask mask, int year, uint64_t seed,
                                size_t i) {
  uint64_t s = seed ^ (0x94D049BB133111EBu * (uint64_t)(i + 1)) ^ 0xC0A7E47u;
  vfi_content ct;
  memset(&ct, 0, sizeof ct);
  ct.known = VFI_KNOWN_TYPES | VFI_KNOWN_GROUNDS | VFI_KNOWN_SANCTIONS | VFI_KNOWN_EXEMPTION;
  ct.housing = (uint8_t)(1 + pick(splitmix(&s), housing_w, 6));
  ct.plan = below(splitmix(&s), 100) < 5 ? 1 : 2;
  ct.advice = below(splitmix(&s), 100) < 15 ? 1 : 2;
  ct.work = work_for(&s, vf_client_main_income(c), vf_client_trygd(c));
  vf_civil_status cv = vf_client_civil_status(c);
  ct.spouse = (cv == VF_CIVIL_MARRIED || cv == VF_CIVIL_COHABITING) && below(splitmix(&s), 100) < 20 ? 1 : 2;
  int first = 0;
  while (first < 11 && !((mask >> first) & 1u)) first++;
  int age;
  bool young = !vf_date_age(vf_client_birth_date(c), (vf_date){year, first + 1, 1}, &age, NULL) && age < 30;
  /* under 30: 75 % conditions, 15 % an exemption, 10 % nothing recorded; 30+: 30 % conditions */
  uint64_t r = below(splitmix(&s), 100);
  ct.conditions = r < (young ? 75u : 30u) ? 1 : 2;
  if (ct.conditions == 1) {
    for (int k = 0; k < 12; k++)
      if ((int64_t)below(splitmix(&s), 1000) < type_pm[k]) ct.types |= (uint16_t)(1u << k);
    if (!ct.types) ct.types = 1u << 5; /* guidance */
    uint64_t x = below(splitmix(&s), 100);
    ct.sanctions = x < 8 ? 1 : x < 11 ? 2 : 0;
  } else if (young && r < 90) {
    ct.ex_year = (int16_t)year;
    ct.ex_month = (uint8_t)(first + 1);
    ct.ex_day = 1;
    ct.grounds = (uint8_t)(1u << pick(splitmix(&s), grounds_w, 4));
  }
  return ct;
}

vf_status vf_synth_register(const char *profile, size_t persons, uint64_t seed, int year,
                            vf_register **out, vf_error *err) {
  if (!out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "out", "out is NULL");
  bool beside = profile && !strcmp(profile, "city2008_trygd");
  if (profile && strcmp(profile, "city2008") && strcmp(profile, "default") && !beside)
    return vfi_fail(err, VF_E_NOT_FOUND, 0, "profile", "profile: unknown synthetic profile "
                    "'%.40s' (known: city2008, city2008_trygd)", profile);
  if (persons == 0 || persons > 100000000u)
    return vfi_fail(err, VF_E_RANGE, 0, "persons", "persons: %zu is outside 1..100000000", persons);
  if (year < 1900 || year > 9000)
    return vfi_fail(err, VF_E_DATE, 0, "year", "year: %d is outside 1900..9000", year);
  vf_register *reg;
  vf_client *c = NULL, *kc = NULL;
  vf_ctx *ctx = NULL;
  vf_status st = vf_register_new(&reg, err);
  if (st) return st;
  if ((st = vf_client_new(&c, err)) || (st = vf_client_new(&kc, err)) ||
      (st = vf_ctx_new(&ctx, "default", err)))
    goto fail;
  uint64_t off[8], s0 = seed;
  for (int k = 0; k < 8; k++) off[k] = splitmix(&s0);
  /* about 6.1 payments per person */
  if ((st = vfi_register_reserve_clients(reg, persons, err)) ||
      (st = vfi_register_content_init(reg, err)) ||
      (st = vfi_register_reserve_payments(reg, persons / 10 * 62 + 16, err)))
    goto fail;
  for (size_t i = 0; i < persons; i++) {
    uint64_t s = seed ^ (0xD1B54A32D192ED03u * (uint64_t)(i + 1));
    splitmix(&s);
    vf_client_clear_children(c); /* every other field is set anew */
    if ((st = make_client(c, i, off, &s, year, beside, err))) goto fail;
    size_t idx;
    if ((st = vf_register_add_client(reg, c, &idx, err))) goto fail;
    int n = 1 + pick(splitmix(&s), months_w, 12);
    vf_month_mask mask = make_months(&s, n);
    /* person level: 60..140 % of the duration's level, whole kroner */
    int64_t level = level_kr[n - 1] * (60 + (int64_t)below(splitmix(&s), 81)) / 100;
    for (int m = 0; m < 12; m++) {
      if (!((mask >> m) & 1u)) continue;
      int64_t kr = level * (80 + (int64_t)below(splitmix(&s), 41)) / 100;
      if (kr < 1) kr = 1;
      vf_money gross = kr * VF_ORE_PER_KRONE, refunded = 0;
      vf_assistance_kind kind = below(splitmix(&s), 100) < 5 ? VF_ASSIST_LOAN : VF_ASSIST_GRANT;
      if (below(splitmix(&s), 100) < 4) /* part refunded: 10..100 % */
        refunded = gross / 100 * (10 + (int64_t)below(splitmix(&s), 91));
      if ((st = vfi_register_add_payment_index(reg, idx, year, m + 1, gross, refunded, kind, err)))
        goto fail;
    }
    reg->content[idx] = make_content(c, mask, year, seed, i);
    if (vf_client_main_income(c) == VF_INCOME_SRC_QUALIFICATION &&
        (st = qualification(reg, idx, ctx, kc, vf_client_birth_date(c), year, mask, err)))
      goto fail;
  }
  for (int age = 0; age <= VF_POPULATION_MAX_AGE; age++) {
    int64_t p = (int64_t)((vfi_u128)persons * (uint64_t)population_per_age(age) / 7131u);
    if ((st = vf_register_set_population(reg, year, age, p, err))) goto fail;
  }
  reg->has_content = true;
  vf_client_free(c);
  vf_client_free(kc);
  vf_ctx_free(ctx);
  *out = reg;
  return VF_OK;
fail:
  vf_client_free(c);
  vf_client_free(kc);
  vf_ctx_free(ctx);
  vf_register_free(reg);
  return st;
}
