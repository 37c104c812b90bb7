/* Internal helpers shared by the implementation files; not installed. */
#ifndef VELFERD_INTERNAL_H
#define VELFERD_INTERNAL_H

#include "velferd/velferd.h"
#include <stdbool.h>

#if defined(__GNUC__)
#  define VFI_PRINTF(a, b) __attribute__((format(printf, a, b)))
/* Inlined into every caller, so a caller passing constants (a NULL trace)
 * gets a copy with the branches on them removed. */
#  define VFI_INLINE __attribute__((always_inline)) inline
#else
#  define VFI_PRINTF(a, b)
#  define VFI_INLINE inline
#endif

/* Fills *err (if not NULL) and returns status, so callers write
 * `return vfi_fail(err, VF_E_RANGE, 0, "rent", "rent is negative: %s", s);`. */
vf_status vfi_fail(vf_error *err, vf_status status, int line, const char *field,
                   const char *fmt, ...) VFI_PRINTF(5, 6);
/* Fails with VF_E_UNKNOWN_CODE for integer @p value of code list @p list in
 * @p field, the message listing the valid values ("trygd: unknown code 99
 * (one of: 0 unknown, 1 sickness, ...)"). Returns VF_E_UNKNOWN_CODE. */
vf_status vfi_fail_code(vf_error *err, vf_code_list list, const char *field, int value);

/* A number that no other context, and no earlier state of this one, has had:
 * caches keyed on it never see a changed or freed-and-reused context. */
uint64_t vfi_ctx_serial(const vf_ctx *ctx);

/* strdup that returns NULL on NULL input or out of memory. */
char *vfi_strdup(const char *s);
/* Masks every possible fødselsnummer in @p s in place (vf_mask_ids());
 * @p cut: the text was truncated, so its last run of digits may go on. */
void vfi_mask_ids(char *s, bool cut);

/* True if [s, s+len) is well-formed UTF-8 without NUL bytes. */
bool vfi_utf8_valid(const char *s, size_t len);

/* Copies *in (NULL: the defaults) to *out after checking its version and
 * fields; VF_E_INVALID_ARG naming the field otherwise. */
vf_status vfi_read_limits_check(const vf_read_limits *in, vf_read_limits *out, vf_error *err);

/* Parses a decimal integer filling the whole string; false on junk or overflow. */
bool vfi_parse_int64(const char *s, int64_t *out);

/* A read-only copy of a client sized to its children (about 220 bytes instead
 * of 600), for registers of millions of clients. Never add children to it;
 * vf_client_clone() of it gives a full, modifiable client. Free with
 * vf_client_free(). */
vf_status vfi_client_clone_compact(vf_client **out, const vf_client *client, vf_error *err);
/* Clears a client to the state vf_client_new() gives (for reusing one per row). */
void vfi_client_reset(vf_client *c);

#endif
