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
