/* The register: clients, payment records, population counts, rejections. */
#include "register/register_internal.h"
#include "velferd/kostra.h" /* vf_kostra_fnr_mask: ids may be fødselsnumre */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

vf_status vf_register_new(vf_register **out, vf_error *err) {
  if (!out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "out", "out is NULL");
  vf_register *r = calloc(1, sizeof *r);
  if (!r) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  vf_read_limits_init(&r->limits);
  r->ids_sorted = true;
  *out = r;
  return VF_OK;
}

vf_status vf_register_new_summary(vf_register **out, int year, vf_error *err) {
  if (!out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "out", "out is NULL");
  if (year < 0 || year > 9999)
    return vfi_fail(err, VF_E_DATE, 0, "year", "year: %d is outside 1..9999 (0: the latest year "
                    "of the payments)", year);
  vf_status s = vf_register_new(out, err);
  if (s) return s;
  (*out)->summary = true;
  (*out)->sum.year = year;
  (*out)->sum.fixed = year != 0;
  return VF_OK;
}

int vf_register_is_summary(const vf_register *reg) { return reg && reg->summary; }

vf_status vf_register_set_read_limits(vf_register *reg, const vf_read_limits *limits,
                                      vf_error *err) {
  if (!reg) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "register is NULL");
  vf_read_limits l;
  vf_status s = vfi_read_limits_check(limits, &l, err);
  if (!s) reg->limits = l;
  return s;
}

void vf_register_free(vf_register *reg) {
  if (!reg) return;
  for (size_t i = 0; reg->clients && i < reg->nclients; i++) vf_client_free(reg->clients[i]);
  free(reg->clients);
  free(reg->ids);
  free(reg->id_off);
  free(reg->sum.mask);
  free(reg->rows);
  free(reg->content);
  free(reg->slots);
  free(reg->pkey);
  free(reg->pgross);
  free(reg->prefund);
  free(reg->pop);
  free(reg->ysum);
  free(reg->rej);
  free(reg);
}

/* ---- id hash (FNV-1a, linear probing) ---- */

static uint64_t hash_id(const char *s) {
  uint64_t h = 1469598103934665603u;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211u;
  /* FNV's low bits, which pick the slot, vary little between ids that differ
   * only in their last characters (S0000001, S0000002, ...): mix the high
   * bits in, or linear probing runs into long clusters. */
  h ^= h >> 32;
  h *= 0xd6e8feb86659fd93u;
  h ^= h >> 32;
  return h;
}

const char *vfi_register_id(const vf_register *r, size_t i) {
  return r->summary ? r->ids + r->id_off[i] : vf_client_id(r->clients[i]);
}

/* A slot holds the client's index + 1 in its low 32 bits (0: empty) and the
 * high half of the id's hash in its high 32 bits, so that a probe compares
 * ids only when the hashes agree: most probes then touch no id. */
static uint64_t slot_value(uint64_t hash, size_t index) {
  return (hash & 0xFFFFFFFF00000000u) | (uint64_t)(index + 1);
}

/* Slot holding @p id (of hash @p h), or the empty slot where it would go. */
static size_t find_slot(const vf_register *r, const char *id, uint64_t h) {
  size_t mask = r->nslots - 1, i = (size_t)h & mask;
  for (;; i = (i + 1) & mask) {
    uint64_t v = r->slots[i];
    if (!v) return i;
    if ((v >> 32) == (h >> 32) && !strcmp(vfi_register_id(r, (uint32_t)v - 1), id)) return i;
  }
}

/* Puts client @p i, whose id is not in the table, into its slot. */
static void insert_new(vf_register *r, size_t index) {
  uint64_t h = hash_id(vfi_register_id(r, index));
  size_t mask = r->nslots - 1, i = (size_t)h & mask;
  while (r->slots[i]) i = (i + 1) & mask;
  r->slots[i] = slot_value(h, index);
}

