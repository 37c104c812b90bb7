/* Atomic output files and directories (core/outfile.h). */
#define _XOPEN_SOURCE 700 /* POSIX 2008 with realpath */
#include "core/outfile.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

/* Temporary names are tried as .NAME.PID.N.tmp: O_EXCL (or mkdir) picks a
 * free one, so threads and processes writing the same target never collide. */
#define MAX_TRIES 1000

static int say(char *msg, size_t size, const char *fmt, ...)
#if defined(__GNUC__)
  __attribute__((format(printf, 3, 4)))
#endif
  ;
static int say(char *msg, size_t size, const char *fmt, ...) {
  if (msg && size) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, size, fmt, ap);
    va_end(ap);
  }
  return -1;
}

static char *dup_str(const char *s) {
  size_t n = strlen(s) + 1;
  char *p = malloc(n);
  if (p) memcpy(p, s, n);
  return p;
}

/* "a/b/c" -> dir "a/b", base "c"; "c" -> ".", "c". Caller frees *dir. */
static int split(const char *path, char **dir, const char **base) {
  const char *slash = strrchr(path, '/');
  if (!slash) {
    *dir = dup_str(".");
    *base = path;
  } else {
    size_t n = slash == path ? 1 : (size_t)(slash - path); /* "/x" -> "/" */
    *dir = malloc(n + 1);
    if (*dir) {
      memcpy(*dir, path, n);
      (*dir)[n] = '\0';
    }
    *base = slash + 1;
  }
  return *dir ? 0 : -1;
}

/* Best effort: the rename is durable once the directory is on disk. A
 * filesystem that cannot fsync a directory (EINVAL) is not an error. */
static void sync_dir(const char *dir) {
  int fd = open(dir, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return;
  (void)fsync(fd);
  close(fd);
}

/* A free name "DIR/.BASE.PID.N.SUFFIX" made by `make` (open O_EXCL or mkdir). */
typedef int (*maker)(const char *name, void *arg);
static char *fresh_name(const char *dir, const char *base, const char *suffix, maker make,
                        void *arg, int *err) {
  size_t n = strlen(dir) + strlen(base) + strlen(suffix) + 48;
  char *name = malloc(n);
  if (!name) {
    *err = ENOMEM;
    return NULL;
  }
  for (int i = 0; i < MAX_TRIES; i++) {
    snprintf(name, n, "%s/.%s.%ld.%d.%s", dir, base, (long)getpid(), i, suffix);
    if (make(name, arg) == 0) return name;
    if (errno != EEXIST) break;
  }
  *err = errno;
  free(name);
  return NULL;
}

static int make_file(const char *name, void *arg) {
  int fd = open(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666); /* umask applies, as for fopen */
  *(int *)arg = fd;
  return fd < 0 ? -1 : 0;
}

static int make_dir(const char *name, void *arg) {
  (void)arg;
  return mkdir(name, 0777);
}

static int no_such(const char *name, void *arg) {
  (void)arg;
  struct stat st;
  if (lstat(name, &st) == 0) {
    errno = EEXIST;
    return -1;
  }
  return errno == ENOENT ? 0 : -1;
}

static void outfile_free(vfi_outfile *o) {
  free(o->path);
  free(o->target);
  free(o->tmp);
  o->path = o->target = o->tmp = NULL;
  o->f = NULL;
}

/* Ends a failed open: the message (naming o->path), then everything freed. */
static int open_failed(vfi_outfile *o, int fd, int e, char *msg, size_t size) {
  if (e == EISDIR)
    say(msg, size, "%s: cannot write: it is a directory", o->path);
  else
    say(msg, size, "%s: cannot write: %s", o->path, strerror(e));
  if (fd >= 0) close(fd);
  vfi_outfile_abort(o);
  return -1;
}

int vfi_outfile_open(vfi_outfile *o, const char *path, const char *shown, char *msg, size_t size) {
  memset(o, 0, sizeof *o);
  if (!path || !*path) return say(msg, size, "no output path given");
  if (!(o->path = dup_str(shown ? shown : path))) return say(msg, size, "%s: out of memory", path);
  struct stat st;
  int exists = stat(path, &st) == 0;
  if (exists && S_ISDIR(st.st_mode)) return open_failed(o, -1, EISDIR, msg, size);
  if (exists && !S_ISREG(st.st_mode)) { /* a device or FIFO: write it directly */
    if (!(o->f = fopen(path, "wb"))) return open_failed(o, -1, errno, msg, size);
    return 0;
  }
  /* A symbolic link stays a link: the file it points to is replaced. */
  struct stat lst;
  if (lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode))
    o->target = realpath(path, NULL);
  else
    o->target = dup_str(path);
  if (!o->target) return open_failed(o, -1, errno, msg, size);
  char *dir;
  const char *base;
  int fd = -1, e = 0;
  if (split(o->target, &dir, &base)) return open_failed(o, -1, ENOMEM, msg, size);
  o->tmp = fresh_name(dir, base, "tmp", make_file, &fd, &e);
  free(dir);
  if (!o->tmp) return open_failed(o, -1, e, msg, size);
  o->existed = exists;
  if (exists) (void)fchmod(fd, st.st_mode & 07777); /* keep the old file's permissions */
  if (!(o->f = fdopen(fd, "wb"))) return open_failed(o, fd, errno, msg, size);
  return 0;
}

