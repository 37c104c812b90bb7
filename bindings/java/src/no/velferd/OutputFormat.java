package no.velferd;

/** Output formats of Indicators.render (vf_output_format). Values are those of the C enumeration vf_output_format; VelferdTest checks them. */
public enum OutputFormat {
  TEXT(0),
  CSV(1),
  JSON(2),
  MARKDOWN(3);

  private final int value;

  OutputFormat(int value) {
    this.value = value;
  }

  /** The C value. */
  public int value() {
    return value;
  }

  /** The member with C value {@code value}; IllegalArgumentException if none. */
  public static OutputFormat of(int value) {
    for (OutputFormat m : values())
      if (m.value == value) return m;
    throw new IllegalArgumentException("no OutputFormat with value " + value);
  }
}
