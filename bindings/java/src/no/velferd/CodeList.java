package no.velferd;

/** The code lists (vf_code_list). Values are those of the C enumeration vf_code_list; VelferdTest checks them. */
public enum CodeList {
  GENDER(0),
  CIVIL_STATUS(1),
  CITIZENSHIP(2),
  MAIN_INCOME(3),
  TRYGD(4),
  INCOME_KIND(5),
  HOUSING_KIND(6),
  TRISTATE(7),
  FACT(8),
  ASSISTANCE_KIND(9),
  AGE_GROUP(10),
  PROVIDER_STATUS(11),
  INCOME_CATEGORY(12);

  private final int value;

  CodeList(int value) {
    this.value = value;
  }

  /** The C value. */
  public int value() {
    return value;
  }

  /** The member with C value {@code value}; IllegalArgumentException if none. */
  public static CodeList of(int value) {
    for (CodeList m : values())
      if (m.value == value) return m;
    throw new IllegalArgumentException("no CodeList with value " + value);
  }
}
