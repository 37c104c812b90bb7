/** @file velferd/indicators.h
 *  @brief Indicators of economic social assistance computed from a register,
 *  with small-cell suppression, year-on-year change and network comparison.
 *
 *  vf_indicators_compute() makes one pass over the register's payment records
 *  for a year and keeps only per-client month masks (memory proportional to the
 *  number of clients). The result is immutable: any number of threads may read
 *  it at once. Every indicator is defined in docs/indicators.md with its
 *  numerator, denominator, edge cases and KOSTRA/SSB source.
 *
 *  Values are exact rationals (num/den, money in øre) plus the value rounded
 *  the way SSB publishes it (whole kroner, or one decimal for percentages,
 *  averages of months and rates; halves rounded up, away from zero). No
 *  floating point is used.
 *
 *  Privacy: unless switched off, every count of persons from 1 to
 *  suppress_below - 1 is suppressed (primary), and tables get enough further
 *  cells suppressed (secondary) that a suppressed cell cannot be recovered from
 *  the total. A suppressed value has its numbers zeroed and its status or flag
 *  set, so no writer or binding can publish it by mistake.
 */
#ifndef VELFERD_INDICATORS_H
#define VELFERD_INDICATORS_H

#include "velferd/common.h"
#include "velferd/register.h"
#include "velferd/classify.h"
#include "velferd/labels.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Opaque indicator result; release with vf_indicators_free(). */
typedef struct vf_indicators vf_indicators;

/** The scalar indicators (stable values; names from vf_indicator_name()). */
typedef enum vf_indicator {
  VF_IND_RECIPIENTS = 0,             /**< Recipients during the year (persons). */
  VF_IND_RECIPIENTS_MONTH = 1,       /**< Recipients in the options' point month. */
  VF_IND_BENEFIT_MONTHS = 2,         /**< Client-months with assistance. */
  VF_IND_AVG_DURATION = 3,           /**< Average benefit duration, months. */
  VF_IND_LONG_TERM_SHARE = 4,        /**< % of recipients with 6+ months. */
  VF_IND_LONG_TERM_CONTINUOUS_SHARE = 5, /**< % of recipients with 6+ consecutive months. */
  VF_IND_GROSS = 6,                  /**< Gross payments (øre). */
  VF_IND_REFUNDED = 7,               /**< Refunded/recovered amounts (øre). */
  VF_IND_NET = 8,                    /**< Net payments = gross - refunded (øre, may be negative). */
  VF_IND_GROSS_PER_RECIPIENT = 9,    /**< Gross payments per recipient (øre). */
  VF_IND_AVG_PER_MONTH = 10,         /**< Gross payments per benefit month (øre). */
  VF_IND_SA_MAIN_INCOME_SHARE = 11,  /**< % of recipients with social assistance as main income. */
  VF_IND_SA_LONG_TERM_SHARE = 12,    /**< % of recipients with social assistance as main income
                                          and 6+ months (ASSS indicator). */
  VF_IND_YOUNG_SHARE = 13,           /**< % of recipients aged 18-24. */
  VF_IND_PROVIDER_SHARE = 14,        /**< % of recipients providing for children under 18. */
  VF_IND_CHILDREN = 15,              /**< Children under 18 in recipient households. */
  VF_IND_POPULATION_RATE = 16,       /**< Recipients per 100 inhabitants in the options' age band. */
  VF_IND_GRANTS = 17,                /**< Gross payments as grants (bidrag, øre). */
  VF_IND_LOANS = 18,                 /**< Gross payments as loans (lån, øre); grants + loans = gross. */
  VF_IND_COUNT = 19                  /**< Number of indicators (not an indicator). */
} vf_indicator;

/** Unit of an indicator value. */
typedef enum vf_indicator_unit {
  VF_IUNIT_PERSONS = 1, /**< A count (published as an integer). */
  VF_IUNIT_MONEY = 2,   /**< øre (published in whole kroner). */
  VF_IUNIT_PERCENT = 3, /**< Percent (published with one decimal). */
  VF_IUNIT_MONTHS = 4,  /**< Months (published with one decimal). */
  VF_IUNIT_PER_100 = 5, /**< Per 100 inhabitants (published with one decimal). */
  VF_IUNIT_INDEX = 6    /**< Index, network average = 100 (published with one decimal). */
} vf_indicator_unit;

