package io.laterreporting.beam.client;

import com.google.api.client.http.HttpTransport;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * What clients of one JVM share: the HTTP transport (connection pool), the token cache and the rate
 * limiters, plus the clock, sleeper and jitter, which tests replace to run without real waiting.
 */
final class ClientRuntime {
  /** Milliseconds since the epoch. */
  interface Clock {
    long millis();
  }

  interface Sleeper {
    void sleep(long millis) throws InterruptedException;
  }

  static final Clock SYSTEM_CLOCK = System::currentTimeMillis;
  static final Sleeper REAL_SLEEPER =
      millis -> {
        if (millis > 0) {
          Thread.sleep(millis);
        }
      };

  final HttpTransport transport;
  final TokenCache tokens;
  final RateLimiters limiters;
  final Clock clock;
  final Sleeper sleeper;
  final DoubleSupplier jitter;

  /**
   * Metric lists a server narrowed "all metrics" to, by client identity (base URL, client id,
   * secret hash: which metrics are valid may depend on the instances a client may see) and filter
   * set (see {@link LaterApiClient#campaignPerformance}); JVM-wide so every client of that identity
   * asks for the subset at once.
   */
  final java.util.concurrent.ConcurrentHashMap<
          java.util.Map.Entry<ClientIdentity, String>, java.util.List<String>>
      narrowedMetrics = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The pagination generation of each gateway, once detected (see {@link
   * LaterApiClient#generation}).
   */
  final GatewayGenerations generations = new GatewayGenerations();

  ClientRuntime(
      HttpTransport transport,
      TokenCache tokens,
      RateLimiters limiters,
      Clock clock,
      Sleeper sleeper,
      DoubleSupplier jitter) {
    this.transport = transport;
    this.tokens = tokens;
    this.limiters = limiters;
    this.clock = clock;
    this.sleeper = sleeper;
    this.jitter = jitter;
  }

  private static final class Holder {
    static final ClientRuntime SHARED =
        new ClientRuntime(
            SharedTransport.get(),
            new TokenCache(SYSTEM_CLOCK),
            new RateLimiters(SYSTEM_CLOCK),
            SYSTEM_CLOCK,
            REAL_SLEEPER,
            () -> ThreadLocalRandom.current().nextDouble());
  }

  /** The JVM-wide runtime every {@link LaterApiClient#create} uses. */
  static ClientRuntime shared() {
    return Holder.SHARED;
  }

  /** A private runtime (own token cache and limiters, same transport), for tests. */
  static ClientRuntime isolated(Clock clock, Sleeper sleeper, DoubleSupplier jitter) {
    return new ClientRuntime(
        SharedTransport.get(),
        new TokenCache(clock),
        new RateLimiters(clock),
        clock,
        sleeper,
        jitter);
  }
}
