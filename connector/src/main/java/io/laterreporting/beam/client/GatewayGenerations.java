package io.laterreporting.beam.client;

import java.util.LinkedHashMap;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The pagination generation each gateway was found to speak, by {@link ClientIdentity} (base URL,
 * client id, secret hash: a gateway may route clients differently), so detection costs one request
 * per JVM and client. Bounded: the least recently used entry goes first, and a forgotten gateway is
 * simply detected again. Owned by {@link ClientRuntime}.
 */
final class GatewayGenerations {
  static final int CAPACITY = 256;

  private final Map<ClientIdentity, PaginationGeneration> known =
      new LinkedHashMap<ClientIdentity, PaginationGeneration>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(
            Map.Entry<ClientIdentity, PaginationGeneration> eldest) {
          return size() > CAPACITY;
        }
      };

  synchronized @Nullable PaginationGeneration get(ClientIdentity key) {
    return known.get(key);
  }

  synchronized void remember(ClientIdentity key, PaginationGeneration generation) {
    known.put(key, generation);
  }
}
