/* velferd: the command-line tool. Dispatches to one function per subcommand,
 * listed in commands.h. */
#define _POSIX_C_SOURCE 200809L /* SIGXFSZ */
#include "cli.h"

#include <signal.h>
#include <string.h>

#define VT_COMMAND(name, fn, summary) int fn(int argc, char **argv);
#include "commands.h"
#undef VT_COMMAND

typedef struct command {
  const char *name;
  int (*run)(int argc, char **argv);
  const char *summary;
} command;

static const command commands[] = {
#define VT_COMMAND(name, fn, summary) {#name, fn, summary},
#include "commands.h"
#undef VT_COMMAND
};
#define NCOMMANDS (sizeof commands / sizeof commands[0])

static void usage(FILE *f) {
  fprintf(f,
          "Usage: velferd COMMAND [OPTIONS] [ARGS]\n"
          "       velferd COMMAND --help\n"
          "       velferd --version\n\n"
          "Rules and indicators for Norwegian municipal social services.\n\n"
          "Commands:\n");
  for (size_t i = 0; i < NCOMMANDS; i++)
    fprintf(f, "  %-12s %s\n", commands[i].name, commands[i].summary);
  fprintf(f,
          "\nExit codes: 0 ok, 1 done with warnings (rows rejected, values missing),\n"
          "2 bad command line or input, 3 output not written or out of memory.\n"
          "See velferd(1) for details.\n");
}

int main(int argc, char **argv) {
#ifdef SIGXFSZ
  /* Past a file-size limit (ulimit -f) a write then fails with EFBIG instead of
   * killing the process, so the output writer can remove its temporary file
   * and report the failure (exit 3). */
  signal(SIGXFSZ, SIG_IGN);
#endif
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
