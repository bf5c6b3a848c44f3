package io.laterreporting.beam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.laterreporting.beam.client.RetryCause;
import io.laterreporting.beam.client.RetryPolicy;
import io.laterreporting.beam.planning.DateWindow;
import io.laterreporting.beam.records.CampaignPerformance;
import io.laterreporting.beam.testing.EmulatorOracle;
import io.laterreporting.emulator.FaultKind;
import io.laterreporting.emulator.FaultPlan;
import io.laterreporting.emulator.Pagination;
import io.laterreporting.emulator.ReportingApiEmulator;
import io.laterreporting.emulator.Route;
import io.laterreporting.emulator.RowLayout;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.beam.sdk.Pipeline.PipelineExecutionException;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.values.PCollection;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** Under transient faults the read emits exactly the rows of a fault-free read. */
@RunWith(JUnit4.class)
public class LaterReportingIOFaultsTest {
  private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
  private static final LocalDate MAR_31 = LocalDate.of(2025, 3, 31);
  private static final RetryPolicy FAST_RETRIES =
      RetryPolicy.defaults()
          .withInitialBackoff(Duration.ofMillis(5))
          .withMaxBackoff(Duration.ofMillis(50))
          .withMaxRetryAfter(Duration.ofSeconds(1));

  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  private ReportingApiEmulator emulator;

  @After
  public void stopEmulator() {
    if (emulator != null) {
      emulator.close();
    }
  }

  private static ReportingApiEmulator.Builder emulatorWith(Pagination pagination) {
    return ReportingApiEmulator.builder()
        .seed(23)
        .instances(4)
        .campaignsPerInstance(150)
        .pagination(pagination)
        .layout(RowLayout.NESTED)
        .credentials("fault-client", "fault-secret");
  }

  private LaterReportingIO.Read<CampaignPerformance> read() {
    return LaterReportingIO.read()
        .withBaseUrl(emulator.baseUrl())
        .withClientId("fault-client")
        .withClientSecret("fault-secret")
        .withDateRange(JAN_1, MAR_31)
        .withPageSize(1)
        .withRetryPolicy(FAST_RETRIES)
        .withReadTimeout(Duration.ofMillis(500));
  }

  private PipelineResult assertExactUnderFaults(Pagination pagination) {
    emulator =
        emulatorWith(pagination)
            .faults(
                FaultPlan.of(0.10, 99)
                    .withSlowDelay(Duration.ofMillis(800))
                    .includingTokenRoute(true))
            .retryAfterHeader(true)
            .start();
    PCollection<CampaignPerformance> rows = pipeline.apply(read());
    PAssert.that(rows)
        .containsInAnyOrder(
            EmulatorOracle.rows(emulator, List.of(), List.of(DateWindow.of(JAN_1, MAR_31))));
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    assertThat(
        "faults injected in " + emulator.stats().total() + " requests",
        emulator.stats().faultsInjected(),
        greaterThan(8L));
    return result;
  }

  @Test
  public void givenTenPercentFaultsOfEveryKindWithPageNumbers_thenEveryRowOnce() {
    PipelineResult result = assertExactUnderFaults(Pagination.PAGE_NUMBER);
    assertThat(
        ReadCountersAssert.counter(result, LaterReportingCounters.retries(RetryCause.SERVER_ERROR)),
        greaterThan(0L));
  }

  @Test
  public void givenTenPercentFaultsOfEveryKindWithCursors_thenEveryRowOnce() {
    assertExactUnderFaults(Pagination.CURSOR);
  }

  @Test
  public void givenTokensExpiringEverySecondDuringTheRead_thenEveryRowOnceWithRenewals() {
    emulator =
        emulatorWith(Pagination.PAGE_NUMBER)
            .tokenTtl(Duration.ofSeconds(1))
            .latency(Duration.ofMillis(30))
            .start();
    // One request in flight at a time, each at least 30 ms: the read outlives several tokens.
    PCollection<CampaignPerformance> rows =
        pipeline.apply(read().withPageSize(1).withMaxConcurrentRequests(1));
    List<CampaignPerformance> expected =
        EmulatorOracle.rows(emulator, List.of(), List.of(DateWindow.of(JAN_1, MAR_31)));
    assertThat("requests enough to last over 3 s", expected.size(), greaterThan(100));
    PAssert.that(rows).containsInAnyOrder(expected);
    pipeline.run().waitUntilFinish();
    assertThat(emulator.stats().tokensMinted(), greaterThan(2L));
  }

  @Test
  public void givenAPermanentServerFault_thenTheReadFailsWithinTheBudgetNamingTheQuery() {
    emulator =
        emulatorWith(Pagination.PAGE_NUMBER)
            .faults(
                FaultPlan.of(1.0, 1)
                    .withKinds(FaultKind.HTTP_500)
                    .withMaxConsecutiveFaults(Integer.MAX_VALUE))
            .start();
    pipeline.apply(
        read()
            .withRetryPolicy(
                FAST_RETRIES.withMaxAttempts(3).withRetryBudget(Duration.ofSeconds(2))));
    PipelineExecutionException failure =
        assertThrows(PipelineExecutionException.class, () -> pipeline.run().waitUntilFinish());
    assertThat(failure.getCause().getMessage(), containsString("/v2/instances"));
    assertThat(failure.getCause().getMessage(), containsString("500"));
    assertEquals(0, emulator.stats().requests(Route.CAMPAIGN_PERFORMANCE));
  }

  @Test
  public void givenWrongCredentials_thenTheReadFailsFastSayingSo() {
    emulator = emulatorWith(Pagination.PAGE_NUMBER).start();
    pipeline.apply(
        LaterReportingIO.read()
            .withBaseUrl(emulator.baseUrl())
            .withClientId("fault-client")
            .withClientSecret("wrong-secret")
            .withDateRange(JAN_1, MAR_31));
    PipelineExecutionException failure =
        assertThrows(PipelineExecutionException.class, () -> pipeline.run().waitUntilFinish());
    assertThat(failure.getCause().getMessage(), containsString("401"));
    assertThat(failure.getCause().getMessage(), containsString("fault-client"));
    assertThat(
        failure.getCause().toString(), org.hamcrest.Matchers.not(containsString("wrong-secret")));
    assertEquals(1, emulator.stats().requests(Route.TOKEN));
  }
}
