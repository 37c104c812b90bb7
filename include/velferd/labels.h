/** @file velferd/labels.h
 *  @brief Labels of codes, indicators and tables in a language, and number
 *  formats per language (bokmål and English).
 *
 *  The texts are data: the tables under `data/labels/` (one column per
 *  language) are compiled into the library, and vf_labels_load() adds or
 *  replaces texts from a file of the same format at run time, so a translation
 *  is a data change. Norwegian texts of KOSTRA codes are Statistics Norway's own
 *  category texts; indicator names follow KOSTRA's wording where it has one.
 *
 *  A ::vf_labels holds the texts of one language. It is immutable once loaded:
 *  any number of threads may read one at the same time. Nothing here reads the
 *  process locale (no `setlocale`), and there is no global state.
 *
 *  The format functions write like `snprintf`: at most @p size bytes including
 *  the terminating NUL, and return the length the whole text needs (without
 *  the NUL), so a result of @p size or more means it was cut short. With a NULL
 *  @p labels they format as English.
 */
#ifndef VELFERD_LABELS_H
#define VELFERD_LABELS_H

#include "velferd/common.h"
#include "velferd/money.h"
#include "velferd/client.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The texts of one language. */
typedef struct vf_labels vf_labels;

/** Loads the compiled-in texts of @p lang: "en" or "nb" (also "no", and
 *  "nb_NO.UTF-8"-style locale names: see vf_labels_language_of_locale()).
 *  ::VF_E_NOT_FOUND names the languages there are. */
VF_API vf_status vf_labels_new(vf_labels **out, const char *lang, vf_error *err);
/** Releases the texts; accepts NULL. */
VF_API void vf_labels_free(vf_labels *labels);
/** The language code of @p labels ("en", "nb"). */
VF_API const char *vf_labels_lang(const vf_labels *labels);
/** Adds or replaces texts from a CSV file in the format of `data/labels/`
 *  (a header `key,<languages>,source`, one text per key and language). Only
 *  the column of the labels' language is read; a file without that column is
 *  ::VF_E_PARSE. Not thread-safe with readers of the same @p labels. */
VF_API vf_status vf_labels_load(vf_labels *labels, const char *path, vf_error *err);

/** The text of @p key ("code.gender.female", "table.age_group",
 *  "indicator.recipients", "unit.percent", "format.decimal"), or NULL if the
 *  key has no text. Owned by @p labels. */
VF_API const char *vf_labels_get(const vf_labels *labels, const char *key);
/** The label of a code ("Kvinne", "Skilt/separert", "18-24 år"), or NULL if
 *  @p value is not in @p list. */
VF_API const char *vf_labels_code(const vf_labels *labels, vf_code_list list, int value);

/** The text of @p key with its placeholders filled, written like `snprintf`
 *  (returns the length the whole text needs): `{1}` ... `{9}` stand for
 *  @p args[0] ... @p args[8] (any order, so that a language can reorder them),
 *  `{}` for the next argument after the last one used. A placeholder past
 *  @p nargs is written as it stands; a key without text is written as the key
 *  itself, so that a missing translation shows rather than vanishes. Used for
 *  the headings and summary lines of the tool and the text renderings. */
VF_API size_t vf_labels_fill(const vf_labels *labels, const char *key, const char *const *args,
                             size_t nargs, char *buf, size_t size);

/** The language velferd uses for a locale name as found in `LC_ALL`,
 *  `LC_MESSAGES` or `LANG`: "nb" for Norwegian (`nb_NO`, `nn_NO`, `no_NO`, `nb`,
 *  `no`, with or without an encoding), "en" for anything else, NULL or empty.
 *  Static text. */
VF_API const char *vf_labels_language_of_locale(const char *locale);

/** Flag for the format functions: spaces in the result (thousands separators,
 *  the space before "%" or "kr") become no-break spaces (U+00A0), for typeset
 *  output such as HTML. */
#define VF_FMT_NO_BREAK 1u

/** An integer with the language's thousands separator: nb "317 900 000",
 *  en "317900000". */
VF_API size_t vf_format_integer(const vf_labels *labels, int64_t value, unsigned flags,
                                char *buf, size_t size);
/** A fixed-point number @p scaled / 10^@p decimals (0..18), written with
 *  exactly @p decimals decimals: nb "6,1", en "6.1" for (61, 1). */
VF_API size_t vf_format_fixed(const vf_labels *labels, int64_t scaled, int decimals,
                              unsigned flags, char *buf, size_t size);
/** A percentage @p scaled / 10^@p decimals: nb "22,4 %", en "22.4%". */
VF_API size_t vf_format_percent(const vf_labels *labels, int64_t scaled, int decimals,
                                unsigned flags, char *buf, size_t size);
/** An amount in kroner: @p decimals 2 gives øre ("1 234,50 kr"), 0 gives
 *  whole kroner rounded half away from zero ("1 235 kr"). Other values of
 *  @p decimals give an empty text and return 0. */
VF_API size_t vf_format_money(const vf_labels *labels, vf_money amount, int decimals,
                              unsigned flags, char *buf, size_t size);
/** An amount in millions of kroner with @p decimals decimals (0..6), rounded
 *  half away from zero: nb "317,9 mill. kr", en "NOK 317.9 million". */
VF_API size_t vf_format_millions(const vf_labels *labels, vf_money amount, int decimals,
                                 unsigned flags, char *buf, size_t size);

#ifdef __cplusplus
}
#endif
#endif
