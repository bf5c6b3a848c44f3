package io.laterreporting.beam.reading;

import io.laterreporting.beam.LaterReportingCounters;
import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * Emits the rows of a page of a multi-page unit if the unit's pages were found consistent, and
 * drops them if the unit is being read again. The rows are never grouped: only the verdicts, one
 * per unit, reach every worker, so memory does not grow with the size of a unit.
 */
class EmitConsistentPagesFn<R> extends DoFn<KV<String, FetchedPage<R>>, R> {
  private final PCollectionView<Map<String, Boolean>> verdicts;
  private final Counter rows =
      Metrics.counter(LaterReportingCounters.NAMESPACE, LaterReportingCounters.ROWS);

  EmitConsistentPagesFn(PCollectionView<Map<String, Boolean>> verdicts) {
    this.verdicts = verdicts;
  }

  @ProcessElement
  public void processElement(
      @Element KV<String, FetchedPage<R>> page, ProcessContext context, OutputReceiver<R> out) {
    Boolean consistent = context.sideInput(verdicts).get(page.getKey());
    if (consistent == null) {
      throw new IllegalStateException("Query " + page.getKey() + " has a page but no verdict");
    }
    if (consistent) {
      page.getValue().rows().forEach(out::output);
      rows.inc(page.getValue().rows().size());
    }
  }
}
