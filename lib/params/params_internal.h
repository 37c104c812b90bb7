/* Between the context (params.c) and the projections (projection.c). Not
 * installed. */
#ifndef VELFERD_PARAMS_INTERNAL_H
#define VELFERD_PARAMS_INTERNAL_H

#include "core/internal.h"

/* A context's projection: the method, its figure and the per-parameter rules
 * of data/params/projection.csv. Immutable once made, reference-counted, so
 * clones share it. */
typedef struct vfi_proj vfi_proj;

/* Makes a projection for @p ctx (its parameters are checked against the
 * rules). *out NULL for VF_PROJECTION_NONE. */
vf_status vfi_proj_new(vfi_proj **out, const vf_ctx *ctx, vf_projection_method method,
                       int64_t hundredths, const char *index_path, vf_error *err);
vfi_proj *vfi_proj_retain(vfi_proj *p);
void vfi_proj_release(vfi_proj *p);
/* "g", "3.00%", "index FILE"; "" for NULL. */
const char *vfi_proj_text(const vfi_proj *p);
/* A digest of everything that defines the projected figures (for the
 * parameter set's id). */
uint64_t vfi_proj_digest(const vfi_proj *p);

/* The value of parameter @p name on @p on, which falls in a gap after the
 * parameter's last enacted value @p base; the gap starts on @p gap_start
 * (its first row, with source @p gap_source). Fills *out flagged as
 * projected, or fails with VF_E_NO_VALUE (the parameter is not projected by
 * this method) naming why, or VF_E_OVERFLOW. */
vf_status vfi_proj_value(const vfi_proj *p, const vf_ctx *ctx, const vf_param_value *base,
                         vf_date gap_start, const char *gap_source, vf_date on,
                         vf_param_value *out, vf_error *err);

/* A lookup that never projects (what is enacted). */
vf_status vfi_param_enacted(const vf_ctx *ctx, const char *name, vf_date on, vf_param_value *out,
                            vf_error *err);

#endif
