/** @file velferd/classify.h
 *  @brief Classifications used by the indicators: KOSTRA age group, provider
 *  status (number of children), main-income category, young recipient and
 *  long-term recipient (both the "6 months in the year" and the "6 continuous
 *  months" variants).
 *
 *  Each classification is an enumeration with stable values and a code list
 *  (vf_code_name() / vf_code_parse()), so tables and files name categories the
 *  same way everywhere. Definitions and sources: docs/indicators.md. Every
 *  function is pure and thread-safe.
 */
#ifndef VELFERD_CLASSIFY_H
#define VELFERD_CLASSIFY_H

#include "velferd/common.h"
#include "velferd/date.h"
#include "velferd/client.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Age group of the KOSTRA social-assistance tables (SSB table 12208 and its
 *  predecessors), by age at the end of the statistics year. Code list
 *  ::VF_CODES_AGE_GROUP; names "18_24" ... "67_plus". */
typedef enum vf_age_group {
  VF_AGE_UNKNOWN = 0,   /**< Birth date not known. */
  VF_AGE_18_24 = 1,     /**< 18-24 years. */
  VF_AGE_25_29 = 2,     /**< 25-29 years. */
  VF_AGE_30_39 = 3,     /**< 30-39 years. */
  VF_AGE_40_49 = 4,     /**< 40-49 years. */
  VF_AGE_50_59 = 5,     /**< 50-59 years. */
  VF_AGE_60_66 = 6,     /**< 60-66 years. */
  VF_AGE_67_PLUS = 7,   /**< 67 years or older. */
  VF_AGE_UNDER_18 = 8,  /**< Under 18 (outside the KOSTRA groups; shown separately). */
  VF_AGE_GROUP_COUNT = 9 /**< Number of values (not a group). */
} vf_age_group;

/** Provider status: number of children under 18 the recipient provides for
 *  (KOSTRA 11F BU18). Code list ::VF_CODES_PROVIDER_STATUS. */
typedef enum vf_provider_status {
  VF_PROVIDER_NO_CHILDREN = 0, /**< No children. */
  VF_PROVIDER_1_CHILD = 1,     /**< One child. */
  VF_PROVIDER_2_CHILDREN = 2,  /**< Two children. */
  VF_PROVIDER_3_CHILDREN = 3,  /**< Three children. */
  VF_PROVIDER_4_CHILDREN = 4,  /**< Four children. */
  VF_PROVIDER_5_PLUS = 5,      /**< Five or more children. */
  VF_PROVIDER_COUNT = 6        /**< Number of values (not a status). */
} vf_provider_status;

/** Coarse main-income category (groups of KOSTRA VKLO), for the share of
 *  recipients living on social assistance and similar summaries. Code list
 *  ::VF_CODES_INCOME_CATEGORY. */
typedef enum vf_income_category {
  VF_INCOME_CAT_UNKNOWN = 0,
  VF_INCOME_CAT_WORK = 1,              /**< Work income (VKLO 1). */
  VF_INCOME_CAT_TRYGD = 2,             /**< Trygd/pension (VKLO 3). */
  VF_INCOME_CAT_SOCIAL_ASSISTANCE = 3, /**< Social assistance (VKLO 5). */
  VF_INCOME_CAT_PROGRAMME = 4,         /**< Course benefit/wage subsidy, introduction or
                                            qualification benefit (VKLO 2, 6, 8). */
  VF_INCOME_CAT_OTHER = 5,             /**< Student grant/loan, spouse's income, other (VKLO 4, 7, 9). */
  VF_INCOME_CAT_COUNT = 6              /**< Number of values (not a category). */
} vf_income_category;

/** Months of a year as a bit mask: bit (m-1) set = assistance in month m. */
typedef uint16_t vf_month_mask;

/** Months counted by the long-term definitions (KOSTRA: 6 months or more). */
#define VF_LONG_TERM_MONTHS 6

/** Age in whole years on 31 December of @p year (SSB counts recipients' age at
 *  the end of the statistics year); -1 if @p birth is not a valid date or is
 *  after that day. */
VF_API int vf_age_at_year_end(vf_date birth, int year);

/** Age group for an age in years (negative = ::VF_AGE_UNKNOWN). */
VF_API vf_age_group vf_classify_age(int age);

/** Non-zero for a young recipient: age 18-24 at the end of the year. */
VF_API int vf_classify_young(int age);

/** Provider status for a number of children. */
VF_API vf_provider_status vf_classify_provider(size_t children);

/** Category of a main-income code (unknown codes give VF_INCOME_CAT_UNKNOWN). */
VF_API vf_income_category vf_classify_income(vf_main_income income);

/** Number of months set in @p months (0..12). */
VF_API int vf_months_count(vf_month_mask months);

/** Longest run of consecutive months set in @p months (0..12). */
VF_API int vf_months_longest_run(vf_month_mask months);

/** Non-zero for a long-term recipient: assistance in at least
 *  ::VF_LONG_TERM_MONTHS months of the year, consecutive or not (the KOSTRA
 *  "langtidsmottakere" definition). */
VF_API int vf_classify_long_term(vf_month_mask months);

/** Non-zero for the stricter variant: at least ::VF_LONG_TERM_MONTHS
 *  consecutive months within the year. */
VF_API int vf_classify_long_term_continuous(vf_month_mask months);

#ifdef __cplusplus
}
#endif
#endif
