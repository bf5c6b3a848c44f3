package io.laterreporting.pipelines;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.laterreporting.beam.planning.Granularity;
import io.laterreporting.emulator.ReportingApiEmulator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** Scheduled runs with {@code --lookbackDays}: each day's run replaces whole periods. */
@RunWith(JUnit4.class)
public class ParquetLookbackTest {
  @Rule public final TemporaryFolder folder = new TemporaryFolder();
  @Rule public final ParquetExports exports = new ParquetExports();

  private static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }

  @Test
  public void
      givenMonthsAndASevenDayLookbackOnTwoConsecutiveDays_thenNoCampaignHasOverlappingPeriods()
          throws Exception {
    ReportingApiEmulator emulator = exports.start(ParquetExports.threeInstances(4));
    Path output = folder.getRoot().toPath().resolve("out");
    String[] daily = {"--lookbackDays=7", "--granularity=month"};

    int firstDay = exports.exportAt(at("2025-04-02T06:00:00Z"), emulator, output, daily);
    int secondDay = exports.exportAt(at("2025-04-03T06:00:00Z"), emulator, output, daily);

    assertEquals(exports.err(), 0, firstDay);
    assertEquals(exports.err(), 0, secondDay);
    // 7 days back from 2025-04-02 start in March: the run re-reads all of March, and April so far.
    assertThat(
        exports.out(), containsString("in 2 windows (2025-03-01..2025-04-02, granularity month)"));
    List<Map<String, Object>> rows = ExportedRows.readParquet(output);
    List<Map<String, Object>> expected =
        ParquetExports.oracle(
            emulator, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 2), Granularity.MONTH);
    assertTrue(expected.size() > 3);
    assertEquals(expected.size(), rows.size());
    assertThat(rows, containsInAnyOrder(expected.toArray()));
    Map<String, List<Map<String, Object>>> byCampaign =
        rows.stream()
            .collect(
                Collectors.groupingBy(row -> row.get("instanceId") + "/" + row.get("campaignId")));
    for (Map.Entry<String, List<Map<String, Object>>> campaign : byCampaign.entrySet()) {
      List<Map<String, Object>> periods = new ArrayList<>(campaign.getValue());
      periods.sort(
          (a, b) -> a.get("periodStart").toString().compareTo(b.get("periodStart").toString()));
      for (int i = 1; i < periods.size(); i++) {
        assertTrue(
            campaign.getKey() + " has overlapping periods " + periods,
            periods
                    .get(i - 1)
                    .get("periodEnd")
                    .toString()
                    .compareTo(periods.get(i).get("periodStart").toString())
                < 0);
      }
    }
  }

  @Test
  public void givenALookbackWithoutGranularity_thenItIsRefusedBeforeAnyRequest() throws Exception {
    ReportingApiEmulator emulator = exports.start(ReportingApiEmulator.builder());

    int exitCode =
        exports.exportAt(
            at("2025-04-02T06:00:00Z"), emulator, folder.getRoot().toPath(), "--lookbackDays=7");

    assertEquals(2, exitCode);
    assertThat(
        exports.err(),
        containsString(
            "lookbackDays needs granularity day|week|month|quarter|year, but granularity was none"));
    assertEquals(0, emulator.stats().total());
  }
}
