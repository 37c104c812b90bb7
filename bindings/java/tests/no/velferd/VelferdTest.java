package no.velferd;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-worked cases of the C tests through the Java binding. A plain test
 * runner (JUnit is not packaged in the build environment): every check that
 * fails is reported and the process exits with status 1.
 * Argument: the directory of the C tests' data files.
 */
public final class VelferdTest {
  private static int checks;
  private static final List<String> failures = new ArrayList<>();

  private static void check(boolean ok, String what) {
    checks++;
    if (!ok) failures.add(what);
  }

  private static void eq(Object want, Object got, String what) {
    check(want == null ? got == null : want.equals(got), what + ": want " + want + ", got " + got);
  }

  private interface Body { void run(); }

  /** Runs body, which must throw VelferdException with status. */
  private static VelferdException fails(Status status, String what, Body body) {
    try {
      body.run();
      check(false, what + ": no exception");
    } catch (VelferdException e) {
      eq(status, e.getStatus(), what);
      return e;
    }
    return null;
  }

  private static LocalDate D(int y, int m, int d) { return LocalDate.of(y, m, d); }
  private static long KR(long kr) { return kr * 100; }

  static void money() {
    eq(400L, Velferd.moneyAdd(150, 250), "add");
    eq(-100L, Velferd.moneySub(150, 250), "sub");
    VelferdException e = fails(Status.OVERFLOW, "add overflow", () -> Velferd.moneyAdd(Long.MAX_VALUE, 1));
    check(e != null && e.getMessage().contains("overflows"), "overflow message");
    // 2 G of 124 028 kr = 248 056 kr; 80 % of 0.03 kr = 2.4 -> 2 øre; 5/2 half even -> 2
    eq(KR(248056), Velferd.moneyMulRatio(KR(124028), 2, 1, Rounding.HALF_AWAY), "2 G");
    eq(2L, Velferd.moneyMulRatio(3, 4, 5, Rounding.HALF_AWAY), "80 % of 3 øre");
    eq(2L, Velferd.moneyMulRatio(5, 1, 2, Rounding.HALF_EVEN), "half even");
    eq(-3L, Velferd.moneyMulRatio(-5, 1, 2, Rounding.FLOOR), "floor");
    eq(Long.MAX_VALUE, Velferd.moneyMulRatio(Long.MAX_VALUE, 3, 3, Rounding.HALF_AWAY), "128-bit");
    e = fails(Status.INVALID_ARG, "den 0", () -> Velferd.moneyMulRatio(1, 1, 0, Rounding.HALF_AWAY));
    eq("den", e == null ? null : e.getField(), "den field");
    // G 2024: 124 028 / 12 = 10 335.666.. -> 10 335.67
    eq(1033567L, Velferd.moneyYearlyToMonthly(12402800), "yearly to monthly");
    eq(1033600L, Velferd.moneyRoundKroner(1033550, Rounding.HALF_AWAY), "round kroner");
    eq(1055050L, Velferd.moneyParse("10550,50"), "parse");
    eq(Long.MAX_VALUE, Velferd.moneyParse("92233720368547758.07"), "parse max");
    fails(Status.PARSE, "parse 12a", () -> Velferd.moneyParse("12a"));
    eq("-92233720368547758.08", Velferd.moneyFormat(Long.MIN_VALUE), "format min");
    eq("-0.05", Velferd.moneyFormat(-5), "format");
  }

  static void dates() {
    eq(D(2024, 2, 29), Velferd.dateAddMonths(D(2024, 1, 31), 1), "add months clamps");
    eq(D(2023, 2, 28), Velferd.dateAddMonths(D(2024, 3, 31), -13), "minus 13");
    eq(19, Velferd.dateAge(D(2004, 2, 29), D(2023, 3, 1)), "29 Feb birthday");
    eq(18, Velferd.dateAge(D(2004, 2, 29), D(2023, 2, 28)), "29 Feb day before");
    VelferdException e = fails(Status.DATE, "born after", () -> Velferd.dateAge(D(2025, 1, 2), D(2025, 1, 1)));
    eq("birth date 2025-01-02 is after the date 2025-01-01", e == null ? null : e.getMessage(), "age message");
    eq(D(2025, 5, 1), Velferd.dateParse("2025-05-01"), "parse");
    e = fails(Status.DATE, "2024-02-30", () -> Velferd.dateParse("2024-02-30"));
    check(e != null && e.getMessage().contains("February 2024 has 29 days"), "date message");
    eq(11017, Velferd.dateToDays(D(2000, 3, 1)), "day number");
    eq("2025-05-01", Velferd.dateFormat(D(2025, 5, 1)), "format");
  }

  static void context(String data) {
    try (Context ctx = new Context(null)) {
      eq(12402800L, ctx.paramMoney("g", D(2024, 5, 1)), "G 2024-05-01");
      eq(11862000L, ctx.paramMoney("g", D(2024, 4, 30)), "G 2024-04-30");
      eq(3410000L, ctx.paramMoney("g", D(1990, 12, 1)), "G 1990-12-01");
      try (ParamValue p = ctx.paramGet("g", D(2025, 6, 15))) {
        eq(Unit.NOK_PER_YEAR, p.getUnit(), "unit");
        eq(D(2025, 5, 1), p.getValidFrom(), "valid from");
        eq(13016000L, p.getNum(), "G 2025");
      }
      // Projection (docs/parameters.md): guideline.single is 7 850 kr from 2024-01-01 and
      // unknown from 2025-01-01; 3 % a year gives 7 850 × 1.03 = 8 085.50, rounded to
      // the 50 kr its rates are multiples of: 8 100 kr, marked projected.
      fails(Status.NO_VALUE, "gap, no projection", () -> ctx.paramGet("guideline.single", D(2025, 3, 1)));
      try (Context pc = ctx.clone()) {
        pc.setProjection(ProjectionMethod.PERCENT, 300, null);
        try (ParamValue p = pc.paramGet("guideline.single", D(2025, 3, 1));
             ParamValue q = pc.paramGet("guideline.single", D(2024, 3, 1))) {
          eq(810000L, p.getNum(), "projected 3 %");
          eq(true, p.getProjected(), "projected");
          eq(785000L, q.getNum(), "enacted 2024");
          eq(false, q.getProjected(), "enacted");
        }
        pc.setProjection(ProjectionMethod.NONE, 0, null);
        fails(Status.NO_VALUE, "projection cleared", () -> pc.paramGet("guideline.single", D(2025, 3, 1)));
      }
      for (ProjectionMethod m : ProjectionMethod.values()) eq(m, ProjectionMethod.of(m.value()), "projection value");
      VelferdException e = fails(Status.NO_VALUE, "G 1980", () -> ctx.paramGet("g", D(1980, 1, 1)));
      eq("g", e == null ? null : e.getField(), "no value field");
      e = fails(Status.NOT_FOUND, "unknown", () -> ctx.paramGet("no.such", D(2025, 1, 1)));
      eq("unknown parameter 'no.such'", e == null ? null : e.getMessage(), "not found message");
      eq("default", ctx.profile(), "profile");
      eq(16, ctx.paramsId().length(), "params id");
      try (Context c = ctx.clone()) {
        c.loadParamsFile(Path.of(data, "g_2026.csv").toString());
        eq(13500000L, c.paramMoney("g", D(2026, 5, 1)), "override file");
        eq(13654900L, ctx.paramMoney("g", D(2026, 5, 1)), "base untouched");
        e = fails(Status.PARSE, "half file", () -> c.loadParamsText(
            "name,valid_from,value,unit,source\ng,2026-05-01,135000,nok_per_year,ok\n"
            + "g,2027-05-01,abc,nok_per_year,bad\n", "half.csv"));
        eq(3, e == null ? null : e.getLine(), "error line");
        c.setParam("g", D(2026, 5, 1), 13600000, 1, "replaced");
        eq(13600000L, c.paramMoney("g", D(2026, 5, 1)), "set param");
        fails(Status.INVALID_ARG, "empty source", () -> c.setParam("g", D(2026, 5, 1), 1, 1, ""));
      }
    }
    VelferdException e = fails(Status.NOT_FOUND, "profile", () -> new Context("atlantis"));
    eq("profile", e == null ? null : e.getField(), "profile field");
  }

