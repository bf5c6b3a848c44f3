package io.laterreporting.beam.records;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A metric of one report route: its JSON name, its kind and its place in the route's record {@code
 * R} (built by {@code B}). Each route's metrics are one enum ({@link CampaignMetric}, {@link
 * PostMetric}, {@link CreatorMetric}, {@link InstanceMetric}, {@link InstanceSeriesMetric}), the
 * single table parsing, validation, the records' schemas and the exports consult; its order is the
 * order of the metric columns. Only those enums implement it: {@code R} is then a {@link
 * MetricRecord} and {@code B} its builder, which {@link #valueIn} and {@link #setIn} rely on.
 */
public interface RouteMetric<R, B> {
  /** What this metric is: name and kind, as {@link ApiMetric} declares them for every route. */
  default MetricField field() {
    return ApiMetric.fieldOf(this);
  }

  /** The position of this metric in its table (the enum's ordinal), and of its value in a row. */
  int ordinal();

  default String apiName() {
    return field().apiName();
  }

  default MetricKind kind() {
    return field().kind();
  }

  /** This metric's value in {@code row}, {@code null} when the API said it is not available. */
  default @Nullable Number valueIn(R row) {
    return ((MetricRecord<?>) row).getMetricRow().get(this);
  }

  /**
   * Sets this metric on {@code builder}; {@code value} must be a {@code Long} for a {@link
   * MetricKind#COUNT} and a {@code Double} for a {@link MetricKind#DECIMAL}, or {@code null}.
   */
  default void setIn(B builder, @Nullable Number value) {
    ((MetricRecord.Builder) builder).metricRowBuilder().set(this, field().checked(value));
  }
}
