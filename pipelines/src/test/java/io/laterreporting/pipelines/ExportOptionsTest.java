package io.laterreporting.pipelines;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;

import io.laterreporting.emulator.ReportingApiEmulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.transforms.display.DisplayData;
import org.apache.beam.sdk.util.construction.PipelineOptionsTranslation;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** Bad options end with one line and exit code 2 before any request; --help lists the options. */
@RunWith(JUnit4.class)
public class ExportOptionsTest {
  private static ReportingApiEmulator emulator;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeClass
  public static void startEmulator() {
    emulator = ReportingApiEmulator.builder().seed(3).instances(1).campaignsPerInstance(2).start();
  }

  @AfterClass
  public static void stopEmulator() {
    emulator.close();
  }

  private int parquet(String... args) {
    return ParquetExport.run(args, stream(out), stream(err));
  }

  private static PrintStream stream(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }

  private void assertRejected(String message, String... args) {
    String[] valid = {
      "--apiBaseUrl=" + emulator.baseUrl(),
      "--clientId=c",
      "--clientSecret=s",
      "--startDate=2025-01-01",
      "--endDate=2025-01-31",
      "--output=/tmp/x"
    };
    List<String> all = new ArrayList<>(List.of(valid));
    for (String arg : args) {
      String name = arg.substring(0, arg.indexOf('=') < 0 ? arg.length() : arg.indexOf('=') + 1);
      all.removeIf(existing -> existing.startsWith(name));
      if (!arg.endsWith("=<unset>")) {
        all.add(arg);
      }
    }
    int exitCode = parquet(all.toArray(String[]::new));
    assertEquals("Invalid option: " + message + " (see --help)\n", err.toString());
    assertEquals(2, exitCode);
    assertEquals("no request may be sent", 0, emulator.stats().total());
  }

  @Test
  public void givenADateThatIsNoDate_thenNamesTheFormat() {
    assertRejected(
        "startDate must be a date YYYY-MM-DD, but was '2025-13-01'", "--startDate=2025-13-01");
  }

  @Test
  public void givenNoAttempts_thenNamesTheRange() {
    assertRejected("maxAttempts must be between 1 and 100, but was 0", "--maxAttempts=0");
  }

  @Test
  public void givenARetryBudgetOverADay_thenNamesTheRange() {
    assertRejected(
        "retryBudgetSeconds must be between 1 and 86400, but was 86401",
        "--retryBudgetSeconds=86401");
  }

  @Test
  public void givenAZeroReadTimeout_thenNamesTheRange() {
    assertRejected(
        "readTimeoutSeconds must be between 1 and 600, but was 0", "--readTimeoutSeconds=0");
  }

  @Test
  public void givenEndBeforeStart_thenSaysSo() {
    assertRejected(
        "endDate must be on or after startDate 2025-01-01, but was 2024-12-31",
        "--endDate=2024-12-31");
  }

  @Test
  public void givenARangeAndALookback_thenRejectsTheCombination() {
    assertRejected(
        "lookbackDays cannot be combined with startDate/endDate (give a range or a lookback), but was"
            + " 7 with startDate=2025-01-01, endDate=2025-01-31",
        "--lookbackDays=7");
  }

  @Test
  public void givenNoRange_thenAsksForOne() {
    assertRejected(
        "startDate and endDate (YYYY-MM-DD, inclusive) or lookbackDays are required, but none was"
            + " given",
        "--startDate=<unset>",
        "--endDate=<unset>");
  }

  @Test
  public void givenALookbackOutOfRange_thenNamesTheBounds() {
    assertRejected(
        "lookbackDays must be between 1 and 3650, but was 0",
        "--startDate=<unset>",
        "--endDate=<unset>",
        "--lookbackDays=0");
  }

  @Test
  public void givenAnUnknownGranularity_thenListsTheAllowedOnes() {
    assertRejected(
        "granularity must be one of none|day|week|month|quarter|year, but was 'hourly'",
        "--granularity=hourly");
  }

  @Test
  public void givenAPageSizeOutOfRange_thenNamesTheBounds() {
    assertRejected("pageSize must be between 1 and 100, but was 500", "--pageSize=500");
  }

  @Test
  public void givenPlatformAndContentType_thenRejectsTheCombination() {
    assertRejected(
        "--platform [instagram] and --contentType [tiktok] cannot be combined: the API takes one or"
            + " the other, not both",
        "--platform=instagram",
        "--contentType=tiktok");
  }

  @Test
  public void givenCampaignIdsThatAreNoNumbers_thenSaysSo() {
    assertRejected(
        "campaignIds must be comma-separated positive numbers, but was '12,abc'",
        "--campaignIds=12,abc");
  }

  @Test
  public void givenAnUnknownDateBasis_thenListsTheAllowedOnes() {
    assertRejected(
        "dateBasis must be performance_date or post_date, but was 'today'", "--dateBasis=today");
  }

  @Test
  public void givenAnUnknownSortDirection_thenListsTheAllowedOnes() {
    assertRejected(
        "sortDirection must be ASC or DESC, but was 'UP'",
        "--sortProperty=reach",
        "--sortDirection=UP");
  }

  @Test
  public void givenABaseUrlThatIsNoUrl_thenNamesTheOption() {
    assertRejected(
        "apiBaseUrl must be an absolute http(s) URL such as https://reporting.api.later.com, but was"
            + " 'ftp://x'",
        "--apiBaseUrl=ftp://x");
  }

