/* Python only: ClientArray and column access for batch work (support.i has
 * the buffer typemaps and field accessors). */

/* ---- ClientArray: clients held in one C array for batch work ---- */

%rename(ClientArray) vfb_clients;
%nodefaultctor vfb_clients;
typedef struct {} vfb_clients;
%extend vfb_clients {
  /** `n` empty clients. */
  vfb_clients(size_t n, vf_error *err) {
    vfb_clients *a = calloc(1, sizeof *a);
    size_t i;
    if (a) a->items = calloc(n ? n : 1, sizeof *a->items);
    if (!a || !a->items) {
      free(a);
      vfb_fail(err, VF_E_NOMEM, "", "out of memory");
      return NULL;
    }
    for (a->n = 0; a->n < n; a->n++) {
      if (vf_client_new(&a->items[a->n], err) != VF_OK) {
        vfb_check(VF_E_NOMEM, err);
        vfb_clients_free(a);
        return NULL;
      }
    }
    (void)i;
    return a;
  }
  ~vfb_clients() { vfb_clients_free($self); }
  size_t size() { return $self->n; }
  /** A copy of client `index`. */
  %newobject get;
  vfb_client *get(size_t index, vf_error *err) {
    vf_client *copy = NULL;
    if (index >= $self->n) {
      vfb_fail(err, VF_E_RANGE, "index", "client index out of range");
      return NULL;
    }
    vfb_check(vf_client_clone(&copy, $self->items[index], err), err);
    return copy;
  }
  /** Sets every client's id from a sequence of str (loop in C). */
  void set_ids(PyObject *ids, vf_error *err) {
    PyObject *seq = PySequence_Fast(ids, "ids must be a sequence of str");
    size_t i;
    if (!seq) { vfb_fail(err, VF_E_INVALID_ARG, "id", "ids must be a sequence of str"); PyErr_Clear(); return; }
    if (vfb_length(err, (size_t)PySequence_Fast_GET_SIZE(seq), $self->n)) {
      for (i = 0; i < $self->n; i++) {
        const char *s = PyUnicode_Check(PySequence_Fast_GET_ITEM(seq, i))
                            ? PyUnicode_AsUTF8(PySequence_Fast_GET_ITEM(seq, i)) : NULL;
        if (!s) {
          PyErr_Clear();
          vfb_fail(err, VF_E_INVALID_ARG, "id", "id is not a str");
          vfb_at_row(err, i);
          break;
        }
        if (vf_client_set_id($self->items[i], s, err) != VF_OK) { vfb_at_row(err, i); break; }
      }
    }
    Py_DECREF(seq);
  }
  PyObject *ids() { return vfb_ids((const vf_client *const *)$self->items, $self->n); }
  /** Sets one field of every client from a column (see VFB_F_*). */
  void set_column(int field, int sub, vfb_i64 values, vf_error *err) {
    size_t i;
    if (!vfb_length(err, values.n, $self->n)) return;
    for (i = 0; i < $self->n; i++)
      if (vfb_field_set($self->items[i], field, sub, values.p[i], err) != VF_OK) {
        vfb_at_row(err, i);
        return;
      }
  }
  /** Adds children: child k belongs to client rows[k], born births[k] (YYYYMMDD). */
  void add_children(vfb_i64 rows, vfb_i32 births, vf_error *err) {
    size_t k;
    if (rows.n != births.n) {
      vfb_fail(err, VF_E_INVALID_ARG, "length", "rows and births differ in length");
      return;
    }
    for (k = 0; k < rows.n; k++) {
      if (rows.p[k] < 0 || (uint64_t)rows.p[k] >= $self->n) {
        vfb_fail(err, VF_E_RANGE, "row", "child's client row out of range");
        vfb_at_row(err, k);
        return;
      }
      if (vf_client_add_child($self->items[rows.p[k]], vfb_date(births.p[k]), err) != VF_OK) {
        vfb_at_row(err, (size_t)rows.p[k]);
        return;
      }
    }
  }
  /** Reads one field of every client into a column. */
  void column(int field, int sub, vfb_i64 out, vf_error *err) {
    size_t i;
    if (!vfb_length(err, out.n, $self->n)) return;
    for (i = 0; i < $self->n; i++) out.p[i] = vfb_field_get($self->items[i], field, sub);
  }
  /** Every child's birth date (YYYYMMDD), in client order. */
  void children(vfb_i32 out, vf_error *err) {
    vfb_children(vfb_array_at, $self, $self->n, out, err);
  }
}

