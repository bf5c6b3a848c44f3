package io.laterreporting.pipelines;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.laterreporting.beam.planning.Granularity;
import io.laterreporting.emulator.Pagination;
import io.laterreporting.emulator.ReportingApiEmulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class ParquetExportTest {
  private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
  private static final LocalDate FEB_1 = LocalDate.of(2025, 2, 1);
  private static final LocalDate MAR_31 = LocalDate.of(2025, 3, 31);

  @Rule public final TemporaryFolder folder = new TemporaryFolder();
  @Rule public final ParquetExports exports = new ParquetExports();

  private ReportingApiEmulator emulator(long seed, Pagination pagination) {
    return exports.start(
        ReportingApiEmulator.builder()
            .seed(seed)
            .instances(3)
            .campaignsPerInstance(15)
            .pagination(pagination));
  }

  private int export(ReportingApiEmulator emulator, Path output, String... more) {
    return exports.export(emulator, output, more);
  }

  private static List<Map<String, Object>> oracle(
      ReportingApiEmulator emulator, LocalDate start, LocalDate end, Granularity granularity)
      throws Exception {
    return ParquetExports.oracle(emulator, start, end, granularity);
  }

  private void assertExported(Path output, List<Map<String, Object>> expected) throws Exception {
    assertTrue("the test needs rows to compare", !expected.isEmpty());
    List<Map<String, Object>> actual = ExportedRows.readParquet(output);
    assertEquals(expected.size(), actual.size());
    assertThat(actual, containsInAnyOrder(expected.toArray()));
  }

  /** The periodStart= folders that hold live files. */
  private static List<String> partitions(Path output) {
    return ExportedRows.liveFiles(output).stream()
        .map(file -> output.relativize(file).getName(0).toString())
        .distinct()
        .collect(Collectors.toList());
  }

  @Test
  public void givenPageNumbersAndMonths_thenOneFilePerMonthHoldingTheOracleRows() throws Exception {
    ReportingApiEmulator emulator = emulator(11, Pagination.PAGE_NUMBER);
    Path output = folder.getRoot().toPath().resolve("out");

    int exitCode =
        export(
            emulator,
            output,
            "--startDate=2025-01-01",
            "--endDate=2025-03-31",
            "--granularity=month");

    assertEquals(exports.err(), 0, exitCode);
    assertExported(output, oracle(emulator, JAN_1, MAR_31, Granularity.MONTH));
    assertEquals(
        List.of("periodStart=2025-01-01", "periodStart=2025-02-01", "periodStart=2025-03-01"),
        partitions(output));
    try (var left = Files.list(output);
        var tree = Files.walk(output)) {
      assertEquals(
          "only partitions, the manifest and the lease's (empty) lock file remain: staging and"
              + " the lease are cleaned up; found "
              + tree.map(output::relativize).collect(Collectors.toList()),
          List.of(
              "_lease.json.lock",
              "_manifest.json",
              "periodStart=2025-01-01",
              "periodStart=2025-02-01",
              "periodStart=2025-03-01"),
          left.map(path -> path.getFileName().toString()).sorted().collect(Collectors.toList()));
    }
    int rows = oracle(emulator, JAN_1, MAR_31, Granularity.MONTH).size();
    assertThat(exports.out(), containsString(String.format("rows       %,d in 3 windows", rows)));
  }

  @Test
  public void givenCursorsAndWeeks_thenFilesHoldTheOracleRows() throws Exception {
    ReportingApiEmulator emulator = emulator(12, Pagination.CURSOR);
    Path output = folder.getRoot().toPath().resolve("out");
    LocalDate end = LocalDate.of(2025, 1, 26);

    int exitCode =
        export(
            emulator,
            output,
            "--startDate=2025-01-01",
            "--endDate=2025-01-26",
            "--granularity=week");

    assertEquals(exports.err(), 0, exitCode);
    assertExported(output, oracle(emulator, JAN_1, end, Granularity.WEEK));
    assertEquals(4, partitions(output).size());
  }

  @Test
  public void givenARerunOverPartOfTheRange_thenItsPartitionsAreReplacedAndTheOthersKept()
      throws Exception {
    Path output = folder.getRoot().toPath().resolve("out");
    ReportingApiEmulator before = emulator(21, Pagination.PAGE_NUMBER);
    assertEquals(
        0,
        export(
            before,
            output,
            "--startDate=2025-01-01",
            "--endDate=2025-03-31",
            "--granularity=month"));
    // The same instances, other campaigns.
    ReportingApiEmulator changed =
        exports.start(ReportingApiEmulator.builder().seed(21).instances(3).campaignsPerInstance(9));

    int exitCode =
        export(
            changed,
            output,
            "--startDate=2025-02-01",
            "--endDate=2025-03-31",
            "--granularity=month");

    assertEquals(exports.err(), 0, exitCode);
    List<Map<String, Object>> expected =
        new ArrayList<>(oracle(before, JAN_1, LocalDate.of(2025, 1, 31), Granularity.MONTH));
    expected.addAll(oracle(changed, FEB_1, MAR_31, Granularity.MONTH));
    assertExported(output, expected);
    assertEquals(3, partitions(output).size());
    assertFalse(Files.exists(output.resolve("_staging")));
    assertFalse(Files.exists(output.resolve("_lease.json")));
  }
}
