package io.laterreporting.beam.client;

import java.io.Serializable;

/**
 * Callbacks on what the client does, e.g. to feed Beam counters. They may be called from any
 * thread, concurrently, and must be quick and never throw.
 */
public interface ClientObserver extends Serializable {
  /** Does nothing. */
  ClientObserver NONE = new ClientObserver() {};

  /** Every HTTP answer, any status, of every attempt. */
  default void onResponse(ApiRoute route, int status) {}

  /** A request is about to be repeated. */
  default void onRetry(RetryCause cause) {}

  /** A token was minted (one per JVM and credentials, plus renewals). */
  default void onTokenMinted() {}

  /** Time spent waiting on the shared rate limiter or on a 429. */
  default void onThrottled(long millis) {}
}