  static void client() {
    try (Client c = new Client()) {
      eq(Gender.UNKNOWN, c.gender(), "fresh gender");
      eq(null, c.birthDate(), "no birth date");
      c.setId("J-0001");
      c.setBirthDate(D(1950, 3, 14));
      eq(D(1950, 3, 14), c.birthDate(), "birth date");
      // java.time cannot hold 1950-02-29; a year outside 1..9999 reaches C and is refused
      VelferdException e = fails(Status.DATE, "year 10000", () -> c.setBirthDate(D(10000, 1, 1)));
      eq("birth_date", e == null ? null : e.getField(), "birth date field");
      eq(D(1950, 3, 14), c.birthDate(), "unchanged after a failed set");
      c.setGender(Gender.FEMALE);
      c.setCivilStatus(CivilStatus.WIDOWED);
      c.setTrygd(Trygd.OLD_AGE);
      eq(Trygd.OLD_AGE, c.trygd(), "trygd");
      c.setIncome(IncomeKind.TRYGD, 1500000);
      c.setIncome(IncomeKind.HOUSING, 120050);
      eq(1620050L, c.incomeTotal(), "income total");   // 15 000.00 + 1 200.50 kr
      e = fails(Status.RANGE, "negative", () -> c.setIncome(IncomeKind.WORK, -1));
      eq("work: amount -0.01 kr is negative", e == null ? null : e.getMessage(), "negative message");
      c.setFact(Fact.SHARES_HOME, Tristate.YES);
      eq(Tristate.YES, c.fact(Fact.SHARES_HOME), "fact");
      c.addChild(D(2015, 6, 1));
      eq(D(2015, 6, 1), c.childBirth(0), "child");
      fails(Status.RANGE, "child 1", () -> c.childBirth(1));
      try (Client copy = c.clone()) {
        c.clearChildren();
        eq(1L, copy.childCount(), "clone keeps children");
        eq("J-0001", copy.id(), "clone id");
      }
    }
  }

  static void enums() {
    // Every Java enum member has the C library's value: the C code names match.
    for (Gender g : Gender.values()) eq(g.name().toLowerCase(), Velferd.codeName(CodeList.GENDER, g.value()), "gender");
    for (Trygd t : Trygd.values()) eq(t.name().toLowerCase(), Velferd.codeName(CodeList.TRYGD, t.value()), "trygd");
    for (CivilStatus t : CivilStatus.values()) eq(t.name().toLowerCase(), Velferd.codeName(CodeList.CIVIL_STATUS, t.value()), "civil");
    for (MainIncome t : MainIncome.values()) eq(t.name().toLowerCase(), Velferd.codeName(CodeList.MAIN_INCOME, t.value()), "main income");
    for (Citizenship t : Citizenship.values()) eq(t.name().toLowerCase(), Velferd.codeName(CodeList.CITIZENSHIP, t.value()), "citizenship");
    for (HousingKind t : HousingKind.values()) eq(t.name().toLowerCase(), Velferd.codeName(CodeList.HOUSING_KIND, t.value()), "housing");
    for (Fact t : Fact.values()) eq(t.name().toLowerCase(), Velferd.codeName(CodeList.FACT, t.value()), "fact");
    for (Tristate t : Tristate.values()) eq(t.name().toLowerCase(), Velferd.codeName(CodeList.TRISTATE, t.value()), "tristate");
    for (AssistanceKind t : AssistanceKind.values()) eq(t.name().toLowerCase(), Velferd.codeName(CodeList.ASSISTANCE_KIND, t.value()), "assistance kind");
    for (IncomeCategory t : IncomeCategory.values()) eq(t.name().toLowerCase(), Velferd.codeName(CodeList.INCOME_CATEGORY, t.value()), "income category");
    for (Household t : Household.values()) eq(t.name().toLowerCase(), Velferd.householdName(t), "household");
    for (Unit t : Unit.values()) eq(t.name().toLowerCase(), Velferd.unitName(t), "unit");
    for (IncomeKind t : IncomeKind.values())
      eq(t == IncomeKind.HOUSING ? "housing_allowance" : t.name().toLowerCase(),
         Velferd.codeName(CodeList.INCOME_KIND, t.value()), "income kind");
    for (Status s : Status.values()) check(!Velferd.strerrorText(s).equals("unknown status"), "status " + s);
    eq(AgeGroup.AGE_67_PLUS, Velferd.classifyAge(67), "age group");
    // young: 18-24 at the end of the year
    eq(true, Velferd.classifyYoung(24), "young at 24");
    eq(false, Velferd.classifyYoung(25), "not young at 25");
    eq(false, Velferd.classifyYoung(17), "not young at 17");
    eq(true, Velferd.dateValid(D(2024, 2, 29)), "a real date");
    eq("67_plus", Velferd.codeName(CodeList.AGE_GROUP, AgeGroup.AGE_67_PLUS.value()), "age group name");
    eq(ProviderStatus.FIVE_PLUS, Velferd.classifyProvider(9), "provider");
    eq("5_plus_children", Velferd.codeName(CodeList.PROVIDER_STATUS, ProviderStatus.FIVE_PLUS.value()), "provider name");
    eq(IncomeCategory.PROGRAMME, Velferd.classifyIncome(MainIncome.QUALIFICATION), "income category");
    // Jan-Mar + May-Jul: 6 months, longest run 3: long-term, not continuous
    eq(1, Velferd.classifyLongTerm(0x77), "long term");
    eq(0, Velferd.classifyLongTermContinuous(0x77), "not continuous");
  }

  static void register(Path tmp) throws Exception {
    try (Register r = new Register(); Client a = new Client(); Client b = new Client()) {
      a.setId("A");
      b.setId("B");
      eq(0L, r.addClient(a), "index A");
      eq(1L, r.addClient(b), "index B");
      VelferdException e = fails(Status.DUPLICATE, "duplicate", () -> r.addClient(a));
      eq("id", e == null ? null : e.getField(), "duplicate field");
      r.addPayment("B", 2024, 3, 150000, 0, AssistanceKind.GRANT);
      e = fails(Status.DATE, "month 13", () -> r.addPayment("A", 2024, 13, 1, 0, AssistanceKind.GRANT));
      eq("month", e == null ? null : e.getField(), "month field");
      fails(Status.NOT_FOUND, "unknown client", () -> r.addPayment("Z", 2024, 1, 1, 0, AssistanceKind.LOAN));
      r.addPayment("A", 2024, 12, 100, 500, AssistanceKind.LOAN);
      try (Payment p = r.payment(1)) {
        eq(0L, p.getClient(), "payment client");
        eq(500L, p.getRefunded(), "refunded");
        eq(AssistanceKind.LOAN, p.getKind(), "kind");
      }
      r.setPopulation(2024, 30, 1235);
      eq(1235L, r.population(2024, 30), "population");
      eq(-1L, r.population(2024, 31), "no population");
      // what 11F records beyond the counts: unknown until set (docs/register.md)
      eq("unknown", r.content(0, "housing"), "content unknown");
      r.setContent(0, "housing", "4");
      eq("homeless", r.content(0, "housing"), "content set by SSB's code");
      fails(Status.UNKNOWN_CODE, "bad housing", () -> r.setContent(0, "housing", "flat"));
      r.setContent(0, "conditions", "no");
      fails(Status.INCONSISTENT, "types without conditions", () -> r.setContent(0, "condition_types", "health"));
      r.writeDir(tmp.resolve("reg").toString());
      try (Register r2 = new Register()) {
        r2.readDir(tmp.resolve("reg").toString(), ReadMode.STRICT);
        eq(2L, r2.clientCount(), "read clients");
        eq(2L, r2.paymentCount(), "read payments");
        eq(1L, r2.findClient("B"), "find");
      }
    }
    Path p = tmp.resolve("p.csv");
    Path c = tmp.resolve("c.csv");
    Files.writeString(c, "id,birth_date,gender,civil_status,citizenship,main_income,trygd,children\n"
        + "J1,1990-05-01,female,unmarried,norwegian,social_assistance,none,2015-01-02 2018-03-04\n");
    Files.writeString(p, "client_id,year,month,gross,refunded,kind\nJ1,2024,1,1000.00,0,grant\n"
        + "J9,2024,1,1000.00,0,grant\nJ1,2024,13,1000.00,0,grant\n");
    try (Register r = new Register()) {
      r.readClientsCsv(c.toString(), ReadMode.STRICT);
      VelferdException e = fails(Status.NOT_FOUND, "strict", () -> r.readPaymentsCsv(p.toString(), ReadMode.STRICT));
      eq(3, e == null ? null : e.getLine(), "strict line");
      try (ReadCounts n = r.readPaymentsCsv(p.toString(), ReadMode.SKIP)) {
        eq(3L, n.getRead(), "read");
        eq(1L, n.getUsed(), "used");
        eq(2L, n.getRejected(), "rejected");
      }
      try (Rejection x = r.rejection(1)) {
        eq(4, x.getLine(), "rejection line");
        eq("month", x.getField(), "rejection field");
      }
      try (Client j1 = r.client(0)) {
        eq(2L, j1.childCount(), "children read");
        eq(MainIncome.SOCIAL_ASSISTANCE, j1.mainIncome(), "main income read");
      }
    }
  }

