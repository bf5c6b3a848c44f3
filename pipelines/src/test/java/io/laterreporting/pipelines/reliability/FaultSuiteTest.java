package io.laterreporting.pipelines.reliability;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.laterreporting.beam.LaterReportingCounters;
import io.laterreporting.beam.planning.DateWindows;
import io.laterreporting.beam.planning.Granularity;
import io.laterreporting.beam.testing.EmulatorOracle;
import io.laterreporting.emulator.FaultKind;
import io.laterreporting.emulator.FaultPlan;
import io.laterreporting.emulator.Pagination;
import io.laterreporting.emulator.ReportingApiEmulator;
import io.laterreporting.emulator.Route;
import io.laterreporting.pipelines.ExportedRows;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.AfterClass;
import org.junit.ClassRule;
import org.junit.FixMethodOrder;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.Timeout;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;
import org.junit.runners.MethodSorters;

/**
 * The Parquet export end to end against the emulator under faults, token expiry, a tight rate
 * budget, drift and unstable ordering, in both pagination generations. Each scenario's output, read
 * back from Parquet as a multiset of rows, must equal the fault-free export of the same query (and
 * the emulator's oracle); under drift, where the data itself changes during the run, it must equal
 * the oracle after the run. The figures of every scenario are printed at the end and written to
 * {@code target/reliability/fault-suite.md} (copied into docs/RELIABILITY.md).
 */
