/** @file velferd/register.h
 *  @brief A client register: client records, monthly payment records and
 *  optional population counts, read from and written to CSV files.
 *
 *  A register owns copies of its clients. Clients are identified by their id
 *  (vf_client_set_id()), which must be non-empty and unique in the register;
 *  payments refer to a client by that id. A register is owned by one thread at
 *  a time while it is being filled; afterwards any number of threads may read
 *  it (and compute indicators from it) at once.
 */
#ifndef VELFERD_REGISTER_H
#define VELFERD_REGISTER_H

#include "velferd/common.h"
#include "velferd/money.h"
#include "velferd/date.h"
#include "velferd/client.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Opaque register. Create with vf_register_new(), release with vf_register_free(). */
typedef struct vf_register vf_register;

/** Kind of payment: economic assistance (KOSTRA 11F: BIDRAG and LAAN) or the
 *  qualification benefit (KOSTRA 11CF: KVP_STONAD). */
typedef enum vf_assistance_kind {
  VF_ASSIST_GRANT = 1,         /**< Bidrag: economic assistance as a grant. */
  VF_ASSIST_LOAN = 2,          /**< Lån: economic assistance as a loan. */
  VF_ASSIST_QUALIFICATION = 3  /**< Kvalifiseringsstønad (sosialtjenesteloven § 35), paid to
                                    a participant in the qualification programme. It is not
                                    economic social assistance: the indicators and form 11F
                                    leave it out, form 11CF reports it. */
} vf_assistance_kind;

/** One payment record: what a client was paid in one month. */
typedef struct vf_payment {
  size_t client;            /**< Index of the client in the register. */
  int year;                 /**< Calendar year. */
  int month;                /**< Month 1..12. */
  vf_money gross;           /**< Amount paid out (øre, ≥ 0). */
  vf_money refunded;        /**< Amount refunded/recovered for this payment (øre, ≥ 0). */
  vf_assistance_kind kind;  /**< Grant or loan. */
} vf_payment;

/** How a reader treats a bad row. */
typedef enum vf_read_mode {
  VF_READ_STRICT = 0,  /**< Stop at the first bad row; nothing is added. */
  VF_READ_SKIP = 1     /**< Skip bad rows, record each in the register's rejections. */
} vf_read_mode;

/** Counts from reading a file: read = used + rejected, always. */
typedef struct vf_read_counts {
  size_t read;      /**< Data rows read (header and blank lines excluded). */
  size_t used;      /**< Rows added to the register. */
  size_t rejected;  /**< Rows rejected (only in ::VF_READ_SKIP mode). */
} vf_read_counts;

/** Creates an empty register. */
VF_API vf_status vf_register_new(vf_register **out, vf_error *err);
/** Creates an empty *summary* register: one that keeps, instead of client
 *  objects and payment records, only what vf_indicators_compute() needs for
 *  one year (each client's id and the attributes the indicators read, and per
 *  client the months of the year with a positive gross amount and the year's
 *  sums), so that its memory does not grow with the number of payments. It is
 *  read and filled like any register, with the same checks, messages and
 *  counts. @p year is the year kept (1..9999), or 0 for the latest year of
 *  the payments added (a payment of a later year replaces what was kept).
 *  What needs the records or client objects refuses it: vf_register_payment()
 *  and the writers with ::VF_E_INVALID_ARG, vf_register_client() returns NULL,
 *  as do comparisons and KOSTRA files built from a register. */
VF_API vf_status vf_register_new_summary(vf_register **out, int year, vf_error *err);
/** 1 if @p reg was made by vf_register_new_summary(), else 0. */
VF_API int vf_register_is_summary(const vf_register *reg);
/** Releases a register and every client in it; NULL is allowed. */
VF_API void vf_register_free(vf_register *reg);

/** Adds a copy of @p client. ::VF_E_INVALID_ARG if its id is empty,
 *  ::VF_E_DUPLICATE if the id is already in the register. @p index (may be
 *  NULL) receives the new client's index. */
VF_API vf_status vf_register_add_client(vf_register *reg, const vf_client *client, size_t *index,
                                        vf_error *err);
/** Number of clients. */
VF_API size_t vf_register_client_count(const vf_register *reg);
/** Client @p index, borrowed from the register; NULL if out of range. It is a
 *  compact read-only copy: read it with the vf_client getters or copy it with
 *  vf_client_clone(), never cast the const away. */
VF_API const vf_client *vf_register_client(const vf_register *reg, size_t index);
/** Index of the client with id @p id; ::VF_E_NOT_FOUND if none. */
VF_API vf_status vf_register_find_client(const vf_register *reg, const char *id, size_t *index,
                                         vf_error *err);

/** Adds a payment for the client with id @p client_id. ::VF_E_NOT_FOUND for an
 *  unknown client, ::VF_E_DATE for a month outside 1..12, ::VF_E_RANGE for a
 *  negative amount, ::VF_E_UNKNOWN_CODE for an unknown kind. Several payments
 *  for the same client and month are allowed and add up. */
