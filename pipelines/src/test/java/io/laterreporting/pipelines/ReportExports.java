package io.laterreporting.pipelines;

import io.laterreporting.beam.planning.DateWindow;
import io.laterreporting.beam.planning.DateWindows;
import io.laterreporting.beam.planning.Granularity;
import io.laterreporting.beam.records.CreatorPerformance;
import io.laterreporting.beam.records.InstancePerformance;
import io.laterreporting.beam.records.InstancePerformanceBucket;
import io.laterreporting.beam.records.PostPerformance;
import io.laterreporting.beam.testing.ReportOracle;
import io.laterreporting.emulator.ReportingApiEmulator;
import io.laterreporting.emulator.SeriesGranularity;
import io.laterreporting.pipelines.sinks.ExportReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an export of a report should write, from the emulator's oracle for its route, in the
 * exported form ({@link ExportedRows}): scope-wide reports' rows carry the run's instance set as
 * {@code instanceId}.
 */
final class ReportExports {
  private ReportExports() {}

  /**
   * The rows of {@code report} over {@code instanceIds} (empty: all) and {@code start..end}, by
   * {@code granularity} (for the time series: the bucket size).
   */
  static List<Map<String, Object>> expected(
      ReportingApiEmulator emulator,
      ExportReport report,
      List<String> instanceIds,
      LocalDate start,
      LocalDate end,
      Granularity granularity)
      throws Exception {
    List<DateWindow> windows = DateWindows.cover(start, end, granularity);
    String scope = ExportReport.scopeOf(instanceIds);
    if (report == ExportReport.POSTS) {
      return ExportedRows.fromRecords(
          PostPerformance.class, ReportOracle.posts(emulator, instanceIds, windows));
    } else if (report == ExportReport.CREATORS) {
      return inScope(
          ExportedRows.fromRecords(
              CreatorPerformance.class, ReportOracle.creators(emulator, instanceIds, windows)),
          scope);
    } else if (report == ExportReport.INSTANCES) {
      return ExportedRows.fromRecords(
          InstancePerformance.class,
          windows.stream()
              .map(window -> ReportOracle.totals(emulator, instanceIds, window, scope))
              .collect(Collectors.toList()));
    } else if (report == ExportReport.INSTANCES_OVER_TIME) {
      DateWindow range = DateWindows.cover(start, end, Granularity.NONE).get(0);
      return inScope(
          ExportedRows.fromRecords(
              InstancePerformanceBucket.class,
              ReportOracle.buckets(
                  emulator, instanceIds, range, SeriesGranularity.valueOf(granularity.name()))),
          scope);
    }
    return ParquetExports.oracle(emulator, instanceIds, start, end, granularity);
  }

  private static List<Map<String, Object>> inScope(List<Map<String, Object>> rows, String scope) {
    rows.forEach(row -> row.put(ExportReport.INSTANCE_ID, scope));
    return rows;
  }
}
