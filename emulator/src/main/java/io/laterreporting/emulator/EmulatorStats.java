package io.laterreporting.emulator;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Request counters by route and status, for tests and benchmarks to assert on. */
public final class EmulatorStats {
  private final Map<Route, Map<Integer, LongAdder>> byRouteAndStatus = new EnumMap<>(Route.class);
  private final Map<FaultKind, LongAdder> faults = new EnumMap<>(FaultKind.class);
  private final LongAdder tokensMinted = new LongAdder();
  private final LongAdder driftInserts = new LongAdder();
  private final InFlightGauge inFlight = new InFlightGauge();
  private final BudgetWindows budgetWindows = new BudgetWindows();

  EmulatorStats() {
    for (Route route : Route.values()) {
      byRouteAndStatus.put(route, new ConcurrentHashMap<>());
    }
    for (FaultKind kind : FaultKind.values()) {
      faults.put(kind, new LongAdder());
    }
  }

  /** Requests to the route, whatever their outcome. */
  public long requests(Route route) {
    return byRouteAndStatus.get(route).values().stream().mapToLong(LongAdder::sum).sum();
  }

  /**
   * Requests to the route answered with this HTTP status (a cut-off answer counts with its status
   * line).
   */
  public long requests(Route route, int status) {
    LongAdder count = byRouteAndStatus.get(route).get(status);
    return count == null ? 0 : count.sum();
  }

  public long total() {
    long total = 0;
    for (Route route : Route.values()) {
      total += requests(route);
    }
    return total;
  }

  public long tokensMinted() {
    return tokensMinted.sum();
  }

  public long faultsInjected(FaultKind kind) {
    return faults.get(kind).sum();
  }

  public long faultsInjected() {
    return faults.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** Requests in flight, as the server saw them. */
  public InFlightGauge inFlight() {
    return inFlight;
  }

  /** Admitted and refused requests per window of the gateway's budget (empty without one). */
  public BudgetWindows budgetWindows() {
    return budgetWindows;
  }

  public long driftInserts() {
    return driftInserts.sum();
  }

  /** Zeroes the counters (drift inserts stay: they describe the data, not the traffic). */
  public void reset() {
    byRouteAndStatus.values().forEach(Map::clear);
    faults.values().forEach(LongAdder::reset);
    tokensMinted.reset();
    inFlight.reset();
    budgetWindows.reset();
  }

  void recordRequest(Route route, int status) {
    byRouteAndStatus.get(route).computeIfAbsent(status, s -> new LongAdder()).increment();
  }

  void recordTokenMinted() {
    tokensMinted.increment();
  }

  void recordFault(FaultKind kind) {
    faults.get(kind).increment();
  }

  void recordDriftInsert() {
    driftInserts.increment();
  }
}
