package io.laterreporting.beam.routes;

import io.laterreporting.beam.client.ReportFormat;
import io.laterreporting.beam.records.CampaignMetric;
import io.laterreporting.beam.records.CampaignPerformance;
import java.util.EnumSet;
import java.util.stream.Stream;

/**
 * {@code /v2/campaigns/performance}: one row per campaign, keyed {@code instanceId/campaignId}.
 * Every campaign belongs to one instance, so reads are cut by instance and by batches of campaigns
 * without changing a row. Sortable: the contract's list, then the paid, tracking-link and
 * affiliate-link metrics.
 */
public final class CampaignsRoute {
  private CampaignsRoute() {}

  public static final ReportRoute<CampaignPerformance> INSTANCE =
      new ReportRoute<>(
          "campaigns",
          ReportFormat.CAMPAIGNS,
          CampaignPerformance.class,
          ReportRoute.orderedSet(
              Stream.concat(
                      Stream.of(
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
                          "cpm",
                          "firstPostDate",
                          "lastPostDate"),
                      CampaignMetric.apiNames().stream()
                          .filter(
                              n ->
                                  n.startsWith("paid")
                                      || n.startsWith("trackingLinks")
                                      || n.startsWith("affiliateLinks")))
                  .toArray(String[]::new)),
          row -> row.getInstanceId() + "/" + row.getCampaignId(),
          EnumSet.allOf(ReportRoute.Cut.class),
          false,
          true,
          row -> row.getCampaignId());
}
