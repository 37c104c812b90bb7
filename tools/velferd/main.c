/* velferd: the command-line tool. Dispatches to one function per subcommand,
 * listed in commands.h. */
#define _POSIX_C_SOURCE 200809L /* SIGXFSZ */
#include "cli.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>

#define VT_COMMAND(name, fn) int fn(int argc, char **argv);
#include "commands.h"
#undef VT_COMMAND

typedef struct command {
  const char *name;
  int (*run)(int argc, char **argv);
} command;

static const command commands[] = {
#define VT_COMMAND(name, fn) {#name, fn},
#include "commands.h"
#undef VT_COMMAND
};
#define NCOMMANDS (sizeof commands / sizeof commands[0])

/* The usage text in the language of the locale (or of --lang after the
 * command); the command summaries are keys cmd.NAME of data/labels/cli.csv. */
static void usage(FILE *f) {
  fprintf(f, "%s\n", vt_text("main.usage"));
  for (size_t i = 0; i < NCOMMANDS; i++) {
    char key[64];
    snprintf(key, sizeof key, "cmd.%s", commands[i].name);
    fprintf(f, "  %-12s %s\n", commands[i].name, vt_text(key));
  }
  fprintf(f, "\n%s\n", vt_text("main.exit_codes"));
}

int main(int argc, char **argv) {
#ifdef SIGXFSZ
  /* Past a file-size limit (ulimit -f) a write then fails with EFBIG instead of
   * killing the process, so the output writer can remove its temporary file
   * and report the failure (exit 3). */
  signal(SIGXFSZ, SIG_IGN);
#endif
  /* "velferd --lang nb --help": the usage text in that language */
  if (argc >= 3 && !strcmp(argv[1], "--lang")) {
    if (vt_set_lang("velferd", argv[2]) >= 0) return VT_EXIT_USAGE;
    argc -= 2;
    argv += 2;
  }
  if (argc < 2) {
    usage(stderr);
    return VT_EXIT_USAGE;
  }
  const char *name = argv[1];
  if (!strcmp(name, "--help") || !strcmp(name, "-h")) {
    usage(stdout);
    return VT_EXIT_OK;
  }
  if (!strcmp(name, "--version")) {
    printf("velferd %s (library %s)\n", VF_VERSION_STRING, vf_version());
    return VT_EXIT_OK;
  }
  if (!strcmp(name, "help")) {
    if (argc < 3) {
      usage(stdout);
      return VT_EXIT_OK;
    }
    /* "velferd help CMD" is "velferd CMD --help" */
    for (size_t i = 0; i < NCOMMANDS; i++)
      if (!strcmp(argv[2], commands[i].name)) {
        char *args[] = {argv[2], "--help", NULL};
        return commands[i].run(2, args);
      }
    name = argv[2];
  } else {
    for (size_t i = 0; i < NCOMMANDS; i++)
      if (!strcmp(name, commands[i].name)) return commands[i].run(argc - 1, argv + 1);
  }
  fprintf(stderr, "velferd: unknown command '%s'\n\n", name);
  usage(stderr);
  return VT_EXIT_USAGE;
}
