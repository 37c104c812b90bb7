/* Python only: KOSTRA report files (vf_kostra_file, include/velferd/kostra.h) as a class:
 * read a file and hand out its records' field values. Checking and the rest
 * of the KOSTRA API are reached through the C library and the CLI. */

%{
typedef struct vf_kostra_file vfb_kostra_file;
%}

%rename(KostraFile) vfb_kostra_file;
%nodefaultctor vfb_kostra_file;
%newobject vfb_kostra_file::row;
typedef struct {} vfb_kostra_file;
%extend vfb_kostra_file {
  /** Reads `path` as form `form` ("11F", "11CF") of reporting `year`. */
  vfb_kostra_file(const char *path, const char *form, int year, vf_error *err) {
    vf_kostra_form f;
    vf_kostra_file *k = NULL;
    if (vf_kostra_form_parse(form, &f, err) == VF_OK) vfb_check(vf_kostra_file_read(path, f, year, &k, err), err);
    return k;
  }
  ~vfb_kostra_file() { vf_kostra_file_free($self); }
  size_t record_count() { return vf_kostra_file_record_count($self); }
  size_t field_count() { return vf_kostra_file_field_count($self); }
  const char *field_name(size_t index) { return vf_kostra_file_field_name($self, index); }
  int record_line(size_t index) { return vf_kostra_file_record_line($self, index); }
  /** Every field of record `index` without padding, separated by U+001F
   *  (one call per record instead of one per field). */
  char *row(size_t index, vf_error *err) {
    size_t n = vf_kostra_file_field_count($self);
    char *out = malloc(n * 130 + 1), *p = out;
    if (!out) { vfb_fail(err, VF_E_NOMEM, "", "out of memory"); return NULL; }
    for (size_t i = 0; i < n; i++) {
      if (i) *p++ = '\x1f';
      if (vf_kostra_file_get($self, index, vf_kostra_file_field_name($self, i), p, 129, err)) {
        free(out);
        return NULL;
      }
      p += strlen(p);
    }
    *p = '\0';
    return out;
  }
}
