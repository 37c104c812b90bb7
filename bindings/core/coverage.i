/* Coverage (coverage.h): what the context's parameters cover, as rows with
 * owned strings (the report lends its strings). Uses vfb_dup from rules.i. */
%{
typedef struct vfb_cov_row {
  char *kind;    /* "parameter" or "rule" */
  char *name;
  vfb_ymd_t start;
  vfb_ymd_t to;  /* 0: open-ended */
  int known;     /* parameter: enacted; rule: computable */
  int headline;  /* rule: counts in the date until which all can be computed */
  char *reason;
} vfb_cov_row;
typedef struct vf_coverage vfb_coverage;
%}
%rename(CoverageRow) vfb_cov_row;
%rename(Coverage) vfb_coverage;
%nodefaultctor vfb_cov_row;
%immutable;
typedef struct vfb_cov_row {
  char *kind;
  char *name;
  vfb_ymd_t start;
  vfb_ymd_t to;
  int known;
  int headline;
  char *reason;
} vfb_cov_row;
%mutable;
%extend vfb_cov_row {
  ~vfb_cov_row() { free($self->kind); free($self->name); free($self->reason); free($self); }
}
%nodefaultctor vfb_coverage;
%newobject vfb_coverage::row;
typedef struct {} vfb_coverage;
%extend vfb_coverage {
  /** What the context's parameters cover (vf_coverage_new()). */
  vfb_coverage(const vfb_ctx *ctx, vf_error *err) {
    vf_coverage *c = NULL;
    vfb_check(vf_coverage_new(&c, ctx, err), err);
    return c;
  }
  ~vfb_coverage() { vf_coverage_free($self); }
  /** Rows: every rule's periods, then every parameter's (in name order). */
  size_t row_count() {
    size_t n = 0;
    for (size_t i = 0; i < vf_coverage_rule_count($self); i++) {
      vf_coverage_rule r;
      if (!vf_coverage_get_rule($self, i, &r, NULL)) n += r.period_count;
    }
    for (size_t i = 0; i < vf_coverage_param_count($self); i++)
      n += vf_coverage_param_period_count($self, i);
    return n;
  }
  vfb_cov_row *row(size_t index, vf_error *err) {
    vf_coverage_period p;
    const char *kind = "rule", *name = NULL;
    int headline = 0, found = 0;
    for (size_t i = 0; i < vf_coverage_rule_count($self) && !found; i++) {
      vf_coverage_rule r;
      if (vf_coverage_get_rule($self, i, &r, err)) { vfb_check(err->status, err); return NULL; }
      if (index < r.period_count) {
        if (vf_coverage_rule_period($self, i, index, &p, err)) { vfb_check(err->status, err); return NULL; }
        name = r.name;
        headline = r.headline;
        found = 1;
      } else {
        index -= r.period_count;
      }
    }
    for (size_t i = 0; i < vf_coverage_param_count($self) && !found; i++) {
      size_t n = vf_coverage_param_period_count($self, i);
      if (index < n) {
        if (vf_coverage_param_period($self, i, index, &p, err)) { vfb_check(err->status, err); return NULL; }
        kind = "parameter";
        name = vf_coverage_param_name($self, i);
        found = 1;
      } else {
        index -= n;
      }
    }
    if (!found) {
      vfb_fail(err, VF_E_RANGE, "index", "coverage row out of range");
      return NULL;
    }
    vfb_cov_row *o = calloc(1, sizeof *o);
    int oom = !o;
    if (o) {
      o->kind = vfb_dup(kind, &oom);
      o->name = vfb_dup(name, &oom);
      o->reason = vfb_dup(p.reason, &oom);
      o->start = vfb_ymd(p.from);
      o->to = p.to.year ? vfb_ymd(p.to) : 0;
      o->known = p.known;
      o->headline = headline;
    }
    if (oom) vfb_fail(err, VF_E_NOMEM, "", "out of memory");
    return o; /* freed by the wrapper even on failure */
  }
  /** The last date every headline rule can be computed from enacted values
   *  (0: open-ended). */
  vfb_ymd_t all_until(vf_error *err) {
    vf_date d = {0, 0, 0};
    vfb_check(vf_coverage_all_until($self, &d, err), err);
    return d.year ? vfb_ymd(d) : 0;
  }
}

