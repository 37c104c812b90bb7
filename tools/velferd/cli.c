/* Option parsing, error printing and output helpers shared by the subcommands. */
#define _POSIX_C_SOURCE 200809L /* gmtime_r */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <stdarg.h>
#include <string.h>
#include <time.h>

vt_opt *vt_get(const vt_spec *spec, const char *name) {
  for (vt_opt *o = spec->opts; o && o->name; o++)
    if (!strcmp(o->name, name)) return o;
  return NULL;
}

static void print_help(const vt_spec *spec) {
  printf("Usage: velferd %s [OPTIONS]%s%s\n\n%s\n\nOptions:\n", spec->name,
         spec->args && *spec->args ? " " : "", spec->args ? spec->args : "", spec->about);
  for (const vt_opt *o = spec->opts; o && o->name; o++) {
    char left[64];
    if (o->short_name)
      snprintf(left, sizeof left, "-%c, --%s%s%s", o->short_name, o->name, o->arg ? " " : "",
               o->arg ? o->arg : "");
    else
      snprintf(left, sizeof left, "    --%s%s%s", o->name, o->arg ? " " : "", o->arg ? o->arg : "");
    printf("  %-26s %s\n", left, o->help);
  }
  printf("  %-26s %s\n", "-h, --help", "show this help and exit");
  printf("\nExit codes: 0 ok, 1 done with warnings, 2 bad command line or input,\n"
         "3 output not written. See velferd(1).\n");
}

static int usage_error(const vt_spec *spec, const char *fmt, const char *what) {
  fprintf(stderr, "velferd %s: ", spec->name);
  fprintf(stderr, fmt, what);
  fprintf(stderr, "\nTry 'velferd %s --help'.\n", spec->name);
  return VT_EXIT_USAGE;
}

static int set_opt(const vt_spec *spec, vt_opt *o, const char *value) {
  if (o->given && o->arg) return usage_error(spec, "option --%s given twice", o->name);
  o->given++;
  o->value = value;
  return -1;
}

int vt_parse(const vt_spec *spec, int argc, char **argv, char **pos, int *npos) {
  *npos = 0;
  int only_pos = 0;
  for (int i = 1; i < argc; i++) {
    char *a = argv[i];
    if (only_pos || a[0] != '-' || !strcmp(a, "-")) {
      if (*npos >= spec->max_pos || *npos >= VT_MAX_POS)
        return usage_error(spec, "unexpected argument '%s'", a);
      pos[(*npos)++] = a;
      continue;
    }
    if (!strcmp(a, "--")) {
      only_pos = 1;
      continue;
    }
    if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
      print_help(spec);
      return VT_EXIT_OK;
    }
    vt_opt *o = NULL;
    const char *inline_value = NULL;
    if (a[1] == '-') {
      const char *eq = strchr(a + 2, '=');
      size_t len = eq ? (size_t)(eq - (a + 2)) : strlen(a + 2);
      for (vt_opt *p = spec->opts; p && p->name; p++)
        if (strlen(p->name) == len && !strncmp(p->name, a + 2, len)) o = p;
      if (eq) inline_value = eq + 1;
    } else {
      for (vt_opt *p = spec->opts; p && p->name; p++)
        if (p->short_name && p->short_name == a[1]) o = p;
      if (o && a[2]) inline_value = a + 2; /* -oFILE */
    }
    if (!o) return usage_error(spec, "unknown option '%s'", a);
    if (!o->arg) {
      if (inline_value) return usage_error(spec, "option --%s takes no value", o->name);
      int r = set_opt(spec, o, "1");
      if (r >= 0) return r;
      continue;
    }
    if (!inline_value) {
      if (i + 1 >= argc) return usage_error(spec, "option --%s needs a value", o->name);
      inline_value = argv[++i];
    }
    int r = set_opt(spec, o, inline_value);
    if (r >= 0) return r;
  }
  if (*npos < spec->min_pos)
    return usage_error(spec, "missing argument: %s", spec->args);
  return -1;
}

void vt_errorf(const char *cmd, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "velferd %s: ", cmd);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
}

int vt_report(const char *cmd, const vf_error *e) {
  vt_errorf(cmd, "%s", e->message[0] ? e->message : vf_strerror(e->status));
  return e->status == VF_E_NOMEM ? VT_EXIT_FAIL : VT_EXIT_USAGE;
}

