package io.laterreporting.pipelines.sinks;

import com.google.api.services.bigquery.model.Clustering;
import com.google.api.services.bigquery.model.TableReference;
import com.google.api.services.bigquery.model.TableSchema;
import com.google.api.services.bigquery.model.TimePartitioning;
import io.laterreporting.beam.records.CampaignPerformance;
import java.util.List;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryHelpers;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryIO;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryIO.Write.CreateDisposition;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryIO.Write.WriteDisposition;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryServices;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryUtils;
import org.apache.beam.sdk.io.gcp.bigquery.TableDestination;
import org.apache.beam.sdk.io.gcp.bigquery.WriteResult;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Loads rows into a table partitioned by day on {@code periodStart} and clustered by {@code
 * instanceId, campaignId}, created from {@link ExportRows#schema()} when missing. Each day's rows
 * are loaded through the partition decorator {@code table$YYYYMMDD} with WRITE_TRUNCATE, so a
 * re-run replaces the days it has rows for, in one load job per day, atomically per day.
 */
public final class BigQueryPartitionsWrite
    extends PTransform<PCollection<CampaignPerformance>, WriteResult> {
  static final List<String> CLUSTERING_FIELDS = List.of("instanceId", "campaignId");

  private final TableReference table;
  private final @Nullable BigQueryServices testServices;

  private BigQueryPartitionsWrite(TableReference table, @Nullable BigQueryServices testServices) {
    this.table = table;
    this.testServices = testServices;
  }

  public static BigQueryPartitionsWrite to(TableReference table) {
    return new BigQueryPartitionsWrite(table, null);
  }

  /** Beam's in-memory BigQuery fakes instead of the service, for tests. */
  public BigQueryPartitionsWrite withTestServices(BigQueryServices services) {
    return new BigQueryPartitionsWrite(table, services);
  }

  @Override
  public WriteResult expand(PCollection<CampaignPerformance> rows) {
    ExportRows exportRows = ExportRows.create();
    TableSchema schema = BigQueryUtils.toTableSchema(exportRows.schema());
    String tableSpec = BigQueryHelpers.toTableSpec(table);
    BigQueryIO.Write<CampaignPerformance> write =
        BigQueryIO.<CampaignPerformance>write()
            .to(
                row ->
                    new TableDestination(
                        tableSpec + "$" + ExportRows.periodStartDay(row.getValue()).replace("-", ""),
                        null,
                        timePartitioning(),
                        clustering()))
            .withFormatFunction(record -> BigQueryUtils.toTableRow(exportRows.apply(record)))
            .withSchema(schema)
            // Without it, BigQueryIO drops the clustering of the destinations the function returns.
            .withClustering()
            .withCreateDisposition(CreateDisposition.CREATE_IF_NEEDED)
            .withWriteDisposition(WriteDisposition.WRITE_TRUNCATE)
            .withMethod(BigQueryIO.Write.Method.FILE_LOADS);
    if (testServices != null) {
      write = write.withTestServices(testServices);
    }
    return rows.apply("LoadDayPartitions", write);
  }

  static TimePartitioning timePartitioning() {
    return new TimePartitioning().setType("DAY").setField(ExportRows.PERIOD_START);
  }

  static Clustering clustering() {
    return new Clustering().setFields(CLUSTERING_FIELDS);
  }
}