  static Client pensioner() {
    Client c = new Client();
    c.setBirthDate(D(1950, 3, 10));
    c.setCivilStatus(CivilStatus.UNMARRIED);
    c.setTrygd(Trygd.OLD_AGE);
    c.setIncome(IncomeKind.TRYGD, KR(15000));
    c.setHousing(HousingKind.RENT, KR(9000));
    c.setHousing(HousingKind.ELECTRICITY, KR(1000));
    return c;
  }

  static void rules() {
    try (Context bergen = new Context("bergen"); Context def = new Context(null);
         Client c = pensioner(); Trace t = new Trace()) {
      try (AssistanceResult r = Velferd.assistanceMonth(bergen, c, 2021, 10, t)) {
        // ordinary: 6 450 + 10 000 - 15 000 = 1 450.00; 80 % rule:
        // level 224 878 / 12 = 18 739.83; x 4/5 = 14 991.86; 14 991.86 + 10 000 - 15 000 = 9 991.86
        eq(Household.SINGLE, r.getHousehold(), "household");
        eq(KR(1450), r.getOrdinary(), "ordinary");
        eq(1873983L, r.getRule80Level(), "level");
        eq(1499186L, r.getRule80Minimum(), "minimum");
        eq(999186L, r.getAssistance(), "assistance");
      }
      eq(9L, t.stepCount(), "trace steps");
      try (TraceStep s = t.step(6); TraceParam p = t.param(6, 0); TraceInfo info = t.info()) {
        eq("rule80.minimum", s.getRule(), "step rule");
        eq(1499186L, s.getAmount(), "step amount");
        eq("minimum_pension.single", p.getName(), "param");
        eq(D(2021, 7, 1), p.getValidFrom(), "param date");
        eq("bergen", info.getProfile(), "trace profile");
      }
      check(t.toJson().contains("\"amount_ore\": 1499186") || t.toJson().contains("\"amount_ore\":1499186"), "json");
      check(t.toText().contains("vf_assistance_month 2021-10"), "text");
      check(t.toTextLang("nb").contains("\n9. Økonomisk stønad for måneden: 9 991,86 kr  [assistance.result"), "nb text");
      check(t.toJsonEx(null).contains("\"detail\":{\"id\":\"rule80.check.permanent\""), "neutral json");
      try (AssistanceResult r = Velferd.assistanceMonth(def, c, 2021, 10, null)) {
        eq(KR(1450), r.getAssistance(), "rule off");
      }
      fails(Status.DATE, "month 13", () -> Velferd.assistanceMonth(def, c, 2021, 13, null));
    }
    // couple with two children, 2021-06: 10 800 + 2 850 + 3 250 + 13 800 - 27 108 = 3 592
    try (Context def = new Context(null); Client c = new Client()) {
      c.setBirthDate(D(1985, 1, 2));
      c.setFact(Fact.LIVES_WITH_PARTNER, Tristate.YES);
      c.addChild(D(2017, 3, 1));
      c.addChild(D(2012, 8, 20));
      c.setHousing(HousingKind.RENT, KR(12000));
      c.setHousing(HousingKind.ELECTRICITY, KR(1500));
      c.setHousing(HousingKind.OTHER, KR(300));
      c.setIncome(IncomeKind.WORK, KR(20000));
      c.setIncome(IncomeKind.PARTNER, KR(5000));
      c.setIncome(IncomeKind.CHILD_BENEFIT, KR(2108));
      try (AssistanceResult r = Velferd.assistanceMonth(def, c, 2021, 6, null)) {
        eq(KR(3592), r.getAssistance(), "couple 2021-06");
      }
      try (AssistanceResult r = Velferd.assistanceMonth(def, c, 2022, 10, null)) {
        eq(KR(6550), r.getAssistance(), "couple 2022-10");
      }
    }
  }

  /* Qualification programme (tests/test_rules_kvp.c): G 118 620 from
   * 2023-05-01, 124 028 from 2024-05-01; kvp.g_factor 2; kvp.under25_fraction 2/3. */
  static Client allMet(LocalDate birth) {
    Client c = new Client();
    c.setBirthDate(birth);
    c.setFact(Fact.REDUCED_WORK_CAPACITY, Tristate.YES);
    c.setFact(Fact.FOLKETRYGD_RIGHTS, Tristate.NO);
    c.setFact(Fact.WORK_ASSESSMENT_DONE, Tristate.YES);
    c.setFact(Fact.PROGRAMME_AVAILABLE, Tristate.YES);
    return c;
  }

  static void kvp() {
    try (Context def = new Context(null); Client c = allMet(D(1994, 2, 10))) {
      try (KvpEligibility e = Velferd.kvpEligibility(def, c, D(2024, 5, 1), null)) {
        eq(Tristate.YES, e.getEligible(), "eligible");
        eq(30, e.getAge(), "age: born 1994-02-10, on 2024-05-01");
        for (KvpCriterion k : KvpCriterion.values()) eq(Tristate.YES, e.criterion(k), "criterion " + k);
      }
      c.setFact(Fact.WORK_ASSESSMENT_DONE, Tristate.NO);
      try (KvpEligibility e = Velferd.kvpEligibility(def, c, D(2024, 5, 1), null)) {
        eq(Tristate.NO, e.getEligible(), "one criterion fails");
        eq(Tristate.NO, e.criterion(KvpCriterion.WORK_ASSESSMENT), "the failing one");
        eq(Tristate.YES, e.criterion(KvpCriterion.REDUCED_CAPACITY), "the others met");
      }
      // A 30-year-old across 1 May 2024 (period 15 April - 14 May).
      // April part, 16 days of 30, G 118 620: 2 x 118 620 = 237 240 a year;
      //   237 240 x 16 / (12 x 30) = 10 544.00
      // May part, 14 days of 31, G 124 028: 248 056 a year;
      //   248 056 x 14 / (12 x 31) = 9 335.4408... -> 9 335.44
      // total 19 879.44; monthly on the last day 248 056 / 12 = 20 671.333 -> 20 671.33
      try (KvpBenefit b = Velferd.kvpBenefitPeriod(def, c, D(2024, 4, 15), D(2024, 5, 14), 0, null);
           KvpPart april = b.part(0); KvpPart may = b.part(1)) {
        eq(2L, b.getPartCount(), "two parts");
        eq(KR(118620), april.getG(), "April G");
        eq(KR(237240), april.getYearly(), "April yearly");
        eq(16, april.getDays(), "April days");
        eq(KR(10544), april.getAmount(), "April amount");
        eq(D(2024, 5, 1), may.getFirstDay(), "May part from 1 May");
        eq(KR(248056), may.getYearly(), "May yearly");
        eq(933544L, may.getAmount(), "May amount");
        eq(1987944L, b.getAmount(), "total");
        eq(2067133L, b.getMonthly(), "monthly");
        eq(0, b.getDailyKnown(), "no daily rate: kvp.days_per_year is not sourced");
        fails(Status.RANGE, "part 2", () -> b.part(2));
      }
      // calendar month April: 237 240 / 12 = 19 770.00
      try (KvpBenefit m = Velferd.kvpBenefitMonth(def, c, 2024, 4, 0, null)) {
        eq(KR(19770), m.getAmount(), "April 2024");
      }
    }
    // A 23-year-old, same period: 2/3 of the rate (examples/worked_case.c kvp).
    // April: 237 240 x 2/3 = 158 160.00 a year; x 16 / 360 = 7 029.333 -> 7 029.33
    // May: 248 056 x 2/3 = 165 370.666 -> 165 370.67; x 14 / 372 = 6 223.6274 -> 6 223.63
    // total 13 252.96; monthly on the last day 165 370.67 / 12 = 13 780.889 -> 13 780.89
    try (Context def = new Context(null); Client c = allMet(D(2001, 3, 3));
         KvpBenefit b = Velferd.kvpBenefitPeriod(def, c, D(2024, 4, 15), D(2024, 5, 14), 0, null);
         KvpPart april = b.part(0); KvpPart may = b.part(1)) {
      eq(1, april.getUnder25(), "under 25");
      eq(KR(158160), april.getYearly(), "April yearly 2/3");
      eq(702933L, april.getAmount(), "April 2/3");
      eq(16537067L, may.getYearly(), "May yearly 2/3");
      eq(622363L, may.getAmount(), "May 2/3");
      eq(1325296L, b.getAmount(), "total 13 252.96");
      eq(1378089L, b.getMonthly(), "monthly 13 780.89");
    }
  }

