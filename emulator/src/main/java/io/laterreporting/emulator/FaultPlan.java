package io.laterreporting.emulator;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A seeded fault schedule. Whether the n-th attempt of an exact request (method, path, query)
 * fails, and how, is a pure function of the seed and that attempt, so a run is reproducible however
 * its requests interleave. Faults for one request are capped at {@link #maxConsecutiveFaults()} in
 * a row so that a retrying reader always finishes.
 */
public final class FaultPlan {
  private static final FaultPlan NONE =
      new FaultPlan(0.0, 0L, List.of(FaultKind.values()), Duration.ofSeconds(3), 3, false);

  private final double rate;
  private final long seed;
  private final List<FaultKind> kinds;
  private final Duration slowDelay;
  private final int maxConsecutiveFaults;
  private final boolean tokenRouteIncluded;

  private FaultPlan(
      double rate,
      long seed,
      List<FaultKind> kinds,
      Duration slowDelay,
      int maxConsecutiveFaults,
      boolean tokenRouteIncluded) {
    if (!(rate >= 0.0 && rate <= 1.0)) {
      throw new IllegalArgumentException("fault rate must be within 0..1, got " + rate);
    }
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("a fault plan needs at least one fault kind");
    }
    if (maxConsecutiveFaults < 0) {
      throw new IllegalArgumentException("maxConsecutiveFaults must be >= 0");
    }
    this.rate = rate;
    this.seed = seed;
    this.kinds = List.copyOf(kinds);
    this.slowDelay = Objects.requireNonNull(slowDelay);
    this.maxConsecutiveFaults = maxConsecutiveFaults;
    this.tokenRouteIncluded = tokenRouteIncluded;
  }

  public static FaultPlan none() {
    return NONE;
  }

  /** Fails a fraction {@code rate} of attempts, drawing evenly from every {@link FaultKind}. */
  public static FaultPlan of(double rate, long seed) {
    return new FaultPlan(rate, seed, List.of(FaultKind.values()), NONE.slowDelay, 3, false);
  }

  public FaultPlan withKinds(FaultKind... kinds) {
    Set<FaultKind> distinct = EnumSet.noneOf(FaultKind.class);
    distinct.addAll(Arrays.asList(kinds));
    return new FaultPlan(
        rate, seed, List.copyOf(distinct), slowDelay, maxConsecutiveFaults, tokenRouteIncluded);
  }

  public FaultPlan withSlowDelay(Duration delay) {
    return new FaultPlan(rate, seed, kinds, delay, maxConsecutiveFaults, tokenRouteIncluded);
  }

  public FaultPlan withMaxConsecutiveFaults(int max) {
    return new FaultPlan(rate, seed, kinds, slowDelay, max, tokenRouteIncluded);
  }

  /** Token minting is left alone by default so that fault tests exercise the data reads. */
  public FaultPlan includingTokenRoute(boolean included) {
    return new FaultPlan(rate, seed, kinds, slowDelay, maxConsecutiveFaults, included);
  }

  public double rate() {
    return rate;
  }

  public long seed() {
    return seed;
  }

  public List<FaultKind> kinds() {
    return kinds;
  }

  public Duration slowDelay() {
    return slowDelay;
  }

  public int maxConsecutiveFaults() {
    return maxConsecutiveFaults;
  }

  public boolean tokenRouteIncluded() {
    return tokenRouteIncluded;
  }

  boolean isActive() {
    return rate > 0.0;
  }

  /**
   * The fault for attempt {@code attempt} (0-based) of one exact request, or null for a normal
   * answer. Ignores the consecutive-fault cap, which depends on earlier decisions.
   */
  FaultKind decide(String method, String path, String rawQuery, long attempt) {
    if (!isActive()) {
      return null;
    }
    long h = Hashing.hash(seed, Hashing.hashString(method + ' ' + path + '?' + rawQuery), attempt);
    if (Hashing.unit(h) >= rate) {
      return null;
    }
    return kinds.get((int) Long.remainderUnsigned(Hashing.mix(h), kinds.size()));
  }
}