int vt_make_ctx(const vt_spec *spec, vf_ctx **out) {
  vt_opt *profile = vt_get(spec, "profile");
  vt_opt *params = vt_get(spec, "params");
  vf_error e;
  vf_ctx *ctx = NULL;
  if (vf_ctx_new(&ctx, profile && profile->value ? profile->value : NULL, &e)) {
    if (e.status == VF_E_NOT_FOUND) {
      vt_errorf(spec->name, "%s", e.message);
      fprintf(stderr, "Known profiles:");
      for (size_t i = 0; i < vf_profile_count(); i++) fprintf(stderr, " %s", vf_profile_name(i));
      fputc('\n', stderr);
      return VT_EXIT_USAGE;
    }
    return vt_report(spec->name, &e);
  }
  if (params && params->value && vf_ctx_load_params_file(ctx, params->value, &e)) {
    vf_ctx_free(ctx);
    return vt_report(spec->name, &e);
  }
  vt_opt *known = vt_get(spec, "as-known-on");
  if (known && known->value) {
    vf_date on;
    int rc = vt_parse_date(spec->name, "as-known-on", known->value, &on);
    if (rc >= 0 || vf_ctx_set_as_known_on(ctx, on, &e)) {
      vf_ctx_free(ctx);
      return rc >= 0 ? rc : vt_report(spec->name, &e);
    }
  }
  *out = ctx;
  return -1;
}

int vt_parse_date(const char *cmd, const char *opt, const char *text, vf_date *out) {
  vf_error e;
  if (vf_date_parse(text, out, &e) == VF_OK) return -1;
  vt_errorf(cmd, "--%s: %s", opt, e.message);
  return VT_EXIT_USAGE;
}

vf_date vt_today(void) {
  time_t t = time(NULL);
  struct tm tm;
#if defined(_WIN32)
  gmtime_s(&tm, &t);
#else
  gmtime_r(&t, &tm);
#endif
  return (vf_date){tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

int vt_choice(const char *cmd, const char *opt, const char *value, const char *const *names) {
  for (int i = 0; names[i]; i++)
    if (!strcmp(value, names[i])) return i;
  fprintf(stderr, "velferd %s: --%s: unknown value '%s' (one of:", cmd, opt, value);
  for (int i = 0; names[i]; i++) fprintf(stderr, " %s", names[i]);
  fprintf(stderr, ")\n");
  return -1;
}

FILE *vt_open_out(const char *cmd, const char *path) {
  if (!path || !strcmp(path, "-")) return stdout;
  FILE *f = fopen(path, "wb");
  if (!f) vt_errorf(cmd, "%s: cannot write: %s", path, strerror(errno));
  return f;
}

int vt_close_out(const char *cmd, FILE *f, const char *path) {
  int bad = ferror(f) != 0;
  if (f == stdout)
    bad |= fflush(f) != 0;
  else
    bad |= fclose(f) != 0;
  if (!bad) return VT_EXIT_OK;
  vt_errorf(cmd, "%s: write failed: %s", path && strcmp(path, "-") ? path : "standard output",
            strerror(errno));
  return VT_EXIT_FAIL;
}

void vt_json_string(FILE *f, const char *s) {
  fputc('"', f);
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    switch (*p) {
      case '"': fputs("\\\"", f); break;
      case '\\': fputs("\\\\", f); break;
      case '\n': fputs("\\n", f); break;
      case '\r': fputs("\\r", f); break;
      case '\t': fputs("\\t", f); break;
      default:
        if (*p < 0x20)
          fprintf(f, "\\u%04x", *p);
        else
          fputc(*p, f);
    }
  }
  fputc('"', f);
}

void vt_csv_field(FILE *f, const char *s) {
  if (!strpbrk(s, ",\"\r\n")) {
    fputs(s, f);
    return;
  }
  fputc('"', f);
  for (; *s; s++) {
    if (*s == '"') fputc('"', f);
    fputc(*s, f);
  }
  fputc('"', f);
}

char *vt_strdup(const char *s) {
  size_t n = strlen(s) + 1;
  char *p = malloc(n);
  if (p) memcpy(p, s, n);
  return p;
}