static bool rehash(vf_register *r, size_t nslots) {
  uint64_t *s = calloc(nslots, sizeof *s);
  if (!s) return false;
  free(r->slots);
  r->slots = s;
  r->nslots = nslots;
  for (size_t i = 0; i < r->nhashed; i++) insert_new(r, i);
  return true;
}

void vfi_register_index(vf_register *r) {
  enum { AHEAD = 8 }; /* the slot of the client AHEAD places on is fetched early */
  size_t mask = r->nslots - 1;
  for (; r->nhashed < r->nclients; r->nhashed++) {
    if (r->nhashed + AHEAD < r->nclients)
      __builtin_prefetch(&r->slots[hash_id(vfi_register_id(r, r->nhashed + AHEAD)) & mask], 1);
    insert_new(r, r->nhashed);
  }
}

vf_status vfi_register_reserve_clients(vf_register *r, size_t more, vf_error *err) {
  if (more > VFI_MAX_CLIENTS - r->nclients)
    return vfi_fail(err, VF_E_RANGE, 0, "clients", "a register holds at most %u clients",
                    VFI_MAX_CLIENTS);
  size_t need = r->nclients + more;
  if (need > r->ccap) {
    size_t cap = r->ccap ? r->ccap : 64;
    while (cap < need) cap *= 2;
    if (r->summary) {
      size_t *o = realloc(r->id_off, cap * sizeof *o);
      if (!o) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
      r->id_off = o;
      vf_month_mask *m = realloc(r->sum.mask, cap * sizeof *m);
      if (!m) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
      r->sum.mask = m;
    } else {
      vf_client **c = realloc(r->clients, cap * sizeof *c);
      if (!c) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
      r->clients = c;
    }
    vfi_client_row *rows = realloc(r->rows, cap * sizeof *rows);
    if (!rows) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
    r->rows = rows;
    if (r->content) {
      vfi_content *ct = realloc(r->content, cap * sizeof *ct);
      if (!ct) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
      r->content = ct;
    }
    r->ccap = cap;
  }
  if (need * 2 > r->nslots) {
    size_t n = r->nslots ? r->nslots : 128;
    while (n < need * 2) n *= 2;
    if (!rehash(r, n)) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  }
  return VF_OK;
}

static vfi_client_row make_row(const vf_client *c) {
  vfi_client_row row;
  memset(&row, 0, sizeof row);
  vf_date b = vf_client_birth_date(c);
  row.birth_year = (int16_t)b.year;
  row.birth_month = (uint8_t)b.month;
  row.birth_day = (uint8_t)b.day;
  row.gender = (uint8_t)vf_client_gender(c);
  row.civil = (uint8_t)vf_client_civil_status(c);
  row.citizenship = (uint8_t)vf_client_citizenship(c);
  row.main_income = (uint8_t)vf_client_main_income(c);
  row.trygd = (uint8_t)vf_client_trygd(c);
  row.nchildren = (uint8_t)vf_client_child_count(c);
  row.weight = VF_WEIGHT_SCALE;
  return row;
}

vf_status vfi_register_content_init(vf_register *r, vf_error *err) {
  if (r->content) return VF_OK;
  r->content = calloc(r->ccap ? r->ccap : 1, sizeof *r->content);
  if (!r->content) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  return VF_OK;
}

