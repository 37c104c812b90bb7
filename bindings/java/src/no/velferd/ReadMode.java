package no.velferd;

/** How a reader treats a bad row (vf_read_mode). Values are those of the C enumeration vf_read_mode; VelferdTest checks them. */
public enum ReadMode {
  STRICT(0),
  SKIP(1);

  private final int value;

  ReadMode(int value) {
    this.value = value;
  }

  /** The C value. */
  public int value() {
    return value;
  }

  /** The member with C value {@code value}; IllegalArgumentException if none. */
  public static ReadMode of(int value) {
    for (ReadMode m : values())
      if (m.value == value) return m;
    throw new IllegalArgumentException("no ReadMode with value " + value);
  }
}
