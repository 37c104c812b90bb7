package no.velferd;

/** How a parameter value is projected over a gap after the last enacted one
 * (vf_projection_method, {@link Context#setProjection}; docs/parameters.md,
 * "Projections"). Values are those of the C enumeration; VelferdTest checks them. */
public enum ProjectionMethod {
  /** No projection: a gap fails with {@link Status#NO_VALUE} (the default). */
  NONE(0),
  /** Uprated with G's growth from the last enacted value. */
  G(1),
  /** A fixed percentage a year (hundredths of a percent), one step a year from the gap. */
  PERCENT(2),
  /** An index series read from a file (CSV {@code year,index}). */
  INDEX(3);

  private final int value;

  ProjectionMethod(int value) {
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
  public static ProjectionMethod of(int value) {
    for (ProjectionMethod m : values())
      if (m.value == value) return m;
    throw new IllegalArgumentException("no ProjectionMethod with value " + value);
  }
}
