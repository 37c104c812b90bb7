/* Trend series (velferd/trend.h), shared by every language: a Trend class
 * filled with one Indicators result per year; values and changes are
 * returned by value (no borrowed pointers). Series 0 .. count-1: the
 * indicators, then the foreign citizens (count, share). */

%immutable;
%include "velferd/trend.h"
%mutable;

%{
typedef struct vf_trend vfb_trend;
%}

%rename(Trend) vfb_trend;
%nodefaultctor vfb_trend;
%newobject vfb_trend::render;
typedef struct {} vfb_trend;
%extend vfb_trend {
  /** New, empty series. */
  vfb_trend(vf_error *err) {
    vf_trend *t = NULL;
    vfb_check(vf_trend_new(&t, err), err);
    return t;
  }
  ~vfb_trend() { vf_trend_free($self); }
  /** Adds one year's indicators (copied); a year already held is an error. */
  void add(const vfb_indicators *ind, vf_error *err) { vfb_check(vf_trend_add($self, ind, err), err); }
  size_t years() { return vf_trend_years($self); }
  /** Year number `i` (0 = earliest). */
  int year(size_t i) { return vf_trend_year($self, i); }
  /** Value of series `series` in year number `i`. */
  vf_indicator_value value(size_t series, size_t i, vf_error *err) {
    vf_indicator_value v;
    memset(&v, 0, sizeof v);
    vfb_check(vf_trend_value($self, series, i, &v, err), err);
    return v;
  }
  /** Change of series `series` from year number i-1 to i. */
  vf_indicator_change change(size_t series, size_t i, vf_error *err) {
    vf_indicator_change c;
    memset(&c, 0, sizeof c);
    vfb_check(vf_trend_change($self, series, i, &c, err), err);
    return c;
  }
  /** The series table as text, CSV, JSON or Markdown (as velferd indicators --trend). */
  char *render(vf_output_format format, vf_error *err) {
    char *text = NULL, *copy = NULL;
    size_t len = 0;
    if (vf_trend_render_lang($self, format, NULL, &text, &len, err) != VF_OK) {
      vfb_check(err->status, err);
      return NULL;
    }
    copy = malloc(len + 1);
    if (copy) memcpy(copy, text, len + 1);
    else vfb_fail(err, VF_E_NOMEM, "", "out of memory");
    vf_indicators_text_free(text);
    return copy;
  }
}

%immutable;
%inline %{
/** Number of series of a trend. */
static size_t trend_series_count(void) { return vf_trend_series_count(); }
/** Stable name of series `s` ("recipients", ..., "foreign_citizens_share"). */
static const char *trend_series_name(size_t s) {
  const char *n = vf_trend_series_name(s);
  return n ? n : "";
}
%}
%mutable;
