/* Indicators (indicators.h) and synthetic registers (synth.h). Values and
 * table rows hold no borrowed pointers (a row's code is a static string), so
 * they are returned by value. */

%rename(Indicators) vfb_indicators;

%{
typedef struct vf_indicators vfb_indicators;
%}

%nodefaultctor vfb_indicators;
%newobject vfb_indicators::render;
%newobject vfb_indicators::change;
typedef struct {} vfb_indicators;
%extend vfb_indicators {
  /** Every indicator and table of `year` from `reg`. Options as in
   *  vf_indicator_options (suppress_below 0 switches suppression off;
   *  weighted 1 weights by the register's client weights). */
  vfb_indicators(const vfb_register *reg, int year, int suppress_below, int point_month,
                 int rate_age_from, int rate_age_to, int weighted, vf_error *err) {
    vf_indicator_options o;
    vf_indicators *ind = NULL;
    vf_indicator_options_init(&o);
    o.suppress_below = suppress_below;
    o.point_month = point_month;
    o.rate_age_from = rate_age_from;
    o.rate_age_to = rate_age_to;
    o.weighted = weighted;
    vfb_check(vf_indicators_compute(reg, year, &o, &ind, err), err);
    return ind;
  }
  ~vfb_indicators() { vf_indicators_free($self); }
  int year() { return vf_indicators_year($self); }
  size_t records_used() { return vf_indicators_records_used($self); }
  vf_indicator_value value(vf_indicator which, vf_error *err) {
    vf_indicator_value v;
    memset(&v, 0, sizeof v);
    vfb_check(vf_indicators_value($self, which, &v, err), err);
    return v;
  }
  vf_indicator_value rate(int age_from, int age_to, vf_error *err) {
    vf_indicator_value v;
    memset(&v, 0, sizeof v);
    vfb_check(vf_indicators_rate($self, age_from, age_to, &v, err), err);
    return v;
  }
  size_t table_rows(vf_indicator_table table) { return vf_indicators_table_rows($self, table); }
  vf_table_row table_row(vf_indicator_table table, size_t index, vf_error *err) {
    vf_table_row r;
    memset(&r, 0, sizeof r);
    r.code = "";
    vfb_check(vf_indicators_table_row($self, table, index, &r, err), err);
    return r;
  }
  int64_t table_total(vf_indicator_table table) { return vf_indicators_table_total($self, table); }
  size_t suppressed_count() { return vf_indicators_suppressed_count($self); }
  /** Every indicator and table as text, CSV, JSON or Markdown. */
  char *render(vf_output_format format, vf_error *err) {
    char *text = NULL, *copy = NULL;
    size_t len = 0;
    if (vf_indicators_render($self, format, &text, &len, err) != VF_OK) {
      vfb_check(err->status, err);
      return NULL;
    }
    copy = malloc(len + 1);
    if (copy) memcpy(copy, text, len + 1);
    else vfb_fail(err, VF_E_NOMEM, "", "out of memory");
    vf_indicators_text_free(text);
    return copy;
  }
  void write(vf_output_format format, const char *path, vf_error *err) {
    vfb_check(vf_indicators_write($self, format, path, err), err);
  }
  /* Report-style tables (issue 20). */
  int64_t table_denominator(vf_indicator_table table) {
    return vf_indicators_table_denominator($self, table);
  }
  int table_excludes_unknown(vf_indicator_table table) {
    return vf_indicators_table_excludes_unknown($self, table);
  }
  size_t payment_rows(vf_payment_table table) { return vf_indicators_payment_rows($self, table); }
  vf_payment_row payment_row(vf_payment_table table, size_t index, vf_error *err) {
    vf_payment_row r;
    memset(&r, 0, sizeof r);
    r.code = "";
    vfb_check(vf_indicators_payment_row($self, table, index, &r, err), err);
    return r;
  }
  vf_indicator_value duration_income(size_t income_row, vf_duration_band band, vf_error *err) {
    vf_indicator_value v;
    memset(&v, 0, sizeof v);
    vfb_check(vf_indicators_duration_income($self, income_row, band, &v, err), err);
    return v;
  }
  /* Case content: what form 11F records beyond the counts (issue 20). */
  int has_content() { return vf_indicators_has_content($self); }
  size_t content_rows(vf_content_table table) { return vf_indicators_content_rows($self, table); }
  vf_table_row content_row(vf_content_table table, size_t index, vf_error *err) {
    vf_table_row r;
    memset(&r, 0, sizeof r);
    r.code = "";
    vfb_check(vf_indicators_content_row($self, table, index, &r, err), err);
    return r;
  }
  int64_t content_total(vf_content_table table) { return vf_indicators_content_total($self, table); }
}

%newobject indicator_value_format;
%newobject synth_register;
%newobject indicators_compute_ex;
%immutable;
%inline %{
/** Published form of a value ("7022", "45.3", "." suppressed, ".." undefined). */
static char *indicator_value_format(const vf_indicator_value *v) {
  char *buf = malloc(64);
  if (buf) vf_indicator_value_format(v, buf, 64);
  return buf;
}
/** Year-on-year change of indicator `which` between two results. */
static vf_indicator_change indicators_change(const vfb_indicators *before,
                                             const vfb_indicators *after, vf_indicator which,
                                             vf_error *err) {
  vf_indicator_change c;
  memset(&c, 0, sizeof c);
  vfb_check(vf_indicators_change(before, after, which, &c, err), err);
  return c;
}
static const char *indicator_name(vf_indicator which) { return vf_indicator_name(which); }
static const char *indicator_label(vf_indicator which) { return vf_indicator_label(which); }
static const char *indicator_table_name(vf_indicator_table t) { return vf_indicator_table_name(t); }
static const char *payment_table_name(vf_payment_table t) { return vf_payment_table_name(t); }
static const char *duration_band_name(vf_duration_band b) { return vf_duration_band_name(b); }
static const char *content_table_name(vf_content_table t) { return vf_content_table_name(t); }
/** As the Indicators constructor, with unknowns left out of percentage
 *  denominators when exclude_unknown is 1. */
static vfb_indicators *indicators_compute_ex(const vfb_register *reg, int year,
                                             int suppress_below, int point_month,
                                             int rate_age_from, int rate_age_to,
                                             int exclude_unknown, int weighted, vf_error *err) {
  vf_indicator_options o;
  vf_indicators *ind = NULL;
  vf_indicator_options_init(&o);
  o.suppress_below = suppress_below;
  o.point_month = point_month;
  o.rate_age_from = rate_age_from;
  o.rate_age_to = rate_age_to;
  o.exclude_unknown = exclude_unknown;
  o.weighted = weighted;
  vfb_check(vf_indicators_compute(reg, year, &o, &ind, err), err);
  return ind;
}

/** A deterministic synthetic register (synth.h). */
static vfb_register *synth_register(const char *profile, size_t persons, uint64_t seed, int year,
                                    vf_error *err) {
  vf_register *r = NULL;
  vfb_check(vf_synth_register(profile, persons, seed, year, &r, err), err);
  return r;
}
static size_t synth_profile_count(void) { return vf_synth_profile_count(); }
static const char *synth_profile_name(size_t index) { return vf_synth_profile_name(index); }
%}
%mutable;
