package no.velferd;

/** Gender (KOSTRA KJONN). Values are those of the C enumeration vf_gender; VelferdTest checks them. */
public enum Gender {
  UNKNOWN(0),
  MALE(1),
  FEMALE(2);

  private final int value;

  Gender(int value) {
    this.value = value;
  }

  /** The C value. */
  public int value() {
    return value;
  }

  /** The member with C value {@code value}; IllegalArgumentException if none. */
  public static Gender of(int value) {
    for (Gender m : values())
      if (m.value == value) return m;
    throw new IllegalArgumentException("no Gender with value " + value);
  }
}
