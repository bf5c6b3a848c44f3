package io.laterreporting.emulator;

import java.util.Comparator;
import java.util.List;

/** {@code GET /v2/instances/performance-over-time}: buckets by ascending startDate, never tied. */
final class SeriesReport implements ListReport<ExpectedBucket> {
  private final ReportRenderer renderer;

  SeriesReport(ReportRenderer renderer) {
    this.renderer = renderer;
  }

  @Override
  public ReportDescriptor descriptor() {
    return ReportDescriptor.INSTANCES_OVER_TIME;
  }

  @Override
  public List<ExpectedBucket> rows(Dataset dataset,
      PerformanceQueryParser.PerformanceQuery query) {
    return dataset.instanceSeries(query.rows(), query.granularity());
  }

  @Override
  public Comparator<ExpectedBucket> tieKey(RowQuery query) {
    return null;
  }

  @Override
  public byte[] render(ExpectedBucket row, List<String> metricNames) {
    return renderer.bucket(row, metricNames);
  }
}
