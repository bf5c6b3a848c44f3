package io.laterreporting.emulator;

/**
 * Requests being handled at once, measured by the server: the most at any moment and the time
 * average between the first arrival and the last answer since the last reset (requests in flight,
 * as a benchmark reports them).
 */
public final class InFlightGauge {
  private int current;
  private int max;
  private long firstNanos = -1;
  private long lastNanos;
  private double integral;

  synchronized void enter() {
    long now = System.nanoTime();
    advance(now);
    if (firstNanos < 0) {
      firstNanos = now;
    }
    current++;
    max = Math.max(max, current);
  }

  synchronized void exit() {
    advance(System.nanoTime());
    current--;
  }

  private void advance(long now) {
    if (firstNanos >= 0) {
      integral += (double) current * (now - lastNanos);
    }
    lastNanos = now;
  }

  /** The most requests handled at once since the last reset. */
  public synchronized int max() {
    return max;
  }

  /**
   * Requests in flight on average, from the first arrival to the last answer since the last reset.
   */
  public synchronized double average() {
    long span = lastNanos - firstNanos;
    return firstNanos < 0 || span <= 0 ? 0 : integral / span;
  }

  /** Seconds from the first arrival to the last answer since the last reset. */
  public synchronized double busySeconds() {
    return firstNanos < 0 ? 0 : (lastNanos - firstNanos) / 1e9;
  }

  synchronized void reset() {
    max = current;
    firstNanos = -1;
    integral = 0;
  }
}
