package io.laterreporting.beam.client;

import com.fasterxml.jackson.core.JsonParser;
import io.laterreporting.beam.records.CampaignPerformance;
import io.laterreporting.beam.records.InstanceMetric;
import io.laterreporting.beam.records.InstancePerformance;
import java.io.IOException;

/**
 * The one object of {@code /v2/instances/performance} ({@code {"metrics": {...}}}) into {@link
 * InstancePerformance}; {@code instanceId} is the query's when it names exactly one instance (the
 * read asks so for one row per instance), else null: the row is the whole scope.
 */
final class InstanceTotalsParser implements RowParser<InstancePerformance> {
  static final InstanceTotalsParser INSTANCE = new InstanceTotalsParser();

  private InstanceTotalsParser() {}

  @Override
  public InstancePerformance parse(JsonParser p, PerformanceQuery q, int index) throws IOException {
    InstancePerformance.Builder b =
        InstancePerformance.builder()
            .setInstanceId(q.onlyInstance())
            .setPeriodStart(CampaignPerformance.dayStart(q.startDate()))
            .setPeriodEnd(CampaignPerformance.dayStart(q.endDate()))
            .setDateBasis(q.dateBasis());
    Leftovers left = new Leftovers();
    RowWalker.walk(p, (pp, f, t) -> false, InstanceMetric::forApiName, b, left);
    return b.setOtherMetrics(left.otherMetrics()).setOtherFields(left.otherFields()).build();
  }
}
