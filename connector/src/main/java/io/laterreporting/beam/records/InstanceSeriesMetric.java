package io.laterreporting.beam.records;

import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The metrics of {@code /v2/instances/performance-over-time}, in the API's order, each with its
 * JSON name, its kind and its column of {@link InstancePerformanceBucket}: the one table that
 * parsing, validation and the exports consult.
 */
public enum InstanceSeriesMetric
    implements RouteMetric<InstancePerformanceBucket, InstancePerformanceBucket.Builder> {
  LIKES,
  COMMENTS,
  SHARES,
  CLICKS,
  IMPRESSIONS,
  REACH,
  ENGAGEMENTS,
  VIEWS,
  ENGAGEMENT_RATE,
  POSTS_COUNT,
  ESTIMATED_VALUE_GENERATED,
  CPE,
  CPM,
  PAID_LIKES,
  PAID_COMMENTS,
  PAID_SHARES,
  PAID_IMPRESSIONS,
  PAID_ENGAGEMENTS,
  PAID_ENGAGEMENT_RATE,
  PAID_REACH,
  PAID_VIEWS,
  ORGANIC_REACH;

  private static final MetricTable<InstanceSeriesMetric> TABLE = new MetricTable<>(values());

  /** The metric the API calls {@code apiName}, or {@code null} if this version does not know it. */
  public static @Nullable InstanceSeriesMetric forApiName(String apiName) {
    return TABLE.forApiName(apiName);
  }

  /** All metric names, in the API's order. */
  public static List<String> apiNames() {
    return TABLE.apiNames();
  }
}
