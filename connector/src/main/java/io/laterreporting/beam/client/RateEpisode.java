package io.laterreporting.beam.client;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One stretch of refusals: from a 429 (or {@code X-Ratelimit-Remaining: 0}) to the first success of
 * a request started after it began. With {@code Retry-After} every caller waits exactly that.
 * Without, the gateway's window length is unknown, so the limiter probes: one start per probe
 * interval, the first {@value #FIRST_PROBE_MILLIS} ms (or two pace intervals, at least {@value
 * #MIN_PROBE_MILLIS} ms), times {@value #PROBE_GROWTH} after each probe refused (a backoff's
 * doubling, so a lone request's attempts cover a 60 s window), at most {@value #MAX_PROBE_MILLIS}
 * ms or the stated window.
 *
 * <p>Why a class of its own: whether a refusal is a budget signal is decided here, from the order
 * of starts alone. An episode is <i>confirmed</i> (the budget is spent) when a second request
 * started after the first refused one is refused too, or the gateway said {@code Remaining: 0}; a
 * lone 429 among successes is a hiccup. Not thread-safe: the limiter's lock guards it.
 */
final class RateEpisode {
  static final long FIRST_PROBE_MILLIS = 250;
  static final long MIN_PROBE_MILLIS = 50;
  static final double PROBE_GROWTH = 2;
  static final long MAX_PROBE_MILLIS = 30_000;

  private boolean active;
  private boolean confirmed;
  private boolean retryAfterKnown;
  private long start;
  private long lastBlockAt;
  private long lastRefusedStart;
  private long probeMillis;

  boolean active() {
    return active;
  }

  boolean confirmed() {
    return active && confirmed;
  }

  /** Probing: no {@code Retry-After} says when to try again. */
  boolean probing() {
    return active && !retryAfterKnown;
  }

  long probeMillis() {
    return probeMillis;
  }

  /** Starts an episode at the refused request's start; returns the first wait, or -1 if told. */
  long begin(
      long startedAt,
      long now,
      @Nullable Long retryAfterMillis,
      double paceIntervalMillis,
      long statedWindowMillis) {
    active = true;
    confirmed = false;
    retryAfterKnown = retryAfterMillis != null;
    start = startedAt;
    lastRefusedStart = startedAt;
    lastBlockAt = now;
    long first =
        paceIntervalMillis == 0
            ? FIRST_PROBE_MILLIS
            : Math.max(MIN_PROBE_MILLIS, (long) Math.ceil(2 * paceIntervalMillis));
    probeMillis = Math.min(maxProbeMillis(statedWindowMillis), first);
    return retryAfterMillis != null ? retryAfterMillis : probeMillis;
  }

  /**
   * A further refusal within the episode; returns whether it confirms the episode now (a request
   * started after the episode began, not a hiccup), and grows the probe interval if a probe was
   * refused.
   */
  boolean refusedAgain(
      long startedAt, long now, boolean hiccup, boolean retryAfterSent, long statedWindowMillis) {
    boolean confirmsNow = !hiccup && !confirmed && startedAt >= start;
    if (confirmsNow) {
      confirmed = true;
    }
    if (!retryAfterSent && !retryAfterKnown && startedAt >= lastBlockAt) {
      probeMillis =
          Math.min(
              maxProbeMillis(statedWindowMillis), (long) Math.ceil(probeMillis * PROBE_GROWTH));
    }
    lastBlockAt = now;
    lastRefusedStart = Math.max(lastRefusedStart, startedAt);
    return confirmsNow;
  }

  /** Marks the episode as a budget signal (a stated budget refused us, or {@code Remaining: 0}). */
  void confirm() {
    confirmed = true;
  }

  /** Whether a success of a request started at {@code startedAt} ends the episode. */
  boolean endedBy(long startedAt) {
    return active && startedAt >= start;
  }

  /**
   * Ends the episode with the success of a request started at {@code probeStartedAt}; returns how
   * long before that start the gateway's window most likely turned: half the time since the last
   * refused request started (it turned somewhere between the two).
   */
  long end(long probeStartedAt) {
    active = false;
    return Math.max(0, probeStartedAt - lastRefusedStart) / 2;
  }

  private static long maxProbeMillis(long statedWindowMillis) {
    return statedWindowMillis > 0
        ? Math.min(MAX_PROBE_MILLIS, statedWindowMillis)
        : MAX_PROBE_MILLIS;
  }
}
