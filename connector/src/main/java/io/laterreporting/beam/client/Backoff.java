package io.laterreporting.beam.client;

import java.util.function.DoubleSupplier;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * How long to wait before the next attempt: the server's {@code Retry-After} (capped by {@link
 * RetryPolicy#maxRetryAfter()}) when it sent one, else capped exponential backoff with jitter (half
 * to all of {@code initialBackoff * 2^retries}, at most {@code maxBackoff}). After a 429 the rate
 * limiter decides instead (it holds every caller, and probes when no {@code Retry-After} came).
 */
final class Backoff {
  private Backoff() {}

  /**
   * @param jitter values in [0, 1] (clamped); drawn only when backing off exponentially
   */
  static long waitMillis(RetryPolicy policy, Failure f, int retries, DoubleSupplier jitter) {
    Long retryAfter = retryAfterMillis(policy, f);
    return retryAfter != null ? retryAfter : exponential(policy, retries, jitter.getAsDouble());
  }

  /**
   * The server's {@code Retry-After}, capped by {@link RetryPolicy#maxRetryAfter()}; null if none.
   */
  static @Nullable Long retryAfterMillis(RetryPolicy policy, Failure f) {
    return f.retryAfterMillis == null
        ? null
        : Math.min(f.retryAfterMillis, policy.maxRetryAfter().toMillis());
  }

  private static long exponential(RetryPolicy policy, int retries, double jitter) {
    long initial = policy.initialBackoff().toMillis();
    long max = policy.maxBackoff().toMillis();
    long base = retries >= 30 ? max : Math.min(max, initial << retries);
    return (long) (base * (0.5 + 0.5 * Math.max(0, Math.min(1, jitter))));
  }
}
