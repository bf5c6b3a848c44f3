package io.laterreporting.pipelines.sinks;

import com.google.api.services.bigquery.model.TableReference;
import com.google.api.services.bigquery.model.TableSchema;
import java.util.List;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryHelpers;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryIO;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryIO.Write.CreateDisposition;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryIO.Write.WriteDisposition;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryServices;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryUtils;
import org.apache.beam.sdk.io.gcp.bigquery.TableDestination;
import org.apache.beam.sdk.io.gcp.bigquery.WriteResult;
import org.apache.beam.sdk.transforms.Impulse;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.Wait;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.Row;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Writes rows into a table partitioned by day on {@code periodStart} and clustered by {@code
 * instanceId, campaignId}, replacing exactly the run's {@link OutputScope}: {@link PrepareTablesFn}
 * creates the table when missing and the run's staging table; the rows are loaded into the staging
 * table it just created ({@code FILE_LOADS}, {@code WRITE_APPEND}, which keeps its expiry); then
 * {@link ReplaceFromStagingFn} runs one script whose single {@code MERGE} swaps the scope's rows
 * for the staged ones atomically, after refusing a suspiciously empty read ({@link
 * ReplaceStatement}). Other instances' rows of the same days are untouched.
 */
public final class BigQueryPartitionsWrite extends PTransform<PCollection<Row>, PDone> {
  private final String table;
  private final OutputScope scope;
  private final String runId;
  private final @Nullable BigQueryServices testServices;

  private BigQueryPartitionsWrite(
      TableReference table,
      OutputScope scope,
      String runId,
      @Nullable BigQueryServices testServices) {
    this.table = BigQueryHelpers.toTableSpec(table);
    this.scope = scope;
    this.runId = runId;
    this.testServices = testServices;
  }

  /**
   * @param runId unique per run: names the staging table and the replacement job
   */
  public static BigQueryPartitionsWrite to(TableReference table, OutputScope scope, String runId) {
    return new BigQueryPartitionsWrite(table, scope, runId, null);
  }

  /** Beam's in-memory BigQuery fakes instead of the service, for tests. */
  public BigQueryPartitionsWrite withTestServices(BigQueryServices services) {
    return new BigQueryPartitionsWrite(
        BigQueryHelpers.parseTableSpec(table), scope, runId, services);
  }

  @Override
  public PDone expand(PCollection<Row> rows) {
    TableSchema schema = BigQueryUtils.toTableSchema(rows.getSchema());
    TableReference table = BigQueryHelpers.parseTableSpec(this.table);
    TableReference staging = BigQueryTables.stagingOf(table, runId);
    PCollection<String> prepared =
        PBegin.in(rows.getPipeline())
            .apply("BeforeLoad", Impulse.create())
            .apply(
                "PrepareTables",
                ParDo.of(new PrepareTablesFn(table, staging, schema, scope, runId, testServices)));
    BigQueryIO.Write<Row> load =
        BigQueryIO.<Row>write()
            .to(BigQueryHelpers.toTableSpec(staging))
            .withFormatFunction(BigQueryUtils.toTableRow())
            .withSchema(schema)
            .withCreateDisposition(CreateDisposition.CREATE_IF_NEEDED)
            .withWriteDisposition(WriteDisposition.WRITE_APPEND)
            .withMethod(BigQueryIO.Write.Method.FILE_LOADS);
    if (testServices != null) {
      load = load.withTestServices(testServices);
    }
    WriteResult loaded =
        rows.apply("AfterTablesArePrepared", Wait.on(prepared))
            .setRowSchema(rows.getSchema())
            .apply("LoadStagingTable", load);
    PCollectionView<List<TableDestination>> loads =
        loaded.getSuccessfulTableLoads().apply("StagingLoaded", View.asList());
    PBegin.in(rows.getPipeline())
        .apply("AfterLoad", Impulse.create())
        .apply(
            "ReplaceScope",
            ParDo.of(new ReplaceFromStagingFn(table, staging, scope, runId, loads, testServices))
                .withSideInputs(loads));
    return PDone.in(rows.getPipeline());
  }
}
