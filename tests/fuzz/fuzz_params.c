/* Parameter files: vf_ctx_load_params_text on arbitrary text, into a fresh
 * clone of the default context each time. Loading is all-or-nothing: on
 * failure the parameter set (its hash) is unchanged; on success every
 * parameter still answers lookups. */
#include "fuzz.h"

static vf_ctx *base;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!base) FZ_CHECK(vf_ctx_new(&base, NULL, NULL) == VF_OK);
  vf_ctx *ctx;
  FZ_CHECK(vf_ctx_clone(&ctx, base, NULL) == VF_OK);
  char before[17];
  snprintf(before, sizeof before, "%s", vf_ctx_params_id(ctx));
  vf_error e;
  vf_status st = vf_ctx_load_params_text(ctx, (const char *)data, size, "fuzz.csv", &e);
  fz_check_error(st, &e);
  vf_status st0 = st;
  if (st != VF_OK) {
    FZ_CHECK(strcmp(before, vf_ctx_params_id(ctx)) == 0);
  }
  FZ_CHECK(strcmp(before, vf_ctx_params_id(base)) == 0); /* the base is never touched */
  size_t n = vf_param_count(ctx);
  FZ_CHECK(n == vf_param_count(base));
  for (size_t i = 0; i < n; i++) {
    const char *name = vf_param_name(ctx, i);
    FZ_CHECK(name != NULL);
    size_t k = vf_param_entry_count(ctx, name);
    FZ_CHECK(k >= 1);
    vf_param_value v, prev = {0};
    for (size_t j = 0; j < k; j++) {
      FZ_CHECK(vf_param_entry(ctx, name, j, &v, NULL) == VF_OK);
      FZ_CHECK(v.source && v.source[0]);
      FZ_CHECK(v.known ? v.den > 0 : (v.num == 0 && v.den == 0));
      /* ascending by valid-from date, then by decided date (docs/parameters.md) */
      if (j) FZ_CHECK(vf_date_cmp(prev.valid_from, v.valid_from) < 0 ||
                      (vf_date_cmp(prev.valid_from, v.valid_from) == 0 &&
                       vf_date_cmp(prev.decided, v.decided) < 0));
      prev = v;
    }
    /* A lookup on the last entry's date returns it (or no value for a gap). */
    vf_param_value got;
    st = vf_param_get(ctx, name, prev.valid_from, &got, &e);
    fz_check_error(st, &e);
    if (prev.known) FZ_CHECK(st == VF_OK && got.num == prev.num && got.den == prev.den);
    else FZ_CHECK(st == VF_E_NO_VALUE);
  }
  /* As known on a date, the view holds only rows decided by then. */
  vf_date known = {2020, 6, 15};
  FZ_CHECK(vf_ctx_set_as_known_on(ctx, known, NULL) == VF_OK);
  for (size_t i = 0; i < n; i++) {
    const char *name = vf_param_name(ctx, i);
    for (size_t j = 0, k = vf_param_entry_count(ctx, name); j < k; j++) {
      vf_param_value v;
      FZ_CHECK(vf_param_entry(ctx, name, j, &v, NULL) == VF_OK);
      FZ_CHECK(vf_date_cmp(v.decided, known) <= 0);
    }
  }
  vf_ctx_free(ctx);

  /* The same load without an error record gives the same status. */
  FZ_CHECK(vf_ctx_clone(&ctx, base, NULL) == VF_OK);
  FZ_CHECK(vf_ctx_load_params_text(ctx, (const char *)data, size, "fuzz.csv", NULL) == st0);
  vf_ctx_free(ctx);
  return 0;
}