  /* The hand-worked register of docs/indicators.md ("Worked example"), as in
   * tests/test_indicators.c:
   *  C1 born 2000-06-15 (24), female, unmarried, Norwegian, social assistance,
   *     2 children; paid Jan (10 000 + 500), Feb (10 000, 2 000 refunded), Mar,
   *     May, Jun, Jul 10 000: 6 months, gap in April -> long-term, not continuous.
   *  C2 born 1990-01-01 (34), male, married, foreign, trygd/disability; Jul-Dec 5 000.
   *  C3 born 1950-03-03 (74), male, widowed, Norwegian, trygd/old age; Nov 3 000,
   *     5 000 refunded.
   *  C4 no birth date, 1 child; March 0 kr with 100 refunded: not a recipient.
   *  C5 born 2006-12-31 (18), female, cohabiting, Norwegian, social assistance;
   *     Dec 2023 9 999 (other year) and Jan 2024 1 000. */
  static void addClient(Register r, String id, LocalDate birth, Gender g, CivilStatus cs,
                        Citizenship cit, MainIncome inc, Trygd tr, int children) {
    try (Client c = new Client()) {
      c.setId(id);
      if (birth != null) c.setBirthDate(birth);
      c.setGender(g);
      c.setCivilStatus(cs);
      c.setCitizenship(cit);
      c.setMainIncome(inc);
      c.setTrygd(tr);
      for (int k = 0; k < children; k++) c.addChild(D(2015 + k, 1, 1));
      r.addClient(c);
    }
  }

  static void pay(Register r, String id, int year, int month, long kr, long refundKr) {
    r.addPayment(id, year, month, KR(kr), KR(refundKr), AssistanceKind.GRANT);
  }

  static void value(Indicators ind, Indicator which, long num, long den, long rounded) {
    try (IndicatorValue v = ind.value(which)) {
      eq(ValueStatus.OK, v.getStatus(), which + " status");
      eq(num, v.getNum(), which + " num");
      eq(den, v.getDen(), which + " den");
      eq(rounded, v.getRounded(), which + " rounded");
    }
  }

  static void row(Indicators ind, IndicatorTable t, String code, long count, long tenths) {
    for (long i = 0; i < ind.tableRows(t); i++) {
      try (TableRow r = ind.tableRow(t, i)) {
        if (!r.getCode().equals(code)) continue;
        eq(count, r.getCount(), t + " " + code + " count");
        eq(tenths, r.getPctTenths(), t + " " + code + " pct");
        return;
      }
    }
    check(false, "no row " + code + " in " + t);
  }

  static void indicators() {
    try (Register r = new Register()) {
      addClient(r, "C1", D(2000, 6, 15), Gender.FEMALE, CivilStatus.UNMARRIED, Citizenship.NORWEGIAN,
                MainIncome.SOCIAL_ASSISTANCE, Trygd.NONE, 2);
      addClient(r, "C2", D(1990, 1, 1), Gender.MALE, CivilStatus.MARRIED, Citizenship.FOREIGN,
                MainIncome.TRYGD, Trygd.DISABILITY, 0);
      addClient(r, "C3", D(1950, 3, 3), Gender.MALE, CivilStatus.WIDOWED, Citizenship.NORWEGIAN,
                MainIncome.TRYGD, Trygd.OLD_AGE, 0);
      addClient(r, "C4", null, Gender.UNKNOWN, CivilStatus.UNKNOWN, Citizenship.UNKNOWN,
                MainIncome.WORK, Trygd.NONE, 1);
      addClient(r, "C5", D(2006, 12, 31), Gender.FEMALE, CivilStatus.COHABITING, Citizenship.NORWEGIAN,
                MainIncome.SOCIAL_ASSISTANCE, Trygd.NONE, 0);
      pay(r, "C1", 2024, 1, 10000, 0);
      pay(r, "C1", 2024, 1, 500, 0);
      pay(r, "C1", 2024, 2, 10000, 2000);
      for (int m : new int[] {3, 5, 6, 7}) pay(r, "C1", 2024, m, 10000, 0);
      for (int m = 7; m <= 12; m++) pay(r, "C2", 2024, m, 5000, 0);
      pay(r, "C3", 2024, 11, 3000, 5000);
      pay(r, "C4", 2024, 3, 0, 100);
      pay(r, "C5", 2023, 12, 9999, 0);
      pay(r, "C5", 2024, 1, 1000, 0);
      for (int age = 18; age <= 24; age++) r.setPopulation(2024, age, 100);
      // Weighted (docs/indicators.md): C1 weight 2.5 (2500 thousandths), the rest 1.
      // Recipients 2.5 + 1 + 1 + 1 = 5.5; gross 60 500 * 2.5 + 30 000 + 3 000 + 1 000
      // = 185 250 kr = 18 525 000 000 thousandths of øre.
      eq(false, r.hasWeights(), "no weights yet");
      r.setWeight(0, 2500);
      eq(2500L, r.weight(0), "weight of C1");
      try (Indicators w = new Indicators(r, 2024, 0, 11, 18, 66, true)) {
        value(w, Indicator.RECIPIENTS, 5500, 1000, 6);
        value(w, Indicator.GROSS, 18525000000L, 1000, 185250);
      }
      r.setWeight(0, 1000);
      try (Indicators ind = new Indicators(r, 2024, 0, 11, 18, 66, false)) {
        // 2024 records: C1 7 + C2 6 + C3 1 + C4 1 + C5 1 = 16
        eq(16L, ind.recordsUsed(), "records used");
        // recipients C1, C2, C3, C5 = 4; in November C2, C3 = 2
        value(ind, Indicator.RECIPIENTS, 4, 1, 4);
        value(ind, Indicator.RECIPIENTS_MONTH, 2, 1, 2);
        // months 6 + 6 + 1 + 1 = 14; average 14/4 = 3.5
        value(ind, Indicator.AVG_DURATION, 14, 4, 35);
        // long-term C1, C2: 2/4 = 50.0 %; continuous C2: 1/4 = 25.0 %
        value(ind, Indicator.LONG_TERM_SHARE, 200, 4, 500);
        value(ind, Indicator.LONG_TERM_CONTINUOUS_SHARE, 100, 4, 250);
        // gross 60 500 + 30 000 + 3 000 + 0 + 1 000 = 94 500 kr;
        // refunded 2 000 + 5 000 + 100 = 7 100 kr; net 87 400 kr
        value(ind, Indicator.GROSS, 9450000, 1, 94500);
        value(ind, Indicator.REFUNDED, 710000, 1, 7100);
        value(ind, Indicator.NET, 8740000, 1, 87400);
        // per recipient 94 500 / 4 = 23 625 kr
        value(ind, Indicator.GROSS_PER_RECIPIENT, 9450000, 4, 23625);
        // 18-24: 2 recipients per 700 inhabitants = 0.2857 per 100 -> 0.3
        try (IndicatorValue v = ind.rate(18, 24)) {
          eq(200L, v.getNum(), "rate num");
          eq(700L, v.getDen(), "rate den");
          eq(3L, v.getRounded(), "rate");
        }
        try (IndicatorValue v = ind.value(Indicator.POPULATION_RATE)) {
          eq(ValueStatus.NO_DATA, v.getStatus(), "18-66 lacks population for 25..66");
        }
        row(ind, IndicatorTable.AGE_GROUP, "18_24", 2, 500);
        row(ind, IndicatorTable.GENDER, "male", 2, 500);
        row(ind, IndicatorTable.TRYGD, "disability", 1, 500);
        row(ind, IndicatorTable.DURATION, "6", 2, 500);
        eq(4L, ind.tableTotal(IndicatorTable.GENDER), "gender total");
        // Report-style tables (issue 20). trygd_all: every recipient whose
        // trygd is not none: C2, C3 = 2; all grants: 94 500 kr, no loans.
        eq(2L, ind.tableTotal(IndicatorTable.TRYGD_ALL), "trygd_all total");
        value(ind, Indicator.GRANTS, 9450000, 1, 94500);
        value(ind, Indicator.LOANS, 0, 1, 0);
        // 18_24 = C1 + C5: 60 500 + 1 000 = 61 500 kr over 6 + 1 = 7 months
        // = 8 785.71 -> 8 786 a month
        for (long i = 0; i < ind.paymentRows(PaymentTable.AGE_GROUP); i++) {
          try (PaymentRow p = ind.paymentRow(PaymentTable.AGE_GROUP, i)) {
            if (!p.getCode().equals("18_24")) continue;
            try (IndicatorValue g = p.getGross(); IndicatorValue m = p.getPerMonth()) {
              eq(6150000L, g.getNum(), "18_24 gross");
              eq(8786L, m.getRounded(), "18_24 per month");
            }
          }
        }
        // duration x main income, band totals: 1_2 C3, C5; 6_9 C1, C2
        long rows = ind.tableRows(IndicatorTable.MAIN_INCOME);
        try (IndicatorValue v = ind.durationIncome(rows, DurationBand.B1_2)) {
          eq(2L, v.getNum(), "band 1_2");
        }
        try (IndicatorValue v = ind.durationIncome(rows, DurationBand.B6_9)) {
          eq(2L, v.getNum(), "band 6_9");
        }
        eq(4L, ind.tableDenominator(IndicatorTable.AGE_GROUP), "age denominator");
      }
    }
  }

