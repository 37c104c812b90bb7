/* Explanations in a language: a trace's messages filled from the texts of
 * data/labels/trace.csv (rules/trace_msgs.h), as text and as language-neutral
 * JSON with the texts optional. English uses the C number formats and the
 * stable code names, so it reads exactly as traces always have. */
#include "rules/trace_impl.h"

#include <stdlib.h>

static int is_english(const vf_labels *l) { return !l || !strcmp(vf_labels_lang(l), "en"); }

/* One argument as text in the language of @p l. */
static void arg_text(const vf_trace *t, const vf_labels *l, const arg_rec *g, char *b,
                     size_t size) {
  int en = is_english(l);
  const vf_labels *fmt = en ? NULL : l; /* NULL: the formats velferd's English always had */
  b[0] = '\0';
  switch (g->kind) {
  case VF_TRACE_ARG_MONEY: vf_format_money(fmt, g->i, 2, 0, b, size); break;
  case VF_TRACE_ARG_INT: vf_format_integer(fmt, g->i, 0, b, size); break;
  case VF_TRACE_ARG_DATE: {
    vf_date d = {0, 0, 0};
    if (!vf_date_from_days((int32_t)g->i, &d, NULL)) vf_date_format(d, b, size);
    break;
  }
  case VF_TRACE_ARG_CODE: {
    const char *c = en ? NULL : vf_labels_code(l, (vf_code_list)g->list, (int)g->i);
    if (!c) c = vf_code_name((vf_code_list)g->list, (int)g->i);
    snprintf(b, size, "%s", c ? c : "?");
    break;
  }
  case VF_TRACE_ARG_TERM: {
    msg_rec m = {(int)g->i, 0, 0};
    vfi_trace_fill(t, l, &m, b, size);
    break;
  }
  case VF_TRACE_ARG_PARAM: snprintf(b, size, "%s", vfi_tstr(t, g->s)); break;
  }
}

#define MAX_ARGS 9 /* {1}..{9} */

size_t vfi_trace_fill(const vf_trace *t, const vf_labels *l, const msg_rec *m, char *buf,
                      size_t size) {
  if (m->id < 0 || m->id >= VFI_M_COUNT) {
    if (size) buf[0] = '\0';
    return 0;
  }
  char key[128];
  snprintf(key, sizeof key, "trace.%s", vfi_trace_msg_ids[m->id]);
  char ab[MAX_ARGS][128];
  const char *args[MAX_ARGS];
  size_t n = m->na < MAX_ARGS ? m->na : MAX_ARGS;
  for (size_t i = 0; i < n; i++) {
    arg_text(t, l, &t->g[m->a0 + i], ab[i], sizeof ab[i]);
    args[i] = ab[i];
  }
  size_t len = vf_labels_fill(l, key, args, n, buf, size);
  if (size) vfi_mask_ids(buf, len >= size); /* as error messages: no fødselsnummer */
  return len;
}

/* Writes message @p m of the trace. */
static void w_msg(writer *w, const vf_trace *t, const vf_labels *l, const msg_rec *m) {
  char b[1024];
  size_t n = vfi_trace_fill(t, l, m, b, sizeof b);
  w_put(w, b, n < sizeof b ? n : sizeof b - 1);
}

/* Writes frame message @p id with string arguments (a source can be long). */
static void w_frame(writer *w, const vf_labels *l, int id, const char *const *args, size_t n) {
  char key[64], small[512];
  snprintf(key, sizeof key, "trace.%s", vfi_trace_msg_ids[id]);
  size_t len = vf_labels_fill(l, key, args, n, small, sizeof small);
  if (len < sizeof small) { w_put(w, small, len); return; }
  char *big = malloc(len + 1);
  if (!big) { w_put(w, small, sizeof small - 1); return; }
  vf_labels_fill(l, key, args, n, big, len + 1);
  w_put(w, big, len);
  free(big);
}

static void w_amount(writer *w, const vf_labels *l, vf_money m) {
  char b[48];
  vf_format_money(is_english(l) ? NULL : l, m, 2, 0, b, sizeof b);
  w_str(w, b);
}

