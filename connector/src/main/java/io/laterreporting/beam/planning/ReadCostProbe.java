package io.laterreporting.beam.planning;

import io.laterreporting.beam.client.ApiClientConfig;
import io.laterreporting.beam.client.ClientObserver;
import io.laterreporting.beam.client.LaterApiClient;
import io.laterreporting.beam.client.PageRequest;
import io.laterreporting.beam.client.PaginationGeneration;
import io.laterreporting.beam.client.PerformancePage;
import io.laterreporting.beam.client.PerformanceQuery;
import io.laterreporting.beam.records.CampaignPerformance;
import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Asks the API for the exact row count of each window, cheaply, to feed {@link
 * ReadCostEstimate.Builder#rowsPerWindow(List)}.
 *
 * <p><b>Cost:</b> one data request per window (page 1 with {@code pageSize=1}, whose {@code
 * totalItems} is the window's row count in page-number mode) plus the token: the same as the lower
 * bound of the read itself, so it pays when windows hold more than one page of rows (it then costs
 * {@code 1 / pages} of the read), not for daily reads of small accounts. Every request counts
 * against the shared rate budget and is paced by the same limiter as a read. Cursor-mode gateways
 * report no totals: the probe then returns {@code null} after the first request.
 */
public final class ReadCostProbe {
  private ReadCostProbe() {}

  /**
   * Rows of each window for {@code filters} (instances, campaigns, platform... as the read will
   * ask; its dates are replaced by each window's), or {@code null} when the gateway speaks cursors.
   */
  public static @Nullable List<Long> rowsPerWindow(
      ApiClientConfig config, PerformanceQuery filters, List<DateWindow> windows) {
    List<Long> rows = new ArrayList<>();
    try (LaterApiClient client = LaterApiClient.create(config, ClientObserver.NONE)) {
      for (DateWindow w : windows) {
        PerformancePage<CampaignPerformance> page =
            client.campaignPerformance(filters.withDates(w.start(), w.end()), PageRequest.first(1));
        if (page.pageInfo().generation() == PaginationGeneration.CURSOR
            || page.pageInfo().totalItems() == null) {
          return null;
        }
        rows.add(page.pageInfo().totalItems());
      }
    }
    return rows;
  }
}
