package io.laterreporting.beam.records;

import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The metrics of {@code /v2/instances/performance-over-time}, in the API's order, each with its
 * JSON name, its kind and its field of {@link InstancePerformanceBucket}: the one table that
 * parsing, validation and the exports consult.
 */
public enum InstanceSeriesMetric
    implements RouteMetric<InstancePerformanceBucket, InstancePerformanceBucket.Builder> {
  LIKES(
      MetricField.count(
          "likes",
          InstancePerformanceBucket::getLikes,
          InstancePerformanceBucket.Builder::setLikes)),
  COMMENTS(
      MetricField.count(
          "comments",
          InstancePerformanceBucket::getComments,
          InstancePerformanceBucket.Builder::setComments)),
  SHARES(
      MetricField.count(
          "shares",
          InstancePerformanceBucket::getShares,
          InstancePerformanceBucket.Builder::setShares)),
  CLICKS(
      MetricField.count(
          "clicks",
          InstancePerformanceBucket::getClicks,
          InstancePerformanceBucket.Builder::setClicks)),
  IMPRESSIONS(
      MetricField.count(
          "impressions",
          InstancePerformanceBucket::getImpressions,
          InstancePerformanceBucket.Builder::setImpressions)),
  REACH(
      MetricField.count(
          "reach",
          InstancePerformanceBucket::getReach,
          InstancePerformanceBucket.Builder::setReach)),
  ENGAGEMENTS(
      MetricField.count(
          "engagements",
          InstancePerformanceBucket::getEngagements,
          InstancePerformanceBucket.Builder::setEngagements)),
  VIEWS(
      MetricField.count(
          "views",
          InstancePerformanceBucket::getViews,
          InstancePerformanceBucket.Builder::setViews)),
  ENGAGEMENT_RATE(
      MetricField.decimal(
          "engagementRate",
          InstancePerformanceBucket::getEngagementRate,
          InstancePerformanceBucket.Builder::setEngagementRate)),
  POSTS_COUNT(
      MetricField.count(
          "postsCount",
          InstancePerformanceBucket::getPostsCount,
          InstancePerformanceBucket.Builder::setPostsCount)),
  ESTIMATED_VALUE_GENERATED(
      MetricField.decimal(
          "estimatedValueGenerated",
          InstancePerformanceBucket::getEstimatedValueGenerated,
          InstancePerformanceBucket.Builder::setEstimatedValueGenerated)),
  CPE(
      MetricField.decimal(
          "cpe", InstancePerformanceBucket::getCpe, InstancePerformanceBucket.Builder::setCpe)),
  CPM(
      MetricField.decimal(
          "cpm", InstancePerformanceBucket::getCpm, InstancePerformanceBucket.Builder::setCpm)),
  PAID_LIKES(
      MetricField.count(
          "paidLikes",
          InstancePerformanceBucket::getPaidLikes,
          InstancePerformanceBucket.Builder::setPaidLikes)),
  PAID_COMMENTS(
      MetricField.count(
          "paidComments",
          InstancePerformanceBucket::getPaidComments,
          InstancePerformanceBucket.Builder::setPaidComments)),
  PAID_SHARES(
      MetricField.count(
          "paidShares",
          InstancePerformanceBucket::getPaidShares,
          InstancePerformanceBucket.Builder::setPaidShares)),
  PAID_IMPRESSIONS(
      MetricField.count(
          "paidImpressions",
          InstancePerformanceBucket::getPaidImpressions,
          InstancePerformanceBucket.Builder::setPaidImpressions)),
  PAID_ENGAGEMENTS(
      MetricField.count(
          "paidEngagements",
          InstancePerformanceBucket::getPaidEngagements,
          InstancePerformanceBucket.Builder::setPaidEngagements)),
  PAID_ENGAGEMENT_RATE(
      MetricField.decimal(
          "paidEngagementRate",
          InstancePerformanceBucket::getPaidEngagementRate,
          InstancePerformanceBucket.Builder::setPaidEngagementRate)),
  PAID_REACH(
      MetricField.count(
          "paidReach",
          InstancePerformanceBucket::getPaidReach,
          InstancePerformanceBucket.Builder::setPaidReach)),
  PAID_VIEWS(
      MetricField.count(
          "paidViews",
          InstancePerformanceBucket::getPaidViews,
          InstancePerformanceBucket.Builder::setPaidViews)),
  ORGANIC_REACH(
      MetricField.count(
          "organicReach",
          InstancePerformanceBucket::getOrganicReach,
          InstancePerformanceBucket.Builder::setOrganicReach));

  private static final Map<String, InstanceSeriesMetric> BY_API_NAME =
      RouteMetric.byApiName(values());
  private static final List<String> API_NAMES = RouteMetric.apiNames(values());

  private final MetricField<InstancePerformanceBucket, InstancePerformanceBucket.Builder> field;

  InstanceSeriesMetric(
      MetricField<InstancePerformanceBucket, InstancePerformanceBucket.Builder> field) {
    this.field = field;
  }

  @Override
  public MetricField<InstancePerformanceBucket, InstancePerformanceBucket.Builder> field() {
    return field;
  }

  /** The metric the API calls {@code apiName}, or {@code null} if this version does not know it. */
  public static @Nullable InstanceSeriesMetric forApiName(String apiName) {
    return BY_API_NAME.get(apiName);
  }

  /** All metric names, in the API's order. */
  public static List<String> apiNames() {
    return API_NAMES;
  }
}
