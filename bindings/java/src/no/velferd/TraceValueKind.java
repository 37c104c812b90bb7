package no.velferd;

/** Kind of an intermediate value of a trace step (vf_trace_value_kind). Values are those of the C enumeration vf_trace_value_kind; VelferdTest checks them. */
public enum TraceValueKind {
  MONEY(1),
  NUMBER(2);

  private final int value;

  TraceValueKind(int value) {
    this.value = value;
  }

  /** The C value. */
  public int value() {
    return value;
  }

  /** The member with C value {@code value}; IllegalArgumentException if none. */
  public static TraceValueKind of(int value) {
    for (TraceValueKind m : values())
      if (m.value == value) return m;
    throw new IllegalArgumentException("no TraceValueKind with value " + value);
  }
}
