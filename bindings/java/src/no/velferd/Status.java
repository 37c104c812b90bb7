package no.velferd;

/** Status codes (vf_status); the numbers are part of the ABI. Values are those of the C enumeration vf_status; VelferdTest checks them. */
public enum Status {
  OK(0),
  INVALID_ARG(1),
  RANGE(2),
  DATE(3),
  UNKNOWN_CODE(4),
  PARSE(5),
  IO(6),
  NOMEM(7),
  OVERFLOW(8),
  NOT_FOUND(9),
  NO_VALUE(10),
  DUPLICATE(11),
  INCONSISTENT(12);

  private final int value;

  Status(int value) {
    this.value = value;
  }

  /** The C value. */
  public int value() {
    return value;
  }

  /** The member with C value {@code value}; IllegalArgumentException if none. */
  public static Status of(int value) {
    for (Status m : values())
      if (m.value == value) return m;
    throw new IllegalArgumentException("no Status with value " + value);
  }
}
