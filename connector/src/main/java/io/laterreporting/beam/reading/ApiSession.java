package io.laterreporting.beam.reading;

import io.laterreporting.beam.LaterReportingCounters;
import io.laterreporting.beam.client.ApiClientConfig;
import io.laterreporting.beam.client.LaterApiClient;
import io.laterreporting.beam.client.PageRequest;
import io.laterreporting.beam.client.PerformancePage;
import io.laterreporting.beam.planning.ReadUnit;
import io.laterreporting.beam.routes.ReportRoute;
import java.net.URI;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Lineage;
import org.apache.beam.sdk.metrics.Metrics;

/**
 * What a reading DoFn holds between {@code @Setup} and {@code @Teardown}: an API client whose
 * token, connections and rate limiter are shared JVM-wide, and the counters its requests feed.
 */
final class ApiSession implements AutoCloseable {
  final ReadCounters counters = new ReadCounters();
  final LaterApiClient client;
  private final Counter pages =
      Metrics.counter(LaterReportingCounters.NAMESPACE, LaterReportingCounters.PAGES);
  private final Counter rows =
      Metrics.counter(LaterReportingCounters.NAMESPACE, LaterReportingCounters.ROWS);

  private final List<String> source;

  ApiSession(ApiClientConfig config) {
    this.client = LaterApiClient.create(config, counters);
    this.source = sourceSegments(config.baseUrl());
  }

  /** One page of {@code unit}'s query on {@code route}; safe on any thread (it counts nothing). */
  <R> PerformancePage<R> page(ReportRoute<R> route, ReadUnit unit, PageRequest page) {
    return client.report(route.format(), unit.query(), page);
  }

  /**
   * The API as a lineage source: {@value LaterReportingCounters#LINEAGE_SYSTEM}, then the base
   * URL's host and port, then its path (a gateway's prefix), if any. Never user info or a query.
   */
  static List<String> sourceSegments(String baseUrl) {
    URI uri = URI.create(baseUrl);
    String authority = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("^/+|/+$", "");
    return path.isEmpty() ? List.of(authority) : List.of(authority, path);
  }

  /** Counts a page read and reports the API as the read's lineage source; on the DoFn's thread. */
  void pageRead() {
    pages.inc();
    Lineage.getSources().add(LaterReportingCounters.LINEAGE_SYSTEM, source);
    flushCounters();
  }

  /** Counts rows emitted as output; on the DoFn's thread. */
  void rowsEmitted(int count) {
    rows.inc(count);
  }

  /**
   * Moves what the client reported into Beam counters; on the DoFn's thread, inside a bundle (in
   * {@code @Teardown} Beam has no metrics context and would drop them).
   */
  void flushCounters() {
    counters.flush();
  }

  @Override
  public void close() {
    client.close();
  }
}
