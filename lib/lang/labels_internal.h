/* Pieces of the labels for the library's own renderers. Not installed. */
#ifndef VELFERD_LABELS_INTERNAL_H
#define VELFERD_LABELS_INTERNAL_H

#include "velferd/labels.h"

/* Undoes the escapes of a text in a table ("\\n" a line break, "\\\\" a
 * backslash), in place. */
void vfi_labels_unescape(char *s);

/* vf_labels_fill() on a template already looked up (NULL: ""). */
size_t vfi_labels_fill_text(const char *tmpl, const char *const *args, size_t nargs, char *buf,
                            size_t size);

#endif
