/* Option parsing, error printing and output helpers shared by the subcommands. */
#define _POSIX_C_SOURCE 200809L /* gmtime_r */
#include "cli.h"

#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <stdarg.h>
#include <string.h>
#include <time.h>

vt_opt *vt_get(const vt_spec *spec, const char *name) {
  for (vt_opt *o = spec->opts; o && o->name; o++)
    if (!strcmp(o->name, name)) return o;
  return NULL;
}

/* --show-ids (any command): ids in full in tables and in the tool's own
 * messages; without it every possible fødselsnummer is masked (vf_mask_ids).
 * The library's messages are masked either way (docs/robustness.md). */
static int show_ids;

const char *vt_id(const char *id, char *buf, size_t size) {
  return show_ids ? id : vf_mask_ids(id, buf, size);
}

/* The usage text of key help.<command>.<what> (the command's name with '.' for
 * a space), else help.opt.<what> (an option several commands share); the first
 * key itself (in @p key, 96 bytes) if neither exists, which cli_test_lang
 * catches. The texts are data: data/labels/help.csv. */
static const char *help_text(const char *cmd, const char *what, char *key) {
  char shared[96];
  int n = snprintf(key, 96, "help.%s.%s", cmd, what);
  for (int i = 5; i < n && i < 96 && key[i]; i++)
    if (key[i] == ' ') key[i] = '.';
  const char *t = vf_labels_get(vt_texts(), key);
  if (!t && snprintf(shared, sizeof shared, "help.opt.%s", what) > 0) t = vf_labels_get(vt_texts(), shared);
  return t ? t : key;
}

const char *vt_help_words(const char *text, char *buf, size_t size) {
  size_t o = 0;
  for (const char *p = text; *p && o + 1 < size;) {
    size_t w = 0;
    while ((p[w] >= 'A' && p[w] <= 'Z') || (w && p[w] >= '0' && p[w] <= '9')) w++;
    if (!w) {
      buf[o++] = *p++;
      continue;
    }
    char key[48];
    const char *t = NULL;
    if (w < sizeof key - 10) {
      snprintf(key, sizeof key, "help.arg.%.*s", (int)w, p);
      t = vf_labels_get(vt_texts(), key);
    }
    o += (size_t)snprintf(buf + o, size - o, "%.*s", t ? (int)strlen(t) : (int)w, t ? t : p);
    if (o >= size) o = size - 1;
    p += w;
  }
  buf[o < size ? o : size - 1] = '\0';
  return buf;
}

static void print_help(const vt_spec *spec) {
  char args[128], arg[64], key[96];
  vt_help_words(spec->args ? spec->args : "", args, sizeof args);
  printf("%s velferd %s [%s]%s%s\n\n%s\n\n%s\n", vt_text("cli.usage"), spec->name,
         vt_text("cli.options_word"), *args ? " " : "", args,
         help_text(spec->name, "about", key), vt_text("cli.options"));
  for (const vt_opt *o = spec->opts; o && o->name; o++) {
    char left[96];
    vt_help_words(o->arg ? o->arg : "", arg, sizeof arg);
    if (o->short_name)
      snprintf(left, sizeof left, "-%c, --%s%s%s", o->short_name, o->name, o->arg ? " " : "", arg);
    else
      snprintf(left, sizeof left, "    --%s%s%s", o->name, o->arg ? " " : "", arg);
    fputs("  ", stdout);
    vt_pad(stdout, left, 26, 0); /* by letters: ÅÅÅÅ is four wide */
    printf(" %s\n", help_text(spec->name, o->name, key));
  }
  vt_help_words("LANG", arg, sizeof arg);
  char lang[80];
  snprintf(lang, sizeof lang, "    --lang %s", arg);
  printf("  %-26s %s\n", "    --show-ids", vt_text("cli.opt.show_ids"));
  fputs("  ", stdout);
  vt_pad(stdout, lang, 26, 0);
  printf(" %s\n", vt_text("cli.opt.lang"));
  printf("  %-26s %s\n", "-h, --help", vt_text("cli.opt.help"));
  printf("\n%s\n", vt_text("cli.exit_codes"));
}

static int usage_error(const vt_spec *spec, const char *fmt, const char *what) {
  vt_errorf(spec->name, fmt, what);
  fprintf(stderr, "Try 'velferd %s --help'.\n", spec->name);
  return VT_EXIT_USAGE;
}

static int set_opt(const vt_spec *spec, vt_opt *o, const char *value) {
  /* an option whose placeholder ends in "..." may be repeated (vt_values) */
  size_t al = o->arg ? strlen(o->arg) : 0;
  if (o->given && o->arg && !(al > 3 && !strcmp(o->arg + al - 3, "...")))
    return usage_error(spec, "option --%s given twice", o->name);
  o->given++;
  o->value = value;
  return -1;
}

