#define _POSIX_C_SOURCE 200809L /* fileno, fstat */
#include "parse/csv.h"

#include <sys/stat.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { CHUNK = 1 << 20 }; /* bytes read at a time from a file */

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
  free(r->offs);
  free(r->chunk);
  free(r->owned);
  if (r->file) fclose(r->file);
  r->buf = NULL;
  r->fields = NULL;
  r->offs = NULL;
  r->chunk = r->owned = NULL;
  r->file = NULL;
}

static vf_status too_big(const char *path, uint64_t max, vf_error *err) {
  return vfi_fail(err, VF_E_RANGE, 0, "", "%s: longer than %llu bytes, the limit for one input "
                  "file (vf_read_limits; docs/robustness.md, \"Limits\")", path,
                  (unsigned long long)max);
}

vf_status vfi_csv_open(vfi_csv *r, const char *path, uint64_t max, bool skip_comments,
                       vf_error *err) {
  vfi_csv_init(r, "", 0, path, skip_comments);
  if (!path) return vfi_fail(err, VF_E_INVALID_ARG, 0, "path", "path is NULL");
  FILE *f = fopen(path, "rb");
  if (!f) return vfi_fail(err, VF_E_IO, 0, "", "%s: cannot open: %s", path, strerror(errno));
  struct stat st;
  if (fstat(fileno(f), &st) || !S_ISREG(st.st_mode)) {
    /* A stream: its length is known only at its end, and it must be refused
     * before any row is read if it is too long, so it is read whole. */
    fclose(f);
    char *text;
    size_t len;
    vf_status s = vfi_read_file_max(path, max, &text, &len, err);
    if (s) return s;
    vfi_csv_init(r, text, len, path, skip_comments);
    r->owned = text;
    return VF_OK;
  }
  if ((uint64_t)st.st_size > max) {
    fclose(f);
    return too_big(path, max, err);
  }
  r->file = f;
  r->max = max;
  r->chunk_min = r->chunk_min ? r->chunk_min : CHUNK;
  return VF_OK;
}

/* Moves the unread rest of the chunk to its start and reads more after it.
 * Returns false with r->fatal set (and *err) on a read error, a file grown
 * past the limit or no memory. */
static bool refill(vfi_csv *r, vf_error *err) {
  size_t keep = (size_t)(r->end - r->p);
  if (keep + r->chunk_min > r->chunk_cap) { /* a line longer than the chunk, or the first fill */
    /* the first fill takes at least 3 bytes, to see a byte-order mark whole */
    size_t cap = r->chunk_cap ? r->chunk_cap * 2 : r->chunk_min < 3 ? 3 : r->chunk_min;
    while (cap < keep + r->chunk_min) cap *= 2;
    char *c = malloc(cap);
    if (!c) {
      r->fatal = true;
      vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
      return false;
    }
    if (keep) memcpy(c, r->p, keep);
    free(r->chunk);
    r->chunk = c;
    r->chunk_cap = cap;
  } else if (keep && r->p != r->chunk) {
    memmove(r->chunk, r->p, keep);
  }
  size_t got = fread(r->chunk + keep, 1, r->chunk_cap - keep, r->file);
  bool first = r->total == 0;
  r->total += got;
  r->p = r->chunk;
  r->end = r->chunk + keep + got;
  if (got < r->chunk_cap - keep) {
    if (ferror(r->file)) {
      r->fatal = true;
      vfi_fail(err, VF_E_IO, 0, "", "%s: read error", r->name);
      return false;
    }
    r->eof = true;
  }
  if (r->total > r->max) { /* the file grew after it was measured */
    r->fatal = true;
    too_big(r->name, r->max, err);
    return false;
  }
  if (first && got >= 3 && !memcmp(r->chunk, "\xEF\xBB\xBF", 3)) r->p += 3;
  return true;
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

/* Room for n field offsets and pointers. */
static bool reserve_fields(vfi_csv *r, size_t n) {
  if (n > r->ocap) {
    size_t cap = r->ocap ? r->ocap : 16;
    while (cap < n) cap *= 2;
    size_t *o = realloc(r->offs, cap * sizeof *o);
    if (!o) return false;
    r->offs = o;
    r->ocap = cap;
  }
  if (n > r->fcap) {
    size_t cap = r->fcap ? r->fcap : 16;
    while (cap < n) cap *= 2;
    const char **f = realloc(r->fields, cap * sizeof *f);
    if (!f) return false;
    r->fields = f;
    r->fcap = cap;
  }
  return true;
}

/* Appends one byte to the record's field text. */
static bool put(vfi_csv *r, size_t *used, char c) {
  if (!reserve(r, *used + 1)) return false;
  r->buf[(*used)++] = c;
  return true;
}

/* Byte classes of the fast path: 1 a comma, 2 what only the general path
 * reads (a quote, a carriage return, a NUL, which is not text, and the bytes
 * of multi-byte UTF-8 characters). */
static const unsigned char byte_class[256] = {
  2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
  2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
  2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
  2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2};

/* The fast path: a line of plain ASCII without quotes, carriage returns or
 * NULs is copied and cut at its commas. Returns false (nothing done) for any other. */
static bool split_plain(vfi_csv *r, const char *p, size_t n) {
  const unsigned char *s = (const unsigned char *)p;
  char *b = r->buf;
  const char **fields = r->fields;
  size_t nf = 1;
  fields[0] = b;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = s[i], k = byte_class[c];
    b[i] = (char)c;
    if (k) {
      if (k == 2) return false;
      b[i] = '\0';
      fields[nf++] = b + i + 1;
    }
  }
  b[n] = '\0';
  r->nfields = nf;
  return true;
}

