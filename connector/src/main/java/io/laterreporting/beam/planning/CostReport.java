package io.laterreporting.beam.planning;

import io.laterreporting.beam.client.PaginationGeneration;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The rendering of a {@link ReadCostEstimate}: the few lines {@code --plan} and {@link
 * ReadCostEstimate#describe()} print, and how a duration reads to a person.
 *
 * <p>Apart from the arithmetic ({@link RequestCounts}, {@link TimeBounds}) so that the wording can
 * change without touching a number, and the numbers without touching the wording.
 */
final class CostReport {
  private CostReport() {}

  static String describe(ReadCostEstimate e) {
    List<DateWindow> windows = e.windows;
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "Read plan: %d window(s)%s x %d query(ies) per window = %d unit(s); %d instance(s)%s, page size %d, %s%n",
            windows.size(),
            windows.isEmpty()
                ? ""
                : " ("
                    + windows.get(0)
                    + (windows.size() > 1 ? " .. " + windows.get(windows.size() - 1) : "")
                    + ")",
            e.requests.queriesPerWindow,
            e.units(),
            e.instances,
            e.instancesListed ? " listed" : " discovered",
            e.pageSize,
            e.generation == PaginationGeneration.CURSOR ? "cursor pages" : "page numbers"));
    long minimal = e.minimalDataRequests();
    long planned = e.plannedDataRequests();
    if (e.rowCountsKnown()) {
      s.append(
          String.format(
              Locale.ROOT,
              "Rows: %,d; data requests: minimal %,d, planned %,d (%.2fx); overhead %d%s%n",
              e.rows(),
              minimal,
              planned,
              minimal == 0 ? 1.0 : (double) planned / minimal,
              e.overheadRequests(),
              membership(e)));
    } else {
      s.append(
          String.format(
              Locale.ROOT,
              "Rows: unknown; data requests: at least %,d (one per query; +1 per 100 rows beyond the first page); overhead %d%s%n",
              planned,
              e.overheadRequests(),
              membership(e)));
    }
    double requestsPerSecond = e.requestsPerSecond;
    s.append(
        String.format(
            Locale.ROOT,
            "Time: >= %s (rate: %s at %s) and >= %s (latency: %d ms x requests / %d in flight); expect about %s%n",
            human(e.lowerBound()),
            human(e.rateBound()),
            requestsPerSecond <= 0
                ? "no budget"
                : String.format(Locale.ROOT, "%.3g req/s", requestsPerSecond),
            human(e.latencyBound()),
            e.latency.toMillis(),
            e.concurrency,
            human(e.expected())));
    return s.toString();
  }

  /** What the overhead says of the membership check's roster walk. */
  private static String membership(ReadCostEstimate e) {
    if (e.membershipRequests() > 0) {
      return String.format(
          Locale.ROOT, " (%,d of them the membership check's roster walk)", e.membershipRequests());
    }
    return e.membershipUncounted()
        ? ", plus the membership check's roster walk (campaigns / 100 requests; not counted:"
            + " the roster's size is unknown)"
        : "";
  }

  /** {@code 850 ms}, {@code 12.5 s}, {@code 6 min 05 s}, {@code 3 h 20 min}, {@code 2.5 days}. */
  static String human(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + " ms";
    }
    long s = Math.round(ms / 1000.0);
    if (s < 120) {
      return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
    if (s < 7200) {
      return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }
    if (s < 172800) {
      return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }
    return String.format(Locale.ROOT, "%.1f days", s / 86400.0);
  }
}