/** State of a value. */
typedef enum vf_value_status {
  VF_VALUE_OK = 0,          /**< num/den and rounded hold the value. */
  VF_VALUE_UNDEFINED = 1,   /**< Denominator zero (e.g. an average over no recipients). */
  VF_VALUE_SUPPRESSED = 2,  /**< Hidden by small-cell suppression. */
  VF_VALUE_NO_DATA = 3      /**< Needed input missing (population counts). */
} vf_value_status;

/** One indicator value. Exact value = num / den (den > 0) in the unit's base
 *  (øre, persons, percent, months, per 100, index points); published value =
 *  rounded / 10^decimals in the published unit (kroner for money). When status
 *  is not ::VF_VALUE_OK, num, den and rounded are 0. */
typedef struct vf_indicator_value {
  vf_indicator indicator;  /**< Which indicator (::VF_IND_COUNT for a table cell). */
  vf_indicator_unit unit;  /**< Unit. */
  vf_value_status status;  /**< Whether the numbers are valid. */
  int64_t num;             /**< Exact numerator. */
  int64_t den;             /**< Exact denominator (> 0 when status is OK). */
  int64_t rounded;         /**< Published value times 10^decimals. */
  int decimals;            /**< 0 or 1. */
} vf_indicator_value;

/** Version of ::vf_indicator_options this header describes (2 added
 *  exclude_unknown, the further age bands and weighted; a version-1 struct is still
 *  accepted, with those fields taken as 0). */
#define VF_INDICATOR_OPTIONS_VERSION 2
/** Most further age bands of ::vf_indicator_options. */
#define VF_RATE_BANDS_MAX 8

/** Options of a computation; fill with vf_indicator_options_init() first. */
typedef struct vf_indicator_options {
  int version;          /**< ::VF_INDICATOR_OPTIONS_VERSION. */
  int suppress_below;   /**< Counts 1..suppress_below-1 are suppressed; 0 switches
                             suppression off. Default 5. */
  int point_month;      /**< Month of ::VF_IND_RECIPIENTS_MONTH, 1..12. Default 11. */
  int rate_age_from;    /**< Age band of ::VF_IND_POPULATION_RATE. Default 18. */
  int rate_age_to;      /**< Default 66 (inclusive). */
  int threads;          /**< Threads for the pass over the payment records: 0 =
                             automatic (one per online CPU, at most 4, and only
                             from 1 million records on), 1 = the calling thread
                             only, up to 64. Results do not depend on it. */
  int exclude_unknown;  /**< 1: percentages (table rows, the shares of recipients by
                             age, main income) leave the unknown category out of
                             the denominator, as municipal reports do; 0 (default,
                             as SSB): unknowns are in the denominator. */
  int rate_bands;       /**< Further age bands whose population rate the renderings
                             show after the indicators, 0..::VF_RATE_BANDS_MAX. */
  int rate_band[VF_RATE_BANDS_MAX][2]; /**< Their first and last ages (inclusive). */
  int weighted;         /**< (Version 2.) 1: counts and amounts are weighted with the
                             register's client weights (vf_register_set_weight(), the
                             `weight` column of clients.csv): a count is the sum of
                             its persons' weights, an amount the sum of each payment
                             times its client's weight; shares and averages are
                             ratios of these (docs/indicators.md, "Weighted
                             indicators"). Small-cell suppression still looks at
                             the persons behind each figure, not their weights.
                             ::VF_E_INVALID_ARG if the register has no weights.
                             Default 0. Options of version 1 (without this member)
                             are accepted and compute unweighted. */
} vf_indicator_options;

/** Fills @p opts with the defaults. */
VF_API void vf_indicator_options_init(vf_indicator_options *opts);

