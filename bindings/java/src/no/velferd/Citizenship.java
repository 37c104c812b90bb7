package no.velferd;

/** Citizenship. Values are those of the C enumeration vf_citizenship; VelferdTest checks them. */
public enum Citizenship {
  UNKNOWN(0),
  NORWEGIAN(1),
  FOREIGN(2);

  private final int value;

  Citizenship(int value) {
    this.value = value;
  }

  /** The C value. */
  public int value() {
    return value;
  }

  /** The member with C value {@code value}; IllegalArgumentException if none. */
  public static Citizenship of(int value) {
    for (Citizenship m : values())
      if (m.value == value) return m;
    throw new IllegalArgumentException("no Citizenship with value " + value);
  }
}