%extend vfb_register {
  /** Copies every client of the register into a new ClientArray. */
  %newobject client_array;
  vfb_clients *client_array(vf_error *err) {
    size_t n = vf_register_client_count($self), i;
    vfb_clients *a = calloc(1, sizeof *a);
    if (a) a->items = calloc(n ? n : 1, sizeof *a->items);
    if (!a || !a->items) {
      free(a);
      vfb_fail(err, VF_E_NOMEM, "", "out of memory");
      return NULL;
    }
    for (i = 0; i < n; i++, a->n++)
      if (vf_client_clone(&a->items[i], vf_register_client($self, i), err) != VF_OK) {
        vfb_check(VF_E_NOMEM, err);
        vfb_clients_free(a);
        return NULL;
      }
    return a;
  }
  PyObject *client_ids() {
    size_t n = vf_register_client_count($self), i;
    PyObject *list = PyList_New((Py_ssize_t)n);
    if (!list) return NULL;
    for (i = 0; i < n; i++) {
      PyObject *s = PyUnicode_FromString(vf_client_id(vf_register_client($self, i)));
      if (!s) { Py_DECREF(list); return NULL; }
      PyList_SET_ITEM(list, (Py_ssize_t)i, s);
    }
    return list;
  }
  /** Reads one field of every client into a column. */
  void client_column(int field, int sub, vfb_i64 out, vf_error *err) {
    size_t i, n = vf_register_client_count($self);
    if (!vfb_length(err, out.n, n)) return;
    for (i = 0; i < n; i++) out.p[i] = vfb_field_get(vf_register_client($self, i), field, sub);
  }
  /** Every client's children's birth dates (YYYYMMDD), in client order. */
  void client_children(vfb_i32 out, vf_error *err) {
    vfb_children(vfb_register_at, $self, vf_register_client_count($self), out, err);
  }
  /** Payments as columns: client index, year, month, gross, refunded, kind. */
  void payment_columns(vfb_i64 client, vfb_i64 year, vfb_i64 month, vfb_i64 gross,
                       vfb_i64 refunded, vfb_i64 kind, vf_error *err) {
    size_t i, n = vf_register_payment_count($self);
    if (!vfb_length(err, client.n, n) || !vfb_length(err, year.n, n) ||
        !vfb_length(err, month.n, n) || !vfb_length(err, gross.n, n) ||
        !vfb_length(err, refunded.n, n) || !vfb_length(err, kind.n, n))
      return;
    for (i = 0; i < n; i++) {
      vf_payment p;
      if (vf_register_payment($self, i, &p, err) != VF_OK) return;
      client.p[i] = (int64_t)p.client;
      year.p[i] = p.year;
      month.p[i] = p.month;
      gross.p[i] = p.gross;
      refunded.p[i] = p.refunded;
      kind.p[i] = p.kind;
    }
  }
  /** Adds one client per row of `clients` (copies). */
  void add_clients(const vfb_clients *clients, vf_error *err) {
    size_t i;
    for (i = 0; i < clients->n; i++)
      if (vf_register_add_client($self, clients->items[i], NULL, err) != VF_OK) {
        vfb_at_row(err, i);
        return;
      }
  }
}

