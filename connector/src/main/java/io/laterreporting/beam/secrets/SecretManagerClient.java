package io.laterreporting.beam.secrets;

import java.io.Serializable;

/**
 * The one call this project makes to Secret Manager: access a secret version's payload. Behind an
 * interface so that the REST implementation is tested against a local stand-in and other
 * implementations (e.g. the gRPC client library) can be swapped in.
 */
public interface SecretManagerClient extends Serializable {
  /**
   * The payload of {@code name}.
   *
   * @throws SecretAccessException when it cannot be read; the message never holds the payload
   */
  byte[] access(SecretVersionName name);

  /** Identifies where this client reads from (e.g. its endpoint), for caching; not secret. */
  String endpoint();
}
