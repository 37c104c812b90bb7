package no.velferd;

/** Main source of income at the last contact (KOSTRA VKLO). Values are those of the C enumeration vf_main_income; VelferdTest checks them. */
public enum MainIncome {
  UNKNOWN(0),
  WORK(1),
  COURSE_WAGE_SUBSIDY(2),
  TRYGD(3),
  STUDENT(4),
  SOCIAL_ASSISTANCE(5),
  INTRODUCTION(6),
  SPOUSE(7),
  QUALIFICATION(8),
  OTHER(9);

  private final int value;

  MainIncome(int value) {
    this.value = value;
  }

  /** The C value. */
  public int value() {
    return value;
  }

  /** The member with C value {@code value}; IllegalArgumentException if none. */
  public static MainIncome of(int value) {
    for (MainIncome m : values())
      if (m.value == value) return m;
    throw new IllegalArgumentException("no MainIncome with value " + value);
  }
}
