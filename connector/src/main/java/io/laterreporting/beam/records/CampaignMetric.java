package io.laterreporting.beam.records;

import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The campaign metrics of the Reporting API, in the API's order, each with its JSON name, its kind
 * and its column of {@link CampaignPerformance}: the one table that parsing, validation and the
 * exports consult, so that a new metric is added in one place.
 */
public enum CampaignMetric
    implements RouteMetric<CampaignPerformance, CampaignPerformance.Builder> {
  LIKES,
  COMMENTS,
  SHARES,
  CLICKS,
  SAVES,
  IMPRESSIONS,
  REACH,
  ENGAGEMENTS,
  VIEWS,
  TOTAL_INTERACTIONS,
  REPLIES,
  REPOSTS,
  POTENTIAL_REACH,
  VIDEO_VIEW_TOTAL_TIME,
  CROSSPOSTED_VIEWS,
  CROSSPOSTED_FACEBOOK_ONLY_VIEWS,
  ENGAGEMENT_RATE,
  POSTS_COUNT,
  INFLUENCERS_COUNT,
  IMPRESSIONS_PER_POST,
  ESTIMATED_VALUE_GENERATED,
  ESTIMATED_CONTENT_COST,
  ESTIMATED_ROI,
  CPE,
  CPM,
  PAID_LIKES,
  PAID_COMMENTS,
  PAID_SHARES,
  PAID_CLICKS,
  PAID_IMPRESSIONS,
  PAID_ENGAGEMENTS,
  PAID_ENGAGEMENT_RATE,
  PAID_VIEWS,
  PAID_REACH,
  PAID_SAVES,
  PAID_CPE,
  PAID_CPM,
  PAID_POSTS_COUNT,
  PAID_INFLUENCERS_COUNT,
  PAID_AD_SPEND,
  PAID_RETURN_ON_AD_SPEND,
  PAID_INITIAL_PLAYS,
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

  private static final MetricTable<CampaignMetric> TABLE = new MetricTable<>(values());

  /** The metric the API calls {@code apiName}, or {@code null} if this version does not know it. */
  public static @Nullable CampaignMetric forApiName(String apiName) {
    return TABLE.forApiName(apiName);
  }

  /** All metric names, in the API's order. */
  public static List<String> apiNames() {
    return TABLE.apiNames();
  }
}
