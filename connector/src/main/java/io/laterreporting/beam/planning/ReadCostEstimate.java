package io.laterreporting.beam.planning;

import io.laterreporting.beam.client.ApiLimits;
import io.laterreporting.beam.client.PaginationGeneration;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What a read will cost, before it runs: units (queries), data requests and time. Pure arithmetic,
 * no network; the same cut into queries as {@link ReadPlanner}.
 *
 * <pre>{@code
 * ReadCostEstimate cost = ReadCostEstimate.builder()
 *     .dateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), Granularity.DAY)
 *     .instances(300)
 *     .rateBudget(120, Duration.ofMinutes(1))
 *     .build();
 * System.out.println(cost.describe());
 * }</pre>
 *
 * <p>The model (LATER_API.md sections 4 and 7):
 *
 * <ul>
 *   <li>A query costs {@code max(1, ceil(rows / pageSize))} data requests; no read needs more than
 *       the <b>minimal</b> count {@code sum over windows of max(1, ceil(rows / 100))} (one query
 *       per window, largest page).
 *   <li>The <b>planned</b> count is what the connector will send: one query per window and group of
 *       at most {@value ApiLimits#MAX_INSTANCES_PER_QUERY} listed instances (one group when they
 *       are discovered: the query then omits {@code instanceIds}; per instance in cursor mode with
 *       fewer than {@value ReadPlanner#CURSOR_PARALLEL_WINDOWS} windows), times the batches of
 *       {@value ApiLimits#MAX_CAMPAIGN_IDS} campaign ids. When a window's rows are split over
 *       several queries their exact split is unknown, so the planned count is the upper bound
 *       {@code ceil(rows / pageSize) + queries - 1}. A query above 500 pages (page-number mode) is
 *       re-cut by instance: its first page is repeated once per instance.
 *   <li>Overhead requests (not data): one token per worker JVM and, when instances are not listed,
 *       {@code ceil(instances / 100)} pages of {@code /v2/instances}.
 *   <li>Time: no less than {@code requests x latency / concurrency} (latency bound) and no less
 *       than {@code requests / rate} (rate bound, all requests count against the budget). The
 *       connector paces at 95% of a learned budget, so a rate-bound read takes about the rate bound
 *       / 0.95.
 * </ul>
 *
 * <p>Without row counts per window only the lower bound of one request per query is known; pass
 * {@link Builder#rowsPerWindow(long)} (an estimate) or exact counts (e.g. from a probe that reads
 * page 1 with {@code pageSize=1} per window, which returns {@code totalItems} in page-number mode
 * at one request per window).
 *
 * <p>This class holds the inputs and answers; the arithmetic and the wording live beside it, one
 * concept a file: {@link RequestCounts} (the cut into queries and the minimal, planned and overhead
 * request counts: the only part that knows the API's paging rules), {@link TimeBounds} (the latency
 * and rate bounds and the paced expectation: requests into time) and {@link CostReport} (the lines
 * {@link #describe()} prints).
 */
public final class ReadCostEstimate {

  // The inputs, package-private for CostReport, which renders them.
  final List<DateWindow> windows;
  private final @Nullable List<Long> rowsPerWindow;
  final int instances;
  final boolean instancesListed;
  final int pageSize;
  final PaginationGeneration generation;
  final double requestsPerSecond;
  final int concurrency;
  final Duration latency;

  final RequestCounts requests;

  private ReadCostEstimate(Builder b) {
    this.windows = List.copyOf(b.windows);
    this.rowsPerWindow = b.rowsPerWindow == null ? null : List.copyOf(b.rowsPerWindow);
    this.instances = b.instances;
    this.instancesListed = b.instancesListed;
    this.pageSize = b.pageSize;
    this.generation = b.generation;
    this.requestsPerSecond = b.requestsPerSecond;
    this.concurrency = b.concurrency;
    this.latency = b.latency;

    this.requests =
        new RequestCounts(
            windows.size(),
            rowsPerWindow,
            instances,
            instancesListed,
            b.campaignIds,
            pageSize,
            generation,
            b.workers,
            b.membershipCheck,
            b.rosterCampaigns);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * One call: a date range cut by {@code granularity}, over {@code instances}, at a rate budget.
   */
  public static ReadCostEstimate of(
      LocalDate start,
      LocalDate end,
      Granularity granularity,
      int instances,
      int requestsPerWindow,
      Duration window) {
    return builder()
        .dateRange(start, end, granularity)
        .instances(instances)
        .rateBudget(requestsPerWindow, window)
        .build();
  }

  /** Queries the connector makes ({@link ReadUnit}s). */
  public long units() {
    return requests.queriesPerWindow * windows.size();
  }

  public int windows() {
    return windows.size();
  }

  /** Whether row counts were given, so that request counts are more than lower bounds. */
  public boolean rowCountsKnown() {
    return rowsPerWindow != null;
  }

  /** Rows the read returns, or -1 when unknown. */
  public long rows() {
    return rowsPerWindow == null ? -1 : rowsPerWindow.stream().mapToLong(Long::longValue).sum();
  }

  /** {@code sum over windows of max(1, ceil(rows / 100))}; without row counts, one per window. */
  public long minimalDataRequests() {
    return requests.minimalData;
  }

  /**
   * Data requests the connector's plan sends (an upper bound when a window spans several queries).
   */
  public long plannedDataRequests() {
    return requests.plannedData;
  }

  /** Token and instance-discovery requests. */
  public long overheadRequests() {
    return requests.overhead;
  }

  /**
   * Of {@link #overheadRequests()}: the membership check's roster walk, when the read checks
   * membership, some query may have several pages, and the roster's size is known.
   */
  public long membershipRequests() {
    return requests.membership;
  }

  /** Whether the read will walk the roster but its size, hence the walk's cost, is unknown. */
  public boolean membershipUncounted() {
    return requests.membershipUncounted;
  }

  public long totalRequests() {
    return requests.plannedData + requests.overhead;
  }

  /** {@code planned data requests x latency / concurrency}. */
  public Duration latencyBound() {
    return TimeBounds.latencyBound(requests.plannedData, latency, concurrency);
  }

  /** {@code total requests / rate}; zero without a rate budget. */
  public Duration rateBound() {
    return TimeBounds.rateBound(totalRequests(), requestsPerSecond);
  }

  /** The larger of the two bounds: no read of this configuration is faster. */
  public Duration lowerBound() {
    return TimeBounds.longer(latencyBound(), rateBound());
  }

  /** What to expect from the connector: the rate bound at its 95% pacing, or the latency bound. */
  public Duration expected() {
    return TimeBounds.longer(
        latencyBound(), TimeBounds.pacedRateBound(totalRequests(), requestsPerSecond));
  }

  /** True when the rate budget, not latency, bounds the read. */
  public boolean isRateBound() {
    return rateBound().compareTo(latencyBound()) > 0;
  }

  /** A few lines a person reads before paying for the read. */
  public String describe() {
    return CostReport.describe(this);
  }

  @Override
  public String toString() {
    return describe();
  }

  /**
   * Inputs; defaults: page size 100, page numbers, 120 requests/min, 8 in flight, 200 ms latency, 1
   * worker.
   */
  public static final class Builder {
    private List<DateWindow> windows = List.of();
    private @Nullable List<Long> rowsPerWindow;
    private int instances = 1;
    private boolean instancesListed;
    private int campaignIds;
    private int pageSize = ApiLimits.MAX_PAGE_SIZE;
    private PaginationGeneration generation = PaginationGeneration.PAGE_NUMBER;
    private double requestsPerSecond = 2.0;
    private int concurrency = 8;
    private Duration latency = Duration.ofMillis(200);
    private int workers = 1;
    private long rowsEach = -1;
    private boolean membershipCheck = true;
    private long rosterCampaigns = -1;

    private Builder() {}

    /**
     * Whether the read checks membership (campaigns and posts: rows that each belong to a campaign;
     * default true): one walk of the instances' campaign roster once every multi-page query is
     * read.
     */
    public Builder membershipCheck(boolean check) {
      this.membershipCheck = check;
      return this;
    }

    /**
     * Campaigns on the roster of the read's instances ({@code totalItems} of {@code
     * /v2/campaigns}): the membership check's walk costs {@code ceil(campaigns / 100)} requests.
     * Unknown by default: the estimate then says that walk is not counted.
     */
    public Builder rosterCampaigns(long campaigns) {
      if (campaigns < 0) {
        throw new IllegalArgumentException("rosterCampaigns must be >= 0, was " + campaigns);
      }
      this.rosterCampaigns = campaigns;
      return this;
    }

    /** The windows of a configuration, e.g. from {@link DateWindows#cover}. */
    public Builder windows(List<DateWindow> windows) {
      this.windows = List.copyOf(windows);
      return this;
    }

    public Builder dateRange(LocalDate start, LocalDate end, Granularity granularity) {
      return windows(DateWindows.cover(start, end, granularity));
    }

    /**
     * Instances read; {@code listed} when given with {@code withInstanceIds} (no discovery, one
     * query per 100).
     */
    public Builder instances(int instances, boolean listed) {
      if (instances < 1) {
        throw new IllegalArgumentException("instances must be >= 1, was " + instances);
      }
      this.instances = instances;
      this.instancesListed = listed;
      return this;
    }

    public Builder instances(int instances) {
      return instances(instances, false);
    }

    /** Number of campaign ids filtered on (0 = all campaigns). */
    public Builder campaignIds(int count) {
      if (count < 0) {
        throw new IllegalArgumentException("campaignIds must be >= 0 (0 = all), was " + count);
      }
      this.campaignIds = count;
      return this;
    }

    public Builder pageSize(int pageSize) {
      if (pageSize < 1 || pageSize > ApiLimits.MAX_PAGE_SIZE) {
        throw new IllegalArgumentException(
            "pageSize must be in 1.." + ApiLimits.MAX_PAGE_SIZE + ", was " + pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    public Builder pagination(PaginationGeneration generation) {
      this.generation = generation;
      return this;
    }

    /** Exact or estimated rows of each window, in the order of the windows. */
    public Builder rowsPerWindow(List<Long> rows) {
      this.rowsPerWindow = new ArrayList<>(rows);
      this.rowsEach = -1;
      return this;
    }

    /** The same row estimate for every window (e.g. campaigns active per window x instances). */
    public Builder rowsPerWindow(long rows) {
      this.rowsEach = rows;
      this.rowsPerWindow = null;
      return this;
    }

    /** The shared budget: {@code requests} per {@code window} (e.g. 120 per minute); 0 = none. */
    public Builder rateBudget(int requests, Duration window) {
      this.requestsPerSecond = requests <= 0 ? 0 : requests / (window.toNanos() / 1e9);
      return this;
    }

    public Builder noRateBudget() {
      this.requestsPerSecond = 0;
      return this;
    }

    /** Requests in flight over all workers ({@code withMaxConcurrentRequests} x workers). */
    public Builder concurrency(int concurrency) {
      if (concurrency < 1) {
        throw new IllegalArgumentException("concurrency must be >= 1, was " + concurrency);
      }
      this.concurrency = concurrency;
      return this;
    }

    /** The API's response time per request. */
    public Builder latency(Duration latency) {
      this.latency = latency;
      return this;
    }

    /** Worker JVMs (each mints one token). */
    public Builder workers(int workers) {
      this.workers = Math.max(1, workers);
      return this;
    }

    public ReadCostEstimate build() {
      if (rowsEach >= 0) {
        rowsPerWindow = new ArrayList<>(Collections.nCopies(windows.size(), rowsEach));
      }
      if (rowsPerWindow != null && rowsPerWindow.size() != windows.size()) {
        throw new IllegalArgumentException(
            "rowsPerWindow has "
                + rowsPerWindow.size()
                + " counts for "
                + windows.size()
                + " windows");
      }
      return new ReadCostEstimate(this);
    }
  }
}
