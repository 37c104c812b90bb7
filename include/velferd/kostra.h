/** @file velferd/kostra.h
 *  @brief KOSTRA report files 11F (økonomisk sosialhjelp) and 11CF
 *  (kvalifiseringsprogram): read, check the way Statistics Norway (SSB) does,
 *  and write records byte-exact to the record layout.
 *
 *  The record layouts are data, not code: each form and reporting year is a
 *  table data/kostra/FORM_YEAR.csv (converted from SSB's file descriptions in
 *  statisticsnorway/kostra-kontrollprogram, MIT licence) compiled into the
 *  library. A new year's layout is a new table. See docs/kostra.md.
 *
 *  File format: one record per line, LF (a trailing CR is tolerated), blank
 *  lines ignored, exact record length counted in characters (UTF-8; a line
 *  that is not valid UTF-8 is read as Latin-1, one byte per character).
 *
 *  A ::vf_kostra_file is owned by one thread at a time while it is changed;
 *  any number of threads may read and check it at once. Messages never contain
 *  a full fødselsnummer: it is masked as the birth date and five stars.
 */
#ifndef VELFERD_KOSTRA_H
#define VELFERD_KOSTRA_H

#include "velferd/common.h"
#include "velferd/date.h"
#include "velferd/register.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The KOSTRA forms velferd knows. */
typedef enum vf_kostra_form {
  VF_KOSTRA_11F = 1,  /**< Økonomisk sosialhjelp (economic social assistance). */
  VF_KOSTRA_11CF = 2  /**< Kvalifiseringsprogram (qualification programme). */
} vf_kostra_form;

/** Name of a form ("11F", "11CF"); NULL if unknown. Thread-safe. */
VF_API const char *vf_kostra_form_name(vf_kostra_form form);
/** Form from its name ("11F", "11CF", case-insensitive); ::VF_E_UNKNOWN_CODE otherwise. */
VF_API vf_status vf_kostra_form_parse(const char *name, vf_kostra_form *out, vf_error *err);

/** Opaque set of records of one form and reporting year, with its layout. */
typedef struct vf_kostra_file vf_kostra_file;

/** Creates an empty file for @p form and reporting @p year. ::VF_E_NOT_FOUND if
 *  no layout for that form and year is compiled in (the message lists them). */
VF_API vf_status vf_kostra_file_new(vf_kostra_form form, int year, vf_kostra_file **out,
                                    vf_error *err);
/** Reads a report file. Every non-blank line becomes a record, even one of the
 *  wrong length or with tabs, so that vf_kostra_check() can report it; reading
 *  fails only for I/O errors, NUL bytes, an unknown layout or out of memory. */
VF_API vf_status vf_kostra_file_read(const char *path, vf_kostra_form form, int year,
                                     vf_kostra_file **out, vf_error *err);
/** Same as vf_kostra_file_read() from @p len bytes of @p text in memory;
 *  @p name (may be NULL) is used in messages. */
VF_API vf_status vf_kostra_file_parse(const char *text, size_t len, const char *name,
                                      vf_kostra_form form, int year, vf_kostra_file **out,
                                      vf_error *err);
/** Releases a file; NULL is allowed. */
VF_API void vf_kostra_file_free(vf_kostra_file *file);

/** Form of the file. */
VF_API vf_kostra_form vf_kostra_file_form(const vf_kostra_file *file);
/** Reporting year of the file. */
VF_API int vf_kostra_file_year(const vf_kostra_file *file);
/** Record length of the layout in characters (11F 2026: 338). */
VF_API size_t vf_kostra_file_record_length(const vf_kostra_file *file);
/** Number of fields of the layout. */
VF_API size_t vf_kostra_file_field_count(const vf_kostra_file *file);
/** Name of field @p index of the layout (NULL if out of range; borrowed,
 *  lives as long as the file). */
VF_API const char *vf_kostra_file_field_name(const vf_kostra_file *file, size_t index);

