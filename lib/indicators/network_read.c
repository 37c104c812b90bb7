/* Published municipal figures: the tidy CSV and SSB's StatBank export
 * (docs/indicators.md, "Network comparison"), figures added one by one, from a
 * register's indicators, and the expenditure-need correction. */
#include "indicators/network_internal.h"
#include "parse/csv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const int64_t pow10_tab[] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000};

bool vfn_parse_dec(const char *s, vfn_dec *out) {
  const char *p = s;
  bool neg = false;
  if (*p == '-') { neg = true; p++; }
  int64_t v = 0;
  int digits = 0, dec = 0;
  bool point = false;
  if (!(*p >= '0' && *p <= '9')) return false;
  for (; *p; p++) {
    if (*p >= '0' && *p <= '9') {
      if (point && ++dec > VFN_MAX_DECIMALS) return false;
      if (digits || *p != '0') digits++;
      if (digits > 15) return false;
      v = v * 10 + (*p - '0');
    } else if ((*p == '.' || *p == ',') && !point && p[1] >= '0' && p[1] <= '9') {
      point = true;
    } else {
      return false;
    }
  }
  out->v = neg ? -v : v;
  out->dec = dec;
  return true;
}

/* SSB's table symbols: missing ones keep their symbol; "-" is nil (0). */
static bool parse_symbol(const char *s, vfn_figure *f) {
  if (!strcmp(s, "-")) {
    f->ok = true;
    f->value.v = 0;
    f->value.dec = 0;
    return true;
  }
  if (strcmp(s, ".") && strcmp(s, "..") && strcmp(s, "...") && strcmp(s, ":")) return false;
  f->ok = false;
  snprintf(f->symbol, sizeof f->symbol, "%s", s);
  return true;
}

static int cmp_key(int y1, int m1, const char *i1, int y2, int m2, const char *i2) {
  if (y1 != y2) return y1 < y2 ? -1 : 1;
  if (m1 != m2) return m1 < m2 ? -1 : 1;
  return strcmp(i1, i2);
}

static int cmp_fig(const void *a, const void *b) {
  const vfn_figure *x = a, *y = b;
  return cmp_key(x->year, x->municipality, x->indicator, y->year, y->municipality, y->indicator);
}

const vfn_figure *vfn_find(const vf_network_data *nd, int year, int municipality,
                           const char *indicator) {
  size_t lo = 0, hi = nd->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const vfn_figure *f = &nd->f[mid];
    int c = cmp_key(f->year, f->municipality, f->indicator, year, municipality, indicator);
    if (!c) return f;
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return NULL;
}

vf_status vf_network_data_new(vf_network_data **out, vf_error *err) {
  if (!out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "out is NULL");
  *out = calloc(1, sizeof **out);
  return *out ? VF_OK : vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
}

static void drop_from(vf_network_data *nd, size_t from) {
  for (size_t i = from; i < nd->n; i++) free(nd->f[i].indicator);
  nd->n = from;
}

void vf_network_data_free(vf_network_data *nd) {
  if (!nd) return;
  drop_from(nd, 0);
  free(nd->f);
  free(nd);
}

vf_network_file_format vf_network_data_format(const vf_network_data *nd) {
  return nd ? nd->format : VF_NETWORK_FILE_NONE;
}
size_t vf_network_data_count(const vf_network_data *nd) { return nd ? nd->n : 0; }
size_t vf_network_data_skipped(const vf_network_data *nd) { return nd ? nd->skipped : 0; }
int vf_network_data_latest_year(const vf_network_data *nd) {
  return nd && nd->n ? nd->f[nd->n - 1].year : 0; /* sorted by year first */
}

