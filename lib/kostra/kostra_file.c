/* KOSTRA report files: records as fixed-width lines, read, field access, write. */
#include "core/outfile.h"
#include "kostra/kostra_internal.h"
#include "parse/csv.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static size_t utf8_chars(const char *s, size_t len) {
  size_t n = 0;
  for (size_t i = 0; i < len; i++) n += ((unsigned char)s[i] & 0xC0) != 0x80;
  return n;
}

void vfi_krecord_classify(vfi_krecord *r) {
  r->enc = VFI_ENC_ASCII;
  size_t i = 0;
  for (; i + 8 <= r->len; i += 8) { /* eight bytes at a time: any high bit? */
    uint64_t w;
    memcpy(&w, r->text + i, 8);
    if (w & 0x8080808080808080u) break;
  }
  for (; i < r->len; i++)
    if ((unsigned char)r->text[i] >= 0x80) { r->enc = VFI_ENC_UTF8; break; }
  if (r->enc == VFI_ENC_UTF8 && !vfi_utf8_valid(r->text, r->len)) r->enc = VFI_ENC_LATIN1;
  r->chars = r->enc == VFI_ENC_UTF8 ? utf8_chars(r->text, r->len) : r->len;
}

/* Byte offset of character @p ch of the record (ch <= chars). */
static size_t byte_at(const vfi_krecord *r, size_t ch) {
  if (r->enc != VFI_ENC_UTF8) return ch;
  size_t i = 0;
  for (size_t c = 0; i < r->len; i++) {
    if (((unsigned char)r->text[i] & 0xC0) != 0x80) {
      if (c == ch) return i;
      c++;
    }
  }
  return r->len;
}

bool vfi_krecord_field(const vfi_krecord *r, const vfi_kfield *f, char *buf, size_t size) {
  if (size) buf[0] = '\0';
  if (r->chars < f->from + f->size || size == 0) return false;
  size_t b0 = byte_at(r, f->from), b1 = byte_at(r, f->from + f->size);
  while (b0 < b1 && r->text[b0] == ' ') b0++;
  while (b1 > b0 && r->text[b1 - 1] == ' ') b1--;
  size_t n = 0;
  if (r->enc != VFI_ENC_LATIN1) { /* ASCII or UTF-8: the bytes as they are */
    if (b1 - b0 + 1 > size) { buf[0] = '\0'; return false; }
    memcpy(buf, r->text + b0, b1 - b0);
    buf[b1 - b0] = '\0';
    return true;
  }
  for (size_t i = b0; i < b1; i++) {
    unsigned char c = (unsigned char)r->text[i];
    if (r->enc == VFI_ENC_LATIN1 && c >= 0x80) { /* Latin-1 to UTF-8 */
      if (n + 2 >= size) { buf[0] = '\0'; return false; }
      buf[n++] = (char)(0xC0 | (c >> 6));
      buf[n++] = (char)(0x80 | (c & 0x3F));
    } else {
      if (n + 1 >= size) { buf[0] = '\0'; return false; }
      buf[n++] = (char)c;
    }
  }
  buf[n] = '\0';
  return true;
}

static vf_status grow(vf_kostra_file *f, vf_error *err) {
  if (f->nrecs < f->cap) return VF_OK;
  size_t cap = f->cap ? f->cap * 2 : 64;
  vfi_krecord *r = realloc(f->recs, cap * sizeof *r);
  if (!r) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  f->recs = r;
  f->cap = cap;
  return VF_OK;
}

vf_status vf_kostra_file_new(vf_kostra_form form, int year, vf_kostra_file **out, vf_error *err) {
  if (!out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "out", "out is NULL");
  vf_kostra_file *f = calloc(1, sizeof *f);
  if (!f) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  vf_status s = vfi_klayout_load(form, year, &f->layout, err);
  if (s) { free(f); return s; }
  *out = f;
  return VF_OK;
}

