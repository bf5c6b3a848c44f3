package io.laterreporting.beam.client;

/**
 * The rate this JVM learned from refusals, in requests per millisecond (AIMD, window-free); {@link
 * #UNPACED} while nothing is known. Used when the gateway states no budget (with a stated budget
 * the limiter decides from the starts it made within the stated window instead).
 *
 * <p>Measures: a <i>cycle</i> runs from one end of a confirmed episode (the gateway's window
 * turned) to the next, or from the first start; what the JVM got is its successes over the cycle
 * divided by the {@link DemandTime} in it, so a phase of the read that asked for nothing does not
 * count.
 *
 * <p>Decreases, only on evidence of a budget: at the end of a confirmed episode the rate becomes
 * the lower of {@value #DECREASE} of itself and {@value #SETTLE} of what the cycle got (workers
 * sharing the address get only their share: the drop lands on it at once). The first estimate, from
 * the first start to the first turn, over-estimates when the read began late in a window, so it is
 * provisional: it ramps up ({@value #RAMP_PER_WINDOW} per window) and the next cycle, a whole
 * window, corrects it. A lone refusal (a hiccup, or the window turned before a second one) lowers
 * the rate by {@value #MILD_DECREASE} at most.
 *
 * <p>Increases: each success while the pace binds raises the rate by {@value #GROWTH_PER_WINDOW}
 * (while provisional {@value #RAMP_PER_WINDOW}) divided by the successes of the smallest complete
 * cycle seen, so the rate grows by that fraction per window of the gateway, whatever its length.
 * Not thread-safe: the limiter's lock guards it.
 */
final class LearnedRate {
  static final double UNPACED = Double.POSITIVE_INFINITY;
  static final double DECREASE = 0.85;
  static final double SETTLE = 0.9;
  static final double MILD_DECREASE = 0.95;
  static final double GROWTH_PER_WINDOW = 0.01;
  static final double RAMP_PER_WINDOW = 0.1;

  /** Fewer successes than this in the first cycle estimate nothing. */
  static final int MIN_SAMPLE = 4;

  /** Successes remembered (their {@link DemandTime}) to measure the recent ones. */
  private static final int RECENT = 4_096;

  private final long[] successDemand = new long[RECENT];
  private long successCount;

  private double rate = UNPACED;
  private double statedGrowth = RateLimiter.STATED_GROWTH;
  private boolean provisional;
  private long cycleSuccesses;
  private long cycleDemandStart;
  private boolean cycleComplete;
  private long perWindow = Long.MAX_VALUE;

  double rate() {
    return rate;
  }

  /** Caps the rate (a stated budget or share appeared). */
  void capAt(double ceiling) {
    rate = Math.min(rate, ceiling);
  }

  /**
   * Sets the rate outright (the limiter's decision on a stated budget), within bounds, and how fast
   * it grows back per stated window.
   */
  void set(double newRate, double floor, double ceiling, double growthPerStatedWindow) {
    rate = Math.max(floor, Math.min(ceiling, newRate));
    provisional = false;
    statedGrowth = growthPerStatedWindow;
  }

  /**
   * A success; grows the rate if the pace binds ({@code perWindowStated} > 0: the stated budget).
   */
  void success(long demandNow, boolean binding, double perWindowStated, double ceiling) {
    cycleSuccesses++;
    successDemand[(int) (successCount++ % RECENT)] = demandNow;
    if (!binding || rate == UNPACED) {
      return;
    }
    double growth;
    if (perWindowStated > 0) {
      growth = statedGrowth / perWindowStated;
    } else {
      long n = perWindow == Long.MAX_VALUE ? cycleSuccesses : perWindow;
      growth = (provisional ? RAMP_PER_WINDOW : GROWTH_PER_WINDOW) / Math.max(MIN_SAMPLE, n);
    }
    rate = Math.min(ceiling, rate * (1 + growth));
  }

  /**
   * The gateway's window turned after an episode without a stated budget: learn from the cycle that
   * ends here, and start the next.
   */
  void windowTurned(boolean confirmed, long demandNow, double floor, double ceiling) {
    double got = got(demandNow);
    if (confirmed) {
      if (rate == UNPACED) {
        if (cycleSuccesses >= MIN_SAMPLE) {
          rate = Math.max(floor, Math.min(ceiling, got));
          provisional = true;
          perWindow = cycleSuccesses;
        }
      } else {
        rate = Math.max(floor, Math.min(DECREASE * rate, SETTLE * got));
        if (cycleComplete && cycleSuccesses >= MIN_SAMPLE) {
          perWindow = provisional ? cycleSuccesses : Math.min(perWindow, cycleSuccesses);
        }
        provisional = false;
      }
    } else if (rate != UNPACED) {
      rate = Math.max(floor, MILD_DECREASE * rate);
    }
    cycleSuccesses = 0;
    cycleDemandStart = demandNow;
    cycleComplete = true;
  }

  /**
   * What the JVM got per unit of {@link DemandTime}: over the cycle, or, when the cycle holds more
   * than a window's worth of successes, over the last window's worth of them (a pace that grew
   * during a long cycle is not averaged down with its lower past): {@code n} successes over the
   * time since the one before them.
   */
  private double got(long demandNow) {
    long n = Math.min(perWindow, RECENT - 1);
    if (n >= cycleSuccesses || n < MIN_SAMPLE || successCount <= n) {
      return cycleSuccesses / (double) Math.max(1, demandNow - cycleDemandStart);
    }
    long since = successDemand[(int) ((successCount - n - 1) % RECENT)];
    return n / (double) Math.max(1, demandNow - since);
  }
}
