package no.velferd;

/** Kinds of monthly net income of the household (vf_income_kind). Values are those of the C enumeration vf_income_kind; VelferdTest checks them. */
public enum IncomeKind {
  WORK(0),
  TRYGD(1),
  PROGRAMME(2),
  CHILD_BENEFIT(3),
  CHILD_SUPPORT(4),
  HOUSING(5),
  PARTNER(6),
  OTHER(7);

  private final int value;

  IncomeKind(int value) {
    this.value = value;
  }

  /** The C value. */
  public int value() {
    return value;
  }

  /** The member with C value {@code value}; IllegalArgumentException if none. */
  public static IncomeKind of(int value) {
    for (IncomeKind m : values())
      if (m.value == value) return m;
    throw new IllegalArgumentException("no IncomeKind with value " + value);
  }
}
