/* What-if comparisons (velferd/scenario.h): a Comparison class over the
 * vf_comparison handle. The totals struct is copied out by value; client rows
 * are read by index (their id strings are borrowed from the comparison, so no
 * row struct is handed out). Python additionally gets the per-client columns
 * written into int64 buffers (numpy arrays) and the ids as a list, in C loops. */

%ignore vf_compare_options;
%ignore vf_compare_rule;
%ignore vf_comparison_row;
%ignore vf_comparison_info;
%ignore VF_DIM_COUNT;
%rename(ComparisonTotals) vf_comparison_totals;
%nodefaultctor vf_comparison_totals;
%immutable;
%include "velferd/scenario.h"
%mutable;

%{
typedef struct vf_comparison vfb_comparison;

static vfb_comparison *vfb_compare(const vfb_register *reg, const vfb_ctx *baseline,
                                   const vfb_ctx *scenario, int year, int month, int threads,
                                   size_t largest, int rule, vf_error *err) {
  vf_comparison *c = NULL;
  vf_compare_options o = VF_COMPARE_OPTIONS_INIT;
  o.threads = threads;
  o.largest = largest;
  o.rule = (vf_compare_rule)rule;
  vfb_check(month ? vf_compare_month(&c, reg, baseline, scenario, year, month, &o, err)
                  : vf_compare_year(&c, reg, baseline, scenario, year, &o, err), err);
  return c;
}
static const char *vfb_compare_dim_name(int dim) { return vf_compare_dim_name((vf_compare_dim)dim); }
static size_t vfb_compare_group_count(int dim) { return vf_compare_group_count((vf_compare_dim)dim); }
static const char *vfb_compare_group_name(int dim, size_t index) {
  return vf_compare_group_name((vf_compare_dim)dim, index);
}
%}

%rename(compare) vfb_compare;
%rename(compare_dim_name) vfb_compare_dim_name;
%rename(compare_group_count) vfb_compare_group_count;
%rename(compare_group_name) vfb_compare_group_name;
/** A new Comparison of baseline and scenario over the register's clients,
 *  for month `month` of `year`, or the whole year when `month` is 0; `rule`
 *  is a vf_compare_rule (0 assistance, 1 qualification benefit). */
%newobject vfb_compare;
vfb_comparison *vfb_compare(const vfb_register *reg, const vfb_ctx *baseline,
                            const vfb_ctx *scenario, int year, int month, int threads,
                            size_t largest, int rule, vf_error *err);
const char *vfb_compare_dim_name(int dim);
size_t vfb_compare_group_count(int dim);
const char *vfb_compare_group_name(int dim, size_t index);

%rename(Comparison) vfb_comparison;
%nodefaultctor vfb_comparison;
typedef struct {} vfb_comparison;
%extend vfb_comparison {
  ~vfb_comparison() { vf_comparison_free($self); }
  vf_comparison_totals totals(vf_error *err) {
    vf_comparison_totals t;
    memset(&t, 0, sizeof t);
    vfb_check(vf_comparison_get_totals($self, &t, err), err);
    return t;
  }
  vf_comparison_totals group(int dim, size_t index, vf_error *err) {
    vf_comparison_totals t;
    memset(&t, 0, sizeof t);
    vfb_check(vf_comparison_get_group($self, (vf_compare_dim)dim, index, &t, err), err);
    return t;
  }
  size_t client_count() { return vf_comparison_client_count($self); }
  size_t failed_count() { return vf_comparison_failed_count($self); }
  /** Message of the first failure, "" if none. */
  const char *first_error() {
    const vf_error *e = vf_comparison_first_error($self);
    return e ? e->message : "";
  }
  size_t loss_count() { return vf_comparison_loss_count($self); }
  /** Register index of the client with largest loss `rank`. */
  size_t loss_index(size_t rank, vf_error *err) {
    vf_comparison_row r;
    memset(&r, 0, sizeof r);
    vfb_check(vf_comparison_get_loss($self, rank, &r, err), err);
    return r.index;
  }
  const char *client_id(size_t index, vf_error *err) {
    vf_comparison_row r;
    vfb_check(vf_comparison_get_row($self, index, &r, err), err);
    if (err->status) return "";
    return r.id;
  }
  int client_status(size_t index, vf_error *err) {
    vf_comparison_row r;
    vfb_check(vf_comparison_get_row($self, index, &r, err), err);
    if (err->status) return 0;
    return (int)r.status;
  }
  vf_money client_baseline(size_t index, vf_error *err) {
    vf_comparison_row r;
    vfb_check(vf_comparison_get_row($self, index, &r, err), err);
    if (err->status) return 0;
    return r.baseline;
  }
  vf_money client_scenario(size_t index, vf_error *err) {
    vf_comparison_row r;
    vfb_check(vf_comparison_get_row($self, index, &r, err), err);
    if (err->status) return 0;
    return r.scenario;
  }
  const char *period() { vf_comparison_info i; vf_comparison_get_info($self, &i, NULL); return i.period; }
  const char *library_version() { vf_comparison_info i; vf_comparison_get_info($self, &i, NULL); return i.library_version; }
  const char *rules() { vf_comparison_info i; vf_comparison_get_info($self, &i, NULL); return i.rules; }
  const char *baseline_profile() { vf_comparison_info i; vf_comparison_get_info($self, &i, NULL); return i.baseline_profile; }
  const char *baseline_params_id() { vf_comparison_info i; vf_comparison_get_info($self, &i, NULL); return i.baseline_params_id; }
  const char *scenario_profile() { vf_comparison_info i; vf_comparison_get_info($self, &i, NULL); return i.scenario_profile; }
  const char *scenario_params_id() { vf_comparison_info i; vf_comparison_get_info($self, &i, NULL); return i.scenario_params_id; }
  size_t baseline_projected() { vf_comparison_info i; vf_comparison_get_info($self, &i, NULL); return i.baseline_projected; }
  size_t scenario_projected() { vf_comparison_info i; vf_comparison_get_info($self, &i, NULL); return i.scenario_projected; }
#ifdef SWIGPYTHON
  /** Writes the baseline, scenario and status columns into int64 buffers of
   *  client_count() elements each. */
  void columns(vfb_i64 baseline, vfb_i64 scenario, vfb_i64 status, vf_error *err) {
    size_t n = vf_comparison_client_count($self), i;
    uint8_t *st;
    if (!vfb_length(err, baseline.n, n) || !vfb_length(err, scenario.n, n) ||
        !vfb_length(err, status.n, n))
      return;
    st = malloc(n ? n : 1);
    if (!st) {
      vfb_fail(err, VF_E_NOMEM, "", "out of memory");
      return;
    }
    vfb_check(vf_comparison_columns($self, baseline.p, scenario.p, NULL, st, n, err), err);
    if (err->status == VF_OK)
      for (i = 0; i < n; i++) status.p[i] = st[i];
    free(st);
  }
  /** Every client id, in register order. */
  PyObject *client_ids() {
    size_t n = vf_comparison_client_count($self), i;
    PyObject *list = PyList_New((Py_ssize_t)n);
    vf_comparison_row r;
    if (!list) return NULL;
    for (i = 0; i < n; i++) {
      PyObject *s;
      vf_comparison_get_row($self, i, &r, NULL);
      s = PyUnicode_FromString(r.id);
      if (!s) {
        Py_DECREF(list);
        return NULL;
      }
      PyList_SET_ITEM(list, (Py_ssize_t)i, s);
    }
    return list;
  }
#endif
}
