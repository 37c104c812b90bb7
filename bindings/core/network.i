/* Network comparison from published figures (velferd/network.h), shared by
 * every language: a NetworkData class (read files, add figures and the
 * register's indicators, correct for expenditure need) whose compare() gives
 * a NetworkResult, read row by row, one accessor per column of the CSV
 * rendering (year,indicator,municipality,name,value,index,average,exact_num,
 * exact_den,status) so that each language builds the same table as
 * `velferd network -f csv`. Texts are copied out (vf_network_row_text). */

%ignore vf_network_row;
%immutable;
%include "velferd/network.h"
%mutable;

%{
typedef struct vf_network_data vfb_ndata;
typedef struct vf_network_result vfb_nresult;

/* Row `index` of a result, or a VF_E_RANGE failure (then a zeroed row). */
static vf_network_row vfb_nrow(const vfb_nresult *r, size_t index, vf_error *err) {
  vf_network_row row;
  memset(&row, 0, sizeof row);
  row.indicator = row.name = "";
  if (vf_network_result_row(r, index, &row, err) != VF_OK) vfb_check(err->status, err);
  return row;
}
/* A row's SSB symbol as a static string (the row is a copy). */
static const char *vfb_symbol(const char *s) {
  static const char *const symbols[] = {".", "..", "...", ":"};
  for (size_t k = 0; k < sizeof symbols / sizeof *symbols; k++)
    if (!strcmp(s, symbols[k])) return symbols[k];
  return "";
}
/* NULL for "" (languages without a null string pass ""). */
static const char *vfb_opt(const char *s) { return s && *s ? s : NULL; }
%}

