/* Writing a parameter template (vf_params_write_template): every parameter in
 * force on a date, with empty sources, for a user to fill in from a new
 * circular or a municipal decision and load again (docs/parameters.md). */
#include "core/internal.h"
#include "core/outfile.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

/* The value as parameter files write it: kroner for money, n or n/d otherwise. */
static void value_text(const vf_param_value *v, char *buf, size_t size) {
  if (!v->known) snprintf(buf, size, "unknown");
  else if (v->unit >= VF_UNIT_NOK && v->unit <= VF_UNIT_NOK_PER_DAY) vf_money_format(v->num, buf, size);
  else if (v->den == 1) snprintf(buf, size, "%" PRId64, v->num);
  else snprintf(buf, size, "%" PRId64 "/%" PRId64, v->num, v->den);
}

vf_status vf_params_write_template(const vf_ctx *ctx, vf_date at, const char *path,
                                   vf_error *err) {
  if (!ctx || !path) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "ctx or path is NULL");
  if (!vf_date_valid(at)) return vfi_fail(err, VF_E_DATE, 0, "at", "at: invalid date");
  vfi_outfile o;
  char msg[VF_ERROR_MESSAGE_SIZE];
  if (vfi_outfile_open(&o, path, NULL, msg, sizeof msg))
    return vfi_fail(err, VF_E_IO, 0, "path", "%s", msg);
  FILE *f = o.f; /* every write is checked by the commit */
  char day[11], known[11] = "";
  vf_date_format(at, day, sizeof day);
  if (vf_ctx_as_known_on(ctx).year) vf_date_format(vf_ctx_as_known_on(ctx), known, sizeof known);
  fprintf(f, "# velferd parameter template: every parameter in force on %s (profile %s%s%s).\n"
             "# Each row applies from %s until the parameter's next row. Change the values from\n"
             "# the circular or decision, write a figure where the value is 'unknown', and fill\n"
             "# in the source of EVERY row you keep (circular, decision, URL): a row with an\n"
             "# empty source is refused when the file is loaded, naming its line. Delete the rows\n"
             "# you do not want to set. Load it with --params FILE or vf_ctx_load_params_file().\n"
             "name,valid_from,value,unit,source\n",
          day, vf_ctx_profile(ctx), *known ? ", as known on " : "", known, day);
  for (size_t i = 0, n = vf_param_count(ctx); i < n; i++) {
    const char *name = vf_param_name(ctx, i);
    vf_param_value v = {0};
    v.name = name;
    v.unit = VF_UNIT_NOK;
    v.valid_from = v.decided = at;
    v.source = "";
    /* the row in force on `at` (a gap row included); none before the first row */
    for (size_t j = 0, m = vf_param_entry_count(ctx, name); j < m; j++) {
      vf_param_value x;
      if (vf_param_entry(ctx, name, j, &x, NULL)) continue;
      if (j == 0) v.unit = x.unit;
      if (vf_date_cmp(x.valid_from, at) <= 0) v = x;
    }
    char value[64];
    value_text(&v, value, sizeof value);
    fprintf(f, "%s,%s,%s,%s,\n", name, day, value, vf_unit_name(v.unit));
  }
  if (vfi_outfile_commit(&o, msg, sizeof msg)) return vfi_fail(err, VF_E_IO, 0, "path", "%s", msg);
  return VF_OK;
}
