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
#include "register/register_content.h"

/* Exact sums of weighted amounts (the same typedef as indicators_internal.h). */
__extension__ typedef __int128 vfi_i128;

/* Most clients a register holds: indexes are 32-bit. */
#define VFI_MAX_CLIENTS 0xFFFFFFFEu

/* What the indicators need of a client, 16 bytes. */
typedef struct vfi_client_row {
  int16_t birth_year;  /* 0 if the birth date is not set */
  uint8_t birth_month, birth_day;
  uint8_t gender, civil, citizenship, main_income, trygd, nchildren;
  uint8_t pad[2];
  uint32_t weight;     /* survey weight in 1/VF_WEIGHT_SCALE (1000 = 1) */
} vfi_client_row;

/* The groups of the payment tables (velferd/indicators.h vf_payment_table)
 * a client is in at the end of @p year: age group, provider status, main
 * income. One function so that the summary register (which sums gross by
 * group as it reads) and the indicator pass group alike. */
enum { VFI_PAY_GROUPS = 3 };
static inline void vfi_pay_groups(const vfi_client_row *row, int year, int val[VFI_PAY_GROUPS]) {
  int age = row->birth_year > 0 && row->birth_year <= year ? year - row->birth_year : -1;
  if (age > VF_POPULATION_MAX_AGE) age = VF_POPULATION_MAX_AGE;
  val[0] = (int)vf_classify_age(age);
  val[1] = (int)vf_classify_provider(row->nchildren);
  val[2] = row->main_income;
}

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
  size_t count; /* records of the year */
} vfi_year_sum;

/* What a summary register (vf_register_new_summary) keeps of its payments:
 * what the indicators of one year need, accumulated as the payments come. */
typedef struct vfi_summary {
  int year;                 /* the year kept; 0 before the first payment if not fixed */
  bool fixed;               /* given at creation; else the latest year of the payments */
  vf_month_mask *mask;      /* per client (capacity ccap): months of the year with a positive
                               gross amount of economic assistance */
  vf_money gross, refunded; /* the year's economic assistance (qualification benefit left out) */
  size_t used;              /* records of the year that are economic assistance */
  vf_money grants;          /* of gross, paid as grants (the rest as loans) */
  vf_money gross_by[VFI_PAY_GROUPS][16]; /* gross by group value (vfi_pay_groups) */
  size_t group_client1;     /* 1 + the client whose groups are in group (0: none); payments
                               come a client at a time, so they are worked out once */
  int group[VFI_PAY_GROUPS];
  vfi_i128 wgross, wrefunded, wgrants; /* the same, each times its client's weight */
} vfi_summary;

typedef struct vfi_pop_year {
  int year;
  int64_t persons[121]; /* -1: not set */
} vfi_pop_year;

struct vf_register {
  vf_client **clients; /* NULL in a summary register */
  vfi_client_row *rows;
  size_t nclients, ccap;
  uint64_t *slots; /* open-addressing id hash: client index + 1 and hash tag, 0 = empty */
  size_t nslots;   /* power of two, at least twice nclients */
  size_t nhashed;  /* clients 0..nhashed-1 are in slots; the rest wait for vfi_register_index() */
  bool ids_sorted; /* every id so far above the one before (then a new higher id is no duplicate) */
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
  /* A summary register keeps its clients' ids in one arena instead of client
   * objects, and no payment records (npay counts the payments added). */
  bool summary;
  vfi_summary sum;
  char *ids;
  size_t ids_len, ids_cap;
  size_t *id_off; /* offset of client i's id in ids (capacity ccap) */
  /* What 11F records beyond the counts, per client (capacity ccap); NULL
   * until some client's content is set (16 bytes a client only then). */
  vfi_content *content;
  bool has_content; /* a content column was read: the writers write them all */
  bool weighted;  /* a weight was read or set (vf_register_has_weights) */
};

/* Content of client @p i: all unknown if the register holds none. */
static inline const vfi_content *vfi_register_content_of(const vf_register *r, size_t i) {
  static const vfi_content unknown; /* read-only: all zero */
  return r->content ? &r->content[i] : &unknown;
}
/* Makes room for the clients' content (all unknown) before the first is set. */
vf_status vfi_register_content_init(vf_register *r, vf_error *err);

/* The state a failed strict read returns the register to. */
typedef struct vfi_register_mark {
  size_t nclients, npay;
  vfi_summary sum;          /* summary register: the summary and a copy of its masks */
  vf_month_mask *mask;
  vfi_year_sum *ysum;       /* a copy of the year sums */
  size_t nysum;
  bool weighted;
} vfi_register_mark;

/* Marks the register's state before a read; VF_E_NOMEM if the copy fails. */
vf_status vfi_register_mark_set(vf_register *reg, vfi_register_mark *mark, vf_error *err);
/* Returns the register to @p mark (dropping what was added since) and frees the mark. */
void vfi_register_rollback(vf_register *reg, vfi_register_mark *mark);
/* Frees a mark without going back to it. */
void vfi_register_mark_free(vfi_register_mark *mark);
/* Adds a copy of @p client as vf_register_add_client(), except that the id
 * table may be left incomplete (an id above all earlier ones needs no
 * look-up): call vfi_register_index() before any look-up by id. */
vf_status vfi_register_add_client_lazy(vf_register *reg, const vf_client *client, vf_error *err);
/* Puts every client into the id table (a bulk insert: the cache misses of
 * one client overlap with the next one's). */
void vfi_register_index(vf_register *reg);
/* The id of client @p i. */
const char *vfi_register_id(const vf_register *reg, size_t i);

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
