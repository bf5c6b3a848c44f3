package io.laterreporting.pipelines.sinks;

import com.google.api.services.bigquery.model.Table;
import com.google.api.services.bigquery.model.TableReference;
import com.google.api.services.bigquery.model.TableSchema;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryHelpers;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryOptions;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryServices;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.transforms.DoFn;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Before any row is loaded: creates the target table when missing (with its manifest), re-checks an
 * existing one (another run, or another tool, may have created it since the launch check: {@link
 * BigQueryTables#checkExisting}), and creates the run's staging table with its expiry.
 */
final class PrepareTablesFn extends DoFn<byte[], String> {
  private static final long serialVersionUID = 1L;

  private final String table;
  private final String staging;
  private final String schemaJson;
  private final OutputScope scope;
  private final String runId;
  private final @Nullable BigQueryServices testServices;

  PrepareTablesFn(
      TableReference table,
      TableReference staging,
      TableSchema schema,
      OutputScope scope,
      String runId,
      @Nullable BigQueryServices testServices) {
    this.table = BigQueryHelpers.toTableSpec(table);
    this.staging = BigQueryHelpers.toTableSpec(staging);
    this.schemaJson = BigQueryHelpers.toJsonString(schema);
    this.scope = scope;
    this.runId = runId;
    this.testServices = testServices;
  }

  @ProcessElement
  public void process(PipelineOptions options, OutputReceiver<String> out) throws Exception {
    TableSchema schema = BigQueryHelpers.fromJsonString(schemaJson, TableSchema.class);
    TableReference table = BigQueryHelpers.parseTableSpec(this.table);
    TableReference staging = BigQueryHelpers.parseTableSpec(this.staging);
    try (BigQueryServices.DatasetService datasets =
        BigQueryTables.services(testServices)
            .getDatasetService(options.as(BigQueryOptions.class))) {
      Table existing = datasets.getTable(table);
      if (existing == null) {
        datasets.createTable(BigQueryTables.target(table, schema, scope, runId));
      } else {
        BigQueryTables.checkExisting(datasets, table, existing, scope);
      }
      if (datasets.getTable(staging) == null) {
        datasets.createTable(BigQueryTables.staging(staging, schema, System.currentTimeMillis()));
      }
    }
    out.output(this.staging);
  }
}
