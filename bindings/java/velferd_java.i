/* Java layer of the SWIG interface: package no.velferd, class Velferd for the
 * free functions. Failures throw VelferdException (carrying the Status, field
 * and line); handles implement AutoCloseable and are also released by a
 * java.lang.ref.Cleaner if never closed (no finalize()); enumerations are
 * Java enums; dates are java.time.LocalDate; money is long øre. */
%module(jniclassname="VelferdJNI") Velferd

%{
#include "velferd/velferd.h"
/* batch_java.i; declared here because %extend code is emitted with its class. */
static long vfb_jlen(JNIEnv *env, jarray a, long want, const char *name, vf_error *err);
/* Throws no.velferd.VelferdException(status, message, field, line). */
static void vfb_java_throw(JNIEnv *jenv, const vf_error *err) {
  jclass cls = (*jenv)->FindClass(jenv, "no/velferd/VelferdException");
  jmethodID ctor;
  jstring msg, field;
  jobject exc;
  if (!cls) return; /* NoClassDefFoundError is pending */
  ctor = (*jenv)->GetMethodID(jenv, cls, "<init>", "(ILjava/lang/String;Ljava/lang/String;I)V");
  if (!ctor) return;
  msg = (*jenv)->NewStringUTF(jenv, err->message);
  field = (*jenv)->NewStringUTF(jenv, err->field);
  if (!msg || !field) return;
  exc = (*jenv)->NewObject(jenv, cls, ctor, (jint)err->status, msg, field, (jint)err->line);
  if (exc) (*jenv)->Throw(jenv, (jthrowable)exc);
}
%}

%typemap(argout) vf_error *err {
  if ($1->status != VF_OK) {
    vfb_java_throw(jenv, $1);
    return $null;
  }
}

/* The JNI class is an implementation detail: package-private. */
%pragma(java) jniclassclassmodifiers="final class"
/* The comment goes before both module classes: Velferd and VelferdConstants. */
%pragma(java) moduleimports=%{
/**
 * The velferd C library's functions (class {@code Velferd}: rules, indicators,
 * money and dates) and constants (interface {@code VelferdConstants}, which
 * {@code Velferd} implements). Money is {@code long} øre; failures throw
 * {@link VelferdException}.
 */
%}
%include "classdocs.i"

/* The native library is loaded once, by the JNI class. */
%pragma(java) jniclasscode=%{
  static {
    NativeLoader.load();
  }
%}

/* Enumerations: hand-written Java enums in src/ (their values are checked
 * against the C library's code names by VelferdTest), passed to C as their int value.
 * SWIG's own enum classes cannot be used: C enumerators share one scope, so
 * SWIG drops every repeated short name (UNKNOWN, OTHER, ...). */
