/* R only: column adapters that take and return R vectors (SEXP), so that a
 * data.frame is computed in one call with the loop in C (R/calculate.R and
 * R/compare.R prepare the columns and name the results). The batch's
 * temporary columns are malloc'ed and freed before the call returns (no R
 * allocation happens while they are held, so an R error cannot leak them):
 * R_alloc would leave them to the garbage collector, which costs time. */

%typemap(in) SEXP %{ $1 = $input; %}
%typemap(out) SEXP %{ $result = $1; %}

%{
/* Rows a block of batch_month_columns() converts, computes and converts
 * back while they are in the cache. */
#ifndef VFB_R_BLOCK
#define VFB_R_BLOCK 16384
#endif

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

/* A result vector of the batch: an R vector of `n` doubles, integers or
 * logicals (uninitialised) whose memory is advised to the kernel as huge
 * pages when it is large, as numpy does for its arrays. Why: R takes a large
 * vector's memory fresh from the system, where every 4 KiB page faults on its
 * first write (20 000 faults for a million rows' 80 MB of results, and as
 * many unmaps when R frees them); with 2 MiB pages the same call is about a
 * third faster (docs/performance.md, "R against Python, fourth round"). The
 * advice changes nothing but the page size; where the kernel does not take
 * it the vector is as before. */
#if defined(__linux__)
#include <sys/mman.h>
#endif

static SEXP vfb_r_result(SEXPTYPE type, R_xlen_t n) {
  SEXP v = Rf_allocVector(type, n);
#if defined(MADV_HUGEPAGE)
  {
    const uintptr_t huge = (uintptr_t)2 << 20;
    size_t bytes = (size_t)n * (type == REALSXP ? sizeof(double) : sizeof(int));
    uintptr_t at = (uintptr_t)DATAPTR(v), lo = (at + huge - 1) / huge * huge,
              hi = (at + bytes) / huge * huge; /* the whole huge pages inside */
    if (bytes >= 2 * huge && hi > lo) (void)madvise((void *)lo, hi - lo, MADV_HUGEPAGE);
  }
#endif
  return v;
}

/* Whole øre (|v| < 2^51) as doubles, exactly and branch-free so that it
 * vectorises: the low bits of the double K + v are v in two's complement.
 * Larger amounts (not expected) go through the plain conversion. */
static void vfb_ore_to_double(const int64_t *src, R_xlen_t m, double *dst) {
  const double K = 6755399441055744.0; /* 1.5 * 2^52 */
  int64_t kbits;
  uint64_t big = 0;
  R_xlen_t i;
  memcpy(&kbits, &K, sizeof kbits);
  for (i = 0; i < m; i++) {
    int64_t bits = src[i] + kbits;
    double d;
    memcpy(&d, &bits, sizeof d);
    dst[i] = d - K;
    big |= ((uint64_t)src[i] + ((uint64_t)1 << 51)) >> 52;
  }
  if (big)
    for (i = 0; i < m; i++) dst[i] = (double)src[i];
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

/* An input column of the batch, checked once, converted a block of rows at a
 * time (vfb_cv_*) into small buffers that stay in the cache. */
typedef struct {
  SEXP x;            /* the R vector, or R_NilValue if absent */
  const char *label; /* the caller's column name, for messages */
  SEXP map;          /* u8 columns: the factor levels' codes, or R_NilValue */
} vfb_col;

/* Finds and checks column `name`: absent (c->x = R_NilValue) or of length n
 * and one of the types allowed (bit 1 integer, 2 double, 4 logical). */
static int vfb_col_get(SEXP cols, const char *name, R_xlen_t n, int types, vfb_col *c,
                       vf_error *err) {
  char key[64];
  int t;
  c->x = vfb_r_get(cols, name);
  c->label = vfb_r_label(cols, name);
  snprintf(key, sizeof key, "%s.map", name);
  c->map = vfb_r_get(cols, key);
  if (c->x == R_NilValue) return 1;
  t = TYPEOF(c->x) == INTSXP ? 1 : TYPEOF(c->x) == REALSXP ? 2 : TYPEOF(c->x) == LGLSXP ? 4 : 0;
  if (!(t & types)) {
    vfb_fail(err, VF_E_INVALID_ARG, c->label,
             types == 7 ? "expected a logical or numeric column"
             : types & 2 ? "expected a numeric column" : "expected an integer column");
    return 0;
  }
  return vfb_r_len(c->x, c->label, n, err);
}

static int vfb_row_fail(vf_error *err, vf_status s, const char *label, R_xlen_t row,
                        const char *what) {
  char msg[VF_ERROR_MESSAGE_SIZE];
  snprintf(msg, sizeof msg, "row %ld: %s: %s", (long)row + 1, label, what);
  vfb_fail(err, s, label, msg);
  return 0;
}

/* Rows i0 .. i0+m-1 of a code column as bytes. A logical column (facts) is a
 * tristate: NA unknown (0), FALSE no (1), TRUE yes (2); with a map the column
 * holds factor codes (1-based, NA unknown) and map[level - 1] is the code. */
static int vfb_cv_u8(const vfb_col *c, R_xlen_t i0, R_xlen_t m, uint8_t *out, vf_error *err) {
  R_xlen_t i;
  if (TYPEOF(c->x) == LGLSXP) {
    const int *xp = LOGICAL(c->x) + i0;
    for (i = 0; i < m; i++) out[i] = xp[i] == NA_LOGICAL ? 0 : xp[i] ? 2 : 1;
    return 1;
  }
  if (TYPEOF(c->map) == INTSXP) {
    const int *xp = INTEGER(c->x) + i0, *mp = INTEGER(c->map);
    int nl = (int)Rf_xlength(c->map);
    for (i = 0; i < m; i++) {
      int v = xp[i] == NA_INTEGER ? 0 : xp[i] >= 1 && xp[i] <= nl ? mp[xp[i] - 1] : -1;
      if (v < 0 || v > 255) return vfb_row_fail(err, VF_E_UNKNOWN_CODE, c->label, i0 + i, "not a code");
      out[i] = (uint8_t)v;
    }
    return 1;
  }
  {
    const int *xp = INTEGER(c->x) + i0;
    for (i = 0; i < m; i++) {
      if (xp[i] < 0 || xp[i] > 255) /* NA_INTEGER is negative */
        return vfb_row_fail(err, VF_E_UNKNOWN_CODE, c->label, i0 + i, "not a code");
      out[i] = (uint8_t)xp[i];
    }
  }
  return 1;
}

/* Rows i0 .. i0+m-1 of an integer column as int32; NA becomes `na`, or is an
 * error if na is 0. Doubles (R Dates: day numbers, maybe fractional) are floored. */
static int vfb_cv_i32(const vfb_col *c, R_xlen_t i0, R_xlen_t m, int32_t na, int32_t *out,
                      vf_error *err) {
  R_xlen_t i;
  if (TYPEOF(c->x) == REALSXP) {
    const double *rp = REAL(c->x) + i0;
    for (i = 0; i < m; i++) {
      if (ISNAN(rp[i]) && na) {
        out[i] = na;
        continue;
      }
      if (ISNAN(rp[i]) || fabs(rp[i]) > 2147483647.0)
        return vfb_row_fail(err, VF_E_RANGE, c->label, i0 + i,
                            ISNAN(rp[i]) ? "missing value (NA)" : "out of range");
      out[i] = (int32_t)rp[i]; /* toward zero; floor for fractional days before 1970 */
      if ((double)out[i] > rp[i]) out[i]--;
    }
    return 1;
  }
  {
    const int *xp = INTEGER(c->x) + i0;
    for (i = 0; i < m; i++) {
      if (xp[i] == NA_INTEGER && !na)
        return vfb_row_fail(err, VF_E_INVALID_ARG, c->label, i0 + i, "missing value (NA)");
      out[i] = xp[i] == NA_INTEGER ? na : xp[i];
    }
  }
  return 1;
}

/* Rows i0 .. i0+m-1 of a money column as int64 øre. With kr the values are
 * kroner, converted exactly (at most two decimals, within floating-point
 * noise) or refused; otherwise whole øre. Doubles or integers. */
static int vfb_cv_money(const vfb_col *c, int kr, R_xlen_t i0, R_xlen_t m, int64_t *out,
                        vf_error *err) {
  const double *rp = TYPEOF(c->x) == REALSXP ? REAL(c->x) + i0 : NULL;
  const int *ip = rp ? NULL : INTEGER(c->x) + i0;
  R_xlen_t i;
  if (rp) { /* fast pass, branch-free so that it vectorises: r = v + K rounds
               v to a whole number, whose two's complement is the low bits of
               r when |v| < 2^51; the checked loop below runs only if some
               value is not plain */
    const double K = 6755399441055744.0; /* 1.5 * 2^52 */
    const double lim = 2251799813685248.0, scale = kr ? 100 : 1; /* 2^51 */
    const double rel = kr ? 1e-6 : 0; /* floating-point noise of kroner */
    int64_t kbits, bad = 0;
    memcpy(&kbits, &K, sizeof kbits);
    for (i = 0; i < m; i++) {
      double v = rp[i] * scale, r = v + K, o = r - K, diff = fabs(v - o), a = fabs(o);
      int64_t bits;
      memcpy(&bits, &r, sizeof bits);
      bad |= (int64_t)!(diff <= rel * (a > 1 ? a : 1)) | (int64_t)!(fabs(v) < lim); /* NaN: bad */
      out[i] = bits - kbits;
    }
    if (!bad) return 1;
  }
  for (i = 0; i < m; i++) {
    double d = rp ? rp[i] : ip[i] == NA_INTEGER ? NAN : (double)ip[i];
    if (kr && d == d) {
      double v = d * 100, o, diff;
      if (v < 9e15 && v > -9e15) {
        o = (double)(int64_t)(v + (v < 0 ? -0.5 : 0.5));
        diff = v - o;
        d = (diff < 0 ? -diff : diff) <= 1e-6 * (o < -1 ? -o : o > 1 ? o : 1) ? o : 0.5;
      } else {
        d = 0.5; /* refused below */
      }
    }
    if (!(d == d))
      return vfb_row_fail(err, VF_E_INVALID_ARG, c->label, i0 + i, "missing amount (NA)");
    if (!(d <= 9007199254740992.0 && d >= -9007199254740992.0) || (double)(int64_t)d != d)
      return vfb_row_fail(err, VF_E_RANGE, c->label, i0 + i,
                          kr ? "not kroner with at most two decimals (within ±2^53 øre)"
                             : "not a whole number of øre within ±2^53");
    out[i] = (int64_t)d;
  }
  return 1;
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

/* The children's offsets (child_start) from the frame's row of each child,
 * `rows` (1-based, ascending: R sorts them), without R temporaries. */
static uint32_t *vfb_r_child_start(vfb_tmp *tmp, SEXP rows, R_xlen_t n, vf_error *err) {
  R_xlen_t m = Rf_xlength(rows), i, j = 0;
  double prev = 1;
  const int *ip = TYPEOF(rows) == INTSXP ? INTEGER(rows) : NULL;
  const double *rp = TYPEOF(rows) == REALSXP ? REAL(rows) : NULL;
  uint32_t *start;
  char msg[VF_ERROR_MESSAGE_SIZE];
  if ((!ip && !rp) || m > (R_xlen_t)UINT32_MAX) {
    vfb_fail(err, VF_E_INVALID_ARG, "children", "children: row must be up to 2^32 numbers");
    return NULL;
  }
  start = (uint32_t *)vfb_tmp_alloc(tmp, (size_t)n + 1, sizeof *start, err);
  if (!start) return NULL;
  start[0] = 0;
  for (i = 0; i < m; i++) {
    double v = ip ? (ip[i] == NA_INTEGER ? NAN : (double)ip[i]) : rp[i];
    if (!(v >= prev && v <= (double)n) || v != floor(v)) {
      snprintf(msg, sizeof msg, "children: child %ld: row is not a row of frame (1..%ld) in "
               "ascending order", (long)i + 1, (long)n);
      vfb_fail(err, VF_E_INVALID_ARG, "children", msg);
      return NULL;
    }
    prev = v;
    while (j + 1 < (R_xlen_t)v) start[++j] = (uint32_t)i; /* rows before v: children < i */
  }
  while (j < n) start[++j] = (uint32_t)m;
  return start;
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
 *  child_start (or child_row, each child's row, 1-based, ascending) and
 *  child_birth, or children (a list of day-number vectors),
 *  kvp, kvp_work_minutes; birth and child_birth as day numbers, codes as
 *  integers (or factor codes with "<name>.map"), facts also logical, money as
 *  kroner if money_kr, else whole øre), each of n values (child_start n + 1).
 *  Returns a named list of the vf_batch_out columns ready for R: money as
 *  doubles, NA for a failed row; status, kvp_status and household as factors
 *  (levels status_levels and household_levels, the names of the C values 0,
 *  1, ...), household NA for a failed row; projected (logical) only if
 *  asked for. `wanted` is NULL (every output but projected) or a logical per
 *  output in the order of `names` below: an output not wanted is neither
 *  computed nor in the list (status always is; without kvp_status, status is
 *  the first failure of either rule, as vf_batch_out says). With
 *  stop_on_error a failed row is an error naming the row (1-based);
 *  otherwise its status is left in the status columns.
 *  The rows go through in blocks: a block's inputs are converted into small
 *  buffers, computed, and its outputs converted into the R vectors, while
 *  they are in the cache. */
static SEXP batch_month_columns(const vfb_ctx *ctx, SEXP cols, double rows, int money_kr,
                                int year, int month, int threads, int stop_on_error,
                                SEXP status_levels, SEXP household_levels, SEXP wanted,
                                vf_error *err) {
  static const char *const names[] = {"status", "household", "norm", "housing", "income",
    "income_exempt", "ordinary", "rule80_applies", "rule80_supplement", "assistance",
    "kvp_benefit", "kvp_status", "projected"};
  enum { NOUT = sizeof names / sizeof names[0], NMONEY = VF_INC_KIND_COUNT + VF_HOUSING_KIND_COUNT };
  enum { NU8 = 2 + VF_FACT_COUNT + 1 };
  static const int m_at[] = {2, 3, 4, 5, 6, 8, 9, 10};
  R_xlen_t n = (R_xlen_t)rows, i, i0, block, fail_row = -1;
  vfb_col u8c[NU8], moneyc[NMONEY], birthc, workc, startc, childc;
  uint8_t *u8b[NU8], *ob[5];
  int64_t *mb[NMONEY], *om[8];
  int32_t *birthb = NULL, *workb = NULL, *births = NULL;
  uint32_t *start = NULL, *startb = NULL;
  int k, ok = 1, want[NOUT], nwant = 0;
  const char *wnames[NOUT];
  char key[32];
  SEXP res[NOUT], wres[NOUT], list;
  vf_error first;
  vfb_tmp tmp;
  tmp.n = 0;
  memset(&first, 0, sizeof first);
  if (TYPEOF(cols) != VECSXP || rows < 0 || rows != floor(rows)) {
    vfb_fail(err, VF_E_INVALID_ARG, "columns", "columns must be a named list");
    return R_NilValue;
  }
  if (wanted != R_NilValue && (TYPEOF(wanted) != LGLSXP || Rf_xlength(wanted) != NOUT)) {
    vfb_fail(err, VF_E_INVALID_ARG, "outputs", "wanted must be a logical per output");
    return R_NilValue;
  }
  for (k = 0; k < NOUT; k++)
    want[k] = k == 0 || (wanted == R_NilValue ? k != NOUT - 1 : LOGICAL(wanted)[k] == 1);
  /* Every R allocation first (an R error jumps out), then the temporaries;
   * an output not wanted gets an empty vector (keeps the PROTECT count). */
  (void)Rf_install("labels");
  for (k = 0; k < NOUT; k++)
    res[k] = PROTECT(vfb_r_result(k == 7 || k == 12 ? LGLSXP : k == 0 || k == 1 || k == 11
                                                                  ? INTSXP : REALSXP,
                                  want[k] ? n : 0));
  /* the columns, checked once */
  ok = vfb_col_get(cols, "birth", n, 3, &birthc, err) &&
       vfb_col_get(cols, "civil_status", n, 1, &u8c[0], err) &&
       vfb_col_get(cols, "trygd", n, 1, &u8c[1], err) &&
       vfb_col_get(cols, "kvp", n, 1, &u8c[NU8 - 1], err) &&
       vfb_col_get(cols, "kvp_work_minutes", n, 3, &workc, err);
  for (k = 0; ok && k < VF_FACT_COUNT; k++) {
    snprintf(key, sizeof key, "fact%d", k);
    ok = vfb_col_get(cols, key, n, 5, &u8c[2 + k], err);
  }
  for (k = 0; ok && k < NMONEY; k++) {
    if (k < VF_INC_KIND_COUNT) snprintf(key, sizeof key, "income%d", k);
    else snprintf(key, sizeof key, "housing%d", k - VF_INC_KIND_COUNT);
    ok = vfb_col_get(cols, key, n, 3, &moneyc[k], err);
  }
  /* children: the whole compressed list at once (it is shorter) */
  if (ok && vfb_r_get(cols, "children") != R_NilValue) {
    vf_batch_in ch = VF_BATCH_IN_INIT;
    ok = vfb_r_children(&tmp, vfb_r_get(cols, "children"), n, &ch, err);
    start = (uint32_t *)ch.child_start;
    births = (int32_t *)ch.child_birth;
  } else if (ok && vfb_r_get(cols, "child_row") != R_NilValue) {
    start = vfb_r_child_start(&tmp, vfb_r_get(cols, "child_row"), n, err);
    ok = start != NULL;
  } else if (ok && vfb_col_get(cols, "child_start", n + 1, 3, &startc, err) &&
             startc.x != R_NilValue) {
    start = (uint32_t *)vfb_tmp_alloc(&tmp, (size_t)n + 1, sizeof *start, err);
    ok = start && vfb_cv_i32(&startc, 0, n + 1, 0, (int32_t *)start, err);
    for (i = 0; ok && i < n; i++)
      if ((int32_t)start[0] != 0 || (int32_t)start[i + 1] < (int32_t)start[i]) {
        vfb_fail(err, VF_E_INVALID_ARG, "children", "child_start must rise from 0");
        ok = 0;
      }
  } else if (err->status) {
    ok = 0;
  }
  if (ok && start && !births) { /* from child_start or child_row: the births */
    ok = vfb_col_get(cols, "child_birth", (R_xlen_t)start[n], 3, &childc, err);
    if (ok && childc.x != R_NilValue) {
      births = (int32_t *)vfb_tmp_alloc(&tmp, (size_t)start[n] + 1, sizeof *births, err);
      ok = births && vfb_cv_i32(&childc, 0, (R_xlen_t)start[n], 0, births, err);
    } else if (ok) {
      ok = 0;
      vfb_fail(err, VF_E_INVALID_ARG, "children", "children without child_birth");
    }
  }
  /* block buffers */
  block = threads > 1 ? VFB_R_BLOCK * (R_xlen_t)threads : VFB_R_BLOCK;
  if (block > n) block = n ? n : 1;
  for (k = 0; ok && k < NU8; k++)
    u8b[k] = (uint8_t *)vfb_tmp_alloc(&tmp, (size_t)block, 1, err), ok = u8b[k] != NULL;
  for (k = 0; ok && k < NMONEY; k++)
    mb[k] = (int64_t *)vfb_tmp_alloc(&tmp, (size_t)block, 8, err), ok = mb[k] != NULL;
  for (k = 0; ok && k < 5; k++) {
    ob[k] = (uint8_t *)vfb_tmp_alloc(&tmp, (size_t)block, 1, err), ok = ob[k] != NULL;
    if (ok) memset(ob[k], 0, (size_t)block); /* kvp_status not asked for: stays 0 */
  }
  for (k = 0; ok && k < 8; k++)
    om[k] = (int64_t *)vfb_tmp_alloc(&tmp, (size_t)block, 8, err), ok = om[k] != NULL;
  if (ok) {
    birthb = (int32_t *)vfb_tmp_alloc(&tmp, (size_t)block, 4, err);
    workb = (int32_t *)vfb_tmp_alloc(&tmp, (size_t)block, 4, err);
    startb = (uint32_t *)vfb_tmp_alloc(&tmp, (size_t)block + 1, 4, err);
    ok = birthb && workb && startb;
  }

  for (i0 = 0; ok && i0 < n; i0 += block) {
    R_xlen_t m = n - i0 < block ? n - i0 : block;
    vf_batch_in in = VF_BATCH_IN_INIT;
    vf_batch_out out = VF_BATCH_OUT_INIT;
    vf_error e;
    vf_status s;
    in.n = (size_t)m;
    if (birthc.x != R_NilValue) {
      ok = vfb_cv_i32(&birthc, i0, m, VF_BATCH_NO_DATE, birthb, err);
      in.birth = birthb;
    }
    if (ok && workc.x != R_NilValue) {
      ok = vfb_cv_i32(&workc, i0, m, 0, workb, err);
      in.kvp_work_minutes = workb;
    }
    for (k = 0; ok && k < NU8; k++)
      if (u8c[k].x != R_NilValue) ok = vfb_cv_u8(&u8c[k], i0, m, u8b[k], err);
    for (k = 0; ok && k < NMONEY; k++)
      if (moneyc[k].x != R_NilValue) ok = vfb_cv_money(&moneyc[k], money_kr, i0, m, mb[k], err);
    if (!ok) break;
    in.civil_status = u8c[0].x != R_NilValue ? u8b[0] : NULL;
    in.trygd = u8c[1].x != R_NilValue ? u8b[1] : NULL;
    for (k = 0; k < VF_FACT_COUNT; k++) in.fact[k] = u8c[2 + k].x != R_NilValue ? u8b[2 + k] : NULL;
    in.kvp = u8c[NU8 - 1].x != R_NilValue ? u8b[NU8 - 1] : NULL;
    for (k = 0; k < VF_INC_KIND_COUNT; k++)
      in.income[k] = moneyc[k].x != R_NilValue ? mb[k] : NULL;
    for (k = 0; k < VF_HOUSING_KIND_COUNT; k++)
      in.housing[k] = moneyc[VF_INC_KIND_COUNT + k].x != R_NilValue ? mb[VF_INC_KIND_COUNT + k] : NULL;
    if (start) {
      for (i = 0; i <= m; i++) startb[i] = start[i0 + i] - start[i0];
      in.child_start = startb;
      in.child_birth = births + start[i0];
    }
    out.status = ob[0];
    out.household = want[1] ? ob[1] : NULL;
    out.rule80_applies = want[7] ? ob[2] : NULL;
    out.kvp_status = want[11] ? ob[3] : NULL;
    out.projected = want[12] ? ob[4] : NULL;
    out.norm = want[m_at[0]] ? om[0] : NULL;
    out.housing = want[m_at[1]] ? om[1] : NULL;
    out.income = want[m_at[2]] ? om[2] : NULL;
    out.income_exempt = want[m_at[3]] ? om[3] : NULL;
    out.ordinary = want[m_at[4]] ? om[4] : NULL;
    out.rule80_supplement = want[m_at[5]] ? om[5] : NULL;
    out.assistance = want[m_at[6]] ? om[6] : NULL;
    out.kvp_benefit = want[m_at[7]] ? om[7] : NULL;
    memset(&e, 0, sizeof e);
    s = vf_batch_month(ctx, &in, year, month, &out, threads, &e);
    vfb_check(s, &e);
    if (s != VF_OK) {
      for (i = 0; i < m && ob[0][i] == 0 && ob[3][i] == 0; i++) {}
      if (i == m) { /* a failure of the whole call */
        *err = e;
        ok = 0;
        break;
      }
      if (fail_row < 0) {
        fail_row = i0 + i;
        first = e;
        if (stop_on_error) break;
      }
    }
    /* R-ready: status, household and kvp_status as 1-based factor codes;
     * a failed row's outputs NA (the benefit's by kvp_status if asked for). */
    {
      int *st = INTEGER(res[0]) + i0;
      for (i = 0; i < m; i++) st[i] = ob[0][i] + 1;
      if (want[11])
        for (i = 0; i < m; i++) INTEGER(res[11])[i0 + i] = ob[3][i] + 1;
      if (want[1])
        for (i = 0; i < m; i++) INTEGER(res[1])[i0 + i] = ob[0][i] ? NA_INTEGER : ob[1][i] + 1;
      if (want[7])
        for (i = 0; i < m; i++) LOGICAL(res[7])[i0 + i] = ob[0][i] ? NA_LOGICAL : ob[2][i];
      if (want[12])
        for (i = 0; i < m; i++) LOGICAL(res[12])[i0 + i] = ob[0][i] ? NA_LOGICAL : ob[4][i];
    }
    for (k = 0; k < 8; k++) {
      double *p;
      const uint8_t *st = k == 7 && want[11] ? ob[3] : ob[0];
      if (!want[m_at[k]]) continue;
      p = REAL(res[m_at[k]]) + i0;
      vfb_ore_to_double(om[k], m, p);
      if (s != VF_OK) /* a failed row's amounts: NA */
        for (i = 0; i < m; i++)
          if (st[i]) p[i] = NA_REAL;
    }
  }
  vfb_tmp_free(&tmp);
  if (ok && fail_row >= 0 && stop_on_error) {
    /* "client 17: msg" (the block's index) becomes "row 18: msg" (1-based, the frame's) */
    char pre[32];
    const char *rest = strstr(first.message, ": ");
    size_t lp = (size_t)snprintf(pre, sizeof pre, "row %ld: ", (long)fail_row + 1), lr;
    rest = rest ? rest + 2 : first.message;
    lr = strlen(rest);
    if (lp + lr >= sizeof first.message) lr = sizeof first.message - lp - 1;
    memmove(first.message + lp, rest, lr);
    memcpy(first.message, pre, lp);
    first.message[lp + lr] = '\0';
    *err = first;
    ok = 0;
  }
  if (!ok) {
    UNPROTECT(NOUT);
    return R_NilValue;
  }
  { /* factors, made here: in R, setting attributes would copy the vectors */
    SEXP cls = PROTECT(Rf_mkString("factor"));
    static const int fac_at[] = {0, 1, 11};
    for (k = 0; k < 3; k++) {
      if (!want[fac_at[k]]) continue;
      Rf_setAttrib(res[fac_at[k]], R_LevelsSymbol, k == 1 ? household_levels : status_levels);
      Rf_setAttrib(res[fac_at[k]], R_ClassSymbol, cls);
    }
    UNPROTECT(1);
  }
  for (k = 0; k < NOUT; k++)
    if (want[k]) wnames[nwant] = names[k], wres[nwant++] = res[k];
  list = vfb_r_list(nwant, wnames, wres);
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

%inline %{
/** vf_weighted_total over R vectors: `weight` one number per row (survey or
 *  population weights, whole 1/1000ths: converted exactly or refused,
 *  naming the row), `skip` NULL or a logical per row (TRUE: not counted),
 *  `amount` NULL (the weighted count) or whole øre per row (doubles).
 *  Returns the total in øre (thousandths / 1000, a double). */
static SEXP weighted_total_r(SEXP weight, SEXP skip, SEXP amount, vf_error *err) {
  R_xlen_t n = Rf_xlength(weight), i;
  int64_t *w, *a = NULL, total = 0;
  uint8_t *sk = NULL;
  vfb_tmp tmp;
  int ok = 1;
  tmp.n = 0;
  if (TYPEOF(weight) != REALSXP && TYPEOF(weight) != INTSXP) {
    vfb_fail(err, VF_E_INVALID_ARG, "weight", "weight: expected numbers, one per row");
    return R_NilValue;
  }
  if ((skip != R_NilValue && (TYPEOF(skip) != LGLSXP || !vfb_r_len(skip, "skip", n, err))) ||
      (amount != R_NilValue && (TYPEOF(amount) != REALSXP || !vfb_r_len(amount, "amount", n, err)))) {
    if (!err->status) vfb_fail(err, VF_E_INVALID_ARG, "weight", "skip or amount of the wrong type");
    return R_NilValue;
  }
  w = (int64_t *)vfb_tmp_alloc(&tmp, (size_t)n + 1, sizeof *w, err);
  if (w && skip != R_NilValue) sk = (uint8_t *)vfb_tmp_alloc(&tmp, (size_t)n + 1, 1, err);
  if (w && amount != R_NilValue) a = (int64_t *)vfb_tmp_alloc(&tmp, (size_t)n + 1, sizeof *a, err);
  ok = w && (skip == R_NilValue || sk) && (amount == R_NilValue || a);
  for (i = 0; ok && i < n; i++) {
    double d = TYPEOF(weight) == REALSXP ? REAL(weight)[i]
               : INTEGER(weight)[i] == NA_INTEGER ? NAN : (double)INTEGER(weight)[i];
    double v = d * VF_WEIGHT_SCALE, o = nearbyint(v);
    if (ISNAN(d)) ok = vfb_row_fail(err, VF_E_INVALID_ARG, "weight", i, "missing weight (NA)");
    else if (!(fabs(v) < 9e15) || fabs(v - o) > 1e-6 * (fabs(o) > 1 ? fabs(o) : 1))
      ok = vfb_row_fail(err, VF_E_RANGE, "weight", i,
                        "not a whole number of thousandths (docs/register.md, \"Weights\")");
    else w[i] = (int64_t)o; /* the range is vf_weighted_total's to check */
    if (ok && sk) sk[i] = LOGICAL(skip)[i] == 1;
    if (ok && a && !(sk && sk[i])) {
      double m = REAL(amount)[i];
      if (ISNAN(m) || !(fabs(m) < 9007199254740992.0) || m != floor(m))
        ok = vfb_row_fail(err, VF_E_INVALID_ARG, "amount", i, "not whole øre");
      else a[i] = (int64_t)m;
    } else if (ok && a) {
      a[i] = 0;
    }
  }
  ok = ok && vf_weighted_total(a, w, sk, (size_t)n, &total, NULL, err) == VF_OK;
  vfb_tmp_free(&tmp);
  if (!ok) return R_NilValue;
  return Rf_ScalarReal((double)total / VF_WEIGHT_SCALE);
}
%}

