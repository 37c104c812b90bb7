/* velferd synth: a synthetic register, written as a register directory. */
#include "cli.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

static vt_opt opts[] = {
  {"profile", 'p', "NAME", "synthetic profile (default: city2008, the default city)", NULL, 0},
  {"persons", 'n', "N", "number of recipients (default: 10000)", NULL, 0},
  {"seed", 's', "S", "seed of the generator (default: 1); same seed, same register", NULL, 0},
  {"year", 'y', "YEAR", "year of the payments (default: 2008)", NULL, 0},
  {"output", 'o', "DIR", "directory to write clients.csv, payments.csv, population.csv (required)", NULL, 0},
  VT_OPT_END};

static const vt_spec spec = {
  "synth", "",
  "Writes a synthetic register (docs/register.md) into DIR: clients, their monthly\n"
  "payments for the year and population counts scaled to the same size. The\n"
  "shares follow the profile (city2008: a large Norwegian city in 2008, see\n"
  "docs/indicators.md); the output depends only on profile, persons, seed and year.",
  opts, 0, 0};

/* Parses a whole decimal number in [min, max]; prints an error naming the option. */
static int number(const char *opt, const char *text, uint64_t min, uint64_t max, uint64_t *out) {
  char *end;
  if (text[0] >= '0' && text[0] <= '9') {
    unsigned long long v = strtoull(text, &end, 10);
    if (!*end && v >= min && v <= max) {
      *out = v;
      return -1;
    }
  }
  vt_errorf("synth", "--%s: '%s' is not a whole number in %" PRIu64 "..%" PRIu64, opt, text, min,
            max);
  return VT_EXIT_USAGE;
}

int cmd_synth(int argc, char **argv) {
  char *pos[VT_MAX_POS];
  int npos, rc = vt_parse(&spec, argc, argv, pos, &npos);
  if (rc >= 0) return rc;
  const char *dir = vt_get(&spec, "output")->value;
  if (!dir) {
    vt_errorf("synth", "-o DIR is required");
    return VT_EXIT_USAGE;
  }
  uint64_t persons = 10000, seed = 1, year = 2008;
  const char *v;
  if ((v = vt_get(&spec, "persons")->value) && (rc = number("persons", v, 1, 100000000, &persons)) >= 0)
    return rc;
  if ((v = vt_get(&spec, "seed")->value) && (rc = number("seed", v, 0, UINT64_MAX, &seed)) >= 0)
    return rc;
  if ((v = vt_get(&spec, "year")->value) && (rc = number("year", v, 1900, 9000, &year)) >= 0)
    return rc;
  const char *profile = vt_get(&spec, "profile")->value;
  vf_register *reg = NULL;
  vf_error e;
  if (vf_synth_register(profile, (size_t)persons, seed, (int)year, &reg, &e)) {
    if (e.status == VF_E_NOT_FOUND) {
      vt_errorf("synth", "%s", e.message);
      return VT_EXIT_USAGE;
    }
    return vt_report("synth", &e);
  }
  if (vf_register_write_dir(reg, dir, &e)) {
    vt_errorf("synth", "%s", e.message);
    vf_register_free(reg);
    return VT_EXIT_FAIL;
  }
  printf("wrote %s: %zu clients, %zu payment records, year %d (profile %s, seed %" PRIu64 ")\n", dir,
         vf_register_client_count(reg), vf_register_payment_count(reg), (int)year,
         profile ? profile : "city2008", seed);
  vf_register_free(reg);
  return VT_EXIT_OK;
}
