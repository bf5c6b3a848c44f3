package io.laterreporting.beam.records;

import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The metrics of {@code /v2/instances/performance}, in the API's order, each with its JSON name,
 * its kind and its field of {@link InstancePerformance}: the one table that parsing, validation and
 * the exports consult.
 */
public enum InstanceMetric
    implements RouteMetric<InstancePerformance, InstancePerformance.Builder> {
  ENGAGEMENTS(
      MetricField.count(
          "engagements",
          InstancePerformance::getEngagements,
          InstancePerformance.Builder::setEngagements)),
  IMPRESSIONS(
      MetricField.count(
          "impressions",
          InstancePerformance::getImpressions,
          InstancePerformance.Builder::setImpressions)),
  ENGAGEMENT_RATE(
      MetricField.decimal(
          "engagementRate",
          InstancePerformance::getEngagementRate,
          InstancePerformance.Builder::setEngagementRate)),
  POSTS_COUNT(
      MetricField.count(
          "postsCount",
          InstancePerformance::getPostsCount,
          InstancePerformance.Builder::setPostsCount)),
  REACH(
      MetricField.count(
          "reach", InstancePerformance::getReach, InstancePerformance.Builder::setReach)),
  VIEWS(
      MetricField.count(
          "views", InstancePerformance::getViews, InstancePerformance.Builder::setViews)),
  ESTIMATED_VALUE_GENERATED(
      MetricField.decimal(
          "estimatedValueGenerated",
          InstancePerformance::getEstimatedValueGenerated,
          InstancePerformance.Builder::setEstimatedValueGenerated)),
  ESTIMATED_CONTENT_COST(
      MetricField.decimal(
          "estimatedContentCost",
          InstancePerformance::getEstimatedContentCost,
          InstancePerformance.Builder::setEstimatedContentCost)),
  CAMPAIGNS_COST(
      MetricField.decimal(
          "campaignsCost",
          InstancePerformance::getCampaignsCost,
          InstancePerformance.Builder::setCampaignsCost)),
  RETURN_ON_INVESTMENT(
      MetricField.decimal(
          "returnOnInvestment",
          InstancePerformance::getReturnOnInvestment,
          InstancePerformance.Builder::setReturnOnInvestment)),
  CPE(MetricField.decimal("cpe", InstancePerformance::getCpe, InstancePerformance.Builder::setCpe)),
  CPM(MetricField.decimal("cpm", InstancePerformance::getCpm, InstancePerformance.Builder::setCpm)),
  PAID_ENGAGEMENTS(
      MetricField.count(
          "paidEngagements",
          InstancePerformance::getPaidEngagements,
          InstancePerformance.Builder::setPaidEngagements)),
  PAID_IMPRESSIONS(
      MetricField.count(
          "paidImpressions",
          InstancePerformance::getPaidImpressions,
          InstancePerformance.Builder::setPaidImpressions)),
  PAID_ENGAGEMENT_RATE(
      MetricField.decimal(
          "paidEngagementRate",
          InstancePerformance::getPaidEngagementRate,
          InstancePerformance.Builder::setPaidEngagementRate)),
  PAID_POSTS_COUNT(
      MetricField.count(
          "paidPostsCount",
          InstancePerformance::getPaidPostsCount,
          InstancePerformance.Builder::setPaidPostsCount)),
  PAID_VIEWS(
      MetricField.count(
          "paidViews",
          InstancePerformance::getPaidViews,
          InstancePerformance.Builder::setPaidViews)),
  PAID_AD_SPEND(
      MetricField.decimal(
          "paidAdSpend",
          InstancePerformance::getPaidAdSpend,
          InstancePerformance.Builder::setPaidAdSpend)),
  PAID_RETURN_ON_AD_SPEND(
      MetricField.decimal(
          "paidReturnOnAdSpend",
          InstancePerformance::getPaidReturnOnAdSpend,
          InstancePerformance.Builder::setPaidReturnOnAdSpend)),
  PAID_CPE(
      MetricField.decimal(
          "paidCpe", InstancePerformance::getPaidCpe, InstancePerformance.Builder::setPaidCpe)),
  PAID_CPM(
      MetricField.decimal(
          "paidCpm", InstancePerformance::getPaidCpm, InstancePerformance.Builder::setPaidCpm)),
  TRACKING_LINKS_CLICKS(
      MetricField.count(
          "trackingLinksClicks",
          InstancePerformance::getTrackingLinksClicks,
          InstancePerformance.Builder::setTrackingLinksClicks)),
  TRACKING_LINKS_CONVERSIONS(
      MetricField.count(
          "trackingLinksConversions",
          InstancePerformance::getTrackingLinksConversions,
          InstancePerformance.Builder::setTrackingLinksConversions)),
  TRACKING_LINKS_CONVERSION_VALUE(
      MetricField.decimal(
          "trackingLinksConversionValue",
          InstancePerformance::getTrackingLinksConversionValue,
          InstancePerformance.Builder::setTrackingLinksConversionValue)),
  AFFILIATE_LINKS_CLICKS(
      MetricField.count(
          "affiliateLinksClicks",
          InstancePerformance::getAffiliateLinksClicks,
          InstancePerformance.Builder::setAffiliateLinksClicks)),
  AFFILIATE_LINKS_CONVERSIONS(
      MetricField.count(
          "affiliateLinksConversions",
          InstancePerformance::getAffiliateLinksConversions,
          InstancePerformance.Builder::setAffiliateLinksConversions)),
  AFFILIATE_LINKS_SALES(
      MetricField.decimal(
          "affiliateLinksSales",
          InstancePerformance::getAffiliateLinksSales,
          InstancePerformance.Builder::setAffiliateLinksSales)),
  ORGANIC_REACH(
      MetricField.count(
          "organicReach",
          InstancePerformance::getOrganicReach,
          InstancePerformance.Builder::setOrganicReach)),
  PAID_REACH(
      MetricField.count(
          "paidReach",
          InstancePerformance::getPaidReach,
          InstancePerformance.Builder::setPaidReach));

  private static final Map<String, InstanceMetric> BY_API_NAME = RouteMetric.byApiName(values());
  private static final List<String> API_NAMES = RouteMetric.apiNames(values());

  private final MetricField<InstancePerformance, InstancePerformance.Builder> field;

  InstanceMetric(MetricField<InstancePerformance, InstancePerformance.Builder> field) {
    this.field = field;
  }

  @Override
  public MetricField<InstancePerformance, InstancePerformance.Builder> field() {
    return field;
  }

  /** The metric the API calls {@code apiName}, or {@code null} if this version does not know it. */
  public static @Nullable InstanceMetric forApiName(String apiName) {
    return BY_API_NAME.get(apiName);
  }

  /** All metric names, in the API's order. */
  public static List<String> apiNames() {
    return API_NAMES;
  }
}
