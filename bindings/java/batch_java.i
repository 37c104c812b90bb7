/* Java only: the C batch (vf_batch_month) over Java arrays, and the
 * per-client columns of a comparison. BatchColumns holds copies of the input
 * columns in C (set one column per call, with its length checked) and the
 * outputs of the last run; the public API is the hand-written Batch and
 * BatchResult (src/no/velferd), which turn enums and dates into these codes.
 * Arrays cross with Get/Set<Type>ArrayRegion (copies, no pinning). */

/* (The typemap giving a `JNIEnv *env` parameter the calling thread's JNIEnv
 * is in velferd_java.i: %extend methods of classes declared earlier need it
 * before their class.) */

%{
typedef struct vfb_jbatch {
  size_t n;
  int32_t *birth, *child_birth, *kvp_work;
  uint8_t *civil, *trygd, *kvp, *fact[VF_FACT_COUNT];
  int64_t *income[VF_INC_KIND_COUNT], *housing[VF_HOUSING_KIND_COUNT];
  uint32_t *child_start;
  size_t children;
  int64_t *weight; /* 1/1000ths (VF_WEIGHT_SCALE), or NULL */
  int64_t totals[9]; /* of the last run with weights: clients, then the money outputs */
  /* outputs of the last run (NULL before) */
  uint8_t *status, *household, *rule80_applies, *kvp_status, *projected;
  int64_t *norm, *housing_out, *income_out, *income_exempt, *ordinary, *rule80_supplement,
      *assistance, *kvp_benefit;
} vfb_jbatch;

static void vfb_jbatch_free(vfb_jbatch *b) {
  int k;
  if (!b) return;
  free(b->birth); free(b->child_birth); free(b->kvp_work); free(b->civil); free(b->trygd);
  free(b->kvp); free(b->child_start); free(b->weight);
  for (k = 0; k < VF_FACT_COUNT; k++) free(b->fact[k]);
  for (k = 0; k < VF_INC_KIND_COUNT; k++) free(b->income[k]);
  for (k = 0; k < VF_HOUSING_KIND_COUNT; k++) free(b->housing[k]);
  free(b->status); free(b->household); free(b->rule80_applies); free(b->kvp_status);
  free(b->projected);
  free(b->norm); free(b->housing_out); free(b->income_out); free(b->income_exempt);
  free(b->ordinary); free(b->rule80_supplement); free(b->assistance); free(b->kvp_benefit);
  free(b);
}

/* The array's length, or -1 (and err set) if null or not `want` (want < 0: any). */
static long vfb_jlen(JNIEnv *env, jarray a, long want, const char *name, vf_error *err) {
  long n;
  if (!a) {
    vfb_fail(err, VF_E_INVALID_ARG, name, "array is null");
    return -1;
  }
  n = (long)(*env)->GetArrayLength(env, a);
  if (want >= 0 && n != want) {
    char msg[VF_ERROR_MESSAGE_SIZE];
    snprintf(msg, sizeof msg, "%s: %ld values for %ld clients", name, n, want);
    vfb_fail(err, VF_E_INVALID_ARG, name, msg);
    return -1;
  }
  return n;
}

/* A copy of an int[] of n values, or NULL (err set). */
static jint *vfb_jints(JNIEnv *env, jintArray a, long n, const char *name, vf_error *err) {
  jint *p;
  if (vfb_jlen(env, a, n, name, err) < 0) return NULL;
  p = malloc(((size_t)n + 1) * sizeof *p);
  if (!p) {
    vfb_fail(err, VF_E_NOMEM, "", "out of memory");
    return NULL;
  }
  (*env)->GetIntArrayRegion(env, a, 0, (jsize)n, p);
  return p;
}

/* codes (0..255) of an int[] into *slot (replacing it). */
static void vfb_jcodes(JNIEnv *env, vfb_jbatch *b, uint8_t **slot, jintArray a, const char *name,
                       vf_error *err) {
  jint *v = vfb_jints(env, a, (long)b->n, name, err);
  uint8_t *out;
  size_t i;
  if (!v) return;
  out = malloc(b->n + 1);
  if (!out) {
    free(v);
    vfb_fail(err, VF_E_NOMEM, "", "out of memory");
    return;
  }
  for (i = 0; i < b->n; i++) {
    if (v[i] < 0 || v[i] > 255) {
      char msg[VF_ERROR_MESSAGE_SIZE];
      snprintf(msg, sizeof msg, "client %zu: %s: %d is not a code", i, name, (int)v[i]);
      vfb_fail(err, VF_E_UNKNOWN_CODE, name, msg);
      free(v);
      free(out);
      return;
    }
    out[i] = (uint8_t)v[i];
  }
  free(v);
  free(*slot);
  *slot = out;
}

/* An int[] of n values into *slot (replacing it). */
static void vfb_ji32(JNIEnv *env, size_t n, int32_t **slot, jintArray a, const char *name,
                     vf_error *err) {
  jint *v = vfb_jints(env, a, (long)n, name, err);
  if (!v) return;
  free(*slot);
  *slot = (int32_t *)v; /* jint is int32_t */
}

/* A long[] (øre) into *slot (replacing it). */
static void vfb_jmoney(JNIEnv *env, vfb_jbatch *b, int64_t **slot, jlongArray a,
                       const char *name, vf_error *err) {
  int64_t *p;
  if (vfb_jlen(env, a, (long)b->n, name, err) < 0) return;
  p = malloc((b->n + 1) * sizeof *p);
  if (!p) {
    vfb_fail(err, VF_E_NOMEM, "", "out of memory");
    return;
  }
  (*env)->GetLongArrayRegion(env, a, 0, (jsize)b->n, (jlong *)p);
  free(*slot);
  *slot = p;
}

/* Output column `name` of the last run, or NULL (err set). */
static const void *vfb_jout(const vfb_jbatch *b, const char *name, int wide, vf_error *err) {
  static const char *const u8n[] = {"status", "household", "rule80_applies", "kvp_status",
                                    "projected"};
  static const char *const m[] = {"norm", "housing", "income", "income_exempt", "ordinary",
                                  "rule80_supplement", "assistance", "kvp_benefit"};
  const uint8_t *u8v[] = {b->status, b->household, b->rule80_applies, b->kvp_status,
                          b->projected};
  const int64_t *mv[] = {b->norm, b->housing_out, b->income_out, b->income_exempt, b->ordinary,
                         b->rule80_supplement, b->assistance, b->kvp_benefit};
  int k;
  if (!b->status) {
    vfb_fail(err, VF_E_INVALID_ARG, "run", "no month computed yet");
    return NULL;
  }
  for (k = 0; k < 5 && !wide; k++)
    if (!strcmp(name, u8n[k])) return u8v[k];
  for (k = 0; k < 8 && wide; k++)
    if (!strcmp(name, m[k])) return mv[k];
  vfb_fail(err, VF_E_NOT_FOUND, "name", "no such output column");
  return NULL;
}
%}

