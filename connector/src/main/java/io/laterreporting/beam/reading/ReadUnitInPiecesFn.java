package io.laterreporting.beam.reading;

import io.laterreporting.beam.planning.ReadSpec;
import io.laterreporting.beam.routes.ReportRoute;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Reads again, in pieces that each fit in one page ({@link PieceReader}), a unit whose pages
 * disagreed or whose membership changed while it was read; its rows replace the ones the unit check
 * dropped. The pieces cover the roster and every campaign the unit's pages held.
 */
class ReadUnitInPiecesFn<R> extends DoFn<SeenCampaigns, R> {
  private final ReadSpec spec;
  private final ReportRoute<R> route;
  private transient @Nullable ApiSession session;

  ReadUnitInPiecesFn(ReadSpec spec) {
    this.spec = spec;
    this.route = spec.typedRoute();
  }

  @Setup
  public void setup() {
    session = new ApiSession(spec.clientConfig());
  }

  @ProcessElement
  public void processElement(@Element SeenCampaigns seen, OutputReceiver<R> out) {
    try {
      List<R> rows = new PieceReader<>(session, route).readUnit(seen.unit(), seen.campaignIds());
      rows.forEach(out::output);
      session.rowsEmitted(rows.size());
    } finally {
      session.flushCounters();
    }
  }

  @Teardown
  public void teardown() {
    if (session != null) {
      session.close();
    }
  }
}
