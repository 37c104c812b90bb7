/** @file velferd/client.h
 *  @brief Clients and their households, and the code lists that describe them.
 *
 *  Code values follow KOSTRA form 11F where the form has a code list (gender
 *  KJONN, civil status EKTSTAT, main income VKLO, type of trygd TRYGDESIT), so
 *  a code read from a report file is the enumeration value. Every code also has
 *  a stable lower-case English name used in CSV/JSON files and the bindings;
 *  vf_code_name() and vf_code_parse() convert between them.
 *
 *  A ::vf_client is owned by one thread at a time; reading a client from many
 *  threads at once is safe as long as nobody modifies it.
 */
#ifndef VELFERD_CLIENT_H
#define VELFERD_CLIENT_H

#include "velferd/common.h"
#include "velferd/money.h"
#include "velferd/date.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Gender (KOSTRA KJONN). */
typedef enum vf_gender {
  VF_GENDER_UNKNOWN = 0, VF_GENDER_MALE = 1, VF_GENDER_FEMALE = 2
} vf_gender;

/** Civil status (KOSTRA EKTSTAT). */
typedef enum vf_civil_status {
  VF_CIVIL_UNKNOWN = 0,
  VF_CIVIL_UNMARRIED = 1,
  VF_CIVIL_MARRIED = 2,
  VF_CIVIL_COHABITING = 3,
  VF_CIVIL_SEPARATED_DIVORCED = 4,
  VF_CIVIL_WIDOWED = 5
} vf_civil_status;

/** Citizenship. */
typedef enum vf_citizenship {
  VF_CITIZEN_UNKNOWN = 0, VF_CITIZEN_NORWEGIAN = 1, VF_CITIZEN_FOREIGN = 2
} vf_citizenship;

/** Main source of income at the last contact (KOSTRA VKLO). */
typedef enum vf_main_income {
  VF_INCOME_SRC_UNKNOWN = 0,
  VF_INCOME_SRC_WORK = 1,                 /**< Arbeidsinntekt. */
  VF_INCOME_SRC_COURSE_WAGE_SUBSIDY = 2,  /**< Kursstønad/lønn i arbeidsmarkedstiltak. */
  VF_INCOME_SRC_TRYGD = 3,                /**< Trygd/stønad. */
  VF_INCOME_SRC_STUDENT = 4,              /**< Stipend/lån. */
  VF_INCOME_SRC_SOCIAL_ASSISTANCE = 5,    /**< Sosialhjelp. */
  VF_INCOME_SRC_INTRODUCTION = 6,         /**< Introduksjonsstønad. */
  VF_INCOME_SRC_SPOUSE = 7,               /**< Ektefelle/samboers inntekt. */
  VF_INCOME_SRC_QUALIFICATION = 8,        /**< Kvalifiseringsstønad. */
  VF_INCOME_SRC_OTHER = 9                 /**< Annen inntekt. */
} vf_main_income;

/** Type of trygd or pension of greatest value (KOSTRA TRYGDESIT). Codes 3 and
 *  8 are the pre-2010 benefits attføringspenger and rehabiliteringspenger,
 *  later merged into arbeidsavklaringspenger (11); they remain so that older
 *  registers can be read. */
typedef enum vf_trygd {
  VF_TRYGD_UNKNOWN = 0,
  VF_TRYGD_SICKNESS = 1,          /**< Sykepenger. */
  VF_TRYGD_UNEMPLOYMENT = 2,      /**< Dagpenger. */
  VF_TRYGD_REHABILITATION = 3,    /**< Attføringspenger (historic). */
  VF_TRYGD_DISABILITY = 4,        /**< Uføretrygd / uførepensjon. */
  VF_TRYGD_TRANSITIONAL = 5,      /**< Overgangsstønad. */
  VF_TRYGD_SURVIVOR = 6,          /**< Omstillingsstønad / etterlattepensjon. */
  VF_TRYGD_OLD_AGE = 7,           /**< Alderspensjon. */
  VF_TRYGD_MEDICAL_REHAB = 8,     /**< Rehabiliteringspenger (historic). */
  VF_TRYGD_SUPPLEMENTARY = 9,     /**< Supplerende stønad (kort botid). */
  VF_TRYGD_OTHER = 10,            /**< Annen trygd. */
  VF_TRYGD_WORK_ASSESSMENT = 11,  /**< Arbeidsavklaringspenger. */
  VF_TRYGD_NONE = 12,             /**< Har ingen trygd/pensjon. */
  VF_TRYGD_CHILD_BENEFIT = 13     /**< Barnetrygd. */
} vf_trygd;