/** Number of records. */
VF_API size_t vf_kostra_file_record_count(const vf_kostra_file *file);
/** File line (1-based) of record @p index: for a record read, its line in the
 *  file read; for an added record, its line in the file vf_kostra_file_write()
 *  writes (records are written one a line, in order: @p index + 1); 0 out of range. */
VF_API int vf_kostra_file_record_line(const vf_kostra_file *file, size_t index);

/** Value of field @p field of record @p record, without its padding spaces, as
 *  UTF-8 into @p buf of @p size bytes. ::VF_E_NOT_FOUND for an unknown field
 *  name, ::VF_E_RANGE for a record out of range or a buffer too small,
 *  ::VF_E_PARSE if the record is too short to hold the field. */
VF_API vf_status vf_kostra_file_get(const vf_kostra_file *file, size_t record, const char *field,
                                    char *buf, size_t size, vf_error *err);
/** Sets field @p field of record @p record to @p value (UTF-8), padded to the
 *  field size: integers right-aligned, other fields left-aligned, with spaces.
 *  ::VF_E_RANGE if @p value is longer than the field, ::VF_E_PARSE if it holds
 *  a tab or line break or the record does not have the layout's length. The
 *  value is not checked against code lists: that is vf_kostra_check()'s job. */
VF_API vf_status vf_kostra_file_set(vf_kostra_file *file, size_t record, const char *field,
                                    const char *value, vf_error *err);
/** Appends a record of spaces; @p index (may be NULL) receives its index. */
VF_API vf_status vf_kostra_file_add_record(vf_kostra_file *file, size_t *index, vf_error *err);
/** Writes the records, each followed by LF, exactly as held (a file read and
 *  written again is byte-identical if it had LF line ends and no blank lines).
 *  The file is replaced whole or not at all (a temporary file beside it,
 *  renamed into place; docs/robustness.md): on ::VF_E_IO an existing file at
 *  @p path is unchanged. */
VF_API vf_status vf_kostra_file_write(const vf_kostra_file *file, const char *path,
                                      vf_error *err);

/** Severity of a finding, as SSB's validator grades it. */
typedef enum vf_kostra_severity {
  VF_KOSTRA_OK = 0,       /**< No finding (only used for summaries). */
  VF_KOSTRA_WARNING = 1,  /**< The file may be sent with this. */
  VF_KOSTRA_ERROR = 2,    /**< Blocks submission. */
  VF_KOSTRA_FATAL = 3     /**< Stops all further checks and blocks submission. */
} vf_kostra_severity;

/** Name of a severity ("OK", "WARNING", "ERROR", "FATAL"); NULL if unknown. */
VF_API const char *vf_kostra_severity_name(vf_kostra_severity severity);

/** One finding of vf_kostra_check(). The layout is frozen; later versions only
 *  add members at the end. */
typedef struct vf_kostra_finding {
  char rule[8];                 /**< SSB's rule id: "001", "05A", "24B", ... */
  vf_kostra_severity severity;  /**< Severity. */
  int line;                     /**< File line (1-based); 0 for the whole file. */
  char journal[16];             /**< PERSON_JOURNALNR of the record, "" if none. */
  char field[32];               /**< Field at fault, "" if none. */
  char message[400];            /**< Readable message (fødselsnummer masked). */
} vf_kostra_finding;

/** Opaque result of a check. */
typedef struct vf_kostra_report vf_kostra_report;

/** Checks @p file with every rule SSB applies to its form (list and sources
 *  in docs/kostra.md). @p municipality ("4601") is the reporting
 *  municipality for rule 03; NULL skips that comparison. The reporting year is
 *  the file's year. A FATAL finding (record length, tabs, no records) stops
 *  the other checks, as in SSB's tool. Findings are in line order, file-wide
 *  findings (duplicates) after the record findings. Thread-safe. */
VF_API vf_status vf_kostra_check(const vf_kostra_file *file, const char *municipality,
                                 vf_kostra_report **out, vf_error *err);
