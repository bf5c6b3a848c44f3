package io.laterreporting.beam.reading;

import io.laterreporting.beam.client.ApiRoute;
import io.laterreporting.beam.client.ClientIdentity;
import io.laterreporting.beam.client.PageInfo;
import io.laterreporting.beam.client.PageWalk;
import io.laterreporting.beam.client.PageRequest;
import io.laterreporting.beam.client.PerformancePage;
import io.laterreporting.beam.routes.ReportRoute;
import io.laterreporting.beam.planning.ReadSpec;
import io.laterreporting.beam.planning.ReadUnit;
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
 * Reads the independently addressable pages of a unit: page numbers 2..N once page 1 has told N, or
 * the pieces of a unit cut by campaign. The restriction is the range of page indexes and one claim
 * fetches one page, so runners can start with {@value #PAGES_PER_INITIAL_SPLIT}-page splits spread
 * over workers (the parallelism Flink keeps, since it never splits at run time), and Dataflow can
 * split further while it runs. The size of a restriction is its page count times the page size, in
 * rows.
 */
@DoFn.BoundedPerElement
class ReadPageRangeFn<R> extends DoFn<PendingPages, KV<String, FetchedPage<R>>> {
  static final int PAGES_PER_INITIAL_SPLIT = 16;

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
  public OffsetRange initialRestriction(@Element PendingPages pending) {
    return new OffsetRange(pending.from(), pending.to());
  }

  @SplitRestriction
  public void splitRestriction(
      @Restriction OffsetRange restriction, OutputReceiver<OffsetRange> splits) {
    initialSplits(restriction).forEach(splits::output);
  }

  static List<OffsetRange> initialSplits(OffsetRange restriction) {
    return restriction.split(PAGES_PER_INITIAL_SPLIT, 1);
  }

  @NewTracker
  public OffsetRangeTracker newTracker(@Restriction OffsetRange restriction) {
    return new OffsetRangeTracker(restriction);
  }

  @GetSize
  public double getSize(@Element PendingPages pending, @Restriction OffsetRange restriction) {
    return (double) (restriction.getTo() - restriction.getFrom()) * pending.unit().pageSize();
  }

  /**
   * Fetches up to {@code maxConcurrentRequests} pages ahead of the one being claimed. A page fetched
   * ahead beyond the point where the runner splits or checkpoints is parked for the residual.
   */
  @ProcessElement
  public void processElement(
      @Element PendingPages pending,
      RestrictionTracker<OffsetRange, Long> tracker,
      OutputReceiver<KV<String, FetchedPage<R>>> out) {
    ReadUnit unit = pending.unit();
    Deque<CompletableFuture<PerformancePage<R>>> ahead = new ArrayDeque<>();
    long nextToFetch = tracker.currentRestriction().getFrom();
    for (long index = nextToFetch; ; index++) {
      while (ahead.size() < spec.maxConcurrentRequests()
          && nextToFetch < tracker.currentRestriction().getTo()) {
        ahead.add(fetchAhead(pending, (int) nextToFetch++));
      }
      if (!tracker.tryClaim(index)) {
        parkRest(unit, index, ahead);
        session.flushCounters();
        return;
      }
      PerformancePage<R> page = ahead.poll().join();
      session.pageRead();
      out.output(KV.of(unit.id(), fetchedPage(pending, (int) index, page)));
    }
  }

  private CompletableFuture<PerformancePage<R>> fetchAhead(PendingPages pending, int index) {
    ReadUnit unit = pending.unit();
    PerformancePage<R> parked =
        ParkedPages.take(session.client.identity(), route.name(), unit, String.valueOf(index));
    if (parked != null) {
      return CompletableFuture.completedFuture(parked);
    }
    return requests.submit(
        () ->
            pending.kind() == FetchedPage.Kind.CAMPAIGN_PIECES
                ? pieceReader.fetchPiece(unit, pending.pieces().get(index), index)
                : numberedPage(unit, index));
  }

  /** Page {@code index}, refused unless the answer says it is that page (or says no page). */
  private PerformancePage<R> numberedPage(ReadUnit unit, int index) {
    PageRequest asked = PageRequest.number(index, unit.pageSize());
    PerformancePage<R> page = session.page(route, unit, asked);
    new PageWalk(route.apiRoute(), unit.query().describe(), 0).check(asked, page.pageInfo());
    return page;
  }

  private void parkRest(
      ReadUnit unit, long firstUnclaimed, Deque<CompletableFuture<PerformancePage<R>>> ahead) {
    long index = firstUnclaimed;
    for (CompletableFuture<PerformancePage<R>> page : ahead) {
      String position = String.valueOf(index++);
      ClientIdentity client = session.client.identity();
      String routeName = route.name();
      page.thenAccept(fetched -> ParkedPages.park(client, routeName, unit, position, fetched));
    }
  }

  private static <R> FetchedPage<R> fetchedPage(PendingPages pending, int index, PerformancePage<R> page) {
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
    PageInfo info = page.pageInfo();
    return FetchedPage.of(
        pending.unit(),
        FetchedPage.Kind.PAGE_NUMBERS,
        index,
        info.totalPages() == null ? 0 : info.totalPages(),
        info.totalItems(),
        info.isLast(),
        page.rows());
  }

  @Teardown
  public void teardown() {
    if (session != null) {
      session.close();
    }
  }
}
