package io.laterreporting.beam.planning;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.laterreporting.beam.client.PaginationGeneration;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

public class ReadCostEstimateTest {
  @Test
  public void givenTwoYearsDailyOverThreeHundredDiscoveredInstances_thenOneQueryPerWindow() {
    ReadCostEstimate cost = twoYearsDailyOverThreeHundredDiscoveredInstances();
    assertEquals(731, cost.windows());
    assertEquals(731, cost.units()); // discovered instances: one query per window omits instanceIds
    assertEquals(731, cost.minimalDataRequests());
    assertEquals(731, cost.plannedDataRequests());
    assertEquals(1 + 3, cost.overheadRequests()); // token + 3 pages of /v2/instances
    // (731 + 4) requests at 2 per second
    assertEquals(367.5, cost.rateBound().toMillis() / 1000.0, 0.01);
    assertTrue(cost.isRateBound());
    assertThat(cost.describe(), containsString("at least 731"));
  }

  @Test
  public void givenTwoYearsDailyOverThreeHundredListedInstances_thenThreeQueriesPerWindow() {
    ReadCostEstimate cost =
        ReadCostEstimate.builder()
            .dateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), Granularity.DAY)
            .instances(300, true)
            .rateBudget(120, Duration.ofMinutes(1))
            .build();
    assertEquals(731 * 3, cost.units()); // listed: 100 instances per query
    assertEquals(731 * 3, cost.plannedDataRequests());
    assertEquals(1, cost.overheadRequests()); // token only
    // (2193 + 1) requests at 2 per second
    assertEquals(1097.0, cost.rateBound().toMillis() / 1000.0, 0.01);
    assertThat(cost.describe(), containsString("2,193"));
  }

  @Test
  public void givenKnownRows_thenMinimalAndPlannedCounts() {
    List<DateWindow> windows =
        DateWindows.cover(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), Granularity.MONTH);
    ReadCostEstimate cost =
        ReadCostEstimate.builder()
            .windows(windows)
            .instances(5)
            .rowsPerWindow(List.of(0L, 100L, 101L))
            .noRateBudget()
            .latency(Duration.ofMillis(50))
            .concurrency(8)
            .build();
    assertEquals(3, cost.units());
    assertEquals(1 + 1 + 2, cost.minimalDataRequests());
    assertEquals(4, cost.plannedDataRequests());
    assertEquals(Duration.ofMillis(25), cost.latencyBound()); // 4 x 50 ms / 8
    assertEquals(Duration.ZERO, cost.rateBound());
    assertEquals(201, cost.rows());
  }

  @Test
  public void givenSmallPages_thenMoreRequestsThanTheMinimum() {
    ReadCostEstimate cost =
        ReadCostEstimate.builder()
            .dateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), Granularity.NONE)
            .instances(2, true)
            .pageSize(50)
            .rowsPerWindow(1000)
            .build();
    assertEquals(10, cost.minimalDataRequests());
    assertEquals(20, cost.plannedDataRequests());
    assertEquals(1, cost.overheadRequests());
  }

  @Test
  public void givenCursorsAndFewWindows_thenOneQueryPerInstance() {
    ReadCostEstimate cost =
        ReadCostEstimate.builder()
            .dateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), Granularity.MONTH)
            .instances(4)
            .pagination(PaginationGeneration.CURSOR)
            .rowsPerWindow(400)
            .build();
    assertEquals(12, cost.units());
    assertEquals(12, cost.minimalDataRequests());
    // 4 pages split over 4 queries: upper bound 4 + 4 - 1 per window
    assertEquals(21, cost.plannedDataRequests());
  }

  @Test
  public void givenAQueryAboveFiveHundredPages_thenItIsRecutByInstance() {
    ReadCostEstimate cost =
        ReadCostEstimate.builder()
            .dateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), Granularity.NONE)
            .instances(10)
            .rowsPerWindow(60_000)
            .build();
    assertEquals(600, cost.minimalDataRequests());
    assertEquals(600 + 10, cost.plannedDataRequests());
  }

  @Test
  public void givenRowsKnownOrNot_thenDescribeRendersEveryLineExactly() {
    ReadCostEstimate unknown = twoYearsDailyOverThreeHundredDiscoveredInstances();
    ReadCostEstimate known =
        ReadCostEstimate.builder()
            .dateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), Granularity.MONTH)
            .instances(3, true)
            .campaignIds(60)
            .pagination(PaginationGeneration.CURSOR)
            .rowsPerWindow(List.of(0L, 250L, 12_345L))
            .rosterCampaigns(1_234)
            .latency(Duration.ofMillis(50))
            .noRateBudget()
            .build();
    assertEquals(
        "Read plan: 731 window(s) (2024-01-01..2024-01-01 .. 2025-12-31..2025-12-31) x 1 query(ies)"
            + " per window = 731 unit(s); 300 instance(s) discovered, page size 100, page numbers\n"
            + "Rows: unknown; data requests: at least 731 (one per query; +1 per 100 rows beyond the"
            + " first page); overhead 4, plus the membership check's roster walk (campaigns / 100"
            + " requests; not counted: the roster's size is unknown)\n"
            + "Time: >= 6 min 08 s (rate: 6 min 08 s at 2.00 req/s) and >= 18.3 s (latency: 200 ms x"
            + " requests / 8 in flight); expect about 6 min 27 s\n",
        unknown.describe().replace(System.lineSeparator(), "\n"));
    assertEquals(
        "Read plan: 3 window(s) (2025-01-01..2025-01-31 .. 2025-03-01..2025-03-31) x 6 query(ies)"
            + " per window = 18 unit(s); 3 instance(s) listed, page size 100, cursor pages\n"
            + "Rows: 12,595; data requests: minimal 128, planned 143 (1.12x); overhead 14 (13 of them"
            + " the membership check's roster walk)\n"
            + "Time: >= 893 ms (rate: 0 ms at no budget) and >= 893 ms (latency: 50 ms x requests"
            + " / 8 in flight); expect about 893 ms\n",
        known.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  public void givenTheMembershipCheck_thenItsRosterWalkIsCountedOnlyWhenAQueryHasSeveralPages() {
    ReadCostEstimate.Builder base =
        ReadCostEstimate.builder()
            .dateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), Granularity.DAY)
            .instances(12)
            .rosterCampaigns(36_000);
    ReadCostEstimate onePageEach = base.rowsPerWindow(100).build();
    assertEquals(
        "no query of several pages: nothing to check", 0, onePageEach.membershipRequests());
    assertEquals(2, onePageEach.overheadRequests());
    ReadCostEstimate severalPages = base.rowsPerWindow(101).build();
    assertEquals("one walk per read", 360, severalPages.membershipRequests());
    assertEquals(2 + 360, severalPages.overheadRequests());
    assertEquals(62 + 362, severalPages.totalRequests());
    assertEquals(0, base.membershipCheck(false).build().membershipRequests());
    ReadCostEstimate unknownRoster =
        ReadCostEstimate.builder()
            .dateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), Granularity.DAY)
            .rowsPerWindow(500)
            .build();
    assertEquals(0, unknownRoster.membershipRequests());
    assertTrue(unknownRoster.membershipUncounted());
  }

  private static ReadCostEstimate twoYearsDailyOverThreeHundredDiscoveredInstances() {
    return ReadCostEstimate.of(
        LocalDate.of(2024, 1, 1),
        LocalDate.of(2025, 12, 31),
        Granularity.DAY,
        300,
        120,
        Duration.ofMinutes(1));
  }
}
