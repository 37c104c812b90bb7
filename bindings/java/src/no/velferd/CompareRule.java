package no.velferd;

/** The rule a comparison computes for each client (vf_compare_rule). Values are those of the C enumeration; VelferdTest checks them. */
public enum CompareRule {
  /** Economic assistance (vf_assistance_month), the default. */
  ASSISTANCE(0),
  /** The qualification benefit (vf_kvp_benefit_month, no paid work), for a register of programme participants. */
  KVP_BENEFIT(1);

  private final int value;

  CompareRule(int value) {
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
  public static CompareRule of(int value) {
    for (CompareRule m : values())
      if (m.value == value) return m;
    throw new IllegalArgumentException("no CompareRule with value " + value);
  }
}
