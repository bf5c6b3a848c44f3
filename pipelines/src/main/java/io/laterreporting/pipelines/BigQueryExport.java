package io.laterreporting.pipelines;

import com.google.api.services.bigquery.model.TableReference;
import io.laterreporting.pipelines.sinks.BigQueryPartitionsWrite;
import io.laterreporting.pipelines.sinks.BigQueryTables;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryHelpers;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryOptions;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryServices;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Exports a report ({@code --report}, campaign performance by default) to a BigQuery table
 * partitioned by day on {@code periodStart}, replacing exactly the rows of the run's periods and
 * instances (see {@link BigQueryPartitionsWrite}).
 */
public final class BigQueryExport implements ExportTarget {
  // project:dataset.table (the project may be domain-scoped, "example.com:p") or
  // project.dataset.table
  private static final Pattern TABLE =
      Pattern.compile("^(?:((?:[\\w.-]+:)?[\\w-]+)[:.])([\\w]+)\\.([\\w-]+)$");

  private final @Nullable BigQueryServices testServices;

  BigQueryExport(@Nullable BigQueryServices testServices) {
    this.testServices = testServices;
  }

  public static void main(String[] args) {
    int exitCode = run(args, System.out, System.err);
    if (exitCode != ExportLauncher.OK) {
      System.exit(exitCode);
    }
  }

  /** Runs the export; returns the exit code: 0 done, 1 failed, 2 bad options. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return launcher(new BigQueryExport(null), out, err).launch(args);
  }

  static ExportLauncher launcher(BigQueryExport target, PrintStream out, PrintStream err) {
    return new ExportLauncher(
        target, "BigQueryExport", out, err, Clock.systemUTC(), System.getenv());
  }

  @Override
  public void checkDestination(ExportOptions options) {
    if (options.getOutput() != null) {
      throw new IllegalArgumentException(
          "output is an option of ParquetExport; BigQueryExport writes to --outputTable, but output"
              + " was '"
              + options.getOutput()
              + "'");
    }
    table(options.getOutputTable());
    if (options.getTempLocation() == null || options.getTempLocation().isBlank()) {
      throw new IllegalArgumentException(
          "tempLocation must be a folder for BigQuery load files (gs://bucket/path), but was not set");
    }
    // BigQuery loads files from Cloud Storage only; BigQueryIO would refuse another folder only
    // when the job starts (exit 1). Beam's in-memory fakes (tests) load from any folder.
    if (testServices == null && !options.getTempLocation().trim().startsWith("gs://")) {
      throw new IllegalArgumentException(
          "tempLocation must be a Cloud Storage folder for BigQuery load files (gs://bucket/path),"
              + " but was '"
              + options.getTempLocation()
              + "'");
    }
  }

  @Override
  public void checkOutput(ExportOptions options, ExportSettings settings) throws IOException {
    try {
      BigQueryTables.checkFits(
          table(options.getOutputTable()),
          settings.scope(),
          options.as(BigQueryOptions.class),
          testServices);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  @Override
  public String addWrite(PCollection<Row> rows, ExportOptions options, ExportSettings settings) {
    TableReference table = table(options.getOutputTable());
    BigQueryPartitionsWrite write =
        BigQueryPartitionsWrite.to(table, settings.scope(), RunIds.next(Clock.systemUTC()));
    rows.apply(
        "WriteBigQuery", testServices == null ? write : write.withTestServices(testServices));
    return "BigQuery table " + BigQueryHelpers.toTableSpec(table) + " (partitioned by periodStart)";
  }

  static TableReference table(String spec) {
    Matcher matcher = spec == null ? null : TABLE.matcher(spec.trim());
    if (matcher == null || !matcher.matches()) {
      throw new IllegalArgumentException(
          "outputTable must be project:dataset.table or project.dataset.table, but was "
              + (spec == null ? "not set" : "'" + spec + "'"));
    }
    return new TableReference()
        .setProjectId(matcher.group(1))
        .setDatasetId(matcher.group(2))
        .setTableId(matcher.group(3));
  }
}
