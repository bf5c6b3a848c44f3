package io.laterreporting.beam.records;

import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The metrics of {@code /v2/creators/performance}, in the API's order, each with its JSON name, its
 * kind and its field of {@link CreatorPerformance}: the one table that parsing, validation and the
 * exports consult.
 */
public enum CreatorMetric implements RouteMetric<CreatorPerformance, CreatorPerformance.Builder> {
  LIKES(
      MetricField.count(
          "likes", CreatorPerformance::getLikes, CreatorPerformance.Builder::setLikes)),
  COMMENTS(
      MetricField.count(
          "comments", CreatorPerformance::getComments, CreatorPerformance.Builder::setComments)),
  SHARES(
      MetricField.count(
          "shares", CreatorPerformance::getShares, CreatorPerformance.Builder::setShares)),
  SAVES(
      MetricField.count(
          "saves", CreatorPerformance::getSaves, CreatorPerformance.Builder::setSaves)),
  IMPRESSIONS(
      MetricField.count(
          "impressions",
          CreatorPerformance::getImpressions,
          CreatorPerformance.Builder::setImpressions)),
  REACH(
      MetricField.count(
          "reach", CreatorPerformance::getReach, CreatorPerformance.Builder::setReach)),
  ORGANIC_REACH(
      MetricField.count(
          "organicReach",
          CreatorPerformance::getOrganicReach,
          CreatorPerformance.Builder::setOrganicReach)),
  ENGAGEMENTS(
      MetricField.count(
          "engagements",
          CreatorPerformance::getEngagements,
          CreatorPerformance.Builder::setEngagements)),
  VIEWS(
      MetricField.count(
          "views", CreatorPerformance::getViews, CreatorPerformance.Builder::setViews)),
  TOTAL_INTERACTIONS(
      MetricField.count(
          "totalInteractions",
          CreatorPerformance::getTotalInteractions,
          CreatorPerformance.Builder::setTotalInteractions)),
  REPLIES(
      MetricField.count(
          "replies", CreatorPerformance::getReplies, CreatorPerformance.Builder::setReplies)),
  REPOSTS(
      MetricField.count(
          "reposts", CreatorPerformance::getReposts, CreatorPerformance.Builder::setReposts)),
  POTENTIAL_REACH(
      MetricField.count(
          "potentialReach",
          CreatorPerformance::getPotentialReach,
          CreatorPerformance.Builder::setPotentialReach)),
  VIDEO_VIEW_TOTAL_TIME(
      MetricField.decimal(
          "videoViewTotalTime",
          CreatorPerformance::getVideoViewTotalTime,
          CreatorPerformance.Builder::setVideoViewTotalTime)),
  AVG_WATCH_TIME(
      MetricField.decimal(
          "avgWatchTime",
          CreatorPerformance::getAvgWatchTime,
          CreatorPerformance.Builder::setAvgWatchTime)),
  NAVIGATION_TAP_EXIT(
      MetricField.count(
          "navigationTapExit",
          CreatorPerformance::getNavigationTapExit,
          CreatorPerformance.Builder::setNavigationTapExit)),
  NAVIGATION_TAP_BACK(
      MetricField.count(
          "navigationTapBack",
          CreatorPerformance::getNavigationTapBack,
          CreatorPerformance.Builder::setNavigationTapBack)),
  NAVIGATION_TAP_FORWARD(
      MetricField.count(
          "navigationTapForward",
          CreatorPerformance::getNavigationTapForward,
          CreatorPerformance.Builder::setNavigationTapForward)),
  NAVIGATION_SWIPE_FORWARD(
      MetricField.count(
          "navigationSwipeForward",
          CreatorPerformance::getNavigationSwipeForward,
          CreatorPerformance.Builder::setNavigationSwipeForward)),
  CROSSPOSTED_VIEWS(
      MetricField.count(
          "crosspostedViews",
          CreatorPerformance::getCrosspostedViews,
          CreatorPerformance.Builder::setCrosspostedViews)),
  CROSSPOSTED_FACEBOOK_ONLY_VIEWS(
      MetricField.count(
          "crosspostedFacebookOnlyViews",
          CreatorPerformance::getCrosspostedFacebookOnlyViews,
          CreatorPerformance.Builder::setCrosspostedFacebookOnlyViews)),
  ENGAGEMENT_RATE(
      MetricField.decimal(
          "engagementRate",
          CreatorPerformance::getEngagementRate,
          CreatorPerformance.Builder::setEngagementRate)),
  POSTS_COUNT(
      MetricField.count(
          "postsCount",
          CreatorPerformance::getPostsCount,
          CreatorPerformance.Builder::setPostsCount)),
  ESTIMATED_VALUE_GENERATED(
      MetricField.decimal(
          "estimatedValueGenerated",
          CreatorPerformance::getEstimatedValueGenerated,
          CreatorPerformance.Builder::setEstimatedValueGenerated)),
  ESTIMATED_CONTENT_COST(
      MetricField.decimal(
          "estimatedContentCost",
          CreatorPerformance::getEstimatedContentCost,
          CreatorPerformance.Builder::setEstimatedContentCost)),
  ESTIMATED_ROI(
      MetricField.decimal(
          "estimatedRoi",
          CreatorPerformance::getEstimatedRoi,
          CreatorPerformance.Builder::setEstimatedRoi)),
  CPE(MetricField.decimal("cpe", CreatorPerformance::getCpe, CreatorPerformance.Builder::setCpe)),
  CPM(MetricField.decimal("cpm", CreatorPerformance::getCpm, CreatorPerformance.Builder::setCpm)),
  PAID_LIKES(
      MetricField.count(
          "paidLikes", CreatorPerformance::getPaidLikes, CreatorPerformance.Builder::setPaidLikes)),
  PAID_COMMENTS(
      MetricField.count(
          "paidComments",
          CreatorPerformance::getPaidComments,
          CreatorPerformance.Builder::setPaidComments)),
  PAID_SHARES(
      MetricField.count(
          "paidShares",
          CreatorPerformance::getPaidShares,
          CreatorPerformance.Builder::setPaidShares)),
  PAID_IMPRESSIONS(
      MetricField.count(
          "paidImpressions",
          CreatorPerformance::getPaidImpressions,
          CreatorPerformance.Builder::setPaidImpressions)),
  PAID_ENGAGEMENTS(
      MetricField.count(
          "paidEngagements",
          CreatorPerformance::getPaidEngagements,
          CreatorPerformance.Builder::setPaidEngagements)),
  PAID_ENGAGEMENT_RATE(
      MetricField.decimal(
          "paidEngagementRate",
          CreatorPerformance::getPaidEngagementRate,
          CreatorPerformance.Builder::setPaidEngagementRate)),
  PAID_VIEWS(
      MetricField.count(
          "paidViews", CreatorPerformance::getPaidViews, CreatorPerformance.Builder::setPaidViews)),
  PAID_REACH(
      MetricField.count(
          "paidReach", CreatorPerformance::getPaidReach, CreatorPerformance.Builder::setPaidReach)),
  PAID_SAVES(
      MetricField.count(
          "paidSaves", CreatorPerformance::getPaidSaves, CreatorPerformance.Builder::setPaidSaves)),
  PAID_CPE(
      MetricField.decimal(
          "paidCpe", CreatorPerformance::getPaidCpe, CreatorPerformance.Builder::setPaidCpe)),
  PAID_CPM(
      MetricField.decimal(
          "paidCpm", CreatorPerformance::getPaidCpm, CreatorPerformance.Builder::setPaidCpm)),
  PAID_POSTS_COUNT(
      MetricField.count(
          "paidPostsCount",
          CreatorPerformance::getPaidPostsCount,
          CreatorPerformance.Builder::setPaidPostsCount)),
  PAID_COST(
      MetricField.decimal(
          "paidCost", CreatorPerformance::getPaidCost, CreatorPerformance.Builder::setPaidCost)),
  TRACKING_LINKS_CLICKS(
      MetricField.count(
          "trackingLinksClicks",
          CreatorPerformance::getTrackingLinksClicks,
          CreatorPerformance.Builder::setTrackingLinksClicks)),
  TRACKING_LINKS_CONVERSIONS(
      MetricField.count(
          "trackingLinksConversions",
          CreatorPerformance::getTrackingLinksConversions,
          CreatorPerformance.Builder::setTrackingLinksConversions)),
  TRACKING_LINKS_CONVERSION_VALUE(
      MetricField.decimal(
          "trackingLinksConversionValue",
          CreatorPerformance::getTrackingLinksConversionValue,
          CreatorPerformance.Builder::setTrackingLinksConversionValue)),
  AFFILIATE_LINKS_CLICKS(
      MetricField.count(
          "affiliateLinksClicks",
          CreatorPerformance::getAffiliateLinksClicks,
          CreatorPerformance.Builder::setAffiliateLinksClicks)),
  AFFILIATE_LINKS_CONVERSIONS(
      MetricField.count(
          "affiliateLinksConversions",
          CreatorPerformance::getAffiliateLinksConversions,
          CreatorPerformance.Builder::setAffiliateLinksConversions)),
  AFFILIATE_LINKS_CONVERSION_RATE(
      MetricField.decimal(
          "affiliateLinksConversionRate",
          CreatorPerformance::getAffiliateLinksConversionRate,
          CreatorPerformance.Builder::setAffiliateLinksConversionRate)),
  AFFILIATE_LINKS_SALES(
      MetricField.decimal(
          "affiliateLinksSales",
          CreatorPerformance::getAffiliateLinksSales,
          CreatorPerformance.Builder::setAffiliateLinksSales)),
  AFFILIATE_LINKS_COMMISSION_EARNED(
      MetricField.decimal(
          "affiliateLinksCommissionEarned",
          CreatorPerformance::getAffiliateLinksCommissionEarned,
          CreatorPerformance.Builder::setAffiliateLinksCommissionEarned)),
  AFFILIATE_LINKS_ROI(
      MetricField.decimal(
          "affiliateLinksRoi",
          CreatorPerformance::getAffiliateLinksRoi,
          CreatorPerformance.Builder::setAffiliateLinksRoi));

  private static final Map<String, CreatorMetric> BY_API_NAME = RouteMetric.byApiName(values());
  private static final List<String> API_NAMES = RouteMetric.apiNames(values());

  private final MetricField<CreatorPerformance, CreatorPerformance.Builder> field;

  CreatorMetric(MetricField<CreatorPerformance, CreatorPerformance.Builder> field) {
    this.field = field;
  }

  @Override
  public MetricField<CreatorPerformance, CreatorPerformance.Builder> field() {
    return field;
  }

  /** The metric the API calls {@code apiName}, or {@code null} if this version does not know it. */
  public static @Nullable CreatorMetric forApiName(String apiName) {
    return BY_API_NAME.get(apiName);
  }

  /** All metric names, in the API's order. */
  public static List<String> apiNames() {
    return API_NAMES;
  }
}
