package io.laterreporting.beam.records;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The campaign metrics of the Reporting API, in the API's order, each with its JSON name, its kind
 * and its field of {@link CampaignPerformance}: the one table that parsing, validation and the
 * exports consult, so that a new metric is added in one place.
 */
public enum CampaignMetric {
  LIKES("likes", Kind.COUNT, CampaignPerformance::getLikes, (b, v) -> b.setLikes((Long) v)),
  COMMENTS("comments", Kind.COUNT, CampaignPerformance::getComments, (b, v) -> b.setComments((Long) v)),
  SHARES("shares", Kind.COUNT, CampaignPerformance::getShares, (b, v) -> b.setShares((Long) v)),
  CLICKS("clicks", Kind.COUNT, CampaignPerformance::getClicks, (b, v) -> b.setClicks((Long) v)),
  SAVES("saves", Kind.COUNT, CampaignPerformance::getSaves, (b, v) -> b.setSaves((Long) v)),
  IMPRESSIONS("impressions", Kind.COUNT, CampaignPerformance::getImpressions, (b, v) -> b.setImpressions((Long) v)),
  REACH("reach", Kind.COUNT, CampaignPerformance::getReach, (b, v) -> b.setReach((Long) v)),
  ENGAGEMENTS("engagements", Kind.COUNT, CampaignPerformance::getEngagements, (b, v) -> b.setEngagements((Long) v)),
  VIEWS("views", Kind.COUNT, CampaignPerformance::getViews, (b, v) -> b.setViews((Long) v)),
  TOTAL_INTERACTIONS("totalInteractions", Kind.COUNT, CampaignPerformance::getTotalInteractions, (b, v) -> b.setTotalInteractions((Long) v)),
  REPLIES("replies", Kind.COUNT, CampaignPerformance::getReplies, (b, v) -> b.setReplies((Long) v)),
  REPOSTS("reposts", Kind.COUNT, CampaignPerformance::getReposts, (b, v) -> b.setReposts((Long) v)),
  POTENTIAL_REACH("potentialReach", Kind.COUNT, CampaignPerformance::getPotentialReach, (b, v) -> b.setPotentialReach((Long) v)),
  VIDEO_VIEW_TOTAL_TIME("videoViewTotalTime", Kind.DECIMAL, CampaignPerformance::getVideoViewTotalTime, (b, v) -> b.setVideoViewTotalTime((Double) v)),
  CROSSPOSTED_VIEWS("crosspostedViews", Kind.COUNT, CampaignPerformance::getCrosspostedViews, (b, v) -> b.setCrosspostedViews((Long) v)),
  CROSSPOSTED_FACEBOOK_ONLY_VIEWS("crosspostedFacebookOnlyViews", Kind.COUNT, CampaignPerformance::getCrosspostedFacebookOnlyViews, (b, v) -> b.setCrosspostedFacebookOnlyViews((Long) v)),
  ENGAGEMENT_RATE("engagementRate", Kind.DECIMAL, CampaignPerformance::getEngagementRate, (b, v) -> b.setEngagementRate((Double) v)),
  POSTS_COUNT("postsCount", Kind.COUNT, CampaignPerformance::getPostsCount, (b, v) -> b.setPostsCount((Long) v)),
  INFLUENCERS_COUNT("influencersCount", Kind.COUNT, CampaignPerformance::getInfluencersCount, (b, v) -> b.setInfluencersCount((Long) v)),
  IMPRESSIONS_PER_POST("impressionsPerPost", Kind.DECIMAL, CampaignPerformance::getImpressionsPerPost, (b, v) -> b.setImpressionsPerPost((Double) v)),
  ESTIMATED_VALUE_GENERATED("estimatedValueGenerated", Kind.DECIMAL, CampaignPerformance::getEstimatedValueGenerated, (b, v) -> b.setEstimatedValueGenerated((Double) v)),
  ESTIMATED_CONTENT_COST("estimatedContentCost", Kind.DECIMAL, CampaignPerformance::getEstimatedContentCost, (b, v) -> b.setEstimatedContentCost((Double) v)),
  ESTIMATED_ROI("estimatedRoi", Kind.DECIMAL, CampaignPerformance::getEstimatedRoi, (b, v) -> b.setEstimatedRoi((Double) v)),
  CPE("cpe", Kind.DECIMAL, CampaignPerformance::getCpe, (b, v) -> b.setCpe((Double) v)),
  CPM("cpm", Kind.DECIMAL, CampaignPerformance::getCpm, (b, v) -> b.setCpm((Double) v)),
  PAID_LIKES("paidLikes", Kind.COUNT, CampaignPerformance::getPaidLikes, (b, v) -> b.setPaidLikes((Long) v)),
  PAID_COMMENTS("paidComments", Kind.COUNT, CampaignPerformance::getPaidComments, (b, v) -> b.setPaidComments((Long) v)),
  PAID_SHARES("paidShares", Kind.COUNT, CampaignPerformance::getPaidShares, (b, v) -> b.setPaidShares((Long) v)),
  PAID_CLICKS("paidClicks", Kind.COUNT, CampaignPerformance::getPaidClicks, (b, v) -> b.setPaidClicks((Long) v)),
  PAID_IMPRESSIONS("paidImpressions", Kind.COUNT, CampaignPerformance::getPaidImpressions, (b, v) -> b.setPaidImpressions((Long) v)),
  PAID_ENGAGEMENTS("paidEngagements", Kind.COUNT, CampaignPerformance::getPaidEngagements, (b, v) -> b.setPaidEngagements((Long) v)),
  PAID_ENGAGEMENT_RATE("paidEngagementRate", Kind.DECIMAL, CampaignPerformance::getPaidEngagementRate, (b, v) -> b.setPaidEngagementRate((Double) v)),
  PAID_VIEWS("paidViews", Kind.COUNT, CampaignPerformance::getPaidViews, (b, v) -> b.setPaidViews((Long) v)),
  PAID_REACH("paidReach", Kind.COUNT, CampaignPerformance::getPaidReach, (b, v) -> b.setPaidReach((Long) v)),
  PAID_SAVES("paidSaves", Kind.COUNT, CampaignPerformance::getPaidSaves, (b, v) -> b.setPaidSaves((Long) v)),
  PAID_CPE("paidCpe", Kind.DECIMAL, CampaignPerformance::getPaidCpe, (b, v) -> b.setPaidCpe((Double) v)),
  PAID_CPM("paidCpm", Kind.DECIMAL, CampaignPerformance::getPaidCpm, (b, v) -> b.setPaidCpm((Double) v)),
  PAID_POSTS_COUNT("paidPostsCount", Kind.COUNT, CampaignPerformance::getPaidPostsCount, (b, v) -> b.setPaidPostsCount((Long) v)),
  PAID_INFLUENCERS_COUNT("paidInfluencersCount", Kind.COUNT, CampaignPerformance::getPaidInfluencersCount, (b, v) -> b.setPaidInfluencersCount((Long) v)),
  PAID_AD_SPEND("paidAdSpend", Kind.DECIMAL, CampaignPerformance::getPaidAdSpend, (b, v) -> b.setPaidAdSpend((Double) v)),
  PAID_RETURN_ON_AD_SPEND("paidReturnOnAdSpend", Kind.DECIMAL, CampaignPerformance::getPaidReturnOnAdSpend, (b, v) -> b.setPaidReturnOnAdSpend((Double) v)),
  PAID_INITIAL_PLAYS("paidInitialPlays", Kind.COUNT, CampaignPerformance::getPaidInitialPlays, (b, v) -> b.setPaidInitialPlays((Long) v)),
  PAID_COST("paidCost", Kind.DECIMAL, CampaignPerformance::getPaidCost, (b, v) -> b.setPaidCost((Double) v)),
  TRACKING_LINKS_CLICKS("trackingLinksClicks", Kind.COUNT, CampaignPerformance::getTrackingLinksClicks, (b, v) -> b.setTrackingLinksClicks((Long) v)),
  TRACKING_LINKS_CONVERSIONS("trackingLinksConversions", Kind.COUNT, CampaignPerformance::getTrackingLinksConversions, (b, v) -> b.setTrackingLinksConversions((Long) v)),
  TRACKING_LINKS_CONVERSION_VALUE("trackingLinksConversionValue", Kind.DECIMAL, CampaignPerformance::getTrackingLinksConversionValue, (b, v) -> b.setTrackingLinksConversionValue((Double) v)),
  AFFILIATE_LINKS_CLICKS("affiliateLinksClicks", Kind.COUNT, CampaignPerformance::getAffiliateLinksClicks, (b, v) -> b.setAffiliateLinksClicks((Long) v)),
  AFFILIATE_LINKS_CONVERSIONS("affiliateLinksConversions", Kind.COUNT, CampaignPerformance::getAffiliateLinksConversions, (b, v) -> b.setAffiliateLinksConversions((Long) v)),
  AFFILIATE_LINKS_CONVERSION_RATE("affiliateLinksConversionRate", Kind.DECIMAL, CampaignPerformance::getAffiliateLinksConversionRate, (b, v) -> b.setAffiliateLinksConversionRate((Double) v)),
  AFFILIATE_LINKS_SALES("affiliateLinksSales", Kind.DECIMAL, CampaignPerformance::getAffiliateLinksSales, (b, v) -> b.setAffiliateLinksSales((Double) v)),
  AFFILIATE_LINKS_COMMISSION_EARNED("affiliateLinksCommissionEarned", Kind.DECIMAL, CampaignPerformance::getAffiliateLinksCommissionEarned, (b, v) -> b.setAffiliateLinksCommissionEarned((Double) v)),
  AFFILIATE_LINKS_ROI("affiliateLinksRoi", Kind.DECIMAL, CampaignPerformance::getAffiliateLinksRoi, (b, v) -> b.setAffiliateLinksRoi((Double) v));

