package no.velferd;

/** Unit of an indicator value (vf_indicator_unit). Values are those of the C enumeration vf_indicator_unit; VelferdTest checks them. */
public enum IndicatorUnit {
  PERSONS(1),
  MONEY(2),
  PERCENT(3),
  MONTHS(4),
  PER_100(5),
  INDEX(6);

  private final int value;

  IndicatorUnit(int value) {
    this.value = value;
  }

  /** The C value. */
  public int value() {
    return value;
  }

  /** The member with C value {@code value}; IllegalArgumentException if none. */
  public static IndicatorUnit of(int value) {
    for (IndicatorUnit m : values())
      if (m.value == value) return m;
    throw new IllegalArgumentException("no IndicatorUnit with value " + value);
  }
}
