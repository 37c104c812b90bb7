/** @file velferd/network.h
 *  @brief Network comparison from published municipal figures (the ASSS
 *  service profile): each member's value indexed against the network average
 *  (= 100), as defined in docs/indicators.md ("Network comparison").
 *
 *  Published figures are read from a tidy CSV file (municipality, year,
 *  indicator, value) or from Statistics Norway's StatBank CSV export
 *  (semicolon-separated, Norwegian headers, decimal comma); the format is
 *  detected. A municipality's own register can be added as a member
 *  (vf_network_data_add_indicators()). Values are exact decimals (at most 6
 *  decimals, held as scaled integers); averages and indices are computed with
 *  integer and rational arithmetic, never floating point. Indices are rounded
 *  to one decimal, halves away from zero.
 */
#ifndef VELFERD_NETWORK_H
#define VELFERD_NETWORK_H

#include "velferd/common.h"
#include "velferd/indicators.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Published figures of several municipalities (opaque). Not thread-safe
 *  while being filled; read-only use from several threads is safe. */
typedef struct vf_network_data vf_network_data;
/** The comparison of one year (opaque, immutable). */
typedef struct vf_network_result vf_network_result;

/** Layout of a file of published figures. */
typedef enum vf_network_file_format {
  VF_NETWORK_FILE_NONE = 0,     /**< Nothing read yet. */
  VF_NETWORK_FILE_TIDY = 1,     /**< CSV municipality,year,indicator,value[,numerator,denominator]. */
  VF_NETWORK_FILE_STATBANK = 2  /**< SSB StatBank CSV export (semicolons, decimal comma). */
} vf_network_file_format;

/** Average chosen per indicator by vf_network_compare(): pooled when every
 *  member with a value has a numerator and a denominator, else the mean. */
#define VF_NETWORK_AUTO (-1)

/** New, empty set of figures. */
VF_API vf_status vf_network_data_new(vf_network_data **out, vf_error *err);
/** Releases the figures; NULL is allowed. */
VF_API void vf_network_data_free(vf_network_data *nd);
/** Reads a file of published figures (format detected: StatBank if the first
 *  line holds a semicolon, otherwise tidy CSV). A bad row fails the whole read
 *  with ::VF_E_PARSE and a message naming file, line and field; nothing of the
 *  file is kept then. A second value for the same municipality, year and
 *  indicator is ::VF_E_INCONSISTENT. */
VF_API vf_status vf_network_data_read(vf_network_data *nd, const char *path, vf_error *err);
/** As vf_network_data_read() from text in memory; @p name is used in messages. */
VF_API vf_status vf_network_data_read_text(vf_network_data *nd, const char *text, size_t len,
                                           const char *name, vf_error *err);
/** Format of the last file read. */
VF_API vf_network_file_format vf_network_data_format(const vf_network_data *nd);
/** Number of figures held (missing ones, given as SSB symbols, included). */
VF_API size_t vf_network_data_count(const vf_network_data *nd);
/** StatBank rows left out because their region is not a municipality (the
 *  country, counties, KOSTRA groups), over every read. */
VF_API size_t vf_network_data_skipped(const vf_network_data *nd);

/** Latest year of any figure, 0 if there is none. */
VF_API int vf_network_data_latest_year(const vf_network_data *nd);

/** Adds one figure. @p value is a decimal ("12.5" or "12,5") or one of SSB's
 *  symbols ("." ".." "..." ":" for missing, "-" for nil = 0); @p numerator and
 *  @p denominator (both or neither, may be NULL) are decimals whose quotient is
 *  the value in the value's unit (e.g. 100 × persons for a percentage), used for
 *  the pooled average. @p municipality is 1..9999. */
VF_API vf_status vf_network_data_add(vf_network_data *nd, int municipality, int year,
                                     const char *indicator, const char *value,
                                     const char *numerator, const char *denominator,
                                     vf_error *err);
/** Adds every scalar indicator of @p ind (a register's result) for
 *  @p municipality and the result's year, under the indicators' names
 *  (vf_indicator_name()), with their exact numerators and denominators (money
 *  in kroner). These figures replace published ones of the same municipality,
 *  year and indicator, and the municipality takes part in every comparison of
 *  that year even if it is not a member of the network. Suppressed values are
 *  added as ":". */
VF_API vf_status vf_network_data_add_indicators(vf_network_data *nd, int municipality,
                                                const vf_indicators *ind, vf_error *err);
/** Adds indicator @p name = @p expenditure / (@p need / @p need_base) for every
 *  municipality and year that has both: resource use corrected for expenditure
 *  need (docs/indicators.md). @p need_base is the need index's national
 *  average (1 or 100). The quotient is rounded to whole kroner, halves away
 *  from zero; missing if either input is missing or the need is 0. */
VF_API vf_status vf_network_data_correct(vf_network_data *nd, const char *expenditure,
                                         const char *need, int need_base, const char *name,
                                         vf_error *err);

