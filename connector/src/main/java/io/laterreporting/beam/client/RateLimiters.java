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
 * margin absorbs latency jitter (requests arriving closer together than they were sent). A
 * sliding-window guard backs the pacing up: a thread that wakes late for its slot waits further if
 * {@code fraction * limit} requests already started in the trailing window, so late threads cannot
 * bunch up and overrun one of the server's windows. The budget
 * is learned from {@code X-Ratelimit-Limit}/{@code X-Ratelimit-Window} on any answer; until then
 * requests are not paced, and once learned the requests already started count as paced ones. A 429 blocks every caller until its {@code Retry-After} (or the backoff);
 * 429s without the headers teach an estimate (requests started in the last 60 s, the documented
 * window, if at least 20) once {@value RateLimiter#MIN_RATE_LIMITED} come in a row with no success
 * between: an exhausted budget refuses everything until its window ends, while a 429 among
 * successes is a gateway's hiccup, retried after its wait, not a budget; a 429 more than one window after learning (someone else shares the budget, e.g. workers
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
    static final double MIN_FRACTION = 0.5;
    static final long ASSUMED_WINDOW_MILLIS = 60_000;
    private static final int MAX_RECENT = 100_000;
    /** Fewer starts than this in the last window teach nothing (an isolated 429, e.g. from a gateway). */
    static final int MIN_SAMPLE = 20;
    /** Fewer 429s in a row than this are hiccups, not an exhausted budget. */
    static final int MIN_RATE_LIMITED = 3;

    private final ClientRuntime.Clock clock;
    private int limit;
    private long windowMillis;
    private long learnedAt;
    private double fraction = ApiLimits.BUDGET_SHARE;
    private double nextSlot;
    private long blockedUntil;
    private final ArrayDeque<Long> starts = new ArrayDeque<>();
    private int rateLimitedInARow;

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
      return Math.max(0, (long) Math.ceil(slot) - now);
    }

    /**
     * Called when the reserved slot has come: records the start and returns 0, or returns how long
     * to wait first because {@code fraction * limit} requests already started in the trailing
     * window (threads that woke late would otherwise bunch up and overrun a server window).
     */
    synchronized long admit() {
      long now = clock.millis();
      if (blockedUntil > now) {
        return blockedUntil - now;
      }
      trim(now);
      if (limit > 0) {
        int max = Math.max(1, (int) Math.floor(limit * fraction));
        if (starts.size() >= max) {
          long oldestInWindow = nthNewest(max);
          if (oldestInWindow > now - windowMillis) {
            return oldestInWindow + windowMillis - now;
          }
        }
      }
      starts.addLast(now);
      return 0;
    }

    /** The start that is {@code n}-th from the newest (1 = newest). */
    private long nthNewest(int n) {
      java.util.Iterator<Long> it = starts.descendingIterator();
      long t = Long.MIN_VALUE;
      for (int i = 0; i < n && it.hasNext(); i++) {
        t = it.next();
      }
      return t;
    }

    private void trim(long now) {
      long keep = Math.max(ASSUMED_WINDOW_MILLIS, windowMillis);
      while (!starts.isEmpty() && (starts.size() > MAX_RECENT || starts.peekFirst() <= now - keep)) {
        starts.removeFirst();
      }
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
        long now = clock.millis();
        boolean first = limit <= 0;
        limit = newLimit;
        windowMillis = newWindowMillis;
        learnedAt = now;
        if (first) {
          // The unpaced requests already started in this window count as if they had been paced:
          // the paced ones follow them, so the first window is not overrun either.
          int started = 0;
          long earliest = now;
          for (Long t : starts) {
            if (t > now - newWindowMillis) {
              started++;
              earliest = Math.min(earliest, t);
            }
          }
          nextSlot = Math.max(now, earliest + started * intervalMillis());
        }
      }
    }

    synchronized void onSuccess() {
      rateLimitedInARow = 0;
      if (fraction < ApiLimits.BUDGET_SHARE) {
        fraction = Math.min(ApiLimits.BUDGET_SHARE, fraction + 0.002);
      }
    }

    /** A 429: everyone waits {@code waitMillis}; the budget is estimated or the pace lowered. */
    synchronized void onRateLimited(long waitMillis) {
      long now = clock.millis();
      blockedUntil = Math.max(blockedUntil, now + waitMillis);
      nextSlot = Math.max(nextSlot, blockedUntil);
      rateLimitedInARow++;
      if (limit <= 0) {
        if (rateLimitedInARow >= MIN_RATE_LIMITED) {
          int started = 0;
          for (Long t : starts) {
            if (t >= now - ASSUMED_WINDOW_MILLIS && t <= now) {
              started++;
            }
          }
          if (started >= MIN_SAMPLE) {
            limit = started - 1;
            windowMillis = ASSUMED_WINDOW_MILLIS;
            learnedAt = now;
          }
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
