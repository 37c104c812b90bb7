/* Labels per language: the data/labels tables (compiled in) and files of the
 * same format, read into one sorted key -> text array per vf_labels. */
#include "core/embedded.h"
#include "parse/csv.h"
#include "velferd/labels.h"
#include "lang/labels_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct entry {
  char *key, *text;
} entry;

struct vf_labels {
  char lang[8];
  entry *e;
  size_t n, cap;
  bool sorted;
};

static int entry_cmp(const void *a, const void *b) {
  return strcmp(((const entry *)a)->key, ((const entry *)b)->key);
}

static entry *find(const vf_labels *l, const char *key) {
  entry probe = {(char *)key, NULL};
  return l->n ? bsearch(&probe, l->e, l->n, sizeof *l->e, entry_cmp) : NULL;
}

/* Sets key to text; a later table or file replaces an earlier text. */
static vf_status put(vf_labels *l, const char *key, const char *text, vf_error *err) {
  entry *old = l->sorted ? find(l, key) : NULL;
  if (!old)
    for (size_t i = 0; !l->sorted && i < l->n; i++)
      if (!strcmp(l->e[i].key, key)) { old = &l->e[i]; break; }
  if (old) {
    char *t = vfi_strdup(text);
    if (!t) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
    free(old->text);
    old->text = t;
    return VF_OK;
  }
  if (l->n == l->cap) {
    size_t cap = l->cap ? 2 * l->cap : 256;
    entry *e = realloc(l->e, cap * sizeof *e);
    if (!e) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
    l->e = e;
    l->cap = cap;
  }
  entry *e = &l->e[l->n];
  e->key = vfi_strdup(key);
  e->text = vfi_strdup(text);
  if (!e->key || !e->text) {
    free(e->key);
    free(e->text);
    return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  }
  l->n++;
  l->sorted = false;
  return VF_OK;
}

/* A record is one line (parse/csv.h), so a line break inside a text is
 * written "\n" in the tables, and a backslash "\\"; undone on the copy kept. */
void vfi_labels_unescape(char *s) {
  char *w = s;
  for (; *s; s++) {
    if (*s == '\\' && (s[1] == 'n' || s[1] == '\\')) *w++ = *++s == 'n' ? '\n' : '\\';
    else *w++ = *s;
  }
  *w = 0;
}

/* Reads one table; its header names the languages (the columns between
 * "key" and "source"); a table without the labels' language names those it has. */
static vf_status read_table(vf_labels *l, const char *text, size_t len, const char *name,
                            vf_error *err) {
  vf_error local;
  if (!err) err = &local; /* the reader's status is read back from it */
  vfi_csv r;
  vfi_csv_init(&r, text, len, name, true);
  vf_status st = VF_OK;
  int rc = vfi_csv_next(&r, err);
  if (rc < 0) { st = err->status; goto done; }
  if (rc == 0 || r.nfields < 3 || strcmp(r.fields[0], "key") ||
      strcmp(r.fields[r.nfields - 1], "source")) {
    st = vfi_fail(err, VF_E_PARSE, 1, "header",
                  "%s:1: header: expected key,<languages>,source", name);
    goto done;
  }
  size_t col = 0, ncols = r.nfields;
  char langs[128] = "";
  for (size_t i = 1; i + 1 < ncols; i++) {
    if (!strcmp(r.fields[i], l->lang)) col = i;
    if (strlen(langs) + strlen(r.fields[i]) + 3 < sizeof langs) {
      if (*langs) strcat(langs, ", ");
      strcat(langs, r.fields[i]);
    }
  }
  if (!col) {
    st = vfi_fail(err, VF_E_NOT_FOUND, 1, "header", "%s:1: no texts in language '%s' (there are: %s)",
                  name, l->lang, langs);
    goto done;
  }
  while ((rc = vfi_csv_next(&r, err)) > 0) {
    if (r.nfields != ncols) {
      st = vfi_fail(err, VF_E_PARSE, r.line, "", "%s:%d: %zu fields, the header has %zu", name,
                    r.line, r.nfields, ncols);
      goto done;
    }
    if (!*r.fields[0]) {
      st = vfi_fail(err, VF_E_PARSE, r.line, "key", "%s:%d: key: empty", name, r.line);
      goto done;
    }
    if (!vfi_utf8_valid(r.fields[col], strlen(r.fields[col]))) {
      st = vfi_fail(err, VF_E_PARSE, r.line, l->lang, "%s:%d: %s: not valid UTF-8", name, r.line,
                    l->lang);
      goto done;
    }
    char *t = vfi_strdup(r.fields[col]);
    if (!t) { st = vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory"); goto done; }
    vfi_labels_unescape(t);
    st = put(l, r.fields[0], t, err);
    free(t);
    if (st != VF_OK) goto done;
  }
  if (rc < 0) st = err->status;
done:
  vfi_csv_free(&r);
  return st;
}

static void sort(vf_labels *l) {
  qsort(l->e, l->n, sizeof *l->e, entry_cmp);
  l->sorted = true;
}

const char *vf_labels_language_of_locale(const char *loc) {
  if (!loc) return "en";
  /* "nb_NO.UTF-8", "nn_NO", "no_NO@euro", "nb", "no": the part before _ . @ */
  size_t n = strcspn(loc, "_.@");
  if (n == 2 && (!strncmp(loc, "nb", 2) || !strncmp(loc, "nn", 2) || !strncmp(loc, "no", 2)))
    return "nb";
  return "en";
}

vf_status vf_labels_new(vf_labels **out, const char *lang, vf_error *err) {
  if (!out || !lang) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "out or lang is NULL");
  /* "nb_NO.UTF-8" -> "nb"; nynorsk and "no" read the bokmål texts. */
  size_t n = strcspn(lang, "_.@");
  char code[8];
  if (n == 0 || n >= sizeof code)
    return vfi_fail(err, VF_E_NOT_FOUND, 0, "lang", "lang: no texts in language '%.20s'", lang);
  memcpy(code, lang, n);
  code[n] = 0;
  if (!strcmp(code, "nn") || !strcmp(code, "no")) strcpy(code, "nb");
  vf_labels *l = calloc(1, sizeof *l);
  if (!l) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  strcpy(l->lang, code);
  for (size_t i = 0; i < vfi_label_file_count; i++) {
    vf_status st = read_table(l, vfi_label_files[i].data, vfi_label_files[i].len,
                              vfi_label_files[i].name, err);
    if (st != VF_OK) { vf_labels_free(l); return st; }
  }
  sort(l);
  *out = l;
  return VF_OK;
}