/** Number of networks defined in data/networks/ (compiled in). */
VF_API size_t vf_network_count(void);
/** Name of network @p index ("asss"), NULL if out of range. */
VF_API const char *vf_network_name(size_t index);
/** Municipality numbers of the members of @p network in @p year, in the order
 *  of the definition. Writes at most @p cap numbers to @p numbers (may be NULL
 *  with cap 0) and the number of members to @p n. ::VF_E_NOT_FOUND for an
 *  unknown network. */
VF_API vf_status vf_network_members(const char *network, int year, int *numbers, size_t cap,
                                    size_t *n, vf_error *err);
/** Writes the name of member @p municipality of @p network in @p year
 *  ("Bergen") into @p buf; returns its length like snprintf, 0 (and "") if it
 *  is not a member or the network is unknown. */
VF_API size_t vf_network_member_name(const char *network, int year, int municipality, char *buf,
                                     size_t size);

/** Compares @p year. Members: those of @p network in that year, or every
 *  municipality with figures of that year when @p network is NULL, plus any
 *  added with vf_network_data_add_indicators(). @p how is ::VF_NETWORK_POOLED,
 *  ::VF_NETWORK_MEAN or ::VF_NETWORK_AUTO; ::VF_NETWORK_POOLED fails with
 *  ::VF_E_NO_VALUE naming the indicator and member when a numerator or
 *  denominator is missing. ::VF_E_NOT_FOUND if there is no figure of the year. */
VF_API vf_status vf_network_compare(const vf_network_data *nd, const char *network, int year,
                                    int how, vf_network_result **out, vf_error *err);
/** Releases a result; NULL is allowed. */
VF_API void vf_network_result_free(vf_network_result *res);
/** Year of the result. */
VF_API int vf_network_result_year(const vf_network_result *res);
/** Number of rows: for each indicator (sorted by name), one row for the
 *  network average followed by one row per member (in the network's order). */
VF_API size_t vf_network_result_rows(const vf_network_result *res);

/** One row of a comparison. */
typedef struct vf_network_row {
  const char *indicator;   /**< Indicator name (valid while the result lives). */
  int municipality;        /**< Member's number; 0 on the network average row. */
  const char *name;        /**< Member's name from the network definition ("" if
                                none; "network average" on the average row); valid
                                while the result lives. */
  vf_network_average how;  /**< How this indicator's average is formed. */
  vf_value_status status;  /**< OK; ::VF_VALUE_NO_DATA for a missing value (left
                                out of the average); ::VF_VALUE_UNDEFINED for an
                                average of no values or a zero denominator. */
  char symbol[4];          /**< SSB symbol of a missing value (".", "..", "...",
                                ":"; ".." when the member has no row at all). */
  int64_t num;             /**< Exact value: numerator. */
  int64_t den;             /**< Exact value: denominator (> 0 when OK). */
  int64_t rounded;         /**< Published value × 10^decimals. */
  int decimals;            /**< Decimals of the published value (those given;
                                the average has the most its members have). */
  vf_indicator_value index; /**< Index (unit ::VF_IUNIT_INDEX, exact and in
                                tenths): 100 on the average row; status not OK
                                when the value is missing or the average is 0. */
  int members_used;        /**< Average row: members whose values it holds. */
  int members_missing;     /**< Average row: members left out (missing). */
} vf_network_row;

/** Row @p index. ::VF_E_RANGE if out of range. */
VF_API vf_status vf_network_result_row(const vf_network_result *res, size_t index,
                                       vf_network_row *out, vf_error *err);
/** Writes the published texts of a row as the CSV rendering shows them: the
 *  value ("12.5", or its SSB symbol when missing) into @p value and the index
 *  ("107.1", ".." when the value is missing, "." when undefined) into
 *  @p index, numbers in the language of @p labels (NULL: as in CSV). Either
 *  buffer may be NULL with size 0. */
VF_API void vf_network_row_text(const vf_network_row *row, const vf_labels *labels, char *value,
                                size_t value_size, char *index, size_t index_size);
/** Renders the comparison as text, CSV, JSON or Markdown (columns in
 *  docs/indicators.md); missing members are listed under each indicator.
 *  @p out is released with vf_indicators_text_free(). */
VF_API vf_status vf_network_result_render(const vf_network_result *res, vf_output_format format,
                                          char **out, size_t *len, vf_error *err);
/** As vf_network_result_render(), in the language of @p labels: text and
 *  Markdown get the labels' headings, indicator names (where the labels have
 *  one) and number format. NULL labels: exactly vf_network_result_render().
 *  CSV and JSON are language-neutral either way. */
VF_API vf_status vf_network_result_render_lang(const vf_network_result *res,
                                               vf_output_format format, const vf_labels *labels,
                                               char **out, size_t *len, vf_error *err);

#ifdef __cplusplus
}
#endif
#endif
