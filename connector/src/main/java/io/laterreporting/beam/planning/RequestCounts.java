package io.laterreporting.beam.planning;

import io.laterreporting.beam.client.ApiLimits;
import io.laterreporting.beam.client.PaginationGeneration;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The request side of a {@link ReadCostEstimate}: how the read is cut into queries (the same cut as
 * {@link ReadPlanner}) and the data and overhead requests that cut costs, minimal and planned.
 *
 * <p>Kept apart from the time bounds ({@link TimeBounds}) and the rendering ({@link CostReport})
 * because it is the only part that knows the API's paging rules ({@link ApiLimits}); the other two
 * work on its counts alone.
 */
final class RequestCounts {
  /** Queries per window: instance groups x campaign batches. */
  final long queriesPerWindow;

  /** {@code sum over windows of max(1, ceil(rows / 100))}; one per window without row counts. */
  final long minimalData;

  /** What the plan sends; an upper bound when a window spans several queries. */
  final long plannedData;

  /**
   * One token per worker, the pages of {@code /v2/instances} when instances are discovered, and the
   * membership check's roster walk ({@link #membership}).
   */
  final long overhead;

  /**
   * The membership check: one walk of the roster, {@code ceil(campaigns / 100)} requests, when the
   * route checks membership and a query may have more than one page (a query of one page is never
   * checked); 0 when not, or when the roster's size is unknown ({@link #membershipUncounted}).
   */
  final long membership;

  final boolean membershipUncounted;

  RequestCounts(
      int windows,
      @Nullable List<Long> rowsPerWindow,
      int instances,
      boolean instancesListed,
      int campaignIds,
      int pageSize,
      PaginationGeneration generation,
      int workers,
      boolean membershipCheck,
      long rosterCampaigns) {
    long instanceGroups = instanceGroups(windows, instances, instancesListed, generation);
    long batches = campaignIds == 0 ? 1 : ceilDiv(campaignIds, ApiLimits.MAX_CAMPAIGN_IDS);
    long groups = instanceGroups * batches;
    long instancesPerGroup = Math.max(1, ceilDiv(instances, instanceGroups));
    long minimal = 0;
    long planned = 0;
    boolean multiPage = rowsPerWindow == null;
    for (int i = 0; i < windows; i++) {
      if (rowsPerWindow == null) {
        minimal += 1;
        planned += groups;
        continue;
      }
      long rows = rowsPerWindow.get(i);
      multiPage |= ceilDiv(rows, groups) > pageSize;
      minimal += Math.max(1, ceilDiv(rows, ApiLimits.MAX_PAGE_SIZE));
      long pages = ceilDiv(rows, pageSize);
      long windowRequests = Math.max(groups, pages + groups - 1);
      if (generation == PaginationGeneration.PAGE_NUMBER
          && ceilDiv(rows, groups) > (long) ApiLimits.MAX_PAGE_NUMBER * pageSize) {
        // Each oversized query costs its first page again per instance when re-cut.
        long oversized =
            Math.min(groups, ceilDiv(rows, (long) ApiLimits.MAX_PAGE_NUMBER * pageSize));
        windowRequests += oversized * instancesPerGroup;
      }
      planned += windowRequests;
    }
    this.queriesPerWindow = groups;
    this.minimalData = minimal;
    this.plannedData = planned;
    boolean walks = membershipCheck && multiPage;
    this.membership =
        walks && rosterCampaigns >= 0
            ? Math.max(1, ceilDiv(rosterCampaigns, ApiLimits.MAX_PAGE_SIZE))
            : 0;
    this.membershipUncounted = walks && rosterCampaigns < 0;
    this.overhead =
        workers + (instancesListed ? 0 : Math.max(1, ceilDiv(instances, 100))) + membership;
  }

  /**
   * Queries per window for the instances: one per instance in cursor mode with few windows, one per
   * {@value ApiLimits#MAX_INSTANCES_PER_QUERY} listed instances, else one (instances discovered).
   */
  private static long instanceGroups(
      int windows, int instances, boolean instancesListed, PaginationGeneration generation) {
    boolean perInstance =
        generation == PaginationGeneration.CURSOR
            && instances > 1
            && windows < ReadPlanner.CURSOR_PARALLEL_WINDOWS;
    if (perInstance) {
      return instances;
    }
    return instancesListed ? Math.max(1, ceilDiv(instances, ApiLimits.MAX_INSTANCES_PER_QUERY)) : 1;
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }
}
