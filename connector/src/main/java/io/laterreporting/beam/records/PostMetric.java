package io.laterreporting.beam.records;

import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The metrics of {@code /v2/posts/performance}, in the API's order, each with its JSON name, its
 * kind and its field of {@link PostPerformance}: the one table that parsing, validation and the
 * exports consult.
 */
public enum PostMetric implements RouteMetric<PostPerformance, PostPerformance.Builder> {
  LIKES(MetricField.count("likes", PostPerformance::getLikes, PostPerformance.Builder::setLikes)),
  COMMENTS(
      MetricField.count(
          "comments", PostPerformance::getComments, PostPerformance.Builder::setComments)),
  SHARES(
      MetricField.count("shares", PostPerformance::getShares, PostPerformance.Builder::setShares)),
  SAVES(MetricField.count("saves", PostPerformance::getSaves, PostPerformance.Builder::setSaves)),
  IMPRESSIONS(
      MetricField.count(
          "impressions", PostPerformance::getImpressions, PostPerformance.Builder::setImpressions)),
  REACH(MetricField.count("reach", PostPerformance::getReach, PostPerformance.Builder::setReach)),
  ORGANIC_REACH(
      MetricField.count(
          "organicReach",
          PostPerformance::getOrganicReach,
          PostPerformance.Builder::setOrganicReach)),
  ENGAGEMENTS(
      MetricField.count(
          "engagements", PostPerformance::getEngagements, PostPerformance.Builder::setEngagements)),
  VIEWS(MetricField.count("views", PostPerformance::getViews, PostPerformance.Builder::setViews)),
  TOTAL_INTERACTIONS(
      MetricField.count(
          "totalInteractions",
          PostPerformance::getTotalInteractions,
          PostPerformance.Builder::setTotalInteractions)),
  REPLIES(
      MetricField.count(
          "replies", PostPerformance::getReplies, PostPerformance.Builder::setReplies)),
  REPOSTS(
      MetricField.count(
          "reposts", PostPerformance::getReposts, PostPerformance.Builder::setReposts)),
  POTENTIAL_REACH(
      MetricField.count(
          "potentialReach",
          PostPerformance::getPotentialReach,
          PostPerformance.Builder::setPotentialReach)),
  FOLLOWERS_AT_POST_DATE(
      MetricField.count(
          "followersAtPostDate",
          PostPerformance::getFollowersAtPostDate,
          PostPerformance.Builder::setFollowersAtPostDate)),
  VIDEO_VIEW_TOTAL_TIME(
      MetricField.decimal(
          "videoViewTotalTime",
          PostPerformance::getVideoViewTotalTime,
          PostPerformance.Builder::setVideoViewTotalTime)),
  AVG_WATCH_TIME(
      MetricField.decimal(
          "avgWatchTime",
          PostPerformance::getAvgWatchTime,
          PostPerformance.Builder::setAvgWatchTime)),
  NAVIGATION_TAP_EXIT(
      MetricField.count(
          "navigationTapExit",
          PostPerformance::getNavigationTapExit,
          PostPerformance.Builder::setNavigationTapExit)),
  NAVIGATION_TAP_BACK(
      MetricField.count(
          "navigationTapBack",
          PostPerformance::getNavigationTapBack,
          PostPerformance.Builder::setNavigationTapBack)),
  NAVIGATION_TAP_FORWARD(
      MetricField.count(
          "navigationTapForward",
          PostPerformance::getNavigationTapForward,
          PostPerformance.Builder::setNavigationTapForward)),
  NAVIGATION_SWIPE_FORWARD(
      MetricField.count(
          "navigationSwipeForward",
          PostPerformance::getNavigationSwipeForward,
          PostPerformance.Builder::setNavigationSwipeForward)),
  CROSSPOSTED_VIEWS(
      MetricField.count(
          "crosspostedViews",
          PostPerformance::getCrosspostedViews,
          PostPerformance.Builder::setCrosspostedViews)),
  CROSSPOSTED_FACEBOOK_ONLY_VIEWS(
      MetricField.count(
          "crosspostedFacebookOnlyViews",
          PostPerformance::getCrosspostedFacebookOnlyViews,
          PostPerformance.Builder::setCrosspostedFacebookOnlyViews)),
  ENGAGEMENT_RATE(
      MetricField.decimal(
          "engagementRate",
          PostPerformance::getEngagementRate,
          PostPerformance.Builder::setEngagementRate)),
  ESTIMATED_VALUE_GENERATED(
      MetricField.decimal(
          "estimatedValueGenerated",
          PostPerformance::getEstimatedValueGenerated,
          PostPerformance.Builder::setEstimatedValueGenerated)),
  CPE(MetricField.decimal("cpe", PostPerformance::getCpe, PostPerformance.Builder::setCpe)),
  CPM(MetricField.decimal("cpm", PostPerformance::getCpm, PostPerformance.Builder::setCpm)),
  PAID_LIKES(
      MetricField.count(
          "paidLikes", PostPerformance::getPaidLikes, PostPerformance.Builder::setPaidLikes)),
  PAID_COMMENTS(
      MetricField.count(
          "paidComments",
          PostPerformance::getPaidComments,
          PostPerformance.Builder::setPaidComments)),
  PAID_SHARES(
      MetricField.count(
          "paidShares", PostPerformance::getPaidShares, PostPerformance.Builder::setPaidShares)),
  PAID_IMPRESSIONS(
      MetricField.count(
          "paidImpressions",
          PostPerformance::getPaidImpressions,
          PostPerformance.Builder::setPaidImpressions)),
  PAID_ENGAGEMENTS(
      MetricField.count(
          "paidEngagements",
          PostPerformance::getPaidEngagements,
          PostPerformance.Builder::setPaidEngagements)),
  PAID_ENGAGEMENT_RATE(
      MetricField.decimal(
          "paidEngagementRate",
          PostPerformance::getPaidEngagementRate,
          PostPerformance.Builder::setPaidEngagementRate)),
  PAID_VIEWS(
      MetricField.count(
          "paidViews", PostPerformance::getPaidViews, PostPerformance.Builder::setPaidViews)),
  PAID_REACH(
      MetricField.count(
          "paidReach", PostPerformance::getPaidReach, PostPerformance.Builder::setPaidReach)),
  PAID_SAVES(
      MetricField.count(
          "paidSaves", PostPerformance::getPaidSaves, PostPerformance.Builder::setPaidSaves)),
  PAID_CPE(
      MetricField.decimal(
          "paidCpe", PostPerformance::getPaidCpe, PostPerformance.Builder::setPaidCpe)),
  PAID_CPM(
      MetricField.decimal(
          "paidCpm", PostPerformance::getPaidCpm, PostPerformance.Builder::setPaidCpm));

  private static final Map<String, PostMetric> BY_API_NAME = RouteMetric.byApiName(values());
  private static final List<String> API_NAMES = RouteMetric.apiNames(values());

  private final MetricField<PostPerformance, PostPerformance.Builder> field;

  PostMetric(MetricField<PostPerformance, PostPerformance.Builder> field) {
    this.field = field;
  }

  @Override
  public MetricField<PostPerformance, PostPerformance.Builder> field() {
    return field;
  }

  /** The metric the API calls {@code apiName}, or {@code null} if this version does not know it. */
  public static @Nullable PostMetric forApiName(String apiName) {
    return BY_API_NAME.get(apiName);
  }

  /** All metric names, in the API's order. */
  public static List<String> apiNames() {
    return API_NAMES;
  }
}
