/* Explanations in a language: a trace's messages filled from the texts of
 * data/labels/trace.csv (rules/trace_msgs.h), as text and as language-neutral
 * JSON with the texts optional. English uses the C number formats and the
 * stable code names, so it reads exactly as traces always have. */
#include "rules/trace_impl.h"
#include "core/embedded.h"
#include "parse/csv.h"

#include <stdlib.h>

/* The number formats of @p g: NULL, the formats velferd's English always had. */
static const vf_labels *fmt_of(const vfi_tlang *g) { return g->english ? NULL : g->labels; }

/* The text of message @p id in @p g, NULL if it has none; @p key (128 bytes)
 * receives "trace.<id>" when it is looked up by key. */
static const char *template_of(const vfi_tlang *g, int id, char *key) {
  if (!g->labels) return g->en->tmpl[id];
  snprintf(key, 128, "trace.%s", vfi_trace_msg_ids[id]);
  return vf_labels_get(g->labels, key);
}

/* One argument as text in language @p g. */
static void arg_text(const vf_trace *t, const vfi_tlang *g, const arg_rec *a, char *b,
                     size_t size) {
  int en = g->english;
  const vf_labels *fmt = fmt_of(g);
  b[0] = '\0';
  switch (a->kind) {
  case VF_TRACE_ARG_MONEY: vf_format_money(fmt, a->i, 2, 0, b, size); break;
  case VF_TRACE_ARG_INT: vf_format_integer(fmt, a->i, 0, b, size); break;
  case VF_TRACE_ARG_DATE: {
    vf_date d = {0, 0, 0};
    if (!vf_date_from_days((int32_t)a->i, &d, NULL)) vf_date_format(d, b, size);
    break;
  }
  case VF_TRACE_ARG_CODE: {
    const char *c = en ? NULL : vf_labels_code(g->labels, (vf_code_list)a->list, (int)a->i);
    if (!c) c = vf_code_name((vf_code_list)a->list, (int)a->i);
    snprintf(b, size, "%s", c ? c : "?");
    break;
  }
  case VF_TRACE_ARG_TERM: {
    msg_rec m = {(int)a->i, 0, 0};
    vfi_trace_fill(t, g, &m, b, size);
    break;
  }
  case VF_TRACE_ARG_PARAM: snprintf(b, size, "%s", vfi_tstr(t, a->s)); break;
  }
}

#define MAX_ARGS 9 /* {1}..{9} */

/* Reads the English column of the compiled-in trace table with the library's
 * CSV reader. Every traced call needs it, so only this table is read (a
 * vf_labels of every table costs about a millisecond). Its rows are in the
 * order of the message list, so a row's message is found at once. */
int vfi_trace_texts_load(vfi_trace_texts *x) {
  if (x->block) return 1;
  const vfi_embedded_file *f = NULL;
  for (size_t i = 0; i < vfi_label_file_count; i++)
    if (!strcmp(vfi_label_files[i].name, "trace")) f = &vfi_label_files[i];
  memset(x->tmpl, 0, sizeof x->tmpl);
  x->block = malloc(f ? f->len + 1 : 1); /* the texts are shorter than the table */
  if (!x->block) return 0;
  if (!f) return 1; /* (a build without the table: every message shows its key) */
  vfi_csv r;
  vfi_csv_init(&r, f->data, f->len, "trace.csv", true);
  vf_error e;
  size_t used = 0, col = 0;
  int next = 0, got, ok = 1;
  while ((got = vfi_csv_next(&r, &e)) != 0) {
    if (got < 0) {
      if (r.fatal) { ok = 0; break; } /* out of memory; a bad row is left out (shows its key) */
      continue;
    }
    if (!col) { /* the header: key,en,nb,source */
      for (size_t i = 1; i < r.nfields && !col; i++)
        if (!strcmp(r.fields[i], "en")) col = i;
      if (!col) break;
      continue;
    }
    const char *key = r.fields[0];
    if (col >= r.nfields || strncmp(key, "trace.", 6)) continue;
    int m = next < VFI_M_COUNT && !strcmp(vfi_trace_msg_ids[next], key + 6) ? next : -1;
    for (int i = 0; m < 0 && i < VFI_M_COUNT; i++)
      if (!strcmp(vfi_trace_msg_ids[i], key + 6)) m = i;
    if (m < 0) continue;
    size_t len = strlen(r.fields[col]);
    memcpy(x->block + used, r.fields[col], len + 1);
    if (memchr(x->block + used, '\\', len)) vfi_labels_unescape(x->block + used);
    x->tmpl[m] = x->block + used;
    used += len + 1;
    next = m + 1;
  }
  vfi_csv_free(&r);
  return ok;
}