vf_status vfi_register_add_client_lazy(vf_register *reg, const vf_client *client,
                                       vf_error *err) {
  if (!reg || !client) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "register or client is NULL");
  const char *id = vf_client_id(client);
  if (!*id) return vfi_fail(err, VF_E_INVALID_ARG, 0, "id", "id: a register client needs an id");
  vf_status s = vfi_register_reserve_clients(reg, 1, err);
  if (s) return s;
  /* An id above every id so far cannot be a duplicate: it waits for
   * vfi_register_index(). Any other is looked up among all. */
  int order = reg->nclients ? strcmp(id, vfi_register_id(reg, reg->nclients - 1)) : 1;
  if (!(reg->ids_sorted && order > 0)) {
    vfi_register_index(reg);
    uint64_t h = hash_id(id);
    if (reg->slots[find_slot(reg, id, h)]) {
      char m[64];
      return vfi_fail(err, VF_E_DUPLICATE, 0, "id", "id: client '%s' is already in the register",
                      vf_kostra_fnr_mask(id, m, sizeof m));
    }
  }
  if (order <= 0) reg->ids_sorted = false;
  if (reg->summary) { /* the id and the row only */
    size_t n = strlen(id) + 1;
    if (reg->ids_len + n > reg->ids_cap) {
      size_t cap = reg->ids_cap ? reg->ids_cap * 2 : 4096;
      while (cap < reg->ids_len + n) cap *= 2;
      char *p = realloc(reg->ids, cap);
      if (!p) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
      reg->ids = p;
      reg->ids_cap = cap;
    }
    memcpy(reg->ids + reg->ids_len, id, n);
    reg->id_off[reg->nclients] = reg->ids_len;
    reg->ids_len += n;
    reg->sum.mask[reg->nclients] = 0;
  } else {
    vf_client *copy;
    s = vfi_client_clone_compact(&copy, client, err); /* read-only from here on */
    if (s) return s;
    reg->clients[reg->nclients] = copy;
  }
  reg->rows[reg->nclients] = make_row(client);
  if (reg->content) memset(&reg->content[reg->nclients], 0, sizeof *reg->content); /* unknown */
  reg->nclients++;
  return VF_OK;
}

vf_status vf_register_add_client(vf_register *reg, const vf_client *client, size_t *index,
                                 vf_error *err) {
  vf_status s = vfi_register_add_client_lazy(reg, client, err);
  if (s) return s;
  vfi_register_index(reg); /* readers may look ids up from now on */
  if (index) *index = reg->nclients - 1;
  return VF_OK;
}

size_t vf_register_client_count(const vf_register *reg) { return reg ? reg->nclients : 0; }

const vf_client *vf_register_client(const vf_register *reg, size_t index) {
  return reg && !reg->summary && index < reg->nclients ? reg->clients[index] : NULL;
}

vf_status vf_register_find_client(const vf_register *reg, const char *id, size_t *index,
                                  vf_error *err) {
  if (!reg || !id) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "register or id is NULL");
  size_t slot = reg->nslots ? find_slot(reg, id, hash_id(id)) : 0;
  if (!reg->nslots || !reg->slots[slot]) {
    char m[64];
    return vfi_fail(err, VF_E_NOT_FOUND, 0, "client_id", "client_id: no client '%s' in the "
                    "register", vf_kostra_fnr_mask(id, m, sizeof m));
  }
  if (index) *index = (uint32_t)reg->slots[slot] - 1;
  return VF_OK;
}

vf_status vfi_register_mark_set(vf_register *reg, vfi_register_mark *mk, vf_error *err) {
  memset(mk, 0, sizeof *mk);
  mk->nclients = reg->nclients;
  mk->npay = reg->npay;
  mk->nysum = reg->nysum;
  mk->weighted = reg->weighted;
  if (reg->nysum && !(mk->ysum = malloc(reg->nysum * sizeof *mk->ysum)))
    return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  if (reg->nysum) memcpy(mk->ysum, reg->ysum, reg->nysum * sizeof *mk->ysum);
  if (reg->summary) { /* masks cannot be taken apart again: keep a copy */
    mk->sum = reg->sum;
    if (reg->nclients && !(mk->mask = malloc(reg->nclients * sizeof *mk->mask))) {
      vfi_register_mark_free(mk);
      return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
    }
    if (reg->nclients) memcpy(mk->mask, reg->sum.mask, reg->nclients * sizeof *mk->mask);
  }
  return VF_OK;
}

