/* --max-input-size and --max-rejections. */
#include "limits.h"

#include <stdint.h>
#include <string.h>

/* Digits with an optional K, M or G (powers of 1024); false on anything else,
 * on 0 and on a value above UINT64_MAX (never clamped). */
static int parse_size(const char *s, uint64_t *out) {
  uint64_t v = 0;
  const char *p = s;
  for (; *p >= '0' && *p <= '9'; p++) {
    if (v > (UINT64_MAX - (uint64_t)(*p - '0')) / 10) return 0;
    v = v * 10 + (uint64_t)(*p - '0');
  }
  if (p == s) return 0;
  int shift = 0;
  if (*p) {
    const char *u = strchr("KMG", *p);
    if (!u || !*u || p[1]) return 0;
    shift = 10 * (int)(u - "KMG" + 1);
  }
  if (v == 0 || v > UINT64_MAX >> shift) return 0;
  *out = v << shift;
  return 1;
}

int vt_read_limits(const vt_spec *spec, vf_read_limits *l) {
  vf_read_limits_init(l);
  const vt_opt *o = vt_get(spec, "max-input-size");
  if (o && o->given && !parse_size(o->value, &l->max_bytes)) {
    vt_errorf(spec->name, "--max-input-size: '%s' is not a size in bytes of at least 1 (digits, "
              "optionally followed by K, M or G)", o->value);
    return VT_EXIT_USAGE;
  }
  o = vt_get(spec, "max-rejections");
  uint64_t n = 0;
  if (o && o->given) {
    if ((strcmp(o->value, "0") && !parse_size(o->value, &n)) || strpbrk(o->value, "KMG") ||
        n > SIZE_MAX) {
      vt_errorf(spec->name, "--max-rejections: '%s' is not a whole number of rows", o->value);
      return VT_EXIT_USAGE;
    }
    l->max_rejections = (size_t)n;
  }
  return -1;
}
