package io.laterreporting.beam.reading;

import io.laterreporting.beam.planning.ReadSpec;
import io.laterreporting.beam.planning.ReadUnit;
import io.laterreporting.beam.records.CampaignPerformance;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emits the rows of a multi-page unit once all its pages are together and {@link UnitCheck} finds
 * them consistent. When they are not (rows moved between pages while they were fetched, or the
 * totals changed), the unit is read again in pieces that each fit in one page, and those rows are
 * emitted instead: none is lost or doubled. Emitting after the grouping also makes retried bundles
 * of the page reads harmless.
 */
class EmitCheckedUnitFn extends DoFn<KV<String, Iterable<FetchedPage>>, CampaignPerformance> {
  private static final Logger LOG = LoggerFactory.getLogger(EmitCheckedUnitFn.class);

  private final ReadSpec spec;
  private final Counter unitsReread = Metrics.counter(ReadCounters.NAMESPACE, "unitsReread");
  private transient @Nullable ApiSession session;

  EmitCheckedUnitFn(ReadSpec spec) {
    this.spec = spec;
  }

  @Setup
  public void setup() {
    session = new ApiSession(spec.clientConfig());
  }

  @ProcessElement
  public void processElement(
      @Element KV<String, Iterable<FetchedPage>> unitPages, OutputReceiver<CampaignPerformance> out) {
    // Checked first, emitted after: two passes. Runners need not hand out a re-iterable group (the
    // FlinkRunner's batch GroupByKey does not, unless --reIterableGroupByKeyResult), so the unit's
    // pages (at most 500) are copied once.
    List<FetchedPage> pages = new ArrayList<>();
    unitPages.getValue().forEach(pages::add);
    String problem = UnitCheck.problem(pages);
    if (problem == null) {
      int rows = 0;
      for (FetchedPage page : pages) {
        page.rows().forEach(out::output);
        rows += page.rows().size();
      }
      session.rowsEmitted(rows);
      return;
    }
    ReadUnit unit = pages.get(0).unit();
    LOG.warn("Query {}: its pages disagree ({}); reading it again in one-page pieces", unit.id(), problem);
    unitsReread.inc();
    List<CampaignPerformance> rows = new PieceReader(session).readUnit(unit);
    rows.forEach(out::output);
    session.rowsEmitted(rows.size());
  }

  @Teardown
  public void teardown() {
    if (session != null) {
      session.close();
    }
  }
}
