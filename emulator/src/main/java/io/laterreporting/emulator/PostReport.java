package io.laterreporting.emulator;

import java.util.Comparator;
import java.util.List;

/** {@code GET /v2/posts/performance}: one row per post, all-zero posts included. */
final class PostReport implements ListReport<ExpectedPost> {
  private final ReportRenderer renderer;

  PostReport(ReportRenderer renderer) {
    this.renderer = renderer;
  }

  @Override
  public ReportDescriptor descriptor() {
    return ReportDescriptor.POSTS;
  }

  @Override
  public List<ExpectedPost> rows(Dataset dataset, PerformanceQueryParser.PerformanceQuery query) {
    return dataset.postRows(query.rows());
  }

  @Override
  public Comparator<ExpectedPost> tieKey(RowQuery query) {
    return RowOrder.posts(descriptor().sortProperty(query), query.sortDirection());
  }

  @Override
  public byte[] render(ExpectedPost row, List<String> metricNames) {
    return renderer.post(row, metricNames);
  }
}