/** Computes every indicator and table of @p year from @p reg. @p opts may be
 *  NULL for the defaults. ::VF_E_INVALID_ARG for bad options (the message
 *  names the field), ::VF_E_DATE for a year outside 1..9999, ::VF_E_OVERFLOW if
 *  a money total does not fit in 64 bits. Thread-safe on a register nobody is
 *  modifying. */
VF_API vf_status vf_indicators_compute(const vf_register *reg, int year,
                                       const vf_indicator_options *opts, vf_indicators **out,
                                       vf_error *err);
/** Releases a result; NULL is allowed. */
VF_API void vf_indicators_free(vf_indicators *ind);
/** Year the result is for. */
VF_API int vf_indicators_year(const vf_indicators *ind);
/** Options the result was computed with (borrowed). */
VF_API const vf_indicator_options *vf_indicators_options(const vf_indicators *ind);
/** Payment records of the year that were read (records of other years are not). */
VF_API size_t vf_indicators_records_used(const vf_indicators *ind);

/** Value of indicator @p which. ::VF_E_INVALID_ARG for an unknown indicator. */
VF_API vf_status vf_indicators_value(const vf_indicators *ind, vf_indicator which,
                                     vf_indicator_value *out, vf_error *err);
/** Recipients aged @p age_from..@p age_to (at the end of the year) per 100
 *  inhabitants of the same ages (::VF_IUNIT_PER_100). ::VF_VALUE_NO_DATA if a
 *  population count of an age in the band is missing; ::VF_E_RANGE if the band
 *  is outside 0..120 or empty. */
VF_API vf_status vf_indicators_rate(const vf_indicators *ind, int age_from, int age_to,
                                    vf_indicator_value *out, vf_error *err);

/** Stable name of an indicator ("recipients", "avg_duration", ...), NULL if unknown. */
VF_API const char *vf_indicator_name(vf_indicator which);
/** Short English description of an indicator, NULL if unknown. */
VF_API const char *vf_indicator_label(vf_indicator which);
/** Indicator from its name; ::VF_E_NOT_FOUND if none. */
VF_API vf_status vf_indicator_parse(const char *name, vf_indicator *out, vf_error *err);

/** Distribution tables of recipients. */
typedef enum vf_indicator_table {
  VF_TABLE_AGE_GROUP = 0,       /**< By ::vf_age_group. */
  VF_TABLE_GENDER = 1,          /**< By ::vf_gender. */
  VF_TABLE_CIVIL_STATUS = 2,    /**< By ::vf_civil_status. */
  VF_TABLE_CITIZENSHIP = 3,     /**< By ::vf_citizenship. */
  VF_TABLE_PROVIDER_STATUS = 4, /**< By ::vf_provider_status, with children per row. */
  VF_TABLE_MAIN_INCOME = 5,     /**< By ::vf_main_income. */
  VF_TABLE_TRYGD = 6,           /**< By ::vf_trygd, recipients whose main income is trygd. */
  VF_TABLE_DURATION = 7,        /**< By number of months with assistance, 1..12. */
  VF_TABLE_TRYGD_ALL = 8,       /**< By ::vf_trygd, every recipient with a trygd situation
                                     (any type but "none"), whatever the main income. */
  VF_TABLE_COUNT = 9            /**< Number of tables (not a table). */
} vf_indicator_table;

/** Why a cell is suppressed. */
typedef enum vf_suppression {
  VF_SUPPRESS_NONE = 0,      /**< Published. */
  VF_SUPPRESS_PRIMARY = 1,   /**< Fewer than suppress_below persons. */
  VF_SUPPRESS_SECONDARY = 2  /**< Hidden so that a primary cell cannot be recovered. */
} vf_suppression;

/** One row of a table. Exact percentage = pct_num / pct_den; rounded to one
 *  decimal in pct_tenths. When suppressed, count, children and the percentage
 *  are 0. */
typedef struct vf_table_row {
  const char *code;        /**< Stable code name ("18_24", "female", "3" months). Static. */
  int value;               /**< Enumeration value (number of months for ::VF_TABLE_DURATION). */
  int64_t count;           /**< Persons. */
  int64_t pct_num;         /**< Percentage numerator (100 × count). */
  int64_t pct_den;         /**< Percentage denominator (table total); 0 if the total is 0. */
  int64_t pct_tenths;      /**< Percentage rounded to one decimal, in tenths. */
  int64_t children;        /**< ::VF_TABLE_PROVIDER_STATUS: children in these households. */
  vf_suppression suppressed; /**< Whether and why the row is hidden. */
} vf_table_row;

