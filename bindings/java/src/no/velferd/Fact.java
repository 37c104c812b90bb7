package no.velferd;

/** Facts a caseworker records that the eligibility rules read (vf_fact). Values are those of the C enumeration vf_fact; VelferdTest checks them. */
public enum Fact {
  REDUCED_WORK_CAPACITY(0),
  FOLKETRYGD_RIGHTS(1),
  WORK_ASSESSMENT_DONE(2),
  PROGRAMME_AVAILABLE(3),
  LIVES_WITH_PARTNER(4),
  SHARES_HOME(5);

  private final int value;

  Fact(int value) {
    this.value = value;
  }

  /** The C value. */
  public int value() {
    return value;
  }

  /** The member with C value {@code value}; IllegalArgumentException if none. */
  public static Fact of(int value) {
    for (Fact m : values())
      if (m.value == value) return m;
    throw new IllegalArgumentException("no Fact with value " + value);
  }
}
