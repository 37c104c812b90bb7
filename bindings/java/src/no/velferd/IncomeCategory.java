package no.velferd;

/** Coarse main-income category (groups of KOSTRA VKLO; vf_income_category). Values are those of the C enumeration vf_income_category; VelferdTest checks them. */
public enum IncomeCategory {
  UNKNOWN(0),
  WORK(1),
  TRYGD(2),
  SOCIAL_ASSISTANCE(3),
  PROGRAMME(4),
  OTHER(5);

  private final int value;

  IncomeCategory(int value) {
    this.value = value;
  }

  /** The C value. */
  public int value() {
    return value;
  }

  /** The member with C value {@code value}; IllegalArgumentException if none. */
  public static IncomeCategory of(int value) {
    for (IncomeCategory m : values())
      if (m.value == value) return m;
    throw new IllegalArgumentException("no IncomeCategory with value " + value);
  }
}
