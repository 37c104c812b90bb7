/* A growing text buffer for the library's text writers (indicator tables,
 * network tables): printf-style appends; an allocation failure is remembered
 * and checked once at the end. Not installed. */
#ifndef VELFERD_SBUF_H
#define VELFERD_SBUF_H

#include "core/internal.h"

typedef struct vfi_sbuf {
  char *p;     /* NUL-terminated text (NULL until something is written) */
  size_t len, cap;
  bool nomem;  /* an append failed: the text is incomplete */
} vfi_sbuf;

void vfi_sbuf_put(vfi_sbuf *b, const char *fmt, ...) VFI_PRINTF(2, 3);
/* Code points in UTF-8 text, for padding columns of labels such as "18-24 år". */
size_t vfi_utf8_width(const char *s);
/* s left-aligned (right-aligned if right) in a column of w code points. */
void vfi_sbuf_pad(vfi_sbuf *b, const char *s, size_t w, bool right);

#endif