%rename("$ignore", %$isenumitem) "";
%rename("$ignore", %$isenum) "";
%define VFB_JAVA_ENUM(CTYPE, JCLASS)
%typemap(jni) CTYPE "jint"
%typemap(jtype) CTYPE "int"
%typemap(jstype) CTYPE "JCLASS"
%typemap(javain) CTYPE "$javainput.value()"
%typemap(javaout) CTYPE { return JCLASS.of($jnicall); }
%typemap(javavarout) CTYPE %{ { return JCLASS.of($jnicall); } %}
%typemap(in) CTYPE %{ $1 = (CTYPE)$input; %}
%typemap(out) CTYPE %{ $result = (jint)$1; %}
%enddef
VFB_JAVA_ENUM(vf_status, Status)
VFB_JAVA_ENUM(vf_rounding, Rounding)
VFB_JAVA_ENUM(vf_unit, Unit)
VFB_JAVA_ENUM(vf_code_list, CodeList)
VFB_JAVA_ENUM(vf_gender, Gender)
VFB_JAVA_ENUM(vf_civil_status, CivilStatus)
VFB_JAVA_ENUM(vf_citizenship, Citizenship)
VFB_JAVA_ENUM(vf_main_income, MainIncome)
VFB_JAVA_ENUM(vf_trygd, Trygd)
VFB_JAVA_ENUM(vf_income_kind, IncomeKind)
VFB_JAVA_ENUM(vf_housing_kind, HousingKind)
VFB_JAVA_ENUM(vf_tristate, Tristate)
VFB_JAVA_ENUM(vf_fact, Fact)
VFB_JAVA_ENUM(vf_assistance_kind, AssistanceKind)
VFB_JAVA_ENUM(vf_read_mode, ReadMode)
VFB_JAVA_ENUM(vf_age_group, AgeGroup)
VFB_JAVA_ENUM(vf_provider_status, ProviderStatus)
VFB_JAVA_ENUM(vf_income_category, IncomeCategory)
VFB_JAVA_ENUM(vf_household, Household)
VFB_JAVA_ENUM(vf_indicator, Indicator)
VFB_JAVA_ENUM(vf_indicator_unit, IndicatorUnit)
VFB_JAVA_ENUM(vf_value_status, ValueStatus)
VFB_JAVA_ENUM(vf_indicator_table, IndicatorTable)
VFB_JAVA_ENUM(vf_payment_table, PaymentTable)
VFB_JAVA_ENUM(vf_duration_band, DurationBand)
VFB_JAVA_ENUM(vf_content_table, ContentTable)
VFB_JAVA_ENUM(vf_suppression, Suppression)
VFB_JAVA_ENUM(vf_output_format, OutputFormat)
VFB_JAVA_ENUM(vf_kvp_criterion, KvpCriterion)
VFB_JAVA_ENUM(vf_trace_value_kind, TraceValueKind)
VFB_JAVA_ENUM(vf_kostra_severity, KostraSeverity)

/* Enumerations the shared layer passes as int (bindings/core/scenario.i), made
 * enums here by parameter name: the comparison's rule and grouping dimension,
 * and a client's status. */
%typemap(jstype) int rule "CompareRule"
%typemap(javain) int rule "$javainput.value()"
%typemap(jstype) int dim "CompareDim"
%typemap(javain) int dim "$javainput.value()"
%typemap(jstype) int how "NetworkAverage"
%typemap(javain) int how "$javainput.value()"
%typemap(jstype) int client_status "Status"
%typemap(javaout) int client_status { return Status.of($jnicall); }
%typemap(jstype) int method "ProjectionMethod"
%typemap(javain) int method "$javainput.value()"
/* Yes/no answers C gives as int (0/1): boolean in Java, by the name of the
 * function, method or struct member. */
%define VFB_JAVA_BOOL(NAME)
%typemap(jstype) int NAME "boolean"
%typemap(javaout) int NAME { return $jnicall != 0; }
%typemap(javavarout) int NAME %{ { return $jnicall != 0; } %}
%typemap(javain) int NAME "($javainput ? 1 : 0)"
%enddef
VFB_JAVA_BOOL(projected)
VFB_JAVA_BOOL(has_amount)
VFB_JAVA_BOOL(has_content)
VFB_JAVA_BOOL(has_weights)
VFB_JAVA_BOOL(table_excludes_unknown)
VFB_JAVA_BOOL(date_valid)
VFB_JAVA_BOOL(classify_young)
/* Yes/no options the shared layer passes as int (bindings/core/indicators.i). */
%typemap(jstype) int weighted "boolean"
%typemap(javain) int weighted "($javainput ? 1 : 0)"
%typemap(jstype) int exclude_unknown "boolean"
%typemap(javain) int exclude_unknown "($javainput ? 1 : 0)"
/* The int-keyed dimension functions are reached through CompareDim's methods. */
%javamethodmodifiers vfb_compare_dim_name "/* package-private */";
%javamethodmodifiers vfb_compare_group_count "/* package-private */";
%javamethodmodifiers vfb_compare_group_name "/* package-private */";

/* Java naming: setBirthDate(), moneyFormat(), assistanceMonth(). */
%rename("%(lowercamelcase)s", %$isfunction, notregexmatch$name="^vf_") "";
%rename("%(lowercamelcase)s", %$isvariable) "";

