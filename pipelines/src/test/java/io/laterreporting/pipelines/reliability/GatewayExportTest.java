package io.laterreporting.pipelines.reliability;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import io.laterreporting.beam.planning.DateWindow;
import io.laterreporting.beam.testing.EmulatorOracle;
import io.laterreporting.emulator.PageNumberQuirk;
import io.laterreporting.emulator.Pagination;
import io.laterreporting.emulator.ReportingApiEmulator;
import io.laterreporting.emulator.Route;
import io.laterreporting.pipelines.ExportedRows;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.Timeout;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * The Parquet export against gateways this project did not write (issue 11), one emulator knob
 * each: the files read back equal the oracle, or the export fails clearly in few requests.
 */
@RunWith(JUnit4.class)
public class GatewayExportTest {
  private static final String CLIENT_ID = "gateway-client";
  private static final String SECRET = "gateway-s3cret";
  private static final List<DateWindow> WINDOW =
      List.of(DateWindow.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)));

  @Rule public final TemporaryFolder folder = new TemporaryFolder();
  @Rule public final Timeout timeout = Timeout.seconds(240);

  private static ReportingApiEmulator start(
      Pagination pagination, UnaryOperator<ReportingApiEmulator.Builder> knobs) {
    return knobs
        .apply(
            ReportingApiEmulator.builder()
                .seed(11)
                .instances(4)
                .campaignsPerInstance(60)
                .pagination(pagination)
                .credentials(CLIENT_ID, SECRET))
        .start();
  }

  private ExportHarness.Run export(ReportingApiEmulator emulator, String... more) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--apiBaseUrl=" + emulator.baseUrl(),
                "--clientId=" + CLIENT_ID,
                "--clientSecret=" + SECRET,
                "--startDate=2025-01-01",
                "--endDate=2025-03-31",
                "--pageSize=9"));
    args.addAll(List.of(more));
    Path output = folder.newFolder().toPath();
    args.add("--output=" + output);
    return ExportHarness.runFast(args, output);
  }

  private static List<Map<String, Object>> oracle(ReportingApiEmulator emulator) throws Exception {
    return ExportedRows.fromRecords(EmulatorOracle.rows(emulator, List.of(), WINDOW));
  }

  private void assertExact(ReportingApiEmulator emulator, String... more) throws Exception {
    List<Map<String, Object>> expected = oracle(emulator);
    ExportHarness.Run run = export(emulator, more);
    assertEquals(
        ExportHarness.difference(expected, run.rows),
        ExportHarness.multiset(expected),
        ExportHarness.multiset(run.rows));
  }

  private String failure(ReportingApiEmulator emulator) {
    Exception e = assertThrows(Exception.class, () -> export(emulator));
    StringBuilder messages = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      messages.append(t.getMessage()).append('\n');
    }
    return messages.toString();
  }

  @Test
  public void givenAStrictPageNumberGateway_thenTheFilesHoldEveryRowOnce() throws Exception {
    try (ReportingApiEmulator emulator =
        start(Pagination.PAGE_NUMBER, b -> b.strictParameters(true))) {
      assertExact(emulator);
    }
  }

  @Test
  public void givenAStrictGatewayWithBoundCursors_thenTheFilesHoldEveryRowOnce() throws Exception {
    try (ReportingApiEmulator emulator =
        start(Pagination.CURSOR, b -> b.strictParameters(true).cursorBoundToAllParameters(true))) {
      assertExact(emulator);
    }
  }

  @Test
  public void givenForcedCursors_thenNoDetectionRequest() throws Exception {
    try (ReportingApiEmulator emulator = start(Pagination.CURSOR, b -> b.strictParameters(true))) {
      assertExact(emulator, "--pagination=cursors");
      assertEquals(0, emulator.stats().requests(Route.INSTANCES, 400));
    }
  }

  @Test
  public void givenPageNumbersWithoutTotals_thenTheFilesHoldEveryRowOnce() throws Exception {
    try (ReportingApiEmulator emulator =
        start(
            Pagination.PAGE_NUMBER,
            b -> b.pageTotals(false).pageNumberQuirk(PageNumberQuirk.PAGE_OMITTED))) {
      assertExact(emulator);
    }
  }

  @Test
  public void givenAStuckPageNumber_thenTheExportFailsNamingTheRouteInFewRequests()
      throws Exception {
    try (ReportingApiEmulator emulator =
        start(
            Pagination.PAGE_NUMBER, b -> b.pageNumberQuirk(PageNumberQuirk.STUCK_ON_FIRST_PAGE))) {
      String message = failure(emulator);
      assertThat(message, containsString("the page number does not advance"));
      assertThat(message, containsString("/v2/campaigns/performance"));
      assertThat(emulator.stats().total(), lessThanOrEqualTo(60L));
    }
  }

  @Test
  public void givenARepeatingCursor_thenTheExportFailsNamingTheCursorInFewRequests()
      throws Exception {
    try (ReportingApiEmulator emulator = start(Pagination.CURSOR, b -> b.repeatingCursor(true))) {
      String message = failure(emulator);
      assertThat(message, containsString("was already followed"));
      assertThat(emulator.stats().total(), lessThanOrEqualTo(60L));
    }
  }

  /** Membership churn, several seeds: no existing campaign missing, none twice, every row exact. */
  @Test
  public void givenCampaignsDeletedAndCreatedWhileRead_thenNoExistingCampaignIsLost()
      throws Exception {
    List<String> problems = new ArrayList<>();
    for (long seed = 1; seed <= 3; seed++) {
      long dataset = seed;
      try (ReportingApiEmulator emulator =
          start(Pagination.PAGE_NUMBER, b -> b.seed(dataset).membershipChurn(3, 4))) {
        List<Map<String, Object>> before = oracle(emulator);
        List<Map<String, Object>> rows = export(emulator).rows;
        String problem =
            churnProblem(
                before,
                oracle(emulator),
                new HashSet<>(emulator.dataset().deletedCampaignIds()),
                rows);
        if (problem != null) {
          problems.add("seed " + seed + ": " + problem);
        }
      }
    }
    assertNull(String.join("\n", problems), problems.isEmpty() ? null : problems);
  }

  private static String churnProblem(
      List<Map<String, Object>> before,
      List<Map<String, Object>> after,
      Set<Long> deleted,
      List<Map<String, Object>> rows) {
    Map<Object, Set<Map<String, Object>>> allowed = new HashMap<>();
    for (List<Map<String, Object>> oracle : List.of(before, after)) {
      for (Map<String, Object> row : oracle) {
        allowed.computeIfAbsent(row.get("campaignId"), k -> new HashSet<>()).add(row);
      }
    }
    Set<Object> seen = new HashSet<>();
    for (Map<String, Object> row : rows) {
      Object id = row.get("campaignId");
      if (!seen.add(id)) {
        return "campaign " + id + " exported twice";
      }
      if (!allowed.getOrDefault(id, Set.of()).contains(row)) {
        return "row of campaign " + id + " is neither the oracle's before nor after the run";
      }
    }
    for (Map<String, Object> row : before) {
      Object id = row.get("campaignId");
      if (!deleted.contains(((Number) id).longValue()) && !seen.contains(id)) {
        return "existing campaign " + id + " missing";
      }
    }
    return null;
  }
}
