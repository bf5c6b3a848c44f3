package io.laterreporting.pipelines.sinks;

import com.google.api.services.bigquery.model.ErrorProto;
import com.google.api.services.bigquery.model.Job;
import com.google.api.services.bigquery.model.JobConfigurationQuery;
import com.google.api.services.bigquery.model.JobReference;
import com.google.api.services.bigquery.model.TableReference;
import java.util.List;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryHelpers;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryOptions;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryServices;
import org.apache.beam.sdk.io.gcp.bigquery.TableDestination;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.PCollectionView;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once the staging table is loaded, runs the {@link ReplaceStatement} script as one query job and
 * records the manifest in the table's description. The job id is derived from the run id, so a
 * retried bundle finds the job it started instead of running the script twice.
 */
final class ReplaceFromStagingFn extends DoFn<byte[], Void> {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(ReplaceFromStagingFn.class);

  private final String table;
  private final String staging;
  private final OutputScope scope;
  private final String runId;
  private final PCollectionView<List<TableDestination>> loaded;
  private final @Nullable BigQueryServices testServices;

  ReplaceFromStagingFn(
      TableReference table,
      TableReference staging,
      OutputScope scope,
      String runId,
      PCollectionView<List<TableDestination>> loaded,
      @Nullable BigQueryServices testServices) {
    this.table = BigQueryHelpers.toTableSpec(table);
    this.staging = BigQueryHelpers.toTableSpec(staging);
    this.scope = scope;
    this.runId = runId;
    this.loaded = loaded;
    this.testServices = testServices;
  }

  /** The id of the replacement job of run {@code runId}. */
  static String jobId(String runId) {
    return "later_replace_" + runId.replaceAll("[^A-Za-z0-9_-]", "_");
  }

  @ProcessElement
  public void process(ProcessContext context, PipelineOptions options) throws Exception {
    context.sideInput(loaded); // ready only once every load job of the staging table is done
    BigQueryOptions bigQuery = options.as(BigQueryOptions.class);
    TableReference table = BigQueryHelpers.parseTableSpec(this.table);
    TableReference staging = BigQueryHelpers.parseTableSpec(this.staging);
    BigQueryServices services = BigQueryTables.services(testServices);
    String script =
        ReplaceStatement.script(
            scope, BigQueryTables.sqlName(table), BigQueryTables.sqlName(staging));
    JobReference job = new JobReference().setProjectId(table.getProjectId()).setJobId(jobId(runId));
    try (BigQueryServices.JobService jobs = services.getJobService(bigQuery)) {
      jobs.startQueryJob(job, new JobConfigurationQuery().setQuery(script).setUseLegacySql(false));
      Job done = jobs.pollJob(job, Integer.MAX_VALUE);
      ErrorProto error =
          done == null || done.getStatus() == null ? null : done.getStatus().getErrorResult();
      if (done == null || error != null) {
        throw new IllegalStateException(
            error == null
                ? "the replacement job " + job.getJobId() + " did not finish"
                : error.getMessage());
      }
    }
    try (BigQueryServices.DatasetService datasets = services.getDatasetService(bigQuery)) {
      datasets.patchTableDescription(table, BigQueryTables.description(scope, runId));
    }
    LOG.info(
        "Replaced periods {} of {} from {}",
        scope.periods(),
        table.getTableId(),
        staging.getTableId());
  }
}