/** vf_kostra_check() of the file at @p path, read a record at a time: memory
 *  does not grow with the file except for the findings and, for the
 *  duplicate rules (05A, 05B), each distinct fødselsnummer and journal number
 *  once (about 40 bytes each; docs/performance.md). The report, and the
 *  errors (I/O, NUL byte, a carriage return without a line feed, an unknown
 *  layout), are those of vf_kostra_file_read() + vf_kostra_check(). */
VF_API vf_status vf_kostra_check_path(const char *path, vf_kostra_form form, int year,
                                      const char *municipality, vf_kostra_report **out,
                                      vf_error *err);
/** Releases a report; NULL is allowed. */
VF_API void vf_kostra_report_free(vf_kostra_report *report);
/** Number of findings. */
VF_API size_t vf_kostra_report_count(const vf_kostra_report *report);
/** Finding @p index (borrowed; NULL if out of range). */
VF_API const vf_kostra_finding *vf_kostra_report_finding(const vf_kostra_report *report,
                                                         size_t index);
/** Number of findings of @p severity. */
VF_API size_t vf_kostra_report_severity_count(const vf_kostra_report *report,
                                              vf_kostra_severity severity);
/** Number of records checked. */
VF_API size_t vf_kostra_report_record_count(const vf_kostra_report *report);
/** Highest severity found (::VF_KOSTRA_OK if none). */
VF_API vf_kostra_severity vf_kostra_report_worst(const vf_kostra_report *report);
/** Exit code as SSB's tool gives it: 0 OK, 1 warnings only, 2 errors or fatal. */
VF_API int vf_kostra_report_exit_code(const vf_kostra_report *report);

/** Non-zero if @p fnr is an 11-digit Norwegian identity number whose two
 *  modulus-11 check digits are right and whose first six digits are a date
 *  (D-numbers: day + 40; H-/synthetic numbers: month + 40 or + 80). */
VF_API int vf_kostra_fnr_valid(const char *fnr);
/** Non-zero if @p duf is a 12-digit DUF number whose last two digits are the
 *  sum of the first ten weighted 4,6,3,2,4,6,3,2,7,5, modulo 11. */
VF_API int vf_kostra_duf_valid(const char *duf);
/** Writes @p fnr masked for messages into @p buf (at least 12 bytes): the
 *  first six characters and "*****" for 11 characters, "*" for each character
 *  otherwise. Returns @p buf. */
VF_API char *vf_kostra_fnr_mask(const char *fnr, char *buf, size_t size);

/* --- 11F and the register -------------------------------------------------- */

/** Adds the recipients of an 11F file to @p reg: each record becomes a client
 *  (id PERSON_JOURNALNR, birth date, KJONN, EKTSTAT, VKLO, TRYGDESIT; ANTBU18
 *  children, each with the placeholder birth date 1 January of the reporting
 *  year since 11F holds only their number) and its monthly amounts become
 *  payments in the file's year (BIDRAG_x as grants, LAAN_x as loans, kroner to
 *  øre); a month marked in STMND_x without an amount becomes a payment of 0
 *  so that it still counts as a month with assistance. Fields the register does
 *  not model (ARBSIT, BOSIT, vilkår, ...) are not carried. The first record
 *  that cannot be mapped (bad date or code, duplicate journal number) stops
 *  the read: ::VF_E_PARSE / ::VF_E_DUPLICATE naming line and field; clients
 *  and payments added before it stay. ::VF_E_INVALID_ARG for an 11CF file
 *  (vf_kostra_to_register_11cf() reads that). */
VF_API vf_status vf_kostra_to_register(const vf_kostra_file *file, vf_register *reg,
                                       vf_error *err);