%rename(NetworkResult) vfb_nresult;
%nodefaultctor vfb_nresult;
%newobject vfb_nresult::value;
%newobject vfb_nresult::index;
%newobject vfb_nresult::municipality_code;
%newobject vfb_nresult::render;
typedef struct {} vfb_nresult;
%extend vfb_nresult {
  ~vfb_nresult() { vf_network_result_free($self); }
  int year() { return vf_network_result_year($self); }
  /** Number of rows: per indicator the network average, then each member. */
  size_t rows() { return vf_network_result_rows($self); }
  const char *indicator(size_t i, vf_error *err) { return vfb_nrow($self, i, err).indicator; }
  /** Member's number, 0 on the average row. */
  int municipality(size_t i, vf_error *err) { return vfb_nrow($self, i, err).municipality; }
  /** Member's number as the CSV writes it ("0301"), "" on the average row. */
  char *municipality_code(size_t i, vf_error *err) {
    char *buf = malloc(8);
    int m = vfb_nrow($self, i, err).municipality;
    if (!buf) vfb_fail(err, VF_E_NOMEM, "", "out of memory");
    else if (m) snprintf(buf, 8, "%04d", m);
    else buf[0] = '\0';
    return buf;
  }
  /** Member's name ("network average" on the average row). */
  const char *name(size_t i, vf_error *err) { return vfb_nrow($self, i, err).name; }
  /** Published value ("12.5") or the SSB symbol of a missing one. */
  char *value(size_t i, vf_error *err) {
    vf_network_row r = vfb_nrow($self, i, err);
    char *buf = calloc(1, 48);
    if (!buf) vfb_fail(err, VF_E_NOMEM, "", "out of memory");
    else if (err->status == VF_OK) vf_network_row_text(&r, NULL, buf, 48, NULL, 0);
    return buf;
  }
  /** Index ("107.1"; ".." for a missing value, "." when undefined). */
  char *index(size_t i, vf_error *err) {
    vf_network_row r = vfb_nrow($self, i, err);
    char *buf = calloc(1, 48);
    if (!buf) vfb_fail(err, VF_E_NOMEM, "", "out of memory");
    else if (err->status == VF_OK) vf_network_row_text(&r, NULL, NULL, 0, buf, 48);
    return buf;
  }
  /** How the indicator's average is formed: "pooled" or "mean". */
  const char *average(size_t i, vf_error *err) {
    return vfb_nrow($self, i, err).how == VF_NETWORK_POOLED ? "pooled" : "mean";
  }
  /** Exact value num/den (0/0 unless the status is "ok"). */
  int64_t exact_num(size_t i, vf_error *err) {
    vf_network_row r = vfb_nrow($self, i, err);
    return r.status == VF_VALUE_OK ? r.num : 0;
  }
  int64_t exact_den(size_t i, vf_error *err) {
    vf_network_row r = vfb_nrow($self, i, err);
    return r.status == VF_VALUE_OK ? r.den : 0;
  }
  /** "ok", "missing" (left out of the average) or "undefined". */
  const char *status(size_t i, vf_error *err) {
    vf_value_status s = vfb_nrow($self, i, err).status;
    return s == VF_VALUE_OK ? "ok" : s == VF_VALUE_NO_DATA ? "missing" : "undefined";
  }
  /** SSB symbol of a missing value ("" when there is a value). */
  const char *symbol(size_t i, vf_error *err) {
    vf_network_row r = vfb_nrow($self, i, err);
    return r.status == VF_VALUE_NO_DATA ? vfb_symbol(r.symbol) : "";
  }
  /** Average row: members whose values it holds; members left out. */
  int members_used(size_t i, vf_error *err) { return vfb_nrow($self, i, err).members_used; }
  int members_missing(size_t i, vf_error *err) { return vfb_nrow($self, i, err).members_missing; }
  /** The comparison as text, CSV, JSON or Markdown (as velferd network). */
  char *render(vf_output_format format, vf_error *err) {
    char *text = NULL, *copy = NULL;
    size_t len = 0;
    if (vf_network_result_render($self, format, &text, &len, err) != VF_OK) {
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


%rename(NetworkData) vfb_ndata;
%nodefaultctor vfb_ndata;
%newobject vfb_ndata::compare;
typedef struct {} vfb_ndata;
%extend vfb_ndata {
  /** New, empty set of published figures. */
  vfb_ndata(vf_error *err) {
    vf_network_data *nd = NULL;
    vfb_check(vf_network_data_new(&nd, err), err);
    return nd;
  }
  ~vfb_ndata() { vf_network_data_free($self); }
  /** Reads a tidy CSV or StatBank export (format detected). */
  void read(const char *path, vf_error *err) { vfb_check(vf_network_data_read($self, path, err), err); }
  /** As read(), from text; `name` is used in messages. */
  void read_text(const char *text, const char *name, vf_error *err) {
    vfb_check(vf_network_data_read_text($self, text, strlen(text), name, err), err);
  }
  /** Adds one figure; numerator and denominator "" (or NULL) when not given. */
  void add(int municipality, int year, const char *indicator, const char *value,
           const char *numerator, const char *denominator, vf_error *err) {
    vfb_check(vf_network_data_add($self, municipality, year, indicator, value, vfb_opt(numerator),
                                  vfb_opt(denominator), err), err);
  }
  /** Adds a register's indicators as member `municipality`. */
  void add_indicators(int municipality, const vfb_indicators *ind, vf_error *err) {
    vfb_check(vf_network_data_add_indicators($self, municipality, ind, err), err);
  }
  /** Adds `name` = expenditure / (need / need_base) (resource use corrected
   *  for expenditure need). */
  void correct(const char *expenditure, const char *need, int need_base, const char *name,
               vf_error *err) {
    vfb_check(vf_network_data_correct($self, expenditure, need, need_base, name, err), err);
  }
  size_t count() { return vf_network_data_count($self); }
  size_t skipped() { return vf_network_data_skipped($self); }
  int latest_year() { return vf_network_data_latest_year($self); }
  /** Compares `year` (0: the latest) among the members of `network` ("" or
   *  "all": every municipality in the data); `how` VF_NETWORK_AUTO (-1),
   *  VF_NETWORK_POOLED (0) or VF_NETWORK_MEAN (1). */
  vfb_nresult *compare(const char *network, int year, int how, vf_error *err) {
    vf_network_result *r = NULL;
    const char *net = vfb_opt(network);
    if (net && !strcmp(net, "all")) net = NULL;
    vfb_check(vf_network_compare($self, net, year ? year : vf_network_data_latest_year($self), how,
                                 &r, err), err);
    return r;
  }
}
