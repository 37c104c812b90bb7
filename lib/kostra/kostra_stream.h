/* A KOSTRA file read a record at a time (kostra_stream.c); not installed. */
#ifndef VELFERD_KOSTRA_STREAM_H
#define VELFERD_KOSTRA_STREAM_H

#include "kostra/kostra_internal.h"

#include <stdio.h>

typedef struct vfi_kstream {
  FILE *file;
  const char *name;
  char *buf, *p, *end; /* p..end: the unread part of the chunk */
  size_t cap;
  uint64_t total;
  int line;
  vf_status status; /* of the last error */
  bool eof, started;
} vfi_kstream;

/* Opens @p path: a regular file is read in chunks of 1 MiB (more only for a
 * longer line); a stream (pipe, device) whole, as vf_kostra_file_read() does. */
vf_status vfi_kstream_open(vfi_kstream *s, const char *path, vf_error *err);
void vfi_kstream_close(vfi_kstream *s);
/* 1: the next non-blank line is in *r (its text valid until the next call);
 * 0: end of file; -1: an error in *err (NUL byte, lone CR, read error). */
int vfi_kstream_next(vfi_kstream *s, vfi_krecord *r, vf_error *err);

#endif
