/* Python only: vf_batch_month() on numpy arrays (or any buffer) without
 * copying. Columns cross as dicts name -> buffer; the names are those of
 * velferd.batch_month (velferd/batch_columns.py). The GIL is released while C
 * computes, so Python threads and Dask workers run batches in parallel. */

%{
/* A C-contiguous buffer of `itemsize`-byte integers whose struct format is
 * one of `formats` ("B", "I", "iq" ...), `n` elements. Sets a Python error
 * naming the column on mismatch. */
static int vfb_column(PyObject *o, Py_buffer *view, const char *name, Py_ssize_t itemsize,
                      const char *formats, size_t n, int writable) {
  const char *f;
  if (PyObject_GetBuffer(o, view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT |
                                      (writable ? PyBUF_WRITABLE : 0)) != 0) {
    PyErr_Format(PyExc_TypeError, "column '%s': expected a %scontiguous array", name,
                 writable ? "writable " : "");
    return -1;
  }
  f = view->format ? view->format : "B";
  if (*f == '@' || *f == '=' || *f == '<') f++;
  if (view->itemsize != itemsize || !strchr(formats, *f) || f[1] != '\0' ||
      (size_t)(view->len / itemsize) != n) {
    PyErr_Format(PyExc_TypeError, "column '%s': expected %zu items of %d bytes (format %s), got "
                 "%zd of format '%s'", name, n, (int)itemsize, formats,
                 view->itemsize ? view->len / view->itemsize : 0, view->format ? view->format : "B");
    PyBuffer_Release(view);
    view->obj = NULL;
    return -1;
  }
  return 0;
}

#define VFB_MAX_COLS 48
typedef struct vfb_views { Py_buffer v[VFB_MAX_COLS]; int n; } vfb_views;

static void vfb_views_release(vfb_views *vs) {
  int i;
  for (i = 0; i < vs->n; i++)
    if (vs->v[i].obj) PyBuffer_Release(&vs->v[i]);
  vs->n = 0;
}

/* Looks `name` up in dict `d`; if present, takes its buffer into *p.
 * Returns -1 on error (Python error set), else 0. */
static int vfb_take(PyObject *d, const char *name, vfb_views *vs, void **p, Py_ssize_t itemsize,
                    const char *formats, size_t n, int writable) {
  PyObject *o = PyDict_GetItemString(d, name); /* borrowed */
  Py_buffer *view;
  if (!o || o == Py_None) return 0;
  view = &vs->v[vs->n];
  if (vfb_column(o, view, name, itemsize, formats, n, writable) != 0) return -1;
  vs->n++;
  *p = view->buf;
  return 0;
}
%}

/* -1: a Python error is already set (a bad column); raise it as it is. */
%typemap(out) int batch_month_columns {
  if ($1 < 0) SWIG_fail;
  $result = PyLong_FromLong($1);
}

%inline %{
/** vf_batch_month() over columns. `columns` and `outputs` are dicts of
 *  buffers (see velferd.batch_month (velferd/batch_columns.py) for the names and types); every column
 *  has `n` items except child_start (n + 1) and child_birth (child_start[n]).
 *  Returns the status of the call (0 if every client was computed); raises
 *  only if `raise_errors` is true or the call itself is invalid. */
int batch_month_columns(vfb_ctx *ctx, PyObject *columns, size_t n, int year, int month,
                        PyObject *outputs, int threads, int raise_errors, vf_error *err) {
  vf_batch_in in = VF_BATCH_IN_INIT;
  vf_batch_out out = VF_BATCH_OUT_INIT;
  vfb_views *vs;
  vf_status s;
  int k, bad = 0;
  char name[64];
  if (!PyDict_Check(columns) || !PyDict_Check(outputs)) {
    vfb_fail(err, VF_E_INVALID_ARG, "columns", "columns and outputs must be dicts");
    return VF_E_INVALID_ARG;
  }
  vs = calloc(1, sizeof *vs);
  if (!vs) { vfb_fail(err, VF_E_NOMEM, "", "out of memory"); return VF_E_NOMEM; }
  in.n = n;
#define TAKE(d, nm, ptr, size, fmt, len, w) \
  (bad = bad || vfb_take(d, nm, vs, (void **)(ptr), size, fmt, len, w) != 0)
  TAKE(columns, "birth", &in.birth, 4, "i", n, 0);
  TAKE(columns, "civil_status", &in.civil_status, 1, "B", n, 0);
  TAKE(columns, "trygd", &in.trygd, 1, "B", n, 0);
  for (k = 0; k < VF_FACT_COUNT; k++) {
    snprintf(name, sizeof name, "fact_%s", vf_code_name(VF_CODES_FACT, k));
    TAKE(columns, name, &in.fact[k], 1, "B", n, 0);
  }
  for (k = 0; k < VF_INC_KIND_COUNT; k++) {
    snprintf(name, sizeof name, "income_%s", vf_code_name(VF_CODES_INCOME_KIND, k));
    TAKE(columns, name, &in.income[k], 8, "qlL", n, 0);
  }
  for (k = 0; k < VF_HOUSING_KIND_COUNT; k++) {
    snprintf(name, sizeof name, "housing_%s", vf_code_name(VF_CODES_HOUSING_KIND, k));
    TAKE(columns, name, &in.housing[k], 8, "qlL", n, 0);
  }
  TAKE(columns, "child_start", &in.child_start, 4, "I", n + 1, 0);
  if (!bad && in.child_start)
    TAKE(columns, "child_birth", &in.child_birth, 4, "i", in.child_start[n], 0);
  TAKE(outputs, "status", &out.status, 1, "B", n, 1);
  TAKE(outputs, "household", &out.household, 1, "B", n, 1);
  TAKE(outputs, "norm", &out.norm, 8, "qlL", n, 1);
  TAKE(outputs, "housing", &out.housing, 8, "qlL", n, 1);
  TAKE(outputs, "income", &out.income, 8, "qlL", n, 1);
  TAKE(outputs, "income_exempt", &out.income_exempt, 8, "qlL", n, 1);
  TAKE(outputs, "ordinary", &out.ordinary, 8, "qlL", n, 1);
  TAKE(outputs, "rule80_applies", &out.rule80_applies, 1, "B", n, 1);
  TAKE(outputs, "rule80_supplement", &out.rule80_supplement, 8, "qlL", n, 1);
  TAKE(outputs, "assistance", &out.assistance, 8, "qlL", n, 1);
#undef TAKE
  if (bad) {
    vfb_views_release(vs);
    free(vs);
    return -1; /* the TypeError set by vfb_column is raised as it is */
  }
  Py_BEGIN_ALLOW_THREADS
  s = vf_batch_month(ctx, &in, year, month, &out, threads, err);
  Py_END_ALLOW_THREADS
  vfb_views_release(vs);
  free(vs);
  if (s != VF_OK && !raise_errors && out.status) {
    memset(err, 0, sizeof *err); /* reported per client in outputs["status"] */
  }
  return (int)s;
}
%}

