package io.laterreporting.beam.client;

import com.google.auto.value.AutoValue;
import java.io.Serializable;
import java.time.Duration;

/**
 * How transient failures (5xx, 429, connection errors, timeouts, malformed bodies) are retried:
 * capped exponential backoff with jitter, {@code Retry-After} honoured up to {@link
 * #maxRetryAfter()}, at most {@link #maxAttempts()} requests per call (429s aside) and at most
 * {@link #retryBudget()} of waiting in total per call (throttling included).
 */
@AutoValue
public abstract class RetryPolicy implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Requests per call, the first included, not counting those answered 429 (default 8): a 429 is
   * the rate budget's flow control, paced by the limiter and bounded by {@link #retryBudget()}.
   */
  public abstract int maxAttempts();

  /** Backoff before the first retry (default 250 ms); doubled per retry, with jitter. */
  public abstract Duration initialBackoff();

  /** Cap of one backoff (default 20 s). */
  public abstract Duration maxBackoff();

  /** Longest {@code Retry-After} obeyed; a longer one is shortened to this (default 60 s). */
  public abstract Duration maxRetryAfter();

  /** Total time one call may spend waiting between attempts (default 5 min). */
  public abstract Duration retryBudget();

  public static RetryPolicy defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new AutoValue_RetryPolicy.Builder()
        .setMaxAttempts(8)
        .setInitialBackoff(Duration.ofMillis(250))
        .setMaxBackoff(Duration.ofSeconds(20))
        .setMaxRetryAfter(Duration.ofSeconds(60))
        .setRetryBudget(Duration.ofMinutes(5));
  }

  public abstract Builder toBuilder();

  public RetryPolicy withMaxAttempts(int value) {
    return toBuilder().setMaxAttempts(value).build();
  }

  public RetryPolicy withInitialBackoff(Duration value) {
    return toBuilder().setInitialBackoff(value).build();
  }

  public RetryPolicy withMaxBackoff(Duration value) {
    return toBuilder().setMaxBackoff(value).build();
  }

  public RetryPolicy withMaxRetryAfter(Duration value) {
    return toBuilder().setMaxRetryAfter(value).build();
  }

  public RetryPolicy withRetryBudget(Duration value) {
    return toBuilder().setRetryBudget(value).build();
  }

  /** Builder of {@link RetryPolicy}; {@link #build()} validates. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setMaxAttempts(int value);

    public abstract Builder setInitialBackoff(Duration value);

    public abstract Builder setMaxBackoff(Duration value);

    public abstract Builder setMaxRetryAfter(Duration value);

    public abstract Builder setRetryBudget(Duration value);

    abstract RetryPolicy autoBuild();

    public RetryPolicy build() {
      RetryPolicy p = autoBuild();
      if (p.maxAttempts() < 1 || p.maxAttempts() > 100) {
        throw new IllegalArgumentException(
            "maxAttempts: got " + p.maxAttempts() + "; allowed 1..100 (1 = no retry)");
      }
      Checks.positive("initialBackoff", p.initialBackoff());
      Checks.positive("maxBackoff", p.maxBackoff());
      if (p.maxBackoff().compareTo(p.initialBackoff()) < 0) {
        throw new IllegalArgumentException(
            "maxBackoff: got "
                + p.maxBackoff()
                + "; must be >= initialBackoff ("
                + p.initialBackoff()
                + ")");
      }
      Checks.nonNegative("maxRetryAfter", p.maxRetryAfter());
      Checks.nonNegative("retryBudget", p.retryBudget());
      return p;
    }
  }
}
