package io.laterreporting.beam.client;

import java.time.Duration;

/** Argument checks whose messages name the parameter, the value given and what is allowed. */
final class Checks {
  private Checks() {}

  static final Duration MAX_DURATION = Duration.ofDays(1);

  static Duration positive(String name, Duration d) {
    if (d == null || d.isZero() || d.isNegative() || d.compareTo(MAX_DURATION) > 0) {
      throw new IllegalArgumentException(
          name + ": got " + d + "; allowed a duration > 0 and <= " + MAX_DURATION);
    }
    return d;
  }

  static Duration nonNegative(String name, Duration d) {
    if (d == null || d.isNegative() || d.compareTo(MAX_DURATION) > 0) {
      throw new IllegalArgumentException(
          name + ": got " + d + "; allowed a duration >= 0 and <= " + MAX_DURATION);
    }
    return d;
  }
}
