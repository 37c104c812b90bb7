/* Python only: KOSTRA report files (include/velferd/kostra.h): the class
 * KostraFile reads a file and hands out its records' field values;
 * kostra_check_path checks a file as SSB does. The rest of the KOSTRA API is
 * reached through the C library and the CLI. (Java and R share
 * core/kostra.i, whose KostraFile has another shape: Python keeps this one.) */

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

%{
/* A finding's text as str: C cuts long texts at a byte count, which may split
 * a UTF-8 character, so a broken one becomes U+FFFD instead of an error. */
static PyObject *vfb_utf8(const char *s) { return PyUnicode_DecodeUTF8(s, (Py_ssize_t)strlen(s), "replace"); }
%}

%inline %{
/** vf_kostra_check_path() (streamed, a record at a time) of `path` as form
 *  `form` of reporting `year`; `municipality` ("4601") for rule 03, or
 *  None/"" to skip it. Returns (records checked, exit code, findings), the
 *  findings a list of tuples (rule, severity name, line, journal, field,
 *  message) in the report's order. */
static PyObject *kostra_check_path(const char *path, const char *form, int year,
                                   const char *municipality, vf_error *err) {
  vf_kostra_form f;
  vf_kostra_report *r = NULL;
  PyObject *list, *out = NULL;
  size_t i, n;
  if (vf_kostra_form_parse(form, &f, err) != VF_OK) return NULL;
  vfb_check(vf_kostra_check_path(path, f, year, municipality && *municipality ? municipality : NULL,
                                 &r, err), err);
  if (err->status != VF_OK) return NULL;
  n = vf_kostra_report_count(r);
  list = PyList_New((Py_ssize_t)n);
  for (i = 0; list && i < n; i++) {
    const vf_kostra_finding *x = vf_kostra_report_finding(r, i);
    PyObject *t = PyTuple_New(6);
    if (t) {
      PyTuple_SET_ITEM(t, 0, vfb_utf8(x->rule));
      PyTuple_SET_ITEM(t, 1, PyUnicode_FromString(vf_kostra_severity_name(x->severity)));
      PyTuple_SET_ITEM(t, 2, PyLong_FromLong(x->line));
      PyTuple_SET_ITEM(t, 3, vfb_utf8(x->journal));
      PyTuple_SET_ITEM(t, 4, vfb_utf8(x->field));
      PyTuple_SET_ITEM(t, 5, vfb_utf8(x->message));
      PyList_SET_ITEM(list, (Py_ssize_t)i, t);
      for (int k = 0; k < 6; k++) if (!PyTuple_GET_ITEM(t, k)) t = NULL;
    }
    if (!t) Py_CLEAR(list); /* frees the tuple too (NULL members are allowed) */
  }
  if (list)
    out = Py_BuildValue("(niN)", (Py_ssize_t)vf_kostra_report_record_count(r),
                        vf_kostra_report_exit_code(r), list);
  vf_kostra_report_free(r);
  if (!out) { /* a Python allocation failed: report it as the C layer's failure */
    PyErr_Clear();
    vfb_fail(err, VF_E_NOMEM, "", "out of memory");
  }
  return out;
}
%}
