package io.laterreporting.pipelines;

import io.laterreporting.beam.LaterReportingCounters;
import io.laterreporting.pipelines.sinks.ExportReport;
import io.laterreporting.pipelines.sinks.SinkMetrics;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.beam.sdk.metrics.Metrics;

/** The few lines printed when an export ends: what was read, what it cost, and where it went. */
final class RunSummary {
  private final JobMetrics metrics;
  private final ExportSettings settings;
  private final Duration wallTime;
  private final String destination;

  RunSummary(JobMetrics metrics, ExportSettings settings, Duration wallTime, String destination) {
    this.metrics = metrics;
    this.settings = settings;
    this.wallTime = wallTime;
    this.destination = destination;
  }

  List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(Locale.ROOT, "Export finished in %.1f s", wallTime.toMillis() / 1000.0));
    lines.add(
        String.format(
            Locale.ROOT,
            "  rows       %,d in %,d windows (%s..%s, granularity %s)",
            metrics.read(LaterReportingCounters.ROWS),
            settings.windows().size(),
            settings.startDate(),
            settings.endDate(),
            settings.granularity().optionValue()));
    lines.add(
        String.format(
            Locale.ROOT,
            "  requests   %,d (%,d pages, %,d token mints, %,d queries re-read in pieces)",
            metrics.read(LaterReportingCounters.REQUESTS),
            metrics.read(LaterReportingCounters.PAGES),
            metrics.read(LaterReportingCounters.TOKEN_MINTS),
            metrics.read(LaterReportingCounters.UNITS_REREAD)));
    lines.add("  retries    " + retries());
    lines.add(
        String.format(
            Locale.ROOT,
            "  throttled  %.1f s (%,d answers 429)",
            metrics.counter(Metrics.THROTTLE_TIME_NAMESPACE, Metrics.THROTTLE_TIME_COUNTER_NAME)
                / 1000.0,
            metrics.read(LaterReportingCounters.RATE_LIMITED)));
    if (settings.report() != ExportReport.CAMPAIGNS) {
      lines.add("  report     " + settings.report().name());
    }
    if (settings.report() == ExportReport.CAMPAIGNS) {
      // Only campaigns have a natural ranking (estimatedRoi); the other reports print none.
      lines.add("  top 5 by estimatedRoi:");
      List<String> top =
          metrics.stringSet(TopCampaigns.NAMESPACE, TopCampaigns.METRIC).stream()
              .sorted((a, b) -> Integer.compare(rank(a), rank(b)))
              .collect(Collectors.toList());
      if (top.isEmpty()) {
        lines.add("    (no row has an estimatedRoi)");
      }
      for (String entry : top) {
        lines.add("    " + rank(entry) + ". " + entry.substring(entry.indexOf('\t') + 1));
      }
    }
    lines.add("  output     " + destination);
    lines.add(
        String.format(
            Locale.ROOT,
            "  replaced   %,d partitions (%,d emptied: no row for them in this run)",
            metrics.counter(SinkMetrics.NAMESPACE, SinkMetrics.PARTITIONS_REPLACED)
                + metrics.counter(SinkMetrics.NAMESPACE, SinkMetrics.PARTITIONS_EMPTIED),
            metrics.counter(SinkMetrics.NAMESPACE, SinkMetrics.PARTITIONS_EMPTIED)));
    Set<String> kept = metrics.stringSet(SinkMetrics.NAMESPACE, SinkMetrics.INSTANCES_KEPT);
    if (!kept.isEmpty()) {
      lines.add(
          String.format(
              Locale.ROOT,
              "  kept       rows of %d instances this run read nothing of: %s (no longer listed by"
                  + " the API, or empty; --allowEmpty=true empties them)",
              kept.size(),
              String.join(", ", kept)));
    }
    return lines;
  }

  void print(PrintStream console) {
    lines().forEach(console::println);
  }

  private String retries() {
    Map<String, Long> byCause = metrics.retriesByCause();
    long total = byCause.values().stream().mapToLong(Long::longValue).sum();
    if (total == 0) {
      return "0";
    }
    return String.format(Locale.ROOT, "%,d", total)
        + byCause.entrySet().stream()
            .map(cause -> cause.getKey() + " " + cause.getValue())
            .collect(Collectors.joining(", ", " (", ")"));
  }

  private static int rank(String entry) {
    return Integer.parseInt(entry.substring(0, entry.indexOf('\t')));
  }
}
