package io.laterreporting.pipelines.sinks;

import io.laterreporting.beam.records.CampaignPerformance;
import java.io.Serializable;
import java.util.List;

/**
 * What an export writes, described once for both sinks: the report's name (recorded in the output's
 * manifest), the columns that identify a row, and the columns that partition the output. The sinks,
 * the manifest and the BigQuery statements take these names from here, never spell them themselves,
 * so that another report (posts, creators...) is one more constant.
 *
 * <p>Every report is partitioned by the start of the row's period and by instance: a run reads whole
 * periods of whole instances, so those two columns are exactly what a run can replace.
 */
public final class ExportReport implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final String PERIOD_START = ExportRows.PERIOD_START;
  public static final String INSTANCE_ID = "instanceId";

  /** Campaign performance: one row per campaign and period. */
  public static final ExportReport CAMPAIGNS =
      new ExportReport(
          "campaigns",
          List.of(INSTANCE_ID, "campaignId", PERIOD_START, ExportRows.PERIOD_END, "dateBasis"));

  private final String name;
  private final List<String> rowKey;

  private ExportReport(String name, List<String> rowKey) {
    this.name = name;
    this.rowKey = List.copyOf(rowKey);
  }

  /** The name a {@code --report=} option would take, and the manifest records. */
  public String name() {
    return name;
  }

  /** The columns that identify one row: no two rows of one run share them. */
  public List<String> rowKey() {
    return rowKey;
  }

  /** The partition columns, outermost first: {@code periodStart}, then {@code instanceId}. */
  public List<String> partitionColumns() {
    return List.of(PERIOD_START, INSTANCE_ID);
  }

  /** The day a row's period starts on, {@code YYYY-MM-DD}. */
  static String periodStartDay(CampaignPerformance row) {
    return ExportRows.periodStartDay(row);
  }

  static String instanceId(CampaignPerformance row) {
    return row.getInstanceId();
  }

  @Override
  public String toString() {
    return name;
  }
}
