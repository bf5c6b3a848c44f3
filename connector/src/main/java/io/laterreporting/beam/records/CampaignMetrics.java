package io.laterreporting.beam.records;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The metric getters of {@link CampaignPerformance}, one per constant of {@link CampaignMetric}, in
 * its order: the typed view of the record's metrics. In a file of their own, apart from the record
 * (its own columns, its builder, its schema), because the 52 getters are one concept, the table
 * typed, and would more than double the record's size; the other records' tables are short enough
 * to keep their getters inside the record.
 */
public abstract class CampaignMetrics extends MetricRecord<CampaignMetric> {
  CampaignMetrics() {}

  public @Nullable Long getLikes() {
    return count(CampaignMetric.LIKES);
  }

  public @Nullable Long getComments() {
    return count(CampaignMetric.COMMENTS);
  }

  public @Nullable Long getShares() {
    return count(CampaignMetric.SHARES);
  }

  public @Nullable Long getClicks() {
    return count(CampaignMetric.CLICKS);
  }

  public @Nullable Long getSaves() {
    return count(CampaignMetric.SAVES);
  }

  public @Nullable Long getImpressions() {
    return count(CampaignMetric.IMPRESSIONS);
  }

  public @Nullable Long getReach() {
    return count(CampaignMetric.REACH);
  }

  public @Nullable Long getEngagements() {
    return count(CampaignMetric.ENGAGEMENTS);
  }

  public @Nullable Long getViews() {
    return count(CampaignMetric.VIEWS);
  }

  public @Nullable Long getTotalInteractions() {
    return count(CampaignMetric.TOTAL_INTERACTIONS);
  }

  public @Nullable Long getReplies() {
    return count(CampaignMetric.REPLIES);
  }

  public @Nullable Long getReposts() {
    return count(CampaignMetric.REPOSTS);
  }

  public @Nullable Long getPotentialReach() {
    return count(CampaignMetric.POTENTIAL_REACH);
  }

  public @Nullable Double getVideoViewTotalTime() {
    return decimal(CampaignMetric.VIDEO_VIEW_TOTAL_TIME);
  }

  public @Nullable Long getCrosspostedViews() {
    return count(CampaignMetric.CROSSPOSTED_VIEWS);
  }

  public @Nullable Long getCrosspostedFacebookOnlyViews() {
    return count(CampaignMetric.CROSSPOSTED_FACEBOOK_ONLY_VIEWS);
  }

  public @Nullable Double getEngagementRate() {
    return decimal(CampaignMetric.ENGAGEMENT_RATE);
  }

  public @Nullable Long getPostsCount() {
    return count(CampaignMetric.POSTS_COUNT);
  }

  public @Nullable Long getInfluencersCount() {
    return count(CampaignMetric.INFLUENCERS_COUNT);
  }

  public @Nullable Double getImpressionsPerPost() {
    return decimal(CampaignMetric.IMPRESSIONS_PER_POST);
  }

  public @Nullable Double getEstimatedValueGenerated() {
    return decimal(CampaignMetric.ESTIMATED_VALUE_GENERATED);
  }

  public @Nullable Double getEstimatedContentCost() {
    return decimal(CampaignMetric.ESTIMATED_CONTENT_COST);
  }

  public @Nullable Double getEstimatedRoi() {
    return decimal(CampaignMetric.ESTIMATED_ROI);
  }

  public @Nullable Double getCpe() {
    return decimal(CampaignMetric.CPE);
  }

  public @Nullable Double getCpm() {
    return decimal(CampaignMetric.CPM);
  }

  public @Nullable Long getPaidLikes() {
    return count(CampaignMetric.PAID_LIKES);
  }

  public @Nullable Long getPaidComments() {
    return count(CampaignMetric.PAID_COMMENTS);
  }

  public @Nullable Long getPaidShares() {
    return count(CampaignMetric.PAID_SHARES);
  }

  public @Nullable Long getPaidClicks() {
    return count(CampaignMetric.PAID_CLICKS);
  }

  public @Nullable Long getPaidImpressions() {
    return count(CampaignMetric.PAID_IMPRESSIONS);
  }

  public @Nullable Long getPaidEngagements() {
    return count(CampaignMetric.PAID_ENGAGEMENTS);
  }

  public @Nullable Double getPaidEngagementRate() {
    return decimal(CampaignMetric.PAID_ENGAGEMENT_RATE);
  }

  public @Nullable Long getPaidViews() {
    return count(CampaignMetric.PAID_VIEWS);
  }

  public @Nullable Long getPaidReach() {
    return count(CampaignMetric.PAID_REACH);
  }

  public @Nullable Long getPaidSaves() {
    return count(CampaignMetric.PAID_SAVES);
  }

  public @Nullable Double getPaidCpe() {
    return decimal(CampaignMetric.PAID_CPE);
  }

  public @Nullable Double getPaidCpm() {
    return decimal(CampaignMetric.PAID_CPM);
  }

  public @Nullable Long getPaidPostsCount() {
    return count(CampaignMetric.PAID_POSTS_COUNT);
  }

  public @Nullable Long getPaidInfluencersCount() {
    return count(CampaignMetric.PAID_INFLUENCERS_COUNT);
  }

  public @Nullable Double getPaidAdSpend() {
    return decimal(CampaignMetric.PAID_AD_SPEND);
  }

  public @Nullable Double getPaidReturnOnAdSpend() {
    return decimal(CampaignMetric.PAID_RETURN_ON_AD_SPEND);
  }

  public @Nullable Long getPaidInitialPlays() {
    return count(CampaignMetric.PAID_INITIAL_PLAYS);
  }

  public @Nullable Double getPaidCost() {
    return decimal(CampaignMetric.PAID_COST);
  }

  public @Nullable Long getTrackingLinksClicks() {
    return count(CampaignMetric.TRACKING_LINKS_CLICKS);
  }

  public @Nullable Long getTrackingLinksConversions() {
    return count(CampaignMetric.TRACKING_LINKS_CONVERSIONS);
  }

  public @Nullable Double getTrackingLinksConversionValue() {
    return decimal(CampaignMetric.TRACKING_LINKS_CONVERSION_VALUE);
  }

  public @Nullable Long getAffiliateLinksClicks() {
    return count(CampaignMetric.AFFILIATE_LINKS_CLICKS);
  }

  public @Nullable Long getAffiliateLinksConversions() {
    return count(CampaignMetric.AFFILIATE_LINKS_CONVERSIONS);
  }

  public @Nullable Double getAffiliateLinksConversionRate() {
    return decimal(CampaignMetric.AFFILIATE_LINKS_CONVERSION_RATE);
  }

  public @Nullable Double getAffiliateLinksSales() {
    return decimal(CampaignMetric.AFFILIATE_LINKS_SALES);
  }

  public @Nullable Double getAffiliateLinksCommissionEarned() {
    return decimal(CampaignMetric.AFFILIATE_LINKS_COMMISSION_EARNED);
  }

  public @Nullable Double getAffiliateLinksRoi() {
    return decimal(CampaignMetric.AFFILIATE_LINKS_ROI);
  }
}
