package io.laterreporting.beam.client;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The JVM's rate limiters, one per base URL, shared by every client of that URL whatever its
 * credentials: a gateway counts requests per address (the documented budget is per IP), so two
 * clients of one address share one budget. See {@link RateLimiter} for the algorithm.
 */
final class RateLimiters {
  private final ConcurrentHashMap<String, RateLimiter> byBaseUrl = new ConcurrentHashMap<>();
  private final ClientRuntime.Clock clock;

  RateLimiters(ClientRuntime.Clock clock) {
    this.clock = clock;
  }

  RateLimiter forBaseUrl(String baseUrl) {
    return byBaseUrl.computeIfAbsent(baseUrl, u -> new RateLimiter(clock));
  }
}
