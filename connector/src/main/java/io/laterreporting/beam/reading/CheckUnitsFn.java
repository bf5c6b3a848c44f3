package io.laterreporting.beam.reading;

import io.laterreporting.beam.LaterReportingCounters;
import io.laterreporting.beam.planning.ReadUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, once all the page summaries of a multi-page unit are together, whether its pages are one
 * consistent answer ({@link UnitCheck}). The verdict gates the unit's rows; a unit whose pages
 * disagree (rows moved between pages while they were fetched, or the totals changed) is handed on
 * to be read again in one-page pieces. Pages that agree still go through the membership check
 * ({@link CheckMembershipFn}), except pieces, which are one page each.
 */
class CheckUnitsFn extends DoFn<KV<String, Iterable<PageSummary>>, KV<String, Boolean>> {
  static final TupleTag<KV<String, Boolean>> VERDICTS = new TupleTag<KV<String, Boolean>>() {};
  static final TupleTag<SeenCampaigns> TO_REREAD = new TupleTag<SeenCampaigns>() {};

  /** Units whose pages agree, by roster scope, for {@link CheckMembershipFn}. */
  static final TupleTag<KV<String, SeenCampaigns>> TO_CHECK_MEMBERSHIP =
      new TupleTag<KV<String, SeenCampaigns>>() {};

  private static final Logger LOG = LoggerFactory.getLogger(CheckUnitsFn.class);

  private final Counter unitsReread =
      Metrics.counter(LaterReportingCounters.NAMESPACE, LaterReportingCounters.UNITS_REREAD);

  @ProcessElement
  public void processElement(
      @Element KV<String, Iterable<PageSummary>> unitPages, MultiOutputReceiver out) {
    List<PageSummary> pages = new ArrayList<>();
    unitPages.getValue().forEach(pages::add);
    String problem = UnitCheck.problem(pages);
    ReadUnit unit = pages.get(0).unit();
    SeenCampaigns seen = SeenCampaigns.of(unit, pages);
    if (problem != null) {
      out.get(VERDICTS).output(KV.of(unitPages.getKey(), false));
      LOG.warn(
          "Query {}: its pages disagree ({}); reading it again in one-page pieces",
          unit.id(),
          problem);
      unitsReread.inc();
      out.get(TO_REREAD).output(seen);
    } else if (pages.get(0).kind() == FetchedPage.Kind.CAMPAIGN_PIECES) {
      out.get(VERDICTS).output(KV.of(unitPages.getKey(), true)); // one page each: nothing can move
    } else if (seen.campaignIds().isEmpty()) {
      // A route whose rows aggregate over campaigns (creators, instance reports): the roster
      // cannot tell a moved row, and these answers are re-read whole when their pages disagree.
      out.get(VERDICTS).output(KV.of(unitPages.getKey(), true));
    } else {
      out.get(TO_CHECK_MEMBERSHIP).output(KV.of(seen.rosterScope(), seen));
    }
  }
}
