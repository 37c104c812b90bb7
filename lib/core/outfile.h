/* The one way velferd writes an output file or directory (docs/robustness.md,
 * "Writing files"): everything goes into a temporary file (or directory)
 * beside the target, is flushed and fsync'ed, and is then renamed over the
 * target; on any failure the temporary is removed and the old file is left
 * exactly as it was. A reader therefore sees the old output or the complete
 * new one, never a part.
 *
 * A target that exists and is not a regular file (a device such as /dev/null
 * or /dev/full, a FIFO, a terminal) is written directly: there is no file to
 * replace, so there is nothing to keep.
 *
 * This file uses the C library and POSIX only (no vf_error): the library's
 * writers wrap its messages in a vf_error, and the command-line tool compiles
 * it too for its -o files. Messages name the path given, e.g.
 * "out.csv: cannot write: File too large". Not thread-safe per object; distinct
 * objects may be used from distinct threads (no shared state). */
#ifndef VF_CORE_OUTFILE_H
#define VF_CORE_OUTFILE_H

#include <stddef.h>
#include <stdio.h>

/* An output file being written. */
typedef struct vfi_outfile {
  FILE *f;      /* write here */
  char *path;   /* as shown in messages */
  char *target; /* what is replaced (a symbolic link resolved), NULL when direct */
  char *tmp;    /* the temporary file, NULL when direct */
  int existed;  /* the target existed when opened */
} vfi_outfile;

/* Starts writing `path`; messages name `shown` (NULL: `path`). 0, or -1 with
 * the reason in msg (size bytes). */
int vfi_outfile_open(vfi_outfile *o, const char *path, const char *shown, char *msg, size_t size);
/* Checks every write, flushes, fsyncs, closes and renames the temporary over
 * the target, then fsyncs the directory. 0, or -1 with the reason in msg; either
 * way the object is finished (the temporary is gone). */
int vfi_outfile_commit(vfi_outfile *o, char *msg, size_t size);
/* Gives up: closes and removes the temporary; the target is untouched. */
void vfi_outfile_abort(vfi_outfile *o);

/* An output directory being written: files go into `tmp`, a temporary
 * directory beside the target, and commit moves it into place. */
typedef struct vfi_outdir {
  char *path;   /* as given, for messages */
  char *target; /* path without trailing slashes */
  char *tmp;    /* write the files here */
} vfi_outdir;

/* Starts writing directory `path`. A `path` that exists must be a directory
 * holding nothing but files named in `allowed` (NULL-terminated): those are
 * the ones the new directory replaces; anything else is refused, so that a
 * mistyped path never deletes unrelated files. 0, or -1 with the reason. */
int vfi_outdir_open(vfi_outdir *d, const char *path, const char *const *allowed, char *msg,
                    size_t size);
/* Moves the finished temporary directory into place. A missing or empty
 * target is replaced by one rename. A non-empty target is renamed aside, the
 * new directory renamed in, and the old one removed; if the second rename fails
 * the old directory is renamed back. 0, or -1 with the reason; either way the
 * object is finished. */
int vfi_outdir_commit(vfi_outdir *d, char *msg, size_t size);
/* Gives up: removes the temporary directory and its files. */
void vfi_outdir_abort(vfi_outdir *d);

/* 1 if `a` and `b` both exist and are the same file (device and inode). */
int vfi_same_file(const char *a, const char *b);
/* Entries of directory `path` besides "." and "..": -1 if it does not exist,
 * -2 if it is not a directory or cannot be read. */
long vfi_dir_entries(const char *path);

#endif
