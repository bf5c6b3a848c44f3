package io.laterreporting.beam.reading;

import io.laterreporting.beam.client.PerformancePage;
import java.util.LinkedHashMap;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Pages fetched but not claimed, because the runner checkpointed or split the restriction first,
 * kept in this JVM so that the residual, which usually resumes here, does not fetch them again. A
 * parked page is the answer to exactly the request the residual would send. Bounded: the oldest
 * page is dropped first, and a dropped page is simply fetched again.
 */
final class ParkedPages {
  private static final int CAPACITY = 512;

  private static final Map<String, PerformancePage> PAGES =
      new LinkedHashMap<String, PerformancePage>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PerformancePage> eldest) {
          return size() > CAPACITY;
        }
      };

  private ParkedPages() {}

  static void park(String unitId, String position, PerformancePage page) {
    synchronized (PAGES) {
      PAGES.put(key(unitId, position), page);
    }
  }

  /** The page parked for this unit and position, removed from the park, or {@code null}. */
  static @Nullable PerformancePage take(String unitId, String position) {
    synchronized (PAGES) {
      return PAGES.remove(key(unitId, position));
    }
  }

  private static String key(String unitId, String position) {
    return unitId + '\u0000' + position;
  }
}
