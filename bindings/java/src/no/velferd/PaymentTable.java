package no.velferd;

/** Payments by a grouping of recipients (vf_payment_table); rows as the person table of the same grouping. Values are those of the C enumeration. */
public enum PaymentTable {
  AGE_GROUP(0),
  PROVIDER_STATUS(1),
  MAIN_INCOME(2);

  private final int value;

  PaymentTable(int value) {
    this.value = value;
  }

  /** The C value. */
  public int value() {
    return value;
  }

  /** The member with C value {@code value}; IllegalArgumentException if none. */
  public static PaymentTable of(int value) {
    for (PaymentTable m : values())
      if (m.value == value) return m;
    throw new IllegalArgumentException("no PaymentTable with value " + value);
  }
}
