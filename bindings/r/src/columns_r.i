/* R only: column adapters that take and return R vectors (SEXP), so that a
 * data.frame is computed in one call with the loop in C (R/calculate.R and
 * R/compare.R prepare the columns and name the results). Temporary buffers
 * come from R_alloc, which R frees when the call returns or fails. */

%typemap(in) SEXP %{ $1 = $input; %}
%typemap(out) SEXP %{ $result = $1; %}

%{
/* The element of named list `list` called `name`, or R_NilValue. */
static SEXP vfb_r_get(SEXP list, const char *name) {
  SEXP names = Rf_getAttrib(list, R_NamesSymbol);
  R_xlen_t i;
  for (i = 0; i < Rf_xlength(list); i++)
    if (strcmp(CHAR(STRING_ELT(names, i)), name) == 0) return VECTOR_ELT(list, i);
  return R_NilValue;
}

/* Checks the length of column `name`; 0 (and err set) if wrong. */
static int vfb_r_len(SEXP x, const char *name, R_xlen_t want, vf_error *err) {
  char msg[VF_ERROR_MESSAGE_SIZE];
  if (Rf_xlength(x) == want) return 1;
  snprintf(msg, sizeof msg, "%s: %ld values for %ld rows", name, (long)Rf_xlength(x),
           (long)want);
  vfb_fail(err, VF_E_INVALID_ARG, name, msg);
  return 0;
}

/* Column `name` (integer codes 0..255) as bytes; NULL if absent. */
static const uint8_t *vfb_r_u8(SEXP cols, const char *name, R_xlen_t n, int *bad, vf_error *err) {
  SEXP x = vfb_r_get(cols, name);
  uint8_t *out;
  R_xlen_t i;
  if (x == R_NilValue || *bad) return NULL;
  if (TYPEOF(x) != INTSXP || !vfb_r_len(x, name, n, err)) {
    if (!err->status) vfb_fail(err, VF_E_INVALID_ARG, name, "expected an integer column");
    *bad = 1;
    return NULL;
  }
  out = (uint8_t *)R_alloc((size_t)n + 1, 1);
  for (i = 0; i < n; i++) {
    int v = INTEGER(x)[i];
    if (v < 0 || v > 255) { /* NA_INTEGER is negative */
      char msg[VF_ERROR_MESSAGE_SIZE];
      snprintf(msg, sizeof msg, "row %ld: %s: not a code", (long)i + 1, name);
      vfb_fail(err, VF_E_UNKNOWN_CODE, name, msg);
      *bad = 1;
      return NULL;
    }
    out[i] = (uint8_t)v;
  }
  return out;
}

/* Column `name` (integers; NA allowed only if na is not 0, and becomes na) as int32. */
static const int32_t *vfb_r_i32(SEXP cols, const char *name, R_xlen_t n, int32_t na, int *bad,
                                vf_error *err) {
  SEXP x = vfb_r_get(cols, name);
  int32_t *out;
  R_xlen_t i;
  if (x == R_NilValue || *bad) return NULL;
  if (TYPEOF(x) != INTSXP || !vfb_r_len(x, name, n, err)) {
    if (!err->status) vfb_fail(err, VF_E_INVALID_ARG, name, "expected an integer column");
    *bad = 1;
    return NULL;
  }
  out = (int32_t *)R_alloc((size_t)n + 1, sizeof *out);
  for (i = 0; i < n; i++) {
    int v = INTEGER(x)[i];
    if (v == NA_INTEGER && !na) {
      char msg[VF_ERROR_MESSAGE_SIZE];
      snprintf(msg, sizeof msg, "row %ld: %s: missing value (NA)", (long)i + 1, name);
      vfb_fail(err, VF_E_INVALID_ARG, name, msg);
      *bad = 1;
      return NULL;
    }
    out[i] = v == NA_INTEGER ? na : v;
  }
  return out;
}

/* Column `name` (whole øre as doubles or integers) as int64; NULL if absent. */
static const int64_t *vfb_r_money(SEXP cols, const char *name, R_xlen_t n, int *bad,
                                  vf_error *err) {
  SEXP x = vfb_r_get(cols, name);
  int64_t *out;
  R_xlen_t i;
  if (x == R_NilValue || *bad) return NULL;
  if ((TYPEOF(x) != REALSXP && TYPEOF(x) != INTSXP) || !vfb_r_len(x, name, n, err)) {
    if (!err->status) vfb_fail(err, VF_E_INVALID_ARG, name, "expected a numeric column");
    *bad = 1;
    return NULL;
  }
  out = (int64_t *)R_alloc((size_t)n + 1, sizeof *out);
  for (i = 0; i < n; i++) {
    double d = TYPEOF(x) == REALSXP ? REAL(x)[i]
               : INTEGER(x)[i] == NA_INTEGER ? NAN : (double)INTEGER(x)[i];
    if (ISNAN(d) || d != floor(d) || fabs(d) > 9007199254740992.0) {
      char msg[VF_ERROR_MESSAGE_SIZE];
      snprintf(msg, sizeof msg, "row %ld: %s: %s", (long)i + 1, name,
               ISNAN(d) ? "missing amount (NA)" : "not a whole number of øre within ±2^53");
      vfb_fail(err, ISNAN(d) ? VF_E_INVALID_ARG : VF_E_RANGE, name, msg);
      *bad = 1;
      return NULL;
    }
    out[i] = (int64_t)d;
  }
  return out;
}

/* A named list of output vectors. */
static SEXP vfb_r_list(int count, const char *const *names, SEXP *cols) {
  SEXP list = PROTECT(Rf_allocVector(VECSXP, count));
  SEXP nm = PROTECT(Rf_allocVector(STRSXP, count));
  int k;
  for (k = 0; k < count; k++) {
    SET_VECTOR_ELT(list, k, cols[k]);
    SET_STRING_ELT(nm, k, Rf_mkChar(names[k]));
  }
  Rf_setAttrib(list, R_NamesSymbol, nm);
  UNPROTECT(2);
  return list;
}
%}

