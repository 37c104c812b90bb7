/* Status texts, version, money, dates and code lists: one adapter per C
 * function, returning the result instead of writing an out-parameter. */

%newobject money_format;
%newobject date_format;

%inline %{
static const char *strerror_text(vf_status status) { return vf_strerror(status); }
static const char *library_version(void) { return vf_version(); }
static int library_version_number(void) { return vf_version_number(); }

/* ---- money (øre) ---- */
static vf_money money_add(vf_money a, vf_money b, vf_error *err) {
  vf_money out = 0;
  vfb_check(vf_money_add(a, b, &out, err), err);
  return out;
}
static vf_money money_sub(vf_money a, vf_money b, vf_error *err) {
  vf_money out = 0;
  vfb_check(vf_money_sub(a, b, &out, err), err);
  return out;
}
static vf_money money_mul_ratio(vf_money amount, int64_t num, int64_t den, vf_rounding mode,
                                vf_error *err) {
  vf_money out = 0;
  vfb_check(vf_money_mul_ratio(amount, num, den, mode, &out, err), err);
  return out;
}
static vf_money money_yearly_to_monthly(vf_money yearly, vf_error *err) {
  vf_money out = 0;
  vfb_check(vf_money_yearly_to_monthly(yearly, &out, err), err);
  return out;
}
static vf_money money_round_kroner(vf_money amount, vf_rounding mode, vf_error *err) {
  vf_money out = 0;
  vfb_check(vf_money_round_kroner(amount, mode, &out, err), err);
  return out;
}
static vf_money money_parse(const char *text, vf_error *err) {
  vf_money out = 0;
  vfb_check(vf_money_parse(text, &out, err), err);
  return out;
}
static char *money_format(vf_money amount) {
  char *buf = malloc(32);
  if (buf) vf_money_format(amount, buf, 32);
  return buf;
}

/* ---- dates (packed YYYYMMDD) ---- */
static int date_valid(vfb_ymd_t ymd) { return vf_date_valid(vfb_date(ymd)); }
static vfb_ymd_t date_make(int year, int month, int day, vf_error *err) {
  vf_date d = {0, 0, 0};
  vfb_check(vf_date_make(year, month, day, &d, err), err);
  return vfb_ymd(d);
}
/* Validates a packed date with vf_date_make's messages. */
static int date_check(vfb_ymd_t ymd, vf_error *err) {
  vf_date d = vfb_date(ymd), out;
  vfb_check(vf_date_make(d.year, d.month, d.day, &out, err), err);
  return err->status == VF_OK;
}
static int date_days_in_month(int year, int month) { return vf_date_days_in_month(year, month); }
static int32_t date_to_days(vfb_ymd_t ymd, vf_error *err) {
  return date_check(ymd, err) ? vf_date_to_days(vfb_date(ymd)) : 0;
}
static vfb_ymd_t date_from_days(int32_t days, vf_error *err) {
  vf_date d = {0, 0, 0};
  vfb_check(vf_date_from_days(days, &d, err), err);
  return vfb_ymd(d);
}
static int date_cmp(vfb_ymd_t a, vfb_ymd_t b) { return vf_date_cmp(vfb_date(a), vfb_date(b)); }
static vfb_ymd_t date_parse(const char *text, vf_error *err) {
  vf_date d = {0, 0, 0};
  vfb_check(vf_date_parse(text, &d, err), err);
  return vfb_ymd(d);
}
static char *date_format(vfb_ymd_t ymd, vf_error *err) {
  char *buf = NULL;
  if (!date_check(ymd, err)) return NULL;
  buf = malloc(16);
  if (!buf) { vfb_fail(err, VF_E_NOMEM, "", "out of memory"); return NULL; }
  vf_date_format(vfb_date(ymd), buf, 16);
  return buf;
}
static vfb_ymd_t date_add_months(vfb_ymd_t ymd, int months, vf_error *err) {
  vf_date d = {0, 0, 0};
  vfb_check(vf_date_add_months(vfb_date(ymd), months, &d, err), err);
  return vfb_ymd(d);
}
static int date_age(vfb_ymd_t birth, vfb_ymd_t on, vf_error *err) {
  int years = 0;
  vfb_check(vf_date_age(vfb_date(birth), vfb_date(on), &years, err), err);
  return years;
}

/* ---- code lists ---- */
static const char *code_name(vf_code_list list, int value) { return vf_code_name(list, value); }
static int code_parse(vf_code_list list, const char *text, vf_error *err) {
  int v = 0;
  vfb_check(vf_code_parse(list, text, &v, err), err);
  return v;
}
static const char *code_list_name(vf_code_list list) { return vf_code_list_name(list); }
%}
