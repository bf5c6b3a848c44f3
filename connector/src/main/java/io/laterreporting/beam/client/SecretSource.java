package io.laterreporting.beam.client;

import java.io.Serializable;

/**
 * Where the client secret comes from. Implementations must never reveal the secret in {@link
 * #toString()} or {@link #describe()}: both end up in logs and exception messages.
 */
public interface SecretSource extends Serializable {
  /** The secret itself. Called when a token is minted, never logged. */
  String resolve();

  /** A non-secret description of where the secret comes from, e.g. {@code "inline value"}. */
  String describe();
}
