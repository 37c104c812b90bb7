/* Python layer of the SWIG interface: the raw module `velferd.core`. The
 * Pythonic API (enums, datetime.date, exceptions, context managers, numpy and
 * pandas) is the pure-Python package around it (velferd/__init__.py). */
%module(package="velferd") core

%{
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include "velferd/velferd.h"
/* Raises the velferd.Error subclass for err's status (velferd.errors builds it
 * from code, message, field and line). */
static void vfb_py_raise(const vf_error *err) {
  PyObject *mod = PyImport_ImportModule("velferd.errors");
  PyObject *exc = NULL;
  if (mod) {
    exc = PyObject_CallMethod(mod, "_from_c", "issi", (int)err->status, err->message, err->field,
                              err->line);
    Py_DECREF(mod);
  }
  if (exc) {
    PyErr_SetObject((PyObject *)Py_TYPE(exc), exc);
    Py_DECREF(exc);
  } else if (!PyErr_Occurred()) {
    PyErr_SetString(PyExc_RuntimeError, err->message);
  }
}
%}

%typemap(argout) vf_error *err {
  if ($1->status != VF_OK) {
    Py_XDECREF($result);
    $result = NULL;
    vfb_py_raise($1);
    SWIG_fail;
  }
}

%include "../velferd.i"
%include "batch.i"
%include "kostra.i"
