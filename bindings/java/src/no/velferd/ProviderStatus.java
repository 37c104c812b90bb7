package no.velferd;

/** Number of children under 18 provided for (KOSTRA BU18; vf_provider_status). Values are those of the C enumeration vf_provider_status; VelferdTest checks them. */
public enum ProviderStatus {
  NO_CHILDREN(0),
  ONE_CHILD(1),
  TWO_CHILDREN(2),
  THREE_CHILDREN(3),
  FOUR_CHILDREN(4),
  FIVE_PLUS(5);

  private final int value;

  ProviderStatus(int value) {
    this.value = value;
  }

  /** The C value. */
  public int value() {
    return value;
  }

  /** The member with C value {@code value}; IllegalArgumentException if none. */
  public static ProviderStatus of(int value) {
    for (ProviderStatus m : values())
      if (m.value == value) return m;
    throw new IllegalArgumentException("no ProviderStatus with value " + value);
  }
}
