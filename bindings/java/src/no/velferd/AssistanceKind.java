package no.velferd;

/** Kind of economic assistance paid (vf_assistance_kind). Values are those of the C enumeration vf_assistance_kind; VelferdTest checks them. */
public enum AssistanceKind {
  GRANT(1),
  LOAN(2),
  QUALIFICATION(3);

  private final int value;

  AssistanceKind(int value) {
    this.value = value;
  }

  /** The C value. */
  public int value() {
    return value;
  }

  /** The member with C value {@code value}; IllegalArgumentException if none. */
  public static AssistanceKind of(int value) {
    for (AssistanceKind m : values())
      if (m.value == value) return m;
    throw new IllegalArgumentException("no AssistanceKind with value " + value);
  }
}
