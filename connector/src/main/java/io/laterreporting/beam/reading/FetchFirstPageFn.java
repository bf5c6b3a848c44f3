package io.laterreporting.beam.reading;

import io.laterreporting.beam.client.ApiLimits;
import io.laterreporting.beam.client.PageInfo;
import io.laterreporting.beam.client.PageRequest;
import io.laterreporting.beam.client.PageWalk;
import io.laterreporting.beam.client.PaginationGeneration;
import io.laterreporting.beam.client.PerformancePage;
import io.laterreporting.beam.planning.ReadSpec;
import io.laterreporting.beam.planning.ReadUnit;
import io.laterreporting.beam.routes.ReportRoute;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches page 1 of each unit, which tells how the rest must be read. A unit answered in one page
 * is complete and is emitted at once: no ordering can disturb a single page. Otherwise page 1 goes
 * to the unit check with the pages still to come. A unit of at most {@code maxConcurrentRequests}
 * numbered pages (one round of requests) has them read here at once, in the same look-ahead as the
 * first pages of the bundle's other units: spreading such pages over workers gains nothing, while
 * handing them to the next step would wait for the shuffle between the two, that is for the first
 * page of every unit of the read (a batch runner's barrier, idle time for the API). Larger units
 * are handed on as {@link PendingPages} (page numbers: independent, split over workers by {@link
 * ReadPageRangeFn}) or {@link PendingCursor} (cursors: one after another). Page numbers stop at
 * {@value ApiLimits#MAX_PAGE_NUMBER}: a larger unit is cut by instance, and a single instance into
 * pieces of campaigns, so nothing is truncated.
 */
class FetchFirstPageFn<R> extends DoFn<ReadUnit, R> {
  final TupleTag<R> complete = new TupleTag<>("complete");
  final TupleTag<KV<String, FetchedPage<R>>> checked = new TupleTag<>("checked");
  static final TupleTag<PendingPages> PENDING_PAGES = new TupleTag<PendingPages>() {};
  static final TupleTag<PendingCursor> PENDING_CURSOR = new TupleTag<PendingCursor>() {};
  private static final Logger LOG = LoggerFactory.getLogger(FetchFirstPageFn.class);

  private final ReadSpec spec;
  private final ReportRoute<R> route;
  private transient @Nullable ApiSession session;
  private transient @Nullable ConcurrentRequests requests;
  private transient @Nullable Deque<Ask<R>> inFlight;

  /** A request in flight: page {@code page} of {@code unit}, 1 for its first page. */
  private static final class Ask<R> {
    final ReadUnit unit;
    final int page;
    final CompletableFuture<PerformancePage<R>> answer;

    Ask(ReadUnit unit, int page, CompletableFuture<PerformancePage<R>> answer) {
      this.unit = unit;
      this.page = page;
      this.answer = answer;
    }
  }

  FetchFirstPageFn(ReadSpec spec) {
    this.spec = spec;
    this.route = spec.typedRoute();
  }

  @Setup
  public void setup() {
    session = new ApiSession(spec.clientConfig());
    requests =
        ConcurrentRequests.forEndpoint(spec.clientConfig().baseUrl(), spec.maxConcurrentRequests());
  }

  @StartBundle
  public void startBundle() {
    inFlight = new ArrayDeque<>();
  }

  /**
   * Starts the unit's first request and finishes the oldest ones while more than {@code
   * maxConcurrentRequests} are in flight, so the first pages of many small units (a daily read over
   * years), and the other pages of the small ones, are fetched concurrently.
   */
  @ProcessElement
  public void processElement(@Element ReadUnit unit, MultiOutputReceiver out) {
    inFlight.add(new Ask<>(unit, 1, requests.submit(() -> firstPage(unit))));
    while (inFlight.size() >= spec.maxConcurrentRequests()) {
      finishOldest(Outputs.of(out));
    }
  }

  @FinishBundle
  public void finishBundle(FinishBundleContext context) {
    while (!inFlight.isEmpty()) {
      finishOldest(Outputs.of(context));
    }
    session.flushCounters();
  }

  private PerformancePage<R> firstPage(ReadUnit unit) {
    return session.page(route, unit, PageRequest.first(unit.pageSize()));
  }

  private void finishOldest(Outputs out) {
    Ask<R> oldest = inFlight.poll();
    PerformancePage<R> page = oldest.answer.join();
    if (oldest.page == 1) {
      handOn(oldest.unit, page, out);
      return;
    }
    session.pageRead();
    out.output(
        checked, KV.of(oldest.unit.id(), NumberedPages.fetched(oldest.unit, oldest.page, page)));
  }

  /** Starts pages 2..{@code totalPages} of a small unit, behind the requests already in flight. */
  private void readRestHere(ReadUnit unit, int totalPages) {
    for (int number = 2; number <= totalPages; number++) {
      int index = number;
      inFlight.add(
          new Ask<>(
              unit,
              index,
              requests.submit(() -> NumberedPages.fetch(session, route, unit, index))));
    }
  }

  private void handOn(ReadUnit unit, PerformancePage<R> page, Outputs out) {
    session.pageRead();
    PageInfo info = page.pageInfo();
    List<R> rows = page.rows();
    if (route.format().singleObject()) {
      // One object, no paging (generation A sends no pagination member): the row is complete.
      rows.forEach(row -> out.output(complete, row));
      session.rowsEmitted(rows.size());
      return;
    }
    PageRequest first = PageRequest.first(unit.pageSize());
    PageWalk walk = new PageWalk(route.apiRoute(), unit.query().describe(), 0);
    walk.check(first, info);
    boolean withTotals =
        info.generation() == PaginationGeneration.PAGE_NUMBER && info.totalPages() != null;
    boolean withoutTotals =
        info.generation() == PaginationGeneration.PAGE_NUMBER && info.totalPages() == null;
    // With totals, pages 2..N are independent and N may exceed the cap: they are handled below.
    PageRequest second =
        withTotals
            ? (info.isLast() ? null : PageRequest.number(2, unit.pageSize()))
            : walk.next(first, info, rows.size(), rows.size());
    if (second == null) {
      String duplicate = UnitCheck.firstDuplicate(rows, route);
      if (duplicate != null) {
        throw new IllegalStateException(
            "Query " + unit.id() + ": row " + duplicate + " appeared twice in one page");
      }
      LOG.debug("Query {}: {} rows in one page", unit.id(), rows.size());
      rows.forEach(row -> out.output(complete, row));
      session.rowsEmitted(rows.size());
      return;
    }
    if (info.generation() == PaginationGeneration.CURSOR || withoutTotals) {
      if (withoutTotals) {
        LOG.info(
            "Query {}: the gateway reports no totals (no totalPages/totalItems); its pages are read"
                + " one after another until a short page",
            unit.id());
      } else {
        LOG.debug("Query {}: cursor pages", unit.id());
      }
      out.output(
          checked,
          KV.of(
              unit.id(),
              FetchedPage.of(unit, FetchedPage.Kind.CURSOR_CHAIN, 1, 0, null, false, rows)));
      out.output(PENDING_CURSOR, PendingCursor.after(unit, second));
      return;
    }
    int totalPages = info.totalPages();
    if (totalPages <= ApiLimits.MAX_PAGE_NUMBER) {
      LOG.debug("Query {}: {} pages, {} rows", unit.id(), totalPages, info.totalItems());
      out.output(
          checked,
          KV.of(
              unit.id(),
              FetchedPage.of(
                  unit,
                  FetchedPage.Kind.PAGE_NUMBERS,
                  1,
                  totalPages,
                  info.totalItems(),
                  false,
                  rows)));
      if (totalPages <= spec.maxConcurrentRequests()) {
        readRestHere(unit, totalPages);
      } else {
        out.output(PENDING_PAGES, PendingPages.pageNumbers(unit, 2, totalPages + 1));
      }
      return;
    }
    if (unit.instancesInScope().size() > 1 && route.allows(ReportRoute.Cut.INSTANCE)) {
      LOG.debug(
          "Query {}: {} pages exceed {}, cut by instance",
          unit.id(),
          totalPages,
          ApiLimits.MAX_PAGE_NUMBER);
      // Each instance's first page joins the requests in flight; it is handed on like a unit's.
      for (String instance : unit.instancesInScope()) {
        ReadUnit part = unit.forInstance(instance);
        inFlight.add(new Ask<>(part, 1, requests.submit(() -> firstPage(part))));
      }
      return;
    }
    if (!route.allows(ReportRoute.Cut.CAMPAIGN)) {
      throw new IllegalStateException(
          String.format(
              "Query %s: %d pages of %d rows exceed the API's %d, and %s rows cannot be cut by instance or"
                  + " campaign without changing them; read a shorter date range (withGranularity)",
              unit.id(), totalPages, unit.pageSize(), ApiLimits.MAX_PAGE_NUMBER, route.name()));
    }
    List<List<Long>> pieces =
        new PieceReader<>(session, route).campaignPieces(unit, route.campaignIds(rows));
    if (pieces.isEmpty()) {
      throw new IllegalStateException(
          String.format(
              "Query %s: the API reported %d pages but lists no campaigns for instances %s",
              unit.id(), totalPages, unit.instancesInScope()));
    }
    LOG.debug(
        "Query {}: {} pages exceed {}, read in {} pieces",
        unit.id(),
        totalPages,
        ApiLimits.MAX_PAGE_NUMBER,
        pieces.size());
    out.output(PENDING_PAGES, PendingPages.pieces(unit, pieces));
  }

  /** Where {@link #handOn} writes: the element's receivers, or the bundle's end context. */
  private interface Outputs {
    <T> void output(TupleTag<T> tag, T value);

    static Outputs of(MultiOutputReceiver receiver) {
      return new Outputs() {
        @Override
        public <T> void output(TupleTag<T> tag, T value) {
          receiver.get(tag).output(value);
        }
      };
    }

    static Outputs of(DoFn<?, ?>.FinishBundleContext context) {
      return new Outputs() {
        @Override
        public <T> void output(TupleTag<T> tag, T value) {
          context.output(tag, value, BoundedWindow.TIMESTAMP_MIN_VALUE, GlobalWindow.INSTANCE);
        }
      };
    }
  }

  @Teardown
  public void teardown() {
    if (session != null) {
      session.close();
    }
  }
}
