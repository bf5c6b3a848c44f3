package io.laterreporting.beam.reading;

import io.laterreporting.beam.LaterReportingCounters;
import io.laterreporting.beam.client.PageRequest;
import io.laterreporting.beam.client.PageWalk;
import io.laterreporting.beam.client.PerformancePage;
import io.laterreporting.beam.planning.ReadSpec;
import io.laterreporting.beam.planning.ReadUnit;
import io.laterreporting.beam.routes.ReportRoute;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.splittabledofn.RestrictionTracker;
import org.apache.beam.sdk.values.KV;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Reads the pages of a unit after page 1, in order: cursor pages, or page numbers when the gateway
 * reports no totals (until the first short page). Such pages cannot be fetched in parallel, so this
 * does not split; it checkpoints between pages (the restriction is the rest of the chain from a
 * known cursor), so a runner can pause and resume a long chain; a page fetched when the runner
 * asked to pause is parked ({@link ParkedPages}) rather than fetched again. Its size is one page's
 * rows while the chain is open: the length of a chain is unknown.
 */
@DoFn.BoundedPerElement
class ReadCursorChainFn<R> extends DoFn<PendingCursor, KV<String, FetchedPage<R>>> {
  private final ReadSpec spec;
  private final ReportRoute<R> route;
  private final Counter chainsResumed =
      Metrics.counter(LaterReportingCounters.NAMESPACE, LaterReportingCounters.CHAINS_RESUMED);
  private transient @Nullable ApiSession session;

  ReadCursorChainFn(ReadSpec spec) {
    this.spec = spec;
    this.route = spec.typedRoute();
  }

  @Setup
  public void setup() {
    session = new ApiSession(spec.clientConfig());
  }

  @GetInitialRestriction
  public CursorChain initialRestriction(@Element PendingCursor pending) {
    return pending.chain();
  }

  @NewTracker
  public CursorChainTracker newTracker(@Restriction CursorChain chain) {
    return new CursorChainTracker(chain);
  }

  @GetSize
  public double getSize(@Element PendingCursor pending, @Restriction CursorChain chain) {
    return chain.exhausted() ? 0 : pending.unit().pageSize();
  }

  @ProcessElement
  public void processElement(
      @Element PendingCursor pending,
      RestrictionTracker<CursorChain, CursorStep> tracker,
      OutputReceiver<KV<String, FetchedPage<R>>> out) {
    ReadUnit unit = pending.unit();
    CursorChain chain = tracker.currentRestriction();
    PageRequest request = chain.next();
    int index = chain.nextIndex();
    if (index > 2) {
      chainsResumed.inc();
    }
    PageWalk walk = new PageWalk(route.apiRoute(), unit.query().describe(), index - 1);
    while (request != null) {
      String position = request.describe();
      PerformancePage<R> page =
          ParkedPages.takeAnswered(session.client.identity(), route.name(), unit, position);
      if (page == null) {
        page = session.page(route, unit, request);
        session.pageRead();
      }
      int rows = page.rows().size();
      PageRequest following = walk.next(request, page.pageInfo(), rows, rows);
      if (!tracker.tryClaim(CursorStep.of(request, following))) {
        ParkedPages.park(session.client.identity(), route.name(), unit, position, page);
        session.flushCounters();
        return;
      }
      out.output(
          KV.of(
              unit.id(),
              FetchedPage.of(
                  unit,
                  FetchedPage.Kind.CURSOR_CHAIN,
                  index,
                  0,
                  null,
                  following == null,
                  page.rows())));
      request = following;
      index++;
    }
    session.flushCounters();
  }

  @Teardown
  public void teardown() {
    if (session != null) {
      session.close();
    }
  }
}
