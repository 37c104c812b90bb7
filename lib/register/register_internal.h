/* The register's storage, shared by register.c, register_csv.c and the
 * indicator pass; not installed.
 *
 * Layout is chosen for the national-scale indicator pass (66 million payment
 * records): payments are a struct of arrays indexed by record number, with the
 * client as a 32-bit index rather than an id string (24 bytes per record), and
 * the attributes the indicators read are copied into one compact row per
 * client so the pass never touches the full vf_client objects. */
#ifndef VELFERD_REGISTER_INTERNAL_H
#define VELFERD_REGISTER_INTERNAL_H

#include "core/internal.h"

/* Most clients a register holds: indexes are 32-bit. */
#define VFI_MAX_CLIENTS 0xFFFFFFFEu

/* What the indicators need of a client, 12 bytes. */
typedef struct vfi_client_row {
  int16_t birth_year;  /* 0 if the birth date is not set */
  uint8_t birth_month, birth_day;
  uint8_t gender, civil, citizenship, main_income, trygd, nchildren;
  uint8_t pad[2];
} vfi_client_row;

/* Key part of a payment record, 8 bytes. */
typedef struct vfi_pay_key {
  uint32_t client;
  uint16_t year;
  uint8_t month; /* 1..12 */
  uint8_t kind;  /* vf_assistance_kind */
} vfi_pay_key;

/* Sum of a year's payments, kept as they are added so that the one that
 * would overflow 64-bit øre is refused where it is read (file and line)
 * rather than found later by the indicator pass. */
typedef struct vfi_year_sum {
  int year;
  vf_money gross, refunded;
} vfi_year_sum;

typedef struct vfi_pop_year {
  int year;
  int64_t persons[121]; /* -1: not set */
} vfi_pop_year;

struct vf_register {
  vf_client **clients;
  vfi_client_row *rows;
  size_t nclients, ccap;
  uint32_t *slots; /* open-addressing id hash: client index + 1, 0 = empty */
  size_t nslots;   /* power of two, at least twice nclients */
  vfi_pay_key *pkey;
  vf_money *pgross, *prefund;
  size_t npay, pcap;
  vfi_year_sum *ysum;
  size_t nysum, ylast; /* ylast: index of the year last added to */
  vfi_pop_year *pop;
  size_t npop;
  vf_error *rej;
  size_t nrej, rcap;
  size_t rej_total;      /* rejections counted, kept or not */
  vf_read_limits limits; /* for reading files (vf_register_set_read_limits) */
};

/* Drops clients from index n on (and every payment from index np on), for
 * rolling back a failed strict read. */
void vfi_register_truncate(vf_register *reg, size_t nclients, size_t npay);
/* Counts a rejection and keeps a copy of *e if fewer than limits.max_rejections
 * are kept. */
vf_status vfi_register_reject(vf_register *reg, const vf_error *e, vf_error *err);
/* Appends a payment for client index @p client; checks as vf_register_add_payment. */
vf_status vfi_register_add_payment_index(vf_register *reg, size_t client, int year, int month,
                                         vf_money gross, vf_money refunded,
                                         vf_assistance_kind kind, vf_error *err);
/* Reserves room for @p more payments. */
vf_status vfi_register_reserve_payments(vf_register *reg, size_t more, vf_error *err);
/* Reserves room for @p more clients. */
vf_status vfi_register_reserve_clients(vf_register *reg, size_t more, vf_error *err);

#endif
