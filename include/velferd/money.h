/** @file velferd/money.h
 *  @brief Money as integer øre, with overflow-checked arithmetic and rounding.
 *
 *  An amount is a ::vf_money: a signed 64-bit count of øre (1 krone = 100 øre).
 *  No function here uses floating point. Every function is pure and thread-safe.
 */
#ifndef VELFERD_MONEY_H
#define VELFERD_MONEY_H

#include "velferd/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** An amount of money in øre. */
typedef int64_t vf_money;

/** Øre in one krone. */
#define VF_ORE_PER_KRONE 100

/** How a division that does not come out even is rounded. */
typedef enum vf_rounding {
  VF_ROUND_HALF_AWAY = 0, /**< To nearest; halves away from zero (the default everywhere). */
  VF_ROUND_TRUNC = 1,     /**< Toward zero. */
  VF_ROUND_FLOOR = 2,     /**< Toward minus infinity. */
  VF_ROUND_CEIL = 3,      /**< Toward plus infinity. */
  VF_ROUND_HALF_EVEN = 4  /**< To nearest; halves to the even neighbour. */
} vf_rounding;

/** a + b into *out; ::VF_E_OVERFLOW if the sum does not fit. */
VF_API vf_status vf_money_add(vf_money a, vf_money b, vf_money *out, vf_error *err);
/** a - b into *out; ::VF_E_OVERFLOW if the difference does not fit. */
VF_API vf_status vf_money_sub(vf_money a, vf_money b, vf_money *out, vf_error *err);

/** amount × num ÷ den, rounded with @p mode, computed exactly (128-bit
 *  intermediate). Used for shares of an amount, e.g. 80 % = 4/5, 2 G = 2/1.
 *  @return ::VF_E_INVALID_ARG if den is 0 or out is NULL, ::VF_E_OVERFLOW if the
 *  result does not fit in 64 bits. */
VF_API vf_status vf_money_mul_ratio(vf_money amount, int64_t num, int64_t den,
                                    vf_rounding mode, vf_money *out, vf_error *err);

/** A yearly amount as a monthly one: yearly ÷ 12, rounded half away from zero
 *  to the øre. */
VF_API vf_status vf_money_yearly_to_monthly(vf_money yearly, vf_money *out, vf_error *err);

/** Rounds to whole kroner (a multiple of 100 øre) with @p mode. */
VF_API vf_status vf_money_round_kroner(vf_money amount, vf_rounding mode, vf_money *out,
                                       vf_error *err);

/** Parses kroner written as digits with an optional sign and at most two
 *  decimals after '.' or ',' ("1234", "-12.5", "10550,50"). No thousands
 *  separators, no surrounding spaces. ::VF_E_PARSE names the offending text;
 *  ::VF_E_OVERFLOW if it does not fit. */
VF_API vf_status vf_money_parse(const char *text, vf_money *out, vf_error *err);

/** Writes @p amount as kroner with two decimals ("1234.50", "-0.05") into
 *  @p buf of @p size bytes. Returns the length written, or the length needed
 *  (excluding NUL) if @p size is too small, like snprintf. At most 24 bytes are
 *  ever needed. */
VF_API size_t vf_money_format(vf_money amount, char *buf, size_t size);

#ifdef __cplusplus
}
#endif
#endif
