package io.laterreporting.beam.records;

import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The campaign metrics of the Reporting API, in the API's order, each with its JSON name, its kind
 * and its field of {@link CampaignPerformance}: the one table that parsing, validation and the
 * exports consult, so that a new metric is added in one place.
 */
public enum CampaignMetric
    implements RouteMetric<CampaignPerformance, CampaignPerformance.Builder> {
  LIKES(
      MetricField.count(
          "likes", CampaignPerformance::getLikes, CampaignPerformance.Builder::setLikes)),
  COMMENTS(
      MetricField.count(
          "comments", CampaignPerformance::getComments, CampaignPerformance.Builder::setComments)),
  SHARES(
      MetricField.count(
          "shares", CampaignPerformance::getShares, CampaignPerformance.Builder::setShares)),
  CLICKS(
      MetricField.count(
          "clicks", CampaignPerformance::getClicks, CampaignPerformance.Builder::setClicks)),
  SAVES(
      MetricField.count(
          "saves", CampaignPerformance::getSaves, CampaignPerformance.Builder::setSaves)),
  IMPRESSIONS(
      MetricField.count(
          "impressions",
          CampaignPerformance::getImpressions,
          CampaignPerformance.Builder::setImpressions)),
  REACH(
      MetricField.count(
          "reach", CampaignPerformance::getReach, CampaignPerformance.Builder::setReach)),
  ENGAGEMENTS(
      MetricField.count(
          "engagements",
          CampaignPerformance::getEngagements,
          CampaignPerformance.Builder::setEngagements)),
  VIEWS(
      MetricField.count(
          "views", CampaignPerformance::getViews, CampaignPerformance.Builder::setViews)),
  TOTAL_INTERACTIONS(
      MetricField.count(
          "totalInteractions",
          CampaignPerformance::getTotalInteractions,
          CampaignPerformance.Builder::setTotalInteractions)),
  REPLIES(
      MetricField.count(
          "replies", CampaignPerformance::getReplies, CampaignPerformance.Builder::setReplies)),
  REPOSTS(
      MetricField.count(
          "reposts", CampaignPerformance::getReposts, CampaignPerformance.Builder::setReposts)),
  POTENTIAL_REACH(
      MetricField.count(
          "potentialReach",
          CampaignPerformance::getPotentialReach,
          CampaignPerformance.Builder::setPotentialReach)),
  VIDEO_VIEW_TOTAL_TIME(
      MetricField.decimal(
          "videoViewTotalTime",
          CampaignPerformance::getVideoViewTotalTime,
          CampaignPerformance.Builder::setVideoViewTotalTime)),
  CROSSPOSTED_VIEWS(
      MetricField.count(
          "crosspostedViews",
          CampaignPerformance::getCrosspostedViews,
          CampaignPerformance.Builder::setCrosspostedViews)),
  CROSSPOSTED_FACEBOOK_ONLY_VIEWS(
      MetricField.count(
          "crosspostedFacebookOnlyViews",
          CampaignPerformance::getCrosspostedFacebookOnlyViews,
          CampaignPerformance.Builder::setCrosspostedFacebookOnlyViews)),
  ENGAGEMENT_RATE(
      MetricField.decimal(
          "engagementRate",
          CampaignPerformance::getEngagementRate,
          CampaignPerformance.Builder::setEngagementRate)),
  POSTS_COUNT(
      MetricField.count(
          "postsCount",
          CampaignPerformance::getPostsCount,
          CampaignPerformance.Builder::setPostsCount)),
  INFLUENCERS_COUNT(
      MetricField.count(
          "influencersCount",
          CampaignPerformance::getInfluencersCount,
          CampaignPerformance.Builder::setInfluencersCount)),
  IMPRESSIONS_PER_POST(
      MetricField.decimal(
          "impressionsPerPost",
          CampaignPerformance::getImpressionsPerPost,
          CampaignPerformance.Builder::setImpressionsPerPost)),
  ESTIMATED_VALUE_GENERATED(
      MetricField.decimal(
          "estimatedValueGenerated",
          CampaignPerformance::getEstimatedValueGenerated,
          CampaignPerformance.Builder::setEstimatedValueGenerated)),
  ESTIMATED_CONTENT_COST(
      MetricField.decimal(
          "estimatedContentCost",
          CampaignPerformance::getEstimatedContentCost,
          CampaignPerformance.Builder::setEstimatedContentCost)),
  ESTIMATED_ROI(
      MetricField.decimal(
          "estimatedRoi",
          CampaignPerformance::getEstimatedRoi,
          CampaignPerformance.Builder::setEstimatedRoi)),
  CPE(MetricField.decimal("cpe", CampaignPerformance::getCpe, CampaignPerformance.Builder::setCpe)),
  CPM(MetricField.decimal("cpm", CampaignPerformance::getCpm, CampaignPerformance.Builder::setCpm)),
  PAID_LIKES(
      MetricField.count(
          "paidLikes",
          CampaignPerformance::getPaidLikes,
          CampaignPerformance.Builder::setPaidLikes)),
  PAID_COMMENTS(
      MetricField.count(
          "paidComments",
          CampaignPerformance::getPaidComments,
          CampaignPerformance.Builder::setPaidComments)),
  PAID_SHARES(
      MetricField.count(
          "paidShares",
          CampaignPerformance::getPaidShares,
          CampaignPerformance.Builder::setPaidShares)),
  PAID_CLICKS(
      MetricField.count(
          "paidClicks",
          CampaignPerformance::getPaidClicks,
          CampaignPerformance.Builder::setPaidClicks)),
  PAID_IMPRESSIONS(
      MetricField.count(
          "paidImpressions",
          CampaignPerformance::getPaidImpressions,
          CampaignPerformance.Builder::setPaidImpressions)),
  PAID_ENGAGEMENTS(
      MetricField.count(
          "paidEngagements",
          CampaignPerformance::getPaidEngagements,
          CampaignPerformance.Builder::setPaidEngagements)),
  PAID_ENGAGEMENT_RATE(
      MetricField.decimal(
          "paidEngagementRate",
          CampaignPerformance::getPaidEngagementRate,
          CampaignPerformance.Builder::setPaidEngagementRate)),
  PAID_VIEWS(
      MetricField.count(
          "paidViews",
          CampaignPerformance::getPaidViews,
          CampaignPerformance.Builder::setPaidViews)),
  PAID_REACH(
      MetricField.count(
          "paidReach",
          CampaignPerformance::getPaidReach,
          CampaignPerformance.Builder::setPaidReach)),
  PAID_SAVES(
      MetricField.count(
          "paidSaves",
          CampaignPerformance::getPaidSaves,
          CampaignPerformance.Builder::setPaidSaves)),
  PAID_CPE(
      MetricField.decimal(
          "paidCpe", CampaignPerformance::getPaidCpe, CampaignPerformance.Builder::setPaidCpe)),
  PAID_CPM(
      MetricField.decimal(
          "paidCpm", CampaignPerformance::getPaidCpm, CampaignPerformance.Builder::setPaidCpm)),
  PAID_POSTS_COUNT(
      MetricField.count(
          "paidPostsCount",
          CampaignPerformance::getPaidPostsCount,
          CampaignPerformance.Builder::setPaidPostsCount)),
  PAID_INFLUENCERS_COUNT(
      MetricField.count(
          "paidInfluencersCount",
          CampaignPerformance::getPaidInfluencersCount,
          CampaignPerformance.Builder::setPaidInfluencersCount)),
  PAID_AD_SPEND(
      MetricField.decimal(
          "paidAdSpend",
          CampaignPerformance::getPaidAdSpend,
          CampaignPerformance.Builder::setPaidAdSpend)),
  PAID_RETURN_ON_AD_SPEND(
      MetricField.decimal(
          "paidReturnOnAdSpend",
          CampaignPerformance::getPaidReturnOnAdSpend,
          CampaignPerformance.Builder::setPaidReturnOnAdSpend)),
  PAID_INITIAL_PLAYS(
      MetricField.count(
          "paidInitialPlays",
          CampaignPerformance::getPaidInitialPlays,
          CampaignPerformance.Builder::setPaidInitialPlays)),
  PAID_COST(
      MetricField.decimal(
          "paidCost", CampaignPerformance::getPaidCost, CampaignPerformance.Builder::setPaidCost)),
  TRACKING_LINKS_CLICKS(
      MetricField.count(
          "trackingLinksClicks",
          CampaignPerformance::getTrackingLinksClicks,
          CampaignPerformance.Builder::setTrackingLinksClicks)),
  TRACKING_LINKS_CONVERSIONS(
      MetricField.count(
          "trackingLinksConversions",
          CampaignPerformance::getTrackingLinksConversions,
          CampaignPerformance.Builder::setTrackingLinksConversions)),
  TRACKING_LINKS_CONVERSION_VALUE(
      MetricField.decimal(
          "trackingLinksConversionValue",
          CampaignPerformance::getTrackingLinksConversionValue,
          CampaignPerformance.Builder::setTrackingLinksConversionValue)),
  AFFILIATE_LINKS_CLICKS(
      MetricField.count(
          "affiliateLinksClicks",
          CampaignPerformance::getAffiliateLinksClicks,
          CampaignPerformance.Builder::setAffiliateLinksClicks)),
  AFFILIATE_LINKS_CONVERSIONS(
      MetricField.count(
          "affiliateLinksConversions",
          CampaignPerformance::getAffiliateLinksConversions,
          CampaignPerformance.Builder::setAffiliateLinksConversions)),
  AFFILIATE_LINKS_CONVERSION_RATE(
      MetricField.decimal(
          "affiliateLinksConversionRate",
          CampaignPerformance::getAffiliateLinksConversionRate,
          CampaignPerformance.Builder::setAffiliateLinksConversionRate)),
  AFFILIATE_LINKS_SALES(
      MetricField.decimal(
          "affiliateLinksSales",
          CampaignPerformance::getAffiliateLinksSales,
          CampaignPerformance.Builder::setAffiliateLinksSales)),
  AFFILIATE_LINKS_COMMISSION_EARNED(
      MetricField.decimal(
          "affiliateLinksCommissionEarned",
          CampaignPerformance::getAffiliateLinksCommissionEarned,
          CampaignPerformance.Builder::setAffiliateLinksCommissionEarned)),
  AFFILIATE_LINKS_ROI(
      MetricField.decimal(
          "affiliateLinksRoi",
          CampaignPerformance::getAffiliateLinksRoi,
          CampaignPerformance.Builder::setAffiliateLinksRoi));

  private static final Map<String, CampaignMetric> BY_API_NAME = RouteMetric.byApiName(values());
  private static final List<String> API_NAMES = RouteMetric.apiNames(values());

  private final MetricField<CampaignPerformance, CampaignPerformance.Builder> field;

  CampaignMetric(MetricField<CampaignPerformance, CampaignPerformance.Builder> field) {
    this.field = field;
  }

  @Override
  public MetricField<CampaignPerformance, CampaignPerformance.Builder> field() {
    return field;
  }

  /** The metric the API calls {@code apiName}, or {@code null} if this version does not know it. */
  public static @Nullable CampaignMetric forApiName(String apiName) {
    return BY_API_NAME.get(apiName);
  }

  /** All metric names, in the API's order. */
  public static List<String> apiNames() {
    return API_NAMES;
  }
}
