package io.laterreporting.beam.client;

import com.google.api.client.http.HttpHeaders;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.channels.ClosedByInterruptException;
import org.apache.http.conn.ConnectTimeoutException;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What one attempt that did not succeed left behind, and the classification of failures into
 * retryable ones (this class) and the rest (null from {@link #ofStatus}: they fail at once).
 */
final class Failure {
  final RetryCause cause;
  final int status;
  final Problem problem;
  final @Nullable Long retryAfterMillis;
  final @Nullable Throwable error;

  /** What the server answered, for messages; may hold secrets until redacted. */
  final String answer;

  /** A 429's {@code X-Ratelimit-Remaining}, if it said (above 0: not the budget, a hiccup). */
  @Nullable Integer remaining;

  private Failure(
      RetryCause cause,
      int status,
      Problem problem,
      @Nullable Long retryAfterMillis,
      @Nullable Throwable error,
      String answer) {
    this.cause = cause;
    this.status = status;
    this.problem = problem;
    this.retryAfterMillis = retryAfterMillis;
    this.error = error;
    this.answer = answer;
  }

  /** A retryable failure for a non-2xx {@code status}, or null if it fails at once. */
  static @Nullable Failure ofStatus(
      int status, Problem problem, HttpHeaders headers, long nowMillis) {
    String answer =
        "HTTP "
            + status
            + " (type="
            + problem.type
            + ", title="
            + problem.title
            + ", detail="
            + problem.detail
            + ")";
    if (status == 429) {
      Failure f =
          new Failure(
              RetryCause.RATE_LIMITED,
              status,
              problem,
              RateLimitHeaders.retryAfterMillis(headers, nowMillis),
              null,
              answer);
      f.remaining = RateLimitHeaders.remaining(headers);
      return f;
    }
    if (status >= 500) {
      return new Failure(
          RetryCause.SERVER_ERROR,
          status,
          problem,
          RateLimitHeaders.retryAfterMillis(headers, nowMillis),
          null,
          answer);
    }
    if (status == 408) {
      return new Failure(RetryCause.TIMEOUT, status, problem, null, null, answer);
    }
    return null;
  }

  /** A 2xx whose body ({@code what}) could not be parsed: retried, as a cut body heals. */
  static Failure malformedBody(int status, String what, Exception e) {
    return new Failure(
        RetryCause.MALFORMED_BODY,
        status,
        Problem.EMPTY,
        null,
        e,
        "HTTP "
            + status
            + " with a malformed "
            + what
            + " ("
            + e.getClass().getSimpleName()
            + ": "
            + Redaction.firstLine(e.getMessage())
            + ")");
  }

  /** No (whole) answer: a timeout or a connection failure. */
  static Failure transport(IOException e) {
    boolean timeout =
        e instanceof SocketTimeoutException
            || e instanceof ConnectTimeoutException
            || (e instanceof InterruptedIOException && !(e instanceof ClosedByInterruptException));
    RetryCause cause = timeout ? RetryCause.TIMEOUT : RetryCause.CONNECTION;
    return new Failure(
        cause,
        0,
        Problem.EMPTY,
        null,
        e,
        (timeout ? "timeout: " : "connection: ")
            + e.getClass().getSimpleName()
            + ": "
            + Redaction.firstLine(e.getMessage()));
  }

  /** The attempt's deadline passed before the whole answer came (a trickling server): a timeout. */
  static Failure deadline(IOException e, String what) {
    return new Failure(RetryCause.TIMEOUT, 0, Problem.EMPTY, null, e, what);
  }
}
