/* velferd params: the parameters in force on a date, with their sources. */
#include "cli.h"
#include "params_coverage.h"

#include <inttypes.h>
#include <string.h>

static vt_opt opts[] = {
  {"at", 0, "DATE", NULL, 0},
  {"history", 0, NULL, NULL, 0},
  VT_OPT_FORMAT,
  VT_OPT_PROFILE,
  VT_OPT_PARAMS,
  VT_OPT_AS_KNOWN_ON,
  VT_OPT_PROJECTION,
  VT_OPT_OUTPUT,
  VT_OPT_END};

static const vt_spec spec = {
  "params", "[NAME...] | coverage | template",
  opts, 0, VT_MAX_POS};

enum { TEXT, CSV, JSON };
static const char *const formats[] = {"text", "csv", "json", NULL};

/* The value as written in parameter files: kroner for money, n or n/d otherwise. */
static void value_text(const vf_param_value *v, char *buf, size_t size) {
  if (!v->known)
    snprintf(buf, size, "unknown");
  else if (v->unit >= VF_UNIT_NOK && v->unit <= VF_UNIT_NOK_PER_DAY)
    vf_money_format(v->num, buf, size);
  else if (v->den == 1)
    snprintf(buf, size, "%" PRId64, v->num);
  else
    snprintf(buf, size, "%" PRId64 "/%" PRId64, v->num, v->den);
}

typedef struct out {
  FILE *f;
  int format;
  int rows;
} out;

/* Shown for a gap in the text listing and as the JSON "note". */
#define GAP_NOTE "gap, see data/params/README.md"

static void emit(out *o, const vf_param_value *v) {
  char value[96], from[16], decided[16] = "";
  value_text(v, value, sizeof value);
  if (o->format == TEXT && v->known && v->unit >= VF_UNIT_NOK && v->unit <= VF_UNIT_NOK_PER_DAY)
    vf_format_fixed(vt_labels(), v->num, 2, 0, value, sizeof value); /* as the language writes it */
  if (!v->known && o->format == TEXT) snprintf(value, sizeof value, "%s", vt_text("params.gap"));
  vf_date_format(v->valid_from, from, sizeof from);
  /* the decided date only where it differs from valid_from (docs/parameters.md) */
  if (v->decided.year && vf_date_cmp(v->decided, v->valid_from) != 0)
    vf_date_format(v->decided, decided, sizeof decided);
  const char *unit = vf_unit_name(v->unit);
  char how[512]; /* a projected value: how it was made (never silent) */
  vf_param_projection_text(v, how, sizeof how);
  if (v->projected) decided[0] = '\0';
  switch (o->format) {
    case TEXT:
      fprintf(o->f, "%-32s %14s  %-13s  %s %s%s%s%s%s\n    %s %s\n", v->name, value, unit,
              vt_text("params.from"), from, *decided ? vt_text("params.decided") : "",
              *decided ? " " : "", decided, v->projected ? vt_text("params.projected_mark") : "",
              vt_text("params.source"), v->source);
      if (v->projected) fprintf(o->f, "    %s %s\n", vt_text("params.projection"), how);
      break;
    case CSV: /* a projected row says so in its source, should it be loaded again */
      fprintf(o->f, "%s,%s,%s,%s,", v->name, from, value, unit);
      if (v->projected) {
        char src[1024];
        snprintf(src, sizeof src, "%s: %s", v->source, how);
        vt_csv_field(o->f, src);
      } else {
        vt_csv_field(o->f, v->source);
      }
      fprintf(o->f, ",%s\n", decided);
      break;
    case JSON:
      fprintf(o->f, "%s\n    {\"name\": ", o->rows ? "," : "");
      vt_json_string(o->f, v->name);
      fprintf(o->f, ", \"value\": \"%s\", \"num\": %" PRId64 ", \"den\": %" PRId64
                    ", \"unit\": \"%s\", \"valid_from\": \"%s\", \"decided\": \"%s\", \"known\": %s, "
                    "\"source\": ", value, v->num, v->den, unit, from, *decided ? decided : from,
              v->known ? "true" : "false");
      vt_json_string(o->f, v->source);
      fprintf(o->f, ", \"projected\": %s", v->projected ? "true" : "false");
      if (v->projected) {
        char pf[11];
        vf_date_format(v->projected_from, pf, sizeof pf);
        fprintf(o->f, ", \"projection\": {\"method\": \"%s\", \"from_valid_from\": \"%s\", "
                "\"from_num\": %" PRId64 ", \"factor_num\": %" PRId64 ", \"factor_den\": %" PRId64
                ", \"steps\": %d, \"round_to_ore\": %" PRId64 ", \"text\": ",
                v->projection == VF_PROJECTION_G ? "g" : v->projection == VF_PROJECTION_PERCENT
                ? "percent" : "index", pf, v->projected_base, v->projection_num, v->projection_den,
                v->projection_steps, v->projection_round_to);
        vt_json_string(o->f, how);
        fputc('}', o->f);
      }
      if (!v->known) fprintf(o->f, ", \"note\": \"" GAP_NOTE "\"");
      fputc('}', o->f);
      break;
  }
  o->rows++;
}

