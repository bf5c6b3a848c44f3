package io.laterreporting.beam.routes;

import io.laterreporting.beam.client.ReportFormat;
import io.laterreporting.beam.records.PostPerformance;
import java.util.EnumSet;

/**
 * {@code /v2/posts/performance}: one row per post (also posts whose metrics are all zero), keyed by
 * {@code postId}. Every post belongs to one instance and one campaign, so reads are cut by instance
 * and by batches of campaigns without changing a row.
 */
public final class PostsRoute {
  private PostsRoute() {}

  public static final ReportRoute<PostPerformance> INSTANCE =
      new ReportRoute<>(
          "posts",
          ReportFormat.POSTS,
          PostPerformance.class,
          ReportRoute.orderedSet(
              "engagements",
              "impressions",
              "engagementRate",
              "estimatedValueGenerated",
              "cpe",
              "cpm",
              "postDate",
              "paidEngagements",
              "paidImpressions",
              "paidEngagementRate",
              "paidCpe",
              "paidCpm"),
          row -> Long.toString(row.getPostId()),
          EnumSet.allOf(ReportRoute.Cut.class),
          false,
          false,
          PostPerformance::getCampaignId);
}