vf_status vf_labels_load(vf_labels *l, const char *path, vf_error *err) {
  if (!l || !path) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "labels or path is NULL");
  char *text;
  size_t len;
  vf_status st = vfi_read_file(path, &text, &len, err);
  if (st != VF_OK) return st;
  st = read_table(l, text, len, path, err);
  free(text);
  sort(l); /* sorted again even after a failure: the entries read so far stay usable */
  return st;
}

void vf_labels_free(vf_labels *l) {
  if (!l) return;
  for (size_t i = 0; i < l->n; i++) {
    free(l->e[i].key);
    free(l->e[i].text);
  }
  free(l->e);
  free(l);
}

const char *vf_labels_lang(const vf_labels *l) { return l ? l->lang : NULL; }

const char *vf_labels_get(const vf_labels *l, const char *key) {
  if (!l || !key) return NULL;
  entry *e = find(l, key);
  return e ? e->text : NULL;
}

const char *vf_labels_code(const vf_labels *l, vf_code_list list, int value) {
  const char *ln = vf_code_list_name(list), *cn = vf_code_name(list, value);
  if (!l || !ln || !cn) return NULL;
  char key[96];
  snprintf(key, sizeof key, "code.%s.%s", ln, cn);
  return vf_labels_get(l, key);
}

size_t vf_labels_fill(const vf_labels *l, const char *key, const char *const *args, size_t nargs,
                      char *buf, size_t size) {
  const char *t = vf_labels_get(l, key);
  return vfi_labels_fill_text(t ? t : key, args, nargs, buf, size);
}

size_t vfi_labels_fill_text(const char *t, const char *const *args, size_t nargs, char *buf,
                            size_t size) {
  if (!t) t = "";
  size_t len = 0, next = 0;
  if (!buf) size = 0;
#define EMIT(c)                                \
  do {                                         \
    if (len + 1 < size) buf[len] = (c);        \
    len++;                                     \
  } while (0)
  for (const char *p = t; *p; p++) {
    size_t arg = (size_t)-1, skip = 0;
    if (p[0] == '{' && p[1] == '}') { arg = next; skip = 1; }
    else if (p[0] == '{' && p[1] >= '1' && p[1] <= '9' && p[2] == '}') {
      arg = (size_t)(p[1] - '1');
      skip = 2;
    }
    if (arg != (size_t)-1 && arg < nargs && args && args[arg]) {
      for (const char *a = args[arg]; *a; a++) EMIT(*a);
      next = arg + 1;
      p += skip;
      continue;
    }
    EMIT(*p);
  }
#undef EMIT
  if (size) buf[len < size ? len : size - 1] = 0;
  return len;
}
