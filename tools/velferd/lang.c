/* The language of the tool's text output (--lang, or the locale): the texts
 * of data/labels (cli.csv for the tool's own headings) read once per run. The
 * library never reads the environment; the tool does, here. */
#include "cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static vf_labels *texts; /* the chosen language's texts: en or nb */

static void free_texts(void) { vf_labels_free(texts); }

/* The first of LC_ALL, LC_MESSAGES, LANG that is set and not empty, as POSIX
 * orders them. */
static const char *locale_lang(void) {
  static const char *const vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
  for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
    const char *v = getenv(vars[i]);
    if (v && *v) return vf_labels_language_of_locale(v);
  }
  return "en";
}

int vt_set_lang(const char *cmd, const char *lang) {
  if (texts) return -1; /* one language a run: the first --lang */
  vf_error e;
  if (vf_labels_new(&texts, lang ? lang : locale_lang(), &e)) {
    if (e.status == VF_E_NOMEM) return vt_report(cmd, &e);
    vt_errorf(cmd, "--lang: unknown language '%s' (one of: nb, en)", lang ? lang : "");
    return VT_EXIT_USAGE;
  }
  atexit(free_texts);
  return -1;
}

const vf_labels *vt_texts(void) {
  if (!texts && vt_set_lang("velferd", NULL) >= 0) return NULL;
  return texts;
}

const vf_labels *vt_labels(void) {
  const vf_labels *t = vt_texts();
  return t && strcmp(vf_labels_lang(t), "en") ? t : NULL;
}

const char *vt_text(const char *key) {
  const char *t = vf_labels_get(vt_texts(), key);
  return t ? t : key;
}

const char *vt_fill(char *buf, size_t size, const char *key, ...) {
  const char *args[9];
  size_t n = 0;
  va_list ap;
  va_start(ap, key);
  for (const char *a; n < 9 && (a = va_arg(ap, const char *)) != NULL;) args[n++] = a;
  va_end(ap);
  vf_labels_fill(vt_texts(), key, args, n, buf, size);
  return buf;
}

size_t vt_width(const char *s) {
  size_t n = 0;
  for (; *s; s++) n += ((unsigned char)*s & 0xC0) != 0x80;
  return n;
}

void vt_pad(FILE *f, const char *s, size_t w, int right) {
  size_t n = vt_width(s);
  if (!right) fputs(s, f);
  for (; n < w; n++) fputc(' ', f);
  if (right) fputs(s, f);
}