void vf_kostra_file_free(vf_kostra_file *f) {
  if (!f) return;
  for (size_t i = 0; i < f->nrecs; i++)
    if (f->recs[i].owned) free(f->recs[i].text);
  free(f->recs);
  free(f->data);
  vfi_klayout_free(&f->layout);
  free(f);
}

/* Splits f->data (len bytes) into records; blank lines are skipped, a CR
 * before LF is dropped. */
static vf_status split(vf_kostra_file *f, size_t len, const char *name, vf_error *err) {
  char *p = f->data, *end = f->data + len;
  if (len >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3)) p += 3; /* a UTF-8 byte-order mark, as in every reader */
  for (int line = 1; p < end; line++) {
    char *eol = memchr(p, '\n', (size_t)(end - p));
    char *lend = eol ? eol : end;
    size_t n = (size_t)(lend - p);
    if (n && p[n - 1] == '\r') n--;
    if (memchr(p, '\0', n))
      return vfi_fail(err, VF_E_PARSE, line, "", "%s:%d: the line contains a NUL byte (not a text file)",
                      name, line);
    if (memchr(p, '\r', n))
      return vfi_fail(err, VF_E_PARSE, line, "", "%s:%d: carriage return without a line feed: old "
                      "Mac (CR-only) line ends are not read; save the file with LF or CRLF line "
                      "ends", name, line);
    if (n) {
      vf_status s = grow(f, err);
      if (s) return s;
      vfi_krecord *r = &f->recs[f->nrecs++];
      memset(r, 0, sizeof *r);
      r->text = p;
      r->len = n;
      r->line = line;
      vfi_krecord_classify(r);
    }
    p = eol ? eol + 1 : end;
  }
  return VF_OK;
}

