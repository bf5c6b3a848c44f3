package io.laterreporting.pipelines;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.laterreporting.beam.planning.DateWindow;
import io.laterreporting.beam.planning.DateWindows;
import io.laterreporting.beam.planning.Granularity;
import io.laterreporting.beam.testing.EmulatorOracle;
import io.laterreporting.emulator.Pagination;
import io.laterreporting.emulator.ReportingApiEmulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.After;
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

  private final List<ReportingApiEmulator> emulators = new ArrayList<>();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @After
  public void stopEmulators() {
    emulators.forEach(ReportingApiEmulator::close);
  }

  private ReportingApiEmulator emulator(long seed, Pagination pagination) {
    ReportingApiEmulator emulator =
        ReportingApiEmulator.builder()
            .seed(seed)
            .instances(3)
            .campaignsPerInstance(15)
            .pagination(pagination)
            .credentials("test-client", "test-secret")
            .start();
    emulators.add(emulator);
    return emulator;
  }

  private int export(ReportingApiEmulator emulator, Path output, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--apiBaseUrl=" + emulator.baseUrl(),
                "--clientId=test-client",
                "--clientSecret=test-secret",
                "--pageSize=10",
                "--output=" + output));
    args.addAll(List.of(more));
    return ParquetExport.run(
        args.toArray(String[]::new),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static List<Map<String, Object>> oracle(
      ReportingApiEmulator emulator, LocalDate start, LocalDate end, Granularity granularity)
      throws Exception {
    List<DateWindow> windows = DateWindows.cover(start, end, granularity);
    return ExportedRows.fromRecords(EmulatorOracle.rows(emulator, List.of(), windows));
  }

  private void assertExported(Path output, List<Map<String, Object>> expected) throws Exception {
    assertTrue("the test needs rows to compare", !expected.isEmpty());
    List<Map<String, Object>> actual = ExportedRows.readParquet(output);
    assertEquals(expected.size(), actual.size());
    assertThat(actual, containsInAnyOrder(expected.toArray()));
  }

  private static List<String> partitions(Path output) {
    return ExportedRows.liveFiles(output).stream()
        .map(file -> file.getParent().getFileName().toString())
        .collect(Collectors.toList());
  }

  @Test
  public void givenPageNumbersAndMonths_thenOneFilePerMonthHoldingTheOracleRows() throws Exception {
    ReportingApiEmulator emulator = emulator(11, Pagination.PAGE_NUMBER);
    Path output = folder.getRoot().toPath().resolve("out");

    int exitCode =
        export(emulator, output, "--startDate=2025-01-01", "--endDate=2025-03-31", "--granularity=month");

    assertEquals(err.toString(), 0, exitCode);
    assertExported(output, oracle(emulator, JAN_1, MAR_31, Granularity.MONTH));
    assertEquals(
        List.of("periodStart=2025-01-01", "periodStart=2025-02-01", "periodStart=2025-03-01"),
        partitions(output));
    try (var left = Files.list(output); var tree = Files.walk(output)) {
      assertEquals(
          "only partitions remain: staging and trash are cleaned up; found "
              + tree.map(output::relativize).collect(Collectors.toList()),
          List.of("periodStart=2025-01-01", "periodStart=2025-02-01", "periodStart=2025-03-01"),
          left.map(path -> path.getFileName().toString()).sorted().collect(Collectors.toList()));
    }
    int rows = oracle(emulator, JAN_1, MAR_31, Granularity.MONTH).size();
    assertThat(out.toString(), containsString(String.format("rows       %,d in 3 windows", rows)));
  }

  @Test
  public void givenCursorsAndWeeks_thenFilesHoldTheOracleRows() throws Exception {
    ReportingApiEmulator emulator = emulator(12, Pagination.CURSOR);
    Path output = folder.getRoot().toPath().resolve("out");
    LocalDate end = LocalDate.of(2025, 1, 26);

    int exitCode =
        export(emulator, output, "--startDate=2025-01-01", "--endDate=2025-01-26", "--granularity=week");

    assertEquals(err.toString(), 0, exitCode);
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
        export(before, output, "--startDate=2025-01-01", "--endDate=2025-03-31", "--granularity=month"));
    ReportingApiEmulator changed = emulator(22, Pagination.PAGE_NUMBER);

    int exitCode =
        export(changed, output, "--startDate=2025-02-01", "--endDate=2025-03-31", "--granularity=month");

    assertEquals(err.toString(), 0, exitCode);
    List<Map<String, Object>> expected =
        new ArrayList<>(oracle(before, JAN_1, LocalDate.of(2025, 1, 31), Granularity.MONTH));
    expected.addAll(oracle(changed, FEB_1, MAR_31, Granularity.MONTH));
    assertExported(output, expected);
    assertEquals(3, partitions(output).size());
    assertFalse(Files.exists(output.resolve("_staging")));
    assertFalse(Files.exists(output.resolve("_trash")));
  }
}
