/* Status texts, version and the error-filling helper. */
#include "core/internal.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *vf_strerror(vf_status status) {
  switch (status) {
  case VF_OK: return "success";
  case VF_E_INVALID_ARG: return "invalid argument";
  case VF_E_RANGE: return "value out of range";
  case VF_E_DATE: return "invalid date";
  case VF_E_UNKNOWN_CODE: return "unknown code";
  case VF_E_PARSE: return "malformed input";
  case VF_E_IO: return "input/output error";
  case VF_E_NOMEM: return "out of memory";
  case VF_E_OVERFLOW: return "amount overflow";
  case VF_E_NOT_FOUND: return "not found";
  case VF_E_NO_VALUE: return "no value in force on that date";
  case VF_E_DUPLICATE: return "duplicate";
  case VF_E_INCONSISTENT: return "inconsistent input";
  }
  return "unknown status";
}

const char *vf_version(void) { return VF_VERSION_STRING; }
int vf_version_number(void) { return VF_VERSION_NUMBER; }

vf_status vfi_fail(vf_error *err, vf_status status, int line, const char *field,
                   const char *fmt, ...) {
  if (err) {
    err->status = status;
    err->line = line;
    snprintf(err->field, sizeof err->field, "%s", field ? field : "");
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    /* no message carries a full fødselsnummer */
    vfi_mask_ids(err->message, n >= (int)sizeof err->message);
  }
  return status;
}

/* A fødselsnummer (and a D- or H-number) is exactly 11 digits. A longer run
 * is not one (an amount in øre, a 64-bit value, a digit string in a source);
 * masking it too would hide the values an overflow message is about. */
enum { FNR_DIGITS = 11, FNR_KEPT = 6 };

static int is_digit(char c) { return c >= '0' && c <= '9'; }

void vfi_mask_ids(char *s, bool cut) {
  size_t i = 0, j = 0;
  while (s[i]) {
    if (!is_digit(s[i])) { i++; continue; }
    for (j = i; is_digit(s[j]); j++) {}
    /* a run at the end of a truncated text may have gone on: treat a trailing
     * run of more than six digits as the start of a fødselsnummer */
    if (j - i == FNR_DIGITS || (cut && !s[j] && j - i > FNR_KEPT && j - i < FNR_DIGITS))
      memset(s + i + FNR_KEPT, '*', j - i - FNR_KEPT);
    i = j;
  }
}

char *vf_mask_ids(const char *text, char *buf, size_t size) {
  if (!buf || !size) return buf;
  if (!text) text = "";
  size_t len = strlen(text), n = len < size ? len : size - 1;
  bool cut = n < len && is_digit(text[n]);
  memmove(buf, text, n);
  buf[n] = '\0';
  vfi_mask_ids(buf, cut);
  return buf;
}

char *vfi_strdup(const char *s) {
  if (!s) return NULL;
  size_t n = strlen(s) + 1;
  char *p = malloc(n);
  if (p) memcpy(p, s, n);
  return p;
}

bool vfi_utf8_valid(const char *s, size_t len) {
  const unsigned char *p = (const unsigned char *)s, *end = p + len;
  while (p < end) {
    unsigned c = *p;
    size_t n;
    unsigned min;
    if (c == 0) return false;
    if (c < 0x80) { p++; continue; }
    if ((c & 0xE0) == 0xC0) { n = 1; min = 0x80; c &= 0x1F; }
    else if ((c & 0xF0) == 0xE0) { n = 2; min = 0x800; c &= 0x0F; }
    else if ((c & 0xF8) == 0xF0) { n = 3; min = 0x10000; c &= 0x07; }
    else return false;
    if ((size_t)(end - p) <= n) return false;
    for (size_t i = 1; i <= n; i++) {
      if ((p[i] & 0xC0) != 0x80) return false;
      c = (c << 6) | (p[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return false;
    p += n + 1;
  }
  return true;
}

bool vfi_parse_int64(const char *s, int64_t *out) {
  if (!s || !*s || (*s != '-' && *s != '+' && (*s < '0' || *s > '9'))) return false;
  char *end;
  errno = 0;
  long long v = strtoll(s, &end, 10);
  if (errno || *end) return false;
  *out = (int64_t)v;
  return true;
}

void vf_read_limits_init(vf_read_limits *limits) {
  if (!limits) return;
  *limits = (vf_read_limits){VF_READ_LIMITS_VERSION, VF_READ_MAX_BYTES_DEFAULT,
                             VF_READ_MAX_REJECTIONS_DEFAULT};
}

vf_status vfi_read_limits_check(const vf_read_limits *in, vf_read_limits *out, vf_error *err) {
  vf_read_limits_init(out);
  if (!in) return VF_OK;
  if (in->version != VF_READ_LIMITS_VERSION)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "version", "read limits: version %d, this library "
                    "knows %d (fill them with vf_read_limits_init())", in->version,
                    VF_READ_LIMITS_VERSION);
  if (in->max_bytes == 0)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "max_bytes", "read limits: max_bytes must be at "
                    "least 1");
  *out = *in;
  return VF_OK;
}
