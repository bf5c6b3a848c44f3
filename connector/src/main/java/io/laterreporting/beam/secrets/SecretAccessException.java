package io.laterreporting.beam.secrets;

/**
 * A secret could not be read from Secret Manager. The message names the version and the reason
 * (HTTP status, Google's error status and message), never the payload.
 */
public class SecretAccessException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int httpStatus;

  public SecretAccessException(String message, int httpStatus, Throwable cause) {
    super(message, cause);
    this.httpStatus = httpStatus;
  }

  /** The HTTP status of the last answer, or 0 when none came (I/O failure). */
  public int httpStatus() {
    return httpStatus;
  }
}
