package io.laterreporting.beam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.laterreporting.beam.client.PaginationMode;
import io.laterreporting.beam.planning.DateWindow;
import io.laterreporting.beam.records.CampaignPerformance;
import io.laterreporting.beam.testing.EmulatorOracle;
import io.laterreporting.emulator.PageNumberQuirk;
import io.laterreporting.emulator.Pagination;
import io.laterreporting.emulator.ReportingApiEmulator;
import io.laterreporting.emulator.Route;
import java.time.LocalDate;
import java.util.List;
import org.apache.beam.sdk.Pipeline.PipelineExecutionException;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.Timeout;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * The read against gateways this project did not write (issue 11): each behaviour is an emulator
 * knob, and the read is either exact (compared with the oracle) or fails clearly in few requests.
 */
@RunWith(JUnit4.class)
public class GatewayBehaviourReadTest {
  private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
  private static final LocalDate MAR_31 = LocalDate.of(2025, 3, 31);
  private static final List<DateWindow> WINDOW = List.of(DateWindow.of(JAN_1, MAR_31));
  private static final int PAGE_SIZE = 9;

  @Rule public final transient TestPipeline pipeline = TestPipeline.create();
  @Rule public final transient Timeout timeout = Timeout.seconds(120);

  private ReportingApiEmulator emulator;

  @After
  public void stopEmulator() {
    if (emulator != null) {
      emulator.close();
    }
  }

  private static ReportingApiEmulator.Builder gateway(Pagination pagination) {
    return ReportingApiEmulator.builder()
        .seed(11)
        .instances(4)
        .campaignsPerInstance(60)
        .pagination(pagination)
        .credentials("test-client", "test-secret");
  }

  private LaterReportingIO.Read<CampaignPerformance> read() {
    return LaterReportingIO.read()
        .withBaseUrl(emulator.baseUrl())
        .withClientId("test-client")
        .withClientSecret("test-secret")
        .withDateRange(JAN_1, MAR_31)
        .withPageSize(PAGE_SIZE);
  }

  private void assertExact(LaterReportingIO.Read<CampaignPerformance> read) {
    List<CampaignPerformance> expected = EmulatorOracle.rows(emulator, List.of(), WINDOW);
    assertTrue("the test needs several pages", expected.size() > 3 * PAGE_SIZE);
    PAssert.that(pipeline.apply(read)).containsInAnyOrder(expected);
    pipeline.run().waitUntilFinish();
  }

  private String failureOf(LaterReportingIO.Read<CampaignPerformance> read) {
    pipeline.apply(read);
    PipelineExecutionException failure =
        assertThrows(PipelineExecutionException.class, () -> pipeline.run().waitUntilFinish());
    Throwable cause = failure;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }

  @Test
  public void givenStrictPageNumberGateway_thenEveryRowOnce() {
    emulator = gateway(Pagination.PAGE_NUMBER).strictParameters(true).start();
    assertExact(read());
  }

  @Test
  public void givenStrictCursorGateway_thenEveryRowOnce() {
    emulator = gateway(Pagination.CURSOR).strictParameters(true).start();
    assertExact(read());
  }

  @Test
  public void givenCursorsBoundToEveryParameter_thenEveryRowOnce() {
    emulator = gateway(Pagination.CURSOR).cursorBoundToAllParameters(true).start();
    assertExact(read());
  }

  @Test
  public void givenStrictBoundCursorsAndUnstableOrder_thenEveryRowOnce() {
    emulator =
        gateway(Pagination.CURSOR)
            .strictParameters(true)
            .cursorBoundToAllParameters(true)
            .unstableOrder(true)
            .start();
    assertExact(read());
  }

  @Test
  public void givenPageNumbersWithoutTotals_thenEveryRowOnceReadUntilAShortPage() {
    emulator = gateway(Pagination.PAGE_NUMBER).pageTotals(false).start();
    assertExact(read());
    int rows = EmulatorOracle.rows(emulator, List.of(), WINDOW).size();
    // Pages until the first short one; an exact multiple of the page size ends on an empty page.
    assertEquals(rows / PAGE_SIZE + 1, emulator.stats().requests(Route.CAMPAIGN_PERFORMANCE));
  }

