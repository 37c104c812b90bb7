/* velferd params coverage / template: the two actions of `velferd params`
 * that are not a listing (cmd_params.c dispatches to them). */
#ifndef VT_PARAMS_COVERAGE_H
#define VT_PARAMS_COVERAGE_H

#include "cli.h"

/* Writes the coverage report of ctx to f as text (json: 0) or JSON (1).
 * Returns VT_EXIT_OK, or an exit code after printing the error. */
int vt_params_coverage(const vf_ctx *ctx, int json, FILE *f);

#endif