/* The entry of `name` in force on `at` (a gap row included); 0 if `at` is
 * before its first entry. */
static int entry_at(const vf_ctx *ctx, const char *name, vf_date at, vf_param_value *v) {
  int found = 0;
  vf_param_value x;
  for (size_t i = 0, n = vf_param_entry_count(ctx, name); i < n; i++)
    if (vf_param_entry(ctx, name, i, &x, NULL) == VF_OK && vf_date_cmp(x.valid_from, at) <= 0) {
      *v = x;
      found = 1;
    }
  return found;
}

/* Emits parameter `name`; returns 0, or 1 if it has no value on the date. In
 * a listing (`listing`) a documented gap is a row, not a failure. */
static int show(out *o, const vf_ctx *ctx, const char *name, vf_date at, int history, int listing) {
  vf_error e;
  vf_param_value v;
  if (history) {
    size_t n = vf_param_entry_count(ctx, name);
    for (size_t i = 0; i < n; i++)
      if (vf_param_entry(ctx, name, i, &v, &e) == VF_OK) emit(o, &v);
    return 0;
  }
  if (vf_param_get(ctx, name, at, &v, &e) == VF_OK) {
    emit(o, &v);
    return 0;
  }
  int gap = e.status == VF_E_NO_VALUE && entry_at(ctx, name, at, &v) && !v.known;
  if (gap && listing) {
    emit(o, &v);
    return 0;
  }
  vt_errorf("params", "%s%s", e.message, gap ? " [a documented gap: see data/params/README.md]" : "");
  return 1;
}

