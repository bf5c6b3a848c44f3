package io.laterreporting.beam.reading;

import io.laterreporting.beam.client.ClientIdentity;
import io.laterreporting.beam.client.PerformancePage;
import io.laterreporting.beam.planning.ReadUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Pages fetched ahead but not claimed, because the runner checkpointed or split the restriction
 * first, kept in this JVM so that the residual, which usually resumes here, does not fetch them
 * again. A page is parked as soon as the restriction stops, <em>while its request may still be in
 * flight</em>: the residual that takes it waits for that answer instead of asking again (the
 * DirectRunner checkpoints a splittable read every second, with up to {@code maxConcurrentRequests}
 * pages in flight each time). A parked page is the answer to exactly the request the residual would
 * send. Bounded: the oldest page is dropped first, and a dropped page, or one whose request failed,
 * is simply fetched again.
 *
 * <p>A page is parked under its exact request and who sent it ({@link ClientIdentity}: base URL,
 * client id and secret hash; the unit's whole query, page size and position), not the unit's
 * display id, and only for {@link #MAX_AGE_MILLIS}: a page that completes after its residual
 * already fetched it is never taken, and must not be served to a later read in the same JVM
 * (another pipeline, another endpoint, or other credentials at the same endpoint: a query over "all
 * bound instances" is the same text for every client, its rows are not) as its own answer.
 */
final class ParkedPages {
  private static final int CAPACITY = 512;

  static final long MAX_AGE_MILLIS = 60_000;

  private static final class Parked {
    final CompletableFuture<? extends PerformancePage<?>> page;
    final long parkedAt;

    Parked(CompletableFuture<? extends PerformancePage<?>> page, long parkedAt) {
      this.page = page;
      this.parkedAt = parkedAt;
    }
  }

  private static final Map<List<Object>, Parked> PAGES =
      new LinkedHashMap<List<Object>, Parked>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Parked> eldest) {
          return size() > CAPACITY
              || System.currentTimeMillis() - eldest.getValue().parkedAt > MAX_AGE_MILLIS;
        }
      };

  private ParkedPages() {}

  /** Parks a page already answered. */
  static void park(
      ClientIdentity client,
      String route,
      ReadUnit unit,
      String position,
      PerformancePage<?> page) {
    park(client, route, unit, position, CompletableFuture.completedFuture(page));
  }

  /** Parks a page whose request may still be in flight. */
  static void park(
      ClientIdentity client,
      String route,
      ReadUnit unit,
      String position,
      CompletableFuture<? extends PerformancePage<?>> page) {
    synchronized (PAGES) {
      PAGES.put(key(client, route, unit, position), new Parked(page, System.currentTimeMillis()));
    }
  }

  /**
   * The page parked for this request, removed from the park, or {@code null}; it may still be in
   * flight, and may fail (then fetch it again).
   */
  @SuppressWarnings("unchecked") // parked under the route's name, so of the route's records
  static <R> @Nullable CompletableFuture<PerformancePage<R>> take(
      ClientIdentity client, String route, ReadUnit unit, String position) {
    synchronized (PAGES) {
      Parked parked = PAGES.remove(key(client, route, unit, position));
      return parked == null || System.currentTimeMillis() - parked.parkedAt > MAX_AGE_MILLIS
          ? null
          : (CompletableFuture<PerformancePage<R>>) parked.page;
    }
  }

  /** The parked page's answer, or {@code null} if none is parked or its request failed. */
  static <R> @Nullable PerformancePage<R> takeAnswered(
      ClientIdentity client, String route, ReadUnit unit, String position) {
    CompletableFuture<PerformancePage<R>> parked = take(client, route, unit, position);
    if (parked == null) {
      return null;
    }
    try {
      return parked.join();
    } catch (RuntimeException failed) {
      return null; // fetched again by the caller, with its own attempts
    }
  }

  private static List<Object> key(
      ClientIdentity client, String route, ReadUnit unit, String position) {
    return List.of(client, route, unit.query(), unit.pageSize(), unit.id(), position);
  }
}
