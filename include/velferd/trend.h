/** @file velferd/trend.h
 *  @brief Trend series: the indicators of several years side by side (one
 *  series per indicator, one value per year) with the change from the
 *  second-last to the last year, as the status reports' trend pages show
 *  (docs/indicators.md, "Trends").
 *
 *  A series set is filled with one indicator result per year (from one
 *  register computed for several years, or from one register per year). The
 *  values are copied; the results may be freed afterwards. Every value keeps
 *  its exact fraction and status (suppressed values stay suppressed).
 */
#ifndef VELFERD_TREND_H
#define VELFERD_TREND_H

#include "velferd/common.h"
#include "velferd/indicators.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Indicator values of several years (opaque). Not thread-safe while being
 *  filled; read-only use from several threads is safe. */
typedef struct vf_trend vf_trend;

/** Series beyond the scalar indicators: series 0 .. ::VF_IND_COUNT - 1 are
 *  the indicators (::vf_indicator), then these cells of the citizenship table. */
#define VF_TREND_FOREIGN ((size_t)VF_IND_COUNT)             /**< Foreign citizens (persons). */
#define VF_TREND_FOREIGN_SHARE ((size_t)VF_IND_COUNT + 1)   /**< Foreign citizens, % of recipients. */

/** New, empty series set. */
VF_API vf_status vf_trend_new(vf_trend **out, vf_error *err);
/** Releases the set; NULL is allowed. */
VF_API void vf_trend_free(vf_trend *t);
/** Adds the values of one year's result (its year: vf_indicators_year()). The
 *  years are kept in ascending order whatever order they are added in; a
 *  second result of a year already held is ::VF_E_INCONSISTENT. */
VF_API vf_status vf_trend_add(vf_trend *t, const vf_indicators *ind, vf_error *err);
/** Number of years held. */
VF_API size_t vf_trend_years(const vf_trend *t);
/** Year number @p i (0 = earliest), 0 if out of range. */
VF_API int vf_trend_year(const vf_trend *t, size_t i);
/** Number of series (the same for every set): ::VF_IND_COUNT + 2. */
VF_API size_t vf_trend_series_count(void);
/** Stable name of series @p s: vf_indicator_name() for an indicator,
 *  "foreign_citizens" and "foreign_citizens_share" for the others; NULL if out
 *  of range. */
VF_API const char *vf_trend_series_name(size_t s);
/** Value of series @p s in year number @p i. ::VF_E_RANGE if either is out of range. */
VF_API vf_status vf_trend_value(const vf_trend *t, size_t s, size_t i, vf_indicator_value *out,
                                vf_error *err);
/** Change of series @p s from year number @p i - 1 to year number @p i
 *  (vf_indicator_change_compute()); ::VF_E_RANGE unless 1 <= i < years. */
VF_API vf_status vf_trend_change(const vf_trend *t, size_t s, size_t i, vf_indicator_change *out,
                                 vf_error *err);
/** Renders the series as a table, one row per series and one column per year,
 *  with the change from the second-last to the last year (absolute and in %):
 *  text, CSV (`indicator,<year>...,change,change_pct`), JSON or Markdown, in
 *  the language of @p labels (NULL: English with the stable names; CSV and JSON
 *  are language-neutral). @p out is released with vf_indicators_text_free(). */
VF_API vf_status vf_trend_render_lang(const vf_trend *t, vf_output_format format,
                                      const vf_labels *labels, char **out, size_t *len,
                                      vf_error *err);

#ifdef __cplusplus
}
#endif
#endif
