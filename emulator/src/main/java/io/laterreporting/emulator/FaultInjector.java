package io.laterreporting.emulator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides which requests fail: first the faults queued by {@link #failNext}, then the seeded plan.
 * The plan's decision for a request depends only on that exact request's attempt number, never on
 * other requests, so concurrent runs see the same faults.
 */
final class FaultInjector {
  private final FaultPlan plan;
  private final Map<Route, Deque<FaultKind>> queued = new EnumMap<>(Route.class);
  private final Map<String, AttemptHistory> histories = new ConcurrentHashMap<>();

  /** How often one exact request was attempted and how many of its latest attempts failed. */
  private static final class AttemptHistory {
    long attempts;
    int consecutiveFaults;
  }

  FaultInjector(FaultPlan plan) {
    this.plan = plan;
    for (Route route : Route.values()) {
      queued.put(route, new ArrayDeque<>());
    }
  }

  FaultPlan plan() {
    return plan;
  }

  void failNext(Route route, FaultKind kind, int count) {
    Deque<FaultKind> queue = queued.get(route);
    synchronized (queue) {
      for (int i = 0; i < count; i++) {
        queue.add(kind);
      }
    }
  }

  /** The fault for this request, or null to answer normally. */
  FaultKind decide(Route route, String method, String path, String rawQuery) {
    Deque<FaultKind> queue = queued.get(route);
    synchronized (queue) {
      if (!queue.isEmpty()) {
        return queue.poll();
      }
    }
    if (!plan.isActive() || (route == Route.TOKEN && !plan.tokenRouteIncluded())) {
      return null;
    }
    String key = method + ' ' + path + '?' + (rawQuery == null ? "" : rawQuery);
    AttemptHistory history = histories.computeIfAbsent(key, k -> new AttemptHistory());
    synchronized (history) {
      FaultKind kind =
          plan.decide(method, path, rawQuery == null ? "" : rawQuery, history.attempts++);
      if (kind == null || history.consecutiveFaults >= plan.maxConsecutiveFaults()) {
        history.consecutiveFaults = 0;
        return null;
      }
      history.consecutiveFaults++;
      return kind;
    }
  }
}
