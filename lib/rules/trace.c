/* Traces: recording the steps of a calculation and rendering them as text and
 * JSON. Strings live in one arena and are referred to by offset, so clearing a
 * trace keeps all its memory and a reused trace stops allocating. */
#include "rules/trace_impl.h"

#include <stdlib.h>

/* ---- growing arrays ---- */

static int grow(void **arr, size_t *cap, size_t need, size_t elem) {
  if (need <= *cap) return 1;
  size_t n = *cap ? *cap * 2 : 16;
  while (n < need) n *= 2;
  void *p = realloc(*arr, n * elem);
  if (!p) return 0;
  *arr = p;
  *cap = n;
  return 1;
}

/* Copies [s, s+len) into the arena; returns its offset (0 = "" on failure). */
static size_t put_n(vf_trace *t, const char *s, size_t len) {
  if (!s || !len) return 0;
  if (!grow((void **)&t->a, &t->acap, t->alen + len + 1, 1)) { t->nomem = 1; return 0; }
  size_t off = t->alen;
  memcpy(t->a + off, s, len);
  t->a[off + len] = '\0';
  t->alen += len + 1;
  return off;
}

static size_t put(vf_trace *t, const char *s) { return s ? put_n(t, s, strlen(s)) : 0; }

#define str vfi_tstr

/* Records arguments a[0..n) and returns the message; a message's English
 * text is rendered now into the arena (*text), as the accessors give it. */
static msg_rec put_msg(vf_trace *t, int id, const vfi_targ *a, size_t n, size_t *text) {
  msg_rec m = {id, t->ng, 0};
  if (n && !grow((void **)&t->g, &t->cg, t->ng + n, sizeof *t->g)) { t->nomem = 1; n = 0; }
  for (size_t i = 0; i < n; i++)
    t->g[t->ng++] = (arg_rec){a[i].kind, a[i].list, a[i].i, put(t, a[i].s)};
  m.na = n;
  if (!vfi_trace_texts_load(&t->en)) t->nomem = 1;
  vfi_tlang en = {NULL, &t->en, 1};
  char buf[512];
  size_t len = vfi_trace_fill(t, &en, &m, buf, sizeof buf);
  *text = put_n(t, buf, len < sizeof buf ? len : sizeof buf - 1);
  return m;
}

/* ---- public life cycle ---- */

vf_status vf_trace_new(vf_trace **out, vf_error *err) {
  if (!out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "out", "out is NULL");
  vf_trace *t = calloc(1, sizeof *t);
  if (!t) return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory");
  t->a = malloc(256);
  if (!t->a) { free(t); return vfi_fail(err, VF_E_NOMEM, 0, "", "out of memory"); }
  t->acap = 256;
  vf_trace_clear(t);
  *out = t;
  return VF_OK;
}

void vf_trace_free(vf_trace *t) {
  if (!t) return;
  free(t->a);
  free(t->s);
  free(t->p);
  free(t->v);
  free(t->g);
  vfi_trace_texts_free(&t->en);
  free(t);
}

void vf_trace_clear(vf_trace *t) {
  if (!t) return;
  t->a[0] = '\0';
  t->alen = 1;
  t->ns = t->np = t->nv = t->ng = 0;
  t->calculation = t->period = t->version = t->params_id = t->profile = t->rules = 0;
  t->known_on = t->projection = t->projected = 0;
  t->nomem = 0;
}

/* ---- recording (internal) ---- */

void vfi_trace_begin(vf_trace *t, const vf_ctx *ctx, const char *calculation,
                     const char *period) {
  if (!t) return;
  vf_trace_clear(t);
  t->calculation = put(t, calculation);
  t->period = put(t, period);
  t->version = put(t, vf_version());
  t->params_id = put(t, vf_ctx_params_id(ctx));
  t->profile = put(t, vf_ctx_profile(ctx));
  t->projection = put(t, vf_ctx_projection(ctx));
  vf_date k = vf_ctx_as_known_on(ctx);
  if (k.year) {
    char ks[11];
    vf_date_format(k, ks, sizeof ks);
    t->known_on = put(t, ks);
  }
}

