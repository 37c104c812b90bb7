/* The inside of a vf_trace, shared by the recorder (trace.c) and the
 * renderers in a language (trace_lang.c). Not installed. */
#ifndef VELFERD_TRACE_IMPL_H
#define VELFERD_TRACE_IMPL_H

#include "rules/rules_internal.h"
#include "rules/trace_msgs.h"
#include "lang/labels_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* A message: its id (VFI_M_*, -1 none) and its arguments [a0, a0 + na). */
typedef struct msg_rec {
  int id;
  size_t a0, na;
} msg_rec;

typedef struct arg_rec {
  vf_trace_arg_kind kind;
  int list;  /* CODE */
  int64_t i; /* MONEY øre, INT, DATE day number, CODE value, TERM message */
  size_t s;  /* PARAM: arena offset of the name */
} arg_rec;

typedef struct step_rec {
  size_t rule, version, title, detail, source, outcome; /* arena offsets; English texts */
  int has_amount;
  vf_money amount;
  size_t p0, np, v0, nv; /* ranges in the param and value arrays */
  msg_rec title_m, detail_m;
  int outcome_m; /* VFI_M_OUTCOME_*, -1 none */
} step_rec;

typedef struct param_rec {
  size_t name, source;
  vf_unit unit;
  int64_t num, den;
  vf_date from, decided;
  /* a projected value: as in vf_param_value */
  int projected, steps;
  vf_projection_method method;
  vf_date pfrom;
  int64_t pbase, pnum, pden, round_to;
} param_rec;

typedef struct value_rec {
  size_t label; /* English text */
  vf_trace_value_kind kind;
  int64_t value;
  msg_rec m;
} value_rec;

/* The English texts of the messages (data/labels/trace.csv), by message:
 * what every traced call renders, read from the compiled-in table with no
 * more than the CSV reader (a vf_labels of every table costs a millisecond). */
typedef struct vfi_trace_texts {
  char *block; /* the texts, NUL-separated; NULL: not loaded */
  const char *tmpl[VFI_M_COUNT];
} vfi_trace_texts;

struct vf_trace {
  char *a; /* arena; offset 0 is always "" */
  size_t alen, acap;
  step_rec *s;
  size_t ns, cs;
  param_rec *p;
  size_t np, cp;
  value_rec *v;
  size_t nv, cv;
  arg_rec *g;
  size_t ng, cg;
  size_t calculation, period, version, params_id, profile, rules, known_on, projection;
  size_t projected; /* projected parameter values read */
  int nomem;
  vfi_trace_texts en; /* loaded on the first recording, kept when cleared */
};

static inline const char *vfi_tstr(const vf_trace *t, size_t off) { return t->a ? t->a + off : ""; }

/* Loads the English texts into *x if not yet done; 0 if out of memory. */
int vfi_trace_texts_load(vfi_trace_texts *x);
void vfi_trace_texts_free(vfi_trace_texts *x);

/* Where a rendering takes its texts: @c labels (any language), or, for
 * English, @c en. */
typedef struct vfi_tlang {
  const vf_labels *labels; /* NULL: English from en */
  const vfi_trace_texts *en;
  int english;             /* codes as stable names, the C number formats */
} vfi_tlang;

/* Message @p m with its arguments in language @p g, written snprintf-style;
 * a message without text is written as its key, "trace.<id>". */
size_t vfi_trace_fill(const vf_trace *t, const vfi_tlang *g, const msg_rec *m, char *buf,
                      size_t size);

/* How a projected parameter was made (vf_param_projection_text()). */
void vfi_trace_projection_text(const vf_trace *t, const param_rec *p, char *b, size_t size);

/* ---- an snprintf-style writer ---- */

typedef struct writer {
  char *buf;
  size_t size, len;
} writer;

static inline void w_put(writer *w, const char *s, size_t n) {
  if (w->len < w->size) {
    size_t room = w->size - 1 - w->len; /* keep one byte for the NUL */
    memcpy(w->buf + w->len, s, n < room ? n : room);
  }
  w->len += n;
}

static inline void w_str(writer *w, const char *s) { w_put(w, s, strlen(s)); }

static inline void w_fmt(writer *w, const char *fmt, ...) VFI_PRINTF(2, 3);
static inline void w_fmt(writer *w, const char *fmt, ...) {
  char tmp[128];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  if (n > 0) w_put(w, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

static inline size_t w_done(writer *w) {
  if (w->size) w->buf[w->len < w->size ? w->len : w->size - 1] = '\0';
  return w->len;
}

static inline void w_date(writer *w, vf_date d) {
  char b[16];
  if (vf_date_format(d, b, sizeof b)) w_str(w, b);
}

/* A JSON string literal with the required escapes. */
static inline void w_json(writer *w, const char *s) {
  w_put(w, "\"", 1);
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    switch (*p) {
    case '"': w_put(w, "\\\"", 2); break;
    case '\\': w_put(w, "\\\\", 2); break;
    case '\n': w_put(w, "\\n", 2); break;
    case '\r': w_put(w, "\\r", 2); break;
    case '\t': w_put(w, "\\t", 2); break;
    default:
      if (*p < 0x20) w_fmt(w, "\\u%04x", *p);
      else w_put(w, (const char *)p, 1);
    }
  }
  w_put(w, "\"", 1);
}

static inline void w_key(writer *w, const char *key, const char *value) {
  w_json(w, key);
  w_put(w, ":", 1);
  w_json(w, value);
}

static inline void w_money_json(writer *w, const char *key, vf_money m) {
  char k[48];
  snprintf(k, sizeof k, "%s_ore", key);
  w_json(w, k);
  w_fmt(w, ":%lld,", (long long)m);
  char b[32];
  vf_money_format(m, b, sizeof b);
  w_key(w, key, b);
}

/* Shared JSON pieces (trace.c): the header up to the end of the "rules"
 * array, without the closing brace; one parameter as an object. */
void vfi_trace_head_json(writer *w, const vf_trace *t);
void vfi_trace_param_json(writer *w, const vf_trace *t, const param_rec *p);

#endif
