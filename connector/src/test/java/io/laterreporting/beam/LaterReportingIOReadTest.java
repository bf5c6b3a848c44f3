package io.laterreporting.beam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.laterreporting.beam.planning.DateWindow;
import io.laterreporting.beam.planning.Granularity;
import io.laterreporting.beam.records.CampaignPerformance;
import io.laterreporting.beam.testing.EmulatorOracle;
import io.laterreporting.emulator.DateBasis;
import io.laterreporting.emulator.Pagination;
import io.laterreporting.emulator.ReportingApiEmulator;
import io.laterreporting.emulator.Route;
import io.laterreporting.emulator.RowLayout;
import io.laterreporting.emulator.RowQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline.PipelineExecutionException;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.values.PCollection;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** Reads against the emulator over HTTP, compared with the rows the emulator says it has. */
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

  private static ReportingApiEmulator.Builder emulatorWith(
      Pagination pagination, RowLayout layout) {
    return ReportingApiEmulator.builder()
        .seed(11)
        .instances(4)
        .campaignsPerInstance(60)
        .pagination(pagination)
        .layout(layout)
        .credentials("test-client", "test-secret");
  }

  private LaterReportingIO.Read<CampaignPerformance> readFrom(ReportingApiEmulator emulator) {
    return LaterReportingIO.read()
        .withBaseUrl(emulator.baseUrl())
        .withClientId("test-client")
        .withClientSecret("test-secret");
  }

  private static List<DateWindow> oneWindow(LocalDate start, LocalDate end) {
    return List.of(DateWindow.of(start, end));
  }

  private void assertReadsExactly(
      LaterReportingIO.Read<CampaignPerformance> read,
      List<String> instanceIds,
      List<DateWindow> windows) {
    PCollection<CampaignPerformance> rows = pipeline.apply(read);
    List<CampaignPerformance> expected = EmulatorOracle.rows(emulator, instanceIds, windows);
    assertTrue("the test needs rows to compare", !expected.isEmpty());
    PAssert.that(rows).containsInAnyOrder(expected);
    pipeline.run().waitUntilFinish();
  }

  private int rowsIn(String instanceId, LocalDate start, LocalDate end) {
    return emulator
        .dataset()
        .campaignRows(
            RowQuery.builder()
                .instanceIds(List.of(instanceId))
                .startDate(start)
                .endDate(end)
                .dateBasis(DateBasis.PERFORMANCE_DATE)
                .build())
        .size();
  }

  private String largestInstance(LocalDate start, LocalDate end) {
    return emulator.dataset().instanceIds().stream()
        .max((a, b) -> Integer.compare(rowsIn(a, start, end), rowsIn(b, start, end)))
        .orElseThrow();
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
  public void givenLegacyFlatRowsWithCampaignTitle_thenEveryRowOnce() {
    emulator = emulatorWith(Pagination.PAGE_NUMBER, RowLayout.FLAT_LEGACY).start();
    assertReadsExactly(
        readFrom(emulator).withDateRange(JAN_1, MAR_31).withPageSize(25),
        List.of(),
        oneWindow(JAN_1, MAR_31));
  }

  @Test
  public void givenPostDateBasis_thenRowsOfPostsPublishedInTheRange() {
    emulator = emulatorWith(Pagination.PAGE_NUMBER, RowLayout.NESTED).start();
    PCollection<CampaignPerformance> rows =
        pipeline.apply(readFrom(emulator).withDateRange(JAN_1, MAR_31).withDateBasis("postDate"));
    PAssert.that(rows)
        .containsInAnyOrder(
            EmulatorOracle.rows(
                emulator, List.of(), oneWindow(JAN_1, MAR_31), DateBasis.POST_DATE));
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void givenDailyGranularity_thenOneRowPerCampaignAndDay() {
    emulator = emulatorWith(Pagination.PAGE_NUMBER, RowLayout.NESTED).start();
    LocalDate end = LocalDate.of(2025, 1, 5);
    assertReadsExactly(
        readFrom(emulator).withDateRange(JAN_1, end).withGranularity(Granularity.DAY),
        List.of(),
        List.of(
            DateWindow.of(JAN_1, JAN_1),
            DateWindow.of(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 2)),
            DateWindow.of(LocalDate.of(2025, 1, 3), LocalDate.of(2025, 1, 3)),
            DateWindow.of(LocalDate.of(2025, 1, 4), LocalDate.of(2025, 1, 4)),
            DateWindow.of(end, end)));
  }

  @Test
  public void givenWeeklyGranularity_thenIsoWeeksClippedToTheRange() {
    emulator = emulatorWith(Pagination.CURSOR, RowLayout.NESTED).start();
    // 2025-01-01 is a Wednesday.
    assertReadsExactly(
        readFrom(emulator)
            .withDateRange(JAN_1, LocalDate.of(2025, 1, 15))
            .withGranularity(Granularity.WEEK),
        List.of(),
        List.of(
            DateWindow.of(JAN_1, LocalDate.of(2025, 1, 5)),
            DateWindow.of(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 12)),
            DateWindow.of(LocalDate.of(2025, 1, 13), LocalDate.of(2025, 1, 15))));
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
  public void givenQuarterlyGranularity_thenCalendarQuartersClippedToTheRange() {
    emulator = emulatorWith(Pagination.PAGE_NUMBER, RowLayout.FLAT).start();
    assertReadsExactly(
        readFrom(emulator)
            .withDateRange(LocalDate.of(2024, 2, 10), LocalDate.of(2024, 8, 20))
            .withGranularity(Granularity.QUARTER),
        List.of(),
        List.of(
            DateWindow.of(LocalDate.of(2024, 2, 10), LocalDate.of(2024, 3, 31)),
            DateWindow.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30)),
            DateWindow.of(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 8, 20))));
  }

  @Test
  public void givenYearlyGranularity_thenCalendarYearsClippedToTheRange() {
    emulator = emulatorWith(Pagination.CURSOR, RowLayout.NESTED).start();
    assertReadsExactly(
        readFrom(emulator)
            .withDateRange(LocalDate.of(2023, 6, 1), LocalDate.of(2024, 3, 31))
            .withGranularity(Granularity.YEAR),
        List.of(),
        List.of(
            DateWindow.of(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 12, 31)),
            DateWindow.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31))));
  }

  @Test
  public void givenARangeOverTwoYears_thenItIsCutIntoTwoYearWindowsAndTheRowsSaySo() {
    emulator = emulatorWith(Pagination.PAGE_NUMBER, RowLayout.NESTED).start();
    assertReadsExactly(
        readFrom(emulator).withDateRange(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 6, 30)),
        List.of(),
        List.of(
            DateWindow.of(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31)),
            DateWindow.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30))));
  }

  @Test
  public void givenExplicitInstances_thenOnlyTheirRows() {
    emulator = emulatorWith(Pagination.PAGE_NUMBER, RowLayout.NESTED).start();
    List<String> two = emulator.dataset().instanceIds().subList(0, 2);
    assertReadsExactly(
        readFrom(emulator).withDateRange(JAN_1, MAR_31).withInstanceIds(two).withPageSize(10),
        two,
        oneWindow(JAN_1, MAR_31));
  }

  @Test
  public void givenAnInstanceWithNoCampaigns_thenNoRowsAndOneDataRequest() {
    emulator = emulatorWith(Pagination.PAGE_NUMBER, RowLayout.NESTED).instances(10).start();
    String empty =
        emulator.dataset().campaignCounts().entrySet().stream()
            .filter(e -> e.getValue() == 0)
            .map(Map.Entry::getKey)
            .findFirst()
            .orElseThrow(() -> new AssertionError("the seed gives no empty instance"));
    PCollection<CampaignPerformance> rows =
        pipeline.apply(readFrom(emulator).withDateRange(JAN_1, MAR_31).withInstanceIds(empty));
    PAssert.that(rows).empty();
    pipeline.run().waitUntilFinish();
    assertEquals(1, emulator.stats().requests(Route.CAMPAIGN_PERFORMANCE));
  }

  @Test
  public void givenAWindowWithNoRows_thenNoRows() {
    emulator = emulatorWith(Pagination.PAGE_NUMBER, RowLayout.NESTED).start();
    PCollection<CampaignPerformance> rows =
        pipeline.apply(
            readFrom(emulator)
                .withDateRange(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31))
                .withGranularity(Granularity.QUARTER));
    PAssert.that(rows).empty();
    pipeline.run().waitUntilFinish();
    assertEquals(4, emulator.stats().requests(Route.CAMPAIGN_PERFORMANCE));
  }

  @Test
  public void givenAUnitOfExactlyOneFullPage_thenOneDataRequest() {
    emulator = emulatorWith(Pagination.PAGE_NUMBER, RowLayout.NESTED).start();
    String instance = emulator.dataset().instanceIds().get(0);
    int rows = rowsIn(instance, JAN_1, MAR_31);
    assertThat(rows, greaterThan(1));
    assertReadsExactly(
        readFrom(emulator)
            .withDateRange(JAN_1, MAR_31)
            .withInstanceIds(instance)
            .withPageSize(rows),
        List.of(instance),
        oneWindow(JAN_1, MAR_31));
    assertEquals(1, emulator.stats().requests(Route.CAMPAIGN_PERFORMANCE));
  }

  @Test
  public void givenPageNumbers_thenExactlyOneRequestPerPage() {
    emulator = emulatorWith(Pagination.PAGE_NUMBER, RowLayout.NESTED).start();
    int total =
        emulator.dataset().instanceIds().stream().mapToInt(id -> rowsIn(id, JAN_1, MAR_31)).sum();
    assertReadsExactly(
        readFrom(emulator).withDateRange(JAN_1, MAR_31).withPageSize(9),
        List.of(),
        oneWindow(JAN_1, MAR_31));
    assertEquals((total + 8) / 9, emulator.stats().requests(Route.CAMPAIGN_PERFORMANCE));
    assertEquals(1, emulator.stats().requests(Route.INSTANCES));
  }

  @Test
  public void givenUnstableOrderWithPageNumbers_thenNoRowIsLostOrDoubled() {
    emulator = emulatorWith(Pagination.PAGE_NUMBER, RowLayout.NESTED).unstableOrder(true).start();
    assertReadsExactly(
        readFrom(emulator).withDateRange(JAN_1, MAR_31).withPageSize(7),
        List.of(),
        oneWindow(JAN_1, MAR_31));
    assertThat(emulator.stats().requests(Route.CAMPAIGNS), greaterThan(0L));
  }

  @Test
  public void givenUnstableOrderWithCursors_thenNoRowIsLostOrDoubled() {
    emulator = emulatorWith(Pagination.CURSOR, RowLayout.FLAT).unstableOrder(true).start();
    assertReadsExactly(
        readFrom(emulator).withDateRange(JAN_1, MAR_31).withPageSize(7),
        List.of(),
        oneWindow(JAN_1, MAR_31));
  }

  @Test
  public void givenMoreThan500PagesOverSeveralInstances_thenCutByInstanceAndNothingTruncated() {
    emulator =
        emulatorWith(Pagination.PAGE_NUMBER, RowLayout.NESTED).campaignsPerInstance(200).start();
    int total =
        emulator.dataset().instanceIds().stream()
            .mapToInt(id -> rowsIn(id, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30)))
            .sum();
    assertThat(total, greaterThan(500));
    assertReadsExactly(
        readFrom(emulator)
            .withDateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30))
            .withPageSize(1),
        List.of(),
        oneWindow(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30)));
  }

  @Test
  public void givenMoreThan500PagesInOneInstance_thenReadInCampaignPiecesAndNothingTruncated() {
    emulator =
        emulatorWith(Pagination.PAGE_NUMBER, RowLayout.NESTED).campaignsPerInstance(300).start();
    LocalDate start = LocalDate.of(2023, 1, 1);
    LocalDate end = LocalDate.of(2024, 12, 31);
    String largest = largestInstance(start, end);
    assertThat(rowsIn(largest, start, end), greaterThan(500));
    assertReadsExactly(
        readFrom(emulator).withDateRange(start, end).withInstanceIds(largest).withPageSize(1),
        List.of(largest),
        oneWindow(start, end));
  }

  @Test
  public void givenALongCursorChain_thenTheDirectRunnerCheckpointsAndResumesWithoutRereading() {
    emulator = emulatorWith(Pagination.CURSOR, RowLayout.NESTED).campaignsPerInstance(150).start();
    String instance = largestInstance(JAN_1, MAR_31);
    int rows = rowsIn(instance, JAN_1, MAR_31);
    assertThat("the DirectRunner checkpoints after 100 outputs", rows, greaterThan(110));
    PCollection<CampaignPerformance> output =
        pipeline.apply(
            readFrom(emulator)
                .withDateRange(JAN_1, MAR_31)
                .withInstanceIds(instance)
                .withPageSize(1));
    PAssert.that(output)
        .containsInAnyOrder(
            EmulatorOracle.rows(emulator, List.of(instance), oneWindow(JAN_1, MAR_31)));
    org.apache.beam.sdk.PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    assertThat(
        ReadCountersAssert.counter(result, LaterReportingCounters.CHAINS_RESUMED), greaterThan(0L));
    assertEquals(rows, emulator.stats().requests(Route.CAMPAIGN_PERFORMANCE));
  }

  @Test
  public void
      givenAnInstanceTheCredentialsCannotSee_thenTheReadFailsNamingItBeforeAnyDataRequest() {
    emulator =
        emulatorWith(Pagination.PAGE_NUMBER, RowLayout.NESTED)
            .boundInstances(ReportingApiEmulator.instanceIdsFor(11, 4).subList(0, 2))
            .start();
    String hidden = emulator.dataset().instanceIds().get(3);
    pipeline.apply(readFrom(emulator).withDateRange(JAN_1, MAR_31).withInstanceIds(hidden));
    PipelineExecutionException failure =
        assertThrows(PipelineExecutionException.class, () -> pipeline.run().waitUntilFinish());
    assertThat(failure.getCause().getMessage(), containsString("instanceIds [" + hidden + "]"));
    assertThat(
        failure.getCause().getMessage(),
        containsString("not accessible to clientId 'test-client'"));
    assertEquals(0, emulator.stats().requests(Route.CAMPAIGN_PERFORMANCE));
  }
}
