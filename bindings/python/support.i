/* Python only (included by velferd.i before the classes, so that their
 * %extend code can use it): columns of integers through the buffer protocol (numpy arrays,
 * array.array, ...), so that whole registers and client tables move between
 * C and numpy/pandas with the loop over clients in C. numpy.i is not used:
 * the buffer protocol needs no numpy headers (numpy #28874). */

%{
/* A C-contiguous buffer of 8- or 4-byte signed integers. */
typedef struct vfb_i64 { int64_t *p; size_t n; } vfb_i64;
typedef struct vfb_i32 { int32_t *p; size_t n; } vfb_i32;

static int vfb_get_buffer(PyObject *o, Py_buffer *view, Py_ssize_t itemsize, int writable) {
  const char *f;
  if (PyObject_GetBuffer(o, view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT |
                                      (writable ? PyBUF_WRITABLE : 0)) != 0)
    return -1;
  f = view->format ? view->format : "B";
  if (*f == '@' || *f == '=' || *f == '<') f++;
  if (view->itemsize != itemsize || !strchr("qlih", *f) || f[1] != '\0') {
    PyErr_Format(PyExc_TypeError, "expected a contiguous buffer of int%d, got format '%s'",
                 (int)(itemsize * 8), view->format ? view->format : "B");
    PyBuffer_Release(view);
    view->obj = NULL;
    return -1;
  }
  return 0;
}
%}

%define VFB_BUFFER(TYPE, CTYPE, WRITABLE)
%typemap(in) TYPE (Py_buffer view) {
  memset(&view, 0, sizeof view);
  if (vfb_get_buffer($input, &view, sizeof(CTYPE), WRITABLE) != 0) SWIG_fail;
  $1.p = (CTYPE *)view.buf;
  $1.n = (size_t)(view.len / (Py_ssize_t)sizeof(CTYPE));
}
%typemap(freearg) TYPE {
  if (view$argnum.obj) PyBuffer_Release(&view$argnum);
}
%typemap(typecheck) TYPE = PyObject *;
%enddef
VFB_BUFFER(vfb_i64, int64_t, 1)
VFB_BUFFER(vfb_i32, int32_t, 1)

%{
static vf_status vfb_fail_status(vf_error *err, vf_status s, const char *field, const char *msg) {
  vfb_fail(err, s, field, msg);
  return s;
}
%}

%{
/* Fields of a client record readable and writable as integer columns. Dates
 * are packed YYYYMMDD; codes are the C enumeration values; amounts øre. */
enum {
  VFB_F_BIRTH = 0, VFB_F_GENDER = 1, VFB_F_CIVIL = 2, VFB_F_CITIZENSHIP = 3,
  VFB_F_MAIN_INCOME = 4, VFB_F_TRYGD = 5, VFB_F_CHILDREN = 6, VFB_F_INCOME = 7,
  VFB_F_HOUSING = 8, VFB_F_FACT = 9
};

static int64_t vfb_field_get(const vf_client *c, int field, int sub) {
  switch (field) {
  case VFB_F_BIRTH: return vfb_ymd(vf_client_birth_date(c));
  case VFB_F_GENDER: return vf_client_gender(c);
  case VFB_F_CIVIL: return vf_client_civil_status(c);
  case VFB_F_CITIZENSHIP: return vf_client_citizenship(c);
  case VFB_F_MAIN_INCOME: return vf_client_main_income(c);
  case VFB_F_TRYGD: return vf_client_trygd(c);
  case VFB_F_CHILDREN: return (int64_t)vf_client_child_count(c);
  case VFB_F_INCOME: return vf_client_income(c, (vf_income_kind)sub);
  case VFB_F_HOUSING: return vf_client_housing(c, (vf_housing_kind)sub);
  case VFB_F_FACT: return vf_client_fact(c, (vf_fact)sub);
  default: return 0;
  }
}

static vf_status vfb_field_set(vf_client *c, int field, int sub, int64_t v, vf_error *err) {
  if (field == VFB_F_BIRTH && v == 0) return VF_OK; /* 0 = no date: left unset */
  if (field != VFB_F_INCOME && field != VFB_F_HOUSING && (v < INT32_MIN || v > INT32_MAX))
    return vfb_fail_status(err, VF_E_RANGE, "value", "value out of range");
  switch (field) {
  case VFB_F_BIRTH: return vf_client_set_birth_date(c, vfb_date((int)v), err);
  case VFB_F_GENDER: return vf_client_set_gender(c, (vf_gender)v, err);
  case VFB_F_CIVIL: return vf_client_set_civil_status(c, (vf_civil_status)v, err);
  case VFB_F_CITIZENSHIP: return vf_client_set_citizenship(c, (vf_citizenship)v, err);
  case VFB_F_MAIN_INCOME: return vf_client_set_main_income(c, (vf_main_income)v, err);
  case VFB_F_TRYGD: return vf_client_set_trygd(c, (vf_trygd)v, err);
  case VFB_F_INCOME: return vf_client_set_income(c, (vf_income_kind)sub, v, err);
  case VFB_F_HOUSING: return vf_client_set_housing(c, (vf_housing_kind)sub, v, err);
  case VFB_F_FACT: return vf_client_set_fact(c, (vf_fact)sub, (vf_tristate)v, err);
  default: return vfb_fail_status(err, VF_E_INVALID_ARG, "field", "not a writable column");
  }
}

/* The children's birth dates (YYYYMMDD) of clients items[0..n), one after
 * the other in client order, into out (the sum of the child counts long). */
static void vfb_children(const vf_client *(*at)(const void *, size_t), const void *src, size_t n,
                         vfb_i32 out, vf_error *err) {
  size_t i, j, k = 0;
  for (i = 0; i < n; i++) {
    const vf_client *c = at(src, i);
    for (j = 0; j < vf_client_child_count(c); j++, k++) {
      vf_date d;
      if (k >= out.n) {
        vfb_fail(err, VF_E_INVALID_ARG, "length", "more children than the output holds");
        return;
      }
      if (vf_client_child_birth(c, j, &d, err) != VF_OK) return;
      out.p[k] = vfb_ymd(d);
    }
  }
  if (k != out.n) vfb_fail(err, VF_E_INVALID_ARG, "length", "fewer children than the output holds");
}

/* Prefixes a failure with the row it happened in. */
static void vfb_at_row(vf_error *err, size_t row) {
  char msg[VF_ERROR_MESSAGE_SIZE];
  snprintf(msg, sizeof msg, "row %zu: %s", row, err->message);
  memcpy(err->message, msg, sizeof msg);
}

static int vfb_length(vf_error *err, size_t have, size_t want) {
  if (have == want) return 1;
  vfb_fail(err, VF_E_INVALID_ARG, "length", "column length does not match the number of clients");
  return 0;
}

/* A Python list of the clients' ids, built in C. */
static PyObject *vfb_ids(const vf_client *const *items, size_t n) {
  PyObject *list = PyList_New((Py_ssize_t)n);
  size_t i;
  if (!list) return NULL;
  for (i = 0; i < n; i++) {
    PyObject *s = PyUnicode_FromString(vf_client_id(items[i]));
    if (!s) { Py_DECREF(list); return NULL; }
    PyList_SET_ITEM(list, (Py_ssize_t)i, s);
  }
  return list;
}
%}