/* Appends `version` to the comma-separated list of rule versions if new. */
static void add_rule_version(vf_trace *t, const char *version) {
  if (!version || !*version) return;
  const char *list = str(t, t->rules);
  size_t vl = strlen(version);
  for (const char *p = list; *p;) {
    const char *e = strchr(p, ',');
    size_t l = e ? (size_t)(e - p) : strlen(p);
    if (l == vl && !strncmp(p, version, vl)) return;
    p = e ? e + 1 : p + l;
  }
  char buf[256];
  int n = snprintf(buf, sizeof buf, "%s%s%s", list, *list ? "," : "", version);
  if (n > 0 && (size_t)n < sizeof buf) t->rules = put(t, buf);
}

void (vfi_trace_step)(vf_trace *t, int title, const char *version, const char *source) {
  if (!t) return;
  if (!grow((void **)&t->s, &t->cs, t->ns + 1, sizeof *t->s)) { t->nomem = 1; return; }
  step_rec *s = &t->s[t->ns++];
  memset(s, 0, sizeof *s);
  const char *id = vfi_trace_msg_ids[title];
  size_t l = strlen(id), suffix = sizeof ".title" - 1;
  s->rule = put_n(t, id, l > suffix && !strcmp(id + l - suffix, ".title") ? l - suffix : l);
  s->version = put(t, version);
  s->source = put(t, source);
  s->p0 = t->np;
  s->v0 = t->nv;
  s->detail_m.id = -1;
  s->outcome_m = -1;
  size_t text = 0;
  msg_rec m = put_msg(t, title, NULL, 0, &text);
  s->title_m = m;
  s->title = text;
  add_rule_version(t, version);
}

static step_rec *cur(vf_trace *t) { return t && t->ns ? &t->s[t->ns - 1] : NULL; }

void (vfi_trace_detail)(vf_trace *t, int msg, const vfi_targ *a, size_t n) {
  if (!cur(t)) return;
  size_t text = 0;
  msg_rec m = put_msg(t, msg, a, n, &text);
  step_rec *s = cur(t);
  s->detail_m = m;
  s->detail = text;
}

void (vfi_trace_outcome)(vf_trace *t, int msg) {
  if (!cur(t)) return;
  size_t text = 0;
  put_msg(t, msg, NULL, 0, &text);
  step_rec *s = cur(t);
  s->outcome_m = msg;
  s->outcome = text;
}

void (vfi_trace_amount)(vf_trace *t, vf_money amount) {
  step_rec *s = cur(t);
  if (!s) return;
  s->has_amount = 1;
  s->amount = amount;
}

void (vfi_trace_param)(vf_trace *t, const vf_param_value *v) {
  step_rec *s = cur(t);
  if (!s || !v) return;
  if (!grow((void **)&t->p, &t->cp, t->np + 1, sizeof *t->p)) { t->nomem = 1; return; }
  param_rec *p = &t->p[t->np++];
  p->name = put(t, v->name);
  p->source = put(t, v->source);
  p->unit = v->unit;
  p->num = v->num;
  p->den = v->den;
  p->from = v->valid_from;
  p->decided = v->decided.year ? v->decided : v->valid_from;
  p->projected = v->projected;
  p->method = v->projection;
  p->pfrom = v->projected_from;
  p->pbase = v->projected_base;
  p->pnum = v->projection_num;
  p->pden = v->projection_den;
  p->steps = v->projection_steps;
  p->round_to = v->projection_round_to;
  t->projected += v->projected != 0;
  s->np++;
}

static void add_value(vf_trace *t, vf_trace_value_kind kind, int64_t value, int msg,
                      const vfi_targ *a, size_t n) {
  if (!cur(t)) return;
  if (!grow((void **)&t->v, &t->cv, t->nv + 1, sizeof *t->v)) { t->nomem = 1; return; }
  size_t text = 0;
  msg_rec m = put_msg(t, msg, a, n, &text);
  value_rec *v = &t->v[t->nv++];
  v->label = text;
  v->kind = kind;
  v->value = value;
  v->m = m;
  cur(t)->nv++;
}

void (vfi_trace_money)(vf_trace *t, vf_money amount, int msg, const vfi_targ *a, size_t n) {
  if (t) add_value(t, VF_TRACE_MONEY, amount, msg, a, n);
}

void (vfi_trace_number)(vf_trace *t, int64_t x, int msg, const vfi_targ *a, size_t n) {
  if (t) add_value(t, VF_TRACE_NUMBER, x, msg, a, n);
}

