package no.velferd;

/** Distribution tables of recipients (vf_indicator_table). Values are those of the C enumeration vf_indicator_table; VelferdTest checks them. */
public enum IndicatorTable {
  AGE_GROUP(0),
  GENDER(1),
  CIVIL_STATUS(2),
  CITIZENSHIP(3),
  PROVIDER_STATUS(4),
  MAIN_INCOME(5),
  TRYGD(6),
  DURATION(7),
  TRYGD_ALL(8);

  private final int value;

  IndicatorTable(int value) {
    this.value = value;
  }

  /** The C value. */
  public int value() {
    return value;
  }

  /** The member with C value {@code value}; IllegalArgumentException if none. */
  public static IndicatorTable of(int value) {
    for (IndicatorTable m : values())
      if (m.value == value) return m;
    throw new IllegalArgumentException("no IndicatorTable with value " + value);
  }
}
