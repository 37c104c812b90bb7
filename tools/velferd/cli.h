/* Shared pieces of the velferd command-line tool: exit codes, option parsing,
 * error printing and output files. The tool uses the public API only, and the
 * library's output writer (lib/core/outfile.c, compiled into the tool too) so
 * that every -o file is written the same atomic way. */
#ifndef VELFERD_CLI_H
#define VELFERD_CLI_H

#include "core/outfile.h"
#include "velferd/velferd.h"
#include <stdint.h>
#include <stdio.h>

/* Exit codes (documented in docs/velferd.1). */
enum {
  VT_EXIT_OK = 0,       /* done, nothing to report */
  VT_EXIT_PARTIAL = 1,  /* done, with warnings: rows rejected, values missing */
  VT_EXIT_USAGE = 2,    /* bad command line or bad input: nothing (more) was done */
  VT_EXIT_FAIL = 3      /* output could not be written, or out of memory */
};

/* One option of a subcommand. A NULL `arg` makes it a flag. The parser fills
 * `value` (the argument, or "1" for a flag) and `given`. Its line of --help is
 * data: help.<command>.<name> or help.opt.<name> in data/labels/help.csv. */
typedef struct vt_opt {
  const char *name;   /* long name: "at" for --at */
  char short_name;    /* 'o' for -o, 0 for none */
  const char *arg;    /* placeholder shown in --help ("DATE"), NULL for a flag */
  const char *value;
  int given;
} vt_opt;

/* A subcommand's command-line description, used to parse and for --help (its
 * paragraph is help.<command>.about in data/labels/help.csv). */
typedef struct vt_spec {
  const char *name;     /* "params" */
  const char *args;     /* positional synopsis: "[NAME]" */
  vt_opt *opts;         /* terminated by an entry with name == NULL */
  int min_pos, max_pos; /* allowed number of positional arguments */
} vt_spec;

/* Options many commands share; put them in a command's table. */
#define VT_OPT_PROFILE {"profile", 'p', "NAME", NULL, 0}
#define VT_OPT_PARAMS {"params", 0, "FILE", NULL, 0}
#define VT_OPT_AS_KNOWN_ON {"as-known-on", 0, "DATE", NULL, 0}
#define VT_OPT_PROJECTION {"projection", 0, "g|PCT%|FILE", NULL, 0}
#define VT_OPT_FORMAT {"format", 'f', "FMT", NULL, 0}
#define VT_OPT_OUTPUT {"output", 'o', "FILE", NULL, 0}
#define VT_OPT_END {NULL, 0, NULL, NULL, 0}

/* Most positional arguments a command can take. */
#define VT_MAX_POS 64

/* Parses argv[1..argc-1] (argv[0] is the subcommand). Options and positional
 * arguments may be mixed; "--" ends options. Positional arguments are stored
 * in pos[0..*npos-1] (pos holds VT_MAX_POS entries). Returns -1 to go on, or an
 * exit code: 0 after printing --help, VT_EXIT_USAGE after an error message,
 * VT_EXIT_FAIL when an output (--output, --clients) is one of the inputs (a
 * positional argument or --params, --population, --compare, --scenario,
 * --client; for a register directory, any of its files). */
int vt_parse(const vt_spec *spec, int argc, char **argv, char **pos, int *npos);

/* Every value of the repeatable option --name (placeholder ending in "...")
 * in argv order, at most max; returns how many. Call after vt_parse(). */
int vt_values(const char *name, int argc, char **argv, const char **out, int max);

/* The option called `name` in the spec's table (must exist). */
vt_opt *vt_get(const vt_spec *spec, const char *name);

/* @p id as tables and messages show it: masked by vf_mask_ids() into @p buf
 * unless --show-ids was given (then @p id itself). */
const char *vt_id(const char *id, char *buf, size_t size);

/* Prints "velferd CMD: message" on stderr, masked as vt_id(). */
void vt_errorf(const char *cmd, const char *fmt, ...)
#if defined(__GNUC__)
  __attribute__((format(printf, 2, 3)))
#endif
  ;
