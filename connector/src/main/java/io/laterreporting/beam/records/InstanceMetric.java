package io.laterreporting.beam.records;

import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The metrics of {@code /v2/instances/performance}, in the API's order, each with its JSON name,
 * its kind and its column of {@link InstancePerformance}: the one table that parsing, validation
 * and the exports consult.
 */
public enum InstanceMetric
    implements RouteMetric<InstancePerformance, InstancePerformance.Builder> {
  ENGAGEMENTS,
  IMPRESSIONS,
  ENGAGEMENT_RATE,
  POSTS_COUNT,
  REACH,
  VIEWS,
  ESTIMATED_VALUE_GENERATED,
  ESTIMATED_CONTENT_COST,
  CAMPAIGNS_COST,
  RETURN_ON_INVESTMENT,
  CPE,
  CPM,
  PAID_ENGAGEMENTS,
  PAID_IMPRESSIONS,
  PAID_ENGAGEMENT_RATE,
  PAID_POSTS_COUNT,
  PAID_VIEWS,
  PAID_AD_SPEND,
  PAID_RETURN_ON_AD_SPEND,
  PAID_CPE,
  PAID_CPM,
  TRACKING_LINKS_CLICKS,
  TRACKING_LINKS_CONVERSIONS,
  TRACKING_LINKS_CONVERSION_VALUE,
  AFFILIATE_LINKS_CLICKS,
  AFFILIATE_LINKS_CONVERSIONS,
  AFFILIATE_LINKS_SALES,
  ORGANIC_REACH,
  PAID_REACH;

  private static final MetricTable<InstanceMetric> TABLE = new MetricTable<>(values());

  /** The metric the API calls {@code apiName}, or {@code null} if this version does not know it. */
  public static @Nullable InstanceMetric forApiName(String apiName) {
    return TABLE.forApiName(apiName);
  }

  /** All metric names, in the API's order. */
  public static List<String> apiNames() {
    return TABLE.apiNames();
  }
}
