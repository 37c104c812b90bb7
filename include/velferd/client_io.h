/** @file velferd/client_io.h
 *  @brief Clients as JSON and CSV text: reading with errors that name the
 *  line and field, and writing back in the same formats (a round trip).
 *
 *  The formats are described in docs/clients.md. Field names are the code
 *  names of vf_code_name(): `gender`, `civil_status`, `citizenship`,
 *  `main_income`, `trygd`, the incomes `income.work` ... (JSON) or
 *  `income_work` ... (CSV), the housing costs, the facts, and the children's
 *  birth dates. Amounts are kroner with at most two decimals; they are read
 *  exactly (never through floating point). Unknown fields are errors, so a
 *  misspelt column is caught rather than ignored.
 *
 *  Thread safety: the functions without a reader are pure and thread-safe. A
 *  ::vf_client_reader is used by one thread at a time.
 */
#ifndef VELFERD_CLIENT_IO_H
#define VELFERD_CLIENT_IO_H

#include "velferd/common.h"
#include "velferd/client.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Reads one client from a JSON object (docs/clients.md).
 *  @param out   receives a new client, owned by the caller (vf_client_free());
 *               untouched on failure.
 *  @param text  the JSON text, UTF-8; need not be NUL-terminated.
 *  @param len   length of @p text in bytes.
 *  @param name  name used in messages (a file name), or NULL for "<json>".
 *  @param err   optional error details.
 *  @return ::VF_OK; ::VF_E_PARSE for malformed JSON, an unknown member or a
 *  value of the wrong type; ::VF_E_UNKNOWN_CODE, ::VF_E_DATE, ::VF_E_RANGE
 *  for a bad value. The message starts "NAME:LINE:" and names the member
 *  (e.g. "income.rent"), which is also in err->field; err->line is the line.
 *  Thread-safe. */
VF_API vf_status vf_client_from_json(vf_client **out, const char *text, size_t len,
                                     const char *name, vf_error *err);

/** Reads one client from a JSON file; as vf_client_from_json() with the path
 *  as name. ::VF_E_IO if the file cannot be read. Thread-safe. */
VF_API vf_status vf_client_read_json_file(vf_client **out, const char *path, vf_error *err);

/** Writes @p client as a JSON object (every field, in the documented order,
 *  two-space indented, ending with a newline) into @p buf of @p size bytes.
 *  @return the length of the text (excluding NUL). If that is @p size or more,
 *  the text was truncated (still NUL-terminated when size > 0): call again
 *  with a buffer of the returned length + 1, as with snprintf. Returns 0 if
 *  @p client is NULL. Thread-safe. */
VF_API size_t vf_client_format_json(const vf_client *client, char *buf, size_t size);

/** Writes the CSV header line (column names, no newline) into @p buf; the
 *  return value and truncation are as for vf_client_format_json(). */
VF_API size_t vf_client_csv_header(char *buf, size_t size);

/** Writes @p client as one CSV row matching vf_client_csv_header() (quoted as
 *  RFC 4180 needs, no newline); return value as for vf_client_format_json().
 *  Thread-safe. */
VF_API size_t vf_client_format_csv(const vf_client *client, char *buf, size_t size);

/** A reader of clients from CSV text, one row at a time. */
typedef struct vf_client_reader vf_client_reader;

/** Opens CSV text (copied: @p text may be freed afterwards) and reads its
 *  header. The header must name known, distinct columns; columns may come in
 *  any order and absent ones keep their defaults (unknown codes, no amounts).
 *  @param out   receives the reader, owned by the caller (vf_client_reader_free()).
 *  @param text  the CSV text, UTF-8; need not be NUL-terminated.
 *  @param len   length of @p text in bytes.
 *  @param name  name used in messages, or NULL for "<csv>".
 *  @param err   optional error details.
 *  @return ::VF_OK; ::VF_E_PARSE if the header is missing or has an unknown or
 *  repeated column (the message names it), or if the text is JSON (its first
 *  character after white space is `{` or `[`). A UTF-8 byte-order mark is
 *  skipped. Every row is one line: a quoted field cannot span lines. */
VF_API vf_status vf_client_reader_open_text(vf_client_reader **out, const char *text, size_t len,
                                            const char *name, vf_error *err);

/** As vf_client_reader_open_text() on the contents of file @p path;
 *  ::VF_E_IO if it cannot be read, ::VF_E_RANGE if it is longer than
 *  ::VF_READ_MAX_BYTES_DEFAULT. */
VF_API vf_status vf_client_reader_open(vf_client_reader **out, const char *path, vf_error *err);

/** As vf_client_reader_open() with the file size limit of @p limits
 *  (vf_read_limits::max_bytes; NULL for the defaults; max_rejections is not
 *  used here). ::VF_E_RANGE if the file is longer, ::VF_E_INVALID_ARG for bad
 *  limits. */
VF_API vf_status vf_client_reader_open_limited(vf_client_reader **out, const char *path,
                                               const vf_read_limits *limits, vf_error *err);

/** Reads the next row.
 *  @param r    the reader.
 *  @param out  receives a new client owned by the caller, or NULL at the end
 *              of the input (with ::VF_OK).
 *  @param err  optional error details.
 *  @return ::VF_OK; on a bad row an error status (::VF_E_PARSE,
 *  ::VF_E_UNKNOWN_CODE, ::VF_E_DATE, ::VF_E_RANGE, ::VF_E_OVERFLOW) with
 *  *out = NULL and a message "NAME:LINE: COLUMN: what" (err->line and
 *  err->field are set). The bad row is consumed: the next call goes on with
 *  the following row, so a caller can report bad rows and keep reading. After
 *  a broken quoted field the reader resumes at the next line. Not thread-safe
 *  on one reader. */
VF_API vf_status vf_client_reader_next(vf_client_reader *r, vf_client **out, vf_error *err);

/** Line on which the row last returned by vf_client_reader_next() starts
 *  (1 = the header), 0 before the first row. */
VF_API int vf_client_reader_line(const vf_client_reader *r);

/** Text of column @p column ("id", "gender", ...) in the row last returned by
 *  vf_client_reader_next(), as written in the file, also when that row was
 *  rejected for a bad value (so a caller can name the row by its id). NULL if
 *  the header has no such column, before the first row, at the end, or after a
 *  row that could not be split into fields. Borrowed: valid until the next call
 *  on @p r. */
VF_API const char *vf_client_reader_value(const vf_client_reader *r, const char *column);

/** Releases a reader; NULL is allowed. */
VF_API void vf_client_reader_free(vf_client_reader *r);

#ifdef __cplusplus
}
#endif
#endif
