/* Options for the readers' limits (vf_read_limits; docs/robustness.md,
 * "Limits"), for the commands that read large files. */
#ifndef VELFERD_CLI_LIMITS_H
#define VELFERD_CLI_LIMITS_H

#include "cli.h"

#define VT_OPT_MAX_INPUT {"max-input-size", 0, "BYTES", NULL, 0}
#define VT_OPT_MAX_REJECTIONS {"max-rejections", 0, "N", NULL, 0}

/* Fills *l with the defaults and the spec's --max-input-size and
 * --max-rejections (those it has and were given). Returns -1 to go on, or
 * VT_EXIT_USAGE after a message naming the option. */
int vt_read_limits(const vt_spec *spec, vf_read_limits *l);

#endif
