#define _POSIX_C_SOURCE 200809L /* fileno, fstat */
/* Reading a KOSTRA file a record at a time with constant memory: the same
 * line rules and messages as reading it whole (kostra_file.c, split()). */
#include "kostra/kostra_stream.h"

#include "parse/csv.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define CHUNK ((size_t)1 << 20)

vf_status vfi_kstream_open(vfi_kstream *s, const char *path, vf_error *err) {
  memset(s, 0, sizeof *s);
  if (!path) return vfi_fail(err, VF_E_INVALID_ARG, 0, "path", "path is NULL");
  s->name = path;
  FILE *f = fopen(path, "rb");
  if (!f) return vfi_fail(err, VF_E_IO, 0, "", "%s: cannot open: %s", path, strerror(errno));
  struct stat st;
  if (fstat(fileno(f), &st) || !S_ISREG(st.st_mode) || (uint64_t)st.st_size > VF_READ_MAX_BYTES_DEFAULT) {
    /* A stream (pipe, device) is read whole, as before, and a file above the
     * limit is refused by the same reader, so both keep their messages. */
    fclose(f);
    size_t len;
    vf_status r = vfi_read_file(path, &s->buf, &len, err);
    if (r) return r;
    s->p = s->buf;
    s->end = s->buf + len;
    s->eof = true;
    s->started = true;
    if (len >= 3 && !memcmp(s->p, "\xEF\xBB\xBF", 3)) s->p += 3;
    return VF_OK;
  }
  s->file = f;
  return VF_OK;
}

void vfi_kstream_close(vfi_kstream *s) {
  if (s->file) fclose(s->file);
  free(s->buf);
  memset(s, 0, sizeof *s);
}

/* Keeps the unread rest and reads more after it; false on a read error. */
static bool refill(vfi_kstream *s, vf_error *err) {
  size_t keep = (size_t)(s->end - s->p);
  if (keep + CHUNK > s->cap) { /* the first fill, or a line longer than the chunk */
    size_t cap = s->cap ? s->cap * 2 : CHUNK;
    while (cap < keep + CHUNK) cap *= 2;
    char *b = malloc(cap);
    if (!b) { s->status = vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory"); return false; }
    if (keep) memcpy(b, s->p, keep);
    free(s->buf);
    s->buf = b;
    s->cap = cap;
  } else if (keep && s->p != s->buf) {
    memmove(s->buf, s->p, keep);
  }
  size_t got = fread(s->buf + keep, 1, s->cap - keep, s->file);
  s->p = s->buf;
  s->end = s->buf + keep + got;
  s->total += got;
  if (got < s->cap - keep) {
    if (ferror(s->file)) { s->status = vfi_fail(err, VF_E_IO, 0, "", "%s: read error", s->name); return false; }
    s->eof = true;
  }
  if (s->total > VF_READ_MAX_BYTES_DEFAULT) { /* grew after it was measured: as the whole read says */
    s->status = vfi_fail(err, VF_E_RANGE, 0, "", "%s: longer than %llu bytes, the limit for one input "
             "file (vf_read_limits; docs/robustness.md, \"Limits\")", s->name,
             (unsigned long long)VF_READ_MAX_BYTES_DEFAULT);
    return false;
  }
  if (!s->started) {
    s->started = true;
    if (s->end - s->p >= 3 && !memcmp(s->p, "\xEF\xBB\xBF", 3)) s->p += 3;
  }
  return true;
}

int vfi_kstream_next(vfi_kstream *s, vfi_krecord *r, vf_error *err) {
  for (;;) {
    char *eol = s->p < s->end ? memchr(s->p, '\n', (size_t)(s->end - s->p)) : NULL;
    if (!eol && !s->eof) {
      if (!refill(s, err)) return -1;
      continue;
    }
    if (s->p >= s->end) return 0;
    char *lend = eol ? eol : s->end, *p = s->p;
    int line = ++s->line;
    size_t n = (size_t)(lend - p);
    s->p = eol ? eol + 1 : s->end;
    if (n && p[n - 1] == '\r') n--;
    if (memchr(p, '\0', n)) {
      s->status = vfi_fail(err, VF_E_PARSE, line, "", "%s:%d: the line contains a NUL byte (not a text file)", s->name, line);
      return -1;
    }
    if (memchr(p, '\r', n)) {
      s->status = vfi_fail(err, VF_E_PARSE, line, "", "%s:%d: carriage return without a line feed: old "
               "Mac (CR-only) line ends are not read; save the file with LF or CRLF line "
               "ends", s->name, line);
      return -1;
    }
    if (!n) continue;
    memset(r, 0, sizeof *r);
    r->text = p;
    r->len = n;
    r->line = line;
    vfi_krecord_classify(r);
    return 1;
  }
}
