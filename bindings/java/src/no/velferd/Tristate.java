package no.velferd;

/** A yes / no / not known answer (vf_tristate). Values are those of the C enumeration vf_tristate; VelferdTest checks them. */
public enum Tristate {
  UNKNOWN(0),
  NO(1),
  YES(2);

  private final int value;

  Tristate(int value) {
    this.value = value;
  }

  /** The C value. */
  public int value() {
    return value;
  }

  /** The member with C value {@code value}; IllegalArgumentException if none. */
  public static Tristate of(int value) {
    for (Tristate m : values())
      if (m.value == value) return m;
    throw new IllegalArgumentException("no Tristate with value " + value);
  }
}
