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
 * to be read again in one-page pieces.
 */
class CheckUnitsFn extends DoFn<KV<String, Iterable<PageSummary>>, KV<String, Boolean>> {
  static final TupleTag<KV<String, Boolean>> VERDICTS = new TupleTag<KV<String, Boolean>>() {};
  static final TupleTag<ReadUnit> TO_REREAD = new TupleTag<ReadUnit>() {};
  private static final Logger LOG = LoggerFactory.getLogger(CheckUnitsFn.class);

  private final Counter unitsReread = Metrics.counter(LaterReportingCounters.NAMESPACE, LaterReportingCounters.UNITS_REREAD);

  @ProcessElement
  public void processElement(
      @Element KV<String, Iterable<PageSummary>> unitPages, MultiOutputReceiver out) {
    List<PageSummary> pages = new ArrayList<>();
    unitPages.getValue().forEach(pages::add);
    String problem = UnitCheck.problem(pages);
    out.get(VERDICTS).output(KV.of(unitPages.getKey(), problem == null));
    if (problem != null) {
      ReadUnit unit = pages.get(0).unit();
      LOG.warn(
          "Query {}: its pages disagree ({}); reading it again in one-page pieces", unit.id(), problem);
      unitsReread.inc();
      out.get(TO_REREAD).output(unit);
    }
  }
}
