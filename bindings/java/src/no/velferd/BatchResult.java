package no.velferd;

/**
 * The results of {@link Batch#month}: one element per client in each array,
 * amounts in øre (the members of the same name of {@link AssistanceResult}).
 */
public final class BatchResult {
  private final Status[] status;
  private final Status[] kvpStatus;
  private final Household[] household;
  private final boolean[] rule80Applies, projected;
  private final long[] norm, housing, income, incomeExempt, ordinary, rule80Supplement, assistance,
      kvpBenefit;

  private final java.util.Map<String, java.math.BigDecimal> weightedTotals;

  BatchResult(BatchColumns c, int n, boolean weighted) {
    int[] codes = new int[n];
    c.outputCodes("status", codes);
    status = new Status[n];
    for (int i = 0; i < n; i++) status[i] = Status.of(codes[i]);
    c.outputCodes("kvp_status", codes);
    kvpStatus = new Status[n];
    for (int i = 0; i < n; i++) kvpStatus[i] = Status.of(codes[i]);
    c.outputCodes("household", codes);
    household = new Household[n];
    for (int i = 0; i < n; i++) household[i] = status[i] == Status.OK ? Household.of(codes[i]) : null;
    c.outputCodes("rule80_applies", codes);
    rule80Applies = new boolean[n];
    for (int i = 0; i < n; i++) rule80Applies[i] = codes[i] != 0;
    c.outputCodes("projected", codes);
    projected = new boolean[n];
    for (int i = 0; i < n; i++) projected[i] = codes[i] != 0;
    norm = money(c, "norm", n);
    housing = money(c, "housing", n);
    income = money(c, "income", n);
    incomeExempt = money(c, "income_exempt", n);
    ordinary = money(c, "ordinary", n);
    rule80Supplement = money(c, "rule80_supplement", n);
    assistance = money(c, "assistance", n);
    kvpBenefit = money(c, "kvp_benefit", n);
    if (weighted) {
      String[] names = {"clients", "norm", "housing", "income", "income_exempt", "ordinary",
                        "rule80_supplement", "assistance", "kvp_benefit"};
      java.util.Map<String, java.math.BigDecimal> t = new java.util.LinkedHashMap<>();
      for (int k = 0; k < names.length; k++)
        t.put(names[k], java.math.BigDecimal.valueOf(c.weightedTotal(k), 3)); // 1/1000ths: exact
      weightedTotals = java.util.Collections.unmodifiableMap(t);
    } else {
      weightedTotals = null;
    }
  }

  /**
   * The weighted totals over the clients computed (status OK), when the
   * batch had {@link Batch#weights}: "clients" (the sum of their weights)
   * and each amount ("norm", "housing", "income", "income_exempt",
   * "ordinary", "rule80_supplement", "assistance", "kvp_benefit"), the sum
   * of amount × weight in øre, exact (three decimals: weights are 1/1000ths).
   * @return the totals in that order, or null without weights
   */
  public java.util.Map<String, java.math.BigDecimal> weightedTotals() { return weightedTotals; }

  private static long[] money(BatchColumns c, String name, int n) {
    long[] out = new long[n];
    c.outputMoney(name, out);
    return out;
  }

  /** @return each client's status ({@link Status#OK}, or why the assistance failed) */
  public Status[] status() { return status.clone(); }

  /** @return each client's status of the qualification benefit */
  public Status[] kvpStatus() { return kvpStatus.clone(); }

  /** @return each client's household (null for a failed client) */
  public Household[] household() { return household.clone(); }

  /** @return whether the 80 % rule applies to each client */
  public boolean[] rule80Applies() { return rule80Applies.clone(); }

  /**
   * Whether each client's result used a projected (not enacted) parameter
   * value ({@link Context#setProjection}); false for a failed client.
   * @return one flag per client
   */
  public boolean[] projected() { return projected.clone(); }

  /** @return the norm for adults and children, øre */
  public long[] norm() { return norm.clone(); }

  /** @return the housing costs counted, øre */
  public long[] housing() { return housing.clone(); }

  /** @return the net income counted, øre */
  public long[] income() { return income.clone(); }

  /** @return the income left out (barnetrygd when exempt), øre */
  public long[] incomeExempt() { return incomeExempt.clone(); }

  /** @return the ordinary calculation, max(0, norm + housing - income), øre */
  public long[] ordinary() { return ordinary.clone(); }

  /** @return the assistance needed under the 80 % rule, øre */
  public long[] rule80Supplement() { return rule80Supplement.clone(); }

  /** @return the month's economic assistance, øre */
  public long[] assistance() { return assistance.clone(); }

  /** @return the qualification benefit for the month (0 for non-participants), øre */
  public long[] kvpBenefit() { return kvpBenefit.clone(); }
}
