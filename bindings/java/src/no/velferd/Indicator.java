package no.velferd;

/** The scalar indicators (vf_indicator). Values are those of the C enumeration vf_indicator; VelferdTest checks them. */
public enum Indicator {
  RECIPIENTS(0),
  RECIPIENTS_MONTH(1),
  BENEFIT_MONTHS(2),
  AVG_DURATION(3),
  LONG_TERM_SHARE(4),
  LONG_TERM_CONTINUOUS_SHARE(5),
  GROSS(6),
  REFUNDED(7),
  NET(8),
  GROSS_PER_RECIPIENT(9),
  AVG_PER_MONTH(10),
  SA_MAIN_INCOME_SHARE(11),
  SA_LONG_TERM_SHARE(12),
  YOUNG_SHARE(13),
  PROVIDER_SHARE(14),
  CHILDREN(15),
  POPULATION_RATE(16),
  GRANTS(17),
  LOANS(18);

  private final int value;

  Indicator(int value) {
    this.value = value;
  }

  /** The C value. */
  public int value() {
    return value;
  }

  /** The member with C value {@code value}; IllegalArgumentException if none. */
  public static Indicator of(int value) {
    for (Indicator m : values())
      if (m.value == value) return m;
    throw new IllegalArgumentException("no Indicator with value " + value);
  }
}