/* A parameter's value as in parameter files (kroner, a/b, n), in the
 * language's number format. */
static void param_value(const vf_labels *l, const param_rec *p, char *b, size_t size) {
  const vf_labels *fmt = is_english(l) ? NULL : l;
  if (p->unit >= VF_UNIT_NOK && p->unit <= VF_UNIT_NOK_PER_DAY)
    vf_format_fixed(fmt, p->num, 2, 0, b, size);
  else if (p->unit == VF_UNIT_RATIO && p->den != 1)
    snprintf(b, size, "%lld/%lld", (long long)p->num, (long long)p->den);
  else vf_format_integer(fmt, p->num, 0, b, size);
}

static size_t render_text(const vf_trace *t, const vf_labels *l, char *buf, size_t size) {
  writer w = {buf, buf ? size : 0, 0};
  const char *head[4] = {vfi_tstr(t, t->calculation), vfi_tstr(t, t->period)};
  w_frame(&w, l, VFI_M_FRAME_CALCULATION, head, 2);
  w_str(&w, "\n");
  const char *run[4] = {vfi_tstr(t, t->version), vfi_tstr(t, t->params_id),
                        vfi_tstr(t, t->profile), vfi_tstr(t, t->rules)};
  w_frame(&w, l, VFI_M_FRAME_RUN, run, 4);
  if (t->known_on) {
    const char *k = vfi_tstr(t, t->known_on);
    w_frame(&w, l, VFI_M_FRAME_KNOWN_ON, &k, 1);
  }
  w_str(&w, "\n");
  if (t->projected) {
    char n[32];
    vf_format_integer(is_english(l) ? NULL : l, (int64_t)t->projected, 0, n, sizeof n);
    const char *pr[2] = {n, vfi_tstr(t, t->projection)};
    w_frame(&w, l, VFI_M_FRAME_PROJECTED, pr, 2);
    w_str(&w, "\n");
  }
  for (size_t i = 0; i < t->ns; i++) {
    const step_rec *s = &t->s[i];
    w_fmt(&w, "\n%zu. ", i + 1);
    w_msg(&w, t, l, &s->title_m);
    if (s->has_amount) {
      w_str(&w, ": ");
      w_amount(&w, l, s->amount);
    }
    if (s->outcome_m >= 0) {
      w_str(&w, ": ");
      w_msg(&w, t, l, &(msg_rec){s->outcome_m, 0, 0});
    }
    w_str(&w, "  [");
    w_str(&w, vfi_tstr(t, s->rule));
    w_str(&w, ", ");
    w_str(&w, vfi_tstr(t, s->version));
    w_str(&w, "]\n");
    if (s->detail_m.id >= 0) {
      w_str(&w, "   ");
      w_msg(&w, t, l, &s->detail_m);
      w_str(&w, "\n");
    }
    for (size_t j = 0; j < s->nv; j++) {
      const value_rec *v = &t->v[s->v0 + j];
      w_str(&w, "   - ");
      w_msg(&w, t, l, &v->m);
      w_str(&w, ": ");
      if (v->kind == VF_TRACE_MONEY) {
        w_amount(&w, l, v->value);
      } else {
        char n[32];
        vf_format_integer(is_english(l) ? NULL : l, v->value, 0, n, sizeof n);
        w_str(&w, n);
      }
      w_str(&w, "\n");
    }
    for (size_t j = 0; j < s->np; j++) {
      const param_rec *p = &t->p[s->p0 + j];
      char val[48], from[16] = "", decided[16] = "";
      param_value(l, p, val, sizeof val);
      vf_date_format(p->from, from, sizeof from);
      vf_date_format(p->decided, decided, sizeof decided);
      const char *unit = vf_unit_name(p->unit) ? vf_unit_name(p->unit) : "?";
      w_str(&w, "   ");
      if (vf_date_cmp(p->decided, p->from) != 0) {
        const char *a[6] = {vfi_tstr(t, p->name), val, unit, from, decided,
                            vfi_tstr(t, p->source)};
        w_frame(&w, l, VFI_M_FRAME_PARAM_DECIDED, a, 6);
      } else {
        const char *a[5] = {vfi_tstr(t, p->name), val, unit, from, vfi_tstr(t, p->source)};
        w_frame(&w, l, VFI_M_FRAME_PARAM, a, 5);
      }
      w_str(&w, "\n");
      if (p->projected) {
        char b[512];
        vfi_trace_projection_text(t, p, b, sizeof b);
        w_str(&w, "     ");
        w_str(&w, b);
        w_str(&w, "\n");
      }
    }
    if (s->source) {
      const char *src = vfi_tstr(t, s->source);
      w_str(&w, "   ");
      w_frame(&w, l, VFI_M_FRAME_SOURCE, &src, 1);
      w_str(&w, "\n");
    }
  }
  return w_done(&w);
}