/** Stable name of a table ("age_group", ...), NULL if unknown. */
VF_API const char *vf_indicator_table_name(vf_indicator_table table);
/** Name of an indicator in the labels' language ("Andel langtidsmottakere med
 *  sosialhjelp som hovedinntektskilde (%)"); NULL if unknown. See labels.h. */
VF_API const char *vf_labels_indicator(const vf_labels *labels, vf_indicator which);
/** Title of a table in the labels' language ("Mottakere etter alder"). */
VF_API const char *vf_labels_table(const vf_labels *labels, vf_indicator_table table);
/** Name of a unit in the labels' language ("måneder", "kr"). */
VF_API const char *vf_labels_unit(const vf_labels *labels, vf_indicator_unit unit);
/** Label of row @p value of @p table in the labels' language: the code's label
 *  ("18-24 år", "Skilt/separert"), or for ::VF_TABLE_DURATION the number of
 *  months ("3 måneder"); NULL if unknown. */
VF_API const char *vf_labels_table_row(const vf_labels *labels, vf_indicator_table table,
                                       int value);
/** Table from its name; ::VF_E_NOT_FOUND if none. */
VF_API vf_status vf_indicator_table_parse(const char *name, vf_indicator_table *out,
                                          vf_error *err);
/** Number of rows of a table (fixed per table: every category, unknown last); 0 if unknown. */
VF_API size_t vf_indicators_table_rows(const vf_indicators *ind, vf_indicator_table table);
/** Row @p index of a table. ::VF_E_RANGE if out of range. */
VF_API vf_status vf_indicators_table_row(const vf_indicators *ind, vf_indicator_table table,
                                         size_t index, vf_table_row *out, vf_error *err);
/** Total of a table (persons, never suppressed: it equals a published count,
 *  or is suppressed as a whole when it is itself below the threshold, in which
 *  case -1 is returned). */
VF_API int64_t vf_indicators_table_total(const vf_indicators *ind, vf_indicator_table table);
/** A table cell as a value, so that vf_indicator_change_compute() and
 *  vf_network_index() work on cells too: @p percent = 0 gives the count
 *  (::VF_IUNIT_PERSONS), 1 the percentage of the table total
 *  (::VF_IUNIT_PERCENT). The value's indicator is ::VF_IND_COUNT (a cell, not
 *  a scalar indicator); its status is ::VF_VALUE_SUPPRESSED for a hidden cell
 *  and ::VF_VALUE_UNDEFINED for the percentage of an empty table. */
VF_API vf_status vf_indicators_table_value(const vf_indicators *ind, vf_indicator_table table,
                                           size_t index, int percent, vf_indicator_value *out,
                                           vf_error *err);
/** Number of suppressed cells (table rows and scalar values) in the result. */
VF_API size_t vf_indicators_suppressed_count(const vf_indicators *ind);

/** Output formats of vf_indicators_render(). */
typedef enum vf_output_format {
  VF_OUTPUT_TEXT = 0,     /**< Aligned plain text for a terminal. */
  VF_OUTPUT_CSV = 1,      /**< One CSV table, columns in docs/indicators.md. */
  VF_OUTPUT_JSON = 2,     /**< One JSON object. */
  VF_OUTPUT_MARKDOWN = 3  /**< Markdown tables. */
} vf_output_format;

/** Renders every indicator and table (suppressed cells marked, never shown)
 *  as text in @p format. @p out receives a NUL-terminated string owned by the
 *  caller (release with vf_indicators_text_free()); @p len (may be NULL) its
 *  length. */
VF_API vf_status vf_indicators_render(const vf_indicators *ind, vf_output_format format,
                                      char **out, size_t *len, vf_error *err);
/** Renders into file @p path, replaced whole or not at all (a temporary file
 *  beside it, renamed into place; docs/robustness.md): on ::VF_E_IO an existing
 *  file at @p path is unchanged. */