%rename(BatchColumns) vfb_jbatch;
%nodefaultctor vfb_jbatch;
typedef struct {} vfb_jbatch;
%extend vfb_jbatch {
  vfb_jbatch(long n, vf_error *err) {
    vfb_jbatch *b;
    if (n < 0) {
      vfb_fail(err, VF_E_RANGE, "n", "negative number of clients");
      return NULL;
    }
    b = calloc(1, sizeof *b);
    if (!b) vfb_fail(err, VF_E_NOMEM, "", "out of memory");
    else b->n = (size_t)n;
    return b;
  }
  ~vfb_jbatch() { vfb_jbatch_free($self); }
  long size() { return (long)$self->n; }
  void set_birth(JNIEnv *env, jintArray days, vf_error *err) {
    vfb_ji32(env, $self->n, &$self->birth, days, "birth", err);
  }
  void set_civil_status(JNIEnv *env, jintArray codes, vf_error *err) {
    vfb_jcodes(env, $self, &$self->civil, codes, "civil_status", err);
  }
  void set_trygd(JNIEnv *env, jintArray codes, vf_error *err) {
    vfb_jcodes(env, $self, &$self->trygd, codes, "trygd", err);
  }
  void set_fact(JNIEnv *env, vf_fact fact, jintArray codes, vf_error *err) {
    if ((int)fact < 0 || fact >= VF_FACT_COUNT) vfb_fail(err, VF_E_UNKNOWN_CODE, "fact", "unknown fact");
    else vfb_jcodes(env, $self, &$self->fact[fact], codes, "fact", err);
  }
  void set_income(JNIEnv *env, vf_income_kind kind, jlongArray ore, vf_error *err) {
    if ((int)kind < 0 || kind >= VF_INC_KIND_COUNT) vfb_fail(err, VF_E_UNKNOWN_CODE, "income", "unknown income kind");
    else vfb_jmoney(env, $self, &$self->income[kind], ore, "income", err);
  }
  void set_housing(JNIEnv *env, vf_housing_kind kind, jlongArray ore, vf_error *err) {
    if ((int)kind < 0 || kind >= VF_HOUSING_KIND_COUNT) vfb_fail(err, VF_E_UNKNOWN_CODE, "housing", "unknown housing kind");
    else vfb_jmoney(env, $self, &$self->housing[kind], ore, "housing", err);
  }
  /** Children: those of client i are births[start[i]] .. births[start[i+1]-1]. */
  void set_children(JNIEnv *env, jintArray start, jintArray births, vf_error *err) {
    int32_t *s = NULL, *b = NULL;
    long nb = vfb_jlen(env, births, -1, "child_birth", err);
    size_t i;
    if (nb < 0) return;
    vfb_ji32(env, $self->n + 1, &s, start, "child_start", err);
    if (!s) return;
    for (i = 0; i < $self->n; i++)
      if (s[0] != 0 || s[i + 1] < s[i]) break;
    if (i < $self->n || s[$self->n] != nb) {
      vfb_fail(err, VF_E_INVALID_ARG, "child_start",
               "child_start must rise from 0 to the number of children");
      free(s);
      return;
    }
    vfb_ji32(env, (size_t)nb, &b, births, "child_birth", err);
    if (!b) {
      free(s);
      return;
    }
    free($self->child_start);
    free($self->child_birth);
    $self->child_start = (uint32_t *)s;
    $self->child_birth = b;
  }
  void set_kvp(JNIEnv *env, jintArray flags, vf_error *err) {
    vfb_jcodes(env, $self, &$self->kvp, flags, "kvp", err);
  }
  void set_kvp_work_minutes(JNIEnv *env, jintArray minutes, vf_error *err) {
    vfb_ji32(env, $self->n, &$self->kvp_work, minutes, "kvp_work_minutes", err);
  }
  /** Survey or population weights in 1/1000ths, one per client (checked
   *  by vf_weighted_total() when a month is computed). */
  void set_weights(JNIEnv *env, jlongArray thousandths, vf_error *err) {
    vfb_jmoney(env, $self, &$self->weight, thousandths, "weight", err);
  }
  /** Weighted total k of the last run (0 the weighted count of clients,
   *  1.. the money outputs in the order of vfb_jout's names), 1/1000 øre. */
  long long weighted_total(int k) { return k >= 0 && k < 9 ? (long long)$self->totals[k] : 0; }
  /** vf_batch_month for every client; with raise_errors the first failed
   *  client's error is thrown, else each client's status is left in the
   *  status columns. */
  void run(const vfb_ctx *ctx, int year, int month, int threads, int raise_errors, vf_error *err) {
    vf_batch_in in = VF_BATCH_IN_INIT;
    vf_batch_out out = VF_BATCH_OUT_INIT;
    size_t n = $self->n, w = (n + 1) * sizeof(int64_t);
    vfb_jbatch *b = $self;
    int k;
    vf_status s;
#define VFB_JGROW(p, size) do { free(p); p = malloc(size); if (!p) { vfb_fail(err, VF_E_NOMEM, "", "out of memory"); return; } } while (0)
    VFB_JGROW(b->status, n + 1);
    VFB_JGROW(b->household, n + 1);
    VFB_JGROW(b->rule80_applies, n + 1);
    VFB_JGROW(b->kvp_status, n + 1);
    VFB_JGROW(b->projected, n + 1);
    VFB_JGROW(b->norm, w);
    VFB_JGROW(b->housing_out, w);
    VFB_JGROW(b->income_out, w);
    VFB_JGROW(b->income_exempt, w);
    VFB_JGROW(b->ordinary, w);
    VFB_JGROW(b->rule80_supplement, w);
    VFB_JGROW(b->assistance, w);
    VFB_JGROW(b->kvp_benefit, w);
#undef VFB_JGROW
    in.n = n;
    in.birth = b->birth;
    in.civil_status = b->civil;
    in.trygd = b->trygd;
    for (k = 0; k < VF_FACT_COUNT; k++) in.fact[k] = b->fact[k];
    for (k = 0; k < VF_INC_KIND_COUNT; k++) in.income[k] = b->income[k];
    for (k = 0; k < VF_HOUSING_KIND_COUNT; k++) in.housing[k] = b->housing[k];
    in.child_start = b->child_start;
    in.child_birth = b->child_birth;
    in.kvp = b->kvp;
    in.kvp_work_minutes = b->kvp_work;
    out.status = b->status;
    out.household = b->household;
    out.norm = b->norm;
    out.housing = b->housing_out;
    out.income = b->income_out;
    out.income_exempt = b->income_exempt;
    out.ordinary = b->ordinary;
    out.rule80_applies = b->rule80_applies;
    out.rule80_supplement = b->rule80_supplement;
    out.assistance = b->assistance;
    out.kvp_benefit = b->kvp_benefit;
    out.projected = b->projected; /* costs nothing in a month without projected values */
    out.kvp_status = b->kvp_status;
    s = vf_batch_month(ctx, &in, year, month, &out, threads, err);
    vfb_check(s, err);
    if (s != VF_OK && !raise_errors) {
      size_t i;
      for (i = 0; i < n && !b->status[i] && !b->kvp_status[i]; i++) {}
      if (i < n) memset(err, 0, sizeof *err); /* row failures stay in the columns */
    }
    if (b->weight && !err->status) { /* over the clients computed, as Python's totals */
      const int64_t *mv[] = {b->norm, b->housing_out, b->income_out, b->income_exempt,
                             b->ordinary, b->rule80_supplement, b->assistance, b->kvp_benefit};
      vf_weighted_total(NULL, b->weight, b->status, n, &b->totals[0], NULL, err);
      for (k = 0; k < 8 && !err->status; k++)
        vf_weighted_total(mv[k], b->weight, b->status, n, &b->totals[1 + k], NULL, err);
    }
  }
  /** Copies output column `name` (status, household, rule80_applies, kvp_status,
   *  projected) into `out`. */
  void output_codes(JNIEnv *env, const char *name, jintArray out, vf_error *err) {
    const uint8_t *c = (const uint8_t *)vfb_jout($self, name, 0, err);
    jint *v;
    size_t i;
    if (!c || vfb_jlen(env, out, (long)$self->n, "out", err) < 0) return;
    v = malloc(($self->n + 1) * sizeof *v);
    if (!v) {
      vfb_fail(err, VF_E_NOMEM, "", "out of memory");
      return;
    }
    for (i = 0; i < $self->n; i++) v[i] = c[i];
    (*env)->SetIntArrayRegion(env, out, 0, (jsize)$self->n, v);
    free(v);
  }
  /** Copies money output column `name` (norm, housing, income, ..., assistance, kvp_benefit) into `out`. */
  void output_money(JNIEnv *env, const char *name, jlongArray out, vf_error *err) {
    const int64_t *m = (const int64_t *)vfb_jout($self, name, 1, err);
    if (!m || vfb_jlen(env, out, (long)$self->n, "out", err) < 0) return;
    (*env)->SetLongArrayRegion(env, out, 0, (jsize)$self->n, (const jlong *)m);
  }
}

