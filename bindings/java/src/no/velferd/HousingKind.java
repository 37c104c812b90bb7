package no.velferd;

/** Kinds of monthly housing costs (vf_housing_kind). Values are those of the C enumeration vf_housing_kind; VelferdTest checks them. */
public enum HousingKind {
  RENT(0),
  ELECTRICITY(1),
  OTHER(2);

  private final int value;

  HousingKind(int value) {
    this.value = value;
  }

  /** The C value. */
  public int value() {
    return value;
  }

  /** The member with C value {@code value}; IllegalArgumentException if none. */
  public static HousingKind of(int value) {
    for (HousingKind m : values())
      if (m.value == value) return m;
    throw new IllegalArgumentException("no HousingKind with value " + value);
  }
}
