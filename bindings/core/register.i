/* The register (vf_register) as a class. Clients handed out are copies: the
 * register owns its records (and indexes them by id), so a caller must not be
 * able to change one behind its back. */

%{
typedef struct vf_register vfb_register;

/* Counts of one file read, returned by the readers. */
typedef struct vfb_read_counts {
  size_t read;
  size_t used;
  size_t rejected;
} vfb_read_counts;

/* One rejected row, copied out of the register. */
typedef struct vfb_rejection {
  vf_status status;
  int line;
  char field[VF_ERROR_FIELD_SIZE];
  char message[VF_ERROR_MESSAGE_SIZE];
} vfb_rejection;
%}

%rename(ReadCounts) vfb_read_counts;
%rename(Rejection) vfb_rejection;
%nodefaultctor vfb_read_counts;
%nodefaultctor vfb_rejection;
%immutable;
typedef struct vfb_read_counts {
  size_t read;
  size_t used;
  size_t rejected;
} vfb_read_counts;
typedef struct vfb_rejection {
  vf_status status;
  int line;
  char field[VF_ERROR_FIELD_SIZE];
  char message[VF_ERROR_MESSAGE_SIZE];
} vfb_rejection;
%mutable;

%rename(Register) vfb_register;
%nodefaultctor vfb_register;
%newobject vfb_register::client;
%newobject vfb_register::content;
typedef struct {} vfb_register;
%extend vfb_register {
  /** An empty register. */
  vfb_register(vf_error *err) {
    vf_register *r = NULL;
    vfb_check(vf_register_new(&r, err), err);
    return r;
  }
  ~vfb_register() { vf_register_free($self); }
  /** Adds a copy of `client`; returns its index. */
  size_t add_client(const vfb_client *client, vf_error *err) {
    size_t index = 0;
    vfb_check(vf_register_add_client($self, client, &index, err), err);
    return index;
  }
  size_t client_count() { return vf_register_client_count($self); }
  /** A copy of client `index` (RangeError if out of range). */
  vfb_client *client(size_t index, vf_error *err) {
    const vf_client *c = vf_register_client($self, index);
    vf_client *copy = NULL;
    if (!c) {
      vfb_fail(err, VF_E_RANGE, "index", "client index out of range");
      return NULL;
    }
    vfb_check(vf_client_clone(&copy, c, err), err);
    return copy;
  }
  size_t find_client(const char *id, vf_error *err) {
    size_t index = 0;
    vfb_check(vf_register_find_client($self, id, &index, err), err);
    return index;
  }
  void add_payment(const char *client_id, int year, int month, vf_money gross, vf_money refunded,
                   vf_assistance_kind kind, vf_error *err) {
    vfb_check(vf_register_add_payment($self, client_id, year, month, gross, refunded, kind, err),
              err);
  }
  size_t payment_count() { return vf_register_payment_count($self); }
  vf_payment payment(size_t index, vf_error *err) {
    vf_payment p;
    memset(&p, 0, sizeof p);
    vfb_check(vf_register_payment($self, index, &p, err), err);
    return p;
  }
  void set_population(int year, int age, int64_t persons, vf_error *err) {
    vfb_check(vf_register_set_population($self, year, age, persons, err), err);
  }
  int64_t population(int year, int age) { return vf_register_population($self, year, age); }
  /** Client weights in 1/1000ths (vf_register_set_weight). */
  void set_weight(size_t index, int64_t weight, vf_error *err) {
    vfb_check(vf_register_set_weight($self, index, weight, err), err);
  }
  int64_t weight(size_t index) { return vf_register_weight($self, index); }
  int has_weights() { return vf_register_has_weights($self); }
  size_t population_year_count() { return vf_register_population_year_count($self); }
  int population_year(size_t index) { return vf_register_population_year($self, index); }
  vfb_read_counts read_clients_csv(const char *path, vf_read_mode mode, vf_error *err) {
    vf_read_counts c = {0, 0, 0};
    vfb_read_counts r;
    vfb_check(vf_register_read_clients_csv($self, path, mode, &c, err), err);
    r.read = c.read; r.used = c.used; r.rejected = c.rejected;
    return r;
  }
  vfb_read_counts read_payments_csv(const char *path, vf_read_mode mode, vf_error *err) {
    vf_read_counts c = {0, 0, 0};
    vfb_read_counts r;
    vfb_check(vf_register_read_payments_csv($self, path, mode, &c, err), err);
    r.read = c.read; r.used = c.used; r.rejected = c.rejected;
    return r;
  }
  vfb_read_counts read_population_csv(const char *path, vf_read_mode mode, vf_error *err) {
    vf_read_counts c = {0, 0, 0};
    vfb_read_counts r;
    vfb_check(vf_register_read_population_csv($self, path, mode, &c, err), err);
    r.read = c.read; r.used = c.used; r.rejected = c.rejected;
    return r;
  }
  /** Reads clients.csv, payments.csv and population.csv (if present) from `dir`. */
  void read_dir(const char *dir, vf_read_mode mode, vf_error *err) {
    vfb_check(vf_register_read_dir($self, dir, mode, NULL, NULL, NULL, err), err);
  }
  void write_clients_csv(const char *path, vf_error *err) {
    vfb_check(vf_register_write_clients_csv($self, path, err), err);
  }
  void write_payments_csv(const char *path, vf_error *err) {
    vfb_check(vf_register_write_payments_csv($self, path, err), err);
  }
  void write_population_csv(const char *path, vf_error *err) {
    vfb_check(vf_register_write_population_csv($self, path, err), err);
  }
  void write_dir(const char *dir, vf_error *err) {
    vfb_check(vf_register_write_dir($self, dir, err), err);
  }
  /** Sets content column `column` (housing, conditions, ...; docs/register.md) of client `index`. */
  void set_content(size_t index, const char *column, const char *value, vf_error *err) {
    vfb_check(vf_register_set_content($self, index, column, value, err), err);
  }
  /** Content column `column` of client `index` as clients.csv holds it ("unknown" if not known). */
  char *content(size_t index, const char *column, vf_error *err) {
    char *buf = malloc(256);
    if (!buf) {
      vfb_fail(err, VF_E_NOMEM, "", "out of memory");
      return NULL;
    }
    if (vf_register_content($self, index, column, buf, 256, err) != VF_OK) {
      free(buf);
      return NULL;
    }
    return buf;
  }
  size_t rejection_count() { return vf_register_rejection_count($self); }
  vfb_rejection rejection(size_t index, vf_error *err) {
    vfb_rejection r;
    const vf_error *e = vf_register_rejection($self, index);
    memset(&r, 0, sizeof r);
    if (!e) {
      vfb_fail(err, VF_E_RANGE, "index", "rejection index out of range");
      return r;
    }
    r.status = e->status;
    r.line = e->line;
    memcpy(r.field, e->field, sizeof r.field);
    memcpy(r.message, e->message, sizeof r.message);
    return r;
  }
  void clear_rejections() { vf_register_clear_rejections($self); }
}

/* ---- classifications (classify.h) ---- */
%inline %{
static int age_at_year_end(vfb_ymd_t birth, int year) { return vf_age_at_year_end(vfb_date(birth), year); }
static vf_age_group classify_age(int age) { return vf_classify_age(age); }
static int classify_young(int age) { return vf_classify_young(age); }
static vf_provider_status classify_provider(size_t children) { return vf_classify_provider(children); }
static vf_income_category classify_income(vf_main_income income) { return vf_classify_income(income); }
static int months_count(int months) { return vf_months_count((vf_month_mask)months); }
static int months_longest_run(int months) { return vf_months_longest_run((vf_month_mask)months); }
static int classify_long_term(int months) { return vf_classify_long_term((vf_month_mask)months); }
static int classify_long_term_continuous(int months) {
  return vf_classify_long_term_continuous((vf_month_mask)months);
}
%}