@RunWith(JUnit4.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class FaultSuiteTest {
  static final String CLIENT_ID = "reliability-client";
  static final String SECRET = "reliability-s3cret-value";
  private static final long SEED = 31;
  private static final String START = "2025-01-01";
  private static final String END = "2025-03-31";

  /** Everything the runs print or log, to look for secrets and tokens at the end. */
  @ClassRule public static final StreamCapture CAPTURE = new StreamCapture();

  @Rule public final TemporaryFolder folder = new TemporaryFolder();
  @Rule public final Timeout timeout = Timeout.seconds(90);

  private static final List<String> TABLE = new ArrayList<>();
  private static final Map<Pagination, List<Map<String, Object>>> BASELINE =
      new EnumMap<>(Pagination.class);

  private static ReportingApiEmulator.Builder emulator(Pagination pagination) {
    return ReportingApiEmulator.builder()
        .seed(SEED)
        .instances(5)
        .campaignsPerInstance(80)
        .pagination(pagination)
        .credentials(CLIENT_ID, SECRET);
  }

  private List<String> args(ReportingApiEmulator emulator, Path output) {
    return List.of(
        "--apiBaseUrl=" + emulator.baseUrl(),
        "--clientId=" + CLIENT_ID,
        "--clientSecret=" + SECRET,
        "--startDate=" + START,
        "--endDate=" + END,
        "--granularity=month",
        "--pageSize=2",
        "--output=" + output);
  }

  private static List<Map<String, Object>> oracle(ReportingApiEmulator emulator) throws Exception {
    return ExportedRows.fromRecords(
        EmulatorOracle.rows(
            emulator,
            List.of(),
            DateWindows.cover(LocalDate.parse(START), LocalDate.parse(END), Granularity.MONTH)));
  }

  /**
   * The fault-free export of the same query, once per generation; itself checked against the
   * oracle.
   */
  private List<Map<String, Object>> baseline(Pagination pagination) throws Exception {
    List<Map<String, Object>> rows = BASELINE.get(pagination);
    if (rows == null) {
      try (ReportingApiEmulator emulator = emulator(pagination).start()) {
        ExportHarness.Run run =
            ExportHarness.runFast(
                args(emulator, folder.newFolder().toPath()),
                folder.getRoot().toPath().resolve("baseline-" + pagination));
        rows = run.rows;
        List<Map<String, Object>> oracle = oracle(emulator);
        assertEquals(
            "the fault-free export differs from the oracle: "
                + ExportHarness.difference(oracle, rows),
            ExportHarness.multiset(oracle),
            ExportHarness.multiset(rows));
        record("fault-free baseline", pagination, emulator, run, "yes", "");
      }
      BASELINE.put(pagination, rows);
    }
    return rows;
  }

  private ExportHarness.Run scenario(
      String name,
      Pagination pagination,
      UnaryOperator<ReportingApiEmulator.Builder> configure,
      boolean drift,
      java.util.function.Function<ReportingApiEmulator, String> notes)
      throws Exception {
    List<Map<String, Object>> baseline = baseline(pagination);
    try (ReportingApiEmulator emulator = configure.apply(emulator(pagination)).start()) {
      Path output = folder.getRoot().toPath().resolve("out-" + pagination);
      ExportHarness.Run run = ExportHarness.runFast(args(emulator, output), output);
      List<Map<String, Object>> expected = drift ? oracle(emulator) : baseline;
      boolean identical = ExportHarness.multiset(expected).equals(ExportHarness.multiset(run.rows));
      String note = notes.apply(emulator);
      record(
          name,
          pagination,
          emulator,
          run,
          identical ? "yes" : "NO",
          note.endsWith(": ") ? note + run.counter(LaterReportingCounters.UNITS_REREAD) : note);
      assertTrue(
          name
              + " ("
              + pagination
              + "): output differs from "
              + (drift ? "the oracle after the run" : "the fault-free export")
              + ": "
              + ExportHarness.difference(expected, run.rows),
          identical);
      if (!drift) {
        assertEquals(
            "and from the oracle",
            ExportHarness.multiset(oracle(emulator)),
            ExportHarness.multiset(run.rows));
      }
      assertThat(run.rows.size(), greaterThan(0));
      return run;
    }
  }

  private static void record(
      String name,
      Pagination pagination,
      ReportingApiEmulator emulator,
      ExportHarness.Run run,
      String identical,
      String notes) {
    TABLE.add(
        String.format(
            Locale.ROOT,
            "| %s | %s | %d | %d | %d | %.1f s | %s | %s |",
            name,
            pagination == Pagination.PAGE_NUMBER ? "A (pages)" : "B (cursor)",
            emulator.stats().total(),
            run.retries(),
            run.rows.size(),
            run.wallTime.toMillis() / 1000.0,
            identical,
            notes));
  }

  private static String faultNotes(ReportingApiEmulator emulator) {
    StringBuilder sb = new StringBuilder("faults injected: ");
    for (FaultKind kind : FaultKind.values()) {
      long n = emulator.stats().faultsInjected(kind);
      if (n > 0) {
        sb.append(kind.name().toLowerCase(Locale.ROOT)).append(' ').append(n).append(", ");
      }
    }
    return sb.substring(0, sb.length() - 2);
  }

  // ---------------------------------------------------------------- (1) transient faults, every
  // kind

  private void transientFaults(Pagination pagination) throws Exception {
    ExportHarness.Run run =
        scenario(
            "10% transient faults, all kinds",
            pagination,
            b ->
                b.faults(
                    FaultPlan.of(0.10, 7)
                        .withSlowDelay(Duration.ofMillis(1500))
                        .includingTokenRoute(true)),
            false,
            FaultSuiteTest::faultNotes);
    assertThat(run.retries(), greaterThan(5L));
  }

  @Test
  public void test1a_givenTenPercentFaultsOfEveryKindWithPageNumbers_thenIdenticalOutput()
      throws Exception {
    transientFaults(Pagination.PAGE_NUMBER);
  }

  @Test
  public void test1b_givenTenPercentFaultsOfEveryKindWithCursors_thenIdenticalOutput()
      throws Exception {
    transientFaults(Pagination.CURSOR);
  }

  // ---------------------------------------------------------------- (2) tokens expiring

  private void expiringTokens(Pagination pagination) throws Exception {
    long[] mints = new long[1];
    scenario(
        "token TTL 1 s during the read",
        pagination,
        b -> b.tokenTtl(Duration.ofSeconds(1)).latency(Duration.ofMillis(40)),
        false,
        emulator -> {
          mints[0] = emulator.stats().tokensMinted();
          return "tokens minted: "
              + mints[0]
              + ", 401s: "
              + emulator.stats().requests(Route.CAMPAIGN_PERFORMANCE, 401);
        });
    assertThat("tokens were renewed during the read", mints[0], greaterThan(1L));
  }

  @Test
  public void test2a_givenTokensExpiringEverySecondWithPageNumbers_thenIdenticalOutput()
      throws Exception {
    expiringTokens(Pagination.PAGE_NUMBER);
  }

  @Test
  public void test2b_givenTokensExpiringEverySecondWithCursors_thenIdenticalOutput()
      throws Exception {
    expiringTokens(Pagination.CURSOR);
  }

  // ---------------------------------------------------------------- (3) rate budget

  private void tightBudget(Pagination pagination, boolean retryAfter) throws Exception {
    long[] limited = new long[1];
    scenario(
        "budget 20 req/s" + (retryAfter ? ", Retry-After" : ", no Retry-After"),
        pagination,
        b -> b.rateLimit(20, Duration.ofSeconds(1)).retryAfterHeader(retryAfter),
        false,
        emulator -> {
          limited[0] = 0;
          for (Route route : Route.values()) {
            limited[0] += emulator.stats().requests(route, 429);
          }
          return "429 answers: " + limited[0];
        });
  }

  @Test
  public void test3a_givenARateBudgetFarBelowTheReadsWithPageNumbers_thenIdenticalOutput()
      throws Exception {
    tightBudget(Pagination.PAGE_NUMBER, false);
  }

  @Test
  public void test3b_givenARateBudgetFarBelowTheReadsWithCursors_thenIdenticalOutput()
      throws Exception {
    tightBudget(Pagination.CURSOR, true);
  }

  // ---------------------------------------------------------------- (4) drift

  /**
   * Inserts land while the first pages of the queries are being fetched, and stop before any query
   * can have finished (one instance, so every query of either generation spans many pages): the
   * queries see their totals change, are re-read from the roster, and the output must equal the
   * oracle after the run, exactly.
   */
  private void earlyDrift(Pagination pagination) throws Exception {
    ExportHarness.Run run =
        scenario(
            "drift: 3 inserts between the first page fetches",
            pagination,
            b -> b.instances(1).campaignsPerInstance(300).drift(2, 3),
            true,
            emulator ->
                "one instance; rows inserted: "
                    + emulator.stats().driftInserts()
                    + " campaigns; queries re-read: ");
    assertThat(run.counter(LaterReportingCounters.UNITS_REREAD), greaterThan(0L));
  }

  @Test
  public void test4a_givenRowsInsertedBetweenPageFetchesWithPageNumbers_thenTheOracleAfterTheRun()
      throws Exception {
    earlyDrift(Pagination.PAGE_NUMBER);
  }

  @Test
  public void test4b_givenRowsInsertedBetweenPageFetchesWithCursors_thenTheOracleAfterTheRun()
      throws Exception {
    earlyDrift(Pagination.CURSOR);
  }

  /**
   * Inserts keep landing during the whole run, also after some windows are read and written. Then
   * the output cannot equal the oracle after the run (a row born after its window was read is late
   * data, for the next run), but: no row twice, every row exactly as the oracle has it, every row
   * that existed before the run present, and only inserted campaigns missing.
   */
  private void continuousDrift(Pagination pagination) throws Exception {
    List<Map<String, Object>> baseline = baseline(pagination);
    try (ReportingApiEmulator emulator = emulator(pagination).drift(6, 12).start()) {
      Path output = folder.getRoot().toPath().resolve("out-" + pagination);
      ExportHarness.Run run = ExportHarness.runFast(args(emulator, output), output);
      List<Map<String, Object>> oracle = oracle(emulator);
      Map<String, Long> got = ExportHarness.multiset(run.rows);
      Map<String, Long> want = ExportHarness.multiset(oracle);
      java.util.Set<Object> baselineCampaigns = new java.util.HashSet<>();
      baseline.forEach(row -> baselineCampaigns.add(row.get("campaignId")));

      java.util.Set<String> keys = new java.util.HashSet<>();
      for (Map<String, Object> row : run.rows) {
        String key =
            row.get("instanceId") + "/" + row.get("campaignId") + "/" + row.get("periodStart");
        assertTrue("a row twice: " + key, keys.add(key));
      }
      for (Map.Entry<String, Long> row : got.entrySet()) {
        assertEquals(
            "a row not as the oracle has it: " + row.getKey(),
            want.get(row.getKey()),
            row.getValue());
      }
      assertEquals(
          "rows that existed before the run are all there",
          ExportHarness.multiset(baseline).keySet().stream().filter(got::containsKey).count(),
          (long) ExportHarness.multiset(baseline).size());
      int late = 0;
      for (Map<String, Object> row : oracle) {
        if (!got.containsKey(row.toString())) {
          assertTrue(
              "only inserted campaigns may be missing, but " + row.get("campaignId") + " is",
              !baselineCampaigns.contains(row.get("campaignId")));
          late++;
        }
      }
      boolean identical = late == 0;
      assertThat(emulator.stats().driftInserts(), greaterThan(0L));
      record(
          "drift: 12 inserts throughout the run (no exact oracle: see notes)",
          pagination,
          emulator,
          run,
          identical ? "yes" : "no: " + late + " late rows",
          "rows inserted: "
              + emulator.stats().driftInserts()
              + " campaigns; queries re-read: "
              + run.counter(LaterReportingCounters.UNITS_REREAD)
              + "; "
              + late
              + " rows of campaigns inserted after their query was read are absent (late data);"
              + " none doubled, none pre-existing lost, every row exact");
    }
  }

  @Test
  public void test4c_givenRowsInsertedThroughoutTheRunWithPageNumbers_thenNoRowDoubledOrLost()
      throws Exception {
    continuousDrift(Pagination.PAGE_NUMBER);
  }

  @Test
  public void test4d_givenRowsInsertedThroughoutTheRunWithCursors_thenNoRowDoubledOrLost()
      throws Exception {
    continuousDrift(Pagination.CURSOR);
  }

  // ---------------------------------------------------------------- (5) unstable order

  private void unstableOrder(Pagination pagination) throws Exception {
    scenario(
        "unstable order of ties", pagination, b -> b.unstableOrder(true), false, emulator -> "");
  }

  @Test
  public void test5a_givenUnstableOrderWithPageNumbers_thenIdenticalOutput() throws Exception {
    unstableOrder(Pagination.PAGE_NUMBER);
  }

  @Test
  public void test5b_givenUnstableOrderWithCursors_thenIdenticalOutput() throws Exception {
    unstableOrder(Pagination.CURSOR);
  }

  // ---------------------------------------------------------------- report

  @AfterClass
  public static void printTableAndCheckForLeaks() throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(
        "| scenario | pagination | requests | retries | rows | wall time | identical | notes |");
    lines.add("|---|---|---|---|---|---|---|---|");
    lines.addAll(TABLE);
    String table = String.join("\n", lines);
    System.out.println("\nFault suite (ParquetExport against the emulator):\n" + table + "\n");
    Path report = Paths.get("target", "reliability", "fault-suite.md");
    Files.createDirectories(report.getParent());
    Files.write(report, (table + "\n").getBytes(StandardCharsets.UTF_8));
    List<String> leaks = StreamCapture.leaks(CAPTURE.text(), List.of(SECRET));
    assertEquals("secrets or tokens in the suite's output: " + leaks, List.of(), leaks);
  }
}
