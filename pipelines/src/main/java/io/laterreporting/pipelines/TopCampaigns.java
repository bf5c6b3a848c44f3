package io.laterreporting.pipelines;

import io.laterreporting.beam.records.CampaignPerformance;
import io.laterreporting.pipelines.sinks.ExportRows;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.metrics.StringSet;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Top;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;

/**
 * Finds the rows with the highest {@code estimatedRoi} and publishes them as a string-set metric,
 * one {@code rank<TAB>description} entry each. A metric reaches the launching program on every
 * runner, including when the job runs remotely, without an extra output to read back.
 */
final class TopCampaigns extends PTransform<PCollection<CampaignPerformance>, PDone> {
  static final String NAMESPACE = "LaterExport";
  static final String METRIC = "topByEstimatedRoi";

  private final int count;
  private final boolean showPeriod;

  /** @param showPeriod whether rows cover different periods, so that a description must say which */
  TopCampaigns(int count, boolean showPeriod) {
    this.count = count;
    this.showPeriod = showPeriod;
  }

  @Override
  public PDone expand(PCollection<CampaignPerformance> rows) {
    rows.apply("WithRoi", Filter.by(row -> row.getEstimatedRoi() != null))
        .apply("Top", Top.of(count, new ByEstimatedRoi()))
        .apply("Publish", ParDo.of(new PublishFn(showPeriod)));
    return PDone.in(rows.getPipeline());
  }

  /** Higher ROI first; ties by campaign so that the ranking does not depend on arrival order. */
  private static final class ByEstimatedRoi implements Comparator<CampaignPerformance>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(CampaignPerformance a, CampaignPerformance b) {
      int byRoi = Double.compare(a.getEstimatedRoi(), b.getEstimatedRoi());
      if (byRoi != 0) {
        return byRoi;
      }
      int byInstance = b.getInstanceId().compareTo(a.getInstanceId());
      return byInstance != 0 ? byInstance : Long.compare(b.getCampaignId(), a.getCampaignId());
    }
  }

  private static final class PublishFn extends DoFn<List<CampaignPerformance>, Void> {
    private static final long serialVersionUID = 1L;
    private final StringSet top = Metrics.stringSet(NAMESPACE, METRIC);
    private final boolean showPeriod;

    PublishFn(boolean showPeriod) {
      this.showPeriod = showPeriod;
    }

    @ProcessElement
    public void process(@Element List<CampaignPerformance> best) {
      for (int rank = 0; rank < best.size(); rank++) {
        top.add((rank + 1) + "\t" + describe(best.get(rank)));
      }
    }

    private String describe(CampaignPerformance row) {
      String description =
          String.format(
              Locale.ROOT,
              "%.2f  %s (%s, campaign %d)",
              row.getEstimatedRoi(),
              row.getCampaignName() == null ? "(no name)" : row.getCampaignName(),
              row.getInstanceId(),
              row.getCampaignId());
      return showPeriod
          ? description + " " + ExportRows.utcDay(row.getPeriodStart()) + ".." + ExportRows.utcDay(row.getPeriodEnd())
          : description;
    }
  }
}
