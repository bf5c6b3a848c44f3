package io.laterreporting.emulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The 52 campaign metric names of LATER_API.md section 5, in API order, and which ones the API
 * sorts by; and the JSON kind of every metric of any route (the other routes' catalogues are in
 * {@link ReportDescriptor}).
 */
public final class MetricCatalog {
  /** Metrics the API writes as integers, on any route; every other metric is a double. */
  private static final Set<String> COUNTS =
      Set.of(
          "organicReach",
          "followersAtPostDate",
          "navigationTapExit",
          "navigationTapBack",
          "navigationTapForward",
          "navigationSwipeForward",
          "likes",
          "comments",
          "shares",
          "clicks",
          "saves",
          "impressions",
          "reach",
          "engagements",
          "views",
          "totalInteractions",
          "replies",
          "reposts",
          "potentialReach",
          "crosspostedViews",
          "crosspostedFacebookOnlyViews",
          "postsCount",
          "influencersCount",
          "paidLikes",
          "paidComments",
          "paidShares",
          "paidClicks",
          "paidImpressions",
          "paidEngagements",
          "paidViews",
          "paidReach",
          "paidSaves",
          "paidPostsCount",
          "paidInfluencersCount",
          "paidInitialPlays",
          "trackingLinksClicks",
          "trackingLinksConversions",
          "affiliateLinksClicks",
          "affiliateLinksConversions");

  private static final List<String> NAMES =
      List.of(
          "likes",
          "comments",
          "shares",
          "clicks",
          "saves",
          "impressions",
          "reach",
          "engagements",
          "views",
          "totalInteractions",
          "replies",
          "reposts",
          "potentialReach",
          "videoViewTotalTime",
          "crosspostedViews",
          "crosspostedFacebookOnlyViews",
          "engagementRate",
          "postsCount",
          "influencersCount",
          "impressionsPerPost",
          "estimatedValueGenerated",
          "estimatedContentCost",
          "estimatedRoi",
          "cpe",
          "cpm",
          "paidLikes",
          "paidComments",
          "paidShares",
          "paidClicks",
          "paidImpressions",
          "paidEngagements",
          "paidEngagementRate",
          "paidViews",
          "paidReach",
          "paidSaves",
          "paidCpe",
          "paidCpm",
          "paidPostsCount",
          "paidInfluencersCount",
          "paidAdSpend",
          "paidReturnOnAdSpend",
          "paidInitialPlays",
          "paidCost",
          "trackingLinksClicks",
          "trackingLinksConversions",
          "trackingLinksConversionValue",
          "affiliateLinksClicks",
          "affiliateLinksConversions",
          "affiliateLinksConversionRate",
          "affiliateLinksSales",
          "affiliateLinksCommissionEarned",
          "affiliateLinksRoi");

  /** Only ever present for content that can be cross-posted between Instagram and Facebook. */
  static final Set<String> CROSSPOSTED = Set.of("crosspostedViews", "crosspostedFacebookOnlyViews");

  private static final List<String> SORTABLE = buildSortable();

  private MetricCatalog() {}

  /** All 52 names in API order. */
  public static List<String> names() {
    return NAMES;
  }

  /** Whether a metric of any route is written as an integer (Long in the oracles). */
  public static boolean isCount(String metric) {
    return COUNTS.contains(metric);
  }

  /** The accepted {@code sortProperty} values. */
  public static List<String> sortableProperties() {
    return SORTABLE;
  }

  private static List<String> buildSortable() {
    Set<String> sortable =
        new LinkedHashSet<>(
            List.of(
                "impressions",
                "engagements",
                "reach",
                "engagementRate",
                "clicks",
                "postsCount",
                "influencersCount",
                "impressionsPerPost",
                "estimatedValueGenerated",
                "estimatedContentCost",
                "estimatedRoi",
                "cpe",
                "cpm"));
    for (String name : NAMES) {
      // Every paid*, trackingLinks* and affiliateLinks* metric is a count, a cost or a rate.
      if (name.startsWith("paid")
          || name.startsWith("trackingLinks")
          || name.startsWith("affiliateLinks")) {
        sortable.add(name);
      }
    }
    sortable.add("firstPostDate");
    sortable.add("lastPostDate");
    return Collections.unmodifiableList(new ArrayList<>(sortable));
  }
}