VF_API vf_status vf_indicators_write(const vf_indicators *ind, vf_output_format format,
                                     const char *path, vf_error *err);
/** As vf_indicators_render(), in the language of @p labels: text and Markdown
 *  get the labels' headings, indicator names, table titles, category labels
 *  and number format ("Mottakere etter alder", "18-24 år", "6,1"). With NULL
 *  labels the output is exactly vf_indicators_render()'s (English headings,
 *  the stable codes as row labels). CSV and JSON are language-neutral either
 *  way (codes, decimal points). */
VF_API vf_status vf_indicators_render_lang(const vf_indicators *ind, vf_output_format format,
                                           const vf_labels *labels, char **out, size_t *len,
                                           vf_error *err);
/** As vf_indicators_write(), in the language of @p labels (see
 *  vf_indicators_render_lang()). */
VF_API vf_status vf_indicators_write_lang(const vf_indicators *ind, vf_output_format format,
                                          const vf_labels *labels, const char *path,
                                          vf_error *err);
/** Releases a string from vf_indicators_render(); NULL is allowed. */
VF_API void vf_indicators_text_free(char *text);
/** Writes the published form of a value into @p buf with SSB's table symbols:
 *  the rounded value ("7022", "45.3"), ":" for a value suppressed for
 *  confidentiality (::VF_VALUE_SUPPRESSED), "." for one that cannot be
 *  computed (::VF_VALUE_UNDEFINED), ".." for missing data (::VF_VALUE_NO_DATA or
 *  @p v NULL). Returns the length, like snprintf. */
VF_API size_t vf_indicator_value_format(const vf_indicator_value *v, char *buf, size_t size);
/** As vf_indicator_value_format(), with the number written as the language of
 *  @p labels writes it ("6,1", "317 900 000"; NULL: English, as
 *  vf_indicator_value_format()). @p flags as for vf_format_fixed(). */
VF_API size_t vf_indicator_value_format_lang(const vf_indicator_value *v, const vf_labels *labels,
                                             unsigned flags, char *buf, size_t size);

/** Change of one indicator between two values (year-on-year). */
typedef struct vf_indicator_change {
  vf_value_status status;   /**< OK if both values are OK. */
  vf_indicator_value diff;  /**< after - before, same unit, exact and rounded. */
  vf_value_status relative_status; /**< OK if also before ≠ 0. */
  int64_t relative_tenths;  /**< 100 × (after - before) / before, percent in tenths. */
} vf_indicator_change;

/** Change from @p before to @p after (same indicator and unit; otherwise
 *  ::VF_E_INCONSISTENT). ::VF_E_OVERFLOW if the exact difference does not fit. */
VF_API vf_status vf_indicator_change_compute(const vf_indicator_value *before,
                                             const vf_indicator_value *after,
                                             vf_indicator_change *out, vf_error *err);
/** Year-on-year change of indicator @p which between two results (usually
 *  year - 1 and year, from two registers). */
VF_API vf_status vf_indicators_change(const vf_indicators *before, const vf_indicators *after,
                                      vf_indicator which, vf_indicator_change *out,
                                      vf_error *err);

/** How the network average is formed. */
typedef enum vf_network_average {
  VF_NETWORK_POOLED = 0, /**< Sum of numerators / sum of denominators (the network
                              as one municipality; the average per recipient). */
  VF_NETWORK_MEAN = 1    /**< Unweighted mean of the municipalities' values. */
} vf_network_average;

/** Network comparison as in the ASSS service profile: each value indexed
 *  against the network average (= 100). @p values holds @p n values of one
 *  indicator (one per municipality); @p index receives @p n values of unit
 *  ::VF_IUNIT_INDEX (status not OK where the input is not OK or the average is
 *  0); @p average (may be NULL) receives the average, over the values that are
 *  OK. In ::VF_NETWORK_MEAN mode the average is exact to 10^-6 of the unit. */
VF_API vf_status vf_network_index(const vf_indicator_value *values, size_t n,
                                  vf_network_average how, vf_indicator_value *average,
                                  vf_indicator_value *index, vf_error *err);

