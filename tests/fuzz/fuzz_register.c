/* Register CSV files (clients, payments, population). The input is one byte
 * of options followed by up to three files separated by a line "%%":
 * clients, payments, population. Invariants: read = used + rejected; a
 * strict read that fails adds nothing; a skip read records one rejection per
 * rejected row, each naming "FILE:LINE:"; whatever was read writes out and
 * reads back strictly with the same counts (nothing lost). */
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

static void read_one(vf_register *reg, reader fn, const char *path, vf_read_mode mode) {
  size_t nc = vf_register_client_count(reg), np = vf_register_payment_count(reg);
  size_t nr = vf_register_rejection_count(reg);
  vf_read_counts c = {99, 99, 99};
  vf_error e;
  vf_status st = fn(reg, path, mode, &c, &e);
  fz_check_error(st, &e);
  FZ_CHECK(c.read == c.used + c.rejected);
  if (st != VF_OK && mode == VF_READ_STRICT) {
    FZ_CHECK(vf_register_client_count(reg) == nc);
    FZ_CHECK(vf_register_payment_count(reg) == np);
    FZ_CHECK(c.used == 0);
  }
  if (mode == VF_READ_SKIP && st == VF_OK) {
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
  }
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
  read_one(reg, vf_register_read_clients_csv, put("clients.csv", part[0], len[0]), mode);
  if (part[1])
    read_one(reg, vf_register_read_payments_csv, put("payments.csv", part[1], len[1]), mode);
  if (part[2])
    read_one(reg, vf_register_read_population_csv, put("population.csv", part[2], len[2]), mode);

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
