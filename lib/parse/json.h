/* A small strict JSON reader (RFC 8259) into a tree, for the library's JSON
 * inputs. No comments, no trailing commas, no duplicate keys, UTF-8 only;
 * numbers are kept as their text so that amounts never pass through floating
 * point. Not installed. */
#ifndef VELFERD_JSON_H
#define VELFERD_JSON_H

#include "core/internal.h"

typedef enum vfi_jtype {
  VFI_JNULL, VFI_JBOOL, VFI_JNUMBER, VFI_JSTRING, VFI_JARRAY, VFI_JOBJECT
} vfi_jtype;

typedef struct vfi_json {
  vfi_jtype type;
  int line, col;           /* where the value starts (1-based) */
  bool boolean;            /* VFI_JBOOL */
  char *text;              /* VFI_JSTRING: decoded UTF-8; VFI_JNUMBER: the number as written */
  size_t n;                /* VFI_JARRAY, VFI_JOBJECT: number of items */
  struct vfi_json *items;  /* array elements, or object member values */
  char **keys;             /* VFI_JOBJECT: member names, in file order */
} vfi_json;

/* Most nesting levels accepted (arrays and objects). */
#define VFI_JSON_MAX_DEPTH 64

/* Parses one JSON value filling the whole text (surrounding white space and a
 * UTF-8 byte-order mark are allowed). Errors are VF_E_PARSE with a message
 * "NAME:LINE:COL: what"; err->line is set. */
vf_status vfi_json_parse(const char *text, size_t len, const char *name, vfi_json **out,
                         vf_error *err);
void vfi_json_free(vfi_json *v);
/* Member `key` of an object, NULL if absent (or v is not an object). */
const vfi_json *vfi_json_get(const vfi_json *v, const char *key);
/* Name of a type for messages ("string", "object", ...). */
const char *vfi_json_type_name(vfi_jtype t);

/* A client from a parsed JSON object (client_io.c; docs/clients.md), for
 * files that embed clients (test cases). Errors name NAME, line and member. */
vf_status vfi_client_from_jnode(const vfi_json *node, const char *name, vf_client **out,
                                vf_error *err);

#endif
