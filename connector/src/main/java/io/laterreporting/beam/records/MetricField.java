package io.laterreporting.beam.records;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A metric's JSON name and its kind: what each constant of a {@link RouteMetric} enum holds. The
 * value lives in the record's {@link MetricRow}, at the constant's position in its enum.
 */
public final class MetricField {
  private final String apiName;
  private final MetricKind kind;

  private MetricField(String apiName, MetricKind kind) {
    this.apiName = apiName;
    this.kind = kind;
  }

  /** A whole-number metric held as {@code Long}. */
  public static MetricField count(String apiName) {
    return new MetricField(apiName, MetricKind.COUNT);
  }

  /** Money, a rate or a duration, held as {@code Double}. */
  public static MetricField decimal(String apiName) {
    return new MetricField(apiName, MetricKind.DECIMAL);
  }

  public String apiName() {
    return apiName;
  }

  public MetricKind kind() {
    return kind;
  }

  /** {@code value} as this metric holds it: a {@code Long} or a {@code Double}, else a failure. */
  @Nullable Number checked(@Nullable Number value) {
    // Not a conditional expression: Long and Double operands would be unboxed to double.
    if (kind == MetricKind.COUNT) {
      return (Long) value;
    }
    return (Double) value;
  }
}
