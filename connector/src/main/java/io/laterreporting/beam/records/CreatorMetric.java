package io.laterreporting.beam.records;

import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The metrics of {@code /v2/creators/performance}, in the API's order, each with its JSON name, its
 * kind and its column of {@link CreatorPerformance}: the one table that parsing, validation and the
 * exports consult.
 */
public enum CreatorMetric implements RouteMetric<CreatorPerformance, CreatorPerformance.Builder> {
  LIKES,
  COMMENTS,
  SHARES,
  SAVES,
  IMPRESSIONS,
  REACH,
  ORGANIC_REACH,
  ENGAGEMENTS,
  VIEWS,
  TOTAL_INTERACTIONS,
  REPLIES,
  REPOSTS,
  POTENTIAL_REACH,
  VIDEO_VIEW_TOTAL_TIME,
  AVG_WATCH_TIME,
  NAVIGATION_TAP_EXIT,
  NAVIGATION_TAP_BACK,
  NAVIGATION_TAP_FORWARD,
  NAVIGATION_SWIPE_FORWARD,
  CROSSPOSTED_VIEWS,
  CROSSPOSTED_FACEBOOK_ONLY_VIEWS,
  ENGAGEMENT_RATE,
  POSTS_COUNT,
  ESTIMATED_VALUE_GENERATED,
  ESTIMATED_CONTENT_COST,
  ESTIMATED_ROI,
  CPE,
  CPM,
  PAID_LIKES,
  PAID_COMMENTS,
  PAID_SHARES,
  PAID_IMPRESSIONS,
  PAID_ENGAGEMENTS,
  PAID_ENGAGEMENT_RATE,
  PAID_VIEWS,
  PAID_REACH,
  PAID_SAVES,
  PAID_CPE,
  PAID_CPM,
  PAID_POSTS_COUNT,
  PAID_COST,
  TRACKING_LINKS_CLICKS,
  TRACKING_LINKS_CONVERSIONS,
  TRACKING_LINKS_CONVERSION_VALUE,
  AFFILIATE_LINKS_CLICKS,
  AFFILIATE_LINKS_CONVERSIONS,
  AFFILIATE_LINKS_CONVERSION_RATE,
  AFFILIATE_LINKS_SALES,
  AFFILIATE_LINKS_COMMISSION_EARNED,
  AFFILIATE_LINKS_ROI;

  private static final MetricTable<CreatorMetric> TABLE = new MetricTable<>(values());

  /** The metric the API calls {@code apiName}, or {@code null} if this version does not know it. */
  public static @Nullable CreatorMetric forApiName(String apiName) {
    return TABLE.forApiName(apiName);
  }

  /** All metric names, in the API's order. */
  public static List<String> apiNames() {
    return TABLE.apiNames();
  }
}
