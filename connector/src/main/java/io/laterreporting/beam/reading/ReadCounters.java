package io.laterreporting.beam.reading;

import static io.laterreporting.beam.LaterReportingCounters.NAMESPACE;
import static io.laterreporting.beam.LaterReportingCounters.RATE_LIMITED;
import static io.laterreporting.beam.LaterReportingCounters.REQUESTS;
import static io.laterreporting.beam.LaterReportingCounters.TOKEN_MINTS;

import io.laterreporting.beam.LaterReportingCounters;
import io.laterreporting.beam.client.ApiRoute;
import io.laterreporting.beam.client.ClientObserver;
import io.laterreporting.beam.client.RetryCause;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;

/**
 * Turns what the API client reports into Beam counters. The client calls back from its own threads,
 * where Beam has no metrics container, so events are tallied here and {@link #flush()}ed from the
 * DoFn's thread.
 */
final class ReadCounters implements ClientObserver {
  private static final long serialVersionUID = 1L;

  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong rateLimited = new AtomicLong();
  private final AtomicLong tokenMints = new AtomicLong();
  private final AtomicLong throttledMillis = new AtomicLong();
  private final Map<RetryCause, AtomicLong> retries = new EnumMap<>(RetryCause.class);

  private final Counter requestsCounter = Metrics.counter(NAMESPACE, REQUESTS);
  private final Counter rateLimitedCounter = Metrics.counter(NAMESPACE, RATE_LIMITED);
  private final Counter tokenMintsCounter = Metrics.counter(NAMESPACE, TOKEN_MINTS);
  private final Counter throttleCounter =
      Metrics.counter(Metrics.THROTTLE_TIME_NAMESPACE, Metrics.THROTTLE_TIME_COUNTER_NAME);
  private final Map<RetryCause, Counter> retryCounters = new EnumMap<>(RetryCause.class);

  ReadCounters() {
    for (RetryCause cause : RetryCause.values()) {
      retries.put(cause, new AtomicLong());
      retryCounters.put(cause, Metrics.counter(NAMESPACE, LaterReportingCounters.retries(cause)));
    }
  }

  @Override
  public void onResponse(ApiRoute route, int status) {
    requests.incrementAndGet();
    if (status == 429) {
      rateLimited.incrementAndGet();
    }
  }

  @Override
  public void onRetry(RetryCause cause) {
    retries.get(cause).incrementAndGet();
  }

  @Override
  public void onTokenMinted() {
    tokenMints.incrementAndGet();
  }

  @Override
  public void onThrottled(long millis) {
    throttledMillis.addAndGet(millis);
  }

  /** Moves the tallies into Beam counters; call it on the thread that runs the DoFn. */
  void flush() {
    add(requestsCounter, requests);
    add(rateLimitedCounter, rateLimited);
    add(tokenMintsCounter, tokenMints);
    add(throttleCounter, throttledMillis);
    for (RetryCause cause : RetryCause.values()) {
      add(retryCounters.get(cause), retries.get(cause));
    }
  }

  private static void add(Counter counter, AtomicLong tally) {
    long delta = tally.getAndSet(0);
    if (delta != 0) {
      counter.inc(delta);
    }
  }
}
