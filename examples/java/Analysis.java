import java.math.BigInteger;
import no.velferd.*;

/**
 * The analysis of docs/bindings.md in Java: a what-if over a register, an
 * indicator table and one explained case (the same analysis is written in R,
 * examples/r/analysis.R). ctest runs it (java_analysis).
 */
public class Analysis {
  public static void main(String[] args) {
    try (Register reg = Velferd.synthRegister("city2008", 2000, BigInteger.valueOf(7), 2021);
         Context bergen = new Context("bergen");
         Context no80 = bergen.clone()) {
      // 1. What-if: Bergen with and without its 80 % rule, October 2021.
      no80.setParam("rule80.enabled", java.time.LocalDate.of(2021, 1, 1), 0, 1, "what-if");
      int[] losers;
      long[] baselines;
      try (Comparison cmp = Velferd.compare(reg, bergen, no80, 2021, 10, 1, 10, CompareRule.ASSISTANCE);
           ComparisonTotals t = cmp.totals()) {
        System.out.printf("clients %d, baseline %s kr, scenario %s kr, change %s kr, losers %d%n",
            t.getClients(), Velferd.moneyFormat(t.getBaseline()), Velferd.moneyFormat(t.getScenario()),
            Velferd.moneyFormat(t.getDifference()), t.getLosers());
        losers = cmp.losers();
        baselines = cmp.baselines();
        long[] differences = cmp.differences();
        for (int k = 0; k < Math.min(5, losers.length); k++)
          System.out.printf("  %s  %s kr -> change %s kr%n", cmp.clientId(losers[k]),
              Velferd.moneyFormat(baselines[losers[k]]), Velferd.moneyFormat(differences[losers[k]]));
        check(t.getLosers() > 0 && t.getLosers() == losers.length, "losers");
      }

      // 2. Indicator table: the register's indicators for 2021.
      try (Indicators ind = new Indicators(reg, 2021, 5, 11, 18, 66, false)) {
        for (Indicator which : Indicator.values()) {
          try (IndicatorValue v = ind.value(which)) {
            System.out.printf("  %-28s %s %s%n", Velferd.indicatorName(which),
                Velferd.indicatorValueFormat(v), v.getStatus());
          }
        }
        for (long i = 0; i < ind.tableRows(IndicatorTable.AGE_GROUP); i++) {
          try (TableRow r = ind.tableRow(IndicatorTable.AGE_GROUP, i)) {
            System.out.printf("  %-9s %5d %5.1f %% %s%n", r.getCode(), r.getCount(),
                r.getPctTenths() / 10.0, r.getSuppressed());
          }
        }
      }

      // 3. One explained case: why the largest loser loses.
      try (Client c = reg.client(losers[0]); Trace trace = new Trace();
           AssistanceResult a = Velferd.assistanceMonth(bergen, c, 2021, 10, trace)) {
        System.out.println(trace.toText());
        // the explanation is of the same number the comparison counted
        check(a.getAssistance() == baselines[losers[0]] && a.getRule80Applies() != 0, "explained case");
      }
    } catch (VelferdException e) {
      System.err.println("velferd: " + e.getStatus() + ": " + e.getMessage());
      System.exit(1);
    }
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      System.err.println("Analysis: check failed: " + what);
      System.exit(1);
    }
  }
}
