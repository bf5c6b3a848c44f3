package io.laterreporting.beam.planning;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import io.laterreporting.beam.client.ApiClientConfig;
import io.laterreporting.beam.client.PerformanceQuery;
import io.laterreporting.beam.client.SecretSources;
import io.laterreporting.emulator.Pagination;
import io.laterreporting.emulator.ReportingApiEmulator;
import io.laterreporting.emulator.Route;
import io.laterreporting.emulator.RowQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class ReadCostProbeTest {
  private static final List<DateWindow> WINDOWS =
      DateWindows.cover(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 30), Granularity.MONTH);

  private static ApiClientConfig config(ReportingApiEmulator emu) {
    return ApiClientConfig.builder()
        .setBaseUrl(emu.baseUrl())
        .setCredentials(emu.clientId(), SecretSources.ofValue(emu.clientSecret()))
        .setAllowInsecureHttp(true)
        .build();
  }

  private static PerformanceQuery filters() {
    return PerformanceQuery.builder()
        .setStartDate(LocalDate.of(2025, 1, 1))
        .setEndDate(LocalDate.of(2025, 1, 1))
        .build();
  }

  @Test
  public void givenPageNumbers_thenExactCountsAtOneRequestPerWindow() {
    try (ReportingApiEmulator emu = ReportingApiEmulator.builder().seed(3).instances(4).start()) {
      List<Long> counted = ReadCostProbe.rowsPerWindow(config(emu), filters(), WINDOWS);
      List<Long> expected = new ArrayList<>();
      for (DateWindow w : WINDOWS) {
        expected.add(
            (long)
                emu.dataset()
                    .campaignRows(RowQuery.builder().startDate(w.start()).endDate(w.end()).build())
                    .size());
      }
      assertEquals(expected, counted);
      assertEquals(WINDOWS.size(), emu.stats().requests(Route.CAMPAIGN_PERFORMANCE));
      ReadCostEstimate cost =
          ReadCostEstimate.builder().windows(WINDOWS).instances(4).rowsPerWindow(counted).build();
      assertEquals(
          expected.stream().mapToLong(n -> Math.max(1, (n + 99) / 100)).sum(),
          cost.minimalDataRequests());
    }
  }

  @Test
  public void givenCursors_thenNoTotals() {
    try (ReportingApiEmulator emu =
        ReportingApiEmulator.builder().seed(3).instances(4).pagination(Pagination.CURSOR).start()) {
      assertNull(ReadCostProbe.rowsPerWindow(config(emu), filters(), WINDOWS));
      assertEquals(1, emu.stats().requests(Route.CAMPAIGN_PERFORMANCE));
    }
  }
}
