package io.laterreporting.beam.records;

/**
 * Every metric of the Reporting API, once: its JSON name and its kind (LATER_API.md lists the
 * metrics of each route; a name has the same kind on every route). The routes' tables ({@link
 * CampaignMetric}, {@link PostMetric}, {@link CreatorMetric}, {@link InstanceMetric}, {@link
 * InstanceSeriesMetric}) list which of these metrics each route answers, in the route's order, by
 * the same constant names; {@link RouteMetric#field()} finds a route constant's entry here.
 */
enum ApiMetric {
  LIKES(MetricField.count("likes")),
  COMMENTS(MetricField.count("comments")),
  SHARES(MetricField.count("shares")),
  CLICKS(MetricField.count("clicks")),
  SAVES(MetricField.count("saves")),
  IMPRESSIONS(MetricField.count("impressions")),
  REACH(MetricField.count("reach")),
  ENGAGEMENTS(MetricField.count("engagements")),
  VIEWS(MetricField.count("views")),
  TOTAL_INTERACTIONS(MetricField.count("totalInteractions")),
  REPLIES(MetricField.count("replies")),
  REPOSTS(MetricField.count("reposts")),
  POTENTIAL_REACH(MetricField.count("potentialReach")),
  VIDEO_VIEW_TOTAL_TIME(MetricField.decimal("videoViewTotalTime")),
  CROSSPOSTED_VIEWS(MetricField.count("crosspostedViews")),
  CROSSPOSTED_FACEBOOK_ONLY_VIEWS(MetricField.count("crosspostedFacebookOnlyViews")),
  ENGAGEMENT_RATE(MetricField.decimal("engagementRate")),
  POSTS_COUNT(MetricField.count("postsCount")),
  INFLUENCERS_COUNT(MetricField.count("influencersCount")),
  IMPRESSIONS_PER_POST(MetricField.decimal("impressionsPerPost")),
  ESTIMATED_VALUE_GENERATED(MetricField.decimal("estimatedValueGenerated")),
  ESTIMATED_CONTENT_COST(MetricField.decimal("estimatedContentCost")),
  ESTIMATED_ROI(MetricField.decimal("estimatedRoi")),
  CPE(MetricField.decimal("cpe")),
  CPM(MetricField.decimal("cpm")),
  PAID_LIKES(MetricField.count("paidLikes")),
  PAID_COMMENTS(MetricField.count("paidComments")),
  PAID_SHARES(MetricField.count("paidShares")),
  PAID_CLICKS(MetricField.count("paidClicks")),
  PAID_IMPRESSIONS(MetricField.count("paidImpressions")),
  PAID_ENGAGEMENTS(MetricField.count("paidEngagements")),
  PAID_ENGAGEMENT_RATE(MetricField.decimal("paidEngagementRate")),
  PAID_VIEWS(MetricField.count("paidViews")),
  PAID_REACH(MetricField.count("paidReach")),
  PAID_SAVES(MetricField.count("paidSaves")),
  PAID_CPE(MetricField.decimal("paidCpe")),
  PAID_CPM(MetricField.decimal("paidCpm")),
  PAID_POSTS_COUNT(MetricField.count("paidPostsCount")),
  PAID_INFLUENCERS_COUNT(MetricField.count("paidInfluencersCount")),
  PAID_AD_SPEND(MetricField.decimal("paidAdSpend")),
  PAID_RETURN_ON_AD_SPEND(MetricField.decimal("paidReturnOnAdSpend")),
  PAID_INITIAL_PLAYS(MetricField.count("paidInitialPlays")),
  PAID_COST(MetricField.decimal("paidCost")),
  TRACKING_LINKS_CLICKS(MetricField.count("trackingLinksClicks")),
  TRACKING_LINKS_CONVERSIONS(MetricField.count("trackingLinksConversions")),
  TRACKING_LINKS_CONVERSION_VALUE(MetricField.decimal("trackingLinksConversionValue")),
  AFFILIATE_LINKS_CLICKS(MetricField.count("affiliateLinksClicks")),
  AFFILIATE_LINKS_CONVERSIONS(MetricField.count("affiliateLinksConversions")),
  AFFILIATE_LINKS_CONVERSION_RATE(MetricField.decimal("affiliateLinksConversionRate")),
  AFFILIATE_LINKS_SALES(MetricField.decimal("affiliateLinksSales")),
  AFFILIATE_LINKS_COMMISSION_EARNED(MetricField.decimal("affiliateLinksCommissionEarned")),
  AFFILIATE_LINKS_ROI(MetricField.decimal("affiliateLinksRoi")),
  ORGANIC_REACH(MetricField.count("organicReach")),
  FOLLOWERS_AT_POST_DATE(MetricField.count("followersAtPostDate")),
  AVG_WATCH_TIME(MetricField.decimal("avgWatchTime")),
  NAVIGATION_TAP_EXIT(MetricField.count("navigationTapExit")),
  NAVIGATION_TAP_BACK(MetricField.count("navigationTapBack")),
  NAVIGATION_TAP_FORWARD(MetricField.count("navigationTapForward")),
  NAVIGATION_SWIPE_FORWARD(MetricField.count("navigationSwipeForward")),
  CAMPAIGNS_COST(MetricField.decimal("campaignsCost")),
  RETURN_ON_INVESTMENT(MetricField.decimal("returnOnInvestment"));

  private final MetricField field;

  ApiMetric(MetricField field) {
    this.field = field;
  }

  /** The entries of a route's table, by ordinal; computed once per table. */
  private static final ClassValue<MetricField[]> BY_TABLE =
      new ClassValue<>() {
        @Override
        protected MetricField[] computeValue(Class<?> table) {
          Object[] constants = table.getEnumConstants();
          MetricField[] fields = new MetricField[constants.length];
          for (int i = 0; i < constants.length; i++) {
            fields[i] = valueOf(((Enum<?>) constants[i]).name()).field;
          }
          return fields;
        }
      };

  /** The name and kind of a route's metric: the entry of the same name. */
  static MetricField fieldOf(RouteMetric<?, ?> metric) {
    return BY_TABLE.get(metric.getClass())[metric.ordinal()];
  }
}