/* Dates: packed YYYYMMDD in C, java.time.LocalDate (null = no date) in Java. */
%typemap(jni) vfb_ymd_t "jint"
%typemap(jtype) vfb_ymd_t "int"
%typemap(jstype) vfb_ymd_t "java.time.LocalDate"
%typemap(javain) vfb_ymd_t "Dates.pack($javainput)"
%typemap(javaout) vfb_ymd_t { return Dates.unpack($jnicall); }
%typemap(in) vfb_ymd_t %{ $1 = (vfb_ymd_t)$input; %}
%typemap(out) vfb_ymd_t %{ $result = (jint)$1; %}
%typemap(javavarout) vfb_ymd_t %{ { return Dates.unpack($jnicall); } %}

/* Handles: AutoCloseable, freed by close() or else by the Cleaner. */
%define VFB_JAVA_HANDLE(TYPE, JNAME)
%typemap(javainterfaces) TYPE, struct TYPE "AutoCloseable"
%typemap(javafinalize) TYPE, struct TYPE ""
%typemap(javabody) TYPE, struct TYPE %{
  private transient long swigCPtr;
  private transient java.lang.ref.Cleaner.Cleanable swigCleanable;

  /** Frees the native object once, from close() or from the Cleaner. */
  private static final class Releaser implements Runnable {
    private long ptr;
    Releaser(long ptr) { this.ptr = ptr; }
    @Override public void run() {
      if (ptr != 0) {
        VelferdJNI.delete_##JNAME(ptr);
        ptr = 0;
      }
    }
  }

  protected $javaclassname(long cPtr, boolean cMemoryOwn) {
    swigCPtr = cPtr;
    if (cMemoryOwn && cPtr != 0)
      swigCleanable = NativeLoader.CLEANER.register(this, new Releaser(cPtr));
  }

  protected static long getCPtr($javaclassname obj) {
    return (obj == null) ? 0 : obj.swigCPtr;
  }
%}
%typemap(javadestruct, methodname="delete", methodmodifiers="public synchronized") TYPE, struct TYPE {
    if (swigCleanable != null) {
      swigCleanable.clean();
      swigCleanable = null;
    }
    swigCPtr = 0;
  }
%typemap(javacode) TYPE, struct TYPE %{
  /** Frees the native object now; using it afterwards throws NullPointerException. */
  @Override public void close() { delete(); }
%}
%enddef

VFB_JAVA_HANDLE(vfb_ctx, Context)
VFB_JAVA_HANDLE(vfb_client, Client)
VFB_JAVA_HANDLE(vfb_register, Register)
VFB_JAVA_HANDLE(vfb_trace, Trace)
VFB_JAVA_HANDLE(vfb_param, ParamValue)
VFB_JAVA_HANDLE(vf_payment, Payment)
VFB_JAVA_HANDLE(vfb_read_counts, ReadCounts)
VFB_JAVA_HANDLE(vfb_rejection, Rejection)
VFB_JAVA_HANDLE(vf_assistance_result, AssistanceResult)
VFB_JAVA_HANDLE(vfb_tinfo, TraceInfo)
VFB_JAVA_HANDLE(vfb_tstep, TraceStep)
VFB_JAVA_HANDLE(vfb_tparam, TraceParam)
VFB_JAVA_HANDLE(vfb_tvalue, TraceValue)
VFB_JAVA_HANDLE(vfb_indicators, Indicators)
VFB_JAVA_HANDLE(vf_indicator_value, IndicatorValue)
VFB_JAVA_HANDLE(vf_table_row, TableRow)
VFB_JAVA_HANDLE(vf_payment_row, PaymentRow)
VFB_JAVA_HANDLE(vf_indicator_change, IndicatorChange)
VFB_JAVA_HANDLE(vfb_kvp_elig, KvpEligibility)
VFB_JAVA_HANDLE(vfb_kvp_part, KvpPart)
VFB_JAVA_HANDLE(vfb_kvp_benefit, KvpBenefit)
VFB_JAVA_HANDLE(vfb_comparison, Comparison)
VFB_JAVA_HANDLE(vf_comparison_totals, ComparisonTotals)
VFB_JAVA_HANDLE(vfb_kfile, KostraFile)
VFB_JAVA_HANDLE(vfb_kreport, KostraReport)
VFB_JAVA_HANDLE(vfb_ndata, NetworkData)
VFB_JAVA_HANDLE(vfb_nresult, NetworkResult)
VFB_JAVA_HANDLE(vfb_trend, Trend)
VFB_JAVA_HANDLE(vfb_jbatch, BatchColumns)

