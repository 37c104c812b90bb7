package no.velferd;

/** What a parameter's value means (vf_unit). Values are those of the C enumeration vf_unit; VelferdTest checks them. */
public enum Unit {
  NOK(1),
  NOK_PER_YEAR(2),
  NOK_PER_MONTH(3),
  NOK_PER_DAY(4),
  RATIO(5),
  COUNT(6),
  BOOL(7);

  private final int value;

  Unit(int value) {
    this.value = value;
  }

  /** The C value. */
  public int value() {
    return value;
  }

  /** The member with C value {@code value}; IllegalArgumentException if none. */
  public static Unit of(int value) {
    for (Unit m : values())
      if (m.value == value) return m;
    throw new IllegalArgumentException("no Unit with value " + value);
  }
}
