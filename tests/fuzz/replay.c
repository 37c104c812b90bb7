/* Runs a harness over files given on the command line (or every file in the
 * directories given), without libFuzzer: this is how the seed corpus and the
 * regression inputs run as ordinary tests, under ASan/UBSan and valgrind. */
#include <dirent.h>
#include <sys/stat.h>
#include "fuzz.h"

static int run_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) { fprintf(stderr, "cannot open %s\n", path); return 1; }
  size_t cap = 4096, n = 0;
  uint8_t *buf = malloc(cap);
  FZ_CHECK(buf != NULL);
  size_t got;
  while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) { cap *= 2; buf = realloc(buf, cap); FZ_CHECK(buf != NULL); }
  }
  fclose(f);
  LLVMFuzzerTestOneInput(buf, n);
  free(buf);
  return 0;
}

int main(int argc, char **argv) {
  int bad = 0, count = 0;
  for (int i = 1; i < argc; i++) {
    struct stat st;
    if (stat(argv[i], &st) != 0) { fprintf(stderr, "missing %s\n", argv[i]); bad = 1; continue; }
    if (!S_ISDIR(st.st_mode)) { bad |= run_file(argv[i]); count++; continue; }
    DIR *d = opendir(argv[i]);
    if (!d) { fprintf(stderr, "cannot open %s\n", argv[i]); bad = 1; continue; }
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
      if (de->d_name[0] == '.') continue;
      char path[4096];
      snprintf(path, sizeof path, "%s/%s", argv[i], de->d_name);
      bad |= run_file(path);
      count++;
    }
    closedir(d);
  }
  printf("%d inputs replayed\n", count);
  return bad || count == 0;
}
