/* Register CSV files (clients, payments, population). The input is one byte
 * of options followed by up to three files separated by a line "%%":
 * clients, payments, population. Invariants: read = used + rejected; a skip
 * read that succeeds reads every record of the file (fz_csv_records); a
 * strict read that fails adds nothing; a skip read records one rejection per
 * rejected row, each naming "FILE:LINE:"; whatever was read writes out and
 * reads back strictly with the same counts (nothing lost). Privacy: no message
 * or rejection contains the id of a client read if that id is 11 digits (it
 * may be a fødselsnummer); once per process a fixed probe (a duplicate
 * fødselsnummer, a payment for an unknown one) checks the same. */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <unistd.h>
#include "fuzz.h"

static char dir[64];

static void cleanup(void) {
  static const char *const names[] = {"clients.csv", "payments.csv", "population.csv",
                                      "out_c.csv", "out_p.csv", "out_n.csv"};
  char p[128];
  for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
    snprintf(p, sizeof p, "%s/%s", dir, names[i]);
    unlink(p);
  }
  rmdir(dir);
}

static const char *put(const char *name, const uint8_t *data, size_t size) {
  static char p[3][128];
  static int k;
  char *path = p[k++ % 3];
  snprintf(path, 128, "%s/%s", dir, name);
  FILE *f = fopen(path, "wb");
  FZ_CHECK(f != NULL);
  FZ_CHECK(fwrite(data, 1, size, f) == size);
  FZ_CHECK(fclose(f) == 0);
  return path;
}

typedef vf_status (*reader)(vf_register *, const char *, vf_read_mode, vf_read_counts *,
                            vf_error *);

/* The messages of the reads of one input, for the privacy check. */
static char msgs[3][VF_ERROR_MESSAGE_SIZE];
static int nmsgs;

static int fnr_like(const char *id) {
  if (strlen(id) != 11) return 0;
  for (const char *p = id; *p; p++)
    if (*p < '0' || *p > '9') return 0;
  return 1;
}

/* A message about the id column (the ones that could quote an id; other
 * fields quote their own bad text, which the input may make equal to an id). */
static int about_id(const vf_error *e) {
  return !strcmp(e->field, "id") || !strcmp(e->field, "client_id");
}

/* No message about an id of this input, and no such rejection, holds an
 * 11-digit id of reg. */
static void check_privacy(const vf_register *reg) {
  for (size_t i = 0; i < vf_register_client_count(reg); i++) {
    const char *id = vf_client_id(vf_register_client(reg, i));
    if (!fnr_like(id)) continue;
    for (int k = 0; k < nmsgs; k++) FZ_CHECK(strstr(msgs[k], id) == NULL);
    for (size_t r = 0; r < vf_register_rejection_count(reg); r++)
      if (about_id(vf_register_rejection(reg, r)))
        FZ_CHECK(strstr(vf_register_rejection(reg, r)->message, id) == NULL);
  }
}

static const char *put(const char *name, const uint8_t *data, size_t size);

static void privacy_probe(void) {
  static const char clients[] =
      "id,birth_date,gender,civil_status,citizenship,main_income,trygd,children\n"
      "01019012345,1990-01-01,male,married,norwegian,work,none,\n"
      "01019012345,1990-01-01,male,married,norwegian,work,none,\n";
  static const char payments[] = "client_id,year,month,gross,refunded,kind\n"
                                 "31129954321,2024,1,100,0,grant\n";
  for (int mode = 0; mode < 2; mode++) {
    vf_register *reg;
    vf_error e;
    FZ_CHECK(vf_register_new(&reg, NULL) == VF_OK);
    const char *pc = put("clients.csv", (const uint8_t *)clients, sizeof clients - 1);
    if (vf_register_read_clients_csv(reg, pc, (vf_read_mode)mode, NULL, &e))
      FZ_CHECK(strstr(e.message, "0101901234") == NULL);
    const char *pp = put("payments.csv", (const uint8_t *)payments, sizeof payments - 1);
    if (vf_register_read_payments_csv(reg, pp, (vf_read_mode)mode, NULL, &e))
      FZ_CHECK(strstr(e.message, "3112995432") == NULL);
    FZ_CHECK(vf_register_rejection_count(reg) == (mode ? 2u : 0u));
    for (size_t r = 0; r < vf_register_rejection_count(reg); r++) {
      FZ_CHECK(strstr(vf_register_rejection(reg, r)->message, "0101901234") == NULL);
      FZ_CHECK(strstr(vf_register_rejection(reg, r)->message, "3112995432") == NULL);
    }
    vf_register_free(reg);
  }
}

