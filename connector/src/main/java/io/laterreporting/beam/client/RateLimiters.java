package io.laterreporting.beam.client;

import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JVM's rate limiters, one per base URL, shared by every client of that URL.
 *
 * <p>Algorithm: strict pacing (a leaky bucket without burst, like GCRA): request starts are spaced
 * {@code window / (limit * fraction)} apart, {@code fraction} = 0.95. The server counts requests in
 * fixed windows; evenly spaced starts put at most {@code ceil(0.95 * limit)} requests in any window
 * of that length, whatever its alignment, so a rate-bound read uses ~95% of the budget and the 5%
 * margin absorbs latency jitter (requests arriving closer together than they were sent). The budget
 * is learned from {@code X-Ratelimit-Limit}/{@code X-Ratelimit-Window} on any answer; until then
 * requests are not paced. A 429 blocks every caller until its {@code Retry-After} (or the backoff);
 * a 429 without the headers teaches an estimate (requests started in the last 60 s, the documented
 * window, if at least 20); a 429 more than one window after learning (someone else shares the budget, e.g. workers
 * behind one IP) lowers the fraction by 10% (not below 0.5), and each success raises it again by
 * 0.002 up to 0.95 (additive increase, multiplicative decrease).
 */
final class RateLimiters {
  private final ConcurrentHashMap<String, RateLimiter> byBaseUrl = new ConcurrentHashMap<>();
  private final ClientRuntime.Clock clock;

  RateLimiters(ClientRuntime.Clock clock) {
    this.clock = clock;
  }

  RateLimiter forBaseUrl(String baseUrl) {
    return byBaseUrl.computeIfAbsent(baseUrl, u -> new RateLimiter(clock));
  }

  static final class RateLimiter {
    static final double TARGET_FRACTION = 0.95;
    static final double MIN_FRACTION = 0.5;
    static final long ASSUMED_WINDOW_MILLIS = 60_000;
    private static final int MAX_RECENT = 100_000;
    /** Fewer starts than this in the last window teach nothing (an isolated 429, e.g. from a gateway). */
    static final int MIN_SAMPLE = 20;

    private final ClientRuntime.Clock clock;
    private int limit;
    private long windowMillis;
    private long learnedAt;
    private double fraction = TARGET_FRACTION;
    private double nextSlot;
    private long blockedUntil;
    private final ArrayDeque<Long> recent = new ArrayDeque<>();

    RateLimiter(ClientRuntime.Clock clock) {
      this.clock = clock;
    }

    /** Reserves the next start slot and returns how many milliseconds to wait for it. */
    synchronized long reserve() {
      long now = clock.millis();
      double slot = Math.max(now, blockedUntil);
      if (limit > 0) {
        slot = Math.max(slot, nextSlot);
        nextSlot = slot + intervalMillis();
      }
      long start = (long) Math.ceil(slot);
      recent.addLast(start);
      while (recent.size() > MAX_RECENT || (!recent.isEmpty() && recent.peekFirst() < now - ASSUMED_WINDOW_MILLIS)) {
        recent.removeFirst();
      }
      return Math.max(0, start - now);
    }

    double intervalMillis() {
      return limit <= 0 ? 0 : windowMillis / (limit * fraction);
    }

    /** From {@code X-Ratelimit-Limit} and {@code X-Ratelimit-Window} (seconds). */
    synchronized void learn(int newLimit, long newWindowMillis) {
      if (newLimit <= 0 || newWindowMillis <= 0) {
        return;
      }
      if (newLimit != limit || newWindowMillis != windowMillis) {
        if (limit <= 0) {
          nextSlot = clock.millis();
        }
        limit = newLimit;
        windowMillis = newWindowMillis;
        learnedAt = clock.millis();
      }
    }

    synchronized void onSuccess() {
      if (fraction < TARGET_FRACTION) {
        fraction = Math.min(TARGET_FRACTION, fraction + 0.002);
      }
    }

    /** A 429: everyone waits {@code waitMillis}; the budget is estimated or the pace lowered. */
    synchronized void onRateLimited(long waitMillis) {
      long now = clock.millis();
      blockedUntil = Math.max(blockedUntil, now + waitMillis);
      nextSlot = Math.max(nextSlot, blockedUntil);
      if (limit <= 0) {
        int started = 0;
        for (Long t : recent) {
          if (t >= now - ASSUMED_WINDOW_MILLIS && t <= now) {
            started++;
          }
        }
        if (started >= MIN_SAMPLE) {
          limit = started - 1;
          windowMillis = ASSUMED_WINDOW_MILLIS;
          learnedAt = now;
        }
      } else if (now - learnedAt > windowMillis) {
        fraction = Math.max(MIN_FRACTION, fraction * 0.9);
      }
    }

    synchronized int limit() {
      return limit;
    }

    synchronized long windowMillis() {
      return windowMillis;
    }

    synchronized double fraction() {
      return fraction;
    }
  }
}