VF_API vf_status vf_register_add_payment(vf_register *reg, const char *client_id, int year,
                                         int month, vf_money gross, vf_money refunded,
                                         vf_assistance_kind kind, vf_error *err);
/** Number of payment records (in a summary register: of payments added). */
VF_API size_t vf_register_payment_count(const vf_register *reg);
/** Number of years that have payment records. */
VF_API size_t vf_register_payment_year_count(const vf_register *reg);
/** Year @p index (in the order first added) that has payment records; 0 if out of range. */
VF_API int vf_register_payment_year(const vf_register *reg, size_t index);
/** Payment record @p index (in the order added). */
VF_API vf_status vf_register_payment(const vf_register *reg, size_t index, vf_payment *out,
                                     vf_error *err);

/** Highest age of a population count; older persons are counted at this age. */
#define VF_POPULATION_MAX_AGE 120

/** Sets the population of age @p age (0..::VF_POPULATION_MAX_AGE) in @p year, for indicators
 *  relative to the population. Replaces an earlier count. */
VF_API vf_status vf_register_set_population(vf_register *reg, int year, int age, int64_t persons,
                                            vf_error *err);
/** Population of age @p age in @p year; -1 if not set. */
VF_API int64_t vf_register_population(const vf_register *reg, int year, int age);
/** Number of years that have population counts. */
VF_API size_t vf_register_population_year_count(const vf_register *reg);
/** Year @p index (in the order first set) that has population counts; 0 if out of range. */
VF_API int vf_register_population_year(const vf_register *reg, size_t index);

/** Reads clients from a CSV file (format in docs/register.md) and adds them.
 *  In ::VF_READ_STRICT mode the first bad row stops the read and nothing from
 *  the file is added; in ::VF_READ_SKIP mode bad rows are skipped and listed in
 *  the rejections. @p counts (may be NULL) is always filled. */
VF_API vf_status vf_register_read_clients_csv(vf_register *reg, const char *path,
                                              vf_read_mode mode, vf_read_counts *counts,
                                              vf_error *err);
/** Reads payments from a CSV file; same rules as vf_register_read_clients_csv(). */
VF_API vf_status vf_register_read_payments_csv(vf_register *reg, const char *path,
                                               vf_read_mode mode, vf_read_counts *counts,
                                               vf_error *err);
/** Reads population counts (year, age, persons) from a CSV file. */
VF_API vf_status vf_register_read_population_csv(vf_register *reg, const char *path,
                                                 vf_read_mode mode, vf_read_counts *counts,
                                                 vf_error *err);
/** Writes the clients as CSV, readable by vf_register_read_clients_csv(). This
 *  and the two writers below replace @p path whole or not at all (a temporary
 *  file beside it, renamed into place; docs/robustness.md): on ::VF_E_IO an
 *  existing file at @p path is unchanged. */
VF_API vf_status vf_register_write_clients_csv(const vf_register *reg, const char *path,
                                               vf_error *err);
/** Writes the payments as CSV. */
VF_API vf_status vf_register_write_payments_csv(const vf_register *reg, const char *path,
                                                vf_error *err);
/** Writes the population counts as CSV. */
VF_API vf_status vf_register_write_population_csv(const vf_register *reg, const char *path,
                                                  vf_error *err);

/** Reads a register directory: `clients.csv`, then `payments.csv`, then
 *  `population.csv` if it exists (see docs/register.md). Each file is read as
 *  by the single-file readers, in @p mode; a missing clients or payments file is
 *  ::VF_E_IO. In ::VF_READ_STRICT mode a failure in a later file leaves the
 *  rows of the earlier files in the register. Each counts pointer may be NULL
 *  and is always filled (zeros for a file not read). */
VF_API vf_status vf_register_read_dir(vf_register *reg, const char *dir, vf_read_mode mode,
                                      vf_read_counts *clients, vf_read_counts *payments,
                                      vf_read_counts *population, vf_error *err);
/** Writes `clients.csv`, `payments.csv` and, if any population count is set,
 *  `population.csv` as directory @p dir, whole or not at all: the files go
 *  into a temporary directory beside @p dir, which is then renamed to @p dir
 *  (docs/robustness.md, "Writing files"). An existing @p dir holding nothing
 *  but these three files is replaced (a file of the old register that the new
 *  one lacks does not survive); one holding anything else is refused with
 *  ::VF_E_IO naming the file, and left untouched. On any failure @p dir is as
 *  it was. The parent directory must exist. */
VF_API vf_status vf_register_write_dir(const vf_register *reg, const char *dir, vf_error *err);

/** Sets the limits for this register's later file reads (see ::vf_read_limits):
 *  a longer file is refused with ::VF_E_RANGE before any row is read, and at
 *  most `max_rejections` rejected rows are kept (all are counted). @p limits
 *  NULL restores the defaults. ::VF_E_INVALID_ARG for a wrong version or a
 *  zero max_bytes (nothing changes). Not thread-safe on one register. */
