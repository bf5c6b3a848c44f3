package io.laterreporting.beam.client;

import java.util.ArrayDeque;
import java.util.Iterator;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * When requests to one gateway address may start, as this JVM sees its budget. One per base URL
 * (see {@link RateLimiters}); every client of that address in the JVM shares it, whatever its
 * credentials, because gateways count requests per address, not per client.
 *
 * <p><b>Pace.</b> Request starts are spaced {@code 1 / pace} apart, in the order they asked (a
 * leaky bucket without burst). The pace is the lowest of: the budget the gateway states ({@code
 * X-Ratelimit-Limit} per {@code X-Ratelimit-Window}, at {@link ApiLimits#BUDGET_SHARE} of it), the
 * explicit share of this JVM ({@link #shareAtMostPerMinute}, from {@code
 * withMaxRequestsPerMinute}), and the learned rate below. With a stated budget a trailing-window
 * guard also holds back threads that woke late, so they cannot overrun one of the server's windows.
 * Nothing known: not paced.
 *
 * <p><b>Episodes.</b> A 429 starts an episode: every caller waits. With {@code Retry-After} it
 * waits exactly that. Without, the limiter probes: one start per probe interval, first {@value
 * #FIRST_PROBE_MILLIS} ms (or the pace's interval if longer), times {@value #PROBE_GROWTH} after
 * each probe refused (the doubling of a backoff, so a lone request's attempts cover a 60 s window),
 * never assuming how long the gateway's window is. The first success of a request started after the
 * episode began ends it. An {@code X-Ratelimit-Remaining: 0} on an answer starts a confirmed
 * episode before any 429 (the next request would be refused).
 *
 * <p><b>Learning (AIMD, window-free).</b> An episode is a budget signal once confirmed: a second
 * request started after the first refused one is refused too (an exhausted budget refuses
 * everything until its window ends; a lone 429 among successes is a hiccup and changes nothing), or
 * the gateway said {@code Remaining: 0}. A 429 that carries {@code X-Ratelimit-Remaining} above 0
 * is never a budget signal. On a budget signal the rate drops to {@value #DECREASE} of what it was,
 * or of what this JVM actually got since the previous signal if that is lower (workers sharing the
 * address get only their share: the drop lands on it at once, well below half of the stated budget
 * if need be, down to {@value #MIN_FRACTION} of it). If nothing was known (first signal, unpaced),
 * the rate becomes what the JVM got from its first start to the end of the episode: successes over
 * time (the window taken to end midway between the last refused and the first admitted probe), the
 * gateway's budget measured over a whole window of whatever length. After that, each success while
 * the pace binds raises the rate by {@value #GROWTH_PER_CYCLE} (first {@value #RAMP_PER_CYCLE},
 * until the next signal) divided by the successes of the last cycle, so the rate grows by that
 * fraction per cycle of the gateway's window, whatever its length.
 *
 * <p>All times come from the runtime's clock and every wait goes through its sleeper, so tests run
 * it on a fake clock.
 */
final class RateLimiter {
  /** The lowest pace, as a fraction of the stated budget or share. */
  static final double MIN_FRACTION = 0.02;

  static final double DECREASE = 0.8;
  static final double MILD_DECREASE = 0.95;

  /** Getting less than this fraction of the pace means others take part of the budget. */
  static final double SHARED = 0.6;

  static final double GROWTH_PER_CYCLE = 0.02;

  /** Growth per stated window below a stated budget. */
  static final double STATED_GROWTH = 0.05;

  static final double RAMP_PER_CYCLE = 0.2;

  /**
   * The first probe when not paced; when paced, two intervals (at least {@value #MIN_PROBE_MILLIS}
   * ms).
   */
  static final long FIRST_PROBE_MILLIS = 250;

  static final long MIN_PROBE_MILLIS = 50;
  static final double PROBE_GROWTH = 2;
  static final long MAX_PROBE_MILLIS = 30_000;

  /**
   * Longest single sleep while probing: a waiting caller looks again this often (the episode may
   * end).
   */
  static final long MAX_NAP_MILLIS = 1_000;

  /** Fewer successes than this in a cycle measure nothing. */
  static final int MIN_SAMPLE = 20;

  private static final double UNPACED = Double.POSITIVE_INFINITY;
  private static final int MAX_RECENT = 100_000;

  /** Waits for the limiter, and says how long (reported as throttling). */
  interface Waiter {
    void await(long millis);
  }

  private final ClientRuntime.Clock clock;
  private int limit;
  private long windowMillis;
  private double sharePerMilli = UNPACED;

  /** The learned rate in requests per millisecond; {@link #UNPACED} while nothing is known. */
  private double rate = UNPACED;

  private boolean ramping;

  private double nextSlot;
  private long blockedUntil;
  private long epoch;
  private final ArrayDeque<Long> starts = new ArrayDeque<>();

  private boolean inEpisode;
  private boolean confirmed;
  private boolean retryAfterKnown;
  private long episodeStart;
  private long lastBlockAt;
  private long probeMillis;

  private long cycleStart = -1;
  private int successes;
  private int lastCycleSuccesses = MIN_SAMPLE;
  private int signals;

  RateLimiter(ClientRuntime.Clock clock) {
    this.clock = clock;
  }

  /** Waits until a request may start, and returns its start time. */
  long acquire(Waiter waiter) {
    long ticket = -1;
    double slot = 0;
    while (true) {
      long wait;
      boolean probing;
      synchronized (this) {
        long now = clock.millis();
        if (cycleStart < 0) {
          cycleStart = now;
        }
        if (ticket != epoch) {
          ticket = epoch;
          slot = Math.max(Math.max(now, blockedUntil), nextSlot);
          nextSlot = slot + intervalMillis();
        }
        wait = (long) Math.ceil(slot) - now;
        probing = inEpisode && !retryAfterKnown;
        if (wait <= 0) {
          wait = guardMillis(now);
          if (wait <= 0) {
            starts.addLast(now);
            trim(now);
            return now;
          }
        }
      }
      waiter.await(probing ? Math.min(wait, MAX_NAP_MILLIS) : wait);
    }
  }

  /** From {@code X-Ratelimit-Limit} and {@code X-Ratelimit-Window}. */
  synchronized void learn(int newLimit, long newWindowMillis) {
    if (newLimit <= 0
        || newWindowMillis <= 0
        || (newLimit == limit && newWindowMillis == windowMillis)) {
      return;
    }
    boolean first = limit <= 0;
    limit = newLimit;
    windowMillis = newWindowMillis;
    rate = Math.min(rate, ceiling());
    if (first) {
      // The unpaced requests already started in this window count as if they had been paced:
      // the paced ones follow them, so the first window is not overrun either.
      long now = clock.millis();
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

  /** This JVM's explicit share of the address's budget; the lowest share set wins. */
  synchronized void shareAtMostPerMinute(int requestsPerMinute) {
    if (requestsPerMinute > 0) {
      sharePerMilli = Math.min(sharePerMilli, requestsPerMinute / 60_000.0);
      rate = Math.min(rate, ceiling());
    }
  }

  /** {@code X-Ratelimit-Remaining} of a successful answer: 0 means the window is spent. */
  synchronized void onRemaining(long startedAt, int remaining) {
    if (remaining > 0 || inEpisode) {
      return;
    }
    long now = clock.millis();
    beginEpisode(now, null);
    confirm(now);
  }

  synchronized void onSuccess(long startedAt) {
    long now = clock.millis();
    if (inEpisode && startedAt >= episodeStart) {
      endEpisode(startedAt);
      return;
    }
    successes++;
    if (!inEpisode && rate != UNPACED && nextSlot >= now - intervalMillis()) {
      // Per window of the gateway: the stated one, else the successes of the last cycle.
      double perWindow = limit > 0 ? Math.max(1, rate * windowMillis) : lastCycleSuccesses;
      double perSuccess =
          (ramping ? RAMP_PER_CYCLE : limit > 0 ? STATED_GROWTH : GROWTH_PER_CYCLE) / perWindow;
      rate = Math.min(ceiling(), rate * (1 + perSuccess));
    }
  }

  /**
   * A 429 for a request started at {@code startedAt}: every caller waits; returns how long from now
   * the next start may be. {@code remaining} is the answer's {@code X-Ratelimit-Remaining}, if any.
   */
  synchronized long onRateLimited(
      long startedAt, @Nullable Long retryAfterMillis, @Nullable Integer remaining) {
    long now = clock.millis();
    boolean hiccup = remaining != null && remaining > 0;
    if (!inEpisode) {
      beginEpisode(startedAt, retryAfterMillis);
      if (limit > 0 && !hiccup) {
        confirm(now); // with a stated budget, pacing alone cannot overrun it: someone shares it
      }
    } else {
      if (!hiccup && !confirmed && startedAt >= episodeStart) {
        confirm(now);
      }
      if (retryAfterMillis == null && !retryAfterKnown && startedAt >= lastBlockAt) {
        probeMillis = Math.min(maxProbeMillis(), (long) Math.ceil(probeMillis * PROBE_GROWTH));
      }
    }
    long wait = retryAfterMillis != null ? retryAfterMillis : probeMillis;
    block(now, now + wait);
    return blockedUntil - now;
  }

  private void beginEpisode(long startedAt, @Nullable Long retryAfterMillis) {
    double interval = intervalMillis();
    inEpisode = true;
    confirmed = false;
    retryAfterKnown = retryAfterMillis != null;
    episodeStart = startedAt;
    long first =
        interval == 0
            ? FIRST_PROBE_MILLIS
            : Math.max(MIN_PROBE_MILLIS, (long) Math.ceil(2 * interval));
    probeMillis = Math.min(maxProbeMillis(), first);
    if (retryAfterMillis == null) {
      block(clock.millis(), clock.millis() + probeMillis);
    }
  }

  /** A budget signal: lower the rate to what it was, or what we got, times {@link #DECREASE}. */
  private void confirm(long now) {
    confirmed = true;
    signals++;
    if (rate == UNPACED) {
      return; // measured at the episode's end, over the whole first window
    }
    double got = got(now);
    if (successes < MIN_SAMPLE) {
      // Signals in quick succession: lower the pace, and measure over a longer cycle next time.
      rate = Math.max(floor(), DECREASE * rate);
    } else if (limit > 0) {
      // Pacing below a stated budget cannot overrun it alone: if we got most of it, a 429 is jitter
      // (or a newcomer the next cycle shows); if we got well under it, others take their part.
      boolean shared = got < SHARED * ceiling();
      rate = Math.max(floor(), shared ? DECREASE * Math.min(rate, got) : MILD_DECREASE * rate);
      startCycle(now);
    } else {
      // While ramping up from the first estimate the pace overshoots: the overrun is ours, not
      // shared.
      boolean shared = !ramping && got < SHARED * rate;
      rate = Math.max(floor(), DECREASE * (shared ? got : rate));
      startCycle(now);
    }
    ramping = false;
  }

  private void endEpisode(long probeStartedAt) {
    inEpisode = false;
    blockedUntil = Math.min(blockedUntil, clock.millis());
    if (confirmed && rate == UNPACED && successes >= MIN_SAMPLE) {
      // The window ended before this start: a slight underestimate, the ramp makes it up.
      rate = Math.max(floor(), Math.min(ceiling(), got(probeStartedAt)));
      ramping = true;
      startCycle(probeStartedAt);
    } else if (!confirmed && rate != UNPACED && successes >= MIN_SAMPLE) {
      // One refusal, then the window turned: the pace is at most what the gateway gave us.
      rate = Math.max(floor(), Math.min(rate, got(probeStartedAt)));
      ramping = false;
      startCycle(probeStartedAt);
    }
    successes++;
    // Callers queued at probe intervals take new slots at the pace.
    nextSlot = Math.min(nextSlot, clock.millis());
    epoch++;
  }

  /** Successes per millisecond since the cycle began. */
  private double got(long now) {
    return successes / (double) Math.max(1, now - cycleStart);
  }

  private void startCycle(long at) {
    lastCycleSuccesses = Math.max(MIN_SAMPLE, successes);
    successes = 0;
    cycleStart = at;
  }

  private void block(long now, long until) {
    lastBlockAt = now;
    if (until > blockedUntil) {
      blockedUntil = until;
    }
    nextSlot = blockedUntil;
    epoch++;
  }

  /** How long a caller whose slot has come must still wait for the trailing-window guard. */
  private long guardMillis(long now) {
    if (windowMillis <= 0 || pace() == UNPACED) {
      return 0;
    }
    trim(now);
    int max = Math.max(1, (int) Math.floor(pace() * windowMillis));
    if (starts.size() < max) {
      return 0;
    }
    Iterator<Long> it = starts.descendingIterator();
    long oldestInWindow = Long.MIN_VALUE;
    for (int i = 0; i < max && it.hasNext(); i++) {
      oldestInWindow = it.next();
    }
    return Math.max(0, oldestInWindow + windowMillis - now);
  }

  private void trim(long now) {
    long keep = Math.max(60_000, windowMillis);
    while (!starts.isEmpty() && (starts.size() > MAX_RECENT || starts.peekFirst() <= now - keep)) {
      starts.removeFirst();
    }
  }

  private long maxProbeMillis() {
    return windowMillis > 0 ? Math.min(MAX_PROBE_MILLIS, windowMillis) : MAX_PROBE_MILLIS;
  }

  /** The stated budget's pace, or the explicit share, whichever is lower. */
  private double ceiling() {
    double stated = limit > 0 ? ApiLimits.BUDGET_SHARE * limit / windowMillis : UNPACED;
    return Math.min(stated, sharePerMilli);
  }

  private double floor() {
    double ceiling = ceiling();
    return ceiling == UNPACED ? 1 / 60_000.0 : MIN_FRACTION * ceiling;
  }

  private double pace() {
    return Math.min(rate, ceiling());
  }

  /** Milliseconds between starts now: the probe interval in an episode without Retry-After. */
  synchronized double intervalMillis() {
    if (inEpisode && !retryAfterKnown) {
      return probeMillis;
    }
    double pace = pace();
    return pace == UNPACED ? 0 : 1 / pace;
  }

  /** Requests per minute this JVM paces at now; infinite if unpaced. */
  synchronized double requestsPerMinute() {
    return pace() * 60_000;
  }

  synchronized int limit() {
    return limit;
  }

  synchronized long windowMillis() {
    return windowMillis;
  }

  /** Budget signals seen so far (confirmed episodes). */
  synchronized int signals() {
    return signals;
  }
}