  @Test
  public void givenAPaginationWithoutPage_thenEveryRowOnce() {
    emulator =
        gateway(Pagination.PAGE_NUMBER).pageNumberQuirk(PageNumberQuirk.PAGE_OMITTED).start();
    assertExact(read());
  }

  @Test
  public void givenForcedCursorsOnACursorGateway_thenNoProbeOfPageNumbers() {
    emulator = gateway(Pagination.CURSOR).strictParameters(true).start();
    assertExact(read().withPagination(PaginationMode.CURSORS));
    assertEquals(0, emulator.stats().requests(Route.INSTANCES, 400));
  }

  @Test
  public void givenForcedPageNumbersOnACursorGateway_thenTheReadFailsNamingTheParameter() {
    emulator = gateway(Pagination.CURSOR).strictParameters(true).start();
    String message = failureOf(read().withPagination(PaginationMode.PAGE_NUMBERS));
    assertThat(message, containsString("pageNumber"));
    assertEquals(1, emulator.stats().requests(Route.INSTANCES));
  }

  @Test
  public void givenAStuckPageNumber_thenTheReadFailsNamingRouteAndQueryInFewRequests() {
    emulator =
        gateway(Pagination.PAGE_NUMBER)
            .pageNumberQuirk(PageNumberQuirk.STUCK_ON_FIRST_PAGE)
            .start();
    String message = failureOf(read());
    assertThat(message, containsString("/v2/campaigns/performance"));
    assertThat(message, containsString("startDate=2025-01-01"));
    assertThat(message, containsString("page"));
    assertThat(emulator.stats().total(), lessThanOrEqualTo(60L));
  }

  @Test
  public void givenARepeatingCursor_thenTheReadFailsNamingTheCursorInFewRequests() {
    emulator = gateway(Pagination.CURSOR).repeatingCursor(true).start();
    String message = failureOf(read());
    assertThat(message, containsString("/v2/campaigns/performance"));
    assertThat(message, containsString("nextCursor"));
    assertThat(emulator.stats().total(), lessThanOrEqualTo(60L));
  }

  private static ReportingApiEmulator.Builder manyInstances(Pagination pagination) {
    return ReportingApiEmulator.builder()
        .seed(5)
        .instances(250)
        .campaignsPerInstance(1)
        .pagination(pagination)
        .credentials("test-client", "test-secret");
  }

  @Test
  public void givenInstanceDiscoveryOverARepeatingCursor_thenFailsInFewRequests() {
    emulator = manyInstances(Pagination.CURSOR).repeatingCursor(true).start();
    String message = failureOf(read());
    assertThat(message, containsString("/v2/instances"));
    assertThat(message, containsString("nextCursor"));
    assertThat(emulator.stats().requests(Route.INSTANCES), lessThanOrEqualTo(4L));
    assertEquals(0, emulator.stats().requests(Route.CAMPAIGN_PERFORMANCE));
  }

  @Test
  public void givenInstanceDiscoveryOverAStuckPageNumber_thenFailsInFewRequests() {
    emulator =
        manyInstances(Pagination.PAGE_NUMBER)
            .pageNumberQuirk(PageNumberQuirk.STUCK_ON_FIRST_PAGE)
            .start();
    String message = failureOf(read());
    assertThat(message, containsString("/v2/instances"));
    assertThat(emulator.stats().requests(Route.INSTANCES), lessThanOrEqualTo(4L));
  }

  @Test
  public void givenManyInstancesWithoutTotals_thenEveryInstanceIsDiscovered() {
    emulator =
        manyInstances(Pagination.PAGE_NUMBER).pageTotals(false).strictParameters(true).start();
    assertExact(read().withPageSize(100));
    // 250 instances: two full pages of 100, then a short one ends the walk.
    assertEquals(3, emulator.stats().requests(Route.INSTANCES));
  }
}
