package io.laterreporting.emulator;

/** The transient failures a client of the API must survive. */
public enum FaultKind {
  HTTP_500,
  HTTP_502,
  HTTP_503,
  RATE_LIMITED_WITH_RETRY_AFTER,
  RATE_LIMITED_WITHOUT_RETRY_AFTER,
  /**
   * Headers announce the full Content-Length, part of the body is written, the connection closes.
   */
  CONNECTION_CLOSED_MID_BODY,
  /**
   * A complete HTTP response (status 200, consistent Content-Length) whose JSON body is cut short.
   */
  TRUNCATED_JSON,
  /**
   * The normal answer, but only after {@link FaultPlan#slowDelay()}: longer than a client's
   * timeout.
   */
  SLOW
}
