/* Rules (rules.h) and their explanations (trace.h). Result structs hold no
 * pointers and are returned by value; trace entries are copied out because
 * the trace lends its strings only until it is cleared or reused. */

%rename(Trace) vfb_trace;
%rename(TraceInfo) vfb_tinfo;
%rename(TraceStep) vfb_tstep;
%rename(TraceParam) vfb_tparam;
%rename(TraceValue) vfb_tvalue;

%{
typedef struct vf_trace vfb_trace;

/* Copies of the trace records with owned strings. */
typedef struct vfb_tinfo {
  char *calculation, *period, *library_version, *params_id, *profile, *rules;
  char *projection;  /* the context's projection, "" if none */
  size_t projected;  /* projected parameter values read */
} vfb_tinfo;
typedef struct vfb_tstep {
  char *rule, *version, *title, *detail, *source, *outcome;
  int has_amount;
  vf_money amount;
  size_t param_count;
  size_t value_count;
} vfb_tstep;
typedef struct vfb_tparam {
  char *name;
  vf_unit unit;
  int64_t num;
  int64_t den;
  vfb_ymd_t valid_from;
  char *source;
  int projected;
  char *projection;  /* how it was projected, "" if not */
} vfb_tparam;
typedef struct vfb_tvalue {
  char *label;
  vf_trace_value_kind kind;
  int64_t value;
} vfb_tvalue;

/* strdup that never returns NULL for a non-NULL input unless out of memory. */
static char *vfb_dup(const char *s, int *oom) {
  size_t n = strlen(s ? s : "") + 1;
  char *p = malloc(n);
  if (!p) { *oom = 1; return NULL; }
  memcpy(p, s ? s : "", n);
  return p;
}
%}

%nodefaultctor vfb_tinfo;
%nodefaultctor vfb_tstep;
%nodefaultctor vfb_tparam;
%nodefaultctor vfb_tvalue;
%immutable;
typedef struct vfb_tinfo {
  char *calculation, *period, *library_version, *params_id, *profile, *rules;
  char *projection;  /* the context's projection, "" if none */
  size_t projected;  /* projected parameter values read */
} vfb_tinfo;
typedef struct vfb_tstep {
  char *rule, *version, *title, *detail, *source, *outcome;
  int has_amount;
  vf_money amount;
  size_t param_count;
  size_t value_count;
} vfb_tstep;
typedef struct vfb_tparam {
  char *name;
  vf_unit unit;
  int64_t num;
  int64_t den;
  vfb_ymd_t valid_from;
  char *source;
  int projected;
  char *projection;  /* how it was projected, "" if not */
} vfb_tparam;
typedef struct vfb_tvalue {
  char *label;
  vf_trace_value_kind kind;
  int64_t value;
} vfb_tvalue;
%mutable;
%extend vfb_tinfo {
  ~vfb_tinfo() {
    free($self->calculation); free($self->period); free($self->library_version);
    free($self->params_id); free($self->profile); free($self->rules);
    free($self->projection); free($self);
  }
}
%extend vfb_tstep {
  ~vfb_tstep() {
    free($self->rule); free($self->version); free($self->title); free($self->detail);
    free($self->source); free($self->outcome); free($self);
  }
}
%extend vfb_tparam {
  ~vfb_tparam() { free($self->name); free($self->source); free($self->projection); free($self); }
}
%extend vfb_tvalue {
  ~vfb_tvalue() { free($self->label); free($self); }
}

