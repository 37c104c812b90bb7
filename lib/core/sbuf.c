/* The growing text buffer (core/sbuf.h). */
#include "core/sbuf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

void vfi_sbuf_put(vfi_sbuf *b, const char *fmt, ...) {
  if (b->nomem) return;
  for (;;) { /* write in place; when it does not fit, grow and write again */
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(b->p ? b->p + b->len : NULL, b->p ? b->cap - b->len : 0, fmt, ap);
    va_end(ap);
    if (n < 0) { b->nomem = true; return; }
    if (b->p && b->len + (size_t)n < b->cap) { b->len += (size_t)n; return; }
    size_t cap = b->cap ? b->cap : 4096;
    while (cap <= b->len + (size_t)n) cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p) { b->nomem = true; return; }
    b->p = p;
    b->cap = cap;
  }
}

size_t vfi_utf8_width(const char *s) {
  size_t n = 0;
  for (; *s; s++) n += ((unsigned char)*s & 0xC0) != 0x80;
  return n;
}

void vfi_sbuf_pad(vfi_sbuf *b, const char *s, size_t w, bool right) {
  size_t n = vfi_utf8_width(s);
  if (!right) vfi_sbuf_put(b, "%s", s);
  for (; n < w; n++) vfi_sbuf_put(b, " ");
  if (right) vfi_sbuf_put(b, "%s", s);
}
