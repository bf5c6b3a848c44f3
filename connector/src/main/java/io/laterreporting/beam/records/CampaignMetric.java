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
  LIKES("likes", Kind.COUNT, CampaignPerformance::likes, (b, v) -> b.setLikes((Long) v)),
  COMMENTS("comments", Kind.COUNT, CampaignPerformance::comments, (b, v) -> b.setComments((Long) v)),
  SHARES("shares", Kind.COUNT, CampaignPerformance::shares, (b, v) -> b.setShares((Long) v)),
  CLICKS("clicks", Kind.COUNT, CampaignPerformance::clicks, (b, v) -> b.setClicks((Long) v)),
  SAVES("saves", Kind.COUNT, CampaignPerformance::saves, (b, v) -> b.setSaves((Long) v)),
  IMPRESSIONS("impressions", Kind.COUNT, CampaignPerformance::impressions, (b, v) -> b.setImpressions((Long) v)),
  REACH("reach", Kind.COUNT, CampaignPerformance::reach, (b, v) -> b.setReach((Long) v)),
  ENGAGEMENTS("engagements", Kind.COUNT, CampaignPerformance::engagements, (b, v) -> b.setEngagements((Long) v)),
  VIEWS("views", Kind.COUNT, CampaignPerformance::views, (b, v) -> b.setViews((Long) v)),
  TOTAL_INTERACTIONS("totalInteractions", Kind.COUNT, CampaignPerformance::totalInteractions, (b, v) -> b.setTotalInteractions((Long) v)),
  REPLIES("replies", Kind.COUNT, CampaignPerformance::replies, (b, v) -> b.setReplies((Long) v)),
  REPOSTS("reposts", Kind.COUNT, CampaignPerformance::reposts, (b, v) -> b.setReposts((Long) v)),
  POTENTIAL_REACH("potentialReach", Kind.COUNT, CampaignPerformance::potentialReach, (b, v) -> b.setPotentialReach((Long) v)),
  VIDEO_VIEW_TOTAL_TIME("videoViewTotalTime", Kind.DECIMAL, CampaignPerformance::videoViewTotalTime, (b, v) -> b.setVideoViewTotalTime((Double) v)),
  CROSSPOSTED_VIEWS("crosspostedViews", Kind.COUNT, CampaignPerformance::crosspostedViews, (b, v) -> b.setCrosspostedViews((Long) v)),
  CROSSPOSTED_FACEBOOK_ONLY_VIEWS("crosspostedFacebookOnlyViews", Kind.COUNT, CampaignPerformance::crosspostedFacebookOnlyViews, (b, v) -> b.setCrosspostedFacebookOnlyViews((Long) v)),
  ENGAGEMENT_RATE("engagementRate", Kind.DECIMAL, CampaignPerformance::engagementRate, (b, v) -> b.setEngagementRate((Double) v)),
  POSTS_COUNT("postsCount", Kind.COUNT, CampaignPerformance::postsCount, (b, v) -> b.setPostsCount((Long) v)),
  INFLUENCERS_COUNT("influencersCount", Kind.COUNT, CampaignPerformance::influencersCount, (b, v) -> b.setInfluencersCount((Long) v)),
  IMPRESSIONS_PER_POST("impressionsPerPost", Kind.DECIMAL, CampaignPerformance::impressionsPerPost, (b, v) -> b.setImpressionsPerPost((Double) v)),
  ESTIMATED_VALUE_GENERATED("estimatedValueGenerated", Kind.DECIMAL, CampaignPerformance::estimatedValueGenerated, (b, v) -> b.setEstimatedValueGenerated((Double) v)),
  ESTIMATED_CONTENT_COST("estimatedContentCost", Kind.DECIMAL, CampaignPerformance::estimatedContentCost, (b, v) -> b.setEstimatedContentCost((Double) v)),
  ESTIMATED_ROI("estimatedRoi", Kind.DECIMAL, CampaignPerformance::estimatedRoi, (b, v) -> b.setEstimatedRoi((Double) v)),
  CPE("cpe", Kind.DECIMAL, CampaignPerformance::cpe, (b, v) -> b.setCpe((Double) v)),
  CPM("cpm", Kind.DECIMAL, CampaignPerformance::cpm, (b, v) -> b.setCpm((Double) v)),
  PAID_LIKES("paidLikes", Kind.COUNT, CampaignPerformance::paidLikes, (b, v) -> b.setPaidLikes((Long) v)),
  PAID_COMMENTS("paidComments", Kind.COUNT, CampaignPerformance::paidComments, (b, v) -> b.setPaidComments((Long) v)),
  PAID_SHARES("paidShares", Kind.COUNT, CampaignPerformance::paidShares, (b, v) -> b.setPaidShares((Long) v)),
  PAID_CLICKS("paidClicks", Kind.COUNT, CampaignPerformance::paidClicks, (b, v) -> b.setPaidClicks((Long) v)),
  PAID_IMPRESSIONS("paidImpressions", Kind.COUNT, CampaignPerformance::paidImpressions, (b, v) -> b.setPaidImpressions((Long) v)),
  PAID_ENGAGEMENTS("paidEngagements", Kind.COUNT, CampaignPerformance::paidEngagements, (b, v) -> b.setPaidEngagements((Long) v)),
  PAID_ENGAGEMENT_RATE("paidEngagementRate", Kind.DECIMAL, CampaignPerformance::paidEngagementRate, (b, v) -> b.setPaidEngagementRate((Double) v)),
  PAID_VIEWS("paidViews", Kind.COUNT, CampaignPerformance::paidViews, (b, v) -> b.setPaidViews((Long) v)),
  PAID_REACH("paidReach", Kind.COUNT, CampaignPerformance::paidReach, (b, v) -> b.setPaidReach((Long) v)),
  PAID_SAVES("paidSaves", Kind.COUNT, CampaignPerformance::paidSaves, (b, v) -> b.setPaidSaves((Long) v)),
  PAID_CPE("paidCpe", Kind.DECIMAL, CampaignPerformance::paidCpe, (b, v) -> b.setPaidCpe((Double) v)),
  PAID_CPM("paidCpm", Kind.DECIMAL, CampaignPerformance::paidCpm, (b, v) -> b.setPaidCpm((Double) v)),
  PAID_POSTS_COUNT("paidPostsCount", Kind.COUNT, CampaignPerformance::paidPostsCount, (b, v) -> b.setPaidPostsCount((Long) v)),
  PAID_INFLUENCERS_COUNT("paidInfluencersCount", Kind.COUNT, CampaignPerformance::paidInfluencersCount, (b, v) -> b.setPaidInfluencersCount((Long) v)),
  PAID_AD_SPEND("paidAdSpend", Kind.DECIMAL, CampaignPerformance::paidAdSpend, (b, v) -> b.setPaidAdSpend((Double) v)),
  PAID_RETURN_ON_AD_SPEND("paidReturnOnAdSpend", Kind.DECIMAL, CampaignPerformance::paidReturnOnAdSpend, (b, v) -> b.setPaidReturnOnAdSpend((Double) v)),
  PAID_INITIAL_PLAYS("paidInitialPlays", Kind.COUNT, CampaignPerformance::paidInitialPlays, (b, v) -> b.setPaidInitialPlays((Long) v)),
  PAID_COST("paidCost", Kind.DECIMAL, CampaignPerformance::paidCost, (b, v) -> b.setPaidCost((Double) v)),
  TRACKING_LINKS_CLICKS("trackingLinksClicks", Kind.COUNT, CampaignPerformance::trackingLinksClicks, (b, v) -> b.setTrackingLinksClicks((Long) v)),
  TRACKING_LINKS_CONVERSIONS("trackingLinksConversions", Kind.COUNT, CampaignPerformance::trackingLinksConversions, (b, v) -> b.setTrackingLinksConversions((Long) v)),
  TRACKING_LINKS_CONVERSION_VALUE("trackingLinksConversionValue", Kind.DECIMAL, CampaignPerformance::trackingLinksConversionValue, (b, v) -> b.setTrackingLinksConversionValue((Double) v)),
  AFFILIATE_LINKS_CLICKS("affiliateLinksClicks", Kind.COUNT, CampaignPerformance::affiliateLinksClicks, (b, v) -> b.setAffiliateLinksClicks((Long) v)),
  AFFILIATE_LINKS_CONVERSIONS("affiliateLinksConversions", Kind.COUNT, CampaignPerformance::affiliateLinksConversions, (b, v) -> b.setAffiliateLinksConversions((Long) v)),
  AFFILIATE_LINKS_CONVERSION_RATE("affiliateLinksConversionRate", Kind.DECIMAL, CampaignPerformance::affiliateLinksConversionRate, (b, v) -> b.setAffiliateLinksConversionRate((Double) v)),
  AFFILIATE_LINKS_SALES("affiliateLinksSales", Kind.DECIMAL, CampaignPerformance::affiliateLinksSales, (b, v) -> b.setAffiliateLinksSales((Double) v)),
  AFFILIATE_LINKS_COMMISSION_EARNED("affiliateLinksCommissionEarned", Kind.DECIMAL, CampaignPerformance::affiliateLinksCommissionEarned, (b, v) -> b.setAffiliateLinksCommissionEarned((Double) v)),
  AFFILIATE_LINKS_ROI("affiliateLinksRoi", Kind.DECIMAL, CampaignPerformance::affiliateLinksRoi, (b, v) -> b.setAffiliateLinksRoi((Double) v));

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
