package io.laterreporting.beam.client;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A call kept failing transiently until {@link RetryPolicy#maxAttempts()} or {@link
 * RetryPolicy#retryBudget()} ran out. The message names the route, the parameters, the attempts,
 * the time waited and the last answer.
 */
public class RetryBudgetExhaustedException extends LaterApiException {
  private static final long serialVersionUID = 1L;

  private final int attempts;
  private final long waitedMillis;
  private final String lastAnswer;

  RetryBudgetExhaustedException(
      ApiRoute route,
      int lastStatus,
      @Nullable String type,
      @Nullable String title,
      @Nullable String detail,
      String parameters,
      int attempts,
      long waitedMillis,
      String lastAnswer,
      String why,
      @Nullable Throwable cause) {
    super(
        route,
        lastStatus,
        type,
        title,
        detail,
        parameters,
        "Gave up after "
            + attempts
            + " attempt(s) and "
            + waitedMillis
            + " ms of backoff ("
            + why
            + "); last answer: "
            + lastAnswer,
        cause);
    this.attempts = attempts;
    this.waitedMillis = waitedMillis;
    this.lastAnswer = lastAnswer;
  }

  public int attempts() {
    return attempts;
  }

  public long waitedMillis() {
    return waitedMillis;
  }

  /** E.g. {@code HTTP 503 (type=..., detail=...)} or {@code connection: Connection reset}. */
  public String lastAnswer() {
    return lastAnswer;
  }
}
