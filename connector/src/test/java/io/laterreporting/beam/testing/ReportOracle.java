package io.laterreporting.beam.testing;

import io.laterreporting.beam.planning.DateWindow;
import io.laterreporting.beam.records.CampaignPerformance;
import io.laterreporting.beam.records.CreatorMetric;
import io.laterreporting.beam.records.CreatorPerformance;
import io.laterreporting.beam.records.CreatorProfile;
import io.laterreporting.beam.records.InstanceMetric;
import io.laterreporting.beam.records.InstancePerformance;
import io.laterreporting.beam.records.InstancePerformanceBucket;
import io.laterreporting.beam.records.InstanceSeriesMetric;
import io.laterreporting.beam.records.PostMetric;
import io.laterreporting.beam.records.PostPerformance;
import io.laterreporting.emulator.DateBasis;
import io.laterreporting.emulator.ExpectedBucket;
import io.laterreporting.emulator.ExpectedCreator;
import io.laterreporting.emulator.ExpectedPost;
import io.laterreporting.emulator.ReportingApiEmulator;
import io.laterreporting.emulator.RowQuery;
import io.laterreporting.emulator.SeriesGranularity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rows of the posts, creators and instance routes a correct read must emit, as the emulator
 * computes them, turned into records here without the connector's parsers (see {@link
 * EmulatorOracle} for campaigns).
 */
public final class ReportOracle {
  private ReportOracle() {}

  private static RowQuery query(List<String> instanceIds, DateWindow window) {
    return RowQuery.builder()
        .instanceIds(instanceIds)
        .startDate(window.start())
        .endDate(window.end())
        .dateBasis(DateBasis.PERFORMANCE_DATE)
        .build();
  }

  public static List<PostPerformance> posts(
      ReportingApiEmulator emulator, List<String> instanceIds, List<DateWindow> windows) {
    List<PostPerformance> rows = new ArrayList<>();
    for (DateWindow window : windows) {
      for (ExpectedPost post : emulator.dataset().postRows(query(instanceIds, window))) {
        PostPerformance.Builder b =
            PostPerformance.builder()
                .setInstanceId(post.instanceId())
                .setPostId(post.postId())
                .setCampaignId(post.campaignId())
                .setPostDate(EmulatorOracle.instant(post.postDate()))
                .setContentType(post.contentType())
                .setContentUrl(post.contentUrl())
                .setContentImageUrl(post.contentImageUrl())
                .setHandleName(post.creatorProfile().handleName())
                .setNetwork(post.creatorProfile().network())
                .setFullName(post.creatorProfile().fullName())
                .setProfileImage(post.creatorProfile().profileImage())
                .setProfileLink(post.creatorProfile().profileLink())
                .setPeriodStart(CampaignPerformance.dayStart(window.start()))
                .setPeriodEnd(CampaignPerformance.dayStart(window.end()))
                .setDateBasis(DateBasis.PERFORMANCE_DATE.apiName());
        EmulatorOracle.setMetrics(post.metrics(), b, PostMetric::forApiName);
        rows.add(b.build());
      }
    }
    return rows;
  }

  public static List<CreatorPerformance> creators(
      ReportingApiEmulator emulator, List<String> instanceIds, List<DateWindow> windows) {
    List<CreatorPerformance> rows = new ArrayList<>();
    for (DateWindow window : windows) {
      for (ExpectedCreator creator : emulator.dataset().creatorRows(query(instanceIds, window))) {
        CreatorPerformance.Builder b =
            CreatorPerformance.builder()
                .setCreatorId(creator.creatorId())
                .setFullName(creator.fullName())
                .setProfilePictureUrl(creator.profilePictureUrl())
                .setProfiles(
                    creator.profiles().stream()
                        .map(
                            p ->
                                CreatorProfile.of(
                                    p.handleName(),
                                    p.network(),
                                    p.fullName(),
                                    p.profileImage(),
                                    p.profileLink()))
                        .collect(Collectors.toList()))
                .setPeriodStart(CampaignPerformance.dayStart(window.start()))
                .setPeriodEnd(CampaignPerformance.dayStart(window.end()))
                .setDateBasis(DateBasis.PERFORMANCE_DATE.apiName());
        EmulatorOracle.setMetrics(creator.metrics(), b, CreatorMetric::forApiName);
        rows.add(b.build());
      }
    }
    return rows;
  }

  /**
   * One row per window: the totals of {@code instanceIds} (empty = all bound), {@code instanceId}
   * as given.
   */
  public static InstancePerformance totals(
      ReportingApiEmulator emulator,
      List<String> instanceIds,
      DateWindow window,
      String instanceId) {
    InstancePerformance.Builder b =
        InstancePerformance.builder()
            .setInstanceId(instanceId)
            .setPeriodStart(CampaignPerformance.dayStart(window.start()))
            .setPeriodEnd(CampaignPerformance.dayStart(window.end()))
            .setDateBasis(DateBasis.PERFORMANCE_DATE.apiName());
    EmulatorOracle.setMetrics(
        emulator.dataset().instanceTotals(query(instanceIds, window)),
        b,
        InstanceMetric::forApiName);
    return b.build();
  }

  public static List<InstancePerformanceBucket> buckets(
      ReportingApiEmulator emulator,
      List<String> instanceIds,
      DateWindow window,
      SeriesGranularity granularity) {
    List<InstancePerformanceBucket> rows = new ArrayList<>();
    for (ExpectedBucket bucket :
        emulator.dataset().instanceSeries(query(instanceIds, window), granularity)) {
      InstancePerformanceBucket.Builder b =
          InstancePerformanceBucket.builder()
              .setPeriodStart(CampaignPerformance.dayStart(bucket.startDate()))
              .setPeriodEnd(CampaignPerformance.dayStart(bucket.endDate()))
              .setGranularity(granularity.apiName())
              .setDateBasis(DateBasis.PERFORMANCE_DATE.apiName());
      EmulatorOracle.setMetrics(bucket.metrics(), b, InstanceSeriesMetric::forApiName);
      rows.add(b.build());
    }
    return rows;
  }
}
