package io.laterreporting.emulator;

/** Which rate-limit headers a budgeted gateway sends on every answer. */
public enum BudgetHeaders {
  /** {@code X-Ratelimit-Limit} and {@code X-Ratelimit-Window} (the documented pair; default). */
  LIMIT_AND_WINDOW,
  /** The pair and {@code X-Ratelimit-Remaining} (requests left in the current window). */
  WITH_REMAINING,
  /** None: the client must learn the budget from the 429s alone. */
  NONE
}
