/* The options of the indicator computation that `indicators` and `report`
 * take: --age-band LO-HI (repeatable), --point-month M, --exclude-unknown. */
#ifndef VELFERD_CLI_INDICATOR_OPTS_H
#define VELFERD_CLI_INDICATOR_OPTS_H

#include "cli.h"

#define VT_OPT_AGE_BAND {"age-band", 0, "LO-HI...", NULL, 0}
#define VT_OPT_POINT_MONTH {"point-month", 0, "M", NULL, 0}
#define VT_OPT_EXCLUDE_UNKNOWN {"exclude-unknown", 0, NULL, NULL, 0}

/* Fills o (initialised by the caller) from those options of spec and argv.
 * Returns -1, or VT_EXIT_USAGE after a message naming the bad value. */
int vt_indicator_options(const vt_spec *spec, int argc, char **argv, vf_indicator_options *o);

#endif