void vfi_register_mark_free(vfi_register_mark *mk) {
  free(mk->ysum);
  free(mk->mask);
  mk->ysum = NULL;
  mk->mask = NULL;
}

void vfi_register_rollback(vf_register *reg, vfi_register_mark *mk) {
  reg->weighted = mk->weighted;
  if (mk->npay < reg->npay) {
    reg->npay = mk->npay;
    reg->nysum = mk->nysum; /* a year first seen since the mark goes too */
    if (mk->nysum) memcpy(reg->ysum, mk->ysum, mk->nysum * sizeof *mk->ysum);
    reg->ylast = 0;
  }
  if (reg->summary) {
    vf_month_mask *m = reg->sum.mask;
    reg->sum = mk->sum;
    reg->sum.mask = m;
    if (mk->nclients) memcpy(m, mk->mask, mk->nclients * sizeof *m);
  }
  if (mk->nclients < reg->nclients) {
    for (size_t i = mk->nclients; !reg->summary && i < reg->nclients; i++)
      vf_client_free(reg->clients[i]);
    if (reg->summary) reg->ids_len = reg->id_off[mk->nclients];
    reg->nclients = mk->nclients;
    memset(reg->slots, 0, reg->nslots * sizeof *reg->slots);
    reg->nhashed = 0;
    vfi_register_index(reg);
  }
  vfi_register_mark_free(mk);
}

/* ---- payments ---- */

vf_status vfi_register_reserve_payments(vf_register *r, size_t more, vf_error *err) {
  if (more > SIZE_MAX / 2 / sizeof(vf_money) - r->npay)
    return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  size_t need = r->npay + more;
  if (need <= r->pcap) return VF_OK;
  size_t cap = r->pcap ? r->pcap : 256;
  while (cap < need) cap *= 2;
  vfi_pay_key *k = realloc(r->pkey, cap * sizeof *k);
  if (!k) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  r->pkey = k;
  vf_money *g = realloc(r->pgross, cap * sizeof *g);
  if (!g) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  r->pgross = g;
  vf_money *f = realloc(r->prefund, cap * sizeof *f);
  if (!f) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  r->prefund = f;
  r->pcap = cap;
  return VF_OK;
}

/* The running sums of @p year, added if new; NULL (error in *err) if out of memory. */
static vfi_year_sum *year_sum(vf_register *reg, int year, vf_error *err) {
  if (reg->ylast < reg->nysum && reg->ysum[reg->ylast].year == year) return &reg->ysum[reg->ylast];
  for (size_t y = 0; y < reg->nysum; y++)
    if (reg->ysum[y].year == year) return &reg->ysum[reg->ylast = y];
  vfi_year_sum *p = realloc(reg->ysum, (reg->nysum + 1) * sizeof *p);
  if (!p) {
    vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
    return NULL;
  }
  reg->ysum = p;
  p[reg->nysum] = (vfi_year_sum){year, 0, 0, 0};
  return &reg->ysum[reg->ylast = reg->nysum++];
}

