package io.laterreporting.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a budgeted gateway admitted and refused in each of its own fixed windows (by the window a
 * request fell in when the budget was checked), so a benchmark or test can show per window how much
 * of the budget a client used and where its 429s came, without sampling on a clock of its own.
 */
public final class BudgetWindows {
  /** One window of the gateway: its start (epoch millis), requests admitted and refused in it. */
  public record Window(long startMillis, int admitted, int refused) {}

  private final TreeMap<Long, int[]> byStart = new TreeMap<>();

  synchronized void record(long windowStartMillis, boolean admitted) {
    byStart.computeIfAbsent(windowStartMillis, w -> new int[2])[admitted ? 0 : 1]++;
  }

  /** The windows that saw a request, oldest first. */
  public synchronized List<Window> windows() {
    List<Window> out = new ArrayList<>();
    for (Map.Entry<Long, int[]> e : byStart.entrySet()) {
      out.add(new Window(e.getKey(), e.getValue()[0], e.getValue()[1]));
    }
    return out;
  }

  synchronized void reset() {
    byStart.clear();
  }
}
