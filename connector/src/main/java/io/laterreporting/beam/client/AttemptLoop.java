package io.laterreporting.beam.client;

import java.io.IOException;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one attempt loop of the client, for the token route and the data routes alike: paces each
 * attempt through the rate limiter, sends it ({@link HttpExchange}), hands a 2xx body to the
 * route's parser, classifies what failed ({@link Failure}) and waits ({@link Backoff}) or gives up
 * when attempts or the retry budget are used up ({@link RetryBudgetExhaustedException}). What a
 * route does on its own refusals (a 401 renews the token of a data route; it rejects the
 * credentials on the token route) is its {@link Answers}.
 */
final class AttemptLoop {
  private static final Logger LOG = LoggerFactory.getLogger(LaterApiClient.class);

  /** What a route does with the answers to its attempts. */
  interface Answers<T> {
    /** Parses a 2xx body; any exception makes it a malformed body, which is retried. */
    T onSuccess(byte[] body) throws IOException;

    /** What a 2xx body is, for messages ("body", "token body"). */
    String bodyName();

    /**
     * Sees a non-2xx answer first: throws to fail at once, returns true to repeat the request at
     * once (not counted as an attempt), false to let the status decide (retry or fail).
     */
    boolean onRefusal(int status, byte[] body, Problem problem);
  }

  private final ApiClientConfig config;
  private final ClientObserver observer;
  private final ClientRuntime rt;
  private final RateLimiter limiter;
  private final HttpExchange exchange;
  private final Redaction redaction;

  AttemptLoop(
      ApiClientConfig config,
      ClientObserver observer,
      ClientRuntime rt,
      RateLimiter limiter,
      Redaction redaction) {
    this.config = config;
    this.observer = observer;
    this.rt = rt;
    this.limiter = limiter;
    this.redaction = redaction;
    this.exchange =
        new HttpExchange(config, rt.transport.createRequestFactory(), observer, limiter);
  }

  <T> T run(
      ApiRoute route, String describe, HttpExchange.RequestBuilder request, Answers<T> answers) {
    RetryPolicy policy = config.retryPolicy();
    int attempts = 0;
    int rateLimited = 0;
    int retries = 0;
    long waited = 0;
    while (true) {
      long startedAt = throttle(route, describe);
      attempts++;
      HttpExchange.Answer answer;
      try {
        answer = exchange.send(route, describe, attempts, request);
      } finally {
        limiter.answered();
      }
      Failure failure = answer.failure;
      if (failure == null) {
        int status = answer.status;
        if (status >= 200 && status < 300) {
          try {
            T result = answers.onSuccess(answer.body);
            answered(startedAt, answer.headers);
            return result;
          } catch (IOException | RuntimeException e) {
            failure = Failure.malformedBody(status, answers.bodyName(), e);
          }
        } else {
          Problem problem = redaction.sanitize(Problem.parse(answer.body));
          if (answers.onRefusal(status, answer.body, problem)) {
            attempts--;
            continue;
          }
          failure = Failure.ofStatus(status, problem, answer.headers, rt.clock.millis());
          if (failure == null) {
            LaterApiException e =
                new LaterApiException(
                    route, status, problem.type, problem.title, problem.detail, describe);
            e.setProblemArrays(problem.arrays);
            throw e;
          }
        }
      }
      // A 429 is the budget's flow control, not a failure of this call: the limiter paces and
      // probes, and the retry budget (time waited) bounds it, not maxAttempts (a lone request
      // probing a 60 s window without Retry-After is refused several times in a row).
      rateLimited += failure.cause == RetryCause.RATE_LIMITED ? 1 : 0;
      waited +=
          backoffOrFail(
              route,
              describe,
              policy,
              failure,
              attempts,
              attempts - rateLimited,
              retries++,
              waited,
              startedAt);
    }
  }

  /**
   * Waits before the next attempt and returns how long, or throws when attempts or the retry budget
   * are used up.
   */
  private long backoffOrFail(
      ApiRoute route,
      String describe,
      RetryPolicy policy,
      Failure f,
      int attempts,
      int failedAttempts,
      int retries,
      long waited,
      long startedAt) {
    if (Thread.currentThread().isInterrupted()) {
      throw new LaterApiException(
          route,
          f.status,
          f.problem.type,
          f.problem.title,
          f.problem.detail,
          describe,
          "Interrupted",
          null);
    }
    long wait =
        f.cause == RetryCause.RATE_LIMITED
            // Every caller of this base URL holds off (for Retry-After, or while the limiter
            // probes); the
            // wait itself happens, reported as throttling, in the limiter before the next attempt.
            ? limiter.onRateLimited(startedAt, Backoff.retryAfterMillis(policy, f), f.remaining)
            : Backoff.waitMillis(policy, f, retries, rt.jitter);
    if (f.cause != RetryCause.RATE_LIMITED && failedAttempts >= policy.maxAttempts()) {
      throw exhausted(
          route, describe, f, attempts, waited, "maxAttempts " + policy.maxAttempts() + " reached");
    }
    long budget = policy.retryBudget().toMillis();
    if (waited + wait > budget) {
      throw exhausted(
          route,
          describe,
          f,
          attempts,
          waited,
          "retry budget "
              + policy.retryBudget()
              + " would be exceeded by the next wait of "
              + wait
              + " ms");
    }
    observer.onRetry(f.cause);
    LOG.debug("{} {}: retrying in {} ms after {}", route, describe, wait, f.answer);
    if (f.cause != RetryCause.RATE_LIMITED) {
      sleep(route, describe, wait);
    }
    return wait;
  }

  private RetryBudgetExhaustedException exhausted(
      ApiRoute route, String describe, Failure f, int attempts, long waited, String why) {
    return new RetryBudgetExhaustedException(
        route,
        f.status,
        f.problem.type,
        f.problem.title,
        f.problem.detail,
        describe,
        attempts,
        waited,
        redaction.redact(f.answer),
        why,
        f.error);
  }

  /** Waits for the shared rate limiter and returns the attempt's start time. */
  private long throttle(ApiRoute route, String describe) {
    return limiter.acquire(
        millis -> {
          observer.onThrottled(millis);
          sleep(route, describe, millis);
        });
  }

  /** A successful answer teaches the limiter (and its {@code X-Ratelimit-Remaining}, if any). */
  private void answered(long startedAt, com.google.api.client.http.@Nullable HttpHeaders headers) {
    Integer remaining = RateLimitHeaders.remaining(headers);
    if (remaining != null) {
      limiter.onRemaining(startedAt, remaining);
    }
    limiter.onSuccess(startedAt);
  }

  private void sleep(ApiRoute route, String describe, long millis) {
    try {
      rt.sleeper.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LaterApiException(
          route, 0, null, null, "interrupted while waiting", describe, "Interrupted", e);
    }
  }
}
