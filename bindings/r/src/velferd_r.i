/* R layer of the SWIG interface: the raw module, named `velferd` like the R
 * package so that its shared object, the PACKAGE of SWIG's .Call()s and
 * R_init_velferd agree. configure generates src/velferd_wrap.c and
 * R/velferd_swig.R from it. The idiomatic R API (data.frames, classed
 * conditions, finalizers) is the package's R code in R/*.R (those not
 * generated); this layer only adapts types:
 *  - a failure signals an R condition of class
 *    c("velferd_<code>", "velferd_error", "error", "condition") carrying
 *    status, field and line;
 *  - enumerations are plain integers (SWIG R maps them to strings through
 *    tables; the wrapper passes the C values it reads from those tables);
 *  - 64-bit integers (money in øre, counts) cross as doubles, exact up to
 *    2^53 and refused beyond it (SWIG R would truncate them to int). */
%module velferd

%{
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <Rinternals.h>
#include "velferd/velferd.h"

/* Every handle SWIG hands to R, made with its type tag protected. SWIG 4.1's
 * SWIG_R_NewPointerObj makes the tag (an external pointer) and, unprotected,
 * passes it to the allocation of the handle: a garbage collection in that
 * allocation frees the tag, and a later call reads a freed cell as the
 * handle's type (a rare crash in long runs; every time under gctorture,
 * tests/testthat/test-gc.R). */
static SEXP vfb_r_new_ptr(void *ptr, swig_type_info *type, int flags) {
  SEXP tag, rptr;
  (void)flags;
  if (!ptr) return R_NilValue;
  tag = PROTECT(R_MakeExternalPtr(type, R_NilValue, R_NilValue));
  rptr = R_MakeExternalPtr(ptr, tag, R_NilValue);
  UNPROTECT(1);
  SET_S4_OBJECT(rptr);
  return rptr;
}
#undef SWIG_R_NewPointerObj
#define SWIG_R_NewPointerObj vfb_r_new_ptr

/* Short names of the status codes, for the condition's class. */
static const char *vfb_r_status_name(vf_status s) {
  static const char *names[] = {"ok", "invalid_arg", "range", "date", "unknown_code", "parse",
                                "io", "nomem", "overflow", "not_found", "no_value",
                                "duplicate", "inconsistent"};
  return (int)s >= 0 && (size_t)s < sizeof names / sizeof names[0] ? names[s] : "unknown";
}

/* Signals the classed condition for err (does not return: stop() jumps). */
static void vfb_r_raise(const vf_error *err) {
  static const char *fields[] = {"message", "call", "status", "field", "line"};
  char cls0[64];
  SEXP cond, names, cls, call;
  int i;
  cond = PROTECT(Rf_allocVector(VECSXP, 5));
  names = PROTECT(Rf_allocVector(STRSXP, 5));
  for (i = 0; i < 5; i++) SET_STRING_ELT(names, i, Rf_mkChar(fields[i]));
  SET_VECTOR_ELT(cond, 0, Rf_mkString(err->message));
  SET_VECTOR_ELT(cond, 1, R_NilValue);
  SET_VECTOR_ELT(cond, 2, Rf_ScalarInteger((int)err->status));
  SET_VECTOR_ELT(cond, 3, Rf_mkString(err->field));
  SET_VECTOR_ELT(cond, 4, Rf_ScalarInteger(err->line));
  Rf_setAttrib(cond, R_NamesSymbol, names);
  snprintf(cls0, sizeof cls0, "velferd_%s", vfb_r_status_name(err->status));
  cls = PROTECT(Rf_allocVector(STRSXP, 4));
  SET_STRING_ELT(cls, 0, Rf_mkChar(cls0));
  SET_STRING_ELT(cls, 1, Rf_mkChar("velferd_error"));
  SET_STRING_ELT(cls, 2, Rf_mkChar("error"));
  SET_STRING_ELT(cls, 3, Rf_mkChar("condition"));
  Rf_setAttrib(cond, R_ClassSymbol, cls);
  call = PROTECT(Rf_lang2(Rf_install("stop"), cond));
  Rf_eval(call, R_BaseEnv);
  UNPROTECT(4); /* not reached */
}

/* A method called on a closed (freed) handle. */
static void vfb_r_closed(void) {
  vf_error e;
  memset(&e, 0, sizeof e);
  e.status = VF_E_INVALID_ARG;
  snprintf(e.message, sizeof e.message, "the object is closed");
  vfb_r_raise(&e);
}

/* A double that holds an exact integer within +-2^53, as int64_t. */
static int64_t vfb_r_int64(SEXP x) {
  double d;
  if (Rf_length(x) != 1) Rf_error("velferd: expected a single number");
  d = Rf_asReal(x);
  if (ISNAN(d) || d != floor(d) || fabs(d) > 9007199254740992.0)
    Rf_error("velferd: %g is not a whole number within +-2^53", d);
  return (int64_t)d;
}
%}

%typemap(freearg) vf_error *err {
  if ($1->status != VF_OK) vfb_r_raise($1);
}

/* 64-bit integers as doubles. */
%define VFB_R_INT64(TYPE)
%apply double { TYPE };
%typemap(in) TYPE %{ $1 = (TYPE)vfb_r_int64($input); %}
%typemap(out) TYPE %{ $result = Rf_ScalarReal((double)$1); %}
%enddef
VFB_R_INT64(int64_t)
VFB_R_INT64(uint64_t)
VFB_R_INT64(vf_money)

