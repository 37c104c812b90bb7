package no.velferd;

/** Household type for the guideline norm (vf_household). Values are those of the C enumeration vf_household; VelferdTest checks them. */
public enum Household {
  SINGLE(1),
  COUPLE(2),
  SHARING(3);

  private final int value;

  Household(int value) {
    this.value = value;
  }

  /** The C value. */
  public int value() {
    return value;
  }

  /** The member with C value {@code value}; IllegalArgumentException if none. */
  public static Household of(int value) {
    for (Household m : values())
      if (m.value == value) return m;
    throw new IllegalArgumentException("no Household with value " + value);
  }
}
