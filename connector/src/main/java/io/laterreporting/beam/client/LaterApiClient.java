package io.laterreporting.beam.client;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.api.client.http.ByteArrayContent;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpHeaders;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpRequestFactory;
import com.google.api.client.http.HttpResponse;
import io.laterreporting.beam.records.CampaignMetric;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.apache.http.conn.ConnectTimeoutException;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client of the Later Influence Reporting API (v2). Thread-safe: one instance may serve many
 * threads, and all instances of a JVM share the connection pool, the tokens (per base URL, client id
 * and secret) and the rate limiter (per base URL).
 *
 * <p><b>Failures.</b> 400, 403, 404 and other 4xx fail at once with a {@link LaterApiException}
 * (status first; {@code type}, {@code title}, {@code detail} and the query's parameters in the
 * message). 5xx, 429, 408, connection errors, timeouts and malformed 2xx bodies are retried per
 * {@link RetryPolicy} (capped exponential backoff with jitter, {@code Retry-After} honoured), then
 * {@link RetryBudgetExhaustedException}. A 401 from a data route mints a new token and repeats the
 * request once; a second 401 is a {@link CredentialsRejectedException}, as is a 401/403 from the
 * token route.
 *
 * <p><b>Metrics.</b> The request always names its metrics (generation B requires them): the query's
 * or, when it asks for all, every name of {@link CampaignMetric}. If the server answers 400 listing
 * the valid names for those filters, a query asking for all metrics is repeated once with that
 * subset, and the subset is remembered (JVM-wide, per base URL and filter set: instances,
 * campaigns, platforms, content types, date basis) for later pages and other clients. The server
 * checks metrics before cursors, so a cursor made with the subset by another JVM still works: the
 * first request there is narrowed the same way.
 *
 * <p>Secrets and tokens never appear in logs, exception messages or {@code toString()}.
 */
