/* Labels and number formats in a language (velferd/labels.h) as a class.
 * Texts are copied out (a wrapped string may outlive the labels); formatted
 * numbers are measured, then written into a buffer the language takes over. */

%rename(Labels) vfb_labels;
%nodefaultctor vfb_labels;
%newobject vfb_labels::format_integer;
%newobject vfb_labels::format_fixed;
%newobject vfb_labels::format_percent;
%newobject vfb_labels::format_money;
%newobject vfb_labels::format_millions;
%{
typedef struct vf_labels vfb_labels;

/* Runs a vf_format_* call twice: once to measure, once into the buffer. */
#define VFB_FORMAT(call_with_buf_size)                              \
  do {                                                              \
    char *buf = NULL;                                               \
    size_t size = 0;                                                \
    size_t n = (call_with_buf_size);                                \
    buf = malloc(n + 1);                                            \
    if (!buf) { vfb_fail(err, VF_E_NOMEM, "", "out of memory"); return NULL; } \
    size = n + 1;                                                   \
    (void)(call_with_buf_size);                                     \
    return buf;                                                     \
  } while (0)
%}
typedef struct {} vfb_labels;
%extend vfb_labels {
  /** Texts of language `lang` ("nb", "en", or a locale name such as "nb_NO.UTF-8"). */
  vfb_labels(const char *lang, vf_error *err) {
    vf_labels *l = NULL;
    vfb_check(vf_labels_new(&l, lang, err), err);
    return l;
  }
  ~vfb_labels() { vf_labels_free($self); }
  const char *lang() { return vf_labels_lang($self); }
  void load(const char *path, vf_error *err) { vfb_check(vf_labels_load($self, path, err), err); }
  const char *get(const char *key) { return vf_labels_get($self, key); }
  const char *code(vf_code_list list, int value) { return vf_labels_code($self, list, value); }
  const char *indicator(vf_indicator which) { return vf_labels_indicator($self, which); }
  const char *table(vf_indicator_table table) { return vf_labels_table($self, table); }
  const char *unit(vf_indicator_unit unit) { return vf_labels_unit($self, unit); }
  char *format_integer(int64_t value, unsigned flags, vf_error *err) {
    VFB_FORMAT(vf_format_integer($self, value, flags, buf, size));
  }
  char *format_fixed(int64_t scaled, int decimals, unsigned flags, vf_error *err) {
    VFB_FORMAT(vf_format_fixed($self, scaled, decimals, flags, buf, size));
  }
  char *format_percent(int64_t scaled, int decimals, unsigned flags, vf_error *err) {
    VFB_FORMAT(vf_format_percent($self, scaled, decimals, flags, buf, size));
  }
  char *format_money(vf_money amount, int decimals, unsigned flags, vf_error *err) {
    VFB_FORMAT(vf_format_money($self, amount, decimals, flags, buf, size));
  }
  char *format_millions(vf_money amount, int decimals, unsigned flags, vf_error *err) {
    VFB_FORMAT(vf_format_millions($self, amount, decimals, flags, buf, size));
  }
}

%inline %{
static const char *language_of_locale(const char *locale) {
  return vf_labels_language_of_locale(locale);
}
%}
