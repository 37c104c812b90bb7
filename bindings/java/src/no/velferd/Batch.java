package no.velferd;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The rules for many clients in one call, over arrays: client {@code i} is
 * element {@code i} of every column. Each column is copied into C when set
 * (its length must be {@link #size()}); {@link #month} runs the C batch
 * ({@code vf_batch_month}, velferd/batch.h), which gives every client exactly
 * what {@link Velferd#assistanceMonth} gives for the same client. A column not
 * set means zero, unknown or none for every client. Money is {@code long} øre,
 * dates are {@link LocalDate} (or day numbers since 1970-01-01).
 *
 * <pre>{@code
 * try (Batch b = new Batch(2)) {
 *   b.birthDates(new LocalDate[] {LocalDate.of(1950, 3, 10), LocalDate.of(1990, 5, 17)})
 *    .housing(HousingKind.RENT, new long[] {900000, 700000});
 *   BatchResult r = b.month(ctx, YearMonth.of(2024, 3));
 *   long[] assistance = r.assistance();
 * }
 * }</pre>
 */
public final class Batch implements AutoCloseable {
  /** Day number meaning "date not known" (VF_BATCH_NO_DATE). */
  public static final int NO_DATE = Integer.MIN_VALUE;

  private final BatchColumns columns;
  private final int n;
  private boolean weighted;

  /**
   * @param n the number of clients
   * @throws VelferdException (RANGE) if n is negative
   */
  public Batch(int n) {
    this.n = n;
    this.columns = new BatchColumns(n);
  }

  /** @return the number of clients */
  public int size() {
    return n;
  }

  /**
   * Sets the birth dates.
   * @param dates one per client; null for not known
   * @return this batch
   */
  public Batch birthDates(LocalDate[] dates) {
    return birthDays(days(dates, true));
  }

  /**
   * Sets the birth dates as day numbers since 1970-01-01 ({@link #NO_DATE}: not known).
   * @param days one per client
   * @return this batch
   */
  public Batch birthDays(int[] days) {
    columns.setBirth(days);
    return this;
  }

  /**
   * Sets the civil status.
   * @param values one per client; null for unknown
   * @return this batch
   */
  public Batch civilStatus(CivilStatus[] values) {
    int[] c = new int[values.length];
    for (int i = 0; i < c.length; i++) c[i] = values[i] == null ? 0 : values[i].value();
    columns.setCivilStatus(c);
    return this;
  }

  /**
   * Sets the type of trygd of greatest value.
   * @param values one per client; null for unknown
   * @return this batch
   */
  public Batch trygd(Trygd[] values) {
    int[] c = new int[values.length];
    for (int i = 0; i < c.length; i++) c[i] = values[i] == null ? 0 : values[i].value();
    columns.setTrygd(c);
    return this;
  }

  /**
   * Sets one fact.
   * @param fact the fact
   * @param values one per client; null for unknown
   * @return this batch
   */
  public Batch fact(Fact fact, Tristate[] values) {
    int[] c = new int[values.length];
    for (int i = 0; i < c.length; i++) c[i] = values[i] == null ? 0 : values[i].value();
    columns.setFact(fact, c);
    return this;
  }

  /**
   * Sets one kind of monthly net income.
   * @param kind the kind
   * @param ore one amount per client, in øre (not negative)
   * @return this batch
   */
  public Batch income(IncomeKind kind, long[] ore) {
    columns.setIncome(kind, ore);
    return this;
  }

  /**
   * Sets one kind of monthly housing cost.
   * @param kind the kind
   * @param ore one amount per client, in øre (not negative)
   * @return this batch
   */
  public Batch housing(HousingKind kind, long[] ore) {
    columns.setHousing(kind, ore);
    return this;
  }

  /**
   * Sets the children: those of client {@code i} are
   * {@code births[start[i]] .. births[start[i + 1] - 1]}.
   * @param start {@link #size()} + 1 offsets rising from 0 to {@code births.length}
   * @param births the children's birth dates
   * @return this batch
   */
  public Batch children(int[] start, LocalDate[] births) {
    columns.setChildren(start, days(births, false));
    return this;
  }

  /**
   * Sets who takes part in the qualification programme during the month.
   * @param participant one per client
   * @return this batch
   */
  public Batch kvp(boolean[] participant) {
    int[] c = new int[participant.length];
    for (int i = 0; i < c.length; i++) c[i] = participant[i] ? 1 : 0;
    columns.setKvp(c);
    return this;
  }

  /**
   * Sets the paid work of the participants.
   * @param minutesPerWeek minutes of paid work a week, one per client
   * @return this batch
   */
  public Batch kvpWorkMinutes(int[] minutesPerWeek) {
    columns.setKvpWorkMinutes(minutesPerWeek);
    return this;
  }

  /**
   * Sets survey or population weights (docs/register.md, "Weights"): with
   * them {@link BatchResult#weightedTotals()} gives the weighted totals of
   * the clients computed, exactly (C's {@code vf_weighted_total}).
   * @param thousandths one weight per client in 1/1000ths (2.5 is 2500), 0..10^9
   * @return this batch
   */
  public Batch weights(long[] thousandths) {
    columns.setWeights(thousandths);
    weighted = true;
    return this;
  }

  /**
   * Computes the month for every client; the first client that fails is
   * thrown (its index in the message), after all were computed.
   * @param ctx the context
   * @param month the calendar month
   * @return the results
   * @throws VelferdException for a failed client or a bad input
   */
  public BatchResult month(Context ctx, YearMonth month) {
    return month(ctx, month, true);
  }

  /**
   * Computes the month for every client.
   * @param ctx the context
   * @param month the calendar month
   * @param raiseErrors true: throw the first failed client's error; false:
   *        leave each client's status in {@link BatchResult#status()} (a
   *        failed client's amounts are 0)
   * @return the results
   * @throws VelferdException for a bad input (and a failed client if raiseErrors)
   */
  public BatchResult month(Context ctx, YearMonth month, boolean raiseErrors) {
    columns.run(ctx, month.getYear(), month.getMonthValue(), 1, raiseErrors ? 1 : 0);
    return new BatchResult(columns, n, weighted);
  }

  /** Frees the columns in C now. */
  @Override
  public void close() {
    columns.close();
  }

  private static int[] days(LocalDate[] dates, boolean nullable) {
    int[] d = new int[dates.length];
    for (int i = 0; i < d.length; i++) {
      if (dates[i] == null && !nullable)
        throw new VelferdException(Status.INVALID_ARG.value(), "child " + i + " has no birth date", "children", 0);
      d[i] = dates[i] == null ? NO_DATE : Math.toIntExact(dates[i].toEpochDay());
    }
    return d;
  }
}