/** What vf_kostra_from_register() needs beyond the register. */
typedef struct vf_kostra_write_options {
  int year;                  /**< Reporting year (a layout must exist for it). */
  const char *municipality;  /**< KOMMUNE_NR, 4 digits ("4601"); anything else is ::VF_E_INVALID_ARG. */
  const char *district;      /**< BYDELSNR for Oslo (0301), "01".."15"; NULL or "" elsewhere;
                                  anything but 2 digits is ::VF_E_INVALID_ARG. */
  const char *caseworker;    /**< SAKSBEHANDLER written on every record (mandatory in 11F);
                                  NULL writes "0". */
  int synthetic_fnr;         /**< Non-zero: write a synthetic fødselsnummer (Skatteetaten's
                                  convention, month + 80, never a real person's number) made
                                  from birth date and gender, unique in the file; zero: leave
                                  PERSON_FODSELSNR blank (the register holds no identity
                                  numbers; SSB's rule 38 then warns). */
} vf_kostra_write_options;

/** Builds an 11F file of the register's recipients in @p opt->year: every
 *  client with at least one payment in that year, in register order. Amounts
 *  are summed per month and kind and rounded to whole kroner (half away from
 *  zero); BIDRAG and LAAN are the sums of the rounded months, so SSB's rules
 *  36/37 hold. Fields the register does not model get documented defaults
 *  (docs/kostra.md): ARBSIT derived from VKLO and TRYGDESIT, GITT_OKONOMIRAD,
 *  FAAT_INDIVIDUELL_PLAN, VILKARSOSLOV and VILKARSAMEKT "2" (no), BOSIT "5"
 *  (other). Errors name the client: ::VF_E_RANGE for an id longer than 8
 *  characters or an amount that does not fit, ::VF_E_UNKNOWN_CODE for a
 *  gender, civil status, main income or trygd the form cannot hold,
 *  ::VF_E_DATE for a missing birth date. The caller frees @p out. */
VF_API vf_status vf_kostra_from_register(const vf_register *reg,
                                         const vf_kostra_write_options *opt,
                                         vf_kostra_file **out, vf_error *err);

/** Builds an 11CF file of the register's participants in the qualification
 *  programme in @p opt->year: every client with a payment of kind
 *  ::VF_ASSIST_QUALIFICATION in that year, in register order. The person
 *  fields come from the client as for 11F; STMND_x are the months with the
 *  benefit, KVP_STONAD its sum rounded to whole kroner (half away from zero).
 *  What the register does not hold is derived or given a documented default
 *  (docs/kostra.md, "11CF from the register"): the programme began on the
 *  first day of the unbroken run of paid months that holds the year's first
 *  (at most 4 years back), which is also written as registration and decision
 *  date; STATUS 1 if paid in December, else 3 with AVSL_DATO the last day of
 *  the last paid month and situation and income afterwards 17 (unknown);
 *  economic assistance (grant or loan) in the two months before the start and
 *  during the programme fills YTELSE_SOSHJELP and KVP_MED_*. 11CF requires a
 *  fødselsnummer: without @p opt->synthetic_fnr it is left blank and
 *  vf_kostra_check() reports rule 05. Errors name the client: ::VF_E_RANGE for
 *  an id longer than 8 characters or a benefit that does not fit,
 *  ::VF_E_UNKNOWN_CODE for an unknown gender or civil status, ::VF_E_DATE for a
 *  missing birth date. The caller frees @p out. */
VF_API vf_status vf_kostra_from_register_11cf(const vf_register *reg,
                                              const vf_kostra_write_options *opt,
                                              vf_kostra_file **out, vf_error *err);

