package io.laterreporting.beam.reading;

import io.laterreporting.beam.LaterReportingCounters;
import io.laterreporting.beam.client.ApiClientConfig;
import io.laterreporting.beam.client.LaterApiClient;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;

/**
 * What a reading DoFn holds between {@code @Setup} and {@code @Teardown}: an API client whose token,
 * connections and rate limiter are shared JVM-wide, and the counters its requests feed.
 */
final class ApiSession implements AutoCloseable {
  final ReadCounters counters = new ReadCounters();
  final LaterApiClient client;
  private final Counter pages = Metrics.counter(LaterReportingCounters.NAMESPACE, LaterReportingCounters.PAGES);
  private final Counter rows = Metrics.counter(LaterReportingCounters.NAMESPACE, LaterReportingCounters.ROWS);

  ApiSession(ApiClientConfig config) {
    this.client = LaterApiClient.create(config, counters);
  }

  /** Counts a page read; on the DoFn's thread. */
  void pageRead() {
    pages.inc();
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
