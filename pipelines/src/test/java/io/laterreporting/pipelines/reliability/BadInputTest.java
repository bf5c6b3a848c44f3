package io.laterreporting.pipelines.reliability;

import static java.util.stream.Collectors.joining;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;

import io.laterreporting.beam.planning.DateWindow;
import io.laterreporting.beam.testing.EmulatorOracle;
import io.laterreporting.emulator.ReportingApiEmulator;
import io.laterreporting.emulator.RosterEntry;
import io.laterreporting.emulator.Route;
import io.laterreporting.pipelines.ExportedRows;
import io.laterreporting.pipelines.ParquetExport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.Timeout;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * Bad options of the Parquet export that {@code ExportOptionsTest} does not cover: each exits with
 * code 2 before any request, with one line naming the option, the value and what is allowed. And
 * more than 50 campaign ids, which the API refuses in one request, give the exact rows.
 */
@RunWith(JUnit4.class)
public class BadInputTest {
  private static ReportingApiEmulator emulator;

  @Rule public final TemporaryFolder folder = new TemporaryFolder();
  @Rule public final Timeout timeout = Timeout.seconds(60);

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeClass
  public static void startEmulator() {
    emulator =
        ReportingApiEmulator.builder()
            .seed(17)
            .instances(5)
            .campaignsPerInstance(40)
            .credentials("bad-input-client", "bad-input-secret")
            .start();
  }

  @AfterClass
  public static void stopEmulator() {
    emulator.close();
  }