void vfi_outfile_abort(vfi_outfile *o) {
  if (o->f) fclose(o->f);
  if (o->tmp) unlink(o->tmp);
  outfile_free(o);
}

int vfi_outfile_commit(vfi_outfile *o, char *msg, size_t size) {
  if (!o->f) return say(msg, size, "output not open");
  /* errno from a failed write is lost by the time we get here; fflush sets it
   * again when data was still buffered. */
  errno = 0;
  int bad = fflush(o->f) != 0 || ferror(o->f);
  int e = errno;
  /* The buffer may have been dropped by the failed write, so fflush had nothing
   * to say: one more byte names the reason (the output is already lost). */
  if (bad && !e && write(fileno(o->f), "\n", 1) < 0) e = errno;
  if (!bad && o->tmp && fsync(fileno(o->f)) != 0) {
    bad = 1;
    e = errno;
  }
  int closed = fclose(o->f);
  o->f = NULL;
  if (!bad && closed != 0) {
    bad = 1;
    e = errno;
  }
  if (!bad && o->tmp && rename(o->tmp, o->target) != 0) {
    bad = 1;
    e = errno;
  }
  if (bad) {
    if (o->tmp) unlink(o->tmp);
    say(msg, size, "%s: write failed%s%s; %s", o->path, e ? ": " : "", e ? strerror(e) : "",
        !o->tmp ? "the output is incomplete" : o->existed ? "the old file is unchanged"
                                                          : "nothing was written");
    outfile_free(o);
    return -1;
  }
  if (o->tmp) {
    char *dir;
    const char *base;
    if (!split(o->target, &dir, &base)) {
      sync_dir(dir);
      free(dir);
    }
  }
  outfile_free(o);
  return 0;
}

/* ---- directories ---- */

static int allowed_name(const char *name, const char *const *allowed) {
  for (; allowed && *allowed; allowed++)
    if (!strcmp(name, *allowed)) return 1;
  return 0;
}

/* Removes a directory of plain files (the temporary or the old output). */
static int remove_flat(const char *path) {
  DIR *d = opendir(path);
  if (!d) return -1;
  size_t n = strlen(path) + 2;
  struct dirent *ent;
  while ((ent = readdir(d))) {
    if (!strcmp(ent->d_name, ".") || !strcmp(ent->d_name, "..")) continue;
    char *p = malloc(n + strlen(ent->d_name));
    if (p) {
      snprintf(p, n + strlen(ent->d_name), "%s/%s", path, ent->d_name);
      unlink(p);
      free(p);
    }
  }
  closedir(d);
  return rmdir(path);
}

long vfi_dir_entries(const char *path) {
  struct stat st;
  if (stat(path, &st) != 0) return errno == ENOENT ? -1 : -2;
  if (!S_ISDIR(st.st_mode)) return -2;
  DIR *d = opendir(path);
  if (!d) return -2;
  long n = 0;
  struct dirent *ent;
  while ((ent = readdir(d)))
    if (strcmp(ent->d_name, ".") && strcmp(ent->d_name, "..")) n++;
  closedir(d);
  return n;
}

