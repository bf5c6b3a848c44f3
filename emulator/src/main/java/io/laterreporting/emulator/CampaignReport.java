package io.laterreporting.emulator;

import java.util.Comparator;
import java.util.List;

/** {@code GET /v2/campaigns/performance}: one row per campaign. */
final class CampaignReport implements ListReport<ExpectedRow> {
  private final RowRenderer renderer;

  CampaignReport(RowRenderer renderer) {
    this.renderer = renderer;
  }

  @Override
  public ReportDescriptor descriptor() {
    return ReportDescriptor.CAMPAIGNS;
  }

  @Override
  public List<ExpectedRow> rows(Dataset dataset, PerformanceQueryParser.PerformanceQuery query) {
    return dataset.campaignRows(query.rows());
  }

  @Override
  public Comparator<ExpectedRow> tieKey(RowQuery query) {
    return RowOrder.byKey(descriptor().sortProperty(query), query.sortDirection());
  }

  @Override
  public byte[] render(ExpectedRow row, List<String> metricNames) {
    return renderer.performanceRow(row, metricNames);
  }
}
