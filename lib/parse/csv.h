/* A small CSV reader (RFC 4180 quoting, LF or CRLF) over text in memory,
 * shared by every CSV format of the library. Not installed. */
#ifndef VELFERD_CSV_H
#define VELFERD_CSV_H

#include "core/internal.h"

typedef struct vfi_csv {
  const char *p, *end;
  const char *name;  /* file name for messages */
  int line;          /* line of the record last returned (1-based) */
  int next_line;
  bool skip_comments; /* lines whose first byte is '#' are skipped */
  char *buf;          /* field text of the current record, NUL-separated */
  size_t cap;
  const char **fields;
  size_t nfields, fcap;
} vfi_csv;

void vfi_csv_init(vfi_csv *r, const char *text, size_t len, const char *name, bool skip_comments);
void vfi_csv_free(vfi_csv *r);
/* 1: a record is in r->fields; 0: end of input; -1: error in *err. Blank lines
 * are skipped. */
int vfi_csv_next(vfi_csv *r, vf_error *err);
/* Reads a whole file into a NUL-terminated buffer the caller frees. */
vf_status vfi_read_file(const char *path, char **out, size_t *len, vf_error *err);

#endif
