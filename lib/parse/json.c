/* Strict JSON reader: recursive descent with a depth limit. */
#include "parse/json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct parser {
  const char *p, *end, *line_start;
  const char *name;
  int line, depth;
  vf_error *err;
} parser;

const char *vfi_json_type_name(vfi_jtype t) {
  static const char *const names[] = {"null", "boolean", "number", "string", "array", "object"};
  return (unsigned)t < sizeof names / sizeof names[0] ? names[t] : "?";
}

static int col(const parser *ps) { return (int)(ps->p - ps->line_start) + 1; }

static vf_status fail(parser *ps, const char *what) {
  vfi_fail(ps->err, VF_E_PARSE, ps->line, "", "%s:%d:%d: %s", ps->name, ps->line, col(ps), what);
  return VF_E_PARSE;
}

static void skip_ws(parser *ps) {
  while (ps->p < ps->end) {
    char c = *ps->p;
    if (c == '\n') {
      ps->line++;
      ps->line_start = ps->p + 1;
    } else if (c != ' ' && c != '\t' && c != '\r') {
      return;
    }
    ps->p++;
  }
}

static void free_members(vfi_json *v) {
  for (size_t i = 0; i < v->n; i++) {
    free_members(&v->items[i]);
    if (v->keys) free(v->keys[i]);
  }
  free(v->items);
  free(v->keys);
  free(v->text);
}

void vfi_json_free(vfi_json *v) {
  if (!v) return;
  free_members(v);
  free(v);
}

const vfi_json *vfi_json_get(const vfi_json *v, const char *key) {
  if (!v || v->type != VFI_JOBJECT) return NULL;
  for (size_t i = 0; i < v->n; i++)
    if (!strcmp(v->keys[i], key)) return &v->items[i];
  return NULL;
}

static int hex4(const char *s) {
  int v = 0;
  for (int i = 0; i < 4; i++) {
    char c = s[i];
    v <<= 4;
    if (c >= '0' && c <= '9') v |= c - '0';
    else if (c >= 'a' && c <= 'f') v |= c - 'a' + 10;
    else if (c >= 'A' && c <= 'F') v |= c - 'A' + 10;
    else return -1;
  }
  return v;
}