%nodefaultctor vfb_trace;
%newobject vfb_trace::info;
%newobject vfb_trace::step;
%newobject vfb_trace::param;
%newobject vfb_trace::value;
%newobject vfb_trace::to_text;
%newobject vfb_trace::to_json;
%newobject vfb_trace::to_text_lang;
%newobject vfb_trace::to_json_ex;
typedef struct {} vfb_trace;
%extend vfb_trace {
  /** An empty trace; pass it to a rule to record its steps. */
  vfb_trace(vf_error *err) {
    vf_trace *t = NULL;
    vfb_check(vf_trace_new(&t, err), err);
    return t;
  }
  ~vfb_trace() { vf_trace_free($self); }
  void clear() { vf_trace_clear($self); }
  vfb_tinfo *info(vf_error *err) {
    vf_trace_info i;
    vfb_tinfo *o;
    int oom = 0;
    if (vf_trace_get_info($self, &i, err) != VF_OK) { vfb_check(err->status, err); return NULL; }
    o = calloc(1, sizeof *o);
    if (!o) { vfb_fail(err, VF_E_NOMEM, "", "out of memory"); return NULL; }
    o->calculation = vfb_dup(i.calculation, &oom);
    o->period = vfb_dup(i.period, &oom);
    o->library_version = vfb_dup(i.library_version, &oom);
    o->params_id = vfb_dup(i.params_id, &oom);
    o->profile = vfb_dup(i.profile, &oom);
    o->rules = vfb_dup(i.rules, &oom);
    o->projection = vfb_dup(i.projection, &oom);
    o->projected = i.projected;
    if (oom) vfb_fail(err, VF_E_NOMEM, "", "out of memory");
    return o; /* freed by the wrapper even on failure */
  }
  size_t step_count() { return vf_trace_step_count($self); }
  vfb_tstep *step(size_t index, vf_error *err) {
    vf_trace_step s;
    vfb_tstep *o;
    int oom = 0;
    if (vf_trace_get_step($self, index, &s, err) != VF_OK) { vfb_check(err->status, err); return NULL; }
    o = calloc(1, sizeof *o);
    if (!o) { vfb_fail(err, VF_E_NOMEM, "", "out of memory"); return NULL; }
    o->rule = vfb_dup(s.rule, &oom);
    o->version = vfb_dup(s.version, &oom);
    o->title = vfb_dup(s.title, &oom);
    o->detail = vfb_dup(s.detail, &oom);
    o->source = vfb_dup(s.source, &oom);
    o->outcome = vfb_dup(s.outcome, &oom);
    o->has_amount = s.has_amount;
    o->amount = s.amount;
    o->param_count = s.param_count;
    o->value_count = s.value_count;
    if (oom) vfb_fail(err, VF_E_NOMEM, "", "out of memory");
    return o;
  }
  vfb_tparam *param(size_t step, size_t index, vf_error *err) {
    vf_trace_param p;
    vfb_tparam *o;
    int oom = 0;
    if (vf_trace_get_param($self, step, index, &p, err) != VF_OK) { vfb_check(err->status, err); return NULL; }
    o = calloc(1, sizeof *o);
    if (!o) { vfb_fail(err, VF_E_NOMEM, "", "out of memory"); return NULL; }
    o->name = vfb_dup(p.name, &oom);
    o->source = vfb_dup(p.source, &oom);
    o->unit = p.unit;
    o->num = p.num;
    o->den = p.den;
    o->valid_from = vfb_ymd(p.valid_from);
    o->projected = p.projected;
    {
      vf_param_value v; /* the text is made from the value's members */
      char text[512];
      memset(&v, 0, sizeof v);
      v.name = p.name;
      v.unit = p.unit;
      v.num = p.num;
      v.den = p.den;
      v.projected = p.projected;
      v.projection = p.projection;
      v.projected_from = p.projected_from;
      v.projected_base = p.projected_base;
      v.projection_num = p.projection_num;
      v.projection_den = p.projection_den;
      v.projection_steps = p.projection_steps;
      v.projection_round_to = p.projection_round_to;
      vf_param_projection_text(&v, text, sizeof text);
      o->projection = vfb_dup(text, &oom);
    }
    if (oom) vfb_fail(err, VF_E_NOMEM, "", "out of memory");
    return o;
  }
  vfb_tvalue *value(size_t step, size_t index, vf_error *err) {
    vf_trace_value v;
    vfb_tvalue *o;
    int oom = 0;
    if (vf_trace_get_value($self, step, index, &v, err) != VF_OK) { vfb_check(err->status, err); return NULL; }
    o = calloc(1, sizeof *o);
    if (!o) { vfb_fail(err, VF_E_NOMEM, "", "out of memory"); return NULL; }
    o->label = vfb_dup(v.label, &oom);
    o->kind = v.kind;
    o->value = v.value;
    if (oom) vfb_fail(err, VF_E_NOMEM, "", "out of memory");
    return o;
  }
  /** The trace as readable text. */
  char *to_text(vf_error *err) {
    size_t n = vf_trace_to_text($self, NULL, 0);
    char *buf = malloc(n + 1);
    if (!buf) { vfb_fail(err, VF_E_NOMEM, "", "out of memory"); return NULL; }
    vf_trace_to_text($self, buf, n + 1);
    return buf;
  }
  /** The trace as one JSON object. */
  char *to_json(vf_error *err) {
    size_t n = vf_trace_to_json($self, NULL, 0);
    char *buf = malloc(n + 1);
    if (!buf) { vfb_fail(err, VF_E_NOMEM, "", "out of memory"); return NULL; }
    vf_trace_to_json($self, buf, n + 1);
    return buf;
  }
  /** The trace as readable text in a language ("nb", "en"; "nn" reads bokmål). */
  char *to_text_lang(const char *lang, vf_error *err) {
    size_t n = 0;
    char *buf;
    if (vf_trace_to_text_lang($self, lang, NULL, 0, &n, err) != VF_OK) { vfb_check(err->status, err); return NULL; }
    buf = malloc(n + 1);
    if (!buf) { vfb_fail(err, VF_E_NOMEM, "", "out of memory"); return NULL; }
    vf_trace_to_text_lang($self, lang, buf, n + 1, &n, err);
    return buf;
  }
  /** The trace as language-neutral JSON (message ids, typed arguments); with
   *  `lang` (not NULL) the texts in that language are added. */
  char *to_json_ex(const char *lang, vf_error *err) {
    vf_labels *l = NULL;
    size_t n;
    char *buf;
    if (lang && vf_labels_new(&l, lang, err) != VF_OK) { vfb_check(err->status, err); return NULL; }
    n = vf_trace_to_json_ex($self, lang ? VF_TRACE_JSON_TEXT : 0, l, NULL, 0);
    buf = malloc(n + 1);
    if (buf) vf_trace_to_json_ex($self, lang ? VF_TRACE_JSON_TEXT : 0, l, buf, n + 1);
    else vfb_fail(err, VF_E_NOMEM, "", "out of memory");
    vf_labels_free(l);
    return buf;
  }
}

%inline %{
/** Economic assistance for one month (rules.h vf_assistance_month); `trace`
 *  may be NULL. */
static vf_assistance_result assistance_month(const vfb_ctx *ctx, const vfb_client *client,
                                             int year, int month, vfb_trace *trace,
                                             vf_error *err) {
  vf_assistance_result r;
  memset(&r, 0, sizeof r);
  vfb_check(vf_assistance_month(ctx, client, year, month, &r, trace, err), err);
  return r;
}
static const char *household_name(vf_household h) { return vf_household_name(h); }
%}
