package no.velferd;

/** Type of trygd or pension of greatest value (KOSTRA TRYGDESIT). Values are those of the C enumeration vf_trygd; VelferdTest checks them. */
public enum Trygd {
  UNKNOWN(0),
  SICKNESS(1),
  UNEMPLOYMENT(2),
  REHABILITATION(3),
  DISABILITY(4),
  TRANSITIONAL(5),
  SURVIVOR(6),
  OLD_AGE(7),
  MEDICAL_REHAB(8),
  SUPPLEMENTARY(9),
  OTHER(10),
  WORK_ASSESSMENT(11),
  NONE(12),
  CHILD_BENEFIT(13);

  private final int value;

  Trygd(int value) {
    this.value = value;
  }

  /** The C value. */
  public int value() {
    return value;
  }

  /** The member with C value {@code value}; IllegalArgumentException if none. */
  public static Trygd of(int value) {
    for (Trygd m : values())
      if (m.value == value) return m;
    throw new IllegalArgumentException("no Trygd with value " + value);
  }
}
