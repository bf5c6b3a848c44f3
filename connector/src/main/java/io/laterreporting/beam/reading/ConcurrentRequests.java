package io.laterreporting.beam.reading;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs requests off the DoFn's thread, at most N at a time per JVM for one API endpoint, whatever
 * the number of DoFn threads the runner uses. A read waits on the network, not the CPU, so several
 * requests in flight per worker shorten it until the API's rate budget, not latency, bounds it.
 *
 * <p>Keyed by base URL (and bound), not by client: the bound protects the worker and its connection
 * pool to that host, and the slots carry no data, so reads with different credentials share them.
 */
final class ConcurrentRequests {
  private static final ExecutorService THREADS =
      Executors.newCachedThreadPool(
          new java.util.concurrent.ThreadFactory() {
            private final AtomicInteger count = new AtomicInteger();

            @Override
            public Thread newThread(Runnable task) {
              Thread thread =
                  new Thread(task, "later-reporting-request-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            }
          });
  private static final Map<String, Semaphore> SLOTS = new ConcurrentHashMap<>();

  private final Semaphore slots;

  private ConcurrentRequests(Semaphore slots) {
    this.slots = slots;
  }

  /** The JVM-wide bound for requests to {@code baseUrl}, at most {@code maxInFlight} at once. */
  static ConcurrentRequests forEndpoint(String baseUrl, int maxInFlight) {
    return new ConcurrentRequests(
        SLOTS.computeIfAbsent(baseUrl + " " + maxInFlight, key -> new Semaphore(maxInFlight)));
  }

  <T> CompletableFuture<T> submit(Supplier<T> request) {
    return CompletableFuture.supplyAsync(
        () -> {
          slots.acquireUninterruptibly();
          try {
            return request.get();
          } finally {
            slots.release();
          }
        },
        THREADS);
  }
}
