package io.laterreporting.beam.client;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * When requests to one gateway address may start, as this JVM sees its budget. One per base URL
 * (see {@link RateLimiters}); every client of that address in the JVM shares it, whatever its
 * credentials, because gateways count requests per address, not per client.
 *
 * <p><b>Pace.</b> Request starts are spaced {@code 1 / pace} apart in the order they asked ({@link
 * PaceSchedule}). The pace is the lowest of: the budget the gateway states ({@code
 * X-Ratelimit-Limit} per {@code X-Ratelimit-Window}, at {@link ApiLimits#BUDGET_SHARE} of it), the
 * explicit share of this JVM ({@link #shareAtMostPerMinute}, from {@code
 * withMaxRequestsPerMinute}), and the learned rate ({@link LearnedRate}). With a stated budget a
 * trailing-window guard also holds back threads that woke late, so they cannot overrun one of the
 * server's windows. Nothing known: not paced.
 *
 * <p><b>Episodes.</b> A 429 starts an episode ({@link RateEpisode}): every caller waits, exactly
 * {@code Retry-After} if sent, else the limiter probes; no window length is assumed. An {@code
 * X-Ratelimit-Remaining: 0} on an answer starts a confirmed episode before any 429.
 *
 * <p><b>Learning only from refusals.</b> The pace falls only on evidence of a budget (a confirmed
 * episode, {@code Remaining: 0}), never because this JVM asked for less: what it got is measured
 * per unit of time it wanted to send ({@link DemandTime}). A 429 carrying {@code
 * X-Ratelimit-Remaining} above 0 is never a budget signal. With a stated budget, a refusal when
 * this JVM itself started fewer than {@value #SHARED} of the budget within the stated window before
 * the refused request means others spend the rest: the pace drops to {@value LearnedRate#DECREASE}
 * of what this JVM started in that window (down to {@value #MIN_FRACTION} of the budget), at once;
 * otherwise (its own starts filled the window: arrival jitter) it drops by {@value
 * LearnedRate#MILD_DECREASE}. Below a stated budget it grows back by {@value #STATED_GROWTH} per
 * window. Without a stated budget, {@link LearnedRate} learns the budget from the 429s alone.
 *
 * <p>All times come from the runtime's clock and every wait goes through its sleeper, so tests run
 * it on a fake clock.
 */
final class RateLimiter {
  /** The lowest pace, as a fraction of the stated budget or share. */
  static final double MIN_FRACTION = 0.02;

  /** Growth per stated window below a stated budget, after a refusal of our own making. */
  static final double STATED_GROWTH = 0.05;

  /** A stated budget that others share: the drop, from what this JVM got of it. */
  static final double SHARED_DECREASE = 0.8;

  /** Growth per stated window below a stated budget that others share. */
  static final double SHARED_GROWTH = 0.01;

  /**
   * Longest single sleep while probing: a waiting caller looks again this often (the episode may
   * end).
   */
  static final long MAX_NAP_MILLIS = 1_000;

  private static final double UNPACED = LearnedRate.UNPACED;

  /** Waits for the limiter, and says how long (reported as throttling). */
  interface Waiter {
    void await(long millis);
  }

  private final ClientRuntime.Clock clock;
  private final PaceSchedule schedule = new PaceSchedule();
  private final RateEpisode episode = new RateEpisode();
  private final LearnedRate learned = new LearnedRate();
  private final DemandTime demand = new DemandTime();
  private int limit;
  private long windowMillis;
  private double sharePerMilli = UNPACED;
  private int signals;

  RateLimiter(ClientRuntime.Clock clock) {
    this.clock = clock;
  }

  /** Waits until a request may start, and returns its start time. */
  long acquire(Waiter waiter) {
    long ticket = -1;
    double slot = 0;
    boolean started = false;
    synchronized (this) {
      demand.advance(clock.millis());
      demand.waitBegins();
    }
    try {
      while (true) {
        long wait;
        boolean probing;
        synchronized (this) {
          long now = clock.millis();
          demand.advance(now);
          if (ticket != schedule.epoch()) {
            ticket = schedule.epoch();
            slot = schedule.reserve(now, intervalMillis());
          }
          wait = (long) Math.ceil(slot) - now;
          probing = episode.probing();
          if (wait <= 0) {
            wait = guardMillis(now);
            if (wait <= 0) {
              schedule.started(now, demand.total(), windowMillis);
              started = true;
              return now;
            }
          }
        }
        waiter.await(probing ? Math.min(wait, MAX_NAP_MILLIS) : wait);
      }
    } finally {
      synchronized (this) {
        demand.advance(clock.millis());
        demand.waitEnds(started);
      }
    }
  }

  /**
   * The request started by {@link #acquire} has its answer (any answer): it is no longer in flight.
   */
  synchronized void answered() {
    demand.advance(clock.millis());
    demand.answered();
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
    learned.capAt(ceiling());
    if (first) {
      schedule.catchUp(clock.millis(), newWindowMillis, intervalMillis());
    }
  }

  /** This JVM's explicit share of the address's budget; the lowest share set wins. */
  synchronized void shareAtMostPerMinute(int requestsPerMinute) {
    if (requestsPerMinute > 0) {
      sharePerMilli = Math.min(sharePerMilli, requestsPerMinute / 60_000.0);
      learned.capAt(ceiling());
    }
  }

  /** {@code X-Ratelimit-Remaining} of a successful answer: 0 means the window is spent. */
  synchronized void onRemaining(long startedAt, int remaining) {
    if (remaining > 0 || episode.active()) {
      return;
    }
    long now = clock.millis();
    demand.advance(now);
    long wait = episode.begin(startedAt, now, null, intervalMillis(), windowMillis);
    episode.confirm();
    budgetSignal(startedAt);
    schedule.block(now + wait);
  }

  synchronized void onSuccess(long startedAt) {
    long now = clock.millis();
    demand.advance(now);
    if (episode.endedBy(startedAt)) {
      endEpisode(now, startedAt);
    }
    double perWindowStated = limit > 0 ? Math.max(1, pace() * windowMillis) : 0;
    learned.success(
        demand.total(),
        !episode.active() && pace() != UNPACED && schedule.binding(now, intervalMillis()),
        perWindowStated,
        ceiling());
  }

  /**
   * A 429 for a request started at {@code startedAt}: every caller waits; returns how long from now
   * the next start may be. {@code remaining} is the answer's {@code X-Ratelimit-Remaining}, if any.
   */
  synchronized long onRateLimited(
      long startedAt, @Nullable Long retryAfterMillis, @Nullable Integer remaining) {
    long now = clock.millis();
    demand.advance(now);
    boolean hiccup = remaining != null && remaining > 0;
    long wait;
    if (!episode.active()) {
      wait = episode.begin(startedAt, now, retryAfterMillis, intervalMillis(), windowMillis);
      if (limit > 0 && !hiccup) {
        // With a stated budget, pacing alone does not overrun it: a refusal is a budget signal.
        episode.confirm();
        budgetSignal(startedAt);
      }
    } else {
      if (episode.refusedAgain(startedAt, now, hiccup, retryAfterMillis != null, windowMillis)) {
        budgetSignal(startedAt);
      }
      wait = retryAfterMillis != null ? retryAfterMillis : episode.probeMillis();
    }
    schedule.block(now + wait);
    return schedule.blockedUntil() - now;
  }

  /**
   * A stated budget refused a request (or said {@code Remaining: 0}): decide from this JVM's own
   * starts within the stated window before it whether others spend part of the budget.
   */
  private void budgetSignal(long startedAt) {
    signals++;
    if (limit <= 0) {
      return;
    }
    long since = startedAt - windowMillis;
    int mine = schedule.startsSince(since);
    double current = Math.min(learned.rate(), ceiling());
    if (mine < guardStarts(ApiLimits.BUDGET_SHARE * limit / windowMillis)) {
      // Alone, the guard's starts fit the window: others took the rest. Drop to what was ours,
      // per unit of time this JVM wanted to send (a lull is not a smaller share).
      long wanted =
          Math.min(windowMillis, Math.max(1, schedule.demandSince(since, demand.total())));
      learned.set(
          SHARED_DECREASE * Math.min(current, mine / (double) wanted),
          floor(),
          ceiling(),
          SHARED_GROWTH);
    } else {
      learned.set(LearnedRate.MILD_DECREASE * current, floor(), ceiling(), STATED_GROWTH);
    }
  }

  private void endEpisode(long now, long probeStartedAt) {
    boolean confirmed = episode.confirmed();
    long turnedBefore = episode.end(probeStartedAt);
    if (limit <= 0) {
      // Callers waited for the turn, so the demand time since it is wall time.
      long demandAtTurn = demand.total() - (now - probeStartedAt) - turnedBefore;
      learned.windowTurned(confirmed, demandAtTurn, floor(), ceiling());
    }
    // Callers queued at probe intervals take new slots at the pace.
    schedule.unblock(now);
  }

  /** How long a caller whose slot has come must still wait for the trailing-window guard. */
  private long guardMillis(long now) {
    if (windowMillis <= 0 || pace() == UNPACED) {
      return 0;
    }
    return schedule.guardMillis(now, guardStarts(pace()), windowMillis);
  }

  /** The most starts the guard lets into any stated window at {@code pace}. */
  private int guardStarts(double pace) {
    return Math.max(1, (int) Math.floor(pace * windowMillis));
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
    return Math.min(learned.rate(), ceiling());
  }

  /** Milliseconds between starts now: the probe interval in an episode without Retry-After. */
  synchronized double intervalMillis() {
    if (episode.probing()) {
      return episode.probeMillis();
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