/* ---- rules over many clients ---- */
%inline %{
/** vf_batch_month on numpy columns (no copy): `in_cols` and `out_cols` are
 *  dicts of arrays named as in vf_batch_in / vf_batch_out (fact0..fact5,
 *  income0..income7, housing0..housing2). The GIL is released during the
 *  computation. With raise_errors 0 a per-client failure is left in the
 *  status column only. */
static void batch_month(const vfb_ctx *ctx, PyObject *in_cols, size_t n, int year, int month,
                        PyObject *out_cols, int threads, int raise_errors, vf_error *err) {
  vf_batch_in in = VF_BATCH_IN_INIT;
  vf_batch_out out = VF_BATCH_OUT_INIT;
  vfb_views vs;
  char key[32];
  int i, bad = 0;
  vf_status s;
  vs.count = 0;
  if (!PyDict_Check(in_cols) || !PyDict_Check(out_cols)) {
    vfb_fail(err, VF_E_INVALID_ARG, "columns", "columns must be dicts of arrays");
    return;
  }
  in.n = n;
  bad |= vfb_column(in_cols, "birth", VFB_I32, 0, n, &vs, (void **)&in.birth, err);
  bad |= !bad && vfb_column(in_cols, "civil_status", VFB_U8, 0, n, &vs, (void **)&in.civil_status, err);
  bad |= !bad && vfb_column(in_cols, "trygd", VFB_U8, 0, n, &vs, (void **)&in.trygd, err);
  for (i = 0; i < VF_FACT_COUNT && !bad; i++) {
    snprintf(key, sizeof key, "fact%d", i);
    bad |= vfb_column(in_cols, key, VFB_U8, 0, n, &vs, (void **)&in.fact[i], err);
  }
  for (i = 0; i < VF_INC_KIND_COUNT && !bad; i++) {
    snprintf(key, sizeof key, "income%d", i);
    bad |= vfb_column(in_cols, key, VFB_I64, 0, n, &vs, (void **)&in.income[i], err);
  }
  for (i = 0; i < VF_HOUSING_KIND_COUNT && !bad; i++) {
    snprintf(key, sizeof key, "housing%d", i);
    bad |= vfb_column(in_cols, key, VFB_I64, 0, n, &vs, (void **)&in.housing[i], err);
  }
  bad |= !bad && vfb_column(in_cols, "child_start", VFB_U32, 0, n + 1, &vs, (void **)&in.child_start, err);
  if (!bad && in.child_start) {
    PyObject *cb = PyDict_GetItemString(in_cols, "child_birth");
    size_t nb = in.child_start[n];
    (void)cb;
    bad |= vfb_column(in_cols, "child_birth", VFB_I32, 0, nb, &vs, (void **)&in.child_birth, err);
  }
  bad |= !bad && vfb_column(in_cols, "kvp", VFB_U8, 0, n, &vs, (void **)&in.kvp, err);
  bad |= !bad && vfb_column(in_cols, "kvp_work_minutes", VFB_I32, 0, n, &vs, (void **)&in.kvp_work_minutes, err);
  bad |= !bad && vfb_column(out_cols, "status", VFB_U8, 1, n, &vs, (void **)&out.status, err);
  bad |= !bad && vfb_column(out_cols, "household", VFB_U8, 1, n, &vs, (void **)&out.household, err);
  bad |= !bad && vfb_column(out_cols, "norm", VFB_I64, 1, n, &vs, (void **)&out.norm, err);
  bad |= !bad && vfb_column(out_cols, "housing", VFB_I64, 1, n, &vs, (void **)&out.housing, err);
  bad |= !bad && vfb_column(out_cols, "income", VFB_I64, 1, n, &vs, (void **)&out.income, err);
  bad |= !bad && vfb_column(out_cols, "income_exempt", VFB_I64, 1, n, &vs, (void **)&out.income_exempt, err);
  bad |= !bad && vfb_column(out_cols, "ordinary", VFB_I64, 1, n, &vs, (void **)&out.ordinary, err);
  bad |= !bad && vfb_column(out_cols, "rule80_applies", VFB_U8, 1, n, &vs, (void **)&out.rule80_applies, err);
  bad |= !bad && vfb_column(out_cols, "rule80_supplement", VFB_I64, 1, n, &vs, (void **)&out.rule80_supplement, err);
  bad |= !bad && vfb_column(out_cols, "assistance", VFB_I64, 1, n, &vs, (void **)&out.assistance, err);
  bad |= !bad && vfb_column(out_cols, "kvp_benefit", VFB_I64, 1, n, &vs, (void **)&out.kvp_benefit, err);
  bad |= !bad && vfb_column(out_cols, "kvp_status", VFB_U8, 1, n, &vs, (void **)&out.kvp_status, err);
  bad |= !bad && vfb_column(out_cols, "projected", VFB_U8, 1, n, &vs, (void **)&out.projected, err);
  if (!bad) {
    Py_BEGIN_ALLOW_THREADS
    s = vf_batch_month(ctx, &in, year, month, &out, threads, err);
    Py_END_ALLOW_THREADS
    vfb_check(s, err);
    if (s != VF_OK && raise_errors == 0 && out.status) memset(err, 0, sizeof *err);
  }
  vfb_views_release(&vs);
}
%}

