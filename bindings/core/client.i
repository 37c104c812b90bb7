/* The client record (vf_client) as a class. */

%rename(Client) vfb_client;
%nodefaultctor vfb_client;
%newobject vfb_client::clone;
%{
/* The class is declared under another name so that SWIG's %extend helpers
 * (named <struct>_<method>) do not collide with the C API. */
typedef struct vf_client vfb_client;
%}
typedef struct {} vfb_client;
%extend vfb_client {
  /** An empty client: unknown codes, no children, zero amounts. */
  vfb_client(vf_error *err) {
    vf_client *c = NULL;
    vfb_check(vf_client_new(&c, err), err);
    return c;
  }
  ~vfb_client() { vf_client_free($self); }
  vfb_client *clone(vf_error *err) {
    vf_client *c = NULL;
    vfb_check(vf_client_clone(&c, $self, err), err);
    return c;
  }
  void set_id(const char *id, vf_error *err) { vfb_check(vf_client_set_id($self, id, err), err); }
  const char *id() { return vf_client_id($self); }
  void set_birth_date(vfb_ymd_t birth, vf_error *err) {
    vfb_check(vf_client_set_birth_date($self, vfb_date(birth), err), err);
  }
  vfb_ymd_t birth_date() { return vfb_ymd(vf_client_birth_date($self)); }
  void set_gender(vf_gender v, vf_error *err) { vfb_check(vf_client_set_gender($self, v, err), err); }
  void set_civil_status(vf_civil_status v, vf_error *err) {
    vfb_check(vf_client_set_civil_status($self, v, err), err);
  }
  void set_citizenship(vf_citizenship v, vf_error *err) {
    vfb_check(vf_client_set_citizenship($self, v, err), err);
  }
  void set_main_income(vf_main_income v, vf_error *err) {
    vfb_check(vf_client_set_main_income($self, v, err), err);
  }
  void set_trygd(vf_trygd v, vf_error *err) { vfb_check(vf_client_set_trygd($self, v, err), err); }
  vf_gender gender() { return vf_client_gender($self); }
  vf_civil_status civil_status() { return vf_client_civil_status($self); }
  vf_citizenship citizenship() { return vf_client_citizenship($self); }
  vf_main_income main_income() { return vf_client_main_income($self); }
  vf_trygd trygd() { return vf_client_trygd($self); }
  void set_income(vf_income_kind kind, vf_money monthly, vf_error *err) {
    vfb_check(vf_client_set_income($self, kind, monthly, err), err);
  }
  vf_money income(vf_income_kind kind) { return vf_client_income($self, kind); }
  vf_money income_total(vf_error *err) {
    vf_money m = 0;
    vfb_check(vf_client_income_total($self, &m, err), err);
    return m;
  }
  void set_housing(vf_housing_kind kind, vf_money monthly, vf_error *err) {
    vfb_check(vf_client_set_housing($self, kind, monthly, err), err);
  }
  vf_money housing(vf_housing_kind kind) { return vf_client_housing($self, kind); }
  void set_fact(vf_fact fact, vf_tristate v, vf_error *err) {
    vfb_check(vf_client_set_fact($self, fact, v, err), err);
  }
  vf_tristate fact(vf_fact fact) { return vf_client_fact($self, fact); }
  void add_child(vfb_ymd_t birth, vf_error *err) {
    vfb_check(vf_client_add_child($self, vfb_date(birth), err), err);
  }
  void clear_children() { vf_client_clear_children($self); }
  size_t child_count() { return vf_client_child_count($self); }
  vfb_ymd_t child_birth(size_t index, vf_error *err) {
    vf_date d = {0, 0, 0};
    vfb_check(vf_client_child_birth($self, index, &d, err), err);
    return vfb_ymd(d);
  }
}