/* A closed handle (external pointer cleared) is refused before use. SWIG's R
 * module emits no `check` typemaps, so this is done where `self` is
 * converted; a destructor ($disown) accepts it and does nothing. */
%typemap(in, noblock=1) SWIGTYPE *self (void *argp = 0, int res = 0) {
  res = SWIG_R_ConvertPtr($input, &argp, $descriptor, $disown);
  if (!SWIG_IsOK(res)) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '$symname', argument $argnum of type '$type'");
  }
  if (!argp && !($disown)) vfb_r_closed();
  $1 = ($ltype)argp;
}

/* A handle passed as an argument (not self): R NULL stays NULL (an optional
 * trace), a closed handle is refused as "the object is closed" instead of
 * reaching C as NULL. Type-specific, so it wins over SWIGTYPE *self. */
%define VFB_R_ARG(TYPE)
%typemap(in, noblock=1) TYPE * (void *argp = 0, int res = 0) {
  res = SWIG_R_ConvertPtr($input, &argp, $descriptor, $disown);
  if (!SWIG_IsOK(res)) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '$symname', argument $argnum of type '$type'");
  }
  if (!argp && $input != R_NilValue && !($disown)) vfb_r_closed();
  $1 = ($ltype)argp;
}
%typemap(in) const TYPE * = TYPE *;
%enddef
VFB_R_ARG(vfb_ctx)
VFB_R_ARG(vfb_client)
VFB_R_ARG(vfb_register)
VFB_R_ARG(vfb_trace)
VFB_R_ARG(vfb_indicators)
VFB_R_ARG(vfb_comparison)
VFB_R_ARG(vfb_kfile)
VFB_R_ARG(vfb_kreport)

/* A scalar argument given a vector (or nothing) is an error, never its first
 * element (SWIG's R module would warn for int and say nothing for the rest).
 * Many clients go through vf_calculate(). */
%typemap(scheck) int, long, unsigned int, unsigned long, size_t, double, float, int64_t,
                 uint64_t, vf_money, char *, const char *, enum SWIGTYPE %{
  if (length($input) != 1) .vf_not_scalar("$input", length($input))
%}

/* Enumerations as integers. */
%typemap(rtype) enum SWIGTYPE "integer"
%typemap(scoercein) enum SWIGTYPE %{ $input = as.integer($input); %}
%typemap(scoerceout) enum SWIGTYPE %{ %}
%typemap(in) enum SWIGTYPE %{ $1 = ($1_ltype)Rf_asInteger($input); %}
%typemap(out) enum SWIGTYPE %{ $result = Rf_ScalarInteger((int)$1); %}

/* Owned results get a C finalizer: handles handed over by a function
 * (%newobject, constructors) are freed with their destructor, structs
 * returned by value (copied to the heap by SWIG) with free(). SWIG's R
 * module would leak both (it keeps the pointer but never frees it). A freed
 * handle's external pointer is cleared, so the destructor SWIG's R code
 * registers for constructors and an explicit close both see NULL and do
 * nothing. */
%define VFB_R_HANDLE(TYPE)
%typemap(out, noblock=1) TYPE * {
  $result = SWIG_R_NewPointerObj(%as_voidptr($1), $descriptor, $owner);
  if (($owner) && $result != R_NilValue) R_RegisterCFinalizerEx($result, vfb_r_fin_##TYPE, TRUE);
}
%enddef
%define VFB_R_HANDLE_CODE(TYPE)
%{
static void vfb_r_fin_##TYPE(SEXP p) {
  TYPE *x = (TYPE *)R_ExternalPtrAddr(p);
  if (x) delete_##TYPE(x);
  R_ClearExternalPtr(p);
}
%}
%enddef
VFB_R_HANDLE(vfb_ctx)
VFB_R_HANDLE(vfb_client)
VFB_R_HANDLE(vfb_register)
VFB_R_HANDLE(vfb_trace)
VFB_R_HANDLE(vfb_indicators)
VFB_R_HANDLE(vfb_param)
VFB_R_HANDLE(vfb_tinfo)
VFB_R_HANDLE(vfb_tstep)
VFB_R_HANDLE(vfb_tparam)
VFB_R_HANDLE(vfb_tvalue)
VFB_R_HANDLE(vfb_comparison)
VFB_R_HANDLE(vfb_kfile)
VFB_R_HANDLE(vfb_kreport)

%{
static void vfb_r_fin_free(SEXP p) {
  free(R_ExternalPtrAddr(p));
  R_ClearExternalPtr(p);
}
%}
%typemap(out, noblock=1) SWIGTYPE {
  $result = SWIG_R_NewPointerObj(%new_copy($1, $1_ltype), $&descriptor, 0);
  if ($result != R_NilValue) R_RegisterCFinalizerEx($result, vfb_r_fin_free, TRUE);
}

%include "velferd.i"
%include "columns_r.i"

VFB_R_HANDLE_CODE(vfb_ctx)
VFB_R_HANDLE_CODE(vfb_client)
VFB_R_HANDLE_CODE(vfb_register)
VFB_R_HANDLE_CODE(vfb_trace)
VFB_R_HANDLE_CODE(vfb_indicators)
VFB_R_HANDLE_CODE(vfb_param)
VFB_R_HANDLE_CODE(vfb_tinfo)
VFB_R_HANDLE_CODE(vfb_tstep)
VFB_R_HANDLE_CODE(vfb_tparam)
VFB_R_HANDLE_CODE(vfb_tvalue)
VFB_R_HANDLE_CODE(vfb_comparison)
VFB_R_HANDLE_CODE(vfb_kfile)
VFB_R_HANDLE_CODE(vfb_kreport)