%{
typedef struct vfb_clients {
  vf_client **items;
  size_t n;
} vfb_clients;

/* Client i of a ClientArray or a register (for vfb_children). */
static const vf_client *vfb_array_at(const void *a, size_t i) {
  return ((const vfb_clients *)a)->items[i];
}
static const vf_client *vfb_register_at(const void *r, size_t i) {
  return vf_register_client((const vf_register *)r, i);
}

static void vfb_clients_free(vfb_clients *a) {
  size_t i;
  if (!a) return;
  for (i = 0; i < a->n; i++) vf_client_free(a->items[i]);
  free(a->items);
  free(a);
}
%}

%{
/* Buffers taken from a dict of columns, released together. */
typedef struct vfb_views {
  Py_buffer v[48];
  int count;
} vfb_views;

static void vfb_views_release(vfb_views *vs) {
  int i;
  for (i = 0; i < vs->count; i++) PyBuffer_Release(&vs->v[i]);
  vs->count = 0;
}

/* Column `key` of dict `cols` as a C-contiguous buffer of `count` items of
 * `itemsize` bytes with a format in `formats`; *ptr stays NULL if the column
 * is absent or None. Returns 0, or -1 with err filled. */
static int vfb_column(PyObject *cols, const char *key, Py_ssize_t itemsize, const char *formats,
                      int writable, size_t count, vfb_views *vs, void **ptr, vf_error *err) {
  PyObject *o = PyDict_GetItemString(cols, key);
  Py_buffer *view;
  const char *f;
  char msg[160];
  *ptr = NULL;
  if (!o || o == Py_None) return 0;
  if (vs->count >= (int)(sizeof vs->v / sizeof vs->v[0])) {
    vfb_fail(err, VF_E_INVALID_ARG, key, "too many columns");
    return -1;
  }
  view = &vs->v[vs->count];
  if (PyObject_GetBuffer(o, view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT |
                                      (writable ? PyBUF_WRITABLE : 0)) != 0) {
    PyErr_Clear();
    snprintf(msg, sizeof msg, "column '%s' is not a %scontiguous array", key,
             writable ? "writable " : "");
    vfb_fail(err, VF_E_INVALID_ARG, key, msg);
    return -1;
  }
  vs->count++;
  f = view->format ? view->format : "B";
  if (*f == '@' || *f == '=' || *f == '<') f++;
  if (view->itemsize != itemsize || !strchr(formats, *f) || f[1] != '\0') {
    snprintf(msg, sizeof msg, "column '%s' has format '%s', expected %d-byte items", key,
             view->format ? view->format : "B", (int)itemsize);
    vfb_fail(err, VF_E_INVALID_ARG, key, msg);
    return -1;
  }
  if ((size_t)(view->len / itemsize) != count) {
    snprintf(msg, sizeof msg, "column '%s' has %zd items, expected %zu", key,
             view->len / itemsize, count);
    vfb_fail(err, VF_E_INVALID_ARG, key, msg);
    return -1;
  }
  *ptr = view->buf;
  return 0;
}
#define VFB_I32 4, "i"
#define VFB_I64 8, "lq"
#define VFB_U8 1, "B"
#define VFB_U32 4, "I"
%}
