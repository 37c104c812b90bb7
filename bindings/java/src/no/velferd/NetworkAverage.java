package no.velferd;

/** How a network comparison forms each indicator's average (vf_network_average, VF_NETWORK_AUTO). Values are those of the C library; VelferdTest checks them. */
public enum NetworkAverage {
  /** Pooled where every member with a value has a numerator and a denominator, else the mean (VF_NETWORK_AUTO). */
  AUTO(-1),
  /** Sum of numerators / sum of denominators: the network as one municipality. */
  POOLED(0),
  /** Unweighted mean of the members' values. */
  MEAN(1);

  private final int value;

  NetworkAverage(int value) {
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
  public static NetworkAverage of(int value) {
    for (NetworkAverage m : values())
      if (m.value == value) return m;
    throw new IllegalArgumentException("no NetworkAverage with value " + value);
  }
}
