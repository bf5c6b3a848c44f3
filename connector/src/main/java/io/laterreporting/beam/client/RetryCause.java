package io.laterreporting.beam.client;

/** Why a request was repeated. */
public enum RetryCause {
  /** HTTP 5xx. */
  SERVER_ERROR,
  /** HTTP 429. */
  RATE_LIMITED,
  /** Connection refused, reset or closed (also mid-body). */
  CONNECTION,
  /** Connect or read timeout, or HTTP 408. */
  TIMEOUT,
  /** A 2xx whose body is cut or is not the JSON expected. */
  MALFORMED_BODY,
  /** HTTP 401 from a data route: a new token was minted and the request repeated once. */
  UNAUTHORIZED
}