vf_status vfi_register_add_payment_index(vf_register *reg, size_t client, int year, int month,
                                         vf_money gross, vf_money refunded,
                                         vf_assistance_kind kind, vf_error *err) {
  if (client >= reg->nclients)
    return vfi_fail(err, VF_E_NOT_FOUND, 0, "client_id", "client_id: client index %zu out of range",
                    client);
  if (year < 1 || year > 9999)
    return vfi_fail(err, VF_E_DATE, 0, "year", "year: %d is outside 1..9999", year);
  if (month < 1 || month > 12)
    return vfi_fail(err, VF_E_DATE, 0, "month", "month: %d is outside 1..12", month);
  if (gross < 0 || refunded < 0) {
    char kr[32];
    vf_money_format(gross < 0 ? gross : refunded, kr, sizeof kr);
    const char *f = gross < 0 ? "gross" : "refunded";
    return vfi_fail(err, VF_E_RANGE, 0, f, "%s: amount %s kr is negative", f, kr);
  }
  if (kind != VF_ASSIST_GRANT && kind != VF_ASSIST_LOAN && kind != VF_ASSIST_QUALIFICATION)
    return vfi_fail(err, VF_E_UNKNOWN_CODE, 0, "kind", "kind: unknown assistance kind %d",
                    (int)kind);
  vfi_year_sum *ys = year_sum(reg, year, err);
  if (!ys) return err ? err->status : VF_E_NOMEM;
  if (gross > INT64_MAX - ys->gross || refunded > INT64_MAX - ys->refunded) {
    const char *f = gross > INT64_MAX - ys->gross ? "gross" : "refunded";
    return vfi_fail(err, VF_E_OVERFLOW, 0, f, "%s: the %s payments of %d would add up to more "
                    "than 64-bit øre hold (92 233 720 368 547 758.07 kr)", f, f, year);
  }
  if (reg->summary) { /* no record: what the indicators need of it */
    vfi_summary *m = &reg->sum;
    if (!m->fixed && year > m->year) { /* a later year: the earlier one is not needed */
      m->year = year;
      if (reg->nclients) memset(m->mask, 0, reg->nclients * sizeof *m->mask);
      m->gross = m->refunded = 0;
      m->wgross = m->wrefunded = m->wgrants = 0;
      m->used = 0;
      m->grants = 0;
      memset(m->gross_by, 0, sizeof m->gross_by);
      m->group_client1 = 0; /* groups are of the year */
    }
    if (year == m->year && kind != VF_ASSIST_QUALIFICATION) {
      m->gross += gross; /* within the year's sum, checked above */
      m->refunded += refunded;
      m->wgross += (vfi_i128)gross * reg->rows[client].weight;
      m->wrefunded += (vfi_i128)refunded * reg->rows[client].weight;
      m->used++;
      if (kind == VF_ASSIST_GRANT) {
        m->grants += gross;
        m->wgrants += (vfi_i128)gross * reg->rows[client].weight;
      }
      if (m->group_client1 != client + 1) { /* the payment tables' groups */
        vfi_pay_groups(&reg->rows[client], year, m->group);
        m->group_client1 = client + 1;
      }
      for (int k = 0; k < VFI_PAY_GROUPS; k++) m->gross_by[k][m->group[k]] += gross; /* parts of gross */
      m->mask[client] |= (vf_month_mask)((unsigned)(gross > 0) << (month - 1));
    }
  } else {
    vf_status s = vfi_register_reserve_payments(reg, 1, err);
    if (s) return s;
    size_t i = reg->npay;
    reg->pkey[i] = (vfi_pay_key){(uint32_t)client, (uint16_t)year, (uint8_t)month, (uint8_t)kind};
    reg->pgross[i] = gross;
    reg->prefund[i] = refunded;
  }
  ys->gross += gross;
  ys->refunded += refunded;
  ys->count++;
  reg->npay++;
  return VF_OK;
}

vf_status vf_register_add_payment(vf_register *reg, const char *client_id, int year, int month,
                                  vf_money gross, vf_money refunded, vf_assistance_kind kind,
                                  vf_error *err) {
  if (!reg || !client_id) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "register or client_id is NULL");
  size_t idx;
  vf_status s = vf_register_find_client(reg, client_id, &idx, err);
  if (s) return s;
  return vfi_register_add_payment_index(reg, idx, year, month, gross, refunded, kind, err);
}

size_t vf_register_payment_count(const vf_register *reg) { return reg ? reg->npay : 0; }

vf_status vf_register_payment(const vf_register *reg, size_t index, vf_payment *out,
                              vf_error *err) {
  if (!reg || !out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "register or out is NULL");
  if (reg->summary)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "a summary register keeps no payment records "
                    "(vf_register_new_summary)");
  if (index >= reg->npay)
    return vfi_fail(err, VF_E_RANGE, 0, "index", "payment index %zu out of range (%zu payments)",
                    index, reg->npay);
  const vfi_pay_key *k = &reg->pkey[index];
  out->client = k->client;
  out->year = k->year;
  out->month = k->month;
  out->gross = reg->pgross[index];
  out->refunded = reg->prefund[index];
  out->kind = (vf_assistance_kind)k->kind;
  return VF_OK;
}

