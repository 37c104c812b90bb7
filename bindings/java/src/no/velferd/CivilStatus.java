package no.velferd;

/** Civil status (KOSTRA EKTSTAT). Values are those of the C enumeration vf_civil_status; VelferdTest checks them. */
public enum CivilStatus {
  UNKNOWN(0),
  UNMARRIED(1),
  MARRIED(2),
  COHABITING(3),
  SEPARATED_DIVORCED(4),
  WIDOWED(5);

  private final int value;

  CivilStatus(int value) {
    this.value = value;
  }

  /** The C value. */
  public int value() {
    return value;
  }

  /** The member with C value {@code value}; IllegalArgumentException if none. */
  public static CivilStatus of(int value) {
    for (CivilStatus m : values())
      if (m.value == value) return m;
    throw new IllegalArgumentException("no CivilStatus with value " + value);
  }
}
