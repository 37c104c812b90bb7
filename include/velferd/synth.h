/** @file velferd/synth.h
 *  @brief Deterministic synthetic registers, since real registers are
 *  confidential: for tests, demonstrations and benchmarks.
 *
 *  A profile fixes the shares of every client attribute, the distribution of
 *  months with assistance and the payment levels. The default profile
 *  "city2008" is calibrated to published figures for a large Norwegian city in
 *  2008 (docs/indicators.md, "Synthetic register"); any number of persons can
 *  be generated with the same shares, up to a whole country.
 *
 *  Output depends only on (profile, persons, seed, year): the generator uses
 *  its own integer PRNG (splitmix64), no floating point and no rand(), so every
 *  platform produces the same register. Thread-safe.
 */
#ifndef VELFERD_SYNTH_H
#define VELFERD_SYNTH_H

#include "velferd/common.h"
#include "velferd/register.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Generates a register of @p persons recipients of economic assistance in
 *  @p year (every generated client is paid in at least one month of the
 *  year), with population counts for @p year scaled to the same size.
 *  @p profile: "city2008" (also "default" or NULL), or "city2008_trygd" (the
 *  same, with trygd situations beside work and social assistance as main
 *  income; docs/indicators.md). ::VF_E_NOT_FOUND for an
 *  unknown profile, ::VF_E_RANGE if @p persons is 0 or above 100 million,
 *  ::VF_E_DATE if @p year is outside 1900..9000. @p out receives a new
 *  register the caller frees with vf_register_free(). */
VF_API vf_status vf_synth_register(const char *profile, size_t persons, uint64_t seed, int year,
                                   vf_register **out, vf_error *err);

/** Number of synthetic profiles. */
VF_API size_t vf_synth_profile_count(void);
/** Name of profile @p index, NULL if out of range. Static string. */
VF_API const char *vf_synth_profile_name(size_t index);

#ifdef __cplusplus
}
#endif
#endif
