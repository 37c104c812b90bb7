/* velferd synth: a synthetic register, written as a register directory. */
#include "cli.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

static vt_opt opts[] = {
  {"profile", 'p', "NAME", NULL, 0},
  {"persons", 'n', "N", NULL, 0},
  {"seed", 's', "S", NULL, 0},
  {"year", 'y', "YEAR", NULL, 0},
  {"output", 'o', "DIR", NULL, 0},
  {"force", 0, NULL, NULL, 0},
  VT_OPT_END};

static const vt_spec spec = {
  "synth", "",
  opts, 0, 0};

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
  if ((v = vt_get(&spec, "persons")->value) &&
      (rc = vt_parse_num("synth", "persons", v, 1, 100000000, &persons)) >= 0)
    return rc;
  if ((v = vt_get(&spec, "seed")->value) && (rc = vt_parse_num("synth", "seed", v, 0, UINT64_MAX, &seed)) >= 0)
    return rc;
  if ((v = vt_get(&spec, "year")->value) && (rc = vt_parse_num("synth", "year", v, 1900, 9000, &year)) >= 0)
    return rc;
  /* Checked before the (possibly long) generation. */
  if (vfi_dir_entries(dir) > 0 && !vt_get(&spec, "force")->given) {
    vt_errorf("synth", "%s exists and is not empty; give --force to replace the register in it", dir);
    return VT_EXIT_FAIL;
  }
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
  char n[4][32], line[4200];
  snprintf(n[0], sizeof n[0], "%zu", vf_register_client_count(reg));
  snprintf(n[1], sizeof n[1], "%zu", vf_register_payment_count(reg));
  snprintf(n[2], sizeof n[2], "%d", (int)year);
  snprintf(n[3], sizeof n[3], "%" PRIu64, seed);
  printf("%s\n", vt_fill(line, sizeof line, "synth.wrote", dir, n[0], n[1], n[2],
                         profile ? profile : "city2008", n[3], (char *)NULL));
  vf_register_free(reg);
  return VT_EXIT_OK;
}
