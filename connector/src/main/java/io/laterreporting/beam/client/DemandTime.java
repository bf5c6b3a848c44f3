package io.laterreporting.beam.client;

/**
 * The time this JVM wanted to send requests to one address: time when a caller waits in the limiter
 * (for a slot, the guard or an episode) or a request is in flight. What the JVM got is measured per
 * unit of this time, never per unit of wall time.
 *
 * <p>Why: a read has phases that do not ask for the budget (a barrier at a shuffle, planning, the
 * tail of a batch). Measured over wall time they look like a budget that gives less, and the
 * learned rate would fall because this JVM did not ask, not because the gateway refused. Not
 * thread-safe: the limiter's lock guards it.
 */
final class DemandTime {
  private int waiting;
  private int inFlight;
  private int mostInFlight;
  private long last = Long.MIN_VALUE;
  private long total;

  /** Adds the time since the last event if the JVM wanted to send meanwhile. */
  void advance(long now) {
    if (last != Long.MIN_VALUE
        && now > last
        && (waiting > 0 || (inFlight > 0 && 2 * inFlight >= mostInFlight))) {
      total += now - last;
    }
    last = Math.max(last, now);
  }

  void waitBegins() {
    waiting++;
  }

  void waitEnds(boolean started) {
    waiting--;
    if (started) {
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
    }
  }

  void answered() {
    inFlight = Math.max(0, inFlight - 1);
  }

  /** Milliseconds of pressing on the budget so far. */
  long total() {
    return total;
  }
}
