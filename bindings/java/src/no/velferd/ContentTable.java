package no.velferd;

/** Tables of what form 11F records beyond the counts (vf_content_table): present when the register holds case content; rows fixed per table, unknown last. Values are those of the C enumeration. */
public enum ContentTable {
  HOUSING(0),
  INDIVIDUAL_PLAN(1),
  ECONOMIC_ADVICE(2),
  WORK_SITUATION(3),
  CONDITIONS(4),
  CONDITION_TYPES(5),
  ACTIVITY_DUTY(6),
  SANCTIONS(7),
  ACTIVITY_DUTY_MONTH(8);

  private final int value;

  ContentTable(int value) {
    this.value = value;
  }

  /** The C value. */
  public int value() {
    return value;
  }

  /** The member with C value {@code value}; IllegalArgumentException if none. */
  public static ContentTable of(int value) {
    for (ContentTable m : values())
      if (m.value == value) return m;
    throw new IllegalArgumentException("no ContentTable with value " + value);
  }
}
