package no.velferd;

/** Bands of months with assistance (vf_duration_band) of the duration x main income table; TOTAL is the row total. Values are those of the C enumeration. */
public enum DurationBand {
  B1_2(0),
  B3_5(1),
  B6_9(2),
  B10_12(3),
  TOTAL(4);

  private final int value;

  DurationBand(int value) {
    this.value = value;
  }

  /** The C value. */
  public int value() {
    return value;
  }

  /** The member with C value {@code value}; IllegalArgumentException if none. */
  public static DurationBand of(int value) {
    for (DurationBand m : values())
      if (m.value == value) return m;
    throw new IllegalArgumentException("no DurationBand with value " + value);
  }
}
