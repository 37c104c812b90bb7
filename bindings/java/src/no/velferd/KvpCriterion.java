package no.velferd;

/** Criteria for the qualification programme (vf_kvp_criterion). Values are those of the C enumeration vf_kvp_criterion; VelferdTest checks them. */
public enum KvpCriterion {
  WORKING_AGE(0),
  REDUCED_CAPACITY(1),
  LIMITED_FOLKETRYGD(2),
  WORK_ASSESSMENT(3),
  PROGRAMME_AVAILABLE(4);

  private final int value;

  KvpCriterion(int value) {
    this.value = value;
  }

  /** The C value. */
  public int value() {
    return value;
  }

  /** The member with C value {@code value}; IllegalArgumentException if none. */
  public static KvpCriterion of(int value) {
    for (KvpCriterion m : values())
      if (m.value == value) return m;
    throw new IllegalArgumentException("no KvpCriterion with value " + value);
  }
}