/* Runs @p fn with @p l, or with English texts when @p l is NULL (the
 * trace's own, else loaded for the call: an empty trace has none). */
static size_t with_labels(const vf_trace *t, const vf_labels *l, char *buf, size_t size,
                          size_t (*fn)(const vf_trace *, const vf_labels *, void *, char *,
                                       size_t),
                          void *arg) {
  vf_labels *tmp = NULL;
  if (!l) l = t->en;
  if (!l && vf_labels_new(&tmp, "en", NULL) == VF_OK) l = tmp;
  if (!l) { /* out of memory */
    if (buf && size) buf[0] = '\0';
    return 0;
  }
  size_t n = fn(t, l, arg, buf, size);
  vf_labels_free(tmp);
  return n;
}

static size_t text_fn(const vf_trace *t, const vf_labels *l, void *arg, char *buf, size_t size) {
  (void)arg;
  return render_text(t, l, buf, size);
}

size_t vf_trace_to_text_labels(const vf_trace *t, const vf_labels *l, char *buf, size_t size) {
  if (!t) {
    if (buf && size) buf[0] = '\0';
    return 0;
  }
  return with_labels(t, l, buf, size, text_fn, NULL);
}

vf_status vf_trace_to_text_lang(const vf_trace *t, const char *lang, char *buf, size_t size,
                                size_t *len, vf_error *err) {
  if (buf && size) buf[0] = '\0';
  if (len) *len = 0;
  if (!lang) return vfi_fail(err, VF_E_INVALID_ARG, 0, "lang", "lang is NULL");
  vf_labels *l = NULL;
  vf_status st = vf_labels_new(&l, lang, err);
  if (st) return st;
  size_t n = vf_trace_to_text_labels(t, l, buf, size);
  vf_labels_free(l);
  if (len) *len = n;
  return VF_OK;
}

/* ---- language-neutral JSON ---- */

static void w_text_key(writer *w, const vf_trace *t, const vf_labels *l, const msg_rec *m,
                       const char *key) {
  char b[1024];
  size_t n = vfi_trace_fill(t, l, m, b, sizeof b);
  if (n >= sizeof b) n = sizeof b - 1;
  b[n] = '\0';
  w_str(w, ",");
  w_key(w, key, b);
}

/* {"id":...,"args":[...]} of a message, with "text" when @p l. */
static void w_msg_json(writer *w, const vf_trace *t, const vf_labels *l, const msg_rec *m) {
  w_str(w, "{");
  w_key(w, "id", vfi_trace_msg_ids[m->id]);
  w_str(w, ",\"args\":[");
  for (size_t i = 0; i < m->na; i++) {
    const arg_rec *g = &t->g[m->a0 + i];
    if (i) w_str(w, ",");
    switch (g->kind) {
    case VF_TRACE_ARG_MONEY: w_fmt(w, "{\"kind\":\"money\",\"value_ore\":%lld}", (long long)g->i); break;
    case VF_TRACE_ARG_INT: w_fmt(w, "{\"kind\":\"int\",\"value\":%lld}", (long long)g->i); break;
    case VF_TRACE_ARG_DATE: {
      char d[16] = "";
      vf_date x = {0, 0, 0};
      if (!vf_date_from_days((int32_t)g->i, &x, NULL)) vf_date_format(x, d, sizeof d);
      w_fmt(w, "{\"kind\":\"date\",\"value\":\"%s\"}", d);
      break;
    }
    case VF_TRACE_ARG_CODE: {
      const char *ln = vf_code_list_name((vf_code_list)g->list);
      const char *cn = vf_code_name((vf_code_list)g->list, (int)g->i);
      w_str(w, "{\"kind\":\"code\",");
      w_key(w, "list", ln ? ln : "");
      w_str(w, ",");
      w_key(w, "value", cn ? cn : "");
      w_str(w, "}");
      break;
    }
    case VF_TRACE_ARG_TERM:
      w_str(w, "{\"kind\":\"term\",");
      w_key(w, "value", vfi_trace_msg_ids[g->i]);
      w_str(w, "}");
      break;
    case VF_TRACE_ARG_PARAM:
      w_str(w, "{\"kind\":\"param\",");
      w_key(w, "value", vfi_tstr(t, g->s));
      w_str(w, "}");
      break;
    }
  }
  w_str(w, "]");
  if (l) w_text_key(w, t, l, m, "text");
  w_str(w, "}");
}