%extend vfb_comparison {
  /** Copies the per-client columns (register order) into arrays of
   *  clientCount() elements: amounts in øre and the status codes. */
  void columns(JNIEnv *env, jlongArray baseline, jlongArray scenario, jlongArray difference,
               jintArray status, vf_error *err) {
    size_t n = vf_comparison_client_count($self), i;
    int64_t *b, *s, *d;
    uint8_t *st;
    jint *sv;
    if (vfb_jlen(env, baseline, (long)n, "baseline", err) < 0 ||
        vfb_jlen(env, scenario, (long)n, "scenario", err) < 0 ||
        vfb_jlen(env, difference, (long)n, "difference", err) < 0 ||
        vfb_jlen(env, status, (long)n, "status", err) < 0)
      return;
    b = malloc((n + 1) * 8);
    s = malloc((n + 1) * 8);
    d = malloc((n + 1) * 8);
    st = malloc(n + 1);
    sv = malloc((n + 1) * sizeof *sv);
    if (b && s && d && st && sv &&
        vf_comparison_columns($self, b, s, d, st, n, err) == VF_OK) {
      for (i = 0; i < n; i++) sv[i] = st[i];
      (*env)->SetLongArrayRegion(env, baseline, 0, (jsize)n, (const jlong *)b);
      (*env)->SetLongArrayRegion(env, scenario, 0, (jsize)n, (const jlong *)s);
      (*env)->SetLongArrayRegion(env, difference, 0, (jsize)n, (const jlong *)d);
      (*env)->SetIntArrayRegion(env, status, 0, (jsize)n, sv);
    } else if (!err->status) {
      vfb_fail(err, VF_E_NOMEM, "", "out of memory");
    }
    free(b); free(s); free(d); free(st); free(sv);
  }
  /** The totals with a weight per client (1/1000ths, register order) into
   *  out[9], each from vf_weighted_total() over the clients computed, in
   *  1/1000ths: clients, baseline, scenario, difference, gainers, losers,
   *  unchanged, gains, losses (the fields of vf_comparison_totals). */
  void weighted_totals_into(JNIEnv *env, jlongArray thousandths, jlongArray out, vf_error *err) {
    size_t n = vf_comparison_client_count($self), i;
    int64_t *w = NULL, *b, *s, *d, t[9] = {0};
    uint8_t *st = NULL, *up, *down, *same; /* nonzero: row not counted */
    if (vfb_jlen(env, thousandths, (long)n, "weight", err) < 0 ||
        vfb_jlen(env, out, 9, "out", err) < 0)
      return;
    w = malloc(4 * (n + 1) * sizeof *w);
    st = malloc(4 * (n + 1));
    if (!w || !st) {
      vfb_fail(err, VF_E_NOMEM, "", "out of memory");
      free(w); free(st);
      return;
    }
    b = w + (n + 1); s = b + (n + 1); d = s + (n + 1);
    up = st + (n + 1); down = up + (n + 1); same = down + (n + 1);
    (*env)->GetLongArrayRegion(env, thousandths, 0, (jsize)n, (jlong *)w);
    if (vf_comparison_columns($self, b, s, d, st, n, err) == VF_OK) {
      for (i = 0; i < n; i++) {
        up[i] = st[i] || d[i] <= 0;
        down[i] = st[i] || d[i] >= 0;
        same[i] = st[i] || d[i] != 0;
      }
      vf_weighted_total(NULL, w, st, n, &t[0], NULL, err);
      if (!err->status) vf_weighted_total(b, w, st, n, &t[1], NULL, err);
      if (!err->status) vf_weighted_total(s, w, st, n, &t[2], NULL, err);
      if (!err->status) vf_weighted_total(d, w, st, n, &t[3], NULL, err);
      if (!err->status) vf_weighted_total(NULL, w, up, n, &t[4], NULL, err);
      if (!err->status) vf_weighted_total(NULL, w, down, n, &t[5], NULL, err);
      if (!err->status) vf_weighted_total(NULL, w, same, n, &t[6], NULL, err);
      if (!err->status) vf_weighted_total(d, w, up, n, &t[7], NULL, err);
      if (!err->status) vf_weighted_total(d, w, down, n, &t[8], NULL, err); /* ≤ 0 */
      if (!err->status && t[8] == INT64_MIN)
        vfb_fail(err, VF_E_OVERFLOW, "weight", "the weighted losses overflow");
      if (!err->status) {
        t[8] = -t[8]; /* losses as a positive amount, as vf_comparison_totals */
        (*env)->SetLongArrayRegion(env, out, 0, 9, (const jlong *)t);
      }
    }
    free(w); free(st);
  }
}