static size_t put_utf8(char *o, unsigned cp) {
  if (cp < 0x80) { o[0] = (char)cp; return 1; }
  if (cp < 0x800) { o[0] = (char)(0xC0 | cp >> 6); o[1] = (char)(0x80 | (cp & 0x3F)); return 2; }
  if (cp < 0x10000) {
    o[0] = (char)(0xE0 | cp >> 12); o[1] = (char)(0x80 | (cp >> 6 & 0x3F));
    o[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  o[0] = (char)(0xF0 | cp >> 18); o[1] = (char)(0x80 | (cp >> 12 & 0x3F));
  o[2] = (char)(0x80 | (cp >> 6 & 0x3F)); o[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

/* At the opening quote. The decoded text is never longer than the source. */
static vf_status parse_string(parser *ps, char **out) {
  const char *s = ++ps->p;
  const char *q = s;
  while (q < ps->end && *q != '"') q += (*q == '\\' && q + 1 < ps->end) ? 2 : 1;
  if (q >= ps->end) {
    ps->p = s - 1; /* point at the opening quote */
    return fail(ps, "unterminated string");
  }
  char *buf = malloc((size_t)(q - s) + 1), *o = buf;
  if (!buf) return vfi_fail(ps->err, VF_E_NOMEM, ps->line, "", "out of memory");
  while (ps->p < q) {
    unsigned char c = (unsigned char)*ps->p;
    if (c < 0x20) {
      free(buf);
      return fail(ps, "control character in string (write it as \\n, \\t or \\u00XX)");
    }
    if (c != '\\') {
      *o++ = (char)c;
      ps->p++;
      continue;
    }
    char e = ps->p[1];
    const char *simple = strchr("\"\\/bfnrt", e);
    if (e && simple) {
      *o++ = "\"\\/\b\f\n\r\t"[simple - "\"\\/bfnrt"];
      ps->p += 2;
      continue;
    }
    if (e != 'u') {
      free(buf);
      return fail(ps, "invalid escape in string");
    }
    int cp = q - ps->p >= 6 ? hex4(ps->p + 2) : -1;
    if (cp < 0) {
      free(buf);
      return fail(ps, "\\u must be followed by 4 hex digits");
    }
    ps->p += 6;
    if (cp >= 0xD800 && cp <= 0xDBFF) { /* a surrogate pair */
      int lo = q - ps->p >= 6 && ps->p[0] == '\\' && ps->p[1] == 'u' ? hex4(ps->p + 2) : -1;
      if (lo < 0xDC00 || lo > 0xDFFF) {
        free(buf);
        return fail(ps, "unpaired UTF-16 surrogate in \\u escape");
      }
      cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
      ps->p += 6;
    } else if ((cp >= 0xDC00 && cp <= 0xDFFF) || cp == 0) {
      free(buf);
      return fail(ps, cp ? "unpaired UTF-16 surrogate in \\u escape" : "\\u0000 is not allowed");
    }
    o += put_utf8(o, (unsigned)cp);
  }
  *o = '\0';
  ps->p = q + 1;
  *out = buf;
  return VF_OK;
}

/* Length of the well-formed UTF-8 character at p, 0 if malformed or NUL. */
static size_t utf8_char(const unsigned char *p, const unsigned char *end) {
  unsigned c = p[0];
  if (c < 0x80) return c ? 1 : 0;
  size_t n;
  unsigned lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) n = 2;
  else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F; /* no surrogates */
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if ((size_t)(end - p) < n || p[1] < lo || p[1] > hi) return 0;
  for (size_t i = 2; i < n; i++)
    if (p[i] < 0x80 || p[i] > 0xBF) return 0;
  return n;
}

static bool digit(char c) { return c >= '0' && c <= '9'; }

static vf_status parse_number(parser *ps, vfi_json *v) {
  const char *s = ps->p, *p = s, *e = ps->end;
  if (p < e && *p == '-') p++;
  if (p < e && *p == '0') p++;
  else if (p < e && digit(*p)) while (p < e && digit(*p)) p++;
  else return fail(ps, "invalid number");
  if (p < e && *p == '.') {
    p++;
    if (p >= e || !digit(*p)) { ps->p = p; return fail(ps, "digit expected after '.'"); }
    while (p < e && digit(*p)) p++;
  }
  if (p < e && (*p == 'e' || *p == 'E')) {
    p++;
    if (p < e && (*p == '+' || *p == '-')) p++;
    if (p >= e || !digit(*p)) { ps->p = p; return fail(ps, "digit expected in exponent"); }
    while (p < e && digit(*p)) p++;
  }
  if (p < e && (digit(*p) || *p == '.' || *p == 'e' || *p == 'E')) {
    ps->p = p;
    return fail(ps, "invalid number (no leading zeros)");
  }
  v->type = VFI_JNUMBER;
  v->text = malloc((size_t)(p - s) + 1);
  if (!v->text) return vfi_fail(ps->err, VF_E_NOMEM, ps->line, "", "out of memory");
  memcpy(v->text, s, (size_t)(p - s));
  v->text[p - s] = '\0';
  ps->p = p;
  return VF_OK;
}

static vf_status parse_value(parser *ps, vfi_json *v);

static vf_status append(parser *ps, vfi_json *v, vfi_json *item, char *key, size_t *cap) {
  if (v->n == *cap) {
    size_t nc = *cap ? *cap * 2 : 4;
    vfi_json *items = realloc(v->items, nc * sizeof *items);
    if (items) v->items = items;
    char **keys = v->type == VFI_JOBJECT ? realloc(v->keys, nc * sizeof *keys) : NULL;
    if (keys) v->keys = keys;
    if (!items || (v->type == VFI_JOBJECT && !keys)) /* the caller frees item and key */
      return vfi_fail(ps->err, VF_E_NOMEM, ps->line, "", "out of memory");
    *cap = nc;
  }
  v->items[v->n] = *item;
  if (v->keys) v->keys[v->n] = key;
  v->n++;
  return VF_OK;
}

/* Where a member name starts, for the duplicate check's message. */
typedef struct keypos {
  const char *at, *line_start;
  int line;
} keypos;

typedef struct keyref {
  const char *key;
  size_t index;
} keyref;

static int keyref_cmp(const void *a, const void *b) {
  const keyref *x = a, *y = b;
  int c = strcmp(x->key, y->key);
  return c ? c : (x->index > y->index) - (x->index < y->index);
}

/* Duplicate member names of a whole object, found by sorting the names once
 * (O(n log n); comparing each name with all earlier ones took 44 s for 80 000
 * members). The repeat reported is the first in file order, as a reader going
 * through the file would meet it. */
static vf_status check_duplicates(parser *ps, const vfi_json *v, const keypos *pos) {
  if (v->n < 2) return VF_OK;
  keyref *k = malloc(v->n * sizeof *k);
  if (!k) return vfi_fail(ps->err, VF_E_NOMEM, ps->line, "", "out of memory");
  for (size_t i = 0; i < v->n; i++) k[i] = (keyref){v->keys[i], i};
  qsort(k, v->n, sizeof *k, keyref_cmp);
  size_t dup = v->n; /* index of the first repeat in file order */
  for (size_t i = 1; i < v->n; i++)
    if (!strcmp(k[i - 1].key, k[i].key) && k[i].index < dup) dup = k[i].index;
  free(k);
  if (dup == v->n) return VF_OK;
  char msg[120];
  snprintf(msg, sizeof msg, "duplicate member \"%.60s\"", v->keys[dup]);
  ps->p = pos[dup].at; /* point at the repeated name */
  ps->line = pos[dup].line;
  ps->line_start = pos[dup].line_start;
  return fail(ps, msg);
}

/* At '[' or '{'. */
static vf_status parse_container(parser *ps, vfi_json *v) {
  bool obj = *ps->p == '{';
  char close = obj ? '}' : ']';
  v->type = obj ? VFI_JOBJECT : VFI_JARRAY;
  if (++ps->depth > VFI_JSON_MAX_DEPTH) return fail(ps, "nested too deeply");
  ps->p++;
  skip_ws(ps);
  size_t cap = 0;
  if (ps->p < ps->end && *ps->p == close) {
    ps->p++;
    ps->depth--;
    return VF_OK;
  }
  keypos *pos = NULL; /* objects: where each member name starts, same capacity as items */
  vf_status s;
  for (;;) {
    char *key = NULL;
    if (obj) {
      if (ps->p >= ps->end || *ps->p != '"') { s = fail(ps, "member name (a string) expected"); break; }
      keypos kp = {ps->p, ps->line_start, ps->line};
      if ((s = parse_string(ps, &key))) break;
      if (v->n == cap) { /* append() grows items to 2 * cap (at least 4) */
        keypos *np = realloc(pos, (cap ? cap * 2 : 4) * sizeof *np);
        if (!np) { free(key); s = vfi_fail(ps->err, VF_E_NOMEM, ps->line, "", "out of memory"); break; }
        pos = np;
      }
      pos[v->n] = kp;
      skip_ws(ps);
      if (ps->p >= ps->end || *ps->p != ':') {
        free(key);
        s = fail(ps, "':' expected after member name");
        break;
      }
      ps->p++;
    }
    vfi_json item = {0};
    if ((s = parse_value(ps, &item)) || (s = append(ps, v, &item, key, &cap))) {
      free_members(&item);
      free(key);
      break;
    }
    skip_ws(ps);
    if (ps->p < ps->end && *ps->p == ',') {
      ps->p++;
      skip_ws(ps);
      if (ps->p < ps->end && *ps->p == close) { s = fail(ps, "trailing comma"); break; }
      continue;
    }
    if (ps->p < ps->end && *ps->p == close) {
      const char *after = ps->p + 1;
      int line = ps->line;
      const char *ls = ps->line_start;
      if (obj && (s = check_duplicates(ps, v, pos))) break;
      ps->p = after;
      ps->line = line;
      ps->line_start = ls;
      ps->depth--;
      break;
    }
    s = fail(ps, obj ? "',' or '}' expected" : "',' or ']' expected");
    break;
  }
  free(pos);
  return s;
}

static vf_status parse_value(parser *ps, vfi_json *v) {
  skip_ws(ps);
  v->line = ps->line;
  v->col = col(ps);
  if (ps->p >= ps->end) return fail(ps, "value expected");
  char c = *ps->p;
  size_t left = (size_t)(ps->end - ps->p);
  if (c == '{' || c == '[') return parse_container(ps, v);
  if (c == '"') {
    v->type = VFI_JSTRING;
    return parse_string(ps, &v->text);
  }
  if (c == '-' || digit(c)) return parse_number(ps, v);
  static const struct { const char *word; vfi_jtype type; bool b; } words[] = {
    {"true", VFI_JBOOL, true}, {"false", VFI_JBOOL, false}, {"null", VFI_JNULL, false}};
  for (size_t i = 0; i < 3; i++) {
    size_t n = strlen(words[i].word);
    if (left >= n && !memcmp(ps->p, words[i].word, n)) {
      v->type = words[i].type;
      v->boolean = words[i].b;
      ps->p += n;
      return VF_OK;
    }
  }
  return fail(ps, "value expected (object, array, string, number, true, false or null)");
}

vf_status vfi_json_parse(const char *text, size_t len, const char *name, vfi_json **out,
                         vf_error *err) {
  if (!text || !out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "text or out is NULL");
  parser ps = {text, text + len, text, name ? name : "<json>", 1, 0, err};
  if (len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3)) ps.p = ps.line_start = text + 3;
  for (const char *q = ps.p; q < ps.end;) { /* UTF-8 only, no NUL bytes */
    size_t n = utf8_char((const unsigned char *)q, (const unsigned char *)ps.end);
    if (!n) {
      ps.p = q;
      return fail(&ps, "not valid UTF-8 (or a NUL byte)");
    }
    if (*q == '\n') {
      ps.line++;
      ps.line_start = q + 1;
    }
    q += n;
  }
  ps.line = 1;
  ps.line_start = ps.p;
  vfi_json *v = calloc(1, sizeof *v);
  if (!v) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  vf_status s = parse_value(&ps, v);
  if (!s) {
    skip_ws(&ps);
    if (ps.p < ps.end) s = fail(&ps, "unexpected text after the value");
  }
  if (s) {
    vfi_json_free(v);
    return s;
  }
  *out = v;
  return VF_OK;
}