/* ---- Tables as municipal status reports print them (docs/indicators.md) ---- */

/** Persons the percentages of @p table are of: the table total, or, with the
 *  option exclude_unknown, the total less the table's unknown row. -1 if the
 *  percentages are withheld: the total is suppressed, or unknowns are left out
 *  and the unknown row is suppressed (the denominator would reveal it). */
VF_API int64_t vf_indicators_table_denominator(const vf_indicators *ind,
                                               vf_indicator_table table);
/** 1 if the percentages of @p table leave its unknown row out (the option
 *  exclude_unknown, and the table has an unknown row), else 0. */
VF_API int vf_indicators_table_excludes_unknown(const vf_indicators *ind,
                                                vf_indicator_table table);

/** Payments by a grouping of the recipients. */
typedef enum vf_payment_table {
  VF_PAYTABLE_AGE_GROUP = 0,       /**< Rows as ::VF_TABLE_AGE_GROUP. */
  VF_PAYTABLE_PROVIDER_STATUS = 1, /**< Rows as ::VF_TABLE_PROVIDER_STATUS. */
  VF_PAYTABLE_MAIN_INCOME = 2,     /**< Rows as ::VF_TABLE_MAIN_INCOME. */
  VF_PAYTABLE_COUNT = 3            /**< Number of payment tables (not a table). */
} vf_payment_table;

/** One row of a payment table: the group's recipients, their months with
 *  assistance and gross payments of the year, and the averages. A row whose
 *  recipients are suppressed in the person table has every value
 *  ::VF_VALUE_SUPPRESSED; an average over no one is ::VF_VALUE_UNDEFINED. */
typedef struct vf_payment_row {
  const char *code;                  /**< Row code, as the person table's. Static. */
  int value;                         /**< Enumeration value of the group. */
  vf_indicator_value recipients;     /**< Persons. */
  vf_indicator_value benefit_months; /**< Months with assistance (::VF_IUNIT_MONTHS, whole). */
  vf_indicator_value gross;          /**< Gross payments (øre). */
  vf_indicator_value per_recipient;  /**< Gross per recipient (øre). */
  vf_indicator_value per_month;      /**< Gross per benefit month (øre). */
} vf_payment_row;

/** Stable name of a payment table ("payments_age_group", ...), NULL if unknown. */
VF_API const char *vf_payment_table_name(vf_payment_table table);
/** Title of a payment table in the labels' language; NULL if unknown. */
VF_API const char *vf_labels_payment_table(const vf_labels *labels, vf_payment_table table);
/** Number of rows of a payment table (as its person table); 0 if unknown. */
VF_API size_t vf_indicators_payment_rows(const vf_indicators *ind, vf_payment_table table);
/** Row @p index of a payment table. ::VF_E_RANGE if out of range,
 *  ::VF_E_INVALID_ARG for an unknown table. */
VF_API vf_status vf_indicators_payment_row(const vf_indicators *ind, vf_payment_table table,
                                           size_t index, vf_payment_row *out, vf_error *err);

/** Duration bands of the duration × main income table. */
typedef enum vf_duration_band {
  VF_BAND_1_2 = 0,   /**< 1-2 months with assistance. */
  VF_BAND_3_5 = 1,   /**< 3-5 months. */
  VF_BAND_6_9 = 2,   /**< 6-9 months (long-term starts at 6). */
  VF_BAND_10_12 = 3, /**< 10-12 months. */
  VF_BAND_COUNT = 4  /**< Number of bands; as a column: the row total. */
} vf_duration_band;

/** Stable name of a band ("1_2", ...; "total" for ::VF_BAND_COUNT), NULL if unknown. */
VF_API const char *vf_duration_band_name(vf_duration_band band);
/** Label of a band in the labels' language ("1-2 måneder"; the total's label
 *  for ::VF_BAND_COUNT); NULL if unknown. */
