package io.laterreporting.emulator;

import java.time.Clock;
import java.time.Duration;

/** A fixed-window budget shared by every caller, as one outbound IP shares the real one. */
final class RateLimiter {
  private final int limit;
  private final long windowMillis;
  private final Clock clock;
  private final BudgetHeaders headers;
  private final BudgetWindows tally;
  private long currentWindow = Long.MIN_VALUE;
  private int used;

  RateLimiter(int limit, Duration window, Clock clock, BudgetHeaders headers, BudgetWindows tally) {
    if (limit < 1 || window.toMillis() < 1) {
      throw new IllegalArgumentException("a rate limit needs limit >= 1 and a window >= 1 ms");
    }
    this.limit = limit;
    this.windowMillis = window.toMillis();
    this.clock = clock;
    this.headers = headers;
    this.tally = tally;
  }

  /** Adds the budget headers this gateway sends. */
  synchronized void describe(Response response) {
    if (headers == BudgetHeaders.NONE) {
      return;
    }
    response.header("X-Ratelimit-Limit", Integer.toString(limit));
    response.header("X-Ratelimit-Window", Long.toString(windowSeconds()));
    if (headers == BudgetHeaders.WITH_REMAINING) {
      boolean sameWindow = Math.floorDiv(clock.millis(), windowMillis) == currentWindow;
      response.header("X-Ratelimit-Remaining", Integer.toString(sameWindow ? limit - used : limit));
    }
  }

  int limit() {
    return limit;
  }

  long windowSeconds() {
    return Math.max(1, (windowMillis + 999) / 1000);
  }

  /**
   * Spends one request of the budget; returns -1 when allowed, else the seconds until the next
   * window.
   */
  synchronized long acquire() {
    long now = clock.millis();
    long window = Math.floorDiv(now, windowMillis);
    if (window != currentWindow) {
      currentWindow = window;
      used = 0;
    }
    boolean admitted = used < limit;
    tally.record(window * windowMillis, admitted);
    if (admitted) {
      used++;
      return -1;
    }
    long millisLeft = (window + 1) * windowMillis - now;
    return Math.max(1, (millisLeft + 999) / 1000);
  }
}