  /** Closed handles refuse use; unclosed ones are freed by the Cleaner. */
  static void lifetimes() {
    Client c = new Client();
    c.close();
    c.close(); // twice is fine
    try {
      c.setId("x");
      check(false, "use after close");
    } catch (NullPointerException expected) {
      check(expected.getMessage().contains("closed"), "closed message");
    }
    // Stress the garbage collector: 200 000 handles never closed.
    for (int i = 0; i < 200_000; i++) {
      Client x = new Client();
      x.setId("c" + i);
      if (i % 50_000 == 0) System.gc();
    }
    System.gc();
  }

  /* Labels and number formats: SSB's texts and numbers written by hand. */
  static void labels() {
    Labels nb = new Labels("nb_NO.UTF-8");
    eq("nb", nb.lang(), "labels lang");
    eq("Skilt/separert", nb.code(CodeList.CIVIL_STATUS, CivilStatus.SEPARATED_DIVORCED.value()),
       "nb civil status 4");
    eq("Mottakere etter alder", nb.table(IndicatorTable.AGE_GROUP), "nb table title");
    eq("317 900 000 kr", nb.formatMoney(31790000000L, 0, 0), "nb money");
    eq("22,4 %", nb.formatPercent(224, 1, 0), "nb percent");
    eq("317,9 mill. kr", nb.formatMillions(31790000000L, 1, 0), "nb millions");
    Labels en = new Labels("en");
    eq("6.1", en.formatFixed(61, 1, 0), "en fixed");
    nb.delete();
    en.delete();
    try {
      new Labels("de");
      check(false, "unknown language refused");
    } catch (VelferdException e) {
      check(e.getMessage().contains("en, nb"), "unknown language names the languages there are");
    }
  }

