/* Numbers, percentages and amounts written as a language writes them. The
 * separators and patterns come from the labels ("format.*" keys), so a
 * language's conventions are data; with no labels, English. */
#include "core/internal.h"
#include "velferd/labels.h"

#include <string.h>

/* snprintf-like output: writes what fits, counts everything. */
typedef struct out {
  char *buf;
  size_t size, len;
  bool no_break;
} out;

static void put(out *o, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (s[i] == ' ' && o->no_break) { put(o, "\xc2\xa0", 2); continue; }
    if (o->len + 1 < o->size) o->buf[o->len] = s[i];
    o->len++;
  }
}

static size_t finish(out *o) {
  if (o->size) o->buf[o->len < o->size ? o->len : o->size - 1] = 0;
  return o->len;
}

static const char *text(const vf_labels *l, const char *key, const char *english) {
  const char *t = l ? vf_labels_get(l, key) : NULL;
  return t ? t : english;
}

/* The digits of |v| / 10^decimals with group separators and the decimal mark. */
static void number(out *o, const vf_labels *l, uint64_t mag, bool neg, int decimals) {
  char digits[24];
  int n = 0;
  do { digits[n++] = (char)('0' + mag % 10); mag /= 10; } while (mag);
  while (n <= decimals) digits[n++] = '0';  /* at least one digit before the mark */
  const char *group = text(l, "format.group", ""), *mark = text(l, "format.decimal", ".");
  if (neg) put(o, "-", 1);
  for (int i = n - 1; i >= 0; i--) {
    int pos = i - decimals;  /* digits left of the mark still to come after this one */
    put(o, &digits[i], 1);
    if (pos > 0 && pos % 3 == 0) put(o, group, strlen(group));
    if (decimals && i == decimals) put(o, mark, strlen(mark));
  }
}

/* Writes the pattern ("{} %") with the number in place of "{}". */
static void pattern(out *o, const vf_labels *l, const char *pat, uint64_t mag, bool neg,
                    int decimals) {
  const char *hole = strstr(pat, "{}");
  if (!hole) { number(o, l, mag, neg, decimals); return; }
  put(o, pat, (size_t)(hole - pat));
  number(o, l, mag, neg, decimals);
  put(o, hole + 2, strlen(hole + 2));
}

static uint64_t magnitude(int64_t v) { return v < 0 ? 0 - (uint64_t)v : (uint64_t)v; }

/* |v| / 10^shift rounded half away from zero. */
static uint64_t round_down(uint64_t mag, int shift) {
  uint64_t p = 1;
  for (int i = 0; i < shift; i++) p *= 10;
  return mag / p + (mag % p >= (p + 1) / 2 ? 1 : 0);
}

size_t vf_format_integer(const vf_labels *l, int64_t value, unsigned flags, char *buf,
                         size_t size) {
  out o = {buf, buf ? size : 0, 0, flags & VF_FMT_NO_BREAK};
  number(&o, l, magnitude(value), value < 0, 0);
  return finish(&o);
}

size_t vf_format_fixed(const vf_labels *l, int64_t scaled, int decimals, unsigned flags,
                       char *buf, size_t size) {
  out o = {buf, buf ? size : 0, 0, flags & VF_FMT_NO_BREAK};
  if (decimals >= 0 && decimals <= 18) number(&o, l, magnitude(scaled), scaled < 0, decimals);
  return finish(&o);
}

size_t vf_format_percent(const vf_labels *l, int64_t scaled, int decimals, unsigned flags,
                         char *buf, size_t size) {
  out o = {buf, buf ? size : 0, 0, flags & VF_FMT_NO_BREAK};
  if (decimals >= 0 && decimals <= 18)
    pattern(&o, l, text(l, "format.percent", "{}%"), magnitude(scaled), scaled < 0, decimals);
  return finish(&o);
}

size_t vf_format_money(const vf_labels *l, vf_money amount, int decimals, unsigned flags,
                       char *buf, size_t size) {
  out o = {buf, buf ? size : 0, 0, flags & VF_FMT_NO_BREAK};
  uint64_t mag = magnitude(amount);
  if (decimals == 0) mag = round_down(mag, 2);
  if (decimals == 0 || decimals == 2)
    pattern(&o, l, text(l, "format.money", "{} kr"), mag, amount < 0 && mag, decimals);
  return finish(&o);
}

size_t vf_format_millions(const vf_labels *l, vf_money amount, int decimals, unsigned flags,
                          char *buf, size_t size) {
  out o = {buf, buf ? size : 0, 0, flags & VF_FMT_NO_BREAK};
  if (decimals >= 0 && decimals <= 6) {
    /* øre -> millions of kroner: 10^8 øre in a million kroner. */
    uint64_t mag = round_down(magnitude(amount), 8 - decimals);
    pattern(&o, l, text(l, "format.money_millions", "NOK {} million"), mag, amount < 0 && mag,
            decimals);
  }
  return finish(&o);
}
