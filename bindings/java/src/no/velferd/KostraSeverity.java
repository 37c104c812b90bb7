package no.velferd;

/** Severity of a KOSTRA finding, as Statistics Norway grades it (vf_kostra_severity). Values are those of the C enumeration; VelferdTest checks them. */
public enum KostraSeverity {
  /** No finding (used for summaries). */
  OK(0),
  /** The file may be sent with this. */
  WARNING(1),
  /** Blocks submission. */
  ERROR(2),
  /** Stops all further checks and blocks submission. */
  FATAL(3);

  private final int value;

  KostraSeverity(int value) {
    this.value = value;
  }

  /** @return the C value */
  public int value() {
    return value;
  }

  /**
   * @param value a C value
   * @return the member with that value
   * @throws IllegalArgumentException if there is none
   */
  public static KostraSeverity of(int value) {
    for (KostraSeverity m : values())
      if (m.value == value) return m;
    throw new IllegalArgumentException("no KostraSeverity with value " + value);
  }
}
