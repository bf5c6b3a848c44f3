package io.laterreporting.beam;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.laterreporting.beam.planning.DateWindow;
import io.laterreporting.beam.planning.Granularity;
import io.laterreporting.beam.records.CampaignPerformance;
import io.laterreporting.beam.testing.EmulatorOracle;
import io.laterreporting.emulator.Pagination;
import io.laterreporting.emulator.ReportingApiEmulator;
import io.laterreporting.emulator.Route;
import io.laterreporting.emulator.RowLayout;
import java.time.LocalDate;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.values.PCollection;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class LaterReportingIOReadTest {
  private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
  private static final LocalDate MAR_31 = LocalDate.of(2025, 3, 31);

  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  private ReportingApiEmulator emulator;

  @After
  public void stopEmulator() {
    if (emulator != null) {
      emulator.close();
    }
  }

  private ReportingApiEmulator.Builder emulatorWith(Pagination pagination, RowLayout layout) {
    return ReportingApiEmulator.builder()
        .seed(11)
        .instances(4)
        .campaignsPerInstance(60)
        .pagination(pagination)
        .layout(layout)
        .credentials("test-client", "test-secret");
  }

  private LaterReportingIO.Read readFrom(ReportingApiEmulator emulator) {
    return LaterReportingIO.read()
        .withBaseUrl(emulator.baseUrl())
        .withClientId("test-client")
        .withClientSecret("test-secret");
  }

  private static List<DateWindow> oneWindow(LocalDate start, LocalDate end) {
    return List.of(DateWindow.of(start, end));
  }

  private void assertReadsExactly(
      LaterReportingIO.Read read, List<String> instanceIds, List<DateWindow> windows) {
    PCollection<CampaignPerformance> rows = pipeline.apply(read);
    List<CampaignPerformance> expected = EmulatorOracle.rows(emulator, instanceIds, windows);
    assertTrue("the test needs rows to compare", !expected.isEmpty());
    PAssert.that(rows).containsInAnyOrder(expected);
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void givenPageNumbersAndNestedRows_thenEveryRowOnce() {
    emulator = emulatorWith(Pagination.PAGE_NUMBER, RowLayout.NESTED).start();
    assertReadsExactly(
        readFrom(emulator).withDateRange(JAN_1, MAR_31).withPageSize(10),
        List.of(),
        oneWindow(JAN_1, MAR_31));
  }

  @Test
  public void givenCursorsAndFlatRows_thenEveryRowOnce() {
    emulator = emulatorWith(Pagination.CURSOR, RowLayout.FLAT).start();
    assertReadsExactly(
        readFrom(emulator).withDateRange(JAN_1, MAR_31).withPageSize(10),
        List.of(),
        oneWindow(JAN_1, MAR_31));
  }

  @Test
  public void givenMonthlyGranularity_thenOneRowPerCampaignAndMonth() {
    emulator = emulatorWith(Pagination.PAGE_NUMBER, RowLayout.NESTED).start();
    assertReadsExactly(
        readFrom(emulator).withDateRange(JAN_1, MAR_31).withGranularity(Granularity.MONTH),
        List.of(),
        List.of(
            DateWindow.of(JAN_1, LocalDate.of(2025, 1, 31)),
            DateWindow.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28)),
            DateWindow.of(LocalDate.of(2025, 3, 1), MAR_31)));
  }

  @Test
  public void givenUnstableOrder_thenNoRowIsLostOrDoubled() {
    emulator = emulatorWith(Pagination.PAGE_NUMBER, RowLayout.NESTED).unstableOrder(true).start();
    assertReadsExactly(
        readFrom(emulator).withDateRange(JAN_1, MAR_31).withPageSize(7),
        List.of(),
        oneWindow(JAN_1, MAR_31));
    assertTrue(emulator.stats().requests(Route.CAMPAIGNS) > 0);
  }
}
