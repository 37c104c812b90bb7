/* The context (vf_ctx) as a class, and parameter entries as owned copies:
 * the C lookups lend strings that live only as long as the context, while a
 * wrapped object may outlive it. */

%{
typedef struct vfb_param {
  char *name;
  vf_unit unit;
  int64_t num;
  int64_t den;
  vfb_ymd_t valid_from;
  char *source;
  int known;
  int projected;     /* 1: a projection, not an enacted value */
  char *projection;  /* vf_param_projection_text(), "" if not projected */
} vfb_param;

static void vfb_param_free(vfb_param *p) {
  if (!p) return;
  free(p->name);
  free(p->source);
  free(p->projection);
  free(p);
}
static vfb_param *vfb_param_copy(const vf_param_value *v, vf_error *err) {
  vfb_param *p = calloc(1, sizeof *p);
  size_t nl = strlen(v->name) + 1, sl = strlen(v->source) + 1;
  size_t pl = vf_param_projection_text(v, NULL, 0) + 1;
  if (p) p->name = malloc(nl);
  if (p && p->name) p->source = malloc(sl);
  if (p && p->source) p->projection = malloc(pl);
  if (!p || !p->name || !p->source || !p->projection) {
    vfb_param_free(p);
    vfb_fail(err, VF_E_NOMEM, "", "out of memory");
    return NULL;
  }
  memcpy(p->name, v->name, nl);
  memcpy(p->source, v->source, sl);
  p->unit = v->unit;
  p->num = v->num;
  p->den = v->den;
  p->valid_from = vfb_ymd(v->valid_from);
  p->known = v->known;
  p->projected = v->projected;
  vf_param_projection_text(v, p->projection, pl);
  return p;
}
%}

%rename(ParamValue) vfb_param;
/* A ParamValue is made only by the lookups below. */
%nodefaultctor vfb_param;
%immutable;
typedef struct vfb_param {
  char *name;
  vf_unit unit;
  int64_t num;
  int64_t den;
  vfb_ymd_t valid_from;
  char *source;
  int known;
  int projected;
  char *projection;
} vfb_param;
%mutable;
%extend vfb_param {
  ~vfb_param() { vfb_param_free($self); }
}

%rename(Context) vfb_ctx;
%nodefaultctor vfb_ctx;
%newobject vfb_ctx::clone;
%newobject vfb_ctx::param_get;
%newobject vfb_ctx::param_entry;
%{
/* The class is declared under another name so that SWIG's %extend helpers
 * (named <struct>_<method>) do not collide with the C API. */
typedef struct vf_ctx vfb_ctx;
%}
typedef struct {} vfb_ctx;
%extend vfb_ctx {
  /** Context with the embedded parameters and municipality profile
   *  `profile` (NULL or "default" for none). */
  vfb_ctx(const char *profile, vf_error *err) {
    vf_ctx *c = NULL;
    vfb_check(vf_ctx_new(&c, profile, err), err);
    return c;
  }
  ~vfb_ctx() { vf_ctx_free($self); }
  vfb_ctx *clone(vf_error *err) {
    vf_ctx *c = NULL;
    vfb_check(vf_ctx_clone(&c, $self, err), err);
    return c;
  }
  const char *profile() { return vf_ctx_profile($self); }
  void load_params_file(const char *path, vf_error *err) {
    vfb_check(vf_ctx_load_params_file($self, path, err), err);
  }
  void load_params_text(const char *text, const char *name, vf_error *err) {
    vfb_check(vf_ctx_load_params_text($self, text, text ? strlen(text) : 0, name, err), err);
  }
  void set_param(const char *name, vfb_ymd_t valid_from, int64_t num, int64_t den, const char *source,
                 vf_error *err) {
    vfb_check(vf_ctx_set_param($self, name, vfb_date(valid_from), num, den, source, err), err);
  }
  vfb_param *param_get(const char *name, vfb_ymd_t on, vf_error *err) {
    vf_param_value v;
    if (vf_param_get($self, name, vfb_date(on), &v, err) != VF_OK) {
      vfb_check(err->status ? err->status : VF_E_NOT_FOUND, err);
      return NULL;
    }
    return vfb_param_copy(&v, err);
  }
  vf_money param_money(const char *name, vfb_ymd_t on, vf_error *err) {
    vf_money m = 0;
    vfb_check(vf_param_money($self, name, vfb_date(on), &m, err), err);
    return m;
  }
  size_t param_count() { return vf_param_count($self); }
  const char *param_name(size_t index) { return vf_param_name($self, index); }
  size_t param_entry_count(const char *name) { return vf_param_entry_count($self, name); }
  vfb_param *param_entry(const char *name, size_t index, vf_error *err) {
    vf_param_value v;
    if (vf_param_entry($self, name, index, &v, err) != VF_OK) {
      vfb_check(err->status ? err->status : VF_E_NOT_FOUND, err);
      return NULL;
    }
    return vfb_param_copy(&v, err);
  }
  const char *params_id() { return vf_ctx_params_id($self); }
  /** Parameters as known on `on` (0: clear). */
  void set_as_known_on(vfb_ymd_t on, vf_error *err) {
    vfb_check(vf_ctx_set_as_known_on($self, vfb_date(on), err), err);
  }
  vfb_ymd_t as_known_on() { return vfb_ymd(vf_ctx_as_known_on($self)); }
  /** Projection of gaps after the last enacted value (vf_projection_method). */
  void set_projection(int method, int64_t hundredths, const char *index_path, vf_error *err) {
    vfb_check(vf_ctx_set_projection($self, (vf_projection_method)method, hundredths, index_path,
                                    err), err);
  }
  const char *projection() { return vf_ctx_projection($self); }
  void write_template(vfb_ymd_t at, const char *path, vf_error *err) {
    vfb_check(vf_params_write_template($self, vfb_date(at), path, err), err);
  }
}

%inline %{
static size_t profile_count(void) { return vf_profile_count(); }
static const char *profile_name(size_t index) { return vf_profile_name(index); }
static const char *unit_name(vf_unit unit) { return vf_unit_name(unit); }
%}