/* Comparison: close() and its per-client columns as arrays. */
%typemap(javacode) vfb_comparison, struct vfb_comparison %{
  /** Frees the native object now; using it afterwards throws NullPointerException. */
  @Override public void close() { delete(); }

  /**
   * Every client's amounts and status, in register order.
   * @return {@code long[][]{baseline, scenario, difference}} in øre (0 for a
   *         failed client) and, as the fourth element, the status codes
   *         (use {@link #statuses()} for the enums)
   */
  private long[][] allColumns() {
    int n = Math.toIntExact(clientCount());
    long[] b = new long[n], s = new long[n], d = new long[n];
    int[] st = new int[n];
    columns(b, s, d, st);
    long[] stl = new long[n];
    for (int i = 0; i < n; i++) stl[i] = st[i];
    return new long[][] {b, s, d, stl};
  }

  /**
   * The totals with a survey or population weight per client: counts become
   * sums of weights, amounts sums of amount × weight, over the clients
   * computed (status OK), summed exactly in C ({@code vf_weighted_total}).
   * The keys are those of Python's {@code Comparison.weighted_totals} (R's
   * {@code vf_compare(weight =)} adds {@code _ore} to the amounts).
   * @param thousandths one weight per client in register order, in whole
   *        thousandths (1.25 is 1250), 0 .. 1 000 000 000 (docs/register.md, "Weights")
   * @return "clients", "gainers", "losers", "unchanged" (sums of weights) and
   *         "baseline", "scenario", "difference", "gains", "losses" (øre),
   *         in the order of {@link ComparisonTotals}, exact with three decimals
   * @throws IllegalArgumentException if thousandths is null or not one per client
   * @throws VelferdException RANGE for a weight outside 0 .. 1 000 000 000
   *         (the message names the row, 1-based), OVERFLOW if a total leaves a long
   */
  public java.util.Map<String, java.math.BigDecimal> weightedTotals(long[] thousandths) {
    long n = clientCount();
    if (thousandths == null || thousandths.length != n)
      throw new IllegalArgumentException("weights: " + (thousandths == null ? "null" : thousandths.length + " values")
                                         + ", the comparison has " + n + " clients");
    String[] names = {"clients", "baseline", "scenario", "difference", "gainers", "losers",
                      "unchanged", "gains", "losses"};
    long[] t = new long[names.length];
    weightedTotalsInto(thousandths, t);
    java.util.Map<String, java.math.BigDecimal> out = new java.util.LinkedHashMap<>();
    for (int k = 0; k < names.length; k++)
      out.put(names[k], java.math.BigDecimal.valueOf(t[k], 3)); // 1/1000ths: exact
    return java.util.Collections.unmodifiableMap(out);
  }

  /** @return each client's amount under the baseline, øre, register order (0 if failed) */
  public long[] baselines() { return allColumns()[0]; }

  /** @return each client's amount under the scenario, øre, register order (0 if failed) */
  public long[] scenarios() { return allColumns()[1]; }

  /** @return each client's change (scenario - baseline), øre, register order (0 if failed) */
  public long[] differences() { return allColumns()[2]; }

  /** @return each client's status, register order ({@link Status#OK} if computed) */
  public Status[] statuses() {
    long[] c = allColumns()[3];
    Status[] out = new Status[c.length];
    for (int i = 0; i < c.length; i++) out[i] = Status.of((int) c[i]);
    return out;
  }

  /** @return the register indices of the clients whose amount rose, largest rise first */
  public int[] gainers() { return ranked(true); }

  /** @return the register indices of the clients whose amount fell, largest fall first */
  public int[] losers() { return ranked(false); }

  private int[] ranked(boolean up) {
    long[][] c = allColumns();
    long[] d = c[2];
    return java.util.stream.IntStream.range(0, d.length)
        .filter(i -> c[3][i] == 0 && (up ? d[i] > 0 : d[i] < 0)).boxed()
        .sorted((a, b) -> up ? Long.compare(d[b], d[a]) : Long.compare(d[a], d[b]))
        .mapToInt(Integer::intValue).toArray();
  }
%}
%javamethodmodifiers vfb_comparison::columns "private";
%javamethodmodifiers vfb_comparison::weighted_totals_into "private";
%javamethodmodifiers vfb_indicators::vfb_indicators "/** Computes every indicator and table of a year from a register (vf_indicators_compute).\n   * @param reg the register\n   * @param year the year\n   * @param suppress_below counts below this are suppressed (0: no suppression)\n   * @param point_month the month of the point-in-time counts, 1..12\n   * @param rate_age_from first age of the rate's band\n   * @param rate_age_to last age of the rate's band\n   * @param weighted true: counts and amounts weighted by the register's client weights (docs/register.md, \"Weights\")\n   * @throws VelferdException for bad options\n   */ public";