%extend vfb_clients {
  /** vf_assistance_month for every client, the loop in C: `out_cols` is a
   *  dict of int64 arrays named as the vf_assistance_result members, plus
   *  "status". A failed client gets its status and zeros; the first failure
   *  is raised unless raise_errors is 0. */
  void assistance_month(const vfb_ctx *ctx, int year, int month, PyObject *out_cols,
                        int raise_errors, vf_error *err) {
    static const char *const names[] = {"status", "household", "children", "norm_adults",
      "norm_children", "norm", "rent", "rent_cap", "rent_allowed", "electricity",
      "other_housing", "housing", "income", "income_exempt", "ordinary", "rule80_enabled",
      "rule80_applies", "rule80_level", "rule80_minimum", "rule80_supplement", "assistance",
      "projected"};
    enum { NCOL = sizeof names / sizeof names[0] };
    int64_t *col[NCOL];
    vfb_views vs;
    size_t i;
    int k, bad = 0;
    vf_error first;
    memset(&first, 0, sizeof first);
    vs.count = 0;
    if (!PyDict_Check(out_cols)) {
      vfb_fail(err, VF_E_INVALID_ARG, "columns", "out_cols must be a dict of arrays");
      return;
    }
    for (k = 0; k < NCOL && !bad; k++)
      bad |= vfb_column(out_cols, names[k], VFB_I64, 1, $self->n, &vs, (void **)&col[k], err);
    if (!bad) {
      Py_BEGIN_ALLOW_THREADS
      for (i = 0; i < $self->n; i++) {
        vf_assistance_result r;
        vf_error e;
        vf_status s = vf_assistance_month(ctx, $self->items[i], year, month, &r, NULL, &e);
        int64_t v[NCOL];
        if (s != VF_OK) {
          memset(&r, 0, sizeof r);
          if (first.status == VF_OK) {
            first = e;
            first.status = s;
            vfb_at_row(&first, i);
          }
        }
        v[0] = s; v[1] = r.household; v[2] = (int64_t)r.children; v[3] = r.norm_adults;
        v[4] = r.norm_children; v[5] = r.norm; v[6] = r.rent; v[7] = r.rent_cap;
        v[8] = r.rent_allowed; v[9] = r.electricity; v[10] = r.other_housing; v[11] = r.housing;
        v[12] = r.income; v[13] = r.income_exempt; v[14] = r.ordinary; v[15] = r.rule80_enabled;
        v[16] = r.rule80_applies; v[17] = r.rule80_level; v[18] = r.rule80_minimum;
        v[19] = r.rule80_supplement; v[20] = r.assistance; v[21] = r.projected;
        for (k = 0; k < NCOL; k++)
          if (col[k]) col[k][i] = v[k];
      }
      Py_END_ALLOW_THREADS
      if (first.status != VF_OK && raise_errors) *err = first;
    }
    vfb_views_release(&vs);
  }
}

/* ---- dates and children of a DataFrame (Context.calculate) ---- */
%{
/* A read-only C-contiguous int64 buffer (pandas may hand out read-only arrays). */
typedef struct vfb_ci64 { const int64_t *p; size_t n; } vfb_ci64;
%}
VFB_BUFFER(vfb_ci64, int64_t, 0)
%inline %{
/** Whole days since 1970 of `v` (datetime64 counts, per_day to a day, viewed
 *  as int64) into `out` (int32), in one pass without temporaries: -1 when
 *  every value is a whole number of days within int32, else the first row
 *  that is not (or NaT), which the caller then explains. The common units
 *  (ns, us) divide by a constant, which the compiler turns into a multiply. */
static long long whole_days(vfb_ci64 v, vfb_i32 out, long long per_day) {
  size_t i;
  if (out.n != v.n || per_day <= 0) return 0;
#define VFB_DAYS(PER)                                                        \
  for (i = 0; i < v.n; i++) {                                                \
    int64_t x = v.p[i], d = x / (PER);                                       \
    if (d * (PER) != x || d < INT32_MIN || d > INT32_MAX) return (long long)i; \
    out.p[i] = (int32_t)d;                                                   \
  }
  if (per_day == 86400000000000LL) { VFB_DAYS(86400000000000LL) }
  else if (per_day == 86400000000LL) { VFB_DAYS(86400000000LL) }
  else { VFB_DAYS(per_day) }
#undef VFB_DAYS
  return -1;
}

/** child_start (n + 1 offsets into `start`, int32 view of uint32) from the
 *  sorted parent rows `pos` of the children, in one pass: 0, or -1 when pos
 *  is not sorted within 0..n-1 (the caller checked; this is a guard). */
static int child_start(vfb_ci64 pos, vfb_i32 start) {
  /* Counted, then summed, a block of rows at a time while it is in the
   * cache; no branch depends on the data (a loop that walked rows and
   * children together mispredicted at every parent and was 3x slower). */
  enum { BLOCK = 1 << 14 };
  size_t n = start.n ? start.n - 1 : 0, k = 0, i0, i, end;
  int32_t run = 0;
  if (!start.n || pos.n > (size_t)INT32_MAX) return -1;
  start.p[0] = 0;
  for (i0 = 0; i0 < n; i0 = end) {
    end = i0 + BLOCK < n ? i0 + BLOCK : n;
    memset(start.p + i0 + 1, 0, (end - i0) * sizeof *start.p);
    for (; k < pos.n && pos.p[k] < (int64_t)end; k++) {
      if (pos.p[k] < (int64_t)i0 || (k && pos.p[k] < pos.p[k - 1])) return -1; /* unsorted */
      start.p[pos.p[k] + 1]++;
    }
    for (i = i0 + 1; i <= end; i++) start.p[i] = run += start.p[i];
  }
  return k == pos.n ? 0 : -1;
}
%}
