/* Shared pieces of the velferd command-line tool: exit codes, option parsing,
 * error printing and output files. The tool uses the public API only. */
#ifndef VELFERD_CLI_H
#define VELFERD_CLI_H

#include "velferd/velferd.h"
#include <stdio.h>

/* Exit codes (documented in docs/velferd.1). */
enum {
  VT_EXIT_OK = 0,       /* done, nothing to report */
  VT_EXIT_PARTIAL = 1,  /* done, with warnings: rows rejected, values missing */
  VT_EXIT_USAGE = 2,    /* bad command line or bad input: nothing (more) was done */
  VT_EXIT_FAIL = 3      /* output could not be written, or out of memory */
};

/* One option of a subcommand. A NULL `arg` makes it a flag. The parser fills
 * `value` (the argument, or "1" for a flag) and `given`. */
typedef struct vt_opt {
  const char *name;   /* long name: "at" for --at */
  char short_name;    /* 'o' for -o, 0 for none */
  const char *arg;    /* placeholder shown in --help ("DATE"), NULL for a flag */
  const char *help;   /* one line for --help */
  const char *value;
  int given;
} vt_opt;

/* A subcommand's command-line description, used to parse and for --help. */
typedef struct vt_spec {
  const char *name;     /* "params" */
  const char *args;     /* positional synopsis: "[NAME]" */
  const char *about;    /* paragraph printed by --help */
  vt_opt *opts;         /* terminated by an entry with name == NULL */
  int min_pos, max_pos; /* allowed number of positional arguments */
} vt_spec;

/* Options many commands share; put them in a command's table. */
#define VT_OPT_PROFILE {"profile", 'p', "NAME", "municipality profile (default: \"default\")", NULL, 0}
#define VT_OPT_PARAMS {"params", 0, "FILE", "load parameter overrides from FILE (docs/parameters.md)", NULL, 0}
#define VT_OPT_AS_KNOWN_ON {"as-known-on", 0, "DATE", "use only parameter rows decided by DATE (reproduce a past decision; docs/parameters.md)", NULL, 0}
#define VT_OPT_FORMAT(list) {"format", 'f', "FMT", "output format: " list, NULL, 0}
#define VT_OPT_OUTPUT {"output", 'o', "FILE", "write to FILE instead of standard output", NULL, 0}
#define VT_OPT_END {NULL, 0, NULL, NULL, NULL, 0}

/* Most positional arguments a command can take. */
#define VT_MAX_POS 64

/* Parses argv[1..argc-1] (argv[0] is the subcommand). Options and positional
 * arguments may be mixed; "--" ends options. Positional arguments are stored
 * in pos[0..*npos-1] (pos holds VT_MAX_POS entries). Returns -1 to go on, or an
 * exit code: 0 after printing --help, VT_EXIT_USAGE after an error message. */
int vt_parse(const vt_spec *spec, int argc, char **argv, char **pos, int *npos);

/* The option called `name` in the spec's table (must exist). */
vt_opt *vt_get(const vt_spec *spec, const char *name);

/* Prints "velferd CMD: message" on stderr. */
void vt_errorf(const char *cmd, const char *fmt, ...)
#if defined(__GNUC__)
  __attribute__((format(printf, 2, 3)))
#endif
  ;
/* Prints a library error on stderr and returns the exit code for it. */
int vt_report(const char *cmd, const vf_error *e);

/* Creates the context from --profile and --params (if the spec has them). */
int vt_make_ctx(const vt_spec *spec, vf_ctx **out);
/* Parses a date option value; on error prints the message naming the option. */
int vt_parse_date(const char *cmd, const char *opt, const char *text, vf_date *out);
/* Today's date (UTC). */
vf_date vt_today(void);
/* Index of `value` in the NULL-terminated list `names`; prints an error
 * naming option `opt` and returns -1 if not found. */
int vt_choice(const char *cmd, const char *opt, const char *value, const char *const *names);

/* Opens the output: standard output for NULL or "-". NULL after printing an error. */
FILE *vt_open_out(const char *cmd, const char *path);
/* Flushes and closes an output from vt_open_out(); VT_EXIT_FAIL on a write error. */
int vt_close_out(const char *cmd, FILE *f, const char *path);

/* strdup (not in C11); NULL if out of memory. */
char *vt_strdup(const char *s);

/* Writes s as a JSON string literal (quotes included). */
void vt_json_string(FILE *f, const char *s);
/* Writes s as one CSV field (quoted when needed). */
void vt_csv_field(FILE *f, const char *s);

#endif
