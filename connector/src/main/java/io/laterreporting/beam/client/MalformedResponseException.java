package io.laterreporting.beam.client;

import java.io.IOException;

/**
 * A 2xx body that is not the JSON this client expects (cut, wrong shape): retried as
 * MALFORMED_BODY.
 */
final class MalformedResponseException extends IOException {
  private static final long serialVersionUID = 1L;

  MalformedResponseException(String message) {
    super(message);
  }
}