  private List<String> args(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--apiBaseUrl=" + emulator.baseUrl(),
                "--clientId=bad-input-client",
                "--clientSecret=bad-input-secret",
                "--startDate=2025-01-01",
                "--endDate=2025-03-31",
                "--output=" + folder.getRoot().toPath().resolve("out")));
    for (String arg : more) {
      String name = arg.substring(0, arg.indexOf('=') + 1);
      args.removeIf(a -> a.startsWith(name));
      args.add(arg);
    }
    return args;
  }

  private void assertRejected(String[] expected, String... more) {
    err.reset();
    emulator.stats().reset();
    int exitCode =
        ParquetExport.run(
            args(more).toArray(String[]::new),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    String message = err.toString(StandardCharsets.UTF_8).strip();
    System.out.println(String.join(" ", more) + " -> " + message);
    assertEquals(message, 2, exitCode);
    assertThat(message, containsString("Invalid option: "));
    for (String part : expected) {
      assertThat(message, containsString(part));
    }
    assertEquals("no request before the options are checked", 0, emulator.stats().total());
  }

  @Test
  public void givenAnUnknownMetric_thenListsTheAllowedNames() {
    assertRejected(
        new String[] {"metrics", "'impresions'", "impressions", "engagementRate"},
        "--metrics=impressions,impresions");
  }

  @Test
  public void givenAnUnknownSortProperty_thenListsTheSortableOnes() {
    assertRejected(
        new String[] {"sortProperty", "'campaignName'", "impressions", "lastPostDate"},
        "--sortProperty=campaignName");
  }

  @Test
  public void givenPageSize0_thenNamesTheBounds() {
    assertRejected(new String[] {"pageSize", "between 1 and 100", "0"}, "--pageSize=0");
  }

  @Test
  public void givenPageSize101_thenNamesTheBounds() {
    assertRejected(new String[] {"pageSize", "between 1 and 100", "101"}, "--pageSize=101");
  }

  @Test
  public void givenANegativeCampaignId_thenSaysTheyMustBePositive() {
    assertRejected(new String[] {"campaignIds", "positive", "-5"}, "--campaignIds=12,-5");
  }

  @Test
  public void givenAMalformedPlatform_thenNamesTheParameter() {
    assertRejected(new String[] {"platform", "'insta gram'"}, "--platform=insta gram");
  }

  @Test
  public void givenPlainHttpToAHostThatIsNotLoopback_thenRefusedBeforeSendingTheSecret() {
    assertRejected(
        new String[] {"apiBaseUrl", "http://reporting.example.com", "loopback", "clear text"},
        "--apiBaseUrl=http://reporting.example.com");
  }

  @Test
  public void givenABaseUrlWithUserInfo_thenRefusedWithoutEchoingIt() {
    assertRejected(
        new String[] {"apiBaseUrl", "'https://***@reporting.example.com'", "no user info"},
        "--apiBaseUrl=https://user:pw-4471@reporting.example.com");
    assertThat(err.toString(StandardCharsets.UTF_8), not(containsString("pw-4471")));
  }

  @Test
  public void givenPlainHttpToAHostThatOnlyLooksLikeLoopback_thenRefused() {
    assertRejected(
        new String[] {"apiBaseUrl", "http://127.example.com", "loopback"},
        "--apiBaseUrl=http://127.example.com");
  }

  @Test
  public void givenARequestDeadlineOverAnHour_thenNamesTheRange() {
    assertRejected(
        new String[] {"requestDeadlineSeconds must be between 1 and 3600, but was 3601"},
        "--requestDeadlineSeconds=3601");
  }

  @Test
  public void givenAMalformedEndDate_thenNamesTheFormat() {
    assertRejected(new String[] {"endDate", "YYYY-MM-DD", "'2025-02-30'"}, "--endDate=2025-02-30");
  }

  @Test
  public void givenABlankClientId_thenAsksForIt() {
    assertRejected(new String[] {"clientId", "non-blank"}, "--clientId= ");
  }

  /** Scope-wide reports send all their campaign ids in one request, which takes at most 50. */
  @Test
  public void given51CampaignIdsOnAReportThatCannotBatchThem_thenExits2NamingTheLimit() {
    String ids = LongStream.rangeClosed(1, 51).mapToObj(Long::toString).collect(joining(","));
    for (String report : List.of("creators", "instances", "instancesOverTime")) {
      for (String plan : List.of("--plan=false", "--plan=true")) {
        assertRejected(
            new String[] {
              "campaignIds must hold at most 50 ids with report=" + report,
              "reports campaigns|posts read any number",
              "but it held 51"
            },
            "--report=" + report,
            "--granularity=month",
            "--campaignIds=" + ids,
            plan);
      }
    }
    // Duplicates count once, as the read sends each id once.
    assertEquals(
        0,
        ParquetExport.run(
            args("--report=creators", "--plan=true", "--campaignIds=" + ids.replace(",51", ",50"))
                .toArray(String[]::new),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8)));
  }

  @Test
  public void givenPlanCountRowsOnAnotherReport_thenExits2WithOrWithoutPlan() {
    for (String plan : List.of("--plan=false", "--plan=true")) {
      assertRejected(
          new String[] {
            "planCountRows counts the rows of report=campaigns only, but report was 'posts'"
          },
          "--report=posts",
          "--planCountRows=true",
          plan);
    }
  }

  @Test
  public void givenPlanRequestsPerMinute0_thenExits2() {
    assertRejected(
        new String[] {"planRequestsPerMinute must be a positive number", "but was 0"},
        "--plan=true",
        "--planRequestsPerMinute=0");
  }

  /** The API takes at most 50 campaign ids per request: 120 are read 50, 50 and 20 at a time. */
  @Test
  public void given120CampaignIds_thenTheOutputIsExactlyTheirRows() throws Exception {
    List<Long> ids =
        emulator.dataset().roster(List.of()).stream()
            .map(RosterEntry::campaignId)
            .sorted()
            .limit(120)
            .collect(Collectors.toList());
    assertEquals(120, ids.size());
    Set<Long> wanted = Set.copyOf(ids);
    Path output = folder.getRoot().toPath().resolve("ids");
    emulator.stats().reset();

    ExportHarness.Run run =
        ExportHarness.runFast(
            args(
                "--output=" + output,
                "--pageSize=10",
                "--campaignIds="
                    + ids.stream().map(String::valueOf).collect(Collectors.joining(","))),
            output);

    List<Map<String, Object>> expected =
        ExportedRows.fromRecords(
            EmulatorOracle.rows(
                    emulator,
                    List.of(),
                    List.of(DateWindow.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31))))
                .stream()
                .filter(row -> wanted.contains(row.getCampaignId()))
                .collect(Collectors.toList()));
    assertThat("the test needs rows", expected.size() > 20, org.hamcrest.Matchers.is(true));
    assertEquals(
        ExportHarness.difference(expected, run.rows),
        ExportHarness.multiset(expected),
        ExportHarness.multiset(run.rows));
    assertEquals(
        "no request was refused for too many ids",
        0,
        emulator.stats().requests(Route.CAMPAIGN_PERFORMANCE, 400));
  }
}