/** Kinds of monthly net income of the household. */
typedef enum vf_income_kind {
  VF_INC_WORK = 0,          /**< Net earnings of the client. */
  VF_INC_TRYGD = 1,         /**< Net trygd and pensions of the client. */
  VF_INC_PROGRAMME = 2,     /**< Kvalifiseringsstønad, introduksjonsstønad, course benefits. */
  VF_INC_CHILD_BENEFIT = 3, /**< Barnetrygd and kontantstøtte. */
  VF_INC_CHILD_SUPPORT = 4, /**< Bidrag received for children. */
  VF_INC_HOUSING = 5,       /**< Bostøtte (housing allowance). */
  VF_INC_PARTNER = 6,       /**< Net income of a spouse/partner in the household. */
  VF_INC_OTHER = 7,         /**< Any other net income. */
  VF_INC_KIND_COUNT = 8     /**< Number of kinds (not a kind). */
} vf_income_kind;

/** Kinds of monthly housing costs. */
typedef enum vf_housing_kind {
  VF_HOUSING_RENT = 0,         /**< Rent, or mortgage interest for an owner. */
  VF_HOUSING_ELECTRICITY = 1,  /**< Electricity and heating. */
  VF_HOUSING_OTHER = 2,        /**< Other necessary housing costs (insurance, fees). */
  VF_HOUSING_KIND_COUNT = 3    /**< Number of kinds (not a kind). */
} vf_housing_kind;

/** A yes / no / not known answer. */
typedef enum vf_tristate {
  VF_UNKNOWN = 0,  /**< Not known or not recorded. */
  VF_NO = 1,       /**< No. */
  VF_YES = 2       /**< Yes. */
} vf_tristate;

/** Facts a caseworker records that the eligibility rules read. */
typedef enum vf_fact {
  VF_FACT_REDUCED_WORK_CAPACITY = 0,   /**< Substantially reduced work and earning capacity. */
  VF_FACT_FOLKETRYGD_RIGHTS = 1,       /**< Has more than very limited rights to folketrygd benefits. */
  VF_FACT_WORK_ASSESSMENT_DONE = 2,    /**< An arbeidsevnevurdering has been completed. */
  VF_FACT_PROGRAMME_AVAILABLE = 3,     /**< A suitable programme can be offered. */
  VF_FACT_LIVES_WITH_PARTNER = 4,      /**< Shares the home with a spouse/partner. */
  VF_FACT_SHARES_HOME = 5,             /**< Shares the home with other adults (bofellesskap). */
  VF_FACT_COUNT = 6                    /**< Number of facts (not a fact). */
} vf_fact;

/** The code lists, for vf_code_name() and vf_code_parse(). */
typedef enum vf_code_list {
  VF_CODES_GENDER = 0, VF_CODES_CIVIL_STATUS = 1, VF_CODES_CITIZENSHIP = 2,
  VF_CODES_MAIN_INCOME = 3, VF_CODES_TRYGD = 4, VF_CODES_INCOME_KIND = 5,
  VF_CODES_HOUSING_KIND = 6, VF_CODES_TRISTATE = 7, VF_CODES_FACT = 8,
  VF_CODES_ASSISTANCE_KIND = 9,  /**< ::vf_assistance_kind (register.h): "grant", "loan", "qualification". */
  VF_CODES_AGE_GROUP = 10,       /**< ::vf_age_group (classify.h): "18_24" ... "67_plus". */
  VF_CODES_PROVIDER_STATUS = 11, /**< ::vf_provider_status (classify.h). */
  VF_CODES_INCOME_CATEGORY = 12  /**< ::vf_income_category (classify.h). */
} vf_code_list;

/** Stable name of a code ("female", "separated_divorced", "old_age"), or NULL
 *  if @p value is not in the list. The UNKNOWN value of a list is "unknown". */
VF_API const char *vf_code_name(vf_code_list list, int value);

/** Value of a code from its name (exact, lower case) or from its number
 *  written in decimal ("2", "07"). ::VF_E_UNKNOWN_CODE names the list and text. */
VF_API vf_status vf_code_parse(vf_code_list list, const char *text, int *value, vf_error *err);

/** Name of a code list ("gender", "civil_status", ...), NULL if unknown. */
VF_API const char *vf_code_list_name(vf_code_list list);

/** Most children a client record can hold. */
#define VF_MAX_CHILDREN 32

/** Opaque client record: one applicant and their household. */
typedef struct vf_client vf_client;