vf_status vf_kostra_file_parse(const char *text, size_t len, const char *name, vf_kostra_form form,
                               int year, vf_kostra_file **out, vf_error *err) {
  if (!text && len) return vfi_fail(err, VF_E_INVALID_ARG, 0, "text", "text is NULL");
  if (!out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "out", "out is NULL");
  vf_kostra_file *f;
  vf_status s = vf_kostra_file_new(form, year, &f, err);
  if (s) return s;
  f->data = malloc(len + 1);
  if (!f->data) { vf_kostra_file_free(f); return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory"); }
  if (len) memcpy(f->data, text, len);
  f->data[len] = '\0';
  s = split(f, len, name ? name : "<text>", err);
  if (s) { vf_kostra_file_free(f); return s; }
  *out = f;
  return VF_OK;
}

vf_status vf_kostra_file_read(const char *path, vf_kostra_form form, int year, vf_kostra_file **out,
                              vf_error *err) {
  if (!path || !out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "path", "path or out is NULL");
  vf_kostra_file *f;
  vf_status s = vf_kostra_file_new(form, year, &f, err);
  if (s) return s;
  size_t len;
  s = vfi_read_file(path, &f->data, &len, err);
  if (!s) s = split(f, len, path, err);
  if (s) { vf_kostra_file_free(f); return s; }
  *out = f;
  return VF_OK;
}

vf_kostra_form vf_kostra_file_form(const vf_kostra_file *f) { return f ? f->layout.form : (vf_kostra_form)0; }
int vf_kostra_file_year(const vf_kostra_file *f) { return f ? f->layout.year : 0; }
size_t vf_kostra_file_record_length(const vf_kostra_file *f) { return f ? f->layout.length : 0; }
size_t vf_kostra_file_field_count(const vf_kostra_file *f) { return f ? f->layout.nfields : 0; }
const char *vf_kostra_file_field_name(const vf_kostra_file *f, size_t i) {
  return f && i < f->layout.nfields ? f->layout.fields[i].name : NULL;
}
size_t vf_kostra_file_record_count(const vf_kostra_file *f) { return f ? f->nrecs : 0; }
int vf_kostra_file_record_line(const vf_kostra_file *f, size_t i) {
  return f && i < f->nrecs ? f->recs[i].line : 0;
}

static vf_status field_of(const vfi_klayout *L, const char *field, const vfi_kfield **out, vf_error *err) {
  int i = vfi_kfield_index(L, field);
  if (i < 0)
    return vfi_fail(err, VF_E_NOT_FOUND, 0, field, "form %s %d has no field '%s'",
                    vf_kostra_form_name(L->form), L->year, field);
  *out = &L->fields[i];
  return VF_OK;
}

static vf_status locate(const vf_kostra_file *f, size_t record, const char *field,
                        const vfi_kfield **out, vf_error *err) {
  if (!f || !field) return vfi_fail(err, VF_E_INVALID_ARG, 0, "field", "file or field is NULL");
  if (record >= f->nrecs)
    return vfi_fail(err, VF_E_RANGE, 0, field, "record %zu out of range (%zu records)", record, f->nrecs);
  return field_of(&f->layout, field, out, err);
}

vf_status vfi_krecord_get(const vfi_klayout *L, const vfi_krecord *r, const char *field, char *buf,
                          size_t size, vf_error *err) {
  const vfi_kfield *fd = NULL; /* set by field_of(); NULL quiets gcc -O3 */
  vf_status s = field_of(L, field, &fd, err);
  if (s) return s;
  if (!buf || !size) return vfi_fail(err, VF_E_INVALID_ARG, 0, field, "buf is NULL or empty");
  if (r->chars < fd->from + fd->size)
    return vfi_fail(err, VF_E_PARSE, r->line, field,
                    "line %d: record has %zu characters, too short for %s (positions %zu-%zu)", r->line,
                    r->chars, field, fd->from + 1, fd->from + fd->size);
  if (!vfi_krecord_field(r, fd, buf, size))
    return vfi_fail(err, VF_E_RANGE, r->line, field, "buffer of %zu bytes too small for %s", size, field);
  return VF_OK;
}

vf_status vf_kostra_file_get(const vf_kostra_file *f, size_t record, const char *field, char *buf,
                             size_t size, vf_error *err) {
  const vfi_kfield *fd = NULL;
  vf_status s = locate(f, record, field, &fd, err);
  if (s) return s;
  return vfi_krecord_get(&f->layout, &f->recs[record], field, buf, size, err);
}

/* Gives the record its own copy of its text in UTF-8 (Latin-1 converted). */
static vf_status own_utf8(vfi_krecord *r, vf_error *err) {
  size_t extra = 0;
  if (r->enc == VFI_ENC_LATIN1)
    for (size_t i = 0; i < r->len; i++) extra += (unsigned char)r->text[i] >= 0x80;
  char *t = malloc(r->len + extra + 1);
  if (!t) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  size_t n = 0;
  for (size_t i = 0; i < r->len; i++) {
    unsigned char c = (unsigned char)r->text[i];
    if (r->enc == VFI_ENC_LATIN1 && c >= 0x80) {
      t[n++] = (char)(0xC0 | (c >> 6));
      t[n++] = (char)(0x80 | (c & 0x3F));
    } else {
      t[n++] = (char)c;
    }
  }
  t[n] = '\0';
  if (r->owned) free(r->text);
  r->text = t;
  r->len = n;
  r->owned = true;
  vfi_krecord_classify(r);
  return VF_OK;
}

vf_status vf_kostra_file_set(vf_kostra_file *f, size_t record, const char *field, const char *value,
                             vf_error *err) {
  const vfi_kfield *fd = NULL; /* set by locate(); NULL quiets gcc -O3 */
  vf_status s = locate(f, record, field, &fd, err);
  if (s) return s;
  if (!value) return vfi_fail(err, VF_E_INVALID_ARG, 0, field, "value is NULL");
  vfi_krecord *r = &f->recs[record];
  if (r->chars != f->layout.length)
    return vfi_fail(err, VF_E_PARSE, r->line, field, "record has %zu characters, the layout %zu",
                    r->chars, f->layout.length);
  size_t vlen = strlen(value);
  if (!vfi_utf8_valid(value, vlen) || strpbrk(value, "\t\r\n"))
    return vfi_fail(err, VF_E_PARSE, r->line, field, "%s: value is not one line of UTF-8 text", field);
  size_t vchars = utf8_chars(value, vlen);
  if (vchars > fd->size)
    return vfi_fail(err, VF_E_RANGE, r->line, field, "%s: value of %zu characters, the field holds %zu",
                    field, vchars, fd->size);
  size_t pad = fd->size - vchars;
  if (r->owned && r->enc == VFI_ENC_ASCII && vchars == vlen) {
    /* ASCII into an ASCII record it owns: in place, lengths unchanged (the
     * common case when writing a file; no copy of the record per field) */
    char *p = r->text + fd->from;
    if (fd->type == VFI_K_INTEGER) { memset(p, ' ', pad); memcpy(p + pad, value, vlen); }
    else { memcpy(p, value, vlen); memset(p + vlen, ' ', pad); }
    return VF_OK;
  }
  if (r->enc == VFI_ENC_LATIN1 && (s = own_utf8(r, err))) return s;
  size_t b0 = byte_at(r, fd->from), b1 = byte_at(r, fd->from + fd->size);
  size_t nlen = b0 + pad + vlen + (r->len - b1);
  char *t = malloc(nlen + 1);
  if (!t) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  memcpy(t, r->text, b0);
  size_t n = b0;
  if (fd->type == VFI_K_INTEGER) { memset(t + n, ' ', pad); n += pad; }
  memcpy(t + n, value, vlen);
  n += vlen;
  if (fd->type != VFI_K_INTEGER) { memset(t + n, ' ', pad); n += pad; }
  memcpy(t + n, r->text + b1, r->len - b1);
  t[nlen] = '\0';
  if (r->owned) free(r->text);
  r->text = t;
  r->len = nlen;
  r->owned = true;
  vfi_krecord_classify(r);
  return VF_OK;
}

vf_status vf_kostra_file_add_record(vf_kostra_file *f, size_t *index, vf_error *err) {
  if (!f) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "file is NULL");
  vf_status s = grow(f, err);
  if (s) return s;
  char *t = malloc(f->layout.length + 1);
  if (!t) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  memset(t, ' ', f->layout.length);
  t[f->layout.length] = '\0';
  vfi_krecord *r = &f->recs[f->nrecs];
  memset(r, 0, sizeof *r);
  r->text = t;
  r->len = r->chars = f->layout.length;
  r->owned = true;
  /* Its line in the file vf_kostra_file_write() writes (one record a line, in
   * order), so that findings on a file being built name a line, not "line 0". */
  r->line = f->nrecs > (size_t)INT_MAX - 1 ? 0 : (int)f->nrecs + 1;
  if (index) *index = f->nrecs;
  f->nrecs++;
  return VF_OK;
}

vf_status vf_kostra_file_write(const vf_kostra_file *f, const char *path, vf_error *err) {
  if (!f || !path) return vfi_fail(err, VF_E_INVALID_ARG, 0, "path", "file or path is NULL");
  vfi_outfile o;
  char msg[VF_ERROR_MESSAGE_SIZE];
  if (vfi_outfile_open(&o, path, NULL, msg, sizeof msg)) return vfi_fail(err, VF_E_IO, 0, "", "%s", msg);
  for (size_t i = 0; i < f->nrecs && !ferror(o.f); i++) { /* a failed write: the commit says why */
    fwrite(f->recs[i].text, 1, f->recs[i].len, o.f);
    fputc('\n', o.f);
  }
  if (vfi_outfile_commit(&o, msg, sizeof msg)) return vfi_fail(err, VF_E_IO, 0, "", "%s", msg);
  return VF_OK;
}
