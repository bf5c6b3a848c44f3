package io.laterreporting.beam.reading;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.laterreporting.beam.client.ApiClientConfig;
import io.laterreporting.beam.client.PerformanceQuery;
import io.laterreporting.beam.client.SecretSources;
import io.laterreporting.beam.planning.DateWindow;
import io.laterreporting.beam.planning.ReadSpec;
import io.laterreporting.beam.planning.ReadUnit;
import io.laterreporting.beam.records.CampaignPerformance;
import io.laterreporting.beam.testing.EmulatorOracle;
import io.laterreporting.emulator.ReportingApiEmulator;
import io.laterreporting.emulator.Route;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.io.range.OffsetRange;
import org.apache.beam.sdk.transforms.splittabledofn.OffsetRangeTracker;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * When the runner checkpoints a page-range restriction while pages fetched ahead are still in
 * flight (the DirectRunner does so every second), the residual waits for those answers instead of
 * asking for the same pages again: every page is requested once and emitted once, whatever the
 * position of the checkpoint. The server's latency (400 ms) keeps the look-ahead in flight when the
 * first call returns and the residual starts.
 */
@RunWith(JUnit4.class)
public class ParkedInFlightPagesTest {
  private static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final LocalDate END = LocalDate.of(2025, 6, 30);
  private static final int PAGE_SIZE = 10;
  private static final int IN_FLIGHT = 4;

  @Test
  public void givenCheckpointsWithPagesInFlight_thenTheResidualTakesThemAndNoPageIsAskedTwice() {
    try (ReportingApiEmulator emulator =
        ReportingApiEmulator.builder()
            .seed(5)
            .instances(2)
            .campaignsPerInstance(200)
            .latency(Duration.ofMillis(400))
            .start()) {
      ReadSpec spec = spec(emulator);
      ReadUnit unit =
          ReadUnit.of(
              PerformanceQuery.builder().setStartDate(START).setEndDate(END).build(),
              List.of(),
              PAGE_SIZE,
              "window=" + START + ".." + END + " instances=all");
      int expectedRows =
          EmulatorOracle.rows(emulator, List.of(), List.of(DateWindow.of(START, END))).size();
      int totalPages = (int) Math.ceil(expectedRows / (double) PAGE_SIZE);
      assertTrue("enough pages to checkpoint in: " + totalPages, totalPages >= 10);
      List<PendingPages> batch = List.of(PendingPages.pageNumbers(unit, 2, totalPages + 1));
      for (int claimsBeforeCheckpoint : new int[] {0, 1, 3, 5}) {
        emulator.stats().reset();
        List<FetchedPage<CampaignPerformance>> pages = new ArrayList<>();
        OffsetRange residual =
            read(spec, batch, new OffsetRange(0, totalPages - 1), claimsBeforeCheckpoint, pages);
        read(spec, batch, residual, Integer.MAX_VALUE, pages);

        String what = "checkpoint after " + claimsBeforeCheckpoint + " claims: ";
        List<Integer> indexes = new ArrayList<>();
        Set<CampaignPerformance> rows = new HashSet<>();
        int rowCount = 0;
        for (FetchedPage<CampaignPerformance> page : pages) {
          indexes.add(page.index());
          rows.addAll(page.rows());
          rowCount += page.rows().size();
        }
        List<Integer> expected = new ArrayList<>();
        for (int p = 2; p <= totalPages; p++) {
          expected.add(p);
        }
        assertEquals(what + "each page emitted once, in order", expected, indexes);
        assertEquals(what + "no row twice", rowCount, rows.size());
        assertEquals(what + "every row after page 1", expectedRows - PAGE_SIZE, rowCount);
        assertEquals(
            what + "each page asked once: the residual waited for the pages in flight",
            totalPages - 1,
            emulator.stats().requests(Route.CAMPAIGN_PERFORMANCE));
      }
    }
  }

  private static ReadSpec spec(ReportingApiEmulator emulator) {
    ApiClientConfig config =
        ApiClientConfig.of(
            emulator.baseUrl(),
            emulator.clientId(),
            SecretSources.ofValue(emulator.clientSecret()));
    return ReadSpec.builder()
        .setClientConfig(config)
        .setFilters(PerformanceQuery.builder().setStartDate(START).setEndDate(END).build())
        .setWindows(List.of(DateWindow.of(START, END)))
        .setInstanceIds(List.of())
        .setCampaignIds(List.of())
        .setPageSize(PAGE_SIZE)
        .setMaxConcurrentRequests(IN_FLIGHT)
        .build();
  }

  /** Reads {@code range}, checkpointing at the claim after {@code claims}; the residual. */
  private static @Nullable OffsetRange read(
      ReadSpec spec,
      List<PendingPages> batch,
      OffsetRange range,
      int claims,
      List<FetchedPage<CampaignPerformance>> out) {
    ReadPageRangeFn<CampaignPerformance> fn = new ReadPageRangeFn<>(spec);
    fn.setup();
    try {
      CheckpointAfter<OffsetRange, Long> tracker =
          new CheckpointAfter<>(new OffsetRangeTracker(range), claims);
      fn.processElement(batch, tracker, new CollectPages<>(out));
      return tracker.residual;
    } finally {
      fn.teardown();
    }
  }
}
