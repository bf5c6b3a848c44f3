package io.laterreporting.pipelines;

import io.laterreporting.beam.planning.DateWindows;
import io.laterreporting.beam.planning.Granularity;
import io.laterreporting.beam.testing.EmulatorOracle;
import io.laterreporting.emulator.ReportingApiEmulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.rules.ExternalResource;

/**
 * Runs the Parquet export through its own entry point against emulators this rule starts (and
 * stops), and says what its output should hold: the oracle's rows in the exported form.
 */
public final class ParquetExports extends ExternalResource {
  static final String CLIENT_ID = "test-client";
  static final String CLIENT_SECRET = "test-secret";

  /**
   * A small dataset for re-run tests: 3 instances, each with rows in March and April 2025 (seed
   * 53), about {@code campaignsPerInstance} campaigns each. Other means keep the instances and
   * change the campaigns.
   */
  static ReportingApiEmulator.Builder threeInstances(int campaignsPerInstance) {
    return ReportingApiEmulator.builder()
        .seed(53)
        .instances(3)
        .campaignsPerInstance(campaignsPerInstance);
  }

  static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);
  static final LocalDate APRIL_30 = LocalDate.of(2025, 4, 30);

  /** March and April 2025 by month: the range of the re-run tests. */
  static final String[] MARCH_AND_APRIL = {
    "--startDate=2025-03-01", "--endDate=2025-04-30", "--granularity=month"
  };

  /** The rows of every instance in March and April by month. */
  static List<Map<String, Object>> marchAndApril(ReportingApiEmulator emulator) throws Exception {
    return oracle(emulator, MARCH_1, APRIL_30, Granularity.MONTH);
  }

  private final List<ReportingApiEmulator> emulators = new ArrayList<>();
  private ByteArrayOutputStream out = new ByteArrayOutputStream();
  private ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Override
  protected void after() {
    emulators.forEach(ReportingApiEmulator::close);
  }

  /** Starts an emulator with the test credentials. */
  ReportingApiEmulator start(ReportingApiEmulator.Builder builder) {
    ReportingApiEmulator emulator = builder.credentials(CLIENT_ID, CLIENT_SECRET).start();
    emulators.add(emulator);
    return emulator;
  }

  /**
   * {@code ParquetExport.run} with the emulator's URL and credentials, small pages and {@code
   * output}.
   */
  int export(ReportingApiEmulator emulator, Path output, String... more) {
    return ParquetExport.run(args(emulator, output, more), stream(out), stream(err));
  }

  /** The same, with the launcher's clock set (what "today" is for {@code --lookbackDays}). */
  int exportAt(Clock clock, ReportingApiEmulator emulator, Path output, String... more) {
    return new ExportLauncher(
            new ParquetExport(clock), "ParquetExport", stream(out), stream(err), clock, Map.of())
        .launch(args(emulator, output, more));
  }

  private static String[] args(ReportingApiEmulator emulator, Path output, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--apiBaseUrl=" + emulator.baseUrl(),
                "--clientId=" + CLIENT_ID,
                "--clientSecret=" + CLIENT_SECRET,
                "--pageSize=10",
                "--output=" + output));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  private static PrintStream stream(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** Forgets what earlier exports printed. */
  void clearConsole() {
    out = new ByteArrayOutputStream();
    err = new ByteArrayOutputStream();
  }

  /** The rows an export of every instance over {@code start..end} should write. */
  static List<Map<String, Object>> oracle(
      ReportingApiEmulator emulator, LocalDate start, LocalDate end, Granularity granularity)
      throws Exception {
    return oracle(emulator, List.of(), start, end, granularity);
  }

  /**
   * The rows an export of {@code instanceIds} (empty: all) over {@code start..end} should write.
   */
  static List<Map<String, Object>> oracle(
      ReportingApiEmulator emulator,
      List<String> instanceIds,
      LocalDate start,
      LocalDate end,
      Granularity granularity)
      throws Exception {
    return ExportedRows.fromRecords(
        EmulatorOracle.rows(emulator, instanceIds, DateWindows.cover(start, end, granularity)));
  }
}
