#include "parse/csv.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void vfi_csv_init(vfi_csv *r, const char *text, size_t len, const char *name, bool skip_comments) {
  memset(r, 0, sizeof *r);
  r->p = text;
  r->end = text + len;
  r->name = name ? name : "<text>";
  r->next_line = 1;
  r->skip_comments = skip_comments;
}

void vfi_csv_free(vfi_csv *r) {
  free(r->buf);
  free(r->fields);
  r->buf = NULL;
  r->fields = NULL;
}

static bool reserve(vfi_csv *r, size_t need) {
  if (need <= r->cap) return true;
  size_t cap = r->cap ? r->cap : 256;
  while (cap < need) cap *= 2;
  char *b = realloc(r->buf, cap);
  if (!b) return false;
  r->buf = b;
  r->cap = cap;
  return true;
}

int vfi_csv_next(vfi_csv *r, vf_error *err) {
  for (;;) {
    if (r->p >= r->end) return 0;
    /* The physical line, for blank/comment checks. */
    const char *eol = memchr(r->p, '\n', (size_t)(r->end - r->p));
    const char *lend = eol ? eol : r->end;
    size_t llen = (size_t)(lend - r->p);
    if (llen && r->p[llen - 1] == '\r') llen--;
    if (llen == 0 || (r->skip_comments && r->p[0] == '#')) {
      r->p = eol ? eol + 1 : r->end;
      r->next_line++;
      continue;
    }
    break;
  }
  r->line = r->next_line;
  /* Fields are collected as offsets into buf, then turned into pointers. */
  size_t used = 0, nf = 0;
  size_t *offs = NULL, ocap = 0;
  const char *p = r->p;
  bool done = false;
  int status = 1;
  while (!done) {
    if (nf == ocap) {
      ocap = ocap ? ocap * 2 : 16;
      size_t *o = realloc(offs, ocap * sizeof *o);
      if (!o) { status = -1; vfi_fail(err, VF_E_NOMEM, r->line, "", "out of memory"); goto out; }
      offs = o;
    }
    offs[nf++] = used;
    if (p < r->end && *p == '"') {
      p++;
      for (;;) {
        if (p >= r->end) {
          status = -1;
          vfi_fail(err, VF_E_PARSE, r->line, "", "%s:%d: quoted field %zu is not closed", r->name,
                   r->line, nf);
          goto skip;
        }
        if (*p == '"') {
          if (p + 1 < r->end && p[1] == '"') { p += 2; if (!reserve(r, used + 1)) goto nomem; r->buf[used++] = '"'; continue; }
          p++;
          break;
        }
        if (*p == '\n') r->next_line++;
        if (!reserve(r, used + 1)) goto nomem;
        r->buf[used++] = *p++;
      }
      if (p < r->end && *p == '\r' && (p + 1 == r->end || p[1] == '\n')) p++;
      if (p < r->end && *p != ',' && *p != '\n') {
        status = -1;
        vfi_fail(err, VF_E_PARSE, r->line, "", "%s:%d: text after the closing quote of field %zu",
                 r->name, r->line, nf);
        goto skip;
      }
    } else {
      while (p < r->end && *p != ',' && *p != '\n') {
        if (*p == '"') {
          status = -1;
          vfi_fail(err, VF_E_PARSE, r->line, "", "%s:%d: stray quote in field %zu", r->name,
                   r->line, nf);
          goto skip;
        }
        if (*p == '\r' && (p + 1 == r->end || p[1] == '\n')) { p++; continue; }
        if (!reserve(r, used + 1)) goto nomem;
        r->buf[used++] = *p++;
      }
    }
    if (!reserve(r, used + 1)) goto nomem;
    r->buf[used++] = '\0';
    if (p < r->end && *p == ',') { p++; continue; }
    if (p < r->end && *p == '\n') p++;
    done = true;
  }
  r->next_line++;
  r->p = p;
  /* A field's bytes run from its offset to the separator NUL we appended. */
  for (size_t i = 0; i < nf; i++) {
    size_t fend = (i + 1 < nf) ? offs[i + 1] - 1 : used - 1;
    if (!vfi_utf8_valid(r->buf + offs[i], fend - offs[i])) {
      status = -1;
      vfi_fail(err, VF_E_PARSE, r->line, "", "%s:%d: field %zu is not valid UTF-8 text", r->name,
               r->line, i + 1);
      goto out;
    }
  }
  if (nf > r->fcap) {
    const char **f = realloc(r->fields, nf * sizeof *f);
    if (!f) goto nomem;
    r->fields = f;
    r->fcap = nf;
  }
  for (size_t i = 0; i < nf; i++) r->fields[i] = r->buf + offs[i];
  r->nfields = nf;
  goto out;
skip:
  /* Move past the bad record (to the end of the line where the error is), so
   * a caller that skips bad rows goes on with the next one. */
  {
    const char *nl = memchr(p, '\n', (size_t)(r->end - p));
    r->p = nl ? nl + 1 : r->end;
    r->next_line++;
  }
  goto out;
nomem:
  status = -1;
  vfi_fail(err, VF_E_NOMEM, r->line, "", "out of memory");
out:
  free(offs);
  return status;
}

vf_status vfi_read_file(const char *path, char **out, size_t *len, vf_error *err) {
  if (!path) return vfi_fail(err, VF_E_INVALID_ARG, 0, "path", "path is NULL");
  FILE *f = fopen(path, "rb");
  if (!f) return vfi_fail(err, VF_E_IO, 0, "", "%s: cannot open: %s", path, strerror(errno));
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap);
  if (!buf) { fclose(f); return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory"); }
  for (;;) {
    if (n + 1 >= cap) {
      char *b = realloc(buf, cap * 2);
      if (!b) { free(buf); fclose(f); return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory"); }
      buf = b;
      cap *= 2;
    }
    size_t got = fread(buf + n, 1, cap - n - 1, f);
    n += got;
    if (got == 0) break;
  }
  int bad = ferror(f);
  fclose(f);
  if (bad) { free(buf); return vfi_fail(err, VF_E_IO, 0, "", "%s: read error", path); }
  buf[n] = '\0';
  *out = buf;
  *len = n;
  return VF_OK;
}
