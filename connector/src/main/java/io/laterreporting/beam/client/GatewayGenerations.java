package io.laterreporting.beam.client;

import java.util.LinkedHashMap;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The pagination generation each gateway was found to speak, by base URL and client id (a gateway
 * may route clients differently), so detection costs one request per JVM. Bounded: the least
 * recently used entry goes first, and a forgotten gateway is simply detected again. Owned by
 * {@link ClientRuntime}.
 */
final class GatewayGenerations {
  static final int CAPACITY = 256;

  record Key(String baseUrl, String clientId) {}

  private final Map<Key, PaginationGeneration> known =
      new LinkedHashMap<Key, PaginationGeneration>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, PaginationGeneration> eldest) {
          return size() > CAPACITY;
        }
      };

  synchronized @Nullable PaginationGeneration get(Key key) {
    return known.get(key);
  }

  synchronized void remember(Key key, PaginationGeneration generation) {
    known.put(key, generation);
  }
}
