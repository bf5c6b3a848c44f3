package io.laterreporting.emulator;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What differs between the performance routes (LATER_API.md sections 5 and 5b), in one place: the
 * route, its metric catalogue in API order, the properties {@code sortProperty} accepts (none: the
 * route does not sort) and the default one, whether {@code granularity} is accepted, and whether
 * the answer is a page of a list or one object. Everything else (dates, basis, arrays, campaignIds,
 * platform xor contentType, metrics in generation B, both paginations) is common.
 */
record ReportDescriptor(
    Route route,
    List<String> metrics,
    List<String> sortable,
    String defaultSort,
    boolean granularity,
    boolean paginated) {

  static final ReportDescriptor CAMPAIGNS =
      new ReportDescriptor(
          Route.CAMPAIGN_PERFORMANCE,
          MetricCatalog.names(),
          MetricCatalog.sortableProperties(),
          RowOrder.DEFAULT_PROPERTY,
          false,
          true);

  /** Row key postId; exact cuts: date window, instance, campaign. */
  static final ReportDescriptor POSTS =
      new ReportDescriptor(
          Route.POST_PERFORMANCE,
          names(
              "likes comments shares saves impressions reach organicReach engagements views"
                  + " totalInteractions replies reposts potentialReach followersAtPostDate videoViewTotalTime"
                  + " avgWatchTime navigationTapExit navigationTapBack navigationTapForward"
                  + " navigationSwipeForward crosspostedViews crosspostedFacebookOnlyViews engagementRate"
                  + " estimatedValueGenerated cpe cpm paidLikes paidComments paidShares paidImpressions"
                  + " paidEngagements paidEngagementRate paidViews paidReach paidSaves paidCpe paidCpm"),
          names(
              "engagements impressions engagementRate estimatedValueGenerated cpe cpm postDate"
                  + " paidEngagements paidImpressions paidEngagementRate paidCpe paidCpm"),
          "postDate",
          false,
          true);

  private static final List<String> CREATOR_METRICS =
      names(
          "likes comments shares saves"
              + " impressions reach organicReach engagements views totalInteractions replies reposts"
              + " potentialReach videoViewTotalTime avgWatchTime navigationTapExit navigationTapBack"
              + " navigationTapForward navigationSwipeForward crosspostedViews crosspostedFacebookOnlyViews"
              + " engagementRate postsCount estimatedValueGenerated estimatedContentCost estimatedRoi cpe"
              + " cpm paidLikes paidComments paidShares paidImpressions paidEngagements paidEngagementRate"
              + " paidViews paidReach paidSaves paidCpe paidCpm paidPostsCount paidCost trackingLinksClicks"
              + " trackingLinksConversions trackingLinksConversionValue affiliateLinksClicks"
              + " affiliateLinksConversions affiliateLinksConversionRate affiliateLinksSales"
              + " affiliateLinksCommissionEarned affiliateLinksRoi");

  /**
   * Row key creator.creatorId; the row covers the whole scope, so the only exact cut is the date
   * window.
   */
  static final ReportDescriptor CREATORS =
      new ReportDescriptor(
          Route.CREATOR_PERFORMANCE, CREATOR_METRICS, CREATOR_METRICS, "postsCount", false, true);

  /** One object for the whole scope; exact cut: the date window. */
  static final ReportDescriptor INSTANCES =
      new ReportDescriptor(
          Route.INSTANCE_PERFORMANCE,
          names(
              "engagements impressions engagementRate postsCount reach views estimatedValueGenerated"
                  + " estimatedContentCost campaignsCost returnOnInvestment cpe cpm paidEngagements"
                  + " paidImpressions paidEngagementRate paidPostsCount paidViews paidAdSpend"
                  + " paidReturnOnAdSpend paidCpe paidCpm trackingLinksClicks trackingLinksConversions"
                  + " trackingLinksConversionValue affiliateLinksClicks affiliateLinksConversions"
                  + " affiliateLinksSales organicReach paidReach"),
          List.of(),
          null,
          false,
          false);

  /** Buckets by startDate, ascending; one query per range, no cut needed. */
  static final ReportDescriptor INSTANCES_OVER_TIME =
      new ReportDescriptor(
          Route.INSTANCE_PERFORMANCE_OVER_TIME,
          names(
              "likes comments shares clicks impressions reach"
                  + " engagements views engagementRate postsCount estimatedValueGenerated cpe cpm paidLikes"
                  + " paidComments paidShares paidImpressions paidEngagements paidEngagementRate paidReach"
                  + " paidViews organicReach"),
          List.of(),
          null,
          true,
          true);

  /**
   * The parameters the route documents in {@code generation}, paging aside: the common filters,
   * {@code sortProperty}/{@code sortDirection} where it sorts, {@code granularity} where it has
   * buckets, and {@code metrics} in generation B only. Strict gateways refuse any other.
   */
  Set<String> documentedParameters(Pagination generation) {
    Set<String> names =
        new HashSet<>(
            List.of(
                "startDate",
                "endDate",
                "instanceIds",
                "campaignIds",
                "platform",
                "contentType",
                "dateBasis"));
    if (!sortable.isEmpty()) {
      names.addAll(List.of("sortProperty", "sortDirection"));
    }
    if (granularity) {
      names.add("granularity");
    }
    if (generation == Pagination.CURSOR) {
      names.add("metrics");
    }
    return Set.copyOf(names);
  }

  /** The property a query sorts by: its own, or the route's default. */
  String sortProperty(RowQuery query) {
    String property = query.sortProperty() == null ? defaultSort : query.sortProperty();
    if (!sortable.contains(property)) {
      throw new IllegalArgumentException(
          "sortProperty "
              + property
              + " is not supported on "
              + route.path()
              + "; supported: "
              + sortable);
    }
    return property;
  }

  private static List<String> names(String spaceSeparated) {
    return List.copyOf(Arrays.asList(spaceSeparated.split(" ")));
  }
}