void vfi_trace_texts_free(vfi_trace_texts *x) {
  free(x->block);
  x->block = NULL;
}

size_t vfi_trace_fill(const vf_trace *t, const vfi_tlang *g, const msg_rec *m, char *buf,
                      size_t size) {
  if (m->id < 0 || m->id >= VFI_M_COUNT) {
    if (size) buf[0] = '\0';
    return 0;
  }
  char key[128];
  const char *tmpl = template_of(g, m->id, key);
  if (!tmpl) { /* a missing text shows as its key */
    snprintf(key, sizeof key, "trace.%s", vfi_trace_msg_ids[m->id]);
    tmpl = key;
  }
  char ab[MAX_ARGS][128];
  const char *args[MAX_ARGS];
  size_t n = m->na < MAX_ARGS ? m->na : MAX_ARGS;
  for (size_t i = 0; i < n; i++) {
    arg_text(t, g, &t->g[m->a0 + i], ab[i], sizeof ab[i]);
    args[i] = ab[i];
  }
  size_t len = vfi_labels_fill_text(tmpl, args, n, buf, size);
  if (size) vfi_mask_ids(buf, len >= size); /* as error messages: no fødselsnummer */
  return len;
}

/* Writes message @p m of the trace. */
static void w_msg(writer *w, const vf_trace *t, const vfi_tlang *g, const msg_rec *m) {
  char b[1024];
  size_t n = vfi_trace_fill(t, g, m, b, sizeof b);
  w_put(w, b, n < sizeof b ? n : sizeof b - 1);
}

/* Writes frame message @p id with string arguments (a source can be long). */
static void w_frame(writer *w, const vfi_tlang *g, int id, const char *const *args, size_t n) {
  char key[128], small[512];
  const char *tmpl = template_of(g, id, key);
  if (!tmpl) {
    snprintf(key, sizeof key, "trace.%s", vfi_trace_msg_ids[id]);
    tmpl = key;
  }
  size_t len = vfi_labels_fill_text(tmpl, args, n, small, sizeof small);
  if (len < sizeof small) { w_put(w, small, len); return; }
  char *big = malloc(len + 1);
  if (!big) { w_put(w, small, sizeof small - 1); return; }
  vfi_labels_fill_text(tmpl, args, n, big, len + 1);
  w_put(w, big, len);
  free(big);
}

static void w_amount(writer *w, const vfi_tlang *g, vf_money m) {
  char b[48];
  vf_format_money(fmt_of(g), m, 2, 0, b, sizeof b);
  w_str(w, b);
}

/* A parameter's value as in parameter files (kroner, a/b, n), in the
 * language's number format. */
static void param_value(const vfi_tlang *g, const param_rec *p, char *b, size_t size) {
  const vf_labels *fmt = fmt_of(g);
  if (p->unit >= VF_UNIT_NOK && p->unit <= VF_UNIT_NOK_PER_DAY)
    vf_format_fixed(fmt, p->num, 2, 0, b, size);
  else if (p->unit == VF_UNIT_RATIO && p->den != 1)
    snprintf(b, size, "%lld/%lld", (long long)p->num, (long long)p->den);
  else vf_format_integer(fmt, p->num, 0, b, size);
}

