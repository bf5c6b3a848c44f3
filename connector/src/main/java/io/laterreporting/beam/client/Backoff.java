package io.laterreporting.beam.client;

import java.util.function.DoubleSupplier;

/**
 * How long to wait before the next attempt: the server's {@code Retry-After} (capped by {@link
 * RetryPolicy#maxRetryAfter()}) when it sent one, else capped exponential backoff with jitter (half
 * to all of {@code initialBackoff * 2^retries}, at most {@code maxBackoff}); after a 429 never less
 * than the rate limiter's current spacing.
 */
final class Backoff {
  private Backoff() {}

  /**
   * @param jitter values in [0, 1] (clamped); drawn only when backing off exponentially
   * @param pacingIntervalMillis the rate limiter's spacing of request starts (0 if unknown)
   */
  static long waitMillis(
      RetryPolicy policy, Failure f, int retries, DoubleSupplier jitter, DoubleSupplier pacingIntervalMillis) {
    if (f.retryAfterMillis != null) {
      return Math.min(f.retryAfterMillis, policy.maxRetryAfter().toMillis());
    }
    long wait = exponential(policy, retries, jitter.getAsDouble());
    if (f.cause == RetryCause.RATE_LIMITED) {
      wait = Math.max(wait, (long) Math.ceil(pacingIntervalMillis.getAsDouble()));
    }
    return wait;
  }

  private static long exponential(RetryPolicy policy, int retries, double jitter) {
    long initial = policy.initialBackoff().toMillis();
    long max = policy.maxBackoff().toMillis();
    long base = retries >= 30 ? max : Math.min(max, initial << retries);
    return (long) (base * (0.5 + 0.5 * Math.max(0, Math.min(1, jitter))));
  }
}