%inline %{
/** vf_batch_month over R columns: `cols` is a named list of the vf_batch_in
 *  columns (birth, civil_status, trygd, fact0.., income0.., housing0..,
 *  child_start, child_birth, kvp, kvp_work_minutes; birth and child_birth
 *  as day numbers, codes as integers, money as whole øre), each of n values
 *  (child_start n + 1). Returns a named list of the vf_batch_out columns
 *  (money as doubles). With stop_on_error a failed row is an error naming
 *  the row (1-based); otherwise its status is left in the status columns. */
static SEXP batch_month_columns(const vfb_ctx *ctx, SEXP cols, double rows, int year, int month,
                                int threads, int stop_on_error, vf_error *err) {
  static const char *const names[] = {"status", "household", "norm", "housing", "income",
    "income_exempt", "ordinary", "rule80_applies", "rule80_supplement", "assistance",
    "kvp_benefit", "kvp_status"};
  enum { NOUT = sizeof names / sizeof names[0] };
  vf_batch_in in = VF_BATCH_IN_INIT;
  vf_batch_out out = VF_BATCH_OUT_INIT;
  R_xlen_t n = (R_xlen_t)rows, i;
  int bad = 0, k;
  char key[32];
  SEXP res[NOUT], list;
  vf_status s;
  if (TYPEOF(cols) != VECSXP || rows < 0 || rows != floor(rows)) {
    vfb_fail(err, VF_E_INVALID_ARG, "columns", "columns must be a named list");
    return R_NilValue;
  }
  in.n = (size_t)n;
  in.birth = vfb_r_i32(cols, "birth", n, VF_BATCH_NO_DATE, &bad, err);
  in.civil_status = vfb_r_u8(cols, "civil_status", n, &bad, err);
  in.trygd = vfb_r_u8(cols, "trygd", n, &bad, err);
  for (k = 0; k < VF_FACT_COUNT; k++) {
    snprintf(key, sizeof key, "fact%d", k);
    in.fact[k] = vfb_r_u8(cols, key, n, &bad, err);
  }
  for (k = 0; k < VF_INC_KIND_COUNT; k++) {
    snprintf(key, sizeof key, "income%d", k);
    in.income[k] = vfb_r_money(cols, key, n, &bad, err);
  }
  for (k = 0; k < VF_HOUSING_KIND_COUNT; k++) {
    snprintf(key, sizeof key, "housing%d", k);
    in.housing[k] = vfb_r_money(cols, key, n, &bad, err);
  }
  in.child_start = (const uint32_t *)vfb_r_i32(cols, "child_start", n + 1, 0, &bad, err);
  if (in.child_start && !bad) {
    for (i = 0; i < n; i++)
      if ((int32_t)in.child_start[i] < 0 || in.child_start[i + 1] < in.child_start[i]) {
        vfb_fail(err, VF_E_INVALID_ARG, "children", "child_start must be non-decreasing from 0");
        bad = 1;
        break;
      }
    if (!bad)
      in.child_birth = vfb_r_i32(cols, "child_birth", (R_xlen_t)in.child_start[n], 0, &bad, err);
  }
  in.kvp = vfb_r_u8(cols, "kvp", n, &bad, err);
  in.kvp_work_minutes = vfb_r_i32(cols, "kvp_work_minutes", n, 0, &bad, err);
  if (bad) return R_NilValue;

  out.status = (uint8_t *)R_alloc((size_t)n + 1, 1);
  out.household = (uint8_t *)R_alloc((size_t)n + 1, 1);
  out.rule80_applies = (uint8_t *)R_alloc((size_t)n + 1, 1);
  out.kvp_status = (uint8_t *)R_alloc((size_t)n + 1, 1);
  out.norm = (vf_money *)R_alloc((size_t)n + 1, sizeof(vf_money));
  out.housing = (vf_money *)R_alloc((size_t)n + 1, sizeof(vf_money));
  out.income = (vf_money *)R_alloc((size_t)n + 1, sizeof(vf_money));
  out.income_exempt = (vf_money *)R_alloc((size_t)n + 1, sizeof(vf_money));
  out.ordinary = (vf_money *)R_alloc((size_t)n + 1, sizeof(vf_money));
  out.rule80_supplement = (vf_money *)R_alloc((size_t)n + 1, sizeof(vf_money));
  out.assistance = (vf_money *)R_alloc((size_t)n + 1, sizeof(vf_money));
  out.kvp_benefit = (vf_money *)R_alloc((size_t)n + 1, sizeof(vf_money));
  s = vf_batch_month(ctx, &in, year, month, &out, threads, err);
  vfb_check(s, err);
  if (s != VF_OK) {
    /* "client 17: msg" (0-based) becomes "row 18: msg" for R. */
    for (i = 0; i < n && out.status[i] == 0 && out.kvp_status[i] == 0; i++) {}
    if (i == n) return R_NilValue; /* a failure of the whole call */
    if (!stop_on_error) {
      memset(err, 0, sizeof *err);
    } else {
      char pre[32];
      const char *rest = strstr(err->message, ": ");
      size_t lp = (size_t)snprintf(pre, sizeof pre, "row %ld: ", (long)i + 1), lr;
      rest = rest ? rest + 2 : err->message;
      lr = strlen(rest);
      if (lp + lr >= sizeof err->message) lr = sizeof err->message - lp - 1;
      memmove(err->message + lp, rest, lr);
      memcpy(err->message, pre, lp);
      err->message[lp + lr] = '\0';
      return R_NilValue;
    }
  }
  {
    const uint8_t *u8[] = {out.status, out.household, out.rule80_applies, out.kvp_status};
    const vf_money *m[] = {out.norm, out.housing, out.income, out.income_exempt, out.ordinary,
                           out.rule80_supplement, out.assistance, out.kvp_benefit};
    static const int u8_at[] = {0, 1, 7, 11}, m_at[] = {2, 3, 4, 5, 6, 8, 9, 10};
    for (k = 0; k < 4; k++) {
      SEXP v = PROTECT(Rf_allocVector(k == 2 ? LGLSXP : INTSXP, n));
      int *p = k == 2 ? LOGICAL(v) : INTEGER(v);
      for (i = 0; i < n; i++) p[i] = u8[k][i];
      res[u8_at[k]] = v;
    }
    for (k = 0; k < 8; k++) {
      SEXP v = PROTECT(Rf_allocVector(REALSXP, n));
      double *p = REAL(v);
      for (i = 0; i < n; i++) p[i] = (double)m[k][i];
      res[m_at[k]] = v;
    }
  }
  list = vfb_r_list(NOUT, names, res);
  UNPROTECT(12);
  return list;
}

/** The per-client columns of a comparison: id, status, baseline,
 *  scenario, difference (øre as doubles), in register order. */
static SEXP comparison_columns(const vfb_comparison *cmp, vf_error *err) {
  static const char *const names[] = {"id", "status", "baseline", "scenario", "difference"};
  size_t n = vf_comparison_client_count(cmp), i;
  vf_money *b = (vf_money *)R_alloc(n + 1, sizeof *b), *s = (vf_money *)R_alloc(n + 1, sizeof *s),
           *d = (vf_money *)R_alloc(n + 1, sizeof *d);
  uint8_t *st = (uint8_t *)R_alloc(n + 1, 1);
  SEXP res[5];
  int k;
  if (vf_comparison_columns(cmp, b, s, d, st, n, err) != VF_OK) return R_NilValue;
  res[0] = PROTECT(Rf_allocVector(STRSXP, (R_xlen_t)n));
  for (i = 0; i < n; i++) {
    vf_comparison_row r;
    vf_comparison_get_row(cmp, i, &r, NULL);
    SET_STRING_ELT(res[0], (R_xlen_t)i, Rf_mkCharCE(r.id, CE_UTF8));
  }
  res[1] = PROTECT(Rf_allocVector(INTSXP, (R_xlen_t)n));
  for (i = 0; i < n; i++) INTEGER(res[1])[i] = st[i];
  for (k = 0; k < 3; k++) {
    const vf_money *src = k == 0 ? b : k == 1 ? s : d;
    res[2 + k] = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)n));
    for (i = 0; i < n; i++) REAL(res[2 + k])[i] = (double)src[i];
  }
  {
    SEXP list = vfb_r_list(5, names, res);
    UNPROTECT(5);
    return list;
  }
}

/** Every value of field `field` of a KOSTRA file, one per record. */
static SEXP kostra_column(const vfb_kfile *file, const char *field, vf_error *err) {
  size_t n = vf_kostra_file_record_count(file), i;
  char buf[256];
  SEXP out = PROTECT(Rf_allocVector(STRSXP, (R_xlen_t)n));
  for (i = 0; i < n; i++) {
    if (vf_kostra_file_get(file, i, field, buf, sizeof buf, err) != VF_OK) {
      UNPROTECT(1);
      return R_NilValue;
    }
    SET_STRING_ELT(out, (R_xlen_t)i, Rf_mkCharCE(buf, CE_UTF8));
  }
  UNPROTECT(1);
  return out;
}
%}