VF_API const char *vf_labels_duration_band(const vf_labels *labels, vf_duration_band band);
/** Cell of the duration × main income table: recipients with main income row
 *  @p income_row (an index of ::VF_TABLE_MAIN_INCOME's rows; its row count
 *  gives the band totals) and @p band months of assistance (::VF_BAND_COUNT:
 *  the row total, equal to the main income table's cell). Persons; status
 *  ::VF_VALUE_SUPPRESSED for a hidden cell. ::VF_E_RANGE if out of range. */
VF_API vf_status vf_indicators_duration_income(const vf_indicators *ind, size_t income_row,
                                               vf_duration_band band, vf_indicator_value *out,
                                               vf_error *err);

/* ---- Case content: what form 11F records beyond the counts (docs/indicators.md) ---- */

/** Tables of the case content, present only when the register holds content
 *  (docs/register.md: optional clients.csv columns; every register read from an
 *  11F file and every synthetic register). Rows are fixed per table, unknown last;
 *  row codes and labels as in data/labels/codes.csv (keys code.TABLE.ROW). */
typedef enum vf_content_table {
  VF_CONTENT_HOUSING = 0,             /**< Housing situation, BOSIT 1-6 (homeless = without a home), unknown. */
  VF_CONTENT_INDIVIDUAL_PLAN = 1,     /**< Individual plan (§ 28): yes, no, unknown. */
  VF_CONTENT_ECONOMIC_ADVICE = 2,     /**< Economic advice given: yes, no, unknown. */
  VF_CONTENT_WORK_SITUATION = 3,      /**< Work situation, ARBSIT 01-10, unknown. */
  VF_CONTENT_CONDITIONS = 4,          /**< Conditions set (VILKARSOSLOV): yes, no, unknown. */
  VF_CONTENT_CONDITION_TYPES = 5,     /**< The 12 condition types; total and percentage base
                                           are the recipients with conditions. */
  VF_CONTENT_ACTIVITY_DUTY = 6,       /**< Under-30s of the year: § 20 a met, excepted, not_recorded. */
  VF_CONTENT_SANCTIONS = 7,           /**< Sanctions: none, reduced, other, both, unknown. */
  VF_CONTENT_ACTIVITY_DUTY_MONTH = 8, /**< As ::VF_CONTENT_ACTIVITY_DUTY for the point month. */
  VF_CONTENT_COUNT = 9                /**< Number of content tables (not a table). */
} vf_content_table;

/** Stable name of a content table ("housing", ...), NULL if unknown. */
VF_API const char *vf_content_table_name(vf_content_table table);
/** Content table from its name; ::VF_E_NOT_FOUND if none. */
VF_API vf_status vf_content_table_parse(const char *name, vf_content_table *out, vf_error *err);
/** Title of a content table in the labels' language; NULL if unknown. */
VF_API const char *vf_labels_content_table(const vf_labels *labels, vf_content_table table);
/** Label of row @p index of a content table in the labels' language; NULL if unknown. */
VF_API const char *vf_labels_content_row(const vf_labels *labels, vf_content_table table,
                                         size_t index);
/** 1 if the result has the content tables (its register held content), else 0. */
VF_API int vf_indicators_has_content(const vf_indicators *ind);
/** Number of rows of a content table; 0 if the result has no content or the table is unknown. */
VF_API size_t vf_indicators_content_rows(const vf_indicators *ind, vf_content_table table);
/** Row @p index of a content table: code, value (the row index), count and
 *  percentage as vf_indicators_table_row() (children 0); zeroed when suppressed.
 *  ::VF_E_INVALID_ARG for an unknown table, ::VF_E_NOT_FOUND if the result has
 *  no content, ::VF_E_RANGE if @p index is out of range. */
VF_API vf_status vf_indicators_content_row(const vf_indicators *ind, vf_content_table table,
                                           size_t index, vf_table_row *out, vf_error *err);
/** Total of a content table (persons; the recipients with conditions for
 *  ::VF_CONTENT_CONDITION_TYPES, the under-30s for the activity duty); -1 if
 *  suppressed as a whole, the result has no content or the table is unknown. */
VF_API int64_t vf_indicators_content_total(const vf_indicators *ind, vf_content_table table);

#ifdef __cplusplus
}
#endif
#endif