vf_status vfi_trace_end(vf_trace *t, vf_error *err) {
  if (t && t->nomem) return vfi_fail(err, VF_E_NOMEM, 0, "trace", "out of memory while "
                                     "recording the trace");
  return VF_OK;
}

/* ---- reading ---- */

vf_status vf_trace_get_info(const vf_trace *t, vf_trace_info *out, vf_error *err) {
  if (!t || !out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "", "trace or out is NULL");
  out->calculation = str(t, t->calculation);
  out->period = str(t, t->period);
  out->library_version = str(t, t->version);
  out->params_id = str(t, t->params_id);
  out->profile = str(t, t->profile);
  out->rules = str(t, t->rules);
  out->as_known_on = str(t, t->known_on);
  out->projection = str(t, t->projection);
  out->projected = t->projected;
  return VF_OK;
}

size_t vf_trace_step_count(const vf_trace *t) { return t ? t->ns : 0; }

static vf_status get_step(const vf_trace *t, size_t index, const step_rec **s, vf_error *err) {
  if (!t) return vfi_fail(err, VF_E_INVALID_ARG, 0, "trace", "trace is NULL");
  if (index >= t->ns)
    return vfi_fail(err, VF_E_RANGE, 0, "step", "step %zu asked, the trace has %zu", index,
                    t->ns);
  *s = &t->s[index];
  return VF_OK;
}

vf_status vf_trace_get_step(const vf_trace *t, size_t index, vf_trace_step *out, vf_error *err) {
  const step_rec *s = NULL; /* set on success; gcc -O2 cannot see it */
  vf_status st = get_step(t, index, &s, err);
  if (st) return st;
  if (!out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "out", "out is NULL");
  out->rule = str(t, s->rule);
  out->version = str(t, s->version);
  out->title = str(t, s->title);
  out->detail = str(t, s->detail);
  out->source = str(t, s->source);
  out->outcome = str(t, s->outcome);
  out->has_amount = s->has_amount;
  out->amount = s->amount;
  out->param_count = s->np;
  out->value_count = s->nv;
  return VF_OK;
}

vf_status vf_trace_get_param(const vf_trace *t, size_t step, size_t index, vf_trace_param *out,
                         vf_error *err) {
  const step_rec *s = NULL; /* set on success; gcc -O2 cannot see it */
  vf_status st = get_step(t, step, &s, err);
  if (st) return st;
  if (!out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "out", "out is NULL");
  if (index >= s->np)
    return vfi_fail(err, VF_E_RANGE, 0, "param", "parameter %zu asked, step %zu has %zu", index,
                    step, s->np);
  const param_rec *p = &t->p[s->p0 + index];
  *out = (vf_trace_param){str(t, p->name), p->unit, p->num, p->den, p->from, str(t, p->source),
                          p->decided, p->projected, p->method, p->pfrom, p->pbase, p->pnum,
                          p->pden, p->steps, p->round_to};
  return VF_OK;
}

vf_status vf_trace_get_value(const vf_trace *t, size_t step, size_t index, vf_trace_value *out,
                         vf_error *err) {
  const step_rec *s = NULL; /* set on success; gcc -O2 cannot see it */
  vf_status st = get_step(t, step, &s, err);
  if (st) return st;
  if (!out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "out", "out is NULL");
  if (index >= s->nv)
    return vfi_fail(err, VF_E_RANGE, 0, "value", "value %zu asked, step %zu has %zu", index,
                    step, s->nv);
  const value_rec *v = &t->v[s->v0 + index];
  *out = (vf_trace_value){str(t, v->label), v->kind, v->value};
  return VF_OK;
}

/* The message `what` of step `step` (VF_TRACE_TITLE, VF_TRACE_DETAIL, a value). */
static vf_status get_msg(const vf_trace *t, size_t step, size_t what, const msg_rec **m,
                         size_t *text, vf_error *err) {
  const step_rec *s = NULL; /* set on success; gcc -O2 cannot see it */
  vf_status st = get_step(t, step, &s, err);
  if (st) return st;
  if (what == VF_TRACE_TITLE) { *m = &s->title_m; *text = s->title; return VF_OK; }
  if (what == VF_TRACE_DETAIL) { *m = &s->detail_m; *text = s->detail; return VF_OK; }
  if (what >= s->nv)
    return vfi_fail(err, VF_E_RANGE, 0, "value", "value %zu asked, step %zu has %zu", what,
                    step, s->nv);
  *m = &t->v[s->v0 + what].m;
  *text = t->v[s->v0 + what].label;
  return VF_OK;
}

