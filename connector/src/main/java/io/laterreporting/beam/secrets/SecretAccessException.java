package io.laterreporting.beam.secrets;

/**
 * A secret could not be read from Secret Manager. The message names the version and the reason (the
 * gRPC status code and Google's error message), never the payload.
 */
public class SecretAccessException extends RuntimeException {
  private static final long serialVersionUID = 2L;
  private final String statusCode;

  public SecretAccessException(String message, String statusCode, Throwable cause) {
    super(message, cause);
    this.statusCode = statusCode;
  }

  /**
   * The status code of the last answer ({@code PERMISSION_DENIED}, {@code NOT_FOUND}, ...), {@code
   * OK} when the answer came but was unusable, or {@code UNKNOWN} when none came.
   */
  public String statusCode() {
    return statusCode;
  }
}
