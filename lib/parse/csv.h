/* A small CSV reader over text in memory, shared by every CSV format of the
 * library. RFC 4180 quoting, LF or CRLF line ends, a leading UTF-8 byte-order
 * mark is skipped. One record is one line: a quoted field may hold commas and
 * quotes but not a line break (no velferd format has a field that needs one),
 * so a stray quote costs its own line and never the lines after it. A carriage
 * return not followed by a line feed (old Mac line ends) is an error. Not
 * installed. */
#ifndef VELFERD_CSV_H
#define VELFERD_CSV_H

#include "core/internal.h"

#include <stdio.h>

typedef struct vfi_csv {
  const char *p, *end;
  const char *name;  /* file name for messages */
  int line;          /* line of the record last returned (1-based) */
  int next_line;
  bool skip_comments; /* lines whose first byte is '#' are skipped */
  bool general_only;  /* tests: every line through the general path, none through the fast one */
  bool fatal;         /* the last error is about the file (I/O, size, memory), not a line: stop */
  char *buf;          /* field text of the current record, NUL-separated */
  size_t cap;
  const char **fields;
  size_t nfields, fcap;
  size_t *offs;       /* field offsets in buf while a line is split */
  size_t ocap;
  /* Reading a file a chunk at a time (vfi_csv_open): p..end is the unread
   * part of the chunk; a line longer than the chunk makes the chunk grow. */
  FILE *file;
  char *chunk, *owned; /* owned: a whole stream read at open, freed by vfi_csv_free */
  size_t chunk_cap, chunk_min;
  bool eof;
  uint64_t max, total;
} vfi_csv;

void vfi_csv_init(vfi_csv *r, const char *text, size_t len, const char *name, bool skip_comments);
/* Opens @p path for reading a record at a time with constant memory (a chunk
 * of about 1 MiB, more only for a longer line). A regular file of more than
 * @p max bytes is refused with VF_E_RANGE before anything is read (and one
 * that grows past it while being read fails then, r->fatal); a stream (pipe,
 * device) is read whole first, as vfi_read_file_max() does. Messages name
 * @p path. */
vf_status vfi_csv_open(vfi_csv *r, const char *path, uint64_t max, bool skip_comments,
                       vf_error *err);
/* Frees the reader's buffers and closes its file. */
void vfi_csv_free(vfi_csv *r);
/* 1: a record is in r->fields; 0: end of input; -1: error in *err (message
 * "NAME:LINE: ... field N"), the bad line is consumed and the next call goes on
 * with the following line; if r->fatal is set the error is about the file
 * (read error, too long, out of memory) and reading must stop.
 * A line without quotes, carriage returns, NULs or non-ASCII bytes is split by a
 * fast loop; any other goes through the general RFC 4180 path, which gives
 * the same fields for such lines (tests/test_csv_paths.c compares them). Blank lines (and comments) are skipped; every other
 * line is exactly one call's record or error. */
int vfi_csv_next(vfi_csv *r, vf_error *err);
/* Reads a whole file into a NUL-terminated buffer the caller frees. A file of
 * more than @p max bytes is refused with VF_E_RANGE: a regular file before
 * anything is read, a stream (pipe, device) once max + 1 bytes have come. */
vf_status vfi_read_file_max(const char *path, uint64_t max, char **out, size_t *len,
                            vf_error *err);
/* vfi_read_file_max() with VF_READ_MAX_BYTES_DEFAULT. */
vf_status vfi_read_file(const char *path, char **out, size_t *len, vf_error *err);

#endif
