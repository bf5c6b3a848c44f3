package io.laterreporting.beam.planning;

import io.laterreporting.beam.client.ApiLimits;
import java.time.Duration;

/**
 * The time side of a {@link ReadCostEstimate}: how long a read of a given number of requests takes
 * at the least, bounded by latency ({@code requests x latency / concurrency}) and by the rate
 * budget ({@code requests / rate}), and what to expect at the connector's pacing ({@link
 * ApiLimits#BUDGET_SHARE} of the budget).
 *
 * <p>Apart from the request counts ({@link RequestCounts}) because it is the one place that knows
 * how requests turn into time; it needs only the counts, not how they were reached.
 */
final class TimeBounds {
  private TimeBounds() {}

  /** {@code dataRequests x latency / concurrency}. */
  static Duration latencyBound(long dataRequests, Duration latency, int concurrency) {
    return Duration.ofNanos(
        (long) ((double) dataRequests * latency.toNanos() / Math.max(1, concurrency)));
  }

  /** {@code totalRequests / requestsPerSecond}; zero without a rate budget. */
  static Duration rateBound(long totalRequests, double requestsPerSecond) {
    return atRate(totalRequests, requestsPerSecond);
  }

  /** The rate bound at the connector's pacing, {@link ApiLimits#BUDGET_SHARE} of the budget. */
  static Duration pacedRateBound(long totalRequests, double requestsPerSecond) {
    return atRate(totalRequests, requestsPerSecond * ApiLimits.BUDGET_SHARE);
  }

  static Duration longer(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Duration atRate(long requests, double requestsPerSecond) {
    if (requestsPerSecond <= 0) {
      return Duration.ZERO;
    }
    return Duration.ofNanos((long) (requests / requestsPerSecond * 1e9));
  }
}