/** Creates an empty client: unknown codes, no children, zero amounts. */
VF_API vf_status vf_client_new(vf_client **out, vf_error *err);
/** Releases a client; NULL is allowed. */
VF_API void vf_client_free(vf_client *client);
/** Deep copy of a client. */
VF_API vf_status vf_client_clone(vf_client **out, const vf_client *client, vf_error *err);

/** Sets an identifier (journal number or similar, at most 63 bytes). It is
 *  never printed in traces or messages unless the caller asks. */
VF_API vf_status vf_client_set_id(vf_client *c, const char *id, vf_error *err);
/** The identifier, "" if none. Borrowed from the client. */
VF_API const char *vf_client_id(const vf_client *c);

/** Sets the birth date (must be a valid date). */
VF_API vf_status vf_client_set_birth_date(vf_client *c, vf_date birth, vf_error *err);
/** The birth date; {0,0,0} if not set. */
VF_API vf_date vf_client_birth_date(const vf_client *c);

/** Sets the gender; ::VF_E_UNKNOWN_CODE if @p v is not in ::vf_gender. */
VF_API vf_status vf_client_set_gender(vf_client *c, vf_gender v, vf_error *err);
/** Sets the civil status; ::VF_E_UNKNOWN_CODE if @p v is not in ::vf_civil_status. */
VF_API vf_status vf_client_set_civil_status(vf_client *c, vf_civil_status v, vf_error *err);
/** Sets the citizenship; ::VF_E_UNKNOWN_CODE if @p v is not in ::vf_citizenship. */
VF_API vf_status vf_client_set_citizenship(vf_client *c, vf_citizenship v, vf_error *err);
/** Sets the main source of income; ::VF_E_UNKNOWN_CODE if @p v is not in ::vf_main_income. */
VF_API vf_status vf_client_set_main_income(vf_client *c, vf_main_income v, vf_error *err);
/** Sets the type of trygd; ::VF_E_UNKNOWN_CODE if @p v is not in ::vf_trygd. */
VF_API vf_status vf_client_set_trygd(vf_client *c, vf_trygd v, vf_error *err);
/** The gender (unknown if not set). */
VF_API vf_gender vf_client_gender(const vf_client *c);
/** The civil status (unknown if not set). */
VF_API vf_civil_status vf_client_civil_status(const vf_client *c);
/** The citizenship (unknown if not set). */
VF_API vf_citizenship vf_client_citizenship(const vf_client *c);
/** The main source of income (unknown if not set). */
VF_API vf_main_income vf_client_main_income(const vf_client *c);
/** The type of trygd (unknown if not set). */
VF_API vf_trygd vf_client_trygd(const vf_client *c);

/** Sets a monthly net income of kind @p kind (øre, ≥ 0; ::VF_E_RANGE if negative). */
VF_API vf_status vf_client_set_income(vf_client *c, vf_income_kind kind, vf_money monthly,
                                      vf_error *err);
/** Monthly income of kind @p kind (0 for an unknown kind). */
VF_API vf_money vf_client_income(const vf_client *c, vf_income_kind kind);
/** Sum of all monthly incomes; ::VF_E_OVERFLOW if it does not fit. */
VF_API vf_status vf_client_income_total(const vf_client *c, vf_money *out, vf_error *err);

/** Sets a monthly housing cost of kind @p kind (øre, ≥ 0). */
VF_API vf_status vf_client_set_housing(vf_client *c, vf_housing_kind kind, vf_money monthly,
                                       vf_error *err);
/** Monthly housing cost of kind @p kind (0 for an unknown kind). */
VF_API vf_money vf_client_housing(const vf_client *c, vf_housing_kind kind);

/** Records a fact (see ::vf_fact). */
VF_API vf_status vf_client_set_fact(vf_client *c, vf_fact fact, vf_tristate v, vf_error *err);
/** A recorded fact, VF_UNKNOWN if not set. */
VF_API vf_tristate vf_client_fact(const vf_client *c, vf_fact fact);

/** Adds a child living in the household whom the client (or partner)
 *  provides for. ::VF_E_RANGE past ::VF_MAX_CHILDREN. */
VF_API vf_status vf_client_add_child(vf_client *c, vf_date birth, vf_error *err);
/** Removes all children. */
VF_API void vf_client_clear_children(vf_client *c);
/** Number of children. */
VF_API size_t vf_client_child_count(const vf_client *c);
/** Birth date of child @p index; ::VF_E_RANGE if out of range. */
VF_API vf_status vf_client_child_birth(const vf_client *c, size_t index, vf_date *out,
                                       vf_error *err);

#ifdef __cplusplus
}
#endif
#endif