static void read_one(vf_register *reg, reader fn, const char *path, vf_read_mode mode,
                     const uint8_t *data, size_t size) {
  size_t nc = vf_register_client_count(reg), np = vf_register_payment_count(reg);
  size_t nr = vf_register_rejection_count(reg);
  vf_read_counts c = {99, 99, 99};
  vf_error e;
  vf_status st = fn(reg, path, mode, &c, &e);
  fz_check_error(st, &e);
  if (st != VF_OK && about_id(&e) && nmsgs < 3) memcpy(msgs[nmsgs++], e.message, sizeof e.message);
  FZ_CHECK(c.read == c.used + c.rejected);
  if (st != VF_OK && mode == VF_READ_STRICT) {
    FZ_CHECK(vf_register_client_count(reg) == nc);
    FZ_CHECK(vf_register_payment_count(reg) == np);
    FZ_CHECK(c.used == 0);
  }
  if (mode == VF_READ_SKIP && st == VF_OK) {
    FZ_CHECK(c.read == fz_csv_records(data, size, 0));
    FZ_CHECK(vf_register_rejection_count(reg) == nr + c.rejected);
    for (size_t i = nr; i < nr + c.rejected; i++) {
      const vf_error *r = vf_register_rejection(reg, i);
      FZ_CHECK(r != NULL && strncmp(r->message, path, strlen(path)) == 0);
      FZ_CHECK(r->line >= 1);
    }
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!dir[0]) {
    snprintf(dir, sizeof dir, "/tmp/velferd-fuzz-register.XXXXXX");
    FZ_CHECK(mkdtemp(dir) != NULL);
    atexit(cleanup);
    privacy_probe();
  }
  nmsgs = 0;
  vf_read_mode mode = size && (data[0] & 1) ? VF_READ_SKIP : VF_READ_STRICT;
  if (size) { data++; size--; }
  const uint8_t *part[3] = {data, NULL, NULL};
  size_t len[3] = {size, 0, 0};
  for (int k = 1; k < 3; k++) {
    const uint8_t *p = part[k - 1], *end = p + len[k - 1];
    const uint8_t *sep = NULL;
    for (const uint8_t *q = p; q + 4 <= end; q++)
      if (!memcmp(q, "\n%%\n", 4)) { sep = q; break; }
    if (!sep) break;
    len[k - 1] = (size_t)(sep + 1 - p);
    part[k] = sep + 4;
    len[k] = (size_t)(end - part[k]);
  }
  vf_register *reg;
  FZ_CHECK(vf_register_new(&reg, NULL) == VF_OK);
  read_one(reg, vf_register_read_clients_csv, put("clients.csv", part[0], len[0]), mode, part[0],
           len[0]);
  if (part[1])
    read_one(reg, vf_register_read_payments_csv, put("payments.csv", part[1], len[1]), mode,
             part[1], len[1]);
  if (part[2])
    read_one(reg, vf_register_read_population_csv, put("population.csv", part[2], len[2]), mode,
             part[2], len[2]);
  check_privacy(reg);

  /* Round trip: what the register holds is written and read back unchanged. */
  char pc[128], pp[128], pn[128];
  snprintf(pc, sizeof pc, "%s/out_c.csv", dir);
  snprintf(pp, sizeof pp, "%s/out_p.csv", dir);
  snprintf(pn, sizeof pn, "%s/out_n.csv", dir);
  vf_error e;
  FZ_CHECK(vf_register_write_clients_csv(reg, pc, &e) == VF_OK);
  FZ_CHECK(vf_register_write_payments_csv(reg, pp, &e) == VF_OK);
  FZ_CHECK(vf_register_write_population_csv(reg, pn, &e) == VF_OK);
  vf_register *back;
  FZ_CHECK(vf_register_new(&back, NULL) == VF_OK);
  vf_read_counts c;
  if (vf_register_read_clients_csv(back, pc, VF_READ_STRICT, &c, &e) != VF_OK) {
    fprintf(stderr, "round trip: %s\n", e.message);
    FZ_CHECK(0);
  }
  FZ_CHECK(c.used == vf_register_client_count(reg));
  FZ_CHECK(vf_register_read_payments_csv(back, pp, VF_READ_STRICT, &c, &e) == VF_OK);
  FZ_CHECK(vf_register_payment_count(back) == vf_register_payment_count(reg));
  FZ_CHECK(vf_register_read_population_csv(back, pn, VF_READ_STRICT, &c, &e) == VF_OK);
  FZ_CHECK(vf_register_population_year_count(back) == vf_register_population_year_count(reg));
  for (size_t i = 0; i < vf_register_payment_count(reg); i++) {
    vf_payment a, b;
    FZ_CHECK(vf_register_payment(reg, i, &a, NULL) == VF_OK);
    FZ_CHECK(vf_register_payment(back, i, &b, NULL) == VF_OK);
    FZ_CHECK(a.client == b.client && a.year == b.year && a.month == b.month &&
             a.gross == b.gross && a.refunded == b.refunded && a.kind == b.kind);
  }
  for (size_t i = 0; i < vf_register_client_count(reg); i++)
    FZ_CHECK(strcmp(vf_client_id(vf_register_client(reg, i)),
                    vf_client_id(vf_register_client(back, i))) == 0);
  vf_register_free(back);
  vf_register_free(reg);
  return 0;
}
