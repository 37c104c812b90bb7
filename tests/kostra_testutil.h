/* Helpers shared by the KOSTRA register tests (test_kostra_register.c,
 * test_kostra_11cf.c): build clients, read a field, read a file, temp names.
 * Include after <cmocka.h> and velferd/velferd.h; needs _POSIX_C_SOURCE 200809L. */
#ifndef VF_KOSTRA_TESTUTIL_H
#define VF_KOSTRA_TESTUTIL_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static vf_client *person(const char *id, vf_date birth, vf_gender g, vf_civil_status cs,
                         vf_main_income vklo, vf_trygd trygd, int kids) {
  vf_client *c;
  assert_int_equal(vf_client_new(&c, NULL), VF_OK);
  assert_int_equal(vf_client_set_id(c, id, NULL), VF_OK);
  assert_int_equal(vf_client_set_birth_date(c, birth, NULL), VF_OK);
  assert_int_equal(vf_client_set_gender(c, g, NULL), VF_OK);
  assert_int_equal(vf_client_set_civil_status(c, cs, NULL), VF_OK);
  assert_int_equal(vf_client_set_main_income(c, vklo, NULL), VF_OK);
  assert_int_equal(vf_client_set_trygd(c, trygd, NULL), VF_OK);
  for (int k = 0; k < kids; k++) assert_int_equal(vf_client_add_child(c, (vf_date){2015, 5, 1}, NULL), VF_OK);
  return c;
}

/* Adds c to reg and frees it. */
static inline void set_content(vf_register *reg, size_t index, const char *column, const char *value) {
  vf_error e;
  if (vf_register_set_content(reg, index, column, value, &e)) fail_msg("%s", e.message);
}

static void add(vf_register *reg, vf_client *c) {
  vf_error e;
  if (vf_register_add_client(reg, c, NULL, &e)) fail_msg("%s", e.message);
  vf_client_free(c);
}

static void field(const vf_kostra_file *f, size_t rec, const char *name, const char *want) {
  char b[64];
  vf_error e;
  if (vf_kostra_file_get(f, rec, name, b, sizeof b, &e)) fail_msg("%s", e.message);
  if (strcmp(b, want)) fail_msg("record %zu %s: '%s', expected '%s'", rec, name, b, want);
}

/* The whole file (at most 4 MiB); the caller frees it. */
static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  assert_non_null(f);
  char *b = malloc(1 << 22);
  assert_non_null(b);
  *len = fread(b, 1, 1 << 22, f);
  fclose(f);
  return b;
}

static void tmpname(char *buf) {
  strcpy(buf, "/tmp/vf_kostra_XXXXXX");
  int fd = mkstemp(buf);
  assert_true(fd >= 0);
  close(fd);
}

static const vf_kostra_write_options opts = {2026, "4601", NULL, "SB7", 1};

#endif