/* Prints a library error on stderr and returns the exit code for it. */
int vt_report(const char *cmd, const vf_error *e);

/* Creates the context from --profile and --params (if the spec has them). */
int vt_make_ctx(const vt_spec *spec, vf_ctx **out);
/* Parses --projection: "g", "3%" / "-1.5%" (hundredths of a percent) or an
 * index file. -1 on success, else VT_EXIT_USAGE after an error message. */
int vt_parse_projection(const char *cmd, const char *text, vf_projection_method *method,
                        int64_t *hundredths);
/* Parses a date option value; on error prints the message naming the option. */
int vt_parse_date(const char *cmd, const char *opt, const char *text, vf_date *out);
/* Today's date (UTC). */
vf_date vt_today(void);
/* Index of `value` in the NULL-terminated list `names`; prints an error
 * naming option `opt` and returns -1 if not found. */
int vt_choice(const char *cmd, const char *opt, const char *value, const char *const *names);

/* An output: standard output, or a file written through core/outfile.h (a
 * temporary file renamed over the target when complete). */
typedef struct vt_out {
  FILE *f;          /* write here */
  const char *path; /* NULL or "-" for standard output */
  vfi_outfile file;
} vt_out;
/* Opens the output: standard output for NULL or "-". -1 on success, else
 * VT_EXIT_FAIL after printing the error. */
int vt_open_out(const char *cmd, const char *path, vt_out *o);
/* Commits an output from vt_open_out(): every write checked, the file renamed
 * into place. VT_EXIT_OK, or VT_EXIT_FAIL after printing the error (the old
 * file is then unchanged). */
int vt_close_out(const char *cmd, vt_out *o);
/* Gives up an output (a failure before it was complete): the old file stays. */
void vt_discard_out(vt_out *o);

/* ---- language (lang.c) ----
 * --lang LANG (any command) chooses the language of the text output; without
 * it, LC_ALL, LC_MESSAGES or LANG (nb_NO, nn_NO, no_NO -> nb; else en). CSV and
 * JSON stay language-neutral. The tool's own texts are keys of
 * data/labels/cli.csv. */

/* Chooses the language (NULL: from the locale); the first call wins. -1 on
 * success, else an exit code after an error message. vt_parse() calls it. */
int vt_set_lang(const char *cmd, const char *lang);
/* The texts of the chosen language (English or Norwegian); NULL only if out of memory. */
const vf_labels *vt_texts(void);
/* The labels for tables and numbers: NULL in English (the stable codes and
 * numbers as velferd has always printed them), else vt_texts(). */
const vf_labels *vt_labels(void);
/* The text of a key of data/labels (the key itself if it has none). */
const char *vt_text(const char *key);
/* @p text with each placeholder word (FILE, DATE...) in the chosen language
 * (help.arg.<WORD> in data/labels/help.csv; a word without a row is kept). */
const char *vt_help_words(const char *text, char *buf, size_t size);
/* The text of a key with {1}.. filled from the NULL-terminated arguments, in buf. */
const char *vt_fill(char *buf, size_t size, const char *key, ...);
/* Width of UTF-8 text in code points (for columns). */
size_t vt_width(const char *s);
/* Writes s padded with spaces to w code points, right-aligned if right. */
void vt_pad(FILE *f, const char *s, size_t w, int right);

/* Parses a whole decimal number (digits only) in [min, max]; -1 on success,
 * else VT_EXIT_USAGE after an error naming option `opt`. */
int vt_parse_num(const char *cmd, const char *opt, const char *text, uint64_t min, uint64_t max,
                 uint64_t *out);

/* 1 if s is valid UTF-8 (no overlong forms, surrogates or code points past U+10FFFF). */
int vt_utf8_valid(const char *s);

/* strdup (not in C11); NULL if out of memory. */
char *vt_strdup(const char *s);

/* Writes s as a JSON string literal (quotes included). */
void vt_json_string(FILE *f, const char *s);
/* Writes s as one CSV field (quoted when needed). */
void vt_csv_field(FILE *f, const char *s);

#endif