VF_API vf_status vf_register_set_read_limits(vf_register *reg, const vf_read_limits *limits,
                                             vf_error *err);
/** Number of rejections kept: the first vf_read_limits::max_rejections rows
 *  rejected by reads in ::VF_READ_SKIP mode since the last
 *  vf_register_clear_rejections(). */
VF_API size_t vf_register_rejection_count(const vf_register *reg);
/** Number of rows rejected, kept or not (at least vf_register_rejection_count()). */
VF_API size_t vf_register_rejection_total(const vf_register *reg);
/** Rejection @p index: file line, field and reason (the message starts with
 *  "FILE:LINE:"). Borrowed; NULL if out of range. */
VF_API const vf_error *vf_register_rejection(const vf_register *reg, size_t index);
/** Forgets the recorded rejections and sets both counts to 0 (after the caller
 *  has reported them). */
VF_API void vf_register_clear_rejections(vf_register *reg);

/** Sets what form 11F records of client @p index beyond the counts, one
 *  optional clients.csv column at a time: @p column is the column's name
 *  (`housing`, `individual_plan`, `economic_advice`, `work_situation`,
 *  `conditions`, `spouse_conditions`, `condition_types`, `exemption_date`,
 *  `exemption_grounds`, `sanctions`) and @p value its text as in clients.csv
 *  (docs/register.md: a code's name or SSB's code, `unknown`, a list
 *  separated by single spaces, a date YYYY-MM-DD). Every such field of a new
 *  client is unknown; once one is set, the register's writers write all the
 *  content columns. ::VF_E_NOT_FOUND for an unknown column, ::VF_E_RANGE for
 *  an index out of range, ::VF_E_UNKNOWN_CODE / ::VF_E_DATE for a bad value,
 *  ::VF_E_INCONSISTENT if condition types are set while conditions is `no` or
 *  exemption grounds without an exemption date; the client is then unchanged.
 *  Not thread-safe on one register. */
VF_API vf_status vf_register_set_content(vf_register *reg, size_t index, const char *column,
                                         const char *value, vf_error *err);
/** Writes the text of content column @p column (see vf_register_set_content())
 *  of client @p index into @p buf of @p size bytes, as clients.csv holds it
 *  (`unknown` when not known). ::VF_E_NOT_FOUND for an unknown column,
 *  ::VF_E_RANGE for an index out of range or a buffer too small. */
VF_API vf_status vf_register_content(const vf_register *reg, size_t index, const char *column,
                                     char *buf, size_t size, vf_error *err);

/** Units of a survey or population weight: a weight is a whole number of
 *  1/1000ths (1.5 is 1500), so weighted counts and amounts stay exact
 *  integers (docs/register.md, "Weights"). */
#define VF_WEIGHT_SCALE 1000
/** Largest weight, in 1/1000ths (a weight of one million). */
#define VF_WEIGHT_MAX 1000000000

/** Sets the weight of client @p index to @p weight / ::VF_WEIGHT_SCALE
 *  (0..::VF_WEIGHT_MAX; every client starts at ::VF_WEIGHT_SCALE, 1). Used by
 *  vf_indicators_compute() with the option `weighted`. ::VF_E_RANGE for a
 *  weight outside the range or an unknown index; ::VF_E_INVALID_ARG for a
 *  summary register that has payments already (it sums weighted amounts as
 *  they are added: set weights first, as reading clients.csv does). */
VF_API vf_status vf_register_set_weight(vf_register *reg, size_t index, int64_t weight,
                                        vf_error *err);
/** Weight of client @p index in 1/1000ths; -1 for an unknown index. */
VF_API int64_t vf_register_weight(const vf_register *reg, size_t index);
/** 1 if a weight was set or read (clients.csv with a `weight` column), else 0. */
VF_API int vf_register_has_weights(const vf_register *reg);

/** Weighted total of an øre column, exactly: the sum of amount[i] × weight[i]
 *  over the rows i < @p n whose status[i] is 0 (@p status NULL: every row),
 *  weights in 1/::VF_WEIGHT_SCALE (0..::VF_WEIGHT_MAX), written to @p total
 *  in 1/::VF_WEIGHT_SCALE øre (2 500 for 1 øre at weight 2.5). @p amount NULL
 *  sums the weights alone (the weighted count of rows). @p weight_sum (may be
 *  NULL) gets the sum of the counted rows' weights, in 1/::VF_WEIGHT_SCALE.
 *  The bindings' weighted totals (calculate, compare) all come from here.
 *  ::VF_E_RANGE for a weight outside the range (naming the row, `row 3:`,
 *  1-based), ::VF_E_OVERFLOW if a sum leaves int64; *total is then 0. */
VF_API vf_status vf_weighted_total(const vf_money *amount, const int64_t *weight,
                                   const uint8_t *status, size_t n, int64_t *total,
                                   int64_t *weight_sum, vf_error *err);

#ifdef __cplusplus
}
#endif
#endif