  /** The library came from where NativeLoader says: the file named by
   *  velferd.library when it is set, else the jar's own copy, extracted into
   *  a temporary directory only the owner may enter. */
  static void nativeLibrary() throws java.io.IOException {
    String version = Velferd.libraryVersion();  // loads the library
    check(version.matches("[0-9]+\\.[0-9]+\\.[0-9]+"), "library version " + version);
    String from = NativeLoader.loadedFrom();
    String property = System.getProperty("velferd.library");
    if (property != null && !property.isEmpty()) {
      eq(property, from, "loaded from velferd.library");
      return;
    }
    if (System.getProperty("os.name").equals("Linux") && System.getProperty("os.arch").equals("amd64"))
      eq("/no/velferd/native/linux-x86_64/libvelferd_java.so", NativeLoader.resourcePath(), "resource");
    Path file = Path.of(from);
    check(Files.isRegularFile(file), "extracted library " + from + " exists");
    Path dir = file.getParent();
    check(dir.getFileName().toString().startsWith("velferd-"), "private directory " + dir);
    eq("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(dir)), "permissions of " + dir);
    eq(Path.of(System.getProperty("java.io.tmpdir")).toRealPath(), dir.getParent().toRealPath(),
        "extracted under java.io.tmpdir");
  }

  // ---- batch, comparison, KOSTRA (issue 18). Expected values: the hand-worked
  // cases of tests/cases/assistance.json and tests/cases/rule80.json (their
  // "note" fields give the arithmetic).

  static void batchProjected() {
    // docs/parameters.md, "Projections": a single adult with rent 5 000 kr; March 2024
    // 7 850 + 5 000 = 12 850 kr (enacted); in March 2025 guideline.single has a gap,
    // projected at 3 % a year: 7 850 × 1.03 = 8 085.50, rounded to 8 100: 13 100 kr.
    try (Context ctx = new Context("default"); Batch b = new Batch(1)) {
      b.birthDates(new LocalDate[] {D(1990, 1, 1)}).civilStatus(new CivilStatus[] {CivilStatus.UNMARRIED})
          .housing(HousingKind.RENT, new long[] {KR(5000)});
      fails(Status.NO_VALUE, "batch: a gap without projection", () -> b.month(ctx, java.time.YearMonth.of(2025, 3)));
      ctx.setProjection(ProjectionMethod.PERCENT, 300, null);
      BatchResult p = b.month(ctx, java.time.YearMonth.of(2025, 3), false);
      eq(KR(13100), p.assistance()[0], "batch: projected 3 %");
      eq(true, p.projected()[0], "batch: marked projected");
      BatchResult q = b.month(ctx, java.time.YearMonth.of(2024, 3), false);
      eq(KR(12850), q.assistance()[0], "batch: enacted 2024");
      eq(false, q.projected()[0], "batch: not projected");
    }
  }

  static void batch() {
    // tests/cases/assistance.json, March 2024, default profile: single adult
    // (7 850 + 9 800 = 17 650), single with work income (7 850 + 6 500 - 3 000 =
    // 11 350), couple (13 100 + 11 000 - 14 000 = 10 100), couple with children
    // aged 3, 8, 14 (26 050 + 15 500 - 20 000 = 21 550, barnetrygd 5 000 exempt),
    // person sharing a home (6 600 + 4 000 = 10 600), partner income without a
    // partner (inconsistent)
    LocalDate[] birth = {D(1990, 5, 17), D(1985, 1, 2), D(1980, 2, 3), D(1984, 4, 4), D(1999, 9, 9), D(1990, 1, 1)};
    CivilStatus[] civil = {CivilStatus.UNMARRIED, CivilStatus.SEPARATED_DIVORCED, null, CivilStatus.MARRIED, null, CivilStatus.UNMARRIED};
    Tristate[] partner = {Tristate.NO, null, Tristate.YES, null, Tristate.NO, null};
    Tristate[] shares = {null, null, null, null, Tristate.YES, null};
    try (Context ctx = new Context("default"); Batch b = new Batch(6)) {
      b.birthDates(birth).civilStatus(civil)
          .fact(Fact.LIVES_WITH_PARTNER, partner).fact(Fact.SHARES_HOME, shares)
          .income(IncomeKind.WORK, new long[] {0, KR(3000), 0, 0, 0, 0})
          .income(IncomeKind.TRYGD, new long[] {0, 0, KR(8000), 0, 0, 0})
          .income(IncomeKind.PARTNER, new long[] {0, 0, KR(6000), KR(20000), 0, KR(100)})
          .income(IncomeKind.CHILD_BENEFIT, new long[] {0, 0, 0, KR(5000), 0, 0})
          .housing(HousingKind.RENT, new long[] {KR(9000), KR(6000), KR(10000), KR(14000), KR(4000), 0})
          .housing(HousingKind.ELECTRICITY, new long[] {KR(800), KR(500), KR(1000), KR(1500), 0, 0})
          .children(new int[] {0, 0, 0, 0, 3, 3, 3}, new LocalDate[] {D(2020, 6, 15), D(2015, 9, 1), D(2009, 11, 30)});
      VelferdException e = fails(Status.INCONSISTENT, "batch: first failure thrown", () -> b.month(ctx, java.time.YearMonth.of(2024, 3)));
      check(e != null && e.getMessage().startsWith("client 5: "), "batch: failed client named: " + (e == null ? "" : e.getMessage()));
      BatchResult r = b.month(ctx, java.time.YearMonth.of(2024, 3), false);
      long[] want = {KR(17650), KR(11350), KR(10100), KR(21550), KR(10600), 0};
      eq(java.util.Arrays.toString(want), java.util.Arrays.toString(r.assistance()), "batch assistance");
      eq(Status.OK, r.status()[0], "batch ok");
      eq(Status.INCONSISTENT, r.status()[5], "batch failed client");
      eq(Household.COUPLE, r.household()[3], "batch household");
      eq(Household.SHARING, r.household()[4], "batch sharing");
      eq(null, r.household()[5], "no household for a failed client");
      eq(KR(5000), r.incomeExempt()[3], "barnetrygd exempt");
      eq(KR(26050), r.norm()[3], "norm with children");
      // weights 2.5, 1, 0, 0.125, 3 and 7 (the failed client, not counted):
      // clients 2.5 + 1 + 0 + 0.125 + 3 = 6.625; assistance 17 650 × 2.5 +
      // 11 350 + 10 100 × 0 + 21 550 × 0.125 + 10 600 × 3 = 89 968.75 kr;
      // exempt barnetrygd 5 000 × 0.125 = 625 kr
      eq("[false, false, false, false, false, false]", java.util.Arrays.toString(r.projected()),
         "batch: enacted values only");
      eq(null, r.weightedTotals(), "no weights, no totals");
      BatchResult w = b.weights(new long[] {2500, 1000, 0, 125, 3000, 7000}).month(ctx, java.time.YearMonth.of(2024, 3), false);
      eq(new java.math.BigDecimal("6.625"), w.weightedTotals().get("clients"), "weighted clients");
      eq(new java.math.BigDecimal("8996875.000"), w.weightedTotals().get("assistance"), "weighted assistance, øre");
      eq(new java.math.BigDecimal("62500.000"), w.weightedTotals().get("income_exempt"), "weighted exempt income, øre");
      eq(java.util.Arrays.toString(want), java.util.Arrays.toString(w.assistance()), "weights change no amount");
      VelferdException we = fails(Status.RANGE, "batch: negative weight", () -> b.weights(new long[] {2500, -1, 0, 0, 0, 0}).month(ctx, java.time.YearMonth.of(2024, 3), false));
      check(we != null && we.getMessage().startsWith("row 2: weight:"), "weight error names the row: " + (we == null ? "" : we.getMessage()));
      // the batch gives what the single-client function gives
      try (Client c = new Client()) {
        c.setBirthDate(birth[3]);
        c.setCivilStatus(CivilStatus.MARRIED);
        for (LocalDate d : new LocalDate[] {D(2020, 6, 15), D(2015, 9, 1), D(2009, 11, 30)}) c.addChild(d);
        c.setIncome(IncomeKind.PARTNER, KR(20000));
        c.setIncome(IncomeKind.CHILD_BENEFIT, KR(5000));
        c.setHousing(HousingKind.RENT, KR(14000));
        c.setHousing(HousingKind.ELECTRICITY, KR(1500));
        try (AssistanceResult a = Velferd.assistanceMonth(ctx, c, 2024, 3, null)) {
          eq(a.getAssistance(), r.assistance()[3], "batch = single client");
        }
      }
      fails(Status.INVALID_ARG, "batch: column of the wrong length", () -> b.housing(HousingKind.RENT, new long[] {1, 2}));
      fails(Status.INVALID_ARG, "batch: children offsets", () -> b.children(new int[] {0, 1, 0, 0, 0, 0, 0}, new LocalDate[] {D(2020, 1, 1)}));
    }
    // tests/cases/kvp.json: 2 G = 237 240 kr a year, 19 770.00 a month in March
    // 2024; under 25: 2/3, 13 180.00
    try (Context ctx = new Context("default"); Batch b = new Batch(2)) {
      b.birthDates(new LocalDate[] {D(1994, 1, 15), D(2002, 1, 1)}).kvp(new boolean[] {true, true});
      eq("[1977000, 1318000]", java.util.Arrays.toString(b.month(ctx, java.time.YearMonth.of(2024, 3)).kvpBenefit()), "batch kvp");
    }
    Batch closed = new Batch(1);
    closed.close();
    try {
      closed.birthDays(new int[] {0});
      check(false, "closed batch: no exception");
    } catch (NullPointerException e) {
      eq("the object is closed", e.getMessage(), "closed batch");
    }
  }

  static void comparison() {
    for (CompareDim d : CompareDim.values()) eq(d.name().toLowerCase(), d.codeName(), "dimension name");
    eq("couple", CompareDim.HOUSEHOLD.groupName(1), "group name");
    // tests/cases/rule80.json: the Bergen pensioner gets 9 991.86 with the 80 %
    // rule, 1 450.00 without; the unemployed 1 450.00 either way (not permanent)
    try (Register reg = new Register(); Client p = new Client(); Client u = new Client();
         Context bergen = new Context("bergen"); Context off = bergen.clone()) {
      p.setId("P");
      u.setId("U");
      p.setBirthDate(D(1950, 3, 10));
      u.setBirthDate(D(1970, 3, 10));
      p.setTrygd(Trygd.OLD_AGE);
      u.setTrygd(Trygd.UNEMPLOYMENT);
      for (Client c : new Client[] {p, u}) {
        c.setCivilStatus(CivilStatus.UNMARRIED);
        c.setIncome(IncomeKind.TRYGD, KR(15000));
        c.setHousing(HousingKind.RENT, KR(9000));
        c.setHousing(HousingKind.ELECTRICITY, KR(1000));
        reg.addClient(c);
      }
      off.setParam("rule80.enabled", D(2021, 1, 1), 0, 1, "test: rule switched off");
      try (Comparison cmp = Velferd.compare(reg, bergen, off, 2021, 10, 1, 10, CompareRule.ASSISTANCE);
           ComparisonTotals t = cmp.totals()) {
        eq(2L, t.getClients(), "compare clients");
        eq(999186L + 145000L, t.getBaseline(), "compare baseline 9 991.86 + 1 450.00");
        eq(290000L, t.getScenario(), "compare scenario 2 x 1 450.00");
        eq(-854186L, t.getDifference(), "compare difference");
        eq(1L, t.getLosers(), "compare losers");
        eq(1L, t.getUnchanged(), "compare unchanged");
        eq("[999186, 145000]", java.util.Arrays.toString(cmp.baselines()), "baselines");
        eq("[-854186, 0]", java.util.Arrays.toString(cmp.differences()), "differences");
        eq("[0]", java.util.Arrays.toString(cmp.losers()), "losers");
        eq(0, cmp.gainers().length, "gainers");
        eq(Status.OK, cmp.statuses()[1], "statuses");
        eq(Status.OK, cmp.clientStatus(0), "client status");
        try (ComparisonTotals single = cmp.group(CompareDim.HOUSEHOLD, 0)) {
          eq(2L, single.getClients(), "both single");
        }
        eq("2021-10", cmp.period(), "period");
      }
    }
  }

  static void weightedComparison() {
    // The clients of comparison() (tests/cases/rule80.json): P 9 991.86 kr with
    // the 80 % rule, 1 450.00 without; U and V 1 450.00 either way; F fails
    // (partner income without a partner) and is not counted.
    // Weights P 2.125, U 1.25, V 0, F 7; rule switched off in the scenario:
    //   clients    2.125 + 1.25 + 0                   = 3.375
    //   baseline   999 186 × 2.125 + 145 000 × 1.25   = 2 123 270.25 + 181 250 = 2 304 520.25 øre
    //   scenario   145 000 × 2.125 + 145 000 × 1.25   = 308 125 + 181 250 = 489 375 øre
    //   difference -854 186 × 2.125                   = -1 815 145.25 øre (losses the same, positive)
    //   losers P 2.125, unchanged U + V 1.25, gainers 0
    try (Register reg = new Register(); Context bergen = new Context("bergen"); Context off = bergen.clone()) {
      for (String id : new String[] {"P", "U", "V", "F"}) {
        try (Client c = new Client()) {
          c.setId(id);
          c.setBirthDate(id.equals("P") ? D(1950, 3, 10) : D(1970, 3, 10));
          c.setTrygd(id.equals("P") ? Trygd.OLD_AGE : Trygd.UNEMPLOYMENT);
          c.setCivilStatus(CivilStatus.UNMARRIED);
          c.setIncome(IncomeKind.TRYGD, KR(15000));
          if (id.equals("F")) c.setIncome(IncomeKind.PARTNER, KR(100));
          c.setHousing(HousingKind.RENT, KR(9000));
          c.setHousing(HousingKind.ELECTRICITY, KR(1000));
          reg.addClient(c);
        }
      }
      off.setParam("rule80.enabled", D(2021, 1, 1), 0, 1, "test: rule switched off");
      long[] w = {2125, 1250, 0, 7000};
      try (Comparison cmp = Velferd.compare(reg, bergen, off, 2021, 10, 1, 10, CompareRule.ASSISTANCE)) {
        eq(1L, cmp.failedCount(), "weighted compare: F fails");
        eq(Status.INCONSISTENT, cmp.statuses()[3], "weighted compare: F's status");
        java.util.Map<String, java.math.BigDecimal> t = cmp.weightedTotals(w);
        eq("[clients, baseline, scenario, difference, gainers, losers, unchanged, gains, losses]",
           t.keySet().toString(), "weighted compare: keys");
        eq(new java.math.BigDecimal("3.375"), t.get("clients"), "weighted compare: clients");
        eq(new java.math.BigDecimal("2304520.250"), t.get("baseline"), "weighted compare: baseline");
        eq(new java.math.BigDecimal("489375.000"), t.get("scenario"), "weighted compare: scenario");
        eq(new java.math.BigDecimal("-1815145.250"), t.get("difference"), "weighted compare: difference");
        eq(new java.math.BigDecimal("0.000"), t.get("gainers"), "weighted compare: gainers");
        eq(new java.math.BigDecimal("2.125"), t.get("losers"), "weighted compare: losers");
        eq(new java.math.BigDecimal("1.250"), t.get("unchanged"), "weighted compare: unchanged");
        eq(new java.math.BigDecimal("0.000"), t.get("gains"), "weighted compare: gains");
        eq(new java.math.BigDecimal("1815145.250"), t.get("losses"), "weighted compare: losses");
        // weight 1 each: the unweighted totals (3 computed, 2 × 1 450.00 + 9 991.86)
        java.util.Map<String, java.math.BigDecimal> one = cmp.weightedTotals(new long[] {1000, 1000, 1000, 1000});
        eq(new java.math.BigDecimal("3.000"), one.get("clients"), "weights of 1: clients");
        eq(new java.math.BigDecimal("1289186.000"), one.get("baseline"), "weights of 1: baseline");
        eq(new java.math.BigDecimal("2.000"), one.get("unchanged"), "weights of 1: unchanged");
        try {
          cmp.weightedTotals(new long[] {2125, 1250, 0});
          check(false, "weighted compare: wrong length accepted");
        } catch (IllegalArgumentException e) {
          eq("weights: 3 values, the comparison has 4 clients", e.getMessage(), "weighted compare: wrong length");
        }
        VelferdException e = fails(Status.RANGE, "weighted compare: negative weight",
                                   () -> cmp.weightedTotals(new long[] {2125, -1, 0, 7000}));
        check(e != null && e.getMessage().startsWith("row 2: weight:"), "negative weight names the row: " + (e == null ? "" : e.getMessage()));
        // above 1 000 000 (1 000 000 000 thousandths), even for the failed client
        e = fails(Status.RANGE, "weighted compare: weight too large",
                  () -> cmp.weightedTotals(new long[] {2125, 1250, 0, 1000000001L}));
        check(e != null && e.getMessage().startsWith("row 4: weight:"), "large weight names the row: " + (e == null ? "" : e.getMessage()));
      }
      // the other way round: P gains what it lost
      try (Comparison back = Velferd.compare(reg, off, bergen, 2021, 10, 1, 10, CompareRule.ASSISTANCE)) {
        java.util.Map<String, java.math.BigDecimal> t = back.weightedTotals(w);
        eq(new java.math.BigDecimal("489375.000"), t.get("baseline"), "weighted back: baseline");
        eq(new java.math.BigDecimal("2304520.250"), t.get("scenario"), "weighted back: scenario");
        eq(new java.math.BigDecimal("1815145.250"), t.get("difference"), "weighted back: difference");
        eq(new java.math.BigDecimal("2.125"), t.get("gainers"), "weighted back: gainers");
        eq(new java.math.BigDecimal("0.000"), t.get("losers"), "weighted back: losers");
        eq(new java.math.BigDecimal("1815145.250"), t.get("gains"), "weighted back: gains");
        eq(new java.math.BigDecimal("0.000"), t.get("losses"), "weighted back: losses");
      }
    }
  }

  static void kostra(String data) {
    // tests/data/kostra/11F_2026_4601_hand.txt, worked out by hand in
    // tests/test_kostra_indicators.c: 12 records, bidrag 332 000 kr in all
    String hand = data + "/kostra/11F_2026_4601_hand.txt";
    try (KostraFile f = new KostraFile(hand, "11F", 2026)) {
      eq(12L, f.recordCount(), "kostra records");
      eq("11F", f.form(), "kostra form");
      eq("KOMMUNE_NR", f.fieldName(0), "first field");
      long bidrag = 0;
      for (long i = 0; i < f.recordCount(); i++) bidrag += Long.parseLong(f.get(i, "BIDRAG"));
      eq(332000L, bidrag, "bidrag");
      eq("10000", f.get(2, "LAAN_JAN"), "J03 loan");
      fails(Status.NOT_FOUND, "kostra: unknown field", () -> f.get(0, "NO_SUCH_FIELD"));
      try (KostraReport r = f.check("4601")) {
        eq(12L, r.recordCount(), "records checked");
        check(r.exitCode() >= 0 && r.exitCode() <= 2, "exit code");
      }
    }
    fails(Status.UNKNOWN_CODE, "kostra: form", () -> new KostraFile(hand, "11X", 2026));
    fails(Status.NOT_FOUND, "kostra: year without layout", () -> new KostraFile(hand, "11F", 2019));
    try {
      Path empty = Files.createTempFile("velferd-kostra", ".txt");
      try (KostraFile f = new KostraFile(empty.toString(), "11F", 2026); KostraReport r = f.check("")) {
        // no records: one FATAL finding (SSB's rule), exit code 2
        eq(1L, r.count(), "empty file: one finding");
        eq(KostraSeverity.FATAL, r.severity(0), "empty file: fatal");
        eq(KostraSeverity.FATAL, r.worst(), "worst");
        eq(2, r.exitCode(), "exit code 2");
        eq(1L, r.severityCount(KostraSeverity.FATAL), "fatal count");
      }
      Files.delete(empty);
    } catch (java.io.IOException e) {
      check(false, "temp file: " + e);
    }
  }

  /** Row of a network result by indicator and municipality code ("" = the average). */
  private static long netRow(NetworkResult r, String indicator, String municipality) {
    for (long i = 0; i < r.rows(); i++)
      if (r.indicator(i).equals(indicator) && r.municipalityCode(i).equals(municipality)) return i;
    check(false, "network: no row " + indicator + " " + municipality);
    return 0;
  }

  static void network() {
    // The hand-worked figures of tools/velferd/tests/test_network.sh (its
    // data/network/tidy.csv, inlined): young_share pooled (2500 + 1000) /
    // (200 + 100) = 35/3 -> 11.7; Oslo 107.14 -> 107.1, Bergen 85.71 -> 85.7,
    // Trondheim '..' left out. The columns are those of velferd network -f csv.
    String tidy = "municipality,year,indicator,value,numerator,denominator\n"
        + "0301,2023,young_share,\"12,5\",2500,200\n4601,2023,young_share,10.0,1000,100\n"
        + "5001,2023,young_share,..,,\n0301,2023,net_expenditure,3000,,\n"
        + "4601,2023,net_expenditure,2500,,\n5001,2023,net_expenditure,2000,,\n"
        + "0301,2023,need,1.2,,\n4601,2023,need,\"1,0\",,\n5001,2023,need,0.75,,\n";
    eq(VelferdConstants.VF_NETWORK_AUTO, NetworkAverage.AUTO.value(), "NetworkAverage.AUTO");
    try (NetworkData d = new NetworkData()) {
      d.readText(tidy, "tidy.csv");
      eq(9L, d.count(), "network figures");
      eq(2023, d.latestYear(), "network latest year");
      try (NetworkResult r = d.compare("all", 2023, NetworkAverage.AUTO)) {
        eq(12L, r.rows(), "network rows: 3 indicators x (average + 3)");
        eq(2023, r.year(), "network year");
        long a = netRow(r, "young_share", "");
        eq("network average", r.name(a), "average name");
        eq("11.7", r.value(a), "pooled average");
        eq("100.0", r.index(a), "average index");
        eq("pooled", r.average(a), "pooled");
        eq(35L, r.exactNum(a), "average num");
        eq(3L, r.exactDen(a), "average den");
        eq(2, r.membersUsed(a), "members used");
        eq(1, r.membersMissing(a), "members missing");
        long oslo = netRow(r, "young_share", "0301");
        eq(301, r.municipality(oslo), "Oslo number");
        eq("12.5", r.value(oslo), "Oslo value");
        eq("107.1", r.index(oslo), "Oslo index");
        eq("85.7", r.index(netRow(r, "young_share", "4601")), "Bergen index");
        long trd = netRow(r, "young_share", "5001");
        eq("missing", r.status(trd), "Trondheim status");
        eq("..", r.symbol(trd), "Trondheim symbol");
        eq("..", r.index(trd), "Trondheim index");
        eq("120.0", r.index(netRow(r, "net_expenditure", "0301")), "net expenditure mean");
        check(r.render(OutputFormat.CSV).contains("2023,young_share,0301,,12.5,107.1,pooled,"), "CSV");
        fails(Status.RANGE, "network row out of range", () -> r.value(12));
      }
      // Mean: (12.5 + 10.0) / 2 = 11.25 -> 11.3; Oslo 111.1.
      try (NetworkResult r = d.compare("all", 2023, NetworkAverage.MEAN)) {
        eq("11.3", r.value(netRow(r, "young_share", "")), "mean average");
        eq("111.1", r.index(netRow(r, "young_share", "0301")), "mean Oslo index");
      }
      fails(Status.NO_VALUE, "pooled without numerators", () -> d.compare("all", 2023, NetworkAverage.POOLED));
      // 3000/1.2 = 2500, 2500/1.0 = 2500, 2000/0.75 -> 2667: mean 7667/3 -> 2556; 104.4.
      d.correct("net_expenditure", "need", 1, "corrected");
      try (NetworkResult r = d.compare("", 0, NetworkAverage.AUTO)) {
        eq("2556", r.value(netRow(r, "corrected", "")), "corrected average");
        eq("104.4", r.index(netRow(r, "corrected", "5001")), "corrected Trondheim");
      }
      // ASSS in 2023 by its numbers: Bergen is 4601.
      try (NetworkResult r = d.compare("asss", 2023, NetworkAverage.AUTO)) {
        eq("Bergen", r.name(netRow(r, "young_share", "4601")), "ASSS Bergen");
      }
    }
    // The register as a member: 1 of 2 aged 18-24 = 50.0 % (100/2); pooled
    // with Oslo (2500 + 100) / (200 + 2) = 1300/101 -> 12.9; its index
    // 100 x 50 x 101 / 1300 = 388.46 -> 388.5.
    try (Register reg = new Register(); NetworkData d = new NetworkData()) {
      addClient(reg, "A", D(2004, 1, 1), Gender.FEMALE, CivilStatus.UNMARRIED, Citizenship.NORWEGIAN,
                MainIncome.SOCIAL_ASSISTANCE, Trygd.NONE, 0);
      addClient(reg, "B", D(1984, 1, 1), Gender.MALE, CivilStatus.UNMARRIED, Citizenship.NORWEGIAN,
                MainIncome.WORK, Trygd.NONE, 0);
      pay(reg, "A", 2024, 1, 1000, 0);
      pay(reg, "B", 2024, 1, 1000, 0);
      d.add(301, 2024, "young_share", "12.5", "2500", "200");
      try (Indicators ind = new Indicators(reg, 2024, 0, 11, 18, 66, false)) {
        d.addIndicators(9999, ind);
      }
      try (NetworkResult r = d.compare("all", 2024, NetworkAverage.AUTO)) {
        eq("12.9", r.value(netRow(r, "young_share", "")), "register pooled average");
        eq("388.5", r.index(netRow(r, "young_share", "9999")), "register index");
      }
    }
    try (NetworkData d = new NetworkData()) {
      VelferdException e = fails(Status.PARSE, "bad value", () ->
          d.readText("municipality,year,indicator,value\n0301,2023,x,1.2.3\n", "bad.csv"));
      check(e != null && e.getMessage().contains("bad.csv:2: value '1.2.3' is not a number"), "bad value message");
    }
  }

  static void trend() {
    // The register of tests/test_trend.c: A (born 2000, foreign) 2022 Jan, Feb
    // 1 000, 2023 Jan 3 000; B (born 1980, 1 child) 2022 Jan 2 000, 2023 Jan,
    // Feb 2 000, 2024 Mar 5 000; C (born 1990, foreign) 2024 Jan 4 000.
    // Gross 4 000, 7 000, 9 000 kr: +2 000, 2 000 / 7 000 = +28.6 %; the
    // 18-24 share 50.0, 50.0, 0.0 %: -50.0 points, -100.0 %.
    try (Register r = new Register(); Trend t = new Trend()) {
      addClient(r, "A", D(2000, 6, 15), Gender.FEMALE, CivilStatus.UNMARRIED, Citizenship.FOREIGN,
                MainIncome.SOCIAL_ASSISTANCE, Trygd.NONE, 0);
      addClient(r, "B", D(1980, 6, 15), Gender.MALE, CivilStatus.UNMARRIED, Citizenship.NORWEGIAN,
                MainIncome.WORK, Trygd.NONE, 1);
      addClient(r, "C", D(1990, 6, 15), Gender.MALE, CivilStatus.UNMARRIED, Citizenship.FOREIGN,
                MainIncome.WORK, Trygd.NONE, 0);
      pay(r, "A", 2022, 1, 1000, 0);
      pay(r, "A", 2022, 2, 1000, 0);
      pay(r, "A", 2023, 1, 3000, 0);
      pay(r, "B", 2022, 1, 2000, 0);
      pay(r, "B", 2023, 1, 2000, 0);
      pay(r, "B", 2023, 2, 2000, 0);
      pay(r, "B", 2024, 3, 5000, 0);
      pay(r, "C", 2024, 1, 4000, 0);
      for (int y : new int[] {2024, 2022, 2023})
        try (Indicators ind = new Indicators(r, y, 0, 11, 18, 66, false)) {
          t.add(ind);
        }
      eq(3L, t.years(), "trend years");
      eq(2022, t.year(0), "trend first year");
      eq(2024, t.year(2), "trend last year");
      eq((long) Indicator.values().length + 2, Velferd.trendSeriesCount(), "trend series");
      long gross = Indicator.GROSS.value(), young = Indicator.YOUNG_SHARE.value();
      eq("foreign_citizens", Velferd.trendSeriesName(Indicator.values().length), "foreign series");
      try (IndicatorValue v = t.value(gross, 1)) {
        eq(7000L, v.getRounded(), "gross 2023");
      }
      try (IndicatorChange c = t.change(gross, 2); IndicatorValue d = c.getDiff()) {
        eq(2000L, d.getRounded(), "gross change");
        eq(286L, c.getRelativeTenths(), "gross change %");
      }
      try (IndicatorChange c = t.change(young, 2); IndicatorValue d = c.getDiff()) {
        eq(-500L, d.getRounded(), "young share change");
        eq(-1000L, c.getRelativeTenths(), "young share change %");
      }
      check(t.render(OutputFormat.CSV).contains("\ngross,4000,7000,9000,+2000,+28.6\n"), "trend CSV");
      fails(Status.RANGE, "trend change of the first year", () -> t.change(gross, 0));
      try (Indicators again = new Indicators(r, 2023, 0, 11, 18, 66, false)) {
        fails(Status.INCONSISTENT, "trend: a year twice", () -> t.add(again));
      }
    }
  }

  /** A content table's counts in row order (suppressed rows as -1). */
  static long[] contentCounts(Indicators ind, ContentTable t) {
    long[] out = new long[(int) ind.contentRows(t)];
    for (int i = 0; i < out.length; i++) {
      try (TableRow r = ind.contentRow(t, i)) {
        out[i] = r.getSuppressed() == Suppression.NONE ? r.getCount() : -1;
      }
    }
    return out;
  }

  /** Case content of tests/data/content, counts worked out by hand in tests/test_register_content.c. */
  static void content(String data) {
    try (Register r = new Register()) {
      r.readDir(data + "/content", ReadMode.STRICT);
      try (Indicators ind = new Indicators(r, 2026, 0, 11, 18, 66, false)) {
        eq(true, ind.hasContent(), "has content");
        // housing: rented_private C2, rented_municipal C3, homeless C1 C4, unknown C5 C6
        eq("[1, 1, 0, 2, 0, 0, 2]", java.util.Arrays.toString(contentCounts(ind, ContentTable.HOUSING)), "housing");
        try (TableRow h = ind.contentRow(ContentTable.HOUSING, 3)) {
          eq("homeless", h.getCode(), "row 3 code");
          eq(333L, h.getPctTenths(), "homeless 2 of 6");
        }
        // met C1, excepted C2, not recorded C3 C5 (C4 is 56, C6 30 on 1 August)
        eq("[1, 1, 2]", java.util.Arrays.toString(contentCounts(ind, ContentTable.ACTIVITY_DUTY)), "duty");
        eq(4L, ind.contentTotal(ContentTable.ACTIVITY_DUTY), "under-30s");
        eq(2L, ind.contentTotal(ContentTable.CONDITION_TYPES), "with conditions: C1, C4");
        eq("[2, 1, 0, 1, 2]", java.util.Arrays.toString(contentCounts(ind, ContentTable.SANCTIONS)), "sanctions");
        fails(Status.RANGE, "row out of range", () -> ind.contentRow(ContentTable.HOUSING, 7));
        eq("activity_duty_month", Velferd.contentTableName(ContentTable.ACTIVITY_DUTY_MONTH), "name");
      }
      try (Indicators ind = new Indicators(r, 2026, 5, 11, 18, 66, false)) {
        eq(-1L, contentCounts(ind, ContentTable.HOUSING)[3], "homeless suppressed below 5");
      }
    }
  }

  public static void main(String[] args) throws Exception {
    String data = args.length > 0 ? args[0] : "tests/data";
    Path tmp = Files.createTempDirectory("velferd-java");
    nativeLibrary();
    money();
    dates();
    context(data);
    client();
    enums();
    register(tmp);
    rules();
    kvp();
    indicators();
    lifetimes();
    labels();
    batch();
    batchProjected();
    comparison();
    weightedComparison();
    kostra(data);
    content(data);
    network();
    trend();
    try (java.util.stream.Stream<Path> files = Files.walk(tmp)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
    for (String f : failures) System.err.println("FAIL: " + f);
    System.out.println(checks + " checks, " + failures.size() + " failed");
    System.exit(failures.isEmpty() ? 0 : 1);
  }
}