  /** How a metric's value is typed in {@link CampaignPerformance}. */
  public enum Kind {
    /** A whole number of things, held as {@code Long}. */
    COUNT,
    /** Money, a rate or a duration, held as {@code Double}. */
    DECIMAL
  }

  private static final Map<String, CampaignMetric> BY_API_NAME =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(CampaignMetric::apiName, m -> m));

  private static final List<String> API_NAMES =
      Collections.unmodifiableList(
          Arrays.stream(values()).map(CampaignMetric::apiName).collect(Collectors.toList()));

  private final String apiName;
  private final Kind kind;
  private final Function<CampaignPerformance, @Nullable Number> getter;
  private final BiConsumer<CampaignPerformance.Builder, @Nullable Number> setter;

  CampaignMetric(
      String apiName,
      Kind kind,
      Function<CampaignPerformance, @Nullable Number> getter,
      BiConsumer<CampaignPerformance.Builder, @Nullable Number> setter) {
    this.apiName = apiName;
    this.kind = kind;
    this.getter = getter;
    this.setter = setter;
  }

  public String apiName() {
    return apiName;
  }

  public Kind kind() {
    return kind;
  }

  /** This metric's value in {@code row}, {@code null} when the API said it is not available. */
  public @Nullable Number valueIn(CampaignPerformance row) {
    return getter.apply(row);
  }

  /**
   * Sets this metric on {@code builder}; {@code value} must be a {@code Long} for a {@link
   * Kind#COUNT} and a {@code Double} for a {@link Kind#DECIMAL}, or {@code null}.
   */
  public void setIn(CampaignPerformance.Builder builder, @Nullable Number value) {
    setter.accept(builder, value);
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
