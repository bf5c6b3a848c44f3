package io.laterreporting.beam.planning;

import io.laterreporting.beam.client.ApiLimits;
import io.laterreporting.beam.client.PaginationGeneration;
import io.laterreporting.beam.client.PerformanceQuery;
import io.laterreporting.beam.routes.ReportRoute;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link ReadSpec} into {@link ReadUnit}s once the visible instances and the pagination
 * generation are known.
 *
 * <p>Requests, not CPU, bound a read, and a query costs {@code max(1, ceil(rows / pageSize))}
 * requests, so the plan makes as few queries as possible: one per window over all instances. With
 * page numbers that loses no parallelism, because the pages of one query are fetched independently.
 * With cursors the pages of a query come one after another, so when there are fewer windows than
 * {@link #CURSOR_PARALLEL_WINDOWS} the plan spends one query per instance and window to read
 * instances in parallel. A query over every visible instance omits {@code instanceIds}; instances
 * the user lists are sent at most {@link ApiLimits#MAX_INSTANCES_PER_QUERY} to a query to keep URLs
 * short, and campaign ids at most {@link ApiLimits#MAX_CAMPAIGN_IDS}, the API's limit; each
 * campaign and instance is in exactly one query, so neither cut changes the output.
 *
 * <p>Only the cuts the route allows are made ({@link ReportRoute#allows}): a route whose rows
 * aggregate over the scope (creators, instance totals, the time series) gets one query per window
 * over all its instances and campaigns, or, for instance totals read one row per instance, one
 * query per instance and window.
 */
public final class ReadPlanner {
  public static final int CURSOR_PARALLEL_WINDOWS = 16;

  private ReadPlanner() {}

  public static List<ReadUnit> plan(
      ReadSpec spec, List<String> visibleInstances, PaginationGeneration generation) {
    List<String> instances = spec.instanceIds().isEmpty() ? visibleInstances : spec.instanceIds();
    if (instances.isEmpty()) {
      return List.of();
    }
    boolean instanceCut = spec.route().allows(ReportRoute.Cut.INSTANCE);
    boolean perInstance =
        spec.rowPerInstance()
            || (instanceCut
                && generation == PaginationGeneration.CURSOR
                && instances.size() > 1
                && spec.windows().size() < CURSOR_PARALLEL_WINDOWS);
    boolean allInstancesInOneQuery = spec.instanceIds().isEmpty() && !perInstance;
    List<List<String>> instanceGroups =
        perInstance
            ? chunks(instances, 1)
            : allInstancesInOneQuery || !instanceCut
                ? List.of(List.copyOf(instances))
                : chunks(instances, ApiLimits.MAX_INSTANCES_PER_QUERY);
    List<List<Long>> campaignBatches =
        spec.campaignIds().isEmpty()
            ? List.of(List.of())
            : spec.route().allows(ReportRoute.Cut.CAMPAIGN)
                ? chunks(spec.campaignIds(), ApiLimits.MAX_CAMPAIGN_IDS)
                : List.of(List.copyOf(spec.campaignIds()));

    List<ReadUnit> units = new ArrayList<>();
    for (DateWindow window : spec.windows()) {
      for (List<String> group : instanceGroups) {
        for (int batch = 0; batch < campaignBatches.size(); batch++) {
          List<Long> campaigns = campaignBatches.get(batch);
          PerformanceQuery query =
              spec.filters().toBuilder()
                  .setStartDate(window.start())
                  .setEndDate(window.end())
                  .setInstanceIds(allInstancesInOneQuery ? List.of() : group)
                  .setCampaignIds(campaigns)
                  .build();
          String id =
              "window="
                  + window
                  + " instances="
                  + (allInstancesInOneQuery ? "all" : describe(group))
                  + (campaignBatches.size() > 1
                      ? " campaigns=batch" + (batch + 1) + "/" + campaignBatches.size()
                      : "");
          units.add(ReadUnit.of(query, group, spec.pageSize(), id));
        }
      }
    }
    return units;
  }

  private static String describe(List<String> instances) {
    return instances.size() <= 3
        ? String.join(",", instances)
        : instances.get(0)
            + ".."
            + instances.get(instances.size() - 1)
            + "("
            + instances.size()
            + ")";
  }

  /** {@code items} cut into consecutive lists of at most {@code size}. */
  public static <T> List<List<T>> chunks(List<T> items, int size) {
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < items.size(); from += size) {
      chunks.add(List.copyOf(items.subList(from, Math.min(items.size(), from + size))));
    }
    return chunks;
  }
}