/* Years with payment records (a year whose only payment was refused has an
 * entry without records). */
size_t vf_register_payment_year_count(const vf_register *reg) {
  size_t n = 0;
  for (size_t y = 0; reg && y < reg->nysum; y++) n += reg->ysum[y].count > 0;
  return n;
}

int vf_register_payment_year(const vf_register *reg, size_t index) {
  for (size_t y = 0; reg && y < reg->nysum; y++)
    if (reg->ysum[y].count && !index--) return reg->ysum[y].year;
  return 0;
}

/* ---- population ---- */

static vfi_pop_year *pop_year(const vf_register *reg, int year) {
  for (size_t i = 0; i < reg->npop; i++)
    if (reg->pop[i].year == year) return &reg->pop[i];
  return NULL;
}

vf_status vf_register_set_population(vf_register *reg, int year, int age, int64_t persons,
                                     vf_error *err) {
  if (!reg) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "register is NULL");
  if (year < 1 || year > 9999)
    return vfi_fail(err, VF_E_DATE, 0, "year", "year: %d is outside 1..9999", year);
  if (age < 0 || age > VF_POPULATION_MAX_AGE)
    return vfi_fail(err, VF_E_RANGE, 0, "age", "age: %d is outside 0..%d", age,
                    VF_POPULATION_MAX_AGE);
  if (persons < 0)
    return vfi_fail(err, VF_E_RANGE, 0, "persons", "persons: %lld is negative", (long long)persons);
  vfi_pop_year *y = pop_year(reg, year);
  if (!y) {
    vfi_pop_year *p = realloc(reg->pop, (reg->npop + 1) * sizeof *p);
    if (!p) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
    reg->pop = p;
    y = &p[reg->npop++];
    y->year = year;
    for (int a = 0; a <= VF_POPULATION_MAX_AGE; a++) y->persons[a] = -1;
  }
  y->persons[age] = persons;
  return VF_OK;
}

int64_t vf_register_population(const vf_register *reg, int year, int age) {
  if (!reg || age < 0 || age > VF_POPULATION_MAX_AGE) return -1;
  const vfi_pop_year *y = pop_year(reg, year);
  return y ? y->persons[age] : -1;
}

size_t vf_register_population_year_count(const vf_register *reg) { return reg ? reg->npop : 0; }

int vf_register_population_year(const vf_register *reg, size_t index) {
  return reg && index < reg->npop ? reg->pop[index].year : 0;
}

/* ---- rejections ---- */

vf_status vfi_register_reject(vf_register *reg, const vf_error *e, vf_error *err) {
  reg->rej_total++;
  if (reg->nrej >= reg->limits.max_rejections) return VF_OK; /* counted, not kept */
  if (reg->nrej == reg->rcap) {
    size_t cap = reg->rcap ? reg->rcap * 2 : 16;
    vf_error *p = realloc(reg->rej, cap * sizeof *p);
    if (!p) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
    reg->rej = p;
    reg->rcap = cap;
  }
  reg->rej[reg->nrej++] = *e;
  return VF_OK;
}

size_t vf_register_rejection_count(const vf_register *reg) { return reg ? reg->nrej : 0; }

size_t vf_register_rejection_total(const vf_register *reg) { return reg ? reg->rej_total : 0; }

const vf_error *vf_register_rejection(const vf_register *reg, size_t index) {
  return reg && index < reg->nrej ? &reg->rej[index] : NULL;
}

void vf_register_clear_rejections(vf_register *reg) {
  if (reg) reg->nrej = reg->rej_total = 0;
}
