package io.laterreporting.beam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import io.laterreporting.beam.client.RetryCause;
import io.laterreporting.beam.client.RetryPolicy;
import io.laterreporting.beam.planning.DateWindow;
import io.laterreporting.beam.planning.Granularity;
import io.laterreporting.beam.records.CampaignPerformance;
import io.laterreporting.beam.records.CreatorPerformance;
import io.laterreporting.beam.records.InstancePerformance;
import io.laterreporting.beam.records.InstancePerformanceBucket;
import io.laterreporting.beam.records.PostMetric;
import io.laterreporting.beam.records.PostPerformance;
import io.laterreporting.beam.testing.ReportOracle;
import io.laterreporting.emulator.FaultPlan;
import io.laterreporting.emulator.Pagination;
import io.laterreporting.emulator.ReportingApiEmulator;
import io.laterreporting.emulator.Route;
import io.laterreporting.emulator.RowLayout;
import io.laterreporting.emulator.SeriesGranularity;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.values.PCollection;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * The posts, creators and instance reports read against the emulator over HTTP, in both pagination
 * generations, compared with the emulator's oracle; each route's cut rule is checked by what it
 * asks the server.
 */
@RunWith(JUnit4.class)
public class LaterReportingIORoutesTest {
  private static final LocalDate FEB_1 = LocalDate.of(2024, 2, 1);
  private static final LocalDate MAR_15 = LocalDate.of(2024, 3, 15);

  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  private ReportingApiEmulator emulator;

  @After
  public void stopEmulator() {
    if (emulator != null) {
      emulator.close();
    }
  }

  private ReportingApiEmulator start(Pagination pagination, RowLayout layout) {
    return start(pagination, layout, UnaryOperator.identity());
  }

  private ReportingApiEmulator start(
      Pagination pagination, RowLayout layout, UnaryOperator<ReportingApiEmulator.Builder> knobs) {
    emulator =
        knobs
            .apply(
                ReportingApiEmulator.builder()
                    .seed(7)
                    .instances(4)
                    .campaignsPerInstance(6)
                    .pagination(pagination)
                    .layout(layout)
                    .credentials("routes-client", "routes-secret"))
            .start();
    return emulator;
  }

  private <R> LaterReportingIO.Read<R> against(LaterReportingIO.Read<R> read) {
    return read.withBaseUrl(emulator.baseUrl())
        .withClientId("routes-client")
        .withClientSecret("routes-secret")
        .withDateRange(FEB_1, MAR_15);
  }

  private static List<DateWindow> range() {
    return List.of(DateWindow.of(FEB_1, MAR_15));
  }

  private static boolean allZero(PostPerformance post) {
    for (PostMetric metric : PostMetric.values()) {
      Number value = metric.valueIn(post);
      if (value != null && value.doubleValue() != 0) {
        return false;
      }
    }
    return true;
  }

  // ------------------------------------------------------------------ posts