static size_t render_text(const vf_trace *t, const vfi_tlang *g, char *buf, size_t size) {
  writer w = {buf, buf ? size : 0, 0};
  const char *head[4] = {vfi_tstr(t, t->calculation), vfi_tstr(t, t->period)};
  w_frame(&w, g, VFI_M_FRAME_CALCULATION, head, 2);
  w_str(&w, "\n");
  const char *run[4] = {vfi_tstr(t, t->version), vfi_tstr(t, t->params_id),
                        vfi_tstr(t, t->profile), vfi_tstr(t, t->rules)};
  w_frame(&w, g, VFI_M_FRAME_RUN, run, 4);
  if (t->known_on) {
    const char *k = vfi_tstr(t, t->known_on);
    w_frame(&w, g, VFI_M_FRAME_KNOWN_ON, &k, 1);
  }
  w_str(&w, "\n");
  if (t->projected) {
    char n[32];
    vf_format_integer(fmt_of(g), (int64_t)t->projected, 0, n, sizeof n);
    const char *pr[2] = {n, vfi_tstr(t, t->projection)};
    w_frame(&w, g, VFI_M_FRAME_PROJECTED, pr, 2);
    w_str(&w, "\n");
  }
  for (size_t i = 0; i < t->ns; i++) {
    const step_rec *s = &t->s[i];
    w_fmt(&w, "\n%zu. ", i + 1);
    w_msg(&w, t, g, &s->title_m);
    if (s->has_amount) {
      w_str(&w, ": ");
      w_amount(&w, g, s->amount);
    }
    if (s->outcome_m >= 0) {
      w_str(&w, ": ");
      w_msg(&w, t, g, &(msg_rec){s->outcome_m, 0, 0});
    }
    w_str(&w, "  [");
    w_str(&w, vfi_tstr(t, s->rule));
    w_str(&w, ", ");
    w_str(&w, vfi_tstr(t, s->version));
    w_str(&w, "]\n");
    if (s->detail_m.id >= 0) {
      w_str(&w, "   ");
      w_msg(&w, t, g, &s->detail_m);
      w_str(&w, "\n");
    }
    for (size_t j = 0; j < s->nv; j++) {
      const value_rec *v = &t->v[s->v0 + j];
      w_str(&w, "   - ");
      w_msg(&w, t, g, &v->m);
      w_str(&w, ": ");
      if (v->kind == VF_TRACE_MONEY) {
        w_amount(&w, g, v->value);
      } else {
        char n[32];
        vf_format_integer(fmt_of(g), v->value, 0, n, sizeof n);
        w_str(&w, n);
      }
      w_str(&w, "\n");
    }
    for (size_t j = 0; j < s->np; j++) {
      const param_rec *p = &t->p[s->p0 + j];
      char val[48], from[16] = "", decided[16] = "";
      param_value(g, p, val, sizeof val);
      vf_date_format(p->from, from, sizeof from);
      vf_date_format(p->decided, decided, sizeof decided);
      const char *unit = vf_unit_name(p->unit) ? vf_unit_name(p->unit) : "?";
      w_str(&w, "   ");
      if (vf_date_cmp(p->decided, p->from) != 0) {
        const char *a[6] = {vfi_tstr(t, p->name), val, unit, from, decided,
                            vfi_tstr(t, p->source)};
        w_frame(&w, g, VFI_M_FRAME_PARAM_DECIDED, a, 6);
      } else {
        const char *a[5] = {vfi_tstr(t, p->name), val, unit, from, vfi_tstr(t, p->source)};
        w_frame(&w, g, VFI_M_FRAME_PARAM, a, 5);
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
      w_frame(&w, g, VFI_M_FRAME_SOURCE, &src, 1);
      w_str(&w, "\n");
    }
  }
  return w_done(&w);
}

/* The language of @p l for a rendering: its texts, or for NULL the English
 * texts (the trace's own, else loaded into @p tmp: a trace that never
 * recorded has none). 0 if out of memory. */
static int lang_of(const vf_trace *t, const vf_labels *l, vfi_trace_texts *tmp, vfi_tlang *g) {
  g->labels = l;
  g->english = !l || !strcmp(vf_labels_lang(l), "en");
  g->en = t->en.block ? &t->en : tmp;
  return l || t->en.block || vfi_trace_texts_load(tmp);
}

size_t vf_trace_to_text_labels(const vf_trace *t, const vf_labels *l, char *buf, size_t size) {
  vfi_trace_texts tmp = {0};
  vfi_tlang g;
  if (!t || !lang_of(t, l, &tmp, &g)) {
    if (buf && size) buf[0] = '\0';
    return 0;
  }
  size_t n = render_text(t, &g, buf, size);
  vfi_trace_texts_free(&tmp);
  return n;
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

static void w_text_key(writer *w, const vf_trace *t, const vfi_tlang *g, const msg_rec *m,
                       const char *key) {
  char b[1024];
  size_t n = vfi_trace_fill(t, g, m, b, sizeof b);
  if (n >= sizeof b) n = sizeof b - 1;
  b[n] = '\0';
  w_str(w, ",");
  w_key(w, key, b);
}

/* {"id":...,"args":[...]} of a message, with "text" when @p g (NULL: none). */
static void w_msg_json(writer *w, const vf_trace *t, const vfi_tlang *g, const msg_rec *m) {
  w_str(w, "{");
  w_key(w, "id", vfi_trace_msg_ids[m->id]);
  w_str(w, ",\"args\":[");
  for (size_t i = 0; i < m->na; i++) {
    const arg_rec *a = &t->g[m->a0 + i];
    if (i) w_str(w, ",");
    switch (a->kind) {
    case VF_TRACE_ARG_MONEY:
      w_fmt(w, "{\"kind\":\"money\",\"value_ore\":%lld}", (long long)a->i);
      break;
    case VF_TRACE_ARG_INT: w_fmt(w, "{\"kind\":\"int\",\"value\":%lld}", (long long)a->i); break;
    case VF_TRACE_ARG_DATE: {
      char d[16] = "";
      vf_date x = {0, 0, 0};
      if (!vf_date_from_days((int32_t)a->i, &x, NULL)) vf_date_format(x, d, sizeof d);
      w_fmt(w, "{\"kind\":\"date\",\"value\":\"%s\"}", d);
      break;
    }
    case VF_TRACE_ARG_CODE: {
      const char *ln = vf_code_list_name((vf_code_list)a->list);
      const char *cn = vf_code_name((vf_code_list)a->list, (int)a->i);
      w_str(w, "{\"kind\":\"code\",");
      w_key(w, "list", ln ? ln : "");
      w_str(w, ",");
      w_key(w, "value", cn ? cn : "");
      w_str(w, "}");
      break;
    }
    case VF_TRACE_ARG_TERM:
      w_str(w, "{\"kind\":\"term\",");
      w_key(w, "value", vfi_trace_msg_ids[a->i]);
      w_str(w, "}");
      break;
    case VF_TRACE_ARG_PARAM:
      w_str(w, "{\"kind\":\"param\",");
      w_key(w, "value", vfi_tstr(t, a->s));
      w_str(w, "}");
      break;
    }
  }
  w_str(w, "]");
  if (g) w_text_key(w, t, g, m, "text");
  w_str(w, "}");
}

/* @p g: the language of the texts, NULL for none. */
static size_t render_json(const vf_trace *t, const vfi_tlang *g, char *buf, size_t size) {
  writer w = {buf, buf ? size : 0, 0};
  vfi_trace_head_json(&w, t);
  if (g) {
    w_str(&w, ",");
    w_key(&w, "lang", g->labels ? vf_labels_lang(g->labels) : "en");
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
    if (g) w_text_key(&w, t, g, &s->title_m, "title");
    w_str(&w, ",");
    w_key(&w, "source", vfi_tstr(t, s->source));
    w_str(&w, ",");
    w_key(&w, "outcome", vfi_tstr(t, s->outcome));
    if (g && s->outcome_m >= 0)
      w_text_key(&w, t, g, &(msg_rec){s->outcome_m, 0, 0}, "outcome_text");
    if (s->has_amount) {
      w_str(&w, ",");
      w_money_json(&w, "amount", s->amount);
    }
    w_str(&w, ",\"detail\":");
    if (s->detail_m.id >= 0) w_msg_json(&w, t, g, &s->detail_m);
    else w_str(&w, "null");
    w_str(&w, ",\"values\":[");
    for (size_t j = 0; j < s->nv; j++) {
      const value_rec *v = &t->v[s->v0 + j];
      if (j) w_str(&w, ",");
      w_str(&w, "{\"label\":");
      w_msg_json(&w, t, g, &v->m);
      if (v->kind == VF_TRACE_MONEY)
        w_fmt(&w, ",\"kind\":\"money\",\"value_ore\":%lld}", (long long)v->value);
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
  vfi_trace_texts tmp = {0};
  vfi_tlang g;
  int texts = (flags & VF_TRACE_JSON_TEXT) != 0;
  if (!t || (texts && !lang_of(t, l, &tmp, &g))) {
    if (buf && size) buf[0] = '\0';
    return 0;
  }
  size_t n = render_json(t, texts ? &g : NULL, buf, size);
  vfi_trace_texts_free(&tmp);
  return n;
}