/* Javadoc of the KOSTRA classes' methods (core/kostra.i). */
%javamethodmodifiers vfb_kfile::vfb_kfile "/** Reads a KOSTRA file.\n   * @param path the file\n   * @param form \"11F\" or \"11CF\"\n   * @param year the reporting year (selects the record layout)\n   * @throws VelferdException IO, UNKNOWN_CODE (form), NOT_FOUND (no layout for the year), PARSE\n   */ public";
%javamethodmodifiers vfb_kfile::form "/** @return the form's name, \"11F\" or \"11CF\"\n   */ public";
%javamethodmodifiers vfb_kfile::year "/** @return the reporting year\n   */ public";
%javamethodmodifiers vfb_kfile::record_count "/** @return the number of records\n   */ public";
%javamethodmodifiers vfb_kfile::field_count "/** @return the number of fields of the record layout\n   */ public";
%javamethodmodifiers vfb_kfile::field_name "/** @param index a field, 0 .. fieldCount() - 1\n   * @return its name in layout order (\"KOMMUNE_NR\", ...), \"\" if out of range\n   */ public";
%javamethodmodifiers vfb_kfile::record_line "/** @param index a record\n   * @return its line in the file (1-based)\n   */ public";
%javamethodmodifiers vfb_kfile::get "/** @param record a record, 0 .. recordCount() - 1\n   * @param field a field name\n   * @return the field's value without its padding\n   * @throws VelferdException NOT_FOUND (field), RANGE (record), PARSE (record too short)\n   */ public";
%javamethodmodifiers vfb_kfile::check "/** Checks the file with every rule Statistics Norway applies to its form (docs/kostra.md).\n   * @param municipality the reporting municipality (\"4601\") for rule 03, or \"\" to skip that comparison\n   * @return the findings\n   */ public";
%javamethodmodifiers vfb_kreport::count "/** @return the number of findings\n   */ public";
%javamethodmodifiers vfb_kreport::record_count "/** @return the number of records checked\n   */ public";
%javamethodmodifiers vfb_kreport::severity_count "/** @param severity a severity\n   * @return the number of findings of that severity\n   */ public";
%javamethodmodifiers vfb_kreport::worst "/** @return the highest severity found (OK if none)\n   */ public";
%javamethodmodifiers vfb_kreport::exit_code "/** @return the exit code as SSB's tool gives it: 0 OK, 1 warnings only, 2 errors or fatal\n   */ public";
%javamethodmodifiers vfb_kreport::rule "/** @param index a finding\n   * @return SSB's rule id (\"05A\")\n   */ public";
%javamethodmodifiers vfb_kreport::severity "/** @param index a finding\n   * @return its severity\n   */ public";
%javamethodmodifiers vfb_kreport::line "/** @param index a finding\n   * @return its file line (0 for the whole file)\n   */ public";
%javamethodmodifiers vfb_kreport::journal "/** @param index a finding\n   * @return the record's PERSON_JOURNALNR, \"\" if none\n   */ public";
%javamethodmodifiers vfb_kreport::field "/** @param index a finding\n   * @return the field at fault, \"\" if none\n   */ public";
%javamethodmodifiers vfb_kreport::message "/** @param index a finding\n   * @return the readable message (fødselsnummer masked)\n   */ public";

/* The calling thread's JNIEnv, not a Java argument (batch_java.i). */
%typemap(in, numinputs=0) JNIEnv *env %{ $1 = jenv; %}

%include "../velferd.i"
%include "batch_java.i"
