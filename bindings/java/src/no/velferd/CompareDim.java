package no.velferd;

/** A way of grouping the clients of a comparison (vf_compare_dim). Values are those of the C enumeration; VelferdTest checks them. */
public enum CompareDim {
  /** Age group at the end of the year ("18_24", ...). */
  AGE_GROUP(0),
  /** Household as the assistance rule decides it ("single", "couple", "sharing"). */
  HOUSEHOLD(1),
  /** Category of the main income. */
  MAIN_INCOME(2),
  /** Permanent beneficiary for the 80 % rule ("no", "yes", "unknown"). */
  PERMANENT(3);

  private final int value;

  CompareDim(int value) {
    this.value = value;
  }

  /** @return the C value */
  public int value() {
    return value;
  }

  /** @return the dimension's stable name ("age_group", "household", "main_income", "permanent") */
  public String codeName() {
    return Velferd.compare_dim_name(this);
  }

  /** @return the number of groups of this dimension (every category, also empty ones) */
  public int groupCount() {
    return Math.toIntExact(Velferd.compare_group_count(this));
  }

  /**
   * @param index a group, 0 .. {@link #groupCount()} - 1
   * @return the group's stable name ("18_24", "couple", ...), or null if out of range
   */
  public String groupName(int index) {
    return Velferd.compare_group_name(this, index);
  }

  /**
   * @param value a C value
   * @return the member with that value
   * @throws IllegalArgumentException if there is none
   */
  public static CompareDim of(int value) {
    for (CompareDim m : values())
      if (m.value == value) return m;
    throw new IllegalArgumentException("no CompareDim with value " + value);
  }
}
