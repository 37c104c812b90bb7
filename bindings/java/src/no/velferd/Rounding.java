package no.velferd;

/** How a division that does not come out even is rounded (vf_rounding). Values are those of the C enumeration vf_rounding; VelferdTest checks them. */
public enum Rounding {
  HALF_AWAY(0),
  TRUNC(1),
  FLOOR(2),
  CEIL(3),
  HALF_EVEN(4);

  private final int value;

  Rounding(int value) {
    this.value = value;
  }

  /** The C value. */
  public int value() {
    return value;
  }

  /** The member with C value {@code value}; IllegalArgumentException if none. */
  public static Rounding of(int value) {
    for (Rounding m : values())
      if (m.value == value) return m;
    throw new IllegalArgumentException("no Rounding with value " + value);
  }
}
