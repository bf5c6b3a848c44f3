package io.laterreporting.emulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * An LRU of computed query results keyed by the query without pagination. Concurrent requests for
 * the same missing key wait for one computation instead of each doing it.
 */
final class QueryResultCache<K, V> {
  private final Map<K, FutureTask<V>> entries;

  QueryResultCache(int capacity) {
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, FutureTask<V>> eldest) {
            return size() > capacity;
          }
        };
  }

  V get(K key, Supplier<V> compute) {
    FutureTask<V> task;
    boolean mine = false;
    synchronized (entries) {
      task = entries.get(key);
      if (task == null) {
        task = new FutureTask<>(compute::get);
        entries.put(key, task);
        mine = true;
      }
    }
    if (mine) {
      task.run();
    }
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a query result", e);
    } catch (ExecutionException e) {
      synchronized (entries) {
        entries.remove(key, task);
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
