package no.velferd;

/** Why a table cell is suppressed (vf_suppression). Values are those of the C enumeration vf_suppression; VelferdTest checks them. */
public enum Suppression {
  NONE(0),
  PRIMARY(1),
  SECONDARY(2);

  private final int value;

  Suppression(int value) {
    this.value = value;
  }

  /** The C value. */
  public int value() {
    return value;
  }

  /** The member with C value {@code value}; IllegalArgumentException if none. */
  public static Suppression of(int value) {
    for (Suppression m : values())
      if (m.value == value) return m;
    throw new IllegalArgumentException("no Suppression with value " + value);
  }
}
