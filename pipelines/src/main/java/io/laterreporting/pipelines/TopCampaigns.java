package io.laterreporting.pipelines;

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
import org.apache.beam.sdk.values.Row;

/**
 * Finds the campaign export rows with the highest {@code estimatedRoi} and publishes them as a
 * string-set metric, one {@code rank<TAB>description} entry each. A metric reaches the launching
 * program on every runner, including when the job runs remotely, without an extra output to read
 * back.
 */
final class TopCampaigns extends PTransform<PCollection<Row>, PDone> {
  static final String NAMESPACE = "LaterExport";
  static final String METRIC = "topByEstimatedRoi";
  private static final String ROI = "estimatedRoi";
  private static final String INSTANCE = "instanceId";
  private static final String CAMPAIGN = "campaignId";
  private static final String NAME = "campaignName";

  private final int count;
  private final boolean showPeriod;

  /**
   * @param showPeriod whether rows cover different periods, so that a description must say which
   */
  TopCampaigns(int count, boolean showPeriod) {
    this.count = count;
    this.showPeriod = showPeriod;
  }

  @Override
  public PDone expand(PCollection<Row> rows) {
    rows.apply("WithRoi", Filter.by(row -> row.getDouble(ROI) != null))
        .apply("Top", Top.of(count, new ByEstimatedRoi()))
        .apply("Publish", ParDo.of(new PublishFn(showPeriod)));
    return PDone.in(rows.getPipeline());
  }

  /** Higher ROI first; ties by campaign so that the ranking does not depend on arrival order. */
  private static final class ByEstimatedRoi implements Comparator<Row>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(Row a, Row b) {
      int byRoi = Double.compare(a.getDouble(ROI), b.getDouble(ROI));
      if (byRoi != 0) {
        return byRoi;
      }
      int byInstance = b.getString(INSTANCE).compareTo(a.getString(INSTANCE));
      return byInstance != 0
          ? byInstance
          : Long.compare(b.getInt64(CAMPAIGN), a.getInt64(CAMPAIGN));
    }
  }

  private static final class PublishFn extends DoFn<List<Row>, Void> {
    private static final long serialVersionUID = 1L;
    private final StringSet top = Metrics.stringSet(NAMESPACE, METRIC);
    private final boolean showPeriod;

    PublishFn(boolean showPeriod) {
      this.showPeriod = showPeriod;
    }

    @ProcessElement
    public void process(@Element List<Row> best) {
      for (int rank = 0; rank < best.size(); rank++) {
        top.add((rank + 1) + "\t" + describe(best.get(rank)));
      }
    }

    private String describe(Row row) {
      String description =
          String.format(
              Locale.ROOT,
              "%.2f  %s (%s, campaign %d)",
              row.getDouble(ROI),
              row.getString(NAME) == null ? "(no name)" : row.getString(NAME),
              row.getString(INSTANCE),
              row.getInt64(CAMPAIGN));
      return showPeriod
          ? description + " " + row.getValue("periodStart") + ".." + row.getValue("periodEnd")
          : description;
    }
  }
}
