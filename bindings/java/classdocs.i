/* Javadoc class comments of the SWIG-generated classes, so that every public
 * class of the jar is documented (the -javadoc.jar; docs/bindings.md). Their
 * methods follow the C functions of the same names, documented in the
 * headers (include/velferd/). */
%define VFB_JAVA_DOC(TYPE, TEXT)
%typemap(javaclassmodifiers) TYPE, struct TYPE TEXT
%enddef
VFB_JAVA_DOC(vfb_ctx, "/** Rules context (vf_ctx): the parameter tables of a municipality profile, with run-time overrides; any number of threads may compute with one context at once. */ public class")
VFB_JAVA_DOC(vfb_client, "/** A client and household (vf_client): birth date, civil status, trygd, incomes, housing costs, children and facts; money in øre. */ public class")
VFB_JAVA_DOC(vfb_register, "/** A client register (vf_register): clients, payments and population, read from CSV files or built by calls. */ public class")
VFB_JAVA_DOC(vfb_trace, "/** The explanation of a calculation (vf_trace): its steps, parameters with their sources, as text or JSON. */ public class")
VFB_JAVA_DOC(vfb_param, "/** A parameter value in force on a date, with its unit, valid-from date and source (vf_param_value). */ public class")
VFB_JAVA_DOC(vf_payment, "/** A payment of a register (vf_payment): client, year, month, kind, gross and refunded amounts in øre. */ public class")
VFB_JAVA_DOC(vfb_read_counts, "/** Counts of a register file read: records read, used and rejected. */ public class")
VFB_JAVA_DOC(vfb_rejection, "/** A record rejected while reading a register file: status, line, field and message. */ public class")
VFB_JAVA_DOC(vf_assistance_result, "/** Economic assistance for one month (vf_assistance_result): norm, housing, income, the 80 % rule and the amount, in øre. */ public class")
VFB_JAVA_DOC(vfb_tinfo, "/** The header of a trace: calculation, period, library and rule versions, parameter-set id. */ public class")
VFB_JAVA_DOC(vfb_tstep, "/** One step of a trace: the rule and its version, title, detail, source, outcome and amount. */ public class")
VFB_JAVA_DOC(vfb_tparam, "/** A parameter a trace step used, with its value, valid-from date and source. */ public class")
VFB_JAVA_DOC(vfb_tvalue, "/** A labelled value a trace step used, with its kind. */ public class")
VFB_JAVA_DOC(vfb_indicators, "/** KOSTRA/ASSS-style indicators of a register for a year (vf_indicators), with small-cell suppression. */ public class")
VFB_JAVA_DOC(vf_indicator_value, "/** One indicator value (vf_indicator_value): numerator, denominator, unit, status and whether it may be published. */ public class")
VFB_JAVA_DOC(vf_table_row, "/** One row of an indicator distribution table (vf_table_row): code, count, percentage, suppression. */ public class")
VFB_JAVA_DOC(vf_indicator_change, "/** The change of an indicator from one year to the next (vf_indicator_change): difference and relative change. */ public class")
VFB_JAVA_DOC(vfb_kvp_elig, "/** Eligibility for the qualification programme (sosialtjenesteloven § 29): each criterion met, not met or unknown. */ public class")
VFB_JAVA_DOC(vfb_kvp_part, "/** One part of a qualification-benefit period: its days, the G in force, the yearly rate and the amount. */ public class")
VFB_JAVA_DOC(vfb_kvp_benefit, "/** The qualification benefit for a period (sosialtjenesteloven § 35): the amount and its parts. */ public class")
VFB_JAVA_DOC(vfb_comparison, "/** A what-if comparison of a baseline and a scenario context over a register (vf_comparison). */ public class")
VFB_JAVA_DOC(vf_comparison_totals, "/** Totals of a comparison: clients, cost under each context, difference, gainers, losers and unchanged, gains and losses. */ public class")
VFB_JAVA_DOC(vfb_kfile, "/** A KOSTRA report file, form 11F or 11CF (vf_kostra_file): its record layout, records and field values; check() checks it as Statistics Norway does. */ public class")
VFB_JAVA_DOC(vfb_kreport, "/** The findings of a KOSTRA check (vf_kostra_report): rule, severity, line, journal number, field and message of each. */ public class")
VFB_JAVA_DOC(vfb_jbatch, "/** Columns of a batch in C, used by {@link Batch}. */ final class")
VFB_JAVA_DOC(vfb_labels, "/** Labels and number formats in a language (velferd/labels.h): texts of codes and indicators, kroner and percentages formatted as the language writes them. */ public class")
VFB_JAVA_DOC(vf_read_limits, "/** Limits of a reader (vf_read_limits): the largest file accepted and how many rejected rows are kept with their messages. */ public class")
