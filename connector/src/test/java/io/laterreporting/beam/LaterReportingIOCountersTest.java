package io.laterreporting.beam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.Assert.assertEquals;

import io.laterreporting.beam.client.RetryCause;
import io.laterreporting.beam.planning.DateWindow;
import io.laterreporting.beam.records.CampaignPerformance;
import io.laterreporting.beam.testing.EmulatorOracle;
import io.laterreporting.emulator.Pagination;
import io.laterreporting.emulator.ReportingApiEmulator;
import io.laterreporting.emulator.Route;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.values.PCollection;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** The Beam counters of one read agree with what the emulator saw. */
@RunWith(JUnit4.class)
public class LaterReportingIOCountersTest {
  private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
  private static final LocalDate MAR_31 = LocalDate.of(2025, 3, 31);

  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  @Test
  public void givenARateBudget_thenCountersMatchTheServerAndThrottlingIsReported() {
    try (ReportingApiEmulator emulator =
        ReportingApiEmulator.builder()
            .seed(5)
            .instances(3)
            .campaignsPerInstance(50)
            .pagination(Pagination.PAGE_NUMBER)
            .credentials("counting-client", "counting-secret")
            .rateLimit(10, Duration.ofSeconds(1))
            .start()) {
      PCollection<CampaignPerformance> rows =
          pipeline.apply(
              LaterReportingIO.read()
                  .withBaseUrl(emulator.baseUrl())
                  .withClientId("counting-client")
                  .withClientSecret("counting-secret")
                  .withDateRange(JAN_1, MAR_31)
                  .withPageSize(5));
      List<CampaignPerformance> expected =
          EmulatorOracle.rows(emulator, List.of(), List.of(DateWindow.of(JAN_1, MAR_31)));
      PAssert.that(rows).containsInAnyOrder(expected);

      PipelineResult result = pipeline.run();
      result.waitUntilFinish();

      long dataPages = emulator.stats().requests(Route.CAMPAIGN_PERFORMANCE, 200);
      assertEquals((expected.size() + 4) / 5, dataPages);
      assertEquals(dataPages, ReadCountersAssert.counter(result, LaterReportingCounters.PAGES));
      assertEquals(
          expected.size(), ReadCountersAssert.counter(result, LaterReportingCounters.ROWS));
      assertEquals(
          emulator.stats().total(),
          ReadCountersAssert.counter(result, LaterReportingCounters.REQUESTS));
      assertEquals(1, emulator.stats().tokensMinted());
      assertEquals(1, ReadCountersAssert.counter(result, LaterReportingCounters.TOKEN_MINTS));
      long answered429 =
          emulator.stats().requests(Route.CAMPAIGN_PERFORMANCE, 429)
              + emulator.stats().requests(Route.INSTANCES, 429)
              + emulator.stats().requests(Route.TOKEN, 429);
      assertEquals(
          answered429, ReadCountersAssert.counter(result, LaterReportingCounters.RATE_LIMITED));
      assertEquals(
          answered429,
          ReadCountersAssert.counter(
              result, LaterReportingCounters.retries(RetryCause.RATE_LIMITED)));
      assertEquals(0, ReadCountersAssert.counter(result, LaterReportingCounters.UNITS_REREAD));
      assertThat(
          ReadCountersAssert.counter(
              result, Metrics.THROTTLE_TIME_NAMESPACE, Metrics.THROTTLE_TIME_COUNTER_NAME),
          greaterThan(0L));
    }
  }
}
