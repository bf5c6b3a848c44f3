package io.laterreporting.beam.reading;

import io.laterreporting.beam.client.PageInfo;
import io.laterreporting.beam.client.PageRequest;
import io.laterreporting.beam.client.PaginationGeneration;
import io.laterreporting.beam.client.PerformancePage;
import io.laterreporting.beam.planning.ReadSpec;
import io.laterreporting.beam.planning.ReadUnit;
import io.laterreporting.beam.records.CampaignPerformance;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches page 1 of each unit, which tells how the rest must be read. A unit answered in one page is
 * complete and is emitted at once: no ordering can disturb a single page. Otherwise page 1 goes to
 * the unit check with the pages still to come, which are handed on as {@link PendingPages} (page
 * numbers: independent) or {@link PendingCursor} (cursors: one after another). Page numbers stop at
 * {@value #MAX_PAGE_NUMBER}: a larger unit is cut by instance, and a single instance into pieces of
 * campaigns, so nothing is truncated.
 */
class FetchFirstPageFn extends DoFn<ReadUnit, CampaignPerformance> {
  static final int MAX_PAGE_NUMBER = 500;
  static final TupleTag<CampaignPerformance> COMPLETE = new TupleTag<CampaignPerformance>() {};
  static final TupleTag<KV<String, FetchedPage>> CHECKED = new TupleTag<KV<String, FetchedPage>>() {};
  static final TupleTag<PendingPages> PENDING_PAGES = new TupleTag<PendingPages>() {};
  static final TupleTag<PendingCursor> PENDING_CURSOR = new TupleTag<PendingCursor>() {};
  private static final Logger LOG = LoggerFactory.getLogger(FetchFirstPageFn.class);

  private final ReadSpec spec;
  private transient @Nullable ApiSession session;

  FetchFirstPageFn(ReadSpec spec) {
    this.spec = spec;
  }

  @Setup
  public void setup() {
    session = new ApiSession(spec.clientConfig());
  }

  @ProcessElement
  public void processElement(@Element ReadUnit unit, MultiOutputReceiver out) {
    start(unit, out);
  }

  private void start(ReadUnit unit, MultiOutputReceiver out) {
    PerformancePage page =
        session.client.campaignPerformance(unit.query(), PageRequest.first(unit.pageSize()));
    session.pageRead();
    PageInfo info = page.pageInfo();
    List<CampaignPerformance> rows = page.rows();
    if (info.isLast()) {
      String duplicate = UnitCheck.firstDuplicate(rows);
      if (duplicate != null) {
        throw new IllegalStateException(
            "Query " + unit.id() + ": campaign " + duplicate + " appeared twice in one page");
      }
      LOG.debug("Query {}: {} rows in one page", unit.id(), rows.size());
      rows.forEach(out.get(COMPLETE)::output);
      session.rowsEmitted(rows.size());
      return;
    }
    if (info.generation() == PaginationGeneration.CURSOR) {
      LOG.debug("Query {}: cursor pages", unit.id());
      out.get(CHECKED)
          .output(KV.of(unit.id(), FetchedPage.of(unit, FetchedPage.Kind.CURSOR_CHAIN, 1, 0, null, false, rows)));
      out.get(PENDING_CURSOR).output(PendingCursor.after(unit, info.nextCursor()));
      return;
    }
    int totalPages = info.totalPages();
    if (totalPages <= MAX_PAGE_NUMBER) {
      LOG.debug("Query {}: {} pages, {} rows", unit.id(), totalPages, info.totalItems());
      out.get(CHECKED)
          .output(
              KV.of(
                  unit.id(),
                  FetchedPage.of(
                      unit, FetchedPage.Kind.PAGE_NUMBERS, 1, totalPages, info.totalItems(), false, rows)));
      out.get(PENDING_PAGES).output(PendingPages.pageNumbers(unit, 2, totalPages + 1));
      return;
    }
    if (unit.instancesInScope().size() > 1) {
      LOG.debug("Query {}: {} pages exceed {}, cut by instance", unit.id(), totalPages, MAX_PAGE_NUMBER);
      for (String instance : unit.instancesInScope()) {
        start(unit.forInstance(instance), out);
      }
      return;
    }
    List<List<Long>> pieces = new PieceReader(session).campaignPieces(unit);
    if (pieces.isEmpty()) {
      throw new IllegalStateException(
          String.format(
              "Query %s: the API reported %d pages but lists no campaigns for instances %s",
              unit.id(), totalPages, unit.instancesInScope()));
    }
    LOG.debug("Query {}: {} pages exceed {}, read in {} pieces", unit.id(), totalPages, MAX_PAGE_NUMBER, pieces.size());
    out.get(PENDING_PAGES).output(PendingPages.pieces(unit, pieces));
  }

  @Teardown
  public void teardown() {
    if (session != null) {
      session.close();
    }
  }
}