static void outdir_free(vfi_outdir *d) {
  free(d->path);
  free(d->target);
  free(d->tmp);
  d->path = d->target = d->tmp = NULL;
}

int vfi_outdir_open(vfi_outdir *d, const char *path, const char *const *allowed, char *msg,
                    size_t size) {
  memset(d, 0, sizeof *d);
  if (!path || !*path) return say(msg, size, "no output directory given");
  if (!(d->path = dup_str(path)) || !(d->target = dup_str(path))) {
    outdir_free(d);
    return say(msg, size, "%s: out of memory", path);
  }
  size_t n = strlen(d->target);
  while (n > 1 && d->target[n - 1] == '/') d->target[--n] = '\0';
  struct stat st;
  if (stat(d->target, &st) == 0) {
    if (!S_ISDIR(st.st_mode)) {
      outdir_free(d);
      return say(msg, size, "%s: not a directory", path);
    }
    DIR *dir = opendir(d->target);
    if (!dir) {
      int e = errno;
      outdir_free(d);
      return say(msg, size, "%s: cannot read directory: %s", path, strerror(e));
    }
    struct dirent *ent;
    while ((ent = readdir(dir))) {
      if (!strcmp(ent->d_name, ".") || !strcmp(ent->d_name, "..") ||
          allowed_name(ent->d_name, allowed))
        continue;
      say(msg, size, "%s: holds '%s', which is not an output file; not replaced", path,
          ent->d_name);
      closedir(dir);
      outdir_free(d);
      return -1;
    }
    closedir(dir);
  } else if (errno != ENOENT) {
    int e = errno;
    outdir_free(d);
    return say(msg, size, "%s: %s", path, strerror(e));
  }
  char *parent;
  const char *base;
  int e = 0;
  if (split(d->target, &parent, &base)) {
    outdir_free(d);
    return say(msg, size, "%s: out of memory", path);
  }
  d->tmp = fresh_name(parent, base, "tmp", make_dir, NULL, &e);
  free(parent);
  if (!d->tmp) {
    outdir_free(d);
    return say(msg, size, "%s: cannot create directory: %s", path, strerror(e));
  }
  return 0;
}

void vfi_outdir_abort(vfi_outdir *d) {
  if (d->tmp) remove_flat(d->tmp);
  outdir_free(d);
}

int vfi_outdir_commit(vfi_outdir *d, char *msg, size_t size) {
  if (!d->tmp) return say(msg, size, "output directory not open");
  sync_dir(d->tmp);
  char *parent;
  const char *base;
  if (split(d->target, &parent, &base)) {
    vfi_outdir_abort(d);
    return say(msg, size, "out of memory");
  }
  int rc = 0, e = 0;
  /* A missing or empty target: one rename (POSIX replaces an empty directory). */
  if (rename(d->tmp, d->target) != 0) {
    e = errno;
    if (e == ENOTEMPTY || e == EEXIST) {
      char *aside = fresh_name(parent, base, "old", no_such, NULL, &e);
      if (!aside || rename(d->target, aside) != 0) {
        e = aside ? errno : e;
        rc = -1;
      } else if (rename(d->tmp, d->target) != 0) {
        e = errno;
        rename(aside, d->target); /* put the old one back */
        rc = -1;
      } else {
        free(d->tmp);
        d->tmp = NULL;
        remove_flat(aside);
      }
      free(aside);
    } else {
      rc = -1;
    }
  } else {
    free(d->tmp);
    d->tmp = NULL;
  }
  if (rc) {
    say(msg, size, "%s: cannot move the new directory into place: %s; the old one is unchanged",
        d->path, strerror(e));
    vfi_outdir_abort(d);
  } else {
    sync_dir(parent);
    outdir_free(d);
  }
  free(parent);
  return rc;
}

int vfi_same_file(const char *a, const char *b) {
  struct stat sa, sb;
  if (!a || !b || stat(a, &sa) != 0 || stat(b, &sb) != 0) return 0;
  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}
