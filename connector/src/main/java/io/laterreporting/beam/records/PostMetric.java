package io.laterreporting.beam.records;

import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The metrics of {@code /v2/posts/performance}, in the API's order, each with its JSON name, its
 * kind and its column of {@link PostPerformance}: the one table that parsing, validation and the
 * exports consult.
 */
public enum PostMetric implements RouteMetric<PostPerformance, PostPerformance.Builder> {
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
  FOLLOWERS_AT_POST_DATE,
  VIDEO_VIEW_TOTAL_TIME,
  AVG_WATCH_TIME,
  NAVIGATION_TAP_EXIT,
  NAVIGATION_TAP_BACK,
  NAVIGATION_TAP_FORWARD,
  NAVIGATION_SWIPE_FORWARD,
  CROSSPOSTED_VIEWS,
  CROSSPOSTED_FACEBOOK_ONLY_VIEWS,
  ENGAGEMENT_RATE,
  ESTIMATED_VALUE_GENERATED,
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
  PAID_CPM;

  private static final MetricTable<PostMetric> TABLE = new MetricTable<>(values());

  /** The metric the API calls {@code apiName}, or {@code null} if this version does not know it. */
  public static @Nullable PostMetric forApiName(String apiName) {
    return TABLE.forApiName(apiName);
  }

  /** All metric names, in the API's order. */
  public static List<String> apiNames() {
    return TABLE.apiNames();
  }
}