int vfi_csv_next(vfi_csv *r, vf_error *err) {
  /* Find the next line that is not blank (nor a comment). Every record is one
   * physical line, and the line is consumed before it is parsed: whatever is
   * wrong in it, the next call starts at the next line, so one bad byte costs
   * one row and never the rows after it. */
  const char *p, *lend;
  r->fatal = false;
  for (;;) {
    const char *eol = r->p < r->end ? memchr(r->p, '\n', (size_t)(r->end - r->p)) : NULL;
    if (!eol && r->file && !r->eof) { /* the line goes on in the next chunk */
      if (!refill(r, err)) return -1;
      continue;
    }
    if (r->p >= r->end) return 0;
    p = r->p;
    lend = eol ? eol : r->end;
    r->p = eol ? eol + 1 : r->end;
    r->line = r->next_line++;
    if (lend > p && lend[-1] == '\r') lend--; /* CRLF */
    if (lend > p && !(r->skip_comments && p[0] == '#')) break;
  }
  size_t n = (size_t)(lend - p);
  if (!reserve(r, n + 1) || !reserve_fields(r, n + 1)) goto nomem;
  if (!r->general_only && split_plain(r, p, n)) return 1;
  /* The general path. Fields are collected as offsets into buf, then turned
   * into pointers. */
  size_t used = 0, nf = 0;
  size_t *offs = r->offs;
  for (;;) {
    offs[nf++] = used; /* at most n + 1 fields: reserved above */
    if (p < lend && *p == '"') {
      for (p++;; p++) {
        if (p >= lend) {
          vfi_fail(err, VF_E_PARSE, r->line, "", "%s:%d: quoted field %zu is not closed on its "
                   "line (a field cannot span lines)", r->name, r->line, nf);
          return -1;
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
        vfi_fail(err, VF_E_PARSE, r->line, "", "%s:%d: text after the closing quote of field %zu",
                 r->name, r->line, nf);
        return -1;
      }
    } else {
      for (; p < lend && *p != ','; p++) {
        if (*p == '"') {
          vfi_fail(err, VF_E_PARSE, r->line, "", "%s:%d: stray quote in field %zu", r->name,
                   r->line, nf);
          return -1;
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
      vfi_fail(err, VF_E_PARSE, r->line, "", "%s:%d: field %zu is not valid UTF-8 text", r->name,
               r->line, i + 1);
      return -1;
    }
  }
  for (size_t i = 0; i < nf; i++) r->fields[i] = r->buf + offs[i];
  r->nfields = nf;
  return 1;
lone_cr:
  vfi_fail(err, VF_E_PARSE, r->line, "", "%s:%d: carriage return without a line feed in field "
           "%zu: old Mac (CR-only) line ends are not read; save the file with LF or CRLF line "
           "ends", r->name, r->line, nf);
  return -1;
nomem:
  r->fatal = true;
  vfi_fail(err, VF_E_NOMEM, r->line, "", "out of memory");
  return -1;
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