static vfn_figure *push(vf_network_data *nd, vf_error *err) {
  if (nd->n == nd->cap) {
    size_t cap = nd->cap ? nd->cap * 2 : 64;
    vfn_figure *f = realloc(nd->f, cap * sizeof *f);
    if (!f) { vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory"); return NULL; }
    nd->f = f;
    nd->cap = cap;
  }
  vfn_figure *f = &nd->f[nd->n++];
  memset(f, 0, sizeof *f);
  return f;
}

/* num/den rounded to dec decimals, half away from zero; false if den is 0. */
static bool ratio_rounded(vfn_dec num, vfn_dec den, int dec, int64_t *out) {
  if (!den.v) return false;
  /* (num.v / 10^num.dec) / (den.v / 10^den.dec) × 10^dec */
  vfi_i128 n = (vfi_i128)num.v * pow10_tab[den.dec] * pow10_tab[dec];
  vfi_i128 d = (vfi_i128)den.v * pow10_tab[num.dec];
  if (d < 0) { n = -n; d = -d; }
  *out = vfi_div_round(n, d);
  return true;
}

/* Fills f's value (and ratio) from text; message names `where`. */
static vf_status set_value(vfn_figure *f, const char *value, const char *num, const char *den,
                           const char *where, int line, vf_error *err) {
  if (!parse_symbol(value, f)) {
    if (!vfn_parse_dec(value, &f->value))
      return vfi_fail(err, VF_E_PARSE, line, "value",
                      "%s: value '%s' is not a number (dot or comma decimal, at most 6 decimals "
                      "and 15 digits) or one of SSB's symbols . .. ... : -", where, value);
    f->ok = true;
  }
  bool hn = num && *num, hd = den && *den;
  if (hn != hd)
    return vfi_fail(err, VF_E_PARSE, line, hn ? "denominator" : "numerator",
                    "%s: a numerator needs a denominator and the other way round", where);
  if (!hn) return VF_OK;
  if (!f->ok)
    return vfi_fail(err, VF_E_PARSE, line, "numerator",
                    "%s: the value is missing ('%s') but a numerator and denominator are given",
                    where, f->symbol);
  if (!vfn_parse_dec(num, &f->num))
    return vfi_fail(err, VF_E_PARSE, line, "numerator", "%s: numerator '%s' is not a number",
                    where, num);
  if (!vfn_parse_dec(den, &f->den) || f->den.v <= 0)
    return vfi_fail(err, VF_E_PARSE, line, "denominator",
                    "%s: denominator '%s' is not a positive number", where, den);
  int64_t r;
  ratio_rounded(f->num, f->den, f->value.dec, &r);
  if (r != f->value.v)
    return vfi_fail(err, VF_E_INCONSISTENT, line, "numerator",
                    "%s: numerator/denominator %s/%s does not round to the value %s (give the "
                    "numerator in the value's unit, e.g. 100 x persons for a percentage)",
                    where, num, den, value);
  f->has_ratio = true;
  return VF_OK;
}

/* Moves the figures of tmp (one file) into nd, refusing a second value for
 * the same municipality, year and indicator; on error nd is unchanged. */
static vf_status merge(vf_network_data *nd, vf_network_data *tmp, const char *name,
                       vf_error *err) {
  qsort(tmp->f, tmp->n, sizeof *tmp->f, cmp_fig);
  for (size_t i = 0; i < tmp->n; i++) {
    const vfn_figure *f = &tmp->f[i];
    if ((i && !cmp_fig(&tmp->f[i - 1], f)) || vfn_find(nd, f->year, f->municipality, f->indicator))
      return vfi_fail(err, VF_E_INCONSISTENT, 0, "indicator",
                      "%s: two values for municipality %04d, year %d, indicator '%s'", name,
                      f->municipality, f->year, f->indicator);
  }
  if (nd->n + tmp->n > nd->cap) {
    vfn_figure *p = realloc(nd->f, (nd->n + tmp->n) * sizeof *p);
    if (!p) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
    nd->f = p;
    nd->cap = nd->n + tmp->n;
  }
  if (tmp->n) memcpy(nd->f + nd->n, tmp->f, tmp->n * sizeof *tmp->f);
  nd->n += tmp->n;
  tmp->n = 0; /* the strings belong to nd now */
  qsort(nd->f, nd->n, sizeof *nd->f, cmp_fig);
  nd->skipped += tmp->skipped;
  return VF_OK;
}

static bool all_digits(const char *s, size_t n) {
  if (strlen(s) != n) return false;
  for (size_t i = 0; i < n; i++)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

/* ---- tidy CSV ---- */

static vf_status read_tidy(vf_network_data *nd, const char *text, size_t len, const char *name,
                           vf_error *err) {
  static const char *const cols[] = {"municipality", "year", "indicator", "value", "numerator",
                                     "denominator"};
  int at[6] = {-1, -1, -1, -1, -1, -1};
  vfi_csv r;
  vfi_csv_init(&r, text, len, name, true);
  vf_status s = VF_OK;
  int got = vfi_csv_next(&r, err);
  if (got <= 0) {
    vfi_csv_free(&r);
    return got < 0 ? VF_E_PARSE : vfi_fail(err, VF_E_PARSE, 0, "", "%s: empty file", name);
  }
  for (size_t i = 0; i < r.nfields; i++) {
    size_t k = 0;
    while (k < 6 && strcmp(r.fields[i], cols[k])) k++;
    if (k == 6 || at[k] >= 0) {
      s = vfi_fail(err, VF_E_PARSE, r.line, r.fields[i],
                   "%s:%d: column '%s' is unknown or repeated (columns: municipality, year, "
                   "indicator, value, optional numerator and denominator)", name, r.line,
                   r.fields[i]);
      goto out;
    }
    at[k] = (int)i;
  }
  for (int k = 0; k < 4; k++)
    if (at[k] < 0) {
      s = vfi_fail(err, VF_E_PARSE, r.line, cols[k], "%s:%d: column '%s' is missing", name,
                   r.line, cols[k]);
      goto out;
    }
  if ((at[4] < 0) != (at[5] < 0)) {
    s = vfi_fail(err, VF_E_PARSE, r.line, at[4] < 0 ? "numerator" : "denominator",
                 "%s:%d: give both numerator and denominator columns, or neither", name, r.line);
    goto out;
  }
  while ((got = vfi_csv_next(&r, err)) == 1) {
    char where[160];
    snprintf(where, sizeof where, "%.120s:%d", name, r.line);
    for (int k = 0; k < 6; k++)
      if (at[k] >= (int)r.nfields) {
        s = vfi_fail(err, VF_E_PARSE, r.line, cols[k], "%s: field '%s' is missing", where,
                     cols[k]);
        goto out;
      }
    const char *mun = r.fields[at[0]], *year = r.fields[at[1]], *ind = r.fields[at[2]];
    if (!all_digits(mun, 4) || !strcmp(mun, "0000")) {
      s = vfi_fail(err, VF_E_PARSE, r.line, "municipality",
                   "%s: municipality '%s' is not a 4-digit municipality number", where, mun);
      goto out;
    }
    if (!all_digits(year, 4) || !strcmp(year, "0000")) {
      s = vfi_fail(err, VF_E_PARSE, r.line, "year", "%s: year '%s' is not a 4-digit year",
                   where, year);
      goto out;
    }
    if (!*ind) {
      s = vfi_fail(err, VF_E_PARSE, r.line, "indicator", "%s: indicator is empty", where);
      goto out;
    }
    vfn_figure *f = push(nd, err);
    if (!f) { s = VF_E_NOMEM; goto out; }
    f->municipality = atoi(mun);
    f->year = atoi(year);
    f->indicator = vfi_strdup(ind);
    if (!f->indicator) { s = vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory"); goto out; }
    if ((s = set_value(f, r.fields[at[3]], at[4] >= 0 ? r.fields[at[4]] : NULL,
                       at[5] >= 0 ? r.fields[at[5]] : NULL, where, r.line, err)))
      goto out;
  }
  if (got < 0) s = VF_E_PARSE;
out:
  vfi_csv_free(&r);
  return s;
}

/* ---- StatBank ---- */

/* The StatBank export as comma CSV for the shared reader: unquoted ';'
 * become ',', and unquoted fields holding a comma (decimal commas) are
 * quoted. Newlines are kept, so line numbers stay those of the file. */
static char *semicolons_to_commas(const char *t, size_t len, size_t *out_len) {
  char *o = malloc(3 * len + 1), *w = o;
  if (!o) return NULL;
  size_t i = 0;
  while (i < len) {
    if (t[i] == '"') { /* quoted field: copy to its closing quote */
      *w++ = t[i++];
      while (i < len) {
        if (t[i] == '"' && i + 1 < len && t[i + 1] == '"') { *w++ = '"'; *w++ = '"'; i += 2; continue; }
        if (t[i] == '"') { *w++ = t[i++]; break; }
        *w++ = t[i++];
      }
    } else {
      size_t j = i;
      while (j < len && t[j] != ';' && t[j] != '\n' && t[j] != '\r') j++;
      bool quote = memchr(t + i, ',', j - i) != NULL;
      if (quote) *w++ = '"';
      memcpy(w, t + i, j - i);
      w += j - i;
      if (quote) *w++ = '"';
      i = j;
    }
    while (i < len && t[i] != ';' && t[i] != '\n') *w++ = t[i++]; /* \r, or junk for the reader */
    if (i < len) *w++ = t[i] == ';' ? ',' : t[i], i++;
  }
  *w = '\0';
  *out_len = (size_t)(w - o);
  return o;
}

/* "0301 Oslo", "K-0301 Oslo", "0301" -> 301; -1 for other regions. */
static int region_number(const char *s) {
  if (!strncmp(s, "K-", 2)) s += 2;
  for (int i = 0; i < 4; i++)
    if (s[i] < '0' || s[i] > '9') return -1;
  if (s[4] >= '0' && s[4] <= '9') return -1;
  if (s[4] && s[4] != ' ') return -1;
  int n = atoi((char[5]){s[0], s[1], s[2], s[3], 0});
  return n ? n : -1;
}

/* A trailing 4-digit year of a heading ("2023", "Andel 2023"), or 0. */
static int trailing_year(const char *s, size_t *stem) {
  size_t n = strlen(s);
  if (n < 4) return 0;
  for (size_t i = n - 4; i < n; i++)
    if (s[i] < '0' || s[i] > '9') return 0;
  if (n > 4 && s[n - 5] != ' ') return 0;
  *stem = n > 4 ? n - 5 : 0;
  return atoi(s + n - 4);
}

static vf_status read_statbank(vf_network_data *nd, const char *text, size_t len,
                               const char *name, vf_error *err) {
  size_t clen;
  char *csv = semicolons_to_commas(text, len, &clen);
  if (!csv) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  vfi_csv r;
  vfi_csv_init(&r, csv, clen, name, false);
  vf_status s = VF_OK;
  char title[256] = "";
  char **head = NULL;
  size_t nhead = 0;
  int got;
  while ((got = vfi_csv_next(&r, err)) == 1 && r.nfields < 2) /* title lines */
    if (!title[0]) snprintf(title, sizeof title, "%s", r.fields[0]);
  if (got <= 0) {
    s = got < 0 ? VF_E_PARSE
                : vfi_fail(err, VF_E_PARSE, 0, "", "%s: no header line (\"region\";...)", name);
    goto out;
  }
  if (strcmp(r.fields[0], "region")) {
    s = vfi_fail(err, VF_E_PARSE, r.line, "region",
                 "%s:%d: the StatBank header must start with \"region\" (found \"%s\")", name,
                 r.line, r.fields[0]);
    goto out;
  }
  nhead = r.nfields;
  head = calloc(nhead, sizeof *head);
  if (!head) { s = vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory"); goto out; }
  for (size_t i = 0; i < nhead; i++)
    if (!(head[i] = vfi_strdup(r.fields[i]))) { s = vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory"); goto out; }
  int year_col = -1, first_value;
  for (size_t i = 1; i < nhead; i++)
    if (!strcmp(head[i], "år")) year_col = (int)i;
  if (year_col >= 0) { /* long: one value column, the last */
    first_value = (int)nhead - 1;
    if (year_col == first_value) {
      s = vfi_fail(err, VF_E_PARSE, r.line, "år", "%s:%d: no value column after \"år\"", name,
                   r.line);
      goto out;
    }
  } else { /* wide: value columns headed by a year */
    size_t stem;
    first_value = 1;
    while (first_value < (int)nhead && !trailing_year(head[first_value], &stem)) first_value++;
    for (size_t i = (size_t)first_value; i < nhead; i++)
      if (!trailing_year(head[i], &stem)) {
        s = vfi_fail(err, VF_E_PARSE, r.line, head[i],
                     "%s:%d: column \"%s\" has no year (no \"år\" column, so every value "
                     "column must end in a year)", name, r.line, head[i]);
        goto out;
      }
    if (first_value == (int)nhead) {
      s = vfi_fail(err, VF_E_PARSE, r.line, "år",
                   "%s:%d: neither an \"år\" column nor columns headed by a year", name, r.line);
      goto out;
    }
  }
  /* the title "12362: Sosialhjelp ..." without its table number */
  const char *tname = title;
  const char *colon = strstr(title, ": ");
  if (colon && colon - title <= 6) tname = colon + 2;
  while ((got = vfi_csv_next(&r, err)) == 1) {
    char where[160];
    snprintf(where, sizeof where, "%.120s:%d", name, r.line);
    if (r.nfields != nhead) {
      s = vfi_fail(err, VF_E_PARSE, r.line, "", "%s: %zu fields, the header has %zu", where,
                   r.nfields, nhead);
      goto out;
    }
    int mun = region_number(r.fields[0]);
    if (mun < 0) { nd->skipped += (size_t)(nhead - (size_t)first_value); continue; }
    for (size_t c = (size_t)first_value; c < nhead; c++) {
      /* indicator: the dimension values, then a wide heading's text */
      char ind[512] = "";
      size_t used = 0, stem = 0;
      for (int d = 1; d < first_value; d++) {
        if (d == year_col) continue;
        used += (size_t)snprintf(ind + used, used < sizeof ind ? sizeof ind - used : 0, "%s%s",
                                 used ? ", " : "", r.fields[d]);
      }
      int year = year_col >= 0 ? 0 : trailing_year(head[c], &stem);
      if (year_col < 0 && stem && used < sizeof ind)
        used += (size_t)snprintf(ind + used, sizeof ind - used, "%s%.*s", used ? ", " : "",
                                 (int)stem, head[c]);
      if (!used && used < sizeof ind) used += (size_t)snprintf(ind, sizeof ind, "%s", tname);
      if (!ind[0]) {
        s = vfi_fail(err, VF_E_PARSE, r.line, "statistikkvariabel",
                     "%s: no indicator name (no \"statistikkvariabel\" column or title)", where);
        goto out;
      }
      if (year_col >= 0) {
        const char *y = r.fields[year_col];
        if (!all_digits(y, 4)) {
          s = vfi_fail(err, VF_E_PARSE, r.line, "år", "%s: year '%s' is not a 4-digit year",
                       where, y);
          goto out;
        }
        year = atoi(y);
      }
      vfn_figure *f = push(nd, err);
      if (!f) { s = VF_E_NOMEM; goto out; }
      f->municipality = mun;
      f->year = year;
      f->indicator = vfi_strdup(ind);
      if (!f->indicator) { s = vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory"); goto out; }
      if ((s = set_value(f, r.fields[c], NULL, NULL, where, r.line, err))) goto out;
    }
  }
  if (got < 0) s = VF_E_PARSE;
out:
  if (head)
    for (size_t i = 0; i < nhead; i++) free(head[i]);
  free(head);
  vfi_csv_free(&r);
  free(csv);
  return s;
}

vf_status vf_network_data_read_text(vf_network_data *nd, const char *text, size_t len,
                                    const char *name, vf_error *err) {
  if (!nd || (!text && len)) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "nd or text is NULL");
  if (!name) name = "<text>";
  if (len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3)) { text += 3; len -= 3; } /* UTF-8 BOM */
  /* tidy if the first line that is not blank or a '#' comment is the tidy
   * header (it starts with one of its column names); otherwise StatBank */
  size_t i = 0;
  for (;;) {
    while (i < len && (text[i] == '\n' || text[i] == '\r' || text[i] == ' ')) i++;
    if (i < len && text[i] == '#') {
      const char *eol = memchr(text + i, '\n', len - i);
      i = eol ? (size_t)(eol - text) : len;
      continue;
    }
    break;
  }
  static const char *const tidy_cols[] = {"municipality", "year", "indicator", "value",
                                          "numerator", "denominator"};
  bool statbank = true;
  for (size_t c = 0; c < 6; c++) {
    size_t n = strlen(tidy_cols[c]);
    if (len - i >= n && !memcmp(text + i, tidy_cols[c], n) &&
        (len - i == n || strchr(",\r\n", text[i + n])))
      statbank = false;
  }
  vf_network_data tmp;
  memset(&tmp, 0, sizeof tmp);
  vf_status st = statbank ? read_statbank(&tmp, text, len, name, err)
                          : read_tidy(&tmp, text, len, name, err);
  if (!st) st = merge(nd, &tmp, name, err);
  drop_from(&tmp, 0);
  free(tmp.f);
  if (!st) nd->format = statbank ? VF_NETWORK_FILE_STATBANK : VF_NETWORK_FILE_TIDY;
  return st;
}

vf_status vf_network_data_read(vf_network_data *nd, const char *path, vf_error *err) {
  if (!nd || !path) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "nd or path is NULL");
  char *text;
  size_t len;
  vf_status s = vfi_read_file(path, &text, &len, err);
  if (s) return s;
  s = vf_network_data_read_text(nd, text, len, path, err);
  free(text);
  return s;
}

/* ---- figures added by the caller ---- */

static vf_status add_one(vf_network_data *nd, int municipality, int year, const char *indicator,
                         const char *value, const char *num, const char *den, bool own,
                         vf_error *err) {
  if (!nd || !indicator || !*indicator || !value)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "nd, indicator or value is NULL or empty");
  if (municipality < 1 || municipality > 9999)
    return vfi_fail(err, VF_E_RANGE, 0, "municipality", "municipality %d is not in 1..9999",
                    municipality);
  if (year < 1 || year > 9999)
    return vfi_fail(err, VF_E_DATE, 0, "year", "year %d is not in 1..9999", year);
  vfn_figure f;
  memset(&f, 0, sizeof f);
  char where[96];
  snprintf(where, sizeof where, "%04d %d %.40s", municipality, year, indicator);
  vf_status s = set_value(&f, value, num, den, where, 0, err);
  if (s) return s;
  f.municipality = municipality;
  f.year = year;
  f.own = own;
  vfn_figure *old = (vfn_figure *)vfn_find(nd, year, municipality, indicator);
  if (old) {
    if (!own)
      return vfi_fail(err, VF_E_INCONSISTENT, 0, "indicator",
                      "%s: there is a value already", where);
    f.indicator = old->indicator;
    *old = f;
    return VF_OK;
  }
  if (!(f.indicator = vfi_strdup(indicator))) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  vfn_figure *p = push(nd, err);
  if (!p) { free(f.indicator); return VF_E_NOMEM; }
  *p = f;
  qsort(nd->f, nd->n, sizeof *nd->f, cmp_fig);
  return VF_OK;
}

vf_status vf_network_data_add(vf_network_data *nd, int municipality, int year,
                              const char *indicator, const char *value, const char *numerator,
                              const char *denominator, vf_error *err) {
  return add_one(nd, municipality, year, indicator, value, numerator, denominator, false, err);
}

vf_status vf_network_data_add_indicators(vf_network_data *nd, int municipality,
                                         const vf_indicators *ind, vf_error *err) {
  if (!nd || !ind) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "nd or ind is NULL");
  for (int i = 0; i < VF_IND_COUNT; i++) {
    vf_indicator_value v;
    vf_status s = vf_indicators_value(ind, (vf_indicator)i, &v, err);
    if (s) return s;
    char val[48], num[48] = "", den[32] = "";
    vf_indicator_value_format(&v, val, sizeof val);
    if (v.status == VF_VALUE_OK) {
      if (v.unit == VF_IUNIT_MONEY) { /* øre -> kroner with two decimals */
        int64_t a = v.num < 0 ? -v.num : v.num;
        snprintf(num, sizeof num, "%s%lld.%02lld", v.num < 0 ? "-" : "", (long long)(a / 100),
                 (long long)(a % 100));
      } else {
        snprintf(num, sizeof num, "%lld", (long long)v.num);
      }
      snprintf(den, sizeof den, "%lld", (long long)v.den);
    }
    s = add_one(nd, municipality, vf_indicators_year(ind), vf_indicator_name((vf_indicator)i),
                val, v.status == VF_VALUE_OK ? num : NULL, v.status == VF_VALUE_OK ? den : NULL,
                true, err);
    if (s) return s;
  }
  return VF_OK;
}

vf_status vf_network_data_correct(vf_network_data *nd, const char *expenditure, const char *need,
                                  int need_base, const char *name, vf_error *err) {
  if (!nd || !expenditure || !need || !name || !*name)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "an argument is NULL or empty");
  if (need_base != 1 && need_base != 100)
    return vfi_fail(err, VF_E_INVALID_ARG, 0, "need_base", "need_base is %d, not 1 or 100",
                    need_base);
  /* work out every quotient first: adding re-sorts the figures */
  typedef struct pending { int municipality, year; bool own; char val[32]; } pending;
  pending *todo = malloc((nd->n ? nd->n : 1) * sizeof *todo);
  if (!todo) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  size_t nt = 0;
  for (size_t i = 0; i < nd->n; i++) {
    const vfn_figure *e = &nd->f[i];
    if (strcmp(e->indicator, expenditure)) continue;
    const vfn_figure *k = vfn_find(nd, e->year, e->municipality, need);
    if (!k) continue;
    pending *p = &todo[nt++];
    p->municipality = e->municipality;
    p->year = e->year;
    p->own = e->own;
    if (!e->ok || !k->ok) {
      snprintf(p->val, sizeof p->val, "%s", !e->ok ? e->symbol : k->symbol);
    } else if (k->value.v > 0) {
      /* e / (k / base) = e × base / k, in whole kroner */
      vfn_dec eb = e->value;
      eb.v *= need_base; /* at most 15 digits × 100: fits */
      int64_t r;
      ratio_rounded(eb, k->value, 0, &r);
      snprintf(p->val, sizeof p->val, "%lld", (long long)r);
    } else {
      snprintf(p->val, sizeof p->val, ".");
    }
  }
  vf_status s = VF_OK;
  for (size_t i = 0; i < nt && !s; i++)
    s = add_one(nd, todo[i].municipality, todo[i].year, name, todo[i].val, NULL, NULL,
                todo[i].own, err);
  free(todo);
  return s;
}
