package io.laterreporting.pipelines;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import io.laterreporting.beam.planning.Granularity;
import io.laterreporting.emulator.ReportingApiEmulator;
import io.laterreporting.emulator.Route;
import io.laterreporting.pipelines.sinks.ExportReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * {@code --report=} for each report through ParquetExport's own main, rows read back from the files
 * and compared with the emulator's oracle for that route; small data (3 instances, March and April
 * 2025 by month).
 */
@RunWith(JUnit4.class)
public class ParquetReportsTest {
  @Rule public final TemporaryFolder folder = new TemporaryFolder();
  @Rule public final ParquetExports exports = new ParquetExports();

  private ReportingApiEmulator emulator() {
    return exports.start(ParquetExports.threeInstances(4));
  }

  private Path exported(ReportingApiEmulator emulator, String report, String... more)
      throws Exception {
    Path output = folder.newFolder(report).toPath();
    List<String> args = new ArrayList<>(List.of(ParquetExports.MARCH_AND_APRIL));
    args.add("--report=" + report);
    args.addAll(List.of(more));
    int exitCode = exports.export(emulator, output, args.toArray(String[]::new));
    assertEquals(exports.err(), 0, exitCode);
    return output;
  }

  private static void assertRows(Path output, List<Map<String, Object>> expected) throws Exception {
    assertFalse("the test needs rows to compare", expected.isEmpty());
    List<Map<String, Object>> actual = ExportedRows.readParquet(output);
    assertEquals(expected.size(), actual.size());
    assertThat(actual, containsInAnyOrder(expected.toArray()));
  }

  private List<Map<String, Object>> expected(
      ReportingApiEmulator emulator, ExportReport report, List<String> instanceIds)
      throws Exception {
    return ReportExports.expected(
        emulator,
        report,
        instanceIds,
        ParquetExports.MARCH_1,
        ParquetExports.APRIL_30,
        Granularity.MONTH);
  }

  @Test
  public void givenReportPosts_thenOneRowPerPostAndMonthInInstancePartitions() throws Exception {
    ReportingApiEmulator emulator = emulator();

    Path output = exported(emulator, "posts");

    assertRows(output, expected(emulator, ExportReport.POSTS, List.of()));
    assertThat(exports.out(), containsString("  report     posts"));
    assertThat(exports.out(), not(containsString("estimatedRoi")));
  }

  @Test
  public void givenReportCreators_thenWholeScopeRowsUnderInstanceIdAll() throws Exception {
    ReportingApiEmulator emulator = emulator();

    Path output = exported(emulator, "creators");

    assertRows(output, expected(emulator, ExportReport.CREATORS, List.of()));
    assertThat(
        ExportedRows.readParquet(output).stream()
            .map(row -> row.get("instanceId"))
            .distinct()
            .collect(Collectors.toList()),
        contains(ExportReport.ALL_INSTANCES));
  }

  @Test
  public void givenReportInstancesForTwoInstances_thenOneTotalPerMonthOfThatSet() throws Exception {
    ReportingApiEmulator emulator = emulator();
    List<String> two = ReportingApiEmulator.instanceIdsFor(53, 3).subList(0, 2);

    Path output = exported(emulator, "instances", "--instanceIds=" + String.join(",", two));

    assertRows(output, expected(emulator, ExportReport.INSTANCES, two));
    assertEquals(2, ExportedRows.readParquet(output).size());
  }

  @Test
  public void givenReportInstancesOverTime_thenOneRowPerBucketWithActivity() throws Exception {
    ReportingApiEmulator emulator = emulator();

    Path output = exported(emulator, "instancesOverTime");

    assertRows(output, expected(emulator, ExportReport.INSTANCES_OVER_TIME, List.of()));
  }

  @Test
  public void givenAnOutputOfAllInstances_whenCreatorsOfOneInstance_thenRefusedBeforeAnyRequest()
      throws Exception {
    ReportingApiEmulator emulator = emulator();
    Path output = exported(emulator, "creators");
    String one = ReportingApiEmulator.instanceIdsFor(53, 3).get(0);
    emulator.stats().reset();

    List<String> args = new ArrayList<>(List.of(ParquetExports.MARCH_AND_APRIL));
    args.addAll(List.of("--report=creators", "--instanceIds=" + one));
    int exitCode = exports.export(emulator, output, args.toArray(String[]::new));

    assertEquals(2, exitCode);
    assertThat(exports.err(), containsString("instanceScope=all"));
    assertThat(exports.err(), containsString("instanceScope=" + one));
    assertEquals(0, emulator.stats().total());
  }

  @Test
  public void givenEachReport_whenPlan_thenAPlanIsPrintedAndNoDataIsRead() throws Exception {
    ReportingApiEmulator emulator = emulator();
    for (ExportReport report : ExportReport.ALL) {
      exports.clearConsole();
      Path output = folder.getRoot().toPath().resolve("plan-" + report.name());
      List<String> args = new ArrayList<>(List.of(ParquetExports.MARCH_AND_APRIL));
      args.addAll(List.of("--report=" + report.name(), "--plan"));

      int exitCode = exports.export(emulator, output, args.toArray(String[]::new));

      assertEquals(report + ": " + exports.err(), 0, exitCode);
      // The time series is one query over the range; the others one per month.
      int queries = report == ExportReport.INSTANCES_OVER_TIME ? 1 : 2;
      assertThat(
          report.name(), exports.out(), containsString("Read plan: " + queries + " window(s)"));
      assertFalse(report.name(), java.nio.file.Files.exists(output));
    }
    for (Route data :
        List.of(
            Route.CAMPAIGN_PERFORMANCE,
            Route.POST_PERFORMANCE,
            Route.CREATOR_PERFORMANCE,
            Route.INSTANCE_PERFORMANCE,
            Route.INSTANCE_PERFORMANCE_OVER_TIME)) {
      assertEquals(data.name(), 0, emulator.stats().requests(data));
    }
  }

  @Test
  public void givenAnUnknownReport_thenExitTwoNamingTheValueAndTheReportsBeforeAnyRequest() {
    ReportingApiEmulator emulator = emulator();

    int exitCode =
        exports.export(
            emulator,
            folder.getRoot().toPath().resolve("out"),
            "--startDate=2025-03-01",
            "--endDate=2025-03-31",
            "--report=campaign");

    assertEquals(2, exitCode);
    assertThat(
        exports.err(),
        containsString(
            "report must be one of campaigns|posts|creators|instances|instancesOverTime, but was"
                + " 'campaign'"));
    assertEquals(0, emulator.stats().total());
  }
}
