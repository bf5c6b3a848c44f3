package io.laterreporting.emulator;

/**
 * Requests being handled at once, measured by the server: the most at any moment and the time
 * average between the first arrival and the last answer since the last reset (requests in flight,
 * as a benchmark reports them), and its profile over time in buckets of {@value #BUCKET_MILLIS} ms.
 */
public final class InFlightGauge {
  static final long BUCKET_MILLIS = 100;
  private static final long BUCKET_NANOS = BUCKET_MILLIS * 1_000_000;

  private double[] buckets = new double[64];
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
      for (long t = lastNanos; t < now; ) {
        int bucket = (int) ((t - firstNanos) / BUCKET_NANOS);
        long bucketEnd = firstNanos + (bucket + 1) * BUCKET_NANOS;
        long until = Math.min(now, bucketEnd);
        if (bucket >= buckets.length) {
          buckets = java.util.Arrays.copyOf(buckets, Math.max(bucket + 1, 2 * buckets.length));
        }
        buckets[bucket] += (double) current * (until - t);
        t = until;
      }
    }
    lastNanos = now;
  }

  /**
   * Requests in flight on average in each span of {@code spanMillis} (a multiple of {@value
   * #BUCKET_MILLIS}) from the first arrival to the last answer since the last reset.
   */
  public synchronized double[] profile(long spanMillis) {
    if (firstNanos < 0) {
      return new double[0];
    }
    int per = (int) Math.max(1, spanMillis / BUCKET_MILLIS);
    int used = (int) ((lastNanos - firstNanos) / BUCKET_NANOS) + 1;
    double[] out = new double[(used + per - 1) / per];
    for (int i = 0; i < used && i < buckets.length; i++) {
      out[i / per] += buckets[i] / ((double) per * BUCKET_NANOS);
    }
    return out;
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
    buckets = new double[64];
  }
}