  @Test
  public void givenPostsOnPageNumbers_thenEveryPostOnceAllZeroPostsIncluded() {
    start(Pagination.PAGE_NUMBER, RowLayout.NESTED);
    List<PostPerformance> expected = ReportOracle.posts(emulator, List.of(), range());
    assertThat("several pages of 20", expected.size(), greaterThan(60));
    assertTrue(
        "the oracle has posts whose metrics are all zero",
        expected.stream().anyMatch(p -> allZero(p)));
    PAssert.that(pipeline.apply(against(LaterReportingIO.readPosts()).withPageSize(20)))
        .containsInAnyOrder(expected);
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void givenPostsOnCursorsForTwoOfFourInstances_thenEveryPostOfThoseOnce() {
    start(Pagination.CURSOR, RowLayout.FLAT);
    List<String> two = emulator.dataset().instanceIds().subList(1, 3);
    List<PostPerformance> expected = ReportOracle.posts(emulator, two, range());
    assertThat(expected.size(), greaterThan(10));
    PAssert.that(
            pipeline.apply(
                against(LaterReportingIO.readPosts()).withInstanceIds(two).withPageSize(5)))
        .containsInAnyOrder(expected);
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void givenPostsInAWindowWithoutActivity_thenNoRows() {
    start(Pagination.PAGE_NUMBER, RowLayout.NESTED);
    PCollection<PostPerformance> rows =
        pipeline.apply(
            against(LaterReportingIO.readPosts())
                .withDateRange(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)));
    PAssert.that(rows).empty();
    pipeline.run().waitUntilFinish();
  }

  // ------------------------------------------------------------------ creators

  @Test
  public void givenCreatorsOverSeveralInstancesOnCursors_thenTheWholeScopeAnswerInOneQuery() {
    start(Pagination.CURSOR, RowLayout.NESTED);
    List<String> three = emulator.dataset().instanceIds().subList(0, 3);
    List<CreatorPerformance> whole = ReportOracle.creators(emulator, three, range());
    List<CreatorPerformance> perInstance = new ArrayList<>();
    for (String instance : three) {
      perInstance.addAll(ReportOracle.creators(emulator, List.of(instance), range()));
    }
    Set<Long> seen = new HashSet<>();
    assertTrue(
        "some creator works for several of the instances, so per-instance rows differ",
        perInstance.stream().anyMatch(c -> !seen.add(c.getCreatorId())));
    assertNotEquals(new HashSet<>(whole), new HashSet<>(perInstance));
    PAssert.that(
            pipeline.apply(
                against(LaterReportingIO.readCreators()).withInstanceIds(three).withPageSize(10)))
        .containsInAnyOrder(whole);
    pipeline.run().waitUntilFinish();
    // One query over the three instances: its pages, each asking for all three.
    assertEquals((whole.size() + 9) / 10, emulator.stats().requests(Route.CREATOR_PERFORMANCE));
  }

  @Test
  public void givenCreatorsOnPageNumbersByMonth_thenOneRowPerCreatorAndMonth() {
    start(Pagination.PAGE_NUMBER, RowLayout.FLAT);
    List<DateWindow> months =
        List.of(
            DateWindow.of(FEB_1, LocalDate.of(2024, 2, 29)),
            DateWindow.of(LocalDate.of(2024, 3, 1), MAR_15));
    List<CreatorPerformance> expected = ReportOracle.creators(emulator, List.of(), months);
    assertThat(expected.size(), greaterThan(20));
    PAssert.that(
            pipeline.apply(
                against(LaterReportingIO.readCreators())
                    .withGranularity(Granularity.MONTH)
                    .withPageSize(10)))
        .containsInAnyOrder(expected);
    pipeline.run().waitUntilFinish();
  }

  // ------------------------------------------------------------------ instance totals

  @Test
  public void givenInstanceTotalsOnPageNumbers_thenOneRowForTheWholeScope() {
    start(Pagination.PAGE_NUMBER, RowLayout.NESTED);
    PAssert.that(pipeline.apply(against(LaterReportingIO.readInstances())))
        .containsInAnyOrder(ReportOracle.totals(emulator, List.of(), range().get(0), null));
    pipeline.run().waitUntilFinish();
    assertEquals(1, emulator.stats().requests(Route.INSTANCE_PERFORMANCE));
  }

  @Test
  public void givenInstanceTotalsOnCursorsOnePerInstance_thenARowPerInstanceCarryingIt() {
    start(Pagination.CURSOR, RowLayout.NESTED);
    List<String> two = emulator.dataset().instanceIds().subList(0, 2);
    List<InstancePerformance> expected = new ArrayList<>();
    for (String instance : two) {
      expected.add(ReportOracle.totals(emulator, List.of(instance), range().get(0), instance));
    }
    PAssert.that(
            pipeline.apply(
                against(LaterReportingIO.readInstances())
                    .withInstanceIds(two)
                    .withRowPerInstance(true)))
        .containsInAnyOrder(expected);
    pipeline.run().waitUntilFinish();
    assertEquals(2, emulator.stats().requests(Route.INSTANCE_PERFORMANCE));
  }

  // ------------------------------------------------------------------ time series

  private void assertWeeklySeriesIsTheOracle(Pagination pagination) {
    start(pagination, RowLayout.NESTED);
    LocalDate start = LocalDate.of(2022, 11, 16); // a Wednesday, weeks before any activity
    LocalDate end = LocalDate.of(2023, 2, 8); // a Wednesday
    List<InstancePerformanceBucket> expected =
        ReportOracle.buckets(
            emulator, List.of(), DateWindow.of(start, end), SeriesGranularity.WEEK);
    assertThat(expected.size(), greaterThan(2));
    assertTrue("empty weeks are absent: " + expected.size(), expected.size() < 13);
    InstancePerformanceBucket last = expected.get(expected.size() - 1);
    assertEquals(
        "the last bucket is clipped to the range",
        CampaignPerformance.dayStart(end),
        last.getPeriodEnd());
    assertEquals(CampaignPerformance.dayStart(LocalDate.of(2023, 2, 6)), last.getPeriodStart());
    PAssert.that(
            pipeline.apply(
                against(LaterReportingIO.readInstancesOverTime())
                    .withDateRange(start, end)
                    .withGranularity(Granularity.WEEK)
                    .withPageSize(3)))
        .containsInAnyOrder(expected);
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void givenWeeklySeriesOnPageNumbers_thenBucketsOfTheOracleEdgesClippedEmptyAbsent() {
    assertWeeklySeriesIsTheOracle(Pagination.PAGE_NUMBER);
  }

  @Test
  public void givenWeeklySeriesOnCursors_thenBucketsOfTheOracleEdgesClippedEmptyAbsent() {
    assertWeeklySeriesIsTheOracle(Pagination.CURSOR);
  }

  @Test
  public void givenSeriesOfMonthsFromMidMonth_thenTheFirstBucketStartsOnTheRangeStart() {
    start(Pagination.PAGE_NUMBER, RowLayout.FLAT);
    List<InstancePerformanceBucket> expected =
        ReportOracle.buckets(emulator, List.of(), range().get(0), SeriesGranularity.MONTH);
    assertEquals(2, expected.size());
    assertEquals(CampaignPerformance.dayStart(FEB_1), expected.get(0).getPeriodStart());
    assertEquals(CampaignPerformance.dayStart(MAR_15), expected.get(1).getPeriodEnd());
    assertTrue(expected.stream().allMatch(b -> Objects.equals("month", b.getGranularity())));
    PAssert.that(pipeline.apply(against(LaterReportingIO.readInstancesOverTime())))
        .containsInAnyOrder(expected);
    pipeline.run().waitUntilFinish();
  }

  // ------------------------------------------------------------------ faults and unstable order

  private static final RetryPolicy FAST_RETRIES =
      RetryPolicy.defaults()
          .withInitialBackoff(Duration.ofMillis(5))
          .withMaxBackoff(Duration.ofMillis(50))
          .withMaxRetryAfter(Duration.ofSeconds(1));

  private static ReportingApiEmulator.Builder faulty(ReportingApiEmulator.Builder builder) {
    return builder
        .faults(
            FaultPlan.of(0.10, 99).withSlowDelay(Duration.ofMillis(400)).includingTokenRoute(true))
        .retryAfterHeader(true);
  }

  private static long retries(PipelineResult result) {
    result.waitUntilFinish();
    long retries = 0;
    for (RetryCause cause : RetryCause.values()) {
      retries += ReadCountersAssert.counter(result, LaterReportingCounters.retries(cause));
    }
    return retries;
  }

  private static long reread(PipelineResult result) {
    result.waitUntilFinish();
    return ReadCountersAssert.counter(result, LaterReportingCounters.UNITS_REREAD);
  }

  @Test
  public void givenTenPercentFaultsOnPostsWithPageNumbers_thenEveryPostOnce() {
    start(Pagination.PAGE_NUMBER, RowLayout.NESTED, LaterReportingIORoutesTest::faulty);
    PAssert.that(
            pipeline.apply(
                against(LaterReportingIO.readPosts())
                    .withPageSize(10)
                    .withRetryPolicy(FAST_RETRIES)
                    .withReadTimeout(Duration.ofMillis(300))))
        .containsInAnyOrder(ReportOracle.posts(emulator, List.of(), range()));
    assertThat("faults were met and retried", retries(pipeline.run()), greaterThan(0L));
  }

  @Test
  public void givenTenPercentFaultsOnCreatorsWithCursors_thenEveryCreatorOnce() {
    start(Pagination.CURSOR, RowLayout.FLAT, LaterReportingIORoutesTest::faulty);
    PAssert.that(
            pipeline.apply(
                against(LaterReportingIO.readCreators())
                    .withPageSize(10)
                    .withRetryPolicy(FAST_RETRIES)
                    .withReadTimeout(Duration.ofMillis(300))))
        .containsInAnyOrder(ReportOracle.creators(emulator, List.of(), range()));
    assertThat("faults were met and retried", retries(pipeline.run()), greaterThan(0L));
  }

  @Test
  public void givenAnUnstableOrderOnPostsPages_thenEveryPostOnceByRereadingInPieces() {
    start(Pagination.PAGE_NUMBER, RowLayout.NESTED, b -> b.unstableOrder(true));
    PAssert.that(pipeline.apply(against(LaterReportingIO.readPosts()).withPageSize(10)))
        .containsInAnyOrder(ReportOracle.posts(emulator, List.of(), range()));
    assertEquals(1, reread(pipeline.run()));
  }

  @Test
  public void givenAnUnstableOrderOnCreatorsPages_thenEveryCreatorOnceByRereadingWhole() {
    start(Pagination.PAGE_NUMBER, RowLayout.NESTED, b -> b.unstableOrder(true));
    PAssert.that(pipeline.apply(against(LaterReportingIO.readCreators()).withPageSize(10)))
        .containsInAnyOrder(ReportOracle.creators(emulator, List.of(), range()));
    assertEquals(1, reread(pipeline.run()));
  }
}
