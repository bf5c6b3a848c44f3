package io.laterreporting.beam.reading;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.laterreporting.beam.LaterReportingCounters;
import io.laterreporting.beam.LaterReportingIO;
import io.laterreporting.beam.planning.DateWindow;
import io.laterreporting.beam.planning.DateWindows;
import io.laterreporting.beam.planning.Granularity;
import io.laterreporting.beam.records.CampaignPerformance;
import io.laterreporting.beam.testing.EmulatorOracle;
import io.laterreporting.emulator.ReportingApiEmulator;
import io.laterreporting.emulator.Route;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.values.PCollection;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * The read keeps {@code maxConcurrentRequests} requests in flight when the runner gives it a single
 * thread (the DirectRunner with {@code targetParallelism=1}), for many one-page queries and for one
 * query of many pages, and still emits every row exactly once. The server counts the requests it
 * handles at once; its 100 ms latency holds each request long enough for the next ones to arrive.
 * Queries of at most one round of pages are read whole where their first page is, not after the
 * shuffle that waits for the first page of every query.
 */
@RunWith(JUnit4.class)
public class ReadConcurrencyTest {
  private static final int IN_FLIGHT = 4;

  @Rule public final transient TestPipeline pipeline = TestPipeline.fromOptions(oneThread());

  private ReportingApiEmulator emulator;

  private static DirectOptions oneThread() {
    DirectOptions options = PipelineOptionsFactory.create().as(DirectOptions.class);
    options.setTargetParallelism(1);
    return options;
  }

  @After
  public void stopEmulator() {
    if (emulator != null) {
      emulator.close();
    }
  }

  private PipelineResult assertReadsExactlyWithFullConcurrency(
      LocalDate start, LocalDate end, Granularity granularity, int pageSize) {
    LaterReportingIO.Read<CampaignPerformance> read =
        LaterReportingIO.read()
            .withBaseUrl(emulator.baseUrl())
            .withClientId(emulator.clientId())
            .withClientSecret(emulator.clientSecret())
            .withDateRange(start, end)
            .withGranularity(granularity)
            .withPageSize(pageSize)
            .withMaxConcurrentRequests(IN_FLIGHT);
    PCollection<CampaignPerformance> rows = pipeline.apply(read);
    List<DateWindow> windows = DateWindows.cover(start, end, granularity);
    List<CampaignPerformance> expected = EmulatorOracle.rows(emulator, List.of(), windows);
    assertTrue("the test needs rows", expected.size() > 20);
    PAssert.that(rows).containsInAnyOrder(expected);
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    assertEquals(
        "requests in flight at most, as the server saw them",
        IN_FLIGHT,
        emulator.stats().inFlight().max());
    return result;
  }

  @Test
  public void givenOneRunnerThreadAndManyOnePageQueries_thenMaxConcurrentRequestsInFlight() {
    emulator =
        ReportingApiEmulator.builder()
            .seed(5)
            .instances(2)
            .campaignsPerInstance(6)
            .latency(Duration.ofMillis(100))
            .start();
    LocalDate start = LocalDate.of(2025, 3, 1);
    assertReadsExactlyWithFullConcurrency(start, start.plusDays(23), Granularity.DAY, 100);
    assertEquals(
        "one page per daily query", 24, emulator.stats().requests(Route.CAMPAIGN_PERFORMANCE));
  }

  @Test
  public void givenQueriesOfAFewPages_thenTheyAreReadWithTheirFirstPagesNotAfterTheShuffle() {
    emulator =
        ReportingApiEmulator.builder()
            .seed(5)
            .instances(2)
            .campaignsPerInstance(40)
            .latency(Duration.ofMillis(100))
            .start();
    LocalDate start = LocalDate.of(2025, 3, 1);
    LocalDate end = start.plusDays(13);
    int pageSize = 10;
    int pages = 0;
    int multiPage = 0;
    for (DateWindow window : DateWindows.cover(start, end, Granularity.DAY)) {
      int rows = EmulatorOracle.rows(emulator, List.of(), List.of(window)).size();
      int unitPages = Math.max(1, (rows + pageSize - 1) / pageSize);
      assertTrue("at most one round of requests per query: " + unitPages, unitPages <= IN_FLIGHT);
      multiPage += unitPages > 1 ? 1 : 0;
      pages += unitPages;
    }
    assertTrue("queries of several pages: " + multiPage, multiPage >= 3);

    PipelineResult result =
        assertReadsExactlyWithFullConcurrency(start, end, Granularity.DAY, pageSize);
    assertEquals(
        "each page asked once", pages, emulator.stats().requests(Route.CAMPAIGN_PERFORMANCE));
    Map<String, Long> pagesByStep = new TreeMap<>();
    for (MetricResult<Long> counter :
        result
            .metrics()
            .queryMetrics(
                MetricsFilter.builder()
                    .addNameFilter(
                        MetricNameFilter.named(
                            LaterReportingCounters.NAMESPACE, LaterReportingCounters.PAGES))
                    .build())
            .getCounters()) {
      String step = counter.getKey().stepName();
      String name = step.contains("FetchFirstPages") ? "FetchFirstPages" : step;
      pagesByStep.merge(name, counter.getAttempted(), Long::sum);
    }
    assertEquals(
        "every page read by the first-page step, none by the step after the shuffle",
        Map.of("FetchFirstPages", (long) pages),
        pagesByStep);
  }

  @Test
  public void givenOneRunnerThreadAndOneQueryOfManyPages_thenMaxConcurrentRequestsInFlight() {
    emulator =
        ReportingApiEmulator.builder()
            .seed(5)
            .instances(4)
            .campaignsPerInstance(30)
            .latency(Duration.ofMillis(100))
            .start();
    assertReadsExactlyWithFullConcurrency(
        LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), Granularity.NONE, 2);
    long pages = emulator.stats().requests(Route.CAMPAIGN_PERFORMANCE);
    assertTrue("many pages: " + pages, pages > 3 * IN_FLIGHT);
  }
}