vf_status vf_trace_get_message(const vf_trace *t, size_t step, size_t what,
                               vf_trace_message *out, vf_error *err) {
  const msg_rec *m = NULL;
  size_t text = 0;
  vf_status st = get_msg(t, step, what, &m, &text, err);
  if (st) return st;
  if (!out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "out", "out is NULL");
  out->id = m->id >= 0 ? vfi_trace_msg_ids[m->id] : "";
  out->arg_count = m->id >= 0 ? m->na : 0;
  out->text = str(t, text);
  return VF_OK;
}

vf_status vf_trace_get_arg(const vf_trace *t, size_t step, size_t what, size_t index,
                           vf_trace_arg *out, vf_error *err) {
  const msg_rec *m = NULL;
  size_t text = 0;
  vf_status st = get_msg(t, step, what, &m, &text, err);
  if (st) return st;
  if (!out) return vfi_fail(err, VF_E_INVALID_ARG, 0, "out", "out is NULL");
  if (m->id < 0 || index >= m->na)
    return vfi_fail(err, VF_E_RANGE, 0, "arg", "argument %zu asked, the message has %zu", index,
                    m->id < 0 ? (size_t)0 : m->na);
  const arg_rec *g = &t->g[m->a0 + index];
  vf_trace_arg a = {g->kind, 0, {0, 0, 0}, 0, ""};
  switch (g->kind) {
  case VF_TRACE_ARG_MONEY: case VF_TRACE_ARG_INT: a.value = g->i; break;
  case VF_TRACE_ARG_DATE: vf_date_from_days((int32_t)g->i, &a.date, NULL); break;
  case VF_TRACE_ARG_CODE:
    a.value = g->i;
    a.list = (vf_code_list)g->list;
    a.text = vf_code_name(a.list, (int)g->i) ? vf_code_name(a.list, (int)g->i) : "";
    break;
  case VF_TRACE_ARG_TERM: a.text = vfi_trace_msg_ids[g->i]; break;
  case VF_TRACE_ARG_PARAM: a.text = str(t, g->s); break;
  }
  *out = a;
  return VF_OK;
}

/* ---- rendering (English, as it has always been) ---- */

static void w_money(writer *w, vf_money m) {
  char b[32];
  vf_money_format(m, b, sizeof b);
  w_str(w, b);
}

/* How a projected parameter was made (vf_param_projection_text()). */
void vfi_trace_projection_text(const vf_trace *t, const param_rec *p, char *b, size_t size) {
  vf_param_value v = {0};
  v.name = str(t, p->name);
  v.unit = p->unit;
  v.num = p->num;
  v.den = p->den;
  v.projected = p->projected;
  v.projection = p->method;
  v.projected_from = p->pfrom;
  v.projected_base = p->pbase;
  v.projection_num = p->pnum;
  v.projection_den = p->pden;
  v.projection_steps = p->steps;
  v.projection_round_to = p->round_to;
  vf_param_projection_text(&v, b, size);
}

/* A parameter's value as written in parameter files: kroner, a/b, or n. */
static void w_param_value(writer *w, const param_rec *p) {
  if (p->unit >= VF_UNIT_NOK && p->unit <= VF_UNIT_NOK_PER_DAY) w_money(w, p->num);
  else if (p->unit == VF_UNIT_RATIO && p->den != 1)
    w_fmt(w, "%lld/%lld", (long long)p->num, (long long)p->den);
  else w_fmt(w, "%lld", (long long)p->num);
}

/* The English text is the language renderer's (trace_lang.c) with the
 * compiled-in English texts: one renderer for every language. */
size_t vf_trace_to_text(const vf_trace *t, char *buf, size_t size) {
  return vf_trace_to_text_labels(t, NULL, buf, size);
}