static size_t json_fn(const vf_trace *t, const vf_labels *l, void *arg, char *buf, size_t size) {
  unsigned flags = *(const unsigned *)arg;
  const vf_labels *tl = flags & VF_TRACE_JSON_TEXT ? l : NULL; /* texts wanted */
  writer w = {buf, buf ? size : 0, 0};
  vfi_trace_head_json(&w, t);
  if (tl) {
    w_str(&w, ",");
    w_key(&w, "lang", vf_labels_lang(tl));
  }
  w_str(&w, ",\"steps\":[");
  for (size_t i = 0; i < t->ns; i++) {
    const step_rec *s = &t->s[i];
    if (i) w_str(&w, ",");
    w_str(&w, "{");
    w_key(&w, "rule", vfi_tstr(t, s->rule));
    w_str(&w, ",");
    w_key(&w, "version", vfi_tstr(t, s->version));
    w_str(&w, ",");
    w_key(&w, "title_id", vfi_trace_msg_ids[s->title_m.id]);
    if (tl) w_text_key(&w, t, tl, &s->title_m, "title");
    w_str(&w, ",");
    w_key(&w, "source", vfi_tstr(t, s->source));
    w_str(&w, ",");
    w_key(&w, "outcome", vfi_tstr(t, s->outcome));
    if (tl && s->outcome_m >= 0) w_text_key(&w, t, tl, &(msg_rec){s->outcome_m, 0, 0}, "outcome_text");
    if (s->has_amount) {
      w_str(&w, ",");
      w_money_json(&w, "amount", s->amount);
    }
    w_str(&w, ",\"detail\":");
    if (s->detail_m.id >= 0) w_msg_json(&w, t, tl, &s->detail_m);
    else w_str(&w, "null");
    w_str(&w, ",\"values\":[");
    for (size_t j = 0; j < s->nv; j++) {
      const value_rec *v = &t->v[s->v0 + j];
      if (j) w_str(&w, ",");
      w_str(&w, "{\"label\":");
      w_msg_json(&w, t, tl, &v->m);
      if (v->kind == VF_TRACE_MONEY) w_fmt(&w, ",\"kind\":\"money\",\"value_ore\":%lld}", (long long)v->value);
      else w_fmt(&w, ",\"kind\":\"number\",\"value\":%lld}", (long long)v->value);
    }
    w_str(&w, "],\"params\":[");
    for (size_t j = 0; j < s->np; j++) {
      if (j) w_str(&w, ",");
      vfi_trace_param_json(&w, t, &t->p[s->p0 + j]);
    }
    w_str(&w, "]}");
  }
  w_str(&w, "]}");
  return w_done(&w);
}

size_t vf_trace_to_json_ex(const vf_trace *t, unsigned flags, const vf_labels *l, char *buf,
                           size_t size) {
  if (!t) {
    if (buf && size) buf[0] = '\0';
    return 0;
  }
  if (!(flags & VF_TRACE_JSON_TEXT)) return json_fn(t, NULL, &flags, buf, size);
  return with_labels(t, l, buf, size, json_fn, &flags);
}
