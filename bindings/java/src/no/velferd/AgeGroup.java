package no.velferd;

/** KOSTRA age group by age at the end of the statistics year (vf_age_group). Values are those of the C enumeration vf_age_group; VelferdTest checks them. */
public enum AgeGroup {
  UNKNOWN(0),
  AGE_18_24(1),
  AGE_25_29(2),
  AGE_30_39(3),
  AGE_40_49(4),
  AGE_50_59(5),
  AGE_60_66(6),
  AGE_67_PLUS(7),
  UNDER_18(8);

  private final int value;

  AgeGroup(int value) {
    this.value = value;
  }

  /** The C value. */
  public int value() {
    return value;
  }

  /** The member with C value {@code value}; IllegalArgumentException if none. */
  public static AgeGroup of(int value) {
    for (AgeGroup m : values())
      if (m.value == value) return m;
    throw new IllegalArgumentException("no AgeGroup with value " + value);
  }
}
