package io.laterreporting.beam.reading;

import io.laterreporting.beam.client.PerformancePage;
import io.laterreporting.beam.planning.ReadSpec;
import io.laterreporting.beam.planning.ReadUnit;
import io.laterreporting.beam.routes.ReportRoute;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.beam.sdk.io.range.OffsetRange;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.splittabledofn.OffsetRangeTracker;
import org.apache.beam.sdk.transforms.splittabledofn.RestrictionTracker;
import org.apache.beam.sdk.values.KV;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Reads the independently addressable pages of a batch of units (see {@link SpreadInBatches}): page
 * numbers 2..N once page 1 has told N, or the pieces of a unit cut by campaign. The restriction is
 * the range of the batch's pages ({@link PageBatch}), one unit after another, and one claim fetches
 * one page, so runners can start with splits of {@link #pagesPerSplit} pages spread over workers
 * (the parallelism Flink keeps, since it never splits at run time), and Dataflow can split further
 * while it runs. Within a split the read keeps {@code maxConcurrentRequests} pages in flight across
 * units, so even one runner thread and units of a few pages keep the JVM-wide bound busy. The size
 * of a restriction is its page count times the page size, in rows.
 */
@DoFn.BoundedPerElement
class ReadPageRangeFn<R> extends DoFn<List<PendingPages>, KV<String, FetchedPage<R>>> {
  static final int PAGES_PER_INITIAL_SPLIT = 16;

  /**
   * Pages per initial split: at least {@value #PAGES_PER_INITIAL_SPLIT}, and eight rounds of {@code
   * maxConcurrentRequests}, so that the requests in flight do not drain too often at a split's end.
   */
  static int pagesPerSplit(int maxConcurrentRequests) {
    return Math.max(PAGES_PER_INITIAL_SPLIT, 8 * maxConcurrentRequests);
  }

  private final ReadSpec spec;
  private final ReportRoute<R> route;
  private transient @Nullable ApiSession session;
  private transient @Nullable PieceReader<R> pieceReader;
  private transient @Nullable ConcurrentRequests requests;

  ReadPageRangeFn(ReadSpec spec) {
    this.spec = spec;
    this.route = spec.typedRoute();
  }

  @Setup
  public void setup() {
    session = new ApiSession(spec.clientConfig());
    pieceReader = new PieceReader<>(session, route);
    requests =
        ConcurrentRequests.forEndpoint(spec.clientConfig().baseUrl(), spec.maxConcurrentRequests());
  }

  @GetInitialRestriction
  public OffsetRange initialRestriction(@Element List<PendingPages> batch) {
    return new OffsetRange(0, PageBatch.size(batch));
  }

  @SplitRestriction
  public void splitRestriction(
      @Restriction OffsetRange restriction, OutputReceiver<OffsetRange> splits) {
    initialSplits(restriction, pagesPerSplit(spec.maxConcurrentRequests())).forEach(splits::output);
  }

  static List<OffsetRange> initialSplits(OffsetRange restriction, int pagesPerSplit) {
    return restriction.split(pagesPerSplit, 1);
  }

  @NewTracker
  public OffsetRangeTracker newTracker(@Restriction OffsetRange restriction) {
    return new OffsetRangeTracker(restriction);
  }

  @GetSize
  public double getSize(@Element List<PendingPages> batch, @Restriction OffsetRange restriction) {
    return (double) (restriction.getTo() - restriction.getFrom()) * batch.get(0).unit().pageSize();
  }

  /**
   * Fetches up to {@code maxConcurrentRequests} pages ahead of the one being claimed, across the
   * batch's units; each page is emitted here, when claimed. A page fetched ahead beyond the point
   * where the runner splits or checkpoints is parked for the residual, in flight or answered.
   */
  @ProcessElement
  public void processElement(
      @Element List<PendingPages> batch,
      RestrictionTracker<OffsetRange, Long> tracker,
      OutputReceiver<KV<String, FetchedPage<R>>> out) {
    PageBatch pages = new PageBatch(batch);
    Deque<CompletableFuture<PerformancePage<R>>> ahead = new ArrayDeque<>();
    long nextToFetch = tracker.currentRestriction().getFrom();
    for (long position = nextToFetch; ; position++) {
      while (ahead.size() < spec.maxConcurrentRequests()
          && nextToFetch < tracker.currentRestriction().getTo()) {
        PageBatch.Page next = pages.at(nextToFetch++);
        ahead.add(fetchAhead(next.pending, next.index));
      }
      if (!tracker.tryClaim(position)) {
        parkRest(pages, position, ahead);
        session.flushCounters();
        return;
      }
      PerformancePage<R> page = ahead.poll().join();
      session.pageRead();
      PageBatch.Page claimed = pages.at(position);
      out.output(
          KV.of(claimed.pending.unit().id(), fetchedPage(claimed.pending, claimed.index, page)));
    }
  }

  private CompletableFuture<PerformancePage<R>> fetchAhead(PendingPages pending, int index) {
    ReadUnit unit = pending.unit();
    CompletableFuture<PerformancePage<R>> parked =
        ParkedPages.take(session.client.identity(), route.name(), unit, String.valueOf(index));
    if (parked == null) {
      return fetch(pending, index);
    }
    // Still in flight, or answered: wait for it; if its request failed, ask again.
    return parked
        .handle((page, failed) -> failed == null ? parked : fetch(pending, index))
        .thenCompose(page -> page);
  }

  private CompletableFuture<PerformancePage<R>> fetch(PendingPages pending, int index) {
    ReadUnit unit = pending.unit();
    return requests.submit(
        () ->
            pending.kind() == FetchedPage.Kind.CAMPAIGN_PIECES
                ? pieceReader.fetchPiece(unit, pending.pieces().get(index), index)
                : NumberedPages.fetch(session, route, unit, index));
  }

  private void parkRest(
      PageBatch pages, long firstUnclaimed, Deque<CompletableFuture<PerformancePage<R>>> ahead) {
    long position = firstUnclaimed;
    for (CompletableFuture<PerformancePage<R>> page : ahead) {
      PageBatch.Page parked = pages.at(position++);
      ReadUnit unit = parked.pending.unit();
      String index = String.valueOf(parked.index);
      ParkedPages.park(session.client.identity(), route.name(), unit, index, page);
    }
  }

  private static <R> FetchedPage<R> fetchedPage(
      PendingPages pending, int index, PerformancePage<R> page) {
    if (pending.kind() == FetchedPage.Kind.CAMPAIGN_PIECES) {
      return FetchedPage.of(
          pending.unit(),
          FetchedPage.Kind.CAMPAIGN_PIECES,
          index,
          pending.pieces().size(),
          null,
          true,
          page.rows());
    }
    return NumberedPages.fetched(pending.unit(), index, page);
  }

  @Teardown
  public void teardown() {
    if (session != null) {
      session.close();
    }
  }
}
