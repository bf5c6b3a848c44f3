package io.laterreporting.pipelines.sinks;

import com.google.api.services.bigquery.model.Clustering;
import com.google.api.services.bigquery.model.Table;
import com.google.api.services.bigquery.model.TableReference;
import com.google.api.services.bigquery.model.TableSchema;
import com.google.api.services.bigquery.model.TimePartitioning;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryHelpers;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryOptions;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryServices;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryServicesImpl;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The tables of the BigQuery sink: the target, partitioned by day on {@code periodStart} and
 * clustered by {@code instanceId, campaignId}, whose description holds the output's manifest (the
 * BigQuery form of {@code _manifest.json}); and each run's staging table, which expires by itself a
 * day after a run that died before dropping it.
 */
public final class BigQueryTables {
  static final String MANIFEST_PREFIX =
      "LaterReportingIO output manifest (written by the export): ";
  static final Duration STAGING_LIFETIME = Duration.ofDays(1);
  private static final String STAGING_INFIX = "__later_staging_";

  private BigQueryTables() {}

  /** The services to use: the test's, or BigQuery's own. */
  static BigQueryServices services(@Nullable BigQueryServices testServices) {
    return testServices != null ? testServices : new BigQueryServicesImpl();
  }

  /**
   * Checks, before any request to the API, that a run of {@code scope} may write into {@code table}
   * ({@link #checkExisting}); a missing table takes any run.
   *
   * @throws IllegalArgumentException naming the difference
   */
  public static void checkFits(
      TableReference table,
      OutputScope scope,
      BigQueryOptions options,
      @Nullable BigQueryServices testServices)
      throws IOException, InterruptedException {
    try (BigQueryServices.DatasetService datasets =
        services(testServices).getDatasetService(options)) {
      Table existing = datasets.getTable(table);
      if (existing != null) {
        checkExisting(datasets, table, existing, scope);
      }
    } catch (IOException | InterruptedException | RuntimeException e) {
      throw e;
    } catch (Exception closing) {
      throw new IOException(closing);
    }
  }

  /**
   * Checks that a run of {@code scope} may write into the {@code existing} table: its manifest fits
   * the run's layout ({@link OutputScope#checkFits}); a table without one is adopted only when it
   * is empty or the run says so ({@code --adoptTable}), since the run's {@code MERGE} would delete
   * the rows of its periods and instances from a table this export did not write.
   *
   * @throws IllegalArgumentException naming the table, what it holds and the option that adopts it
   */
  static void checkExisting(
      BigQueryServices.DatasetService datasets,
      TableReference table,
      Table existing,
      OutputScope scope)
      throws IOException, InterruptedException {
    String name = BigQueryHelpers.toTableSpec(table);
    Optional<Map<String, Object>> manifest = manifest(existing);
    if (manifest.isPresent()) {
      scope.checkFits(manifest.get(), name);
    } else if (!scope.adoptTable() && !datasets.isTableEmpty(table)) {
      throw new IllegalArgumentException(
          String.format(
              "outputTable %s holds rows but no manifest of this export (its description does not"
                  + " start with '%s'): it was written by another tool, by hand or by an earlier"
                  + " version, and this run would replace its rows of periods %s; use another"
                  + " outputTable, or pass --adoptTable=true if that replacement is intended",
              name, MANIFEST_PREFIX.strip(), scope.periods()));
    }
  }

  /** The manifest a table's description holds, if any. */
  static Optional<Map<String, Object>> manifest(@Nullable Table table) throws IOException {
    String description = table == null ? null : table.getDescription();
    if (description == null || !description.startsWith(MANIFEST_PREFIX)) {
      return Optional.empty();
    }
    return Optional.of(OutputManifest.parse(description.substring(MANIFEST_PREFIX.length())));
  }

  static String description(OutputScope scope, String runId) {
    return MANIFEST_PREFIX + OutputManifest.json(scope, List.of(), runId);
  }

  static Table target(TableReference table, TableSchema schema, OutputScope scope, String runId) {
    return new Table()
        .setTableReference(table)
        .setSchema(schema)
        .setTimePartitioning(
            new TimePartitioning()
                .setType("DAY")
                .setField(scope.report().partitionColumns().get(0)))
        .setClustering(new Clustering().setFields(clusteringFields(scope.report())))
        .setDescription(description(scope, runId));
  }

  /** Instance, then the row key's next column (the campaign for campaign performance). */
  static List<String> clusteringFields(ExportReport report) {
    return List.of(report.partitionColumns().get(1), report.rowKey().get(1));
  }

  static Table staging(TableReference staging, TableSchema schema, long nowMillis) {
    return new Table()
        .setTableReference(staging)
        .setSchema(schema)
        .setExpirationTime(nowMillis + STAGING_LIFETIME.toMillis());
  }

  /** {@code <table>__later_staging_<runId>}, in the target's dataset. */
  static TableReference stagingOf(TableReference table, String runId) {
    return new TableReference()
        .setProjectId(table.getProjectId())
        .setDatasetId(table.getDatasetId())
        .setTableId(table.getTableId() + STAGING_INFIX + runId.replaceAll("[^A-Za-z0-9_]", "_"));
  }

  /** {@code project.dataset.table}, as GoogleSQL names it. */
  static String sqlName(TableReference table) {
    return table.getProjectId() + "." + table.getDatasetId() + "." + table.getTableId();
  }
}
