/** @file velferd/common.h
 *  @brief Export macro, status codes, the error record and run-time version.
 *
 *  Conventions for the whole API (details in docs/api.md):
 *  - Every fallible function returns a ::vf_status (0 = ::VF_OK) and takes an
 *    optional last argument `vf_error *err` (may be NULL) that receives the
 *    code and a readable message naming the field, value or file line at fault.
 *  - Results are written through out-parameters; on failure they are left
 *    untouched unless the function says otherwise.
 *  - `_new` functions hand ownership to the caller, who releases it with the
 *    matching `_free`; every `_free` accepts NULL.
 */
#ifndef VELFERD_COMMON_H
#define VELFERD_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include "velferd/version.h"

#if defined(_WIN32) && !defined(VF_STATIC)
#  ifdef VF_BUILDING
#    define VF_API __declspec(dllexport)
#  else
#    define VF_API __declspec(dllimport)
#  endif
#elif defined(__GNUC__)
#  define VF_API __attribute__((visibility("default")))
#else
#  define VF_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/** Status codes. The numeric values are part of the ABI and never change. */
typedef enum vf_status {
  VF_OK = 0,               /**< Success. */
  VF_E_INVALID_ARG = 1,    /**< A NULL pointer or an argument outside the function's contract. */
  VF_E_RANGE = 2,          /**< A value out of its allowed range (negative amount, age, count). */
  VF_E_DATE = 3,           /**< An impossible or inconsistent calendar date. */
  VF_E_UNKNOWN_CODE = 4,   /**< A code or name that is not in its code list. */
  VF_E_PARSE = 5,          /**< Malformed text or file (the message names line and field). */
  VF_E_IO = 6,             /**< A file could not be opened, read or written. */
  VF_E_NOMEM = 7,          /**< Out of memory. */
  VF_E_OVERFLOW = 8,       /**< An amount would overflow 64-bit øre. */
  VF_E_NOT_FOUND = 9,      /**< Unknown parameter, profile or record. */
  VF_E_NO_VALUE = 10,      /**< A parameter has no value in force on the date asked. */
  VF_E_DUPLICATE = 11,     /**< A duplicate key (parameter date, client id, ...). */
  VF_E_INCONSISTENT = 12   /**< Inputs that contradict each other. */
} vf_status;

/** Size of ::vf_error's message buffer. */
#define VF_ERROR_MESSAGE_SIZE 320
/** Size of ::vf_error's field buffer. */
#define VF_ERROR_FIELD_SIZE 64

/** Details of a failure. Callers usually keep one on the stack and pass its
 *  address as the last argument; the library fills it on failure only. The
 *  layout is frozen (ABI): later versions add accessors, not members. */
typedef struct vf_error {
  vf_status status;                     /**< Same value the function returned. */
  int line;                             /**< 1-based line in a file or text, 0 if not from a file. */
  char field[VF_ERROR_FIELD_SIZE];      /**< Field, column or parameter at fault, "" if none. */
  char message[VF_ERROR_MESSAGE_SIZE];  /**< Full readable message, NUL-terminated. */
} vf_error;

/** Static description of a status code ("invalid argument", ...); never NULL.
 *  Thread-safe. */
VF_API const char *vf_strerror(vf_status status);

/** Writes @p text into @p buf (@p size bytes; truncated and NUL-terminated
 *  like snprintf) with every possible fødselsnummer masked: each run of
 *  exactly 11 ASCII digits (no digit right before or after it) keeps its
 *  first six digits and shows "*****" for the other five, as the register
 *  masks ids ("12345678901" -> "123456*****"). Shorter and longer digit runs
 *  (amounts, dates, counts) are kept. @p buf may be @p text. Every message
 *  the library writes into a ::vf_error is masked this way
 *  (docs/robustness.md, "Privacy"). Returns @p buf. Thread-safe. */
VF_API char *vf_mask_ids(const char *text, char *buf, size_t size);

/** Default of vf_read_limits::max_bytes: 4 GiB. The largest input velferd is
 *  made for, a national register's `payments.csv` (66 million records), is
 *  about 2.4 GB; every reader holds its whole file in memory, so the limit is
 *  also what a stream without end (a pipe, `/dev/zero`) can make it take. */
#define VF_READ_MAX_BYTES_DEFAULT ((uint64_t)4 << 30)
/** Default of vf_read_limits::max_rejections: 1000 bad rows are kept with
 *  their messages (about 400 bytes each); later ones are only counted. */
#define VF_READ_MAX_REJECTIONS_DEFAULT 1000
/** Version of ::vf_read_limits this header describes. */
#define VF_READ_LIMITS_VERSION 1

/** Bounds on what a reader takes from its input (docs/robustness.md,
 *  "Limits"); fill with vf_read_limits_init() first, then change fields. */
typedef struct vf_read_limits {
  int version;           /**< ::VF_READ_LIMITS_VERSION. */
  uint64_t max_bytes;    /**< A file longer than this is refused (::VF_E_RANGE) before
                              it is parsed; at least 1. Default ::VF_READ_MAX_BYTES_DEFAULT. */
  size_t max_rejections; /**< Rejected rows whose messages a register keeps; later ones
                              are counted only (vf_register_rejection_total()). 0 keeps
                              none. Default ::VF_READ_MAX_REJECTIONS_DEFAULT. */
} vf_read_limits;

/** Fills @p limits with the defaults (nothing if NULL). Thread-safe. */
VF_API void vf_read_limits_init(vf_read_limits *limits);

/** Version of the library actually linked, as "MAJOR.MINOR.PATCH"; compare
 *  with ::VF_VERSION_STRING to detect a header/library mismatch. Thread-safe. */
VF_API const char *vf_version(void);

/** Version of the linked library as ::VF_VERSION_NUMBER. Thread-safe. */
VF_API int vf_version_number(void);

#ifdef __cplusplus
}
#endif
#endif
