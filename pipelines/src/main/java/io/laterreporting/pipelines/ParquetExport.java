package io.laterreporting.pipelines;

import io.laterreporting.pipelines.sinks.ParquetPartitionsWrite;
import io.laterreporting.pipelines.sinks.PartitionLayout;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;

/**
 * Exports a report ({@code --report}, campaign performance by default) to Parquet files in {@code
 * periodStart=YYYY-MM-DD/instanceId=<id>/} folders under {@code --output}, replacing exactly the
 * partitions the run read (its periods x its instances; see {@link ParquetPartitionsWrite}). The
 * bundled jar's main class; {@code --demo} runs it against an in-process emulator of the API.
 */
public final class ParquetExport implements ExportTarget {
  static final String DEMO_OUTPUT = "./out";

  private final Clock clock;

  ParquetExport(Clock clock) {
    this.clock = clock;
  }

  public static void main(String[] args) {
    int exitCode = run(args, System.out, System.err);
    if (exitCode != ExportLauncher.OK) {
      System.exit(exitCode);
    }
  }

  /** Runs the export; returns the exit code: 0 done, 1 failed, 2 bad options. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Clock clock = Clock.systemUTC();
    return new ExportLauncher(
            new ParquetExport(clock), "ParquetExport", out, err, clock, System.getenv())
        .launch(args);
  }

  @Override
  public void checkDestination(ExportOptions options) {
    if (options.getOutputTable() != null) {
      throw new IllegalArgumentException(
          "outputTable is an option of BigQueryExport; ParquetExport writes to --output, but"
              + " outputTable was '"
              + options.getOutputTable()
              + "'");
    }
    if (options.getOutput() == null && options.getDemo()) {
      options.setOutput(DEMO_OUTPUT);
    }
    if (options.getOutput() == null || options.getOutput().isBlank()) {
      throw new IllegalArgumentException(
          "output must be a folder (local path or gs://bucket/path), but was "
              + (options.getOutput() == null ? "not set" : "blank"));
    }
  }

  @Override
  public void checkOutput(ExportOptions options, ExportSettings settings) throws IOException {
    // Registers gs:// and the other file systems for this check, before the pipeline would.
    FileSystems.setDefaultPipelineOptions(options);
    new PartitionLayout(options.getOutput(), "check").checkFits(settings.scope());
  }

  @Override
  public String addWrite(PCollection<Row> rows, ExportOptions options, ExportSettings settings) {
    PartitionLayout layout = new PartitionLayout(options.getOutput(), RunIds.next(clock));
    rows.apply(
        "WriteParquet",
        new ParquetPartitionsWrite(layout, settings.scope(), settings.exportRows()));
    return FileSystems.matchNewResource(options.getOutput(), true)
        + "periodStart=YYYY-MM-DD/instanceId=*/data.parquet";
  }
}