int cmd_params(int argc, char **argv) {
  char *pos[VT_MAX_POS];
  int npos, rc = vt_parse(&spec, argc, argv, pos, &npos);
  if (rc >= 0) return rc;
  vf_date at = vt_today();
  vt_opt *o_at = vt_get(&spec, "at"), *o_fmt = vt_get(&spec, "format");
  if (o_at->value && (rc = vt_parse_date("params", "at", o_at->value, &at)) >= 0) return rc;
  int format = o_fmt->value ? vt_choice("params", "format", o_fmt->value, formats) : TEXT;
  if (format < 0) return VT_EXIT_USAGE;
  int history = vt_get(&spec, "history")->given;

  int coverage = npos >= 1 && !strcmp(pos[0], "coverage");
  int tmpl = npos >= 1 && !strcmp(pos[0], "template");
  if ((coverage || tmpl) && npos > 1) {
    vt_errorf("params", "%s takes no parameter names", pos[0]);
    return VT_EXIT_USAGE;
  }
  if ((coverage && format == CSV) || (tmpl && (o_fmt->value || history))) {
    vt_errorf("params", "%s: --format %s%s is not available", pos[0],
              o_fmt->value ? o_fmt->value : "", history ? " / --history" : "");
    return VT_EXIT_USAGE;
  }
  if (tmpl && (!o_at->value || !vt_get(&spec, "output")->value)) {
    vt_errorf("params", "template needs --at DATE and -o FILE");
    return VT_EXIT_USAGE;
  }
  vf_ctx *ctx = NULL;
  if ((rc = vt_make_ctx(&spec, &ctx)) >= 0) return rc;
  if (tmpl) {
    vf_error e;
    rc = VT_EXIT_OK;
    if (vf_params_write_template(ctx, at, vt_get(&spec, "output")->value, &e)) {
      rc = vt_report("params", &e);
      if (e.status == VF_E_IO) rc = VT_EXIT_FAIL; /* output not written (the old file stays) */
    }
    vf_ctx_free(ctx);
    return rc;
  }
  if (coverage) {
    const char *path = vt_get(&spec, "output")->value;
    vt_out vo;
    if (vt_open_out("params", path, &vo) >= 0) {
      vf_ctx_free(ctx);
      return VT_EXIT_FAIL;
    }
    rc = vt_params_coverage(ctx, format == JSON, vo.f);
    vf_ctx_free(ctx);
    if (rc) {
      vt_discard_out(&vo);
      return rc;
    }
    return vt_close_out("params", &vo);
  }
  /* Unknown names are a usage error, found before any output is written. */
  for (int i = 0; i < npos; i++)
    if (vf_param_entry_count(ctx, pos[i]) == 0) {
      vt_errorf("params", "unknown parameter '%s' (velferd params --history lists them all)",
                pos[i]);
      vf_ctx_free(ctx);
      return VT_EXIT_USAGE;
    }
  const char *path = vt_get(&spec, "output")->value;
  vt_out vo;
  out o = {NULL, format, 0};
  if (vt_open_out("params", path, &vo) >= 0) {
    vf_ctx_free(ctx);
    return VT_EXIT_FAIL;
  }
  o.f = vo.f;
  char day[16];
  vf_date_format(at, day, sizeof day);
  char known[16] = "";
  if (vf_ctx_as_known_on(ctx).year) vf_date_format(vf_ctx_as_known_on(ctx), known, sizeof known);
  const char *proj = vf_ctx_projection(ctx);
  if (format == TEXT) {
    char line[768], as_known[320] = "", projected[160] = "";
    if (*known) vt_fill(as_known, sizeof as_known, "params.as_known_on", known, (char *)NULL);
    if (*proj) vt_fill(projected, sizeof projected, "params.projected_by", proj, (char *)NULL);
    strncat(as_known, projected, sizeof as_known - strlen(as_known) - 1);
    fprintf(o.f, "%s\n\n", vt_fill(line, sizeof line, history ? "params.title_history" : "params.title",
                                    day, vf_ctx_profile(ctx), vf_ctx_params_id(ctx), as_known,
                                    (char *)NULL));
  }
  if (format == CSV) fprintf(o.f, "name,valid_from,value,unit,source,decided\n");
  if (format == JSON) {
    fprintf(o.f, "{\"profile\": ");
    vt_json_string(o.f, vf_ctx_profile(ctx));
    fprintf(o.f, ", \"params_id\": \"%s\", \"as_known_on\": ", vf_ctx_params_id(ctx));
    if (*known) fprintf(o.f, "\"%s\"", known); else fprintf(o.f, "null");
    fprintf(o.f, ", \"projection\": ");
    if (*proj) vt_json_string(o.f, proj); else fprintf(o.f, "null");
    fprintf(o.f, ", \"date\": ");
    if (history)
      fprintf(o.f, "null");
    else
      fprintf(o.f, "\"%s\"", day);
    fprintf(o.f, ", \"parameters\": [");
  }
  int missing = 0;
  if (npos)
    for (int i = 0; i < npos; i++) missing += show(&o, ctx, pos[i], at, history, 0);
  else
    for (size_t i = 0; i < vf_param_count(ctx); i++)
      missing += show(&o, ctx, vf_param_name(ctx, i), at, history, 1);
  if (format == JSON) fprintf(o.f, "\n]}\n");
  vf_ctx_free(ctx);
  rc = vt_close_out("params", &vo);
  if (rc) return rc;
  return missing ? VT_EXIT_PARTIAL : VT_EXIT_OK;
}
