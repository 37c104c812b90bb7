/* R only: column adapters that take and return R vectors (SEXP), so that a
 * data.frame is computed in one call with the loop in C (R/calculate.R and
 * R/compare.R prepare the columns and name the results). The batch's
 * temporary columns are malloc'ed and freed before the call returns (no R
 * allocation happens while they are held, so an R error cannot leak them):
 * R_alloc would leave them to the garbage collector, which costs time. */

%typemap(in) SEXP %{ $1 = $input; %}
%typemap(out) SEXP %{ $result = $1; %}

%{
/* Temporary buffers of one call, freed together. */
typedef struct {
  void *p[64];
  int n;
} vfb_tmp;

static void *vfb_tmp_alloc(vfb_tmp *t, size_t count, size_t size, vf_error *err) {
  void *p = t->n < 64 ? malloc(count * size + 8) : NULL;
  if (!p) {
    vfb_fail(err, VF_E_NOMEM, "", "out of memory");
    return NULL;
  }
  t->p[t->n++] = p;
  return p;
}

static void vfb_tmp_free(vfb_tmp *t) {
  while (t->n) free(t->p[--t->n]);
}

/* The element of named list `list` called `name`, or R_NilValue. */
static SEXP vfb_r_get(SEXP list, const char *name) {
  SEXP names = Rf_getAttrib(list, R_NamesSymbol);
  R_xlen_t i;
  for (i = 0; i < Rf_xlength(list); i++)
    if (strcmp(CHAR(STRING_ELT(names, i)), name) == 0) return VECTOR_ELT(list, i);
  return R_NilValue;
}

/* The caller's name of column `name` (attribute "labels" of the list,
 * "income_work" for income0), for messages; `name` itself if none. */
static const char *vfb_r_label(SEXP list, const char *name) {
  SEXP names = Rf_getAttrib(list, R_NamesSymbol);
  SEXP labels = Rf_getAttrib(list, Rf_install("labels"));
  R_xlen_t i;
  if (TYPEOF(labels) != STRSXP || Rf_xlength(labels) != Rf_xlength(list)) return name;
  for (i = 0; i < Rf_xlength(list); i++)
    if (strcmp(CHAR(STRING_ELT(names, i)), name) == 0) return CHAR(STRING_ELT(labels, i));
  return name;
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

/* Column `name` (integer codes 0..255) as bytes; NULL if absent. A logical
 * column (facts) is a tristate: NA unknown (0), FALSE no (1), TRUE yes (2).
 * With an element "<name>.map" the column holds factor codes (1-based, NA
 * unknown) and the map gives each level's code, so R copies nothing. */
static const uint8_t *vfb_r_u8(vfb_tmp *tmp, SEXP cols, const char *name, R_xlen_t n, int *bad, vf_error *err) {
  SEXP x = vfb_r_get(cols, name), map;
  char key[64];
  const int *xp;
  uint8_t *out;
  R_xlen_t i;
  if (x == R_NilValue || *bad) return NULL;
  snprintf(key, sizeof key, "%s.map", name);
  map = vfb_r_get(cols, key);
  name = vfb_r_label(cols, name);
  if (TYPEOF(x) == LGLSXP && vfb_r_len(x, name, n, err)) {
    xp = LOGICAL(x);
    out = (uint8_t *)vfb_tmp_alloc(tmp, (size_t)n + 1, 1, err);
    if (!out) {
      *bad = 1;
      return NULL;
    }
    for (i = 0; i < n; i++) out[i] = xp[i] == NA_LOGICAL ? 0 : xp[i] ? 2 : 1;
    return out;
  }
  if (TYPEOF(x) != INTSXP || !vfb_r_len(x, name, n, err)) {
    if (!err->status) vfb_fail(err, VF_E_INVALID_ARG, name, "expected an integer column");
    *bad = 1;
    return NULL;
  }
  if (TYPEOF(map) == INTSXP) { /* a factor: level i (1-based) has code map[i - 1] */
    const int *mp = INTEGER(map), nl = (int)Rf_xlength(map);
    xp = INTEGER(x);
    out = (uint8_t *)vfb_tmp_alloc(tmp, (size_t)n + 1, 1, err);
    if (!out) {
      *bad = 1;
      return NULL;
    }
    for (i = 0; i < n; i++) {
      int v = xp[i] == NA_INTEGER ? 0 : xp[i] >= 1 && xp[i] <= nl ? mp[xp[i] - 1] : -1;
      if (v < 0 || v > 255) {
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
  xp = INTEGER(x); /* hoisted: INTEGER() is a function call */
  out = (uint8_t *)vfb_tmp_alloc(tmp, (size_t)n + 1, 1, err);
  if (!out) {
    *bad = 1;
    return NULL;
  }
  for (i = 0; i < n; i++) {
    int v = xp[i];
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

/* Column `name` (integers; NA allowed only if na is not 0, and becomes na) as int32.
 * Doubles (R Dates: day numbers, maybe fractional) are floored. */
static const int32_t *vfb_r_i32(vfb_tmp *tmp, SEXP cols, const char *name, R_xlen_t n, int32_t na, int *bad,
                                vf_error *err) {
  SEXP x = vfb_r_get(cols, name);
  const int *xp;
  int32_t *out;
  R_xlen_t i;
  if (x == R_NilValue || *bad) return NULL;
  name = vfb_r_label(cols, name);
  if (TYPEOF(x) == REALSXP && vfb_r_len(x, name, n, err)) {
    const double *rp = REAL(x);
    out = (int32_t *)vfb_tmp_alloc(tmp, (size_t)n + 1, sizeof *out, err);
    if (!out) {
      *bad = 1;
      return NULL;
    }
    for (i = 0; i < n; i++) {
      if (ISNAN(rp[i]) && na) {
        out[i] = na;
        continue;
      }
      if (ISNAN(rp[i]) || fabs(rp[i]) > 2147483647.0) {
        char msg[VF_ERROR_MESSAGE_SIZE];
        snprintf(msg, sizeof msg, "row %ld: %s: %s", (long)i + 1, name,
                 ISNAN(rp[i]) ? "missing value (NA)" : "out of range");
        vfb_fail(err, VF_E_RANGE, name, msg);
        *bad = 1;
        return NULL;
      }
      out[i] = (int32_t)rp[i]; /* toward zero; floor for fractional days before 1970 */
      if ((double)out[i] > rp[i]) out[i]--;
    }
    return out;
  }
  if (TYPEOF(x) != INTSXP || !vfb_r_len(x, name, n, err)) {
    if (!err->status) vfb_fail(err, VF_E_INVALID_ARG, name, "expected an integer column");
    *bad = 1;
    return NULL;
  }
  xp = INTEGER(x);
  out = (int32_t *)vfb_tmp_alloc(tmp, (size_t)n + 1, sizeof *out, err);
  if (!out) {
    *bad = 1;
    return NULL;
  }
  for (i = 0; i < n; i++) {
    int v = xp[i];
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

/* Column `name` as int64 øre; NULL if absent. With kr the values are
 * kroner, converted exactly (at most two decimals, within floating-point
 * noise) or refused; otherwise whole øre. Doubles or integers. */
static const int64_t *vfb_r_money(vfb_tmp *tmp, SEXP cols, const char *name, R_xlen_t n, int kr, int *bad,
                                  vf_error *err) {
  SEXP x = vfb_r_get(cols, name);
  const double *rp;
  const int *ip;
  int64_t *out;
  R_xlen_t i;
  if (x == R_NilValue || *bad) return NULL;
  name = vfb_r_label(cols, name);
  if ((TYPEOF(x) != REALSXP && TYPEOF(x) != INTSXP) || !vfb_r_len(x, name, n, err)) {
    if (!err->status) vfb_fail(err, VF_E_INVALID_ARG, name, "expected a numeric column");
    *bad = 1;
    return NULL;
  }
  rp = TYPEOF(x) == REALSXP ? REAL(x) : NULL;
  ip = rp ? NULL : INTEGER(x);
  out = (int64_t *)vfb_tmp_alloc(tmp, (size_t)n + 1, sizeof *out, err);
  if (!out) {
    *bad = 1;
    return NULL;
  }
  if (rp) { /* fast pass over doubles, no exit from the loop; the checked loop
               below runs only if some value is not plain */
    const double k = 6755399441055744.0; /* 1.5 * 2^52: (c + k) - k rounds c */
    const double lim = 2251799813685248.0, scale = kr ? 100 : 1; /* 2^51 */
    int ok = 1;
    for (i = 0; i < n; i++) {
      double c = rp[i] * scale, o = (c + k) - k, diff = c - o, a = o < 0 ? -o : o;
      double tol = kr ? 1e-6 * (a > 1 ? a : 1) : 0;
      ok &= (c < lim) & (c > -lim) & (diff <= tol) & (diff >= -tol); /* NaN: 0 */
      out[i] = (int64_t)o;
    }
    if (ok) return out;
  }
  for (i = 0; i < n; i++) {
    double d = rp ? rp[i] : ip[i] == NA_INTEGER ? NAN : (double)ip[i];
    /* plain arithmetic, no libm calls: this loop runs over every amount */
    if (kr && d == d) {
      double c = d * 100, o, diff;
      if (c < 9e15 && c > -9e15) {
        o = (double)(int64_t)(c + (c < 0 ? -0.5 : 0.5));
        diff = c - o;
        d = (diff < 0 ? -diff : diff) <= 1e-6 * (o < -1 ? -o : o > 1 ? o : 1) ? o : 0.5;
      } else {
        d = 0.5; /* refused below */
      }
    }
    if (!(d == d) || !(d <= 9007199254740992.0 && d >= -9007199254740992.0) ||
        (double)(int64_t)d != d) {
      char msg[VF_ERROR_MESSAGE_SIZE];
      snprintf(msg, sizeof msg, "row %ld: %s: %s", (long)i + 1, name,
               ISNAN(d) ? "missing amount (NA)"
               : kr ? "not kroner with at most two decimals (within ±2^53 øre)"
                    : "not a whole number of øre within ±2^53");
      vfb_fail(err, ISNAN(d) ? VF_E_INVALID_ARG : VF_E_RANGE, name, msg);
      *bad = 1;
      return NULL;
    }
    out[i] = (int64_t)d;
  }
  return out;
}

/* Children as a list of n vectors of day numbers (R Dates, NULL for none)
 * into the batch's compressed list; 0 (and err set) if malformed. */
static int vfb_r_children(vfb_tmp *tmp, SEXP list, R_xlen_t n, vf_batch_in *in, vf_error *err) {
  uint32_t *start;
  int32_t *birth;
  R_xlen_t i, j, total = 0;
  char msg[VF_ERROR_MESSAGE_SIZE];
  if (TYPEOF(list) != VECSXP || !vfb_r_len(list, "children", n, err)) {
    if (!err->status) vfb_fail(err, VF_E_INVALID_ARG, "children", "expected a list of Dates");
    return 0;
  }
  for (i = 0; i < n; i++) {
    SEXP e = VECTOR_ELT(list, i);
    if (e != R_NilValue && TYPEOF(e) != REALSXP && TYPEOF(e) != INTSXP) {
      snprintf(msg, sizeof msg, "row %ld: children: expected Dates (text goes in a character "
               "column, \"2015-03-01;2019-11-30\")", (long)i + 1);
      vfb_fail(err, VF_E_INVALID_ARG, "children", msg);
      return 0;
    }
    total += Rf_xlength(e);
  }
  if (total > (R_xlen_t)UINT32_MAX) {
    vfb_fail(err, VF_E_RANGE, "children", "more than 2^32 children");
    return 0;
  }
  start = (uint32_t *)vfb_tmp_alloc(tmp, (size_t)n + 1, sizeof *start, err);
  birth = (int32_t *)vfb_tmp_alloc(tmp, (size_t)total + 1, sizeof *birth, err);
  if (!start || !birth) return 0;
  for (i = 0, total = 0; i < n; i++) {
    SEXP e = VECTOR_ELT(list, i);
    R_xlen_t m = Rf_xlength(e);
    const double *rp = TYPEOF(e) == REALSXP ? REAL(e) : NULL;
    const int *ip = TYPEOF(e) == INTSXP ? INTEGER(e) : NULL;
    start[i] = (uint32_t)total;
    for (j = 0; j < m; j++) {
      double d = rp ? rp[j] : ip[j] == NA_INTEGER ? NAN : (double)ip[j];
      if (ISNAN(d) || fabs(d) > 2147483647.0) {
        snprintf(msg, sizeof msg, "row %ld: children: a child has no valid birth date",
                 (long)i + 1);
        vfb_fail(err, VF_E_DATE, "children", msg);
        return 0;
      }
      birth[total++] = (int32_t)floor(d);
    }
  }
  start[n] = (uint32_t)total;
  in->child_start = start;
  in->child_birth = birth;
  return 1;
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
 *  child_start and child_birth, or children (a list of day-number vectors),
 *  kvp, kvp_work_minutes; birth and child_birth
 *  as day numbers, codes as integers, money as kroner if money_kr, else
 *  whole øre), each of n values
 *  (child_start n + 1). Returns a named list of the vf_batch_out columns
 *  ready for R: money as doubles, NA for a failed row; status, kvp_status
 *  and household as factors (levels status_levels and household_levels, the
 *  names of the C values 0, 1, ...), household NA for a failed row. With stop_on_error a failed row is an error naming the row
 *  (1-based); otherwise its status is left in the status columns. */
static SEXP batch_month_columns(const vfb_ctx *ctx, SEXP cols, double rows, int money_kr,
                                int year, int month, int threads, int stop_on_error,
                                SEXP status_levels, SEXP household_levels, vf_error *err) {
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
  vfb_tmp tmp;
  tmp.n = 0;
  if (TYPEOF(cols) != VECSXP || rows < 0 || rows != floor(rows)) {
    vfb_fail(err, VF_E_INVALID_ARG, "columns", "columns must be a named list");
    return R_NilValue;
  }
  /* Every R allocation first (an R error jumps out), then the temporaries.
   * The money columns are the R vectors returned: C writes int64 into them
   * and they are turned into doubles in place afterwards (both 8 bytes). */
  (void)Rf_install("labels");
  for (k = 0; k < NOUT; k++)
    res[k] = PROTECT(Rf_allocVector(k == 7 ? LGLSXP : k == 0 || k == 1 || k == 11 ? INTSXP
                                                                              : REALSXP, n));
  out.norm = (vf_money *)(void *)REAL(res[2]);
  out.housing = (vf_money *)(void *)REAL(res[3]);
  out.income = (vf_money *)(void *)REAL(res[4]);
  out.income_exempt = (vf_money *)(void *)REAL(res[5]);
  out.ordinary = (vf_money *)(void *)REAL(res[6]);
  out.rule80_supplement = (vf_money *)(void *)REAL(res[8]);
  out.assistance = (vf_money *)(void *)REAL(res[9]);
  out.kvp_benefit = (vf_money *)(void *)REAL(res[10]);
  in.n = (size_t)n;
  in.birth = vfb_r_i32(&tmp, cols, "birth", n, VF_BATCH_NO_DATE, &bad, err);
  in.civil_status = vfb_r_u8(&tmp, cols, "civil_status", n, &bad, err);
  in.trygd = vfb_r_u8(&tmp, cols, "trygd", n, &bad, err);
  for (k = 0; k < VF_FACT_COUNT; k++) {
    snprintf(key, sizeof key, "fact%d", k);
    in.fact[k] = vfb_r_u8(&tmp, cols, key, n, &bad, err);
  }
  for (k = 0; k < VF_INC_KIND_COUNT; k++) {
    snprintf(key, sizeof key, "income%d", k);
    in.income[k] = vfb_r_money(&tmp, cols, key, n, money_kr, &bad, err);
  }
  for (k = 0; k < VF_HOUSING_KIND_COUNT; k++) {
    snprintf(key, sizeof key, "housing%d", k);
    in.housing[k] = vfb_r_money(&tmp, cols, key, n, money_kr, &bad, err);
  }
  in.child_start = (const uint32_t *)vfb_r_i32(&tmp, cols, "child_start", n + 1, 0, &bad, err);
  if (in.child_start && !bad) {
    for (i = 0; i < n; i++)
      if ((int32_t)in.child_start[i] < 0 || in.child_start[i + 1] < in.child_start[i]) {
        vfb_fail(err, VF_E_INVALID_ARG, "children", "child_start must be non-decreasing from 0");
        bad = 1;
        break;
      }
    if (!bad)
      in.child_birth = vfb_r_i32(&tmp, cols, "child_birth", (R_xlen_t)in.child_start[n], 0, &bad, err);
  }
  if (!bad && vfb_r_get(cols, "children") != R_NilValue)
    bad = !vfb_r_children(&tmp, vfb_r_get(cols, "children"), n, &in, err);
  in.kvp = vfb_r_u8(&tmp, cols, "kvp", n, &bad, err);
  in.kvp_work_minutes = vfb_r_i32(&tmp, cols, "kvp_work_minutes", n, 0, &bad, err);
  out.status = (uint8_t *)vfb_tmp_alloc(&tmp, (size_t)n + 1, 1, err);
  out.household = (uint8_t *)vfb_tmp_alloc(&tmp, (size_t)n + 1, 1, err);
  out.rule80_applies = (uint8_t *)vfb_tmp_alloc(&tmp, (size_t)n + 1, 1, err);
  out.kvp_status = (uint8_t *)vfb_tmp_alloc(&tmp, (size_t)n + 1, 1, err);
  if (bad || !out.status || !out.household || !out.rule80_applies || !out.kvp_status) {
    vfb_tmp_free(&tmp);
    UNPROTECT(NOUT);
    return R_NilValue;
  }
  s = vf_batch_month(ctx, &in, year, month, &out, threads, err);
  vfb_check(s, err);
  if (s != VF_OK) {
    /* "client 17: msg" (0-based) becomes "row 18: msg" for R. */
    for (i = 0; i < n && out.status[i] == 0 && out.kvp_status[i] == 0; i++) {}
    if (i == n) { /* a failure of the whole call */
      vfb_tmp_free(&tmp);
      UNPROTECT(NOUT);
      return R_NilValue;
    }
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
      vfb_tmp_free(&tmp);
      UNPROTECT(NOUT);
      return R_NilValue;
    }
  }
  {
    /* R-ready: status, household and kvp_status as 1-based factor codes;
     * a failed row's outputs NA (the benefit's by kvp_status). */
    const uint8_t *u8[] = {out.status, out.household, out.rule80_applies, out.kvp_status};
    vf_money *m[] = {out.norm, out.housing, out.income, out.income_exempt, out.ordinary,
                     out.rule80_supplement, out.assistance, out.kvp_benefit};
    static const int u8_at[] = {0, 1, 7, 11};
    for (k = 0; k < 4; k++) {
      int *p = k == 2 ? LOGICAL(res[u8_at[k]]) : INTEGER(res[u8_at[k]]);
      for (i = 0; i < n; i++)
        p[i] = (k == 1 || k == 2) && out.status[i] ? NA_INTEGER : u8[k][i] + (k != 2);
    }
    for (k = 0; k < 8; k++) {
      unsigned char *p = (unsigned char *)m[k];
      const uint8_t *st = k == 7 ? out.kvp_status : out.status;
      for (i = 0; i < n; i++) { /* memcpy: no aliasing of int64 and double */
        int64_t v;
        double d;
        memcpy(&v, p + 8 * i, 8);
        d = st[i] ? NA_REAL : (double)v;
        memcpy(p + 8 * i, &d, 8);
      }
    }
  }
  vfb_tmp_free(&tmp);
  { /* factors, made here: in R, setting attributes would copy the vectors */
    SEXP cls = PROTECT(Rf_mkString("factor"));
    static const int fac_at[] = {0, 1, 11};
    for (k = 0; k < 3; k++) {
      Rf_setAttrib(res[fac_at[k]], R_LevelsSymbol, k == 1 ? household_levels : status_levels);
      Rf_setAttrib(res[fac_at[k]], R_ClassSymbol, cls);
    }
    UNPROTECT(1);
  }
  list = vfb_r_list(NOUT, names, res);
  UNPROTECT(NOUT);
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
  {
    int *p = INTEGER(res[1]);
    for (i = 0; i < n; i++) p[i] = st[i];
  }
  for (k = 0; k < 3; k++) {
    const vf_money *src = k == 0 ? b : k == 1 ? s : d;
    double *p;
    res[2 + k] = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)n));
    p = REAL(res[2 + k]);
    for (i = 0; i < n; i++) p[i] = (double)src[i];
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
