package no.velferd;

/** State of an indicator value (vf_value_status). Values are those of the C enumeration vf_value_status; VelferdTest checks them. */
public enum ValueStatus {
  OK(0),
  UNDEFINED(1),
  SUPPRESSED(2),
  NO_DATA(3);

  private final int value;

  ValueStatus(int value) {
    this.value = value;
  }

  /** The C value. */
  public int value() {
    return value;
  }

  /** The member with C value {@code value}; IllegalArgumentException if none. */
  public static ValueStatus of(int value) {
    for (ValueStatus m : values())
      if (m.value == value) return m;
    throw new IllegalArgumentException("no ValueStatus with value " + value);
  }
}
