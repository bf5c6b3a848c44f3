package io.laterreporting.beam.client;

import com.google.api.client.http.HttpRequest;
import io.laterreporting.beam.records.CampaignMetric;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * or, when it asks for all, every name of {@link CampaignMetric}, narrowed to what the server lists
 * as valid after a 400 (see {@code MetricNarrowing}).
 *
 * <p>This class is the routes' facade; the parts live beside it: {@code AttemptLoop} (the one loop
 * of attempts, for tokens and data), {@code HttpExchange} (one attempt), {@code Failure} (what is
 * retried), {@code Backoff}, {@code RateLimitHeaders}, {@code TokenMinter}, {@code Redaction},
 * {@code RouteParameters} and the body parsers ({@code Envelope}, {@code CampaignRowParser}, ...).
 *
 * <p>Secrets and tokens never appear in logs, exception messages or {@code toString()}.
 */
public final class LaterApiClient implements AutoCloseable {
  private final ApiClientConfig config;
  private final ClientObserver observer;
  private final ClientRuntime rt;
  private final RateLimiters.RateLimiter limiter;
  private final TokenCache.Key tokenKey;
  private final AttemptLoop loop;
  private final TokenMinter minter;
  private final MetricNarrowing narrowing;
  private volatile boolean closed;

  private LaterApiClient(ApiClientConfig config, ClientObserver observer, ClientRuntime rt) {
    this.config = config;
    this.observer = observer == null ? ClientObserver.NONE : observer;
    this.rt = rt;
    this.limiter = rt.limiters.forBaseUrl(config.baseUrl());
    String s = config.credentials().secret().resolve();
    if (s == null || s.isEmpty()) {
      throw new IllegalArgumentException(
          "secret: the SecretSource (" + config.credentials().secret().describe() + ") resolved to nothing; a non-empty secret is required");
    }
    this.tokenKey = new TokenCache.Key(config.baseUrl(), config.credentials().clientId(), s);
    Redaction redaction = new Redaction(s);
    this.loop = new AttemptLoop(config, this.observer, rt, limiter, redaction);
    this.minter = new TokenMinter(config, this.observer, loop, redaction, s);
    this.narrowing = new MetricNarrowing(rt.narrowedMetrics, config.baseUrl());
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

  // ------------------------------------------------------------------ routes

  /** One page of {@code GET /v2/instances}: the instances the credentials are bound to. */
  public InstancesPage instances(PageRequest page) {
    return execute(ApiRoute.INSTANCES, RouteParameters.instances(page), page.describe(),
        body -> InstanceListParser.parsePage(body, page));
  }

  /** Every instance id, walking all pages of {@code /v2/instances} (either generation). */
  public List<String> allInstanceIds() {
    Set<String> ids = new LinkedHashSet<>();
    PageRequest req = PageRequest.first(ApiLimits.MAX_PAGE_SIZE);
    Set<String> seenCursors = new LinkedHashSet<>();
    for (int pages = 0; req != null; pages++) {
      if (pages > 10_000) {
        throw new LaterApiException(ApiRoute.INSTANCES, 0, null, null,
            "more than 10000 pages: the server's pagination does not end", req.describe());
      }
      InstancesPage p = instances(req);
      ids.addAll(p.instanceIds());
      req = p.pageInfo().next(ApiLimits.MAX_PAGE_SIZE);
      if (req != null && req.cursor() != null && !seenCursors.add(req.cursor())) {
        throw new LaterApiException(ApiRoute.INSTANCES, 0, null, null,
            "the server returned the same nextCursor twice: pagination loops", req.describe());
      }
    }
    return List.copyOf(ids);
  }

  /** One page of {@code GET /v2/campaigns}: the roster of {@code instanceIds} (empty = all bound). */
  public RosterPage campaigns(List<String> instanceIds, PageRequest page) {
    String only = instanceIds.size() == 1 ? instanceIds.get(0) : null;
    String describe = "instanceIds=" + (instanceIds.isEmpty() ? "(all bound)" : String.join(",", instanceIds))
        + ", " + page.describe();
    return execute(ApiRoute.CAMPAIGNS, RouteParameters.roster(instanceIds, page), describe,
        body -> RosterParser.parsePage(body, page, only));
  }

  /**
   * One page of {@code GET /v2/campaigns/performance}. The whole body is parsed before this
   * returns; rows carry the query's period and date basis.
   */
  public PerformancePage campaignPerformance(PerformanceQuery query, PageRequest page) {
    ApiRoute route = ApiRoute.CAMPAIGN_PERFORMANCE;
    return narrowing.fetch(route, query, CampaignMetric.apiNames(), metrics ->
        execute(route, RouteParameters.performance(query, metrics, page), query.describe() + ", " + page.describe(),
            body -> CampaignRowParser.parsePage(body, query, page, metrics)));
  }

  // ------------------------------------------------------------------ data requests

  /** Parses a 2xx body of a data route. */
  interface BodyParser<T> {
    T parse(byte[] body) throws IOException;
  }

  /**
   * A data route's request through the attempt loop, with the JVM's token for these credentials; a
   * 401 renews the token and repeats the request once, a second 401 rejects the credentials.
   */
  private <T> T execute(ApiRoute route, Map<String, String> params, String describe, BodyParser<T> parser) {
    checkOpen();
    Bearer<T> bearer = new Bearer<>(route, describe, parser, rt.tokens.get(tokenKey, minter::mint));
    return loop.run(route, describe, requests -> {
      HttpRequest req = requests.buildGetRequest(RouteParameters.url(config.baseUrl(), route, params));
      req.getHeaders().setAuthorization("Bearer " + bearer.token.jwt);
      return req;
    }, bearer);
  }

  private final class Bearer<T> implements AttemptLoop.Answers<T> {
    private final ApiRoute route;
    private final String describe;
    private final BodyParser<T> parser;
    private volatile TokenCache.Token token;
    private boolean renewedAfter401;

    Bearer(ApiRoute route, String describe, BodyParser<T> parser, TokenCache.Token token) {
      this.route = route;
      this.describe = describe;
      this.parser = parser;
      this.token = token;
    }

    @Override
    public T onSuccess(byte[] body) throws IOException {
      T result = parser.parse(body);
      limiter.onSuccess();
      return result;
    }

    @Override
    public String bodyName() {
      return "body";
    }

    @Override
    public boolean onRefusal(int status, byte[] body, Problem problem) {
      if (status != 401) {
        return false;
      }
      if (renewedAfter401) {
        throw new CredentialsRejectedException(route, status, problem.type, problem.title, problem.detail,
            describe, "HTTP 401 right after a fresh token");
      }
      observer.onRetry(RetryCause.UNAUTHORIZED);
      token = rt.tokens.renew(tokenKey, token, minter::mint);
      renewedAfter401 = true;
      return true; // the repeat after a renewal is not a retry
    }
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