  @Test
  public void givenNoSecret_thenAsksForIt() {
    assertRejected(
        "clientSecret must be a Secret Manager reference"
            + " projects/PROJECT/[locations/LOCATION/]secrets/SECRET/versions/VERSION (recommended) or the"
            + " secret itself, but was not set",
        "--clientSecret=<unset>");
  }

  @Test
  public void givenABigQueryTableToTheParquetExport_thenPointsToTheOtherExport() {
    assertRejected(
        "outputTable is an option of BigQueryExport; ParquetExport writes to --output, but"
            + " outputTable was 'p:d.t'",
        "--outputTable=p:d.t");
  }

  @Test
  public void givenNoOutput_thenAsksForAFolder() {
    assertRejected(
        "output must be a folder (local path or gs://bucket/path), but was not set",
        "--output=<unset>");
  }

  @Test
  public void givenAnUnknownOption_thenNamesIt() {
    int exitCode = parquet("--granularty=month");
    assertEquals(2, exitCode);
    assertThat(err.toString(), containsString("granularty"));
    assertEquals(1, err.toString().split("\n").length);
  }

  @Test
  public void givenABadDemoPagination_thenListsTheAllowedOnes() {
    assertRejected(
        "demoPagination must be page or cursor, but was 'offset'",
        "--demo",
        "--demoPagination=offset");
  }

  @Test
  public void givenABadTableToTheBigQueryExport_thenShowsBothSpellings() {
    int exitCode =
        BigQueryExport.run(
            new String[] {
              "--apiBaseUrl=" + emulator.baseUrl(),
              "--outputTable=dataset_only",
              "--tempLocation=/tmp"
            },
            stream(out),
            stream(err));
    assertEquals(
        "Invalid option: outputTable must be project:dataset.table or project.dataset.table, but"
            + " was 'dataset_only' (see --help)\n",
        err.toString());
    assertEquals(2, exitCode);
  }

  @Test
  public void givenALocalTempLocationToTheBigQueryExport_thenAsksForCloudStorage() {
    int exitCode =
        BigQueryExport.run(
            new String[] {
              "--apiBaseUrl=" + emulator.baseUrl(),
              "--clientId=c",
              "--clientSecret=s",
              "--startDate=2025-01-01",
              "--endDate=2025-01-31",
              "--outputTable=p:d.t",
              "--tempLocation=/tmp/later-loads"
            },
            stream(out),
            stream(err));
    assertEquals(
        "Invalid option: tempLocation must be a Cloud Storage folder for BigQuery load files"
            + " (gs://bucket/path), but was '/tmp/later-loads' (see --help)\n",
        err.toString());
    assertEquals(2, exitCode);
    assertEquals("no request may be sent", 0, emulator.stats().total());
  }

  @Test
  public void givenHelp_thenListsTheOptionsWithDefaultsAndExitsZero() {
    int exitCode = parquet("--help");
    assertEquals(0, exitCode);
    String help = out.toString();
    for (String option :
        List.of(
            "--apiBaseUrl",
            "--clientSecret",
            "--lookbackDays",
            "--output",
            "--outputTable",
            "--demo",
            "--demoPagination")) {
      assertThat(help, containsString(option));
    }
    assertThat(help, containsString("Default: https://reporting.api.later.com"));
    assertThat(help, containsString("Default: none"));
  }

  @Test
  public void givenASecret_thenItStaysOutOfSerializedOptionsAndDisplayData() throws Exception {
    ExportOptions options =
        ExportLauncher.parse(
            new String[] {
              "--clientId=c",
              "--clientSecret=very-secret-value",
              "--startDate=2025-01-01",
              "--endDate=2025-01-02"
            });
    String serialized = PipelineOptionsTranslation.toProto(options).toString();
    assertThat(serialized, not(containsString("very-secret-value")));
    assertThat(DisplayData.from(options).toString(), not(containsString("very-secret-value")));
    assertThat(
        ExportSettings.from(options.as(ExportOptions.class), fixedClock()).read().toString(),
        not(containsString("very-secret-value")));
  }

  @Test
  public void givenALookbackByDay_thenTheRangeEndsYesterdayInUtc() {
    assertEquals("2025-05-04..2025-05-10", lookbackRange("day"));
  }

  @Test
  public void givenALookbackByWeekOrMonth_thenItsStartWidensToTheStartOfItsWindow() {
    // 2025-05-04 is a Sunday: its ISO week starts on Monday 2025-04-28.
    assertEquals("2025-04-28..2025-05-10", lookbackRange("week"));
    assertEquals("2025-05-01..2025-05-10", lookbackRange("month"));
    assertEquals("2025-04-01..2025-05-10", lookbackRange("quarter"));
  }

  private static String lookbackRange(String granularity) {
    ExportOptions options =
        ExportLauncher.parse(
            new String[] {
              "--clientId=c", "--clientSecret=s", "--lookbackDays=7", "--granularity=" + granularity
            });
    ExportSettings settings = ExportSettings.from(options, fixedClock());
    return settings.startDate() + ".." + settings.endDate();
  }

  private static Clock fixedClock() {
    return Clock.fixed(Instant.parse("2025-05-11T00:30:00Z"), ZoneOffset.UTC);
  }
}
