package io.laterreporting.beam.client;

import com.google.api.client.http.HttpHeaders;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpRequestFactory;
import com.google.api.client.http.HttpResponse;
import java.io.IOException;
import javax.net.ssl.SSLException;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt: sends a request and reads its whole body, so that a body cut by the network is a
 * failure to retry, never a short answer. Every answer is observed and teaches the rate limiter.
 * Requests never retry, redirect or log by themselves (the HTTP library's logging could show
 * bodies, among them the secret).
 */
final class HttpExchange {
  /** Logged under the client's name: that is the logger users configure. */
  private static final Logger LOG = LoggerFactory.getLogger(LaterApiClient.class);

  private static final String USER_AGENT = "later-reporting-beam-connector/0.1";
  private static final String ACCEPT = "application/json, application/problem+json;q=0.9";

  /** Builds one attempt's request; timeouts and headers are set by {@link #send}. */
  interface RequestBuilder {
    HttpRequest build(HttpRequestFactory requests) throws IOException;
  }

  /** One attempt's outcome: an HTTP answer with its whole body, or the failure that left none. */
  static final class Answer {
    final int status;
    final @Nullable HttpHeaders headers;
    final byte @Nullable [] body;
    final @Nullable Failure failure;

    private Answer(
        int status,
        @Nullable HttpHeaders headers,
        byte @Nullable [] body,
        @Nullable Failure failure) {
      this.status = status;
      this.headers = headers;
      this.body = body;
      this.failure = failure;
    }
  }

  private final ApiClientConfig config;
  private final HttpRequestFactory requests;
  private final ClientObserver observer;
  private final RateLimiter limiter;

  HttpExchange(
      ApiClientConfig config,
      HttpRequestFactory requests,
      ClientObserver observer,
      RateLimiter limiter) {
    this.config = config;
    this.requests = requests;
    this.observer = observer;
    this.limiter = limiter;
  }

  Answer send(ApiRoute route, String describe, int attempt, RequestBuilder builder) {
    long t0 = System.nanoTime();
    try (RequestBounds.Attempt bounds = RequestBounds.start(config.requestDeadline())) {
      HttpResponse resp;
      try {
        HttpRequest req = builder.build(requests);
        configure(req);
        resp = req.execute();
      } catch (IOException e) {
        return failed(route, describe, attempt, t0, -1, null, e, bounds);
      }
      int status = resp.getStatusCode();
      observer.onResponse(route, status);
      RateLimitHeaders.learn(resp.getHeaders(), limiter);
      try {
        byte[] body = RequestBounds.readBody(resp, config.maxResponseBytes(), bounds);
        logAttempt(route, describe, status, t0, attempt, null);
        return new Answer(status, resp.getHeaders(), body, null);
      } catch (IOException e) {
        return failed(route, describe, attempt, t0, status, resp.getHeaders(), e, bounds);
      }
    }
  }

  /**
   * An attempt that ended without a whole answer: a failure to retry (connection, timeout, the
   * attempt's deadline, a TLS handshake dropped on the way), or one that fails at once (a
   * certificate refused, a body over the maximum).
   */
  private Answer failed(
      ApiRoute route,
      String describe,
      int attempt,
      long t0,
      int status,
      @Nullable HttpHeaders headers,
      IOException e,
      RequestBounds.Attempt bounds) {
    if (e instanceof SSLException && TlsFailures.isCertificateFailure(e)) {
      // An untrusted or mismatched certificate does not heal by retrying, and is never bypassed.
      throw new LaterApiException(
          route,
          -1,
          null,
          "TLS handshake failed: the server's certificate is not trusted or does not match its host",
          Redaction.firstLine(e.getMessage()),
          describe,
          null,
          e);
    }
    if (e instanceof RequestBounds.TooLargeException) {
      throw new LaterApiException(
          route, status, null, "answer too large", e.getMessage(), describe, null, null);
    }
    Failure failure =
        bounds.expired() ? Failure.deadline(e, bounds.describe()) : Failure.transport(e);
    logAttempt(route, describe, status, t0, attempt, failure.answer);
    return new Answer(status, headers, null, failure);
  }

  private void configure(HttpRequest req) {
    req.setConnectTimeout((int) Math.min(Integer.MAX_VALUE, config.connectTimeout().toMillis()));
    req.setReadTimeout((int) Math.min(Integer.MAX_VALUE, config.readTimeout().toMillis()));
    req.setThrowExceptionOnExecuteError(false);
    req.setNumberOfRetries(0);
    req.setFollowRedirects(false);
    req.setLoggingEnabled(false); // its CONFIG-level logging could show bodies (the secret)
    req.setCurlLoggingEnabled(false);
    req.getHeaders().setAccept(ACCEPT);
    req.getHeaders().setUserAgent(USER_AGENT);
  }

  private static void logAttempt(
      ApiRoute route, String describe, int status, long t0, int attempt, @Nullable String failure) {
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "{} [{}] attempt {} -> {} in {} ms{}",
          route,
          describe,
          attempt,
          status < 0 ? "no answer" : "HTTP " + status,
          (System.nanoTime() - t0) / 1_000_000,
          failure == null ? "" : " (" + failure + ")");
    }
  }
}
