package io.laterreporting.emulator;

import java.util.Comparator;
import java.util.List;

/** {@code GET /v2/creators/performance}: one row per creator over the whole scope. */
final class CreatorReport implements ListReport<ExpectedCreator> {
  private final ReportRenderer renderer;

  CreatorReport(ReportRenderer renderer) {
    this.renderer = renderer;
  }

  @Override
  public ReportDescriptor descriptor() {
    return ReportDescriptor.CREATORS;
  }

  @Override
  public List<ExpectedCreator> rows(Dataset dataset,
      PerformanceQueryParser.PerformanceQuery query) {
    return dataset.creatorRows(query.rows());
  }

  @Override
  public Comparator<ExpectedCreator> tieKey(RowQuery query) {
    return RowOrder.creators(descriptor().sortProperty(query), query.sortDirection());
  }

  @Override
  public byte[] render(ExpectedCreator row, List<String> metricNames) {
    return renderer.creator(row, metricNames);
  }
}