/** Adds the participants of an 11CF file to @p reg, the inverse of
 *  vf_kostra_from_register_11cf() where the register can hold the field
 *  (docs/kostra.md, "11CF to the register"). Each record becomes a client (id
 *  PERSON_JOURNALNR, birth date FODSELSDATO, KJONN, EKTSTAT, ANTBU18 children
 *  born 1 January of the year as for 11F; main income the qualification
 *  benefit if YTELSE_TYPE_SOSHJ is 2, else unknown; PERSON_FODSELSNR is not
 *  read). KVP_STONAD (kroner) becomes payments of kind
 *  ::VF_ASSIST_QUALIFICATION in the months marked in STMND_x: the øre split
 *  evenly, the first (total mod months) months one øre more, so they sum to
 *  it exactly. If the programme began (BEGYNT_DATO) before the year and
 *  January is marked, each month from its start (at most 1 January four years
 *  back) to December of the year before gets a benefit payment of 0.
 *  Economic assistance has no amount in 11CF: YTELSE_SOSHJELP 1 becomes a
 *  grant of 0 in the month before the start, KVP_MED_SOSHJ_ENGANG 9 one in
 *  the first marked month, KVP_MED_SOSHJ_SUP 7 one in each of the first two.
 *  So writing the register again reproduces a file the writer made, except
 *  PERSON_FODSELSNR. Other fields (REG_DATO, VEDTAK_DATO, STATUS, AVSL_*,
 *  ...) are not carried. The first record that cannot be mapped stops the
 *  read with ::VF_E_PARSE (record length other than the layout's, bad date,
 *  code or number, KVP_STONAD without a month) or ::VF_E_DUPLICATE, naming
 *  line and field; clients and payments added before it stay.
 *  ::VF_E_INVALID_ARG for an 11F file. */
VF_API vf_status vf_kostra_to_register_11cf(const vf_kostra_file *file, vf_register *reg,
                                            vf_error *err);

/** Figures of form 11F that the general indicators (indicators.h) do not
 *  give: bidrag (grants) and lån (loans) separately and together, and
 *  recipients by TRYGDESIT whatever their main income. Money in øre; averages
 *  rounded half away from zero to the øre, 0 when the denominator is 0. The
 *  layout is frozen; later versions only add members at the end. */
typedef struct vf_kostra_amounts {
  int64_t recipients;        /**< Clients with a payment in the year. */
  int64_t benefit_months;    /**< Client-months with a payment. */
  int64_t recipients_grant;  /**< Recipients with a grant (bidrag) above 0. */
  int64_t recipients_loan;   /**< Recipients with a loan (lån) above 0. */
  int64_t recipients_both;   /**< Recipients with both. */
  vf_money grant;                /**< Bidrag paid (gross). */
  vf_money loan;                 /**< Lån paid (gross). */
  vf_money total;                /**< Bidrag and lån together. */
  vf_money grant_per_recipient;  /**< grant ÷ recipients. */
  vf_money loan_per_recipient;   /**< loan ÷ recipients. */
  vf_money total_per_recipient;  /**< total ÷ recipients. */
  vf_money grant_per_month;      /**< grant ÷ benefit months. */
  vf_money loan_per_month;       /**< loan ÷ benefit months. */
  vf_money total_per_month;      /**< total ÷ benefit months. */
  int64_t by_trygd[14];      /**< Recipients by TRYGDESIT (index = ::vf_trygd, 0 = unknown). */
} vf_kostra_amounts;

/** Computes ::vf_kostra_amounts of @p year from @p reg (payments of other
 *  years are ignored). ::VF_E_OVERFLOW if a sum does not fit. Thread-safe on a
 *  register nobody is modifying. */
VF_API vf_status vf_kostra_amounts_compute(const vf_register *reg, int year,
                                           vf_kostra_amounts *out, vf_error *err);

/** vf_kostra_to_register() of the 11F file of reporting @p year at @p path,
 *  read a record at a time (the file is never held whole), into @p reg, which
 *  may be a summary register (vf_register_new_summary()): then memory grows
 *  only with the recipients (about 55 bytes each), not with the file. With
 *  @p amounts (may be NULL), the ::vf_kostra_amounts of the file's records,
 *  as vf_kostra_amounts_compute() gives them for @p year on a register that
 *  holds only this file. Errors as vf_kostra_file_read() and
 *  vf_kostra_to_register(); as there, what was added before the failing
 *  record stays. */
VF_API vf_status vf_kostra_to_register_path(const char *path, int year, vf_register *reg,
                                            vf_kostra_amounts *amounts, vf_error *err);

#ifdef __cplusplus
}
#endif
#endif
