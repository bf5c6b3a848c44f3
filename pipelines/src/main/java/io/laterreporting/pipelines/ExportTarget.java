package io.laterreporting.pipelines;

import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;

/** Where an export writes: the part of a pipeline that differs between the exports. */
interface ExportTarget {
  /** Checks the destination options (filling in what {@code --demo} implies). */
  void checkDestination(ExportOptions options);

  /**
   * Checks, before any request, that the run's rows fit what the destination already holds (its
   * manifest); an {@link IllegalArgumentException} names the difference.
   */
  void checkOutput(ExportOptions options, ExportSettings settings) throws java.io.IOException;

  /** Adds the write of {@code rows}; returns where the data will be, for people to read. */
  String addWrite(PCollection<Row> rows, ExportOptions options, ExportSettings settings);
}
