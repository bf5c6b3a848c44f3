package io.laterreporting.beam.records;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A metric of one report route: its JSON name, its kind and its field in the route's record {@code
 * R} (built by {@code B}). Each route's metrics are one enum ({@link CampaignMetric}, {@link
 * PostMetric}, {@link CreatorMetric}, {@link InstanceMetric}, {@link InstanceSeriesMetric}), the
 * single table parsing, validation and the exports consult.
 */
public interface RouteMetric<R, B> {
  /** What this metric is: name, kind and field. */
  MetricField<R, B> field();

  default String apiName() {
    return field().apiName();
  }

  default MetricKind kind() {
    return field().kind();
  }

  /** This metric's value in {@code row}, {@code null} when the API said it is not available. */
  default @Nullable Number valueIn(R row) {
    return field().get(row);
  }

  /**
   * Sets this metric on {@code builder}; {@code value} must be a {@code Long} for a {@link
   * MetricKind#COUNT} and a {@code Double} for a {@link MetricKind#DECIMAL}, or {@code null}.
   */
  default void setIn(B builder, @Nullable Number value) {
    field().set(builder, value);
  }

  /** The metrics of an enum by API name. */
  static <M extends RouteMetric<?, ?>> Map<String, M> byApiName(M[] metrics) {
    return Arrays.stream(metrics)
        .collect(Collectors.toUnmodifiableMap(RouteMetric::apiName, m -> m));
  }

  /** The API names of an enum's metrics, in its order. */
  static List<String> apiNames(RouteMetric<?, ?>[] metrics) {
    return Collections.unmodifiableList(
        Arrays.stream(metrics).map(RouteMetric::apiName).collect(Collectors.toList()));
  }
}