public final class LaterApiClient implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LaterApiClient.class);
  private static final String USER_AGENT = "later-reporting-beam-connector/0.1";
  private static final String ACCEPT = "application/json, application/problem+json;q=0.9";

  private final ApiClientConfig config;
  private final ClientObserver observer;
  private final ClientRuntime rt;
  private final HttpRequestFactory requests;
  private final RateLimiters.RateLimiter limiter;
  private final ClientIdentity identity;
  private final String secret;
  private volatile boolean closed;

  private LaterApiClient(ApiClientConfig config, ClientObserver observer, ClientRuntime rt) {
    this.config = config;
    this.observer = observer == null ? ClientObserver.NONE : observer;
    this.rt = rt;
    this.requests = rt.transport.createRequestFactory();
    this.limiter = rt.limiters.forBaseUrl(config.baseUrl());
    String s = config.credentials().secret().resolve();
    if (s == null || s.isEmpty()) {
      throw new IllegalArgumentException(
          "secret: the SecretSource (" + config.credentials().secret().describe() + ") resolved to nothing; a non-empty secret is required");
    }
    this.secret = s;
    SecretRedaction.remember(s);
    this.identity = ClientIdentity.of(config.baseUrl(), config.credentials().clientId(), s);
  }

  /** A client for {@code config}; {@code observer} may be {@link ClientObserver#NONE}. */
  public static LaterApiClient create(ApiClientConfig config, ClientObserver observer) {
    return new LaterApiClient(config, observer, ClientRuntime.shared());
  }

  static LaterApiClient create(ApiClientConfig config, ClientObserver observer, ClientRuntime runtime) {
    return new LaterApiClient(config, observer, runtime);
  }

  public ApiClientConfig config() {
    return config;
  }

  /** Who this client is: the key of every JVM-wide cache whose answer depends on who asks. */
  public ClientIdentity identity() {
    return identity;
  }

  // ------------------------------------------------------------------ routes

  /** One page of {@code GET /v2/instances}: the instances the credentials are bound to. */
  public InstancesPage instances(PageRequest page) {
    Map<String, String> params = new LinkedHashMap<>();
    addPage(params, page);
    return execute(ApiRoute.INSTANCES, params, page.describe(), body -> ResponseParser.parseInstances(body, page));
  }

  /** Every instance id, walking all pages of {@code /v2/instances} (either generation). */
  public List<String> allInstanceIds() {
    Set<String> ids = new LinkedHashSet<>();
    PageRequest req = PageRequest.first(PageRequest.MAX_SIZE);
    Set<String> seenCursors = new LinkedHashSet<>();
    for (int pages = 0; req != null; pages++) {
      if (pages > 10_000) {
        throw new LaterApiException(ApiRoute.INSTANCES, 0, null, null,
            "more than 10000 pages: the server's pagination does not end", req.describe());
      }
      InstancesPage p = instances(req);
      ids.addAll(p.instanceIds());
      req = p.pageInfo().next(PageRequest.MAX_SIZE);
      if (req != null && req.cursor() != null && !seenCursors.add(req.cursor())) {
        throw new LaterApiException(ApiRoute.INSTANCES, 0, null, null,
            "the server returned the same nextCursor twice: pagination loops", req.describe());
      }
    }
    return List.copyOf(ids);
  }

  /** One page of {@code GET /v2/campaigns}: the roster of {@code instanceIds} (empty = all bound). */
  public RosterPage campaigns(List<String> instanceIds, PageRequest page) {
    Map<String, String> params = new LinkedHashMap<>();
    if (!instanceIds.isEmpty()) {
      params.put("instanceIds", String.join(",", instanceIds));
    }
    addPage(params, page);
    String only = instanceIds.size() == 1 ? instanceIds.get(0) : null;
    String describe = "instanceIds=" + (instanceIds.isEmpty() ? "(all bound)" : String.join(",", instanceIds))
        + ", " + page.describe();
    return execute(ApiRoute.CAMPAIGNS, params, describe, body -> ResponseParser.parseRoster(body, page, only));
  }

  /**
   * One page of {@code GET /v2/campaigns/performance}. The whole body is parsed before this
   * returns; rows carry the query's period and date basis.
   */
  public PerformancePage campaignPerformance(PerformanceQuery query, PageRequest page) {
    boolean all = query.metrics().isEmpty();
    Map.Entry<ClientIdentity, String> filters = all ? Map.entry(identity, filterKey(query)) : null;
    List<String> metrics = all ? rt.narrowedMetrics.getOrDefault(filters, CampaignMetric.apiNames()) : query.metrics();
    try {
      return fetchPerformance(query, page, metrics);
    } catch (LaterApiException e) {
      if (!all || e.status() != 400 || e instanceof RetryBudgetExhaustedException) {
        throw e;
      }
      List<String> valid = validMetrics(e, metrics);
      if (valid == null || valid.isEmpty() || valid.equals(metrics)) {
        throw e;
      }
      rt.narrowedMetrics.put(filters, valid);
      LOG.info("{} refused some metrics for {}; asking again for the {} it lists as valid",
          ApiRoute.CAMPAIGN_PERFORMANCE, query.describe(), valid.size());
      return fetchPerformance(query, page, valid);
    }
  }

  private PerformancePage fetchPerformance(PerformanceQuery q, PageRequest page, List<String> metrics) {
    Map<String, String> params = new LinkedHashMap<>();
    if (!q.instanceIds().isEmpty()) {
      params.put("instanceIds", String.join(",", q.instanceIds()));
    }
    params.put("startDate", q.startDate().toString());
    params.put("endDate", q.endDate().toString());
    params.put("dateBasis", q.dateBasis());
    if (!q.campaignIds().isEmpty()) {
      params.put("campaignIds", PerformanceQuery.joinLongs(q.campaignIds()));
    }
    if (!q.platforms().isEmpty()) {
      params.put("platform", String.join(",", q.platforms()));
    }
    if (!q.contentTypes().isEmpty()) {
      params.put("contentType", String.join(",", q.contentTypes()));
    }
    params.put("metrics", String.join(",", metrics));
    if (q.sortProperty() != null) {
      params.put("sortProperty", q.sortProperty());
    }
    if (q.sortDirection() != null) {
      params.put("sortDirection", q.sortDirection());
    }
    addPage(params, page);
    String describe = q.describe() + ", " + page.describe();
    return execute(ApiRoute.CAMPAIGN_PERFORMANCE, params, describe,
        body -> ResponseParser.parsePerformance(body, q, page, metrics));
  }

  private static void addPage(Map<String, String> params, PageRequest page) {
    String size = Integer.toString(page.size());
    if (page.pageNumber() != null) {
      params.put("pageNumber", page.pageNumber().toString());
      params.put("pageSize", size);
    } else if (page.cursor() != null) {
      params.put("nextCursor", page.cursor());
      params.put("limit", size);
    } else {
      params.put("pageSize", size);
      params.put("limit", size);
    }
  }

  private static String filterKey(PerformanceQuery q) {
    return String.join(",", q.instanceIds()) + "|" + PerformanceQuery.joinLongs(q.campaignIds()) + "|"
        + String.join(",", q.platforms()) + "|" + String.join(",", q.contentTypes()) + "|" + q.dateBasis();
  }

  private static final Pattern VALID_LIST =
      Pattern.compile("(?i)(?<![a-z])(valid|available|allowed|supported)(?![a-z])[^:.]{0,80}:\\s*([^.;]*)");
  private static final Pattern INVALID_LIST =
      Pattern.compile("(?i)(invalid|unavailable|not available|unknown|unsupported|not allowed)(?![a-z])[^:.]{0,80}:\\s*([^.;]*)");
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  /**
   * The valid metric names a 400 lists, within {@code sent}: from an array member of the problem
   * (e.g. {@code validMetrics}), else from its detail ("... valid ...: a, b, c"), else {@code sent}
   * minus the names the detail says are unavailable. Null if the 400 is about something else.
   */
  static @Nullable List<String> validMetrics(LaterApiException e, List<String> sent) {
    Map<String, List<String>> arrays = e.problemArrays();
    for (Map.Entry<String, List<String>> a : arrays.entrySet()) {
      String k = a.getKey().toLowerCase(Locale.ROOT);
      if (k.contains("metric") && !k.contains("invalid") && !k.contains("unavailable") && !a.getValue().isEmpty()) {
        return intersect(sent, a.getValue(), false);
      }
    }
    String detail = e.detail();
    if (detail == null || !detail.toLowerCase(Locale.ROOT).contains("metric")) {
      return null;
    }
    Matcher m = VALID_LIST.matcher(detail);
    List<String> listed = null;
    while (m.find()) {
      int start = m.start();
      String before = detail.substring(Math.max(0, start - 4), start).toLowerCase(Locale.ROOT);
      if (before.endsWith("in") || before.endsWith("un") || before.endsWith("not ")) {
        continue; // "invalid", "unavailable", "not available": the other list
      }
      listed = names(m.group(2));
    }
    if (listed != null && !listed.isEmpty()) {
      return intersect(sent, listed, true);
    }
    Matcher bad = INVALID_LIST.matcher(detail);
    if (bad.find()) {
      List<String> invalid = names(bad.group(2));
      List<String> out = new ArrayList<>(sent);
      out.removeAll(invalid);
      return invalid.isEmpty() ? null : out;
    }
    return null;
  }

  private static List<String> names(String text) {
    List<String> out = new ArrayList<>();
    Matcher n = NAME.matcher(text);
    while (n.find()) {
      out.add(n.group());
    }
    return out;
  }

  private static List<String> intersect(List<String> sent, List<String> valid, boolean knownOnly) {
    Set<String> v = new LinkedHashSet<>(valid);
    List<String> out = new ArrayList<>();
    for (String s : sent) {
      if (v.contains(s)) {
        out.add(s);
      }
    }
    if (!knownOnly) {
      for (String s : valid) {
        if (!out.contains(s) && !sent.contains(s) && s.matches("[A-Za-z][A-Za-z0-9_]*")) {
          // The server says it is valid although this version does not know it: it lands in otherMetrics.
          out.add(s);
        }
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ the request loop

  interface BodyParser<T> {
    T parse(byte[] body) throws IOException;
  }

  /** What one attempt that did not succeed left behind. */
  private static final class Failure {
    final RetryCause cause;
    final int status;
    final ResponseParser.Problem problem;
    final @Nullable Long retryAfterMillis;
    final @Nullable Throwable error;
    final String answer;

    Failure(RetryCause cause, int status, ResponseParser.Problem problem, @Nullable Long retryAfterMillis,
        @Nullable Throwable error, String answer) {
      this.cause = cause;
      this.status = status;
      this.problem = problem;
      this.retryAfterMillis = retryAfterMillis;
      this.error = error;
      this.answer = answer;
    }
  }

  private <T> T execute(ApiRoute route, Map<String, String> params, String describe, BodyParser<T> parser) {
    checkOpen();
    TokenCache.Token token = rt.tokens.get(identity, this::mintToken);
    boolean renewedAfter401 = false;
    RetryPolicy policy = config.retryPolicy();
    int attempts = 0;
    int retries = 0;
    long waited = 0;
    while (true) {
      throttle(route, describe);
      attempts++;
      TokenCache.Token bearer = token;
      Exchange answer =
          exchange(
              route,
              describe,
              attempts,
              () -> {
                HttpRequest req = requests.buildGetRequest(url(route, params));
                req.getHeaders().setAuthorization("Bearer " + bearer.jwt);
                return req;
              });
      if (answer.failure != null) {
        waited += backoffOrFail(route, describe, policy, answer.failure, attempts, retries++, waited);
        continue;
      }
      int status = answer.status;
      byte[] body = answer.body;
      Failure failure;
      if (status >= 200 && status < 300) {
        try {
          T result = parser.parse(body);
          limiter.onSuccess();
          return result;
        } catch (IOException | RuntimeException e) {
          failure = new Failure(RetryCause.MALFORMED_BODY, status, ResponseParser.Problem.EMPTY, null, e,
              "HTTP " + status + " with a malformed body (" + e.getClass().getSimpleName() + ": "
                  + firstLine(e.getMessage()) + ")");
        }
      } else {
        ResponseParser.Problem problem = sanitize(ResponseParser.parseProblem(body));
        if (status == 401) {
          if (renewedAfter401) {
            throw new CredentialsRejectedException(route, status, problem.type, problem.title, problem.detail,
                describe, "HTTP 401 right after a fresh token");
          }
          observer.onRetry(RetryCause.UNAUTHORIZED);
          token = rt.tokens.renew(identity, token, this::mintToken);
          renewedAfter401 = true;
          attempts--; // the repeat after a renewal is not a retry
          continue;
        }
        failure = classify(status, problem, answer.headers);
        if (failure == null) {
          throw withProblem(new LaterApiException(route, status, problem.type, problem.title, problem.detail,
              describe), problem);
        }
      }
      waited += backoffOrFail(route, describe, policy, failure, attempts, retries++, waited);
    }
  }

  /** Builds one attempt's request; configured (timeouts, headers) by {@link #exchange}. */
  private interface RequestBuilder {
    HttpRequest build() throws IOException;
  }

  /** One attempt's outcome: an HTTP answer with its whole body, or the failure that left none. */
  private static final class Exchange {
    final int status;
    final @Nullable HttpHeaders headers;
    final byte @Nullable [] body;
    final @Nullable Failure failure;

    private Exchange(int status, @Nullable HttpHeaders headers, byte @Nullable [] body, @Nullable Failure failure) {
      this.status = status;
      this.headers = headers;
      this.body = body;
      this.failure = failure;
    }
  }

  /**
   * Sends one attempt and reads its whole body, so that a body cut by the network is a failure to
   * retry, never a short answer; every answer is observed and teaches the rate limiter.
   */
  private Exchange exchange(ApiRoute route, String describe, int attempt, RequestBuilder builder) {
    long t0 = System.nanoTime();
    try (RequestBounds.Attempt bounds = RequestBounds.start(config.requestDeadline())) {
      HttpResponse resp;
      try {
        HttpRequest req = builder.build();
        configure(req);
        resp = req.execute();
      } catch (IOException e) {
        return failed(route, describe, attempt, t0, -1, null, e, bounds);
      }
      int status = resp.getStatusCode();
      observer.onResponse(route, status);
      learnRateLimit(resp.getHeaders());
      try {
        byte[] body = RequestBounds.readBody(resp, config.maxResponseBytes());
        logAttempt(route, describe, status, t0, attempt, null);
        return new Exchange(status, resp.getHeaders(), body, null);
      } catch (IOException e) {
        return failed(route, describe, attempt, t0, status, resp.getHeaders(), e, bounds);
      }
    }
  }

  /**
   * An attempt that ended without a whole answer: a retryable failure (connection, timeout, the
   * attempt's deadline, a dropped TLS handshake), or a request that fails at once (a certificate
   * refused, a body over the maximum).
   */
  private Exchange failed(ApiRoute route, String describe, int attempt, long t0, int status,
      @Nullable HttpHeaders headers, IOException e, RequestBounds.Attempt bounds) {
    if (e instanceof SSLException && TlsFailures.isCertificateFailure(e)) {
      // An untrusted or mismatched certificate does not heal by retrying, and is never bypassed.
      throw new LaterApiException(route, -1, null,
          "TLS handshake failed: the server's certificate is not trusted or does not match its host",
          redact(e.getMessage()), describe, null, e);
    }
    if (e instanceof RequestBounds.TooLargeException) {
      throw new LaterApiException(route, status, null, "answer too large", e.getMessage(), describe, null, null);
    }
    Failure failure = bounds.expired()
        ? new Failure(RetryCause.TIMEOUT, 0, ResponseParser.Problem.EMPTY, null, e, bounds.describe())
        : transportFailure(e);
    logAttempt(route, describe, status, t0, attempt, failure.answer);
    return new Exchange(status, headers, null, failure);
  }

  /** A retryable failure for {@code status}, or null if it fails at once. */
  private @Nullable Failure classify(int status, ResponseParser.Problem problem, HttpHeaders headers) {
    String answer = "HTTP " + status + " (type=" + problem.type + ", title=" + problem.title + ", detail="
        + problem.detail + ")";
    if (status == 429) {
      return new Failure(RetryCause.RATE_LIMITED, status, problem, retryAfterMillis(headers), null, answer);
    }
    if (status >= 500) {
      return new Failure(RetryCause.SERVER_ERROR, status, problem, retryAfterMillis(headers), null, answer);
    }
    if (status == 408) {
      return new Failure(RetryCause.TIMEOUT, status, problem, null, null, answer);
    }
    return null;
  }

  private static LaterApiException withProblem(LaterApiException e, ResponseParser.Problem problem) {
    e.setProblemArrays(problem.arrays);
    return e;
  }

  private static Failure transportFailure(IOException e) {
    boolean timeout = e instanceof SocketTimeoutException || e instanceof ConnectTimeoutException
        || (e instanceof InterruptedIOException && !(e instanceof java.nio.channels.ClosedByInterruptException));
    RetryCause cause = timeout ? RetryCause.TIMEOUT : RetryCause.CONNECTION;
    return new Failure(cause, 0, ResponseParser.Problem.EMPTY, null, e,
        (timeout ? "timeout: " : "connection: ") + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()));
  }

  /**
   * Waits before the next attempt and returns how long, or throws when attempts or the retry budget
   * are used up.
   */
  private long backoffOrFail(ApiRoute route, String describe, RetryPolicy policy, Failure f, int attempts,
      int retries, long waited) {
    if (Thread.currentThread().isInterrupted()) {
      throw new LaterApiException(route, f.status, f.problem.type, f.problem.title, f.problem.detail, describe,
          "Interrupted", null);
    }
    long wait;
    if (f.retryAfterMillis != null) {
      wait = Math.min(f.retryAfterMillis, policy.maxRetryAfter().toMillis());
    } else {
      wait = backoff(policy, retries);
      if (f.cause == RetryCause.RATE_LIMITED) {
        wait = Math.max(wait, (long) Math.ceil(limiter.intervalMillis()));
      }
    }
    if (attempts >= policy.maxAttempts()) {
      throw exhausted(route, describe, f, attempts, waited, "maxAttempts " + policy.maxAttempts() + " reached");
    }
    long budget = policy.retryBudget().toMillis();
    if (waited + wait > budget) {
      throw exhausted(route, describe, f, attempts, waited,
          "retry budget " + policy.retryBudget() + " would be exceeded by the next wait of " + wait + " ms");
    }
    observer.onRetry(f.cause);
    LOG.debug("{} {}: retrying in {} ms after {}", route, describe, wait, f.answer);
    if (f.cause == RetryCause.RATE_LIMITED) {
      // Every caller of this base URL holds off; the wait itself happens (and is reported as
      // throttling) in the rate limiter before the next attempt.
      limiter.onRateLimited(wait);
    } else {
      sleep(route, describe, wait);
    }
    return wait;
  }

  private RetryBudgetExhaustedException exhausted(ApiRoute route, String describe, Failure f, int attempts,
      long waited, String why) {
    return new RetryBudgetExhaustedException(route, f.status, f.problem.type, f.problem.title, f.problem.detail,
        describe, attempts, waited, redact(f.answer), why, f.error);
  }

  private long backoff(RetryPolicy policy, int retries) {
    long initial = policy.initialBackoff().toMillis();
    long max = policy.maxBackoff().toMillis();
    long base = retries >= 30 ? max : Math.min(max, initial << retries);
    double j = rt.jitter.getAsDouble();
    return (long) (base * (0.5 + 0.5 * Math.max(0, Math.min(1, j))));
  }

  private void throttle(ApiRoute route, String describe) {
    long wait = limiter.reserve();
    while (true) {
      if (wait > 0) {
        observer.onThrottled(wait);
        sleep(route, describe, wait);
      }
      wait = limiter.admit();
      if (wait == 0) {
        return;
      }
    }
  }

  private void sleep(ApiRoute route, String describe, long millis) {
    try {
      rt.sleeper.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LaterApiException(route, 0, null, null, "interrupted while waiting", describe, "Interrupted", e);
    }
  }

  private void learnRateLimit(HttpHeaders headers) {
    Integer limit = leadingInt(headers.getFirstHeaderStringValue("X-Ratelimit-Limit"));
    Integer window = leadingInt(headers.getFirstHeaderStringValue("X-Ratelimit-Window"));
    if (limit != null && limit > 0) {
      limiter.learn(limit, (window != null && window > 0 ? window : 60) * 1000L);
    }
  }

  private static @Nullable Integer leadingInt(@Nullable String v) {
    if (v == null) {
      return null;
    }
    Matcher m = Pattern.compile("^\\s*(\\d{1,9})").matcher(v);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  /** {@code Retry-After} as seconds or an HTTP date, in milliseconds from now; null if absent or unreadable. */
  @Nullable Long retryAfterMillis(HttpHeaders headers) {
    String v = headers.getFirstHeaderStringValue("Retry-After");
    if (v == null || v.isBlank()) {
      return null;
    }
    v = v.trim();
    try {
      if (v.matches("\\d+(\\.\\d+)?")) {
        return (long) (Double.parseDouble(v) * 1000);
      }
      ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
      return Math.max(0, at.toInstant().toEpochMilli() - rt.clock.millis());
    } catch (NumberFormatException | DateTimeParseException e) {
      return null;
    }
  }

  private GenericUrl url(ApiRoute route, Map<String, String> params) {
    GenericUrl url = new GenericUrl(config.baseUrl() + route.path());
    for (Map.Entry<String, String> p : params.entrySet()) {
      url.put(p.getKey(), p.getValue());
    }
    return url;
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

  private void logAttempt(ApiRoute route, String describe, int status, long t0, int attempt, @Nullable String failure) {
    if (LOG.isDebugEnabled()) {
      LOG.debug("{} [{}] attempt {} -> {} in {} ms{}", route, describe, attempt,
          status < 0 ? "no answer" : "HTTP " + status, (System.nanoTime() - t0) / 1_000_000,
          failure == null ? "" : " (" + failure + ")");
    }
  }

  // ------------------------------------------------------------------ token

  /** POST /oauth/token with the same retry rules; 401/403 are a {@link CredentialsRejectedException}. */
  private String mintToken() {
    ApiRoute route = ApiRoute.TOKEN;
    String describe = "clientId=" + config.credentials().clientId() + ", secret=<" + config.credentials().secret().describe() + ">";
    RetryPolicy policy = config.retryPolicy();
    int attempts = 0;
    int retries = 0;
    long waited = 0;
    byte[] payload = tokenRequestBody();
    while (true) {
      throttle(route, describe);
      attempts++;
      Exchange answer =
          exchange(
              route,
              describe,
              attempts,
              () ->
                  requests.buildPostRequest(
                      new GenericUrl(config.baseUrl() + route.path()),
                      new ByteArrayContent("application/json", payload)));
      if (answer.failure != null) {
        waited += backoffOrFail(route, describe, policy, answer.failure, attempts, retries++, waited);
        continue;
      }
      int status = answer.status;
      byte[] body = answer.body;
      Failure failure;
      if (status >= 200 && status < 300) {
        try {
          String jwt = ResponseParser.parseToken(body);
          SecretRedaction.remember(jwt);
          observer.onTokenMinted();
          LOG.debug("{}: minted a token for clientId={}", route, config.credentials().clientId());
          return jwt;
        } catch (IOException e) {
          failure = new Failure(RetryCause.MALFORMED_BODY, status, ResponseParser.Problem.EMPTY, null, e,
              "HTTP " + status + " with a malformed token body (" + firstLine(e.getMessage()) + ")");
        }
      } else {
        ResponseParser.Problem problem = sanitize(ResponseParser.parseProblem(body));
        if (status == 401 || status == 403) {
          String why = status == 403 && body.length == 0
              ? "HTTP 403 with an empty body (client disabled or bound to no instance)"
              : credentialsWhy(problem.type);
          throw new CredentialsRejectedException(route, status, problem.type, problem.title, problem.detail,
              describe, why);
        }
        failure = classify(status, problem, answer.headers);
        if (failure == null) {
          throw withProblem(new LaterApiException(route, status, problem.type, problem.title, problem.detail,
              describe), problem);
        }
      }
      waited += backoffOrFail(route, describe, policy, failure, attempts, retries++, waited);
    }
  }

  private static String credentialsWhy(@Nullable String type) {
    if (type == null) {
      return "the token route refused the client id and secret";
    }
    switch (type) {
      case "ANL_00401":
      case "INVALID_CLIENT_CREDENTIALS":
        return "wrong client id or secret";
      case "CLIENT_DISABLED":
        return "the client is disabled";
      case "NO_ACCESSIBLE_INSTANCES":
        return "the client is bound to no instance";
      case "ANL_00403":
        return "the client is disabled or bound to no instance";
      default:
        return "the token route refused the client id and secret";
    }
  }

  private byte[] tokenRequestBody() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    try (JsonGenerator g = ResponseParser.JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("clientId", config.credentials().clientId());
      g.writeStringField("clientSecret", secret);
      g.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  // ------------------------------------------------------------------ hygiene

  private ResponseParser.Problem sanitize(ResponseParser.Problem p) {
    return new ResponseParser.Problem(redact(p.type), redact(p.title), redact(p.detail), p.extensions, p.arrays);
  }

  /** Removes secrets and tokens (of any client of this JVM) from text that may reach a message. */
  private static @Nullable String redact(@Nullable String s) {
    return SecretRedaction.redact(s);
  }

  private static String firstLine(@Nullable String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("This LaterApiClient (" + config.baseUrl() + ") is closed");
    }
  }

  /**
   * Closes this client. The connection pool, tokens and rate limiter are shared by the JVM's clients
   * and stay.
   */
  @Override
  public void close() {
    closed = true;
  }

  @Override
  public String toString() {
    return "LaterApiClient{baseUrl=" + config.baseUrl() + ", clientId=" + config.credentials().clientId()
        + ", secret=<" + config.credentials().secret().describe() + ", ***>}";
  }
}
