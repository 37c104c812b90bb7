/* --age-band, --point-month, --exclude-unknown, --weighted (indicator_opts.h). */
#include "indicator_opts.h"

#include <stdlib.h>
#include <string.h>

/* "LO-HI" with 0 <= LO <= HI <= 120. */
static int parse_band(const char *cmd, const char *text, int band[2]) {
  const char *dash = strchr(text, '-');
  char lo[16];
  uint64_t a, z;
  if (!dash || (size_t)(dash - text) >= sizeof lo || dash == text) {
    vt_errorf(cmd, "--age-band: '%s' is not LO-HI (e.g. 18-66)", text);
    return VT_EXIT_USAGE;
  }
  memcpy(lo, text, (size_t)(dash - text));
  lo[dash - text] = '\0';
  int rc;
  if ((rc = vt_parse_num(cmd, "age-band", lo, 0, VF_POPULATION_MAX_AGE, &a)) >= 0) return rc;
  if ((rc = vt_parse_num(cmd, "age-band", dash + 1, 0, VF_POPULATION_MAX_AGE, &z)) >= 0) return rc;
  if (a > z) {
    vt_errorf(cmd, "--age-band: '%s' is empty (LO above HI)", text);
    return VT_EXIT_USAGE;
  }
  band[0] = (int)a;
  band[1] = (int)z;
  return -1;
}

int vt_indicator_options(const vt_spec *spec, int argc, char **argv, vf_indicator_options *o) {
  const char *cmd = spec->name;
  const char *bands[VF_RATE_BANDS_MAX + 2];
  int n = vt_values("age-band", argc, argv, bands, VF_RATE_BANDS_MAX + 2), rc;
  if (n > VF_RATE_BANDS_MAX + 1) {
    vt_errorf(cmd, "--age-band: at most %d bands", VF_RATE_BANDS_MAX + 1);
    return VT_EXIT_USAGE;
  }
  for (int k = 0; k < n; k++) {
    int band[2];
    if ((rc = parse_band(cmd, bands[k], band)) >= 0) return rc;
    if (k == 0) {
      o->rate_age_from = band[0];
      o->rate_age_to = band[1];
    } else {
      o->rate_band[o->rate_bands][0] = band[0];
      o->rate_band[o->rate_bands][1] = band[1];
      o->rate_bands++;
    }
  }
  const char *pm = vt_get(spec, "point-month")->value;
  uint64_t m;
  if (pm) {
    if ((rc = vt_parse_num(cmd, "point-month", pm, 1, 12, &m)) >= 0) return rc;
    o->point_month = (int)m;
  }
  o->exclude_unknown = vt_get(spec, "exclude-unknown")->given ? 1 : 0;
  const vt_opt *w = vt_get(spec, "weighted"); /* only some commands have it */
  o->weighted = w && w->given;
  return -1;
}