/* One parameter of a step as a JSON object (vf_trace_to_json(), vf_trace_to_json_ex()). */
void vfi_trace_param_json(writer *w, const vf_trace *t, const param_rec *p) {
  w_str(w, "{");
  w_key(w, "name", str(t, p->name));
  w_str(w, ",");
  w_key(w, "unit", vf_unit_name(p->unit) ? vf_unit_name(p->unit) : "");
  w_fmt(w, ",\"num\":%lld,\"den\":%lld,\"value\":\"", (long long)p->num, (long long)p->den);
  w_param_value(w, p);
  w_str(w, "\",\"valid_from\":\"");
  w_date(w, p->from);
  w_str(w, "\",\"decided\":\"");
  w_date(w, p->decided);
  w_str(w, "\",");
  w_key(w, "source", str(t, p->source));
  if (p->projected) {
    char pf[16] = "";
    vf_date_format(p->pfrom, pf, sizeof pf);
    /* w_fmt holds 128 bytes: a few calls */
    w_fmt(w, ",\"projected\":true,\"projection\":{\"method\":\"%s\",\"from_valid_from\":"
          "\"%s\",", p->method == VF_PROJECTION_G ? "g"
          : p->method == VF_PROJECTION_PERCENT ? "percent" : "index", pf);
    w_fmt(w, "\"from_num\":%lld,\"factor_num\":%lld,\"factor_den\":%lld,", (long long)p->pbase,
          (long long)p->pnum, (long long)p->pden);
    w_fmt(w, "\"steps\":%d,\"round_to_ore\":%lld,\"text\":", p->steps,
          (long long)p->round_to);
    char b[512];
    vfi_trace_projection_text(t, p, b, sizeof b);
    w_json(w, b);
    w_str(w, "}");
  }
  w_str(w, "}");
}


/* The header of a trace's JSON, up to the end of its "rules" array. */
void vfi_trace_head_json(writer *w, const vf_trace *t) {
  w_str(w, "{");
  w_key(w, "calculation", str(t, t->calculation));
  w_str(w, ",");
  w_key(w, "period", str(t, t->period));
  w_str(w, ",");
  w_key(w, "library_version", str(t, t->version));
  w_str(w, ",");
  w_key(w, "params_id", str(t, t->params_id));
  w_str(w, ",");
  w_key(w, "profile", str(t, t->profile));
  if (t->known_on) {
    w_str(w, ",");
    w_key(w, "as_known_on", str(t, t->known_on));
  }
  if (t->projection) {
    w_str(w, ",");
    w_key(w, "projection", str(t, t->projection));
  }
  w_fmt(w, ",\"projected\":%zu", t->projected);
  w_str(w, ",\"rules\":[");
  const char *r = str(t, t->rules);
  for (int first = 1; *r; first = 0) {
    const char *e = strchr(r, ',');
    size_t l = e ? (size_t)(e - r) : strlen(r);
    char one[128];
    snprintf(one, sizeof one, "%.*s", (int)(l < sizeof one ? l : sizeof one - 1), r);
    if (!first) w_str(w, ",");
    w_json(w, one);
    r = e ? e + 1 : r + l;
  }
  w_str(w, "]");
}

size_t vf_trace_to_json(const vf_trace *t, char *buf, size_t size) {
  if (!t) {
    if (buf && size) buf[0] = '\0';
    return 0;
  }
  writer w = {buf, buf ? size : 0, 0};
  vfi_trace_head_json(&w, t);
  w_str(&w, ",\"steps\":[");
  for (size_t i = 0; i < t->ns; i++) {
    const step_rec *s = &t->s[i];
    if (i) w_str(&w, ",");
    w_str(&w, "{");
    w_key(&w, "rule", str(t, s->rule));
    w_str(&w, ",");
    w_key(&w, "version", str(t, s->version));
    w_str(&w, ",");
    w_key(&w, "title", str(t, s->title));
    w_str(&w, ",");
    w_key(&w, "detail", str(t, s->detail));
    w_str(&w, ",");
    w_key(&w, "source", str(t, s->source));
    w_str(&w, ",");
    w_key(&w, "outcome", str(t, s->outcome));
    if (s->has_amount) {
      w_str(&w, ",");
      w_money_json(&w, "amount", s->amount);
    }
    w_str(&w, ",\"values\":[");
    for (size_t j = 0; j < s->nv; j++) {
      const value_rec *v = &t->v[s->v0 + j];
      if (j) w_str(&w, ",");
      w_str(&w, "{");
      w_key(&w, "label", str(t, v->label));
      w_str(&w, ",");
      if (v->kind == VF_TRACE_MONEY) {
        w_key(&w, "kind", "money");
        w_str(&w, ",");
        w_money_json(&w, "value", v->value);
      } else {
        w_key(&w, "kind", "number");
        w_fmt(&w, ",\"value\":%lld", (long long)v->value);
      }
      w_str(&w, "}");
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