static int check_outputs(const vt_spec *spec, char **pos, int npos);

int vt_parse(const vt_spec *spec, int argc, char **argv, char **pos, int *npos) {
  *npos = 0;
  int only_pos = 0;
  /* --lang first, so that --help and every message after it are in that language */
  const char *lang = NULL;
  for (int i = 1; i < argc && strcmp(argv[i], "--"); i++) {
    if (!strncmp(argv[i], "--lang=", 7)) lang = argv[i] + 7;
    else if (!strcmp(argv[i], "--lang")) {
      if (i + 1 >= argc) return usage_error(spec, "option --%s needs a value", "lang");
      lang = argv[++i];
    }
  }
  int lrc = vt_set_lang(spec->name, lang);
  if (lrc >= 0) return lrc;
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
    if (!strcmp(a, "--show-ids")) {
      show_ids = 1;
      continue;
    }
    if (!strncmp(a, "--lang=", 7)) continue; /* read above */
    if (!strcmp(a, "--lang")) {
      i++;
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
  return check_outputs(spec, pos, *npos);
}

int vt_values(const char *name, int argc, char **argv, const char **out, int max) {
  size_t len = strlen(name);
  int n = 0;
  for (int i = 1; i < argc && n < max; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--")) break;
    if (strncmp(a, "--", 2) || strncmp(a + 2, name, len)) continue;
    if (a[2 + len] == '=') out[n++] = a + 3 + len;
    else if (!a[2 + len] && i + 1 < argc) out[n++] = argv[++i];
  }
  return n;
}

void vt_errorf(const char *cmd, const char *fmt, ...) {
  char m[4096];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(m, sizeof m, fmt, ap);
  va_end(ap);
  fprintf(stderr, "velferd %s: %s\n", cmd, vt_id(m, m, sizeof m));
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
  vt_opt *proj = vt_get(spec, "projection");
  if (proj && proj->value) {
    vf_projection_method m;
    int64_t hundredths = 0;
    int rc = vt_parse_projection(spec->name, proj->value, &m, &hundredths);
    if (rc >= 0 || vf_ctx_set_projection(ctx, m, hundredths, proj->value, &e)) {
      vf_ctx_free(ctx);
      return rc >= 0 ? rc : vt_report(spec->name, &e);
    }
  }
  *out = ctx;
  return -1;
}

int vt_parse_projection(const char *cmd, const char *text, vf_projection_method *method,
                        int64_t *hundredths) {
  size_t n = strlen(text);
  *hundredths = 0;
  if (!strcmp(text, "g")) {
    *method = VF_PROJECTION_G;
    return -1;
  }
  if (n == 0 || text[n - 1] != '%') {
    *method = VF_PROJECTION_INDEX; /* a file */
    return -1;
  }
  /* [-]D[.D[D]]% as hundredths of a percent */
  const char *p = text;
  int neg = *p == '-', digits = 0, dec = -1;
  int64_t v = 0;
  if (neg || *p == '+') p++;
  for (; p < text + n - 1; p++) {
    if (*p >= '0' && *p <= '9' && dec < 2 && v < 100000000) {
      v = v * 10 + (*p - '0');
      digits++;
      if (dec >= 0) dec++;
    } else if (*p == '.' && dec < 0 && digits) {
      dec = 0;
    } else {
      digits = 0;
      break;
    }
  }
  if (!digits || dec == 0) {
    vt_errorf(cmd, "--projection: '%s' is not g, a percentage a year (3%%, 2.75%%) or an index "
              "file", text);
    return VT_EXIT_USAGE;
  }
  for (int k = dec < 0 ? 0 : dec; k < 2; k++) v *= 10;
  *method = VF_PROJECTION_PERCENT;
  *hundredths = neg ? -v : v;
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

static int is_stdout(const char *path) { return !path || !strcmp(path, "-"); }

int vt_open_out(const char *cmd, const char *path, vt_out *o) {
  memset(o, 0, sizeof *o);
  o->path = path;
  if (is_stdout(path)) {
    o->f = stdout;
    return -1;
  }
  char msg[512];
  if (vfi_outfile_open(&o->file, path, NULL, msg, sizeof msg)) {
    vt_errorf(cmd, "%s", msg);
    return VT_EXIT_FAIL;
  }
  o->f = o->file.f;
  return -1;
}

int vt_close_out(const char *cmd, vt_out *o) {
  if (is_stdout(o->path)) {
    int bad = ferror(stdout) != 0;
    errno = 0;
    bad |= fflush(stdout) != 0;
    if (!bad) return VT_EXIT_OK;
    vt_errorf(cmd, "standard output: write failed%s%s", errno ? ": " : "",
              errno ? strerror(errno) : "");
    return VT_EXIT_FAIL;
  }
  char msg[512];
  if (!vfi_outfile_commit(&o->file, msg, sizeof msg)) return VT_EXIT_OK;
  vt_errorf(cmd, "%s", msg);
  return VT_EXIT_FAIL;
}

void vt_discard_out(vt_out *o) {
  if (is_stdout(o->path))
    fflush(stdout);
  else
    vfi_outfile_abort(&o->file);
}

int vt_parse_num(const char *cmd, const char *opt, const char *text, uint64_t min, uint64_t max,
                 uint64_t *out) {
  int ok = text[0] != '\0';
  for (const char *p = text; *p && ok; p++) ok = *p >= '0' && *p <= '9'; /* no sign, no space */
  if (ok) {
    errno = 0;
    unsigned long long v = strtoull(text, NULL, 10);
    if (errno != ERANGE && v >= min && v <= max) {
      *out = v;
      return -1;
    }
  }
  vt_errorf(cmd, "--%s: '%s' is not a whole number in %" PRIu64 "..%" PRIu64, opt, text, min, max);
  return VT_EXIT_USAGE;
}

/* ---- outputs that are inputs ---- */

static const char *const input_opts[] = {"params", "projection", "population", "compare", "scenario", "client", NULL};
static const char *const output_opts[] = {"output", "clients", NULL};
static const char *const register_files[] = {"clients.csv", "payments.csv", "population.csv", NULL};

/* 1 if writing `out` would replace input `in`: the same file, or for a
 * register directory `in`, one of its files (also one it may read later). */
static int clobbers(const char *out, const char *in, char *what, size_t size) {
  snprintf(what, size, "%s", in);
  if (vfi_same_file(out, in)) return 1;
  if (vfi_dir_entries(in) < 0) return 0; /* not a directory */
  const char *slash = strrchr(out, '/');
  const char *base = slash ? slash + 1 : out;
  char parent[4096];
  if (slash)
    snprintf(parent, sizeof parent, "%.*s", (int)(slash - out > 0 ? slash - out : 1), out);
  else
    snprintf(parent, sizeof parent, ".");
  for (int i = 0; register_files[i]; i++) {
    snprintf(what, size, "%s/%s", in, register_files[i]);
    if (vfi_same_file(out, what) || (!strcmp(base, register_files[i]) && vfi_same_file(parent, in)))
      return 1;
  }
  return 0;
}

static int check_outputs(const vt_spec *spec, char **pos, int npos) {
  for (int i = 0; output_opts[i]; i++) {
    const vt_opt *o = vt_get(spec, output_opts[i]);
    if (!o || is_stdout(o->value)) continue;
    char what[4096 + 32];
    int bad = 0;
    /* Positional arguments are input files, but for params' NAMEs and kostra check's FORM. */
    int first = !strcmp(spec->name, "params") ? npos : !strcmp(spec->name, "kostra check") ? 1 : 0;
    for (int k = first; k < npos && !bad; k++) bad = clobbers(o->value, pos[k], what, sizeof what);
    for (int k = 0; input_opts[k] && !bad; k++) {
      const vt_opt *in = vt_get(spec, input_opts[k]);
      if (in && in->value) bad = clobbers(o->value, in->value, what, sizeof what);
    }
    for (int k = 0; output_opts[k] && !bad; k++) {
      const vt_opt *other = vt_get(spec, output_opts[k]);
      if (k != i && other && other->value && !is_stdout(other->value) &&
          (!strcmp(other->value, o->value) || vfi_same_file(other->value, o->value))) {
        vt_errorf(spec->name, "--%s and --%s are the same file '%s'", output_opts[i], output_opts[k],
                  o->value);
        return VT_EXIT_FAIL;
      }
    }
    if (bad) {
      vt_errorf(spec->name, "--%s '%s' would overwrite the input '%s'; choose another output",
                output_opts[i], o->value, what);
      return VT_EXIT_FAIL;
    }
  }
  return -1;
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

int vt_utf8_valid(const char *s) {
  const unsigned char *p = (const unsigned char *)s;
  while (*p) {
    unsigned c = *p++;
    if (c < 0x80) continue;
    int n = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
    if (n < 0) return 0;
    unsigned lo = 0x80, hi = 0xBF; /* the second byte's range rules out overlongs, surrogates, > U+10FFFF */
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
    for (int i = 0; i < n; i++, p++) {
      if (*p < (i ? 0x80 : lo) || *p > (i ? 0xBF : hi)) return 0;
    }
  }
  return 1;
}
