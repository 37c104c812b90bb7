#define _POSIX_C_SOURCE 200809L /* fileno, fstat */
#include "parse/csv.h"

#include <sys/stat.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void vfi_csv_init(vfi_csv *r, const char *text, size_t len, const char *name, bool skip_comments) {
  memset(r, 0, sizeof *r);
  if (len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3)) { /* a UTF-8 byte-order mark */
    text += 3;
    len -= 3;
  }
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

/* Appends one byte to the record's field text. */
static bool put(vfi_csv *r, size_t *used, char c) {
  if (!reserve(r, *used + 1)) return false;
  r->buf[(*used)++] = c;
  return true;
}

int vfi_csv_next(vfi_csv *r, vf_error *err) {
  /* Find the next line that is not blank (nor a comment). Every record is one
   * physical line, and the line is consumed before it is parsed: whatever is
   * wrong in it, the next call starts at the next line, so one bad byte costs
   * one row and never the rows after it. */
  const char *p, *lend;
  for (;;) {
    if (r->p >= r->end) return 0;
    p = r->p;
    const char *eol = memchr(p, '\n', (size_t)(r->end - p));
    lend = eol ? eol : r->end;
    r->p = eol ? eol + 1 : r->end;
    r->line = r->next_line++;
    if (lend > p && lend[-1] == '\r') lend--; /* CRLF */
    if (lend > p && !(r->skip_comments && p[0] == '#')) break;
  }
  /* Fields are collected as offsets into buf, then turned into pointers. */
  size_t used = 0, nf = 0;
  size_t *offs = NULL, ocap = 0;
  int status = 1;
  for (;;) {
    if (nf == ocap) {
      ocap = ocap ? ocap * 2 : 16;
      size_t *o = realloc(offs, ocap * sizeof *o);
      if (!o) goto nomem;
      offs = o;
    }
    offs[nf++] = used;
    if (p < lend && *p == '"') {
      for (p++;; p++) {
        if (p >= lend) {
          status = -1;
          vfi_fail(err, VF_E_PARSE, r->line, "", "%s:%d: quoted field %zu is not closed on its "
                   "line (a field cannot span lines)", r->name, r->line, nf);
          goto out;
        }
        if (*p == '"') {
          if (p + 1 < lend && p[1] == '"') p++; /* "" is one quote */
          else break;
        }
        if (*p == '\r') goto lone_cr;
        if (!put(r, &used, *p)) goto nomem;
      }
      p++; /* the closing quote */
      if (p < lend && *p != ',') {
        status = -1;
        vfi_fail(err, VF_E_PARSE, r->line, "", "%s:%d: text after the closing quote of field %zu",
                 r->name, r->line, nf);
        goto out;
      }
    } else {
      for (; p < lend && *p != ','; p++) {
        if (*p == '"') {
          status = -1;
          vfi_fail(err, VF_E_PARSE, r->line, "", "%s:%d: stray quote in field %zu", r->name,
                   r->line, nf);
          goto out;
        }
        if (*p == '\r') goto lone_cr;
        if (!put(r, &used, *p)) goto nomem;
      }
    }
    if (!put(r, &used, '\0')) goto nomem;
    if (p < lend) { p++; continue; } /* at a ',' */
    break;
  }
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
lone_cr:
  status = -1;
  vfi_fail(err, VF_E_PARSE, r->line, "", "%s:%d: carriage return without a line feed in field "
           "%zu: old Mac (CR-only) line ends are not read; save the file with LF or CRLF line "
           "ends", r->name, r->line, nf);
  goto out;
nomem:
  status = -1;
  vfi_fail(err, VF_E_NOMEM, r->line, "", "out of memory");
out:
  free(offs);
  return status;
}

static vf_status too_big(const char *path, uint64_t max, vf_error *err) {
  return vfi_fail(err, VF_E_RANGE, 0, "", "%s: longer than %llu bytes, the limit for one input "
                  "file (vf_read_limits; docs/robustness.md, \"Limits\")", path,
                  (unsigned long long)max);
}

vf_status vfi_read_file_max(const char *path, uint64_t max, char **out, size_t *len,
                            vf_error *err) {
  if (!path) return vfi_fail(err, VF_E_INVALID_ARG, 0, "path", "path is NULL");
  FILE *f = fopen(path, "rb");
  if (!f) return vfi_fail(err, VF_E_IO, 0, "", "%s: cannot open: %s", path, strerror(errno));
  /* Room for max + 1 bytes (to see that there are more than max) and a NUL. */
  size_t most = max >= SIZE_MAX - 2 ? SIZE_MAX : (size_t)max + 2;
  size_t cap = 1 << 16, n = 0;
  struct stat st;
  if (!fstat(fileno(f), &st) && S_ISREG(st.st_mode)) {
    if ((uint64_t)st.st_size > max) { fclose(f); return too_big(path, max, err); }
    cap = (size_t)st.st_size + 2; /* one allocation; +1 to see the end at once */
  }
  if (cap > most) cap = most;
  char *buf = malloc(cap);
  if (!buf) { fclose(f); return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory"); }
  for (;;) {
    if (n + 1 >= cap) {
      if (cap == most) break; /* max + 1 bytes are in: too long */
      size_t nc = cap > most / 2 ? most : cap * 2;
      char *b = realloc(buf, nc);
      if (!b) { free(buf); fclose(f); return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory"); }
      buf = b;
      cap = nc;
    }
    size_t got = fread(buf + n, 1, cap - n - 1, f);
    n += got;
    if (got == 0) break;
  }
  int bad = ferror(f);
  fclose(f);
  if (bad) { free(buf); return vfi_fail(err, VF_E_IO, 0, "", "%s: read error", path); }
  if ((uint64_t)n > max) { free(buf); return too_big(path, max, err); }
  buf[n] = '\0';
  *out = buf;
  *len = n;
  return VF_OK;
}

vf_status vfi_read_file(const char *path, char **out, size_t *len, vf_error *err) {
  return vfi_read_file_max(path, VF_READ_MAX_BYTES_DEFAULT, out, len, err);
}
