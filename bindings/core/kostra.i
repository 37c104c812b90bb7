/* KOSTRA report files (velferd/kostra.h) for Java and R: a KostraFile class
 * (read a file, its fields and records) and a KostraReport class (the
 * findings of vf_kostra_check). Python has its own reader in
 * bindings/python/kostra.i, so this file is left out there. Findings are
 * read by index, one member at a time (their strings are copied out). */

%ignore vf_kostra_finding;
%ignore vf_kostra_write_options;
%ignore vf_kostra_amounts;
%ignore vf_kostra_form;
%immutable;
%include "velferd/kostra.h"
%mutable;

%{
typedef struct vf_kostra_file vfb_kfile;
typedef struct vf_kostra_report vfb_kreport;

/* Finding `index` of a report, or a VF_E_RANGE failure. */
static const vf_kostra_finding *vfb_finding(const vfb_kreport *r, size_t index, vf_error *err) {
  const vf_kostra_finding *f = vf_kostra_report_finding(r, index);
  if (!f) vfb_fail(err, VF_E_RANGE, "index", "finding index out of range");
  return f;
}
%}

%rename(KostraReport) vfb_kreport;
%nodefaultctor vfb_kreport;
typedef struct {} vfb_kreport;
%extend vfb_kreport {
  ~vfb_kreport() { vf_kostra_report_free($self); }
  /** Number of findings. */
  size_t count() { return vf_kostra_report_count($self); }
  /** Number of records checked. */
  size_t record_count() { return vf_kostra_report_record_count($self); }
  /** Number of findings of a severity. */
  size_t severity_count(vf_kostra_severity severity) {
    return vf_kostra_report_severity_count($self, severity);
  }
  /** Highest severity found (VF_KOSTRA_OK if none). */
  vf_kostra_severity worst() { return vf_kostra_report_worst($self); }
  /** Exit code as SSB's tool gives it: 0 OK, 1 warnings only, 2 errors. */
  int exit_code() { return vf_kostra_report_exit_code($self); }
  /** SSB's rule id of finding `index` ("05A"). */
  const char *rule(size_t index, vf_error *err) {
    const vf_kostra_finding *f = vfb_finding($self, index, err);
    return f ? f->rule : "";
  }
  vf_kostra_severity severity(size_t index, vf_error *err) {
    const vf_kostra_finding *f = vfb_finding($self, index, err);
    return f ? f->severity : VF_KOSTRA_OK;
  }
  /** File line of finding `index` (0 for the whole file). */
  int line(size_t index, vf_error *err) {
    const vf_kostra_finding *f = vfb_finding($self, index, err);
    return f ? f->line : 0;
  }
  const char *journal(size_t index, vf_error *err) {
    const vf_kostra_finding *f = vfb_finding($self, index, err);
    return f ? f->journal : "";
  }
  const char *field(size_t index, vf_error *err) {
    const vf_kostra_finding *f = vfb_finding($self, index, err);
    return f ? f->field : "";
  }
  const char *message(size_t index, vf_error *err) {
    const vf_kostra_finding *f = vfb_finding($self, index, err);
    return f ? f->message : "";
  }
}

%rename(KostraFile) vfb_kfile;
%nodefaultctor vfb_kfile;
%newobject vfb_kfile::get;
%newobject vfb_kfile::check;
typedef struct {} vfb_kfile;
%extend vfb_kfile {
  /** Reads `path` as form `form` ("11F", "11CF") of reporting `year`. */
  vfb_kfile(const char *path, const char *form, int year, vf_error *err) {
    vf_kostra_form f;
    vf_kostra_file *k = NULL;
    if (vf_kostra_form_parse(form, &f, err) == VF_OK)
      vfb_check(vf_kostra_file_read(path, f, year, &k, err), err);
    return k;
  }
  ~vfb_kfile() { vf_kostra_file_free($self); }
  /** The form's name ("11F", "11CF"). */
  const char *form() { return vf_kostra_form_name(vf_kostra_file_form($self)); }
  int year() { return vf_kostra_file_year($self); }
  size_t record_count() { return vf_kostra_file_record_count($self); }
  size_t field_count() { return vf_kostra_file_field_count($self); }
  /** Name of field `index` in layout order ("" if out of range). */
  const char *field_name(size_t index) {
    const char *s = vf_kostra_file_field_name($self, index);
    return s ? s : "";
  }
  /** File line of record `index`. */
  int record_line(size_t index) { return vf_kostra_file_record_line($self, index); }
  /** Field `field` of record `record`, without its padding. */
  char *get(size_t record, const char *field, vf_error *err) {
    char *buf = malloc(256);
    if (!buf) {
      vfb_fail(err, VF_E_NOMEM, "", "out of memory");
      return NULL;
    }
    if (vf_kostra_file_get($self, record, field, buf, 256, err) != VF_OK) {
      free(buf);
      return NULL;
    }
    return buf;
  }
  /** Checks the file as SSB does; `municipality` ("4601") for rule 03, or
   *  NULL/"" to skip that comparison. */
  vfb_kreport *check(const char *municipality, vf_error *err) {
    vf_kostra_report *r = NULL;
    vfb_check(vf_kostra_check($self, municipality && *municipality ? municipality : NULL, &r,
                              err), err);
    return r;
  }
}
