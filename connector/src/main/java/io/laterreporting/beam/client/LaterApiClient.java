package io.laterreporting.beam.client;

import com.google.api.client.http.HttpRequest;
import io.laterreporting.beam.records.CampaignPerformance;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client of the Later Influence Reporting API (v2). Thread-safe: one instance may serve many
 * threads, and all instances of a JVM share the connection pool, the tokens (per {@link
 * ClientIdentity}: base URL, client id and secret) and the rate limiter (per base URL).
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
 * or, when it asks for all, every name of the route's metric table, narrowed to what the server
 * lists as valid after a 400 (see {@code MetricNarrowing}).
 *
 * <p>This class is the routes' facade; the parts live beside it: {@code AttemptLoop} (the one loop
 * of attempts, for tokens and data), {@code HttpExchange} (one attempt), {@code Failure} (what is
 * retried), {@code Backoff}, {@code RateLimitHeaders}, {@code TokenMinter}, {@code Redaction},
 * {@code RouteParameters} and the body parsers ({@code Envelope}, {@code CampaignRowParser}, ...).
 *
 * <p>Secrets and tokens never appear in logs, exception messages or {@code toString()}.
 */
public final class LaterApiClient implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LaterApiClient.class);
  private final ApiClientConfig config;
  private final ClientObserver observer;
  private final ClientRuntime rt;
  private final RateLimiter limiter;
  private final ClientIdentity identity;
  private final AttemptLoop loop;
  private final TokenMinter minter;
  private final MetricNarrowing narrowing;
  private volatile boolean closed;

  private LaterApiClient(ApiClientConfig config, ClientObserver observer, ClientRuntime rt) {
    this.config = config;
    this.observer = observer == null ? ClientObserver.NONE : observer;
    this.rt = rt;
    this.limiter = rt.limiters.forBaseUrl(config.baseUrl());
    limiter.shareAtMostPerMinute(config.maxRequestsPerMinute());
    String s = config.credentials().secret().resolve();
    if (s == null || s.isEmpty()) {
      throw new IllegalArgumentException(
          "secret: the SecretSource ("
              + config.credentials().secret().describe()
              + ") resolved to nothing; a non-empty secret is required");
    }
    this.identity = ClientIdentity.of(config.baseUrl(), config.credentials().clientId(), s);
    Redaction redaction = new Redaction(s);
    this.loop = new AttemptLoop(config, this.observer, rt, limiter, redaction);
    this.minter = new TokenMinter(config, this.observer, loop, redaction, s);
    this.narrowing = new MetricNarrowing(rt.narrowedMetrics, identity);
  }

  /** A client for {@code config}; {@code observer} may be {@link ClientObserver#NONE}. */
  public static LaterApiClient create(ApiClientConfig config, ClientObserver observer) {
    return new LaterApiClient(config, observer, ClientRuntime.shared());
  }

  static LaterApiClient create(
      ApiClientConfig config, ClientObserver observer, ClientRuntime runtime) {
    return new LaterApiClient(config, observer, runtime);
  }

  /** Who this client is: the key of every JVM-wide cache whose answer depends on who asks. */
  public ClientIdentity identity() {
    return identity;
  }

  public ApiClientConfig config() {
    return config;
  }

  // ------------------------------------------------------------------ routes

  /**
   * The pagination generation the gateway speaks: the one {@link ApiClientConfig#pagination()}
   * forces, else the one detected for this base URL and client id, else detected now by one {@code
   * /v2/instances} request (see {@link PaginationMode#AUTO}).
   */
  public PaginationGeneration generation() {
    PaginationGeneration known = knownGeneration();
    if (known != null) {
      return known;
    }
    firstInstancesPage();
    return knownGeneration();
  }

  private @Nullable PaginationGeneration knownGeneration() {
    PaginationGeneration forced = config.pagination().forced();
    return forced != null ? forced : rt.generations.get(identity);
  }

  /** One page of {@code GET /v2/instances}: the instances the credentials are bound to. */
  public InstancesPage instances(PageRequest page) {
    return instancesPage(page, PagingParameters.generationOf(page, generation()));
  }

  private InstancesPage instancesPage(PageRequest page, PaginationGeneration generation) {
    return execute(
        ApiRoute.INSTANCES,
        RouteParameters.instances(generation, page),
        page.describe(),
        body -> InstanceListParser.parsePage(body, page));
  }

  /**
   * Page 1 of the instances, asked in the known generation, or (unknown) with page numbers: an
   * answer with a cursor, or a 400 naming {@code pageNumber}/{@code pageSize}, means cursors, and
   * the page is asked again with them. Remembers the generation.
   */
  private InstancesPage firstInstancesPage() {
    PageRequest first = PageRequest.first(ApiLimits.MAX_PAGE_SIZE);
    PaginationGeneration known = knownGeneration();
    if (known != null) {
      return instancesPage(first, known);
    }
    try {
      InstancesPage page = instancesPage(first, PaginationGeneration.PAGE_NUMBER);
      if (page.pageInfo().generation() == PaginationGeneration.PAGE_NUMBER) {
        rt.generations.remember(identity, PaginationGeneration.PAGE_NUMBER);
        return page;
      }
      if (page.pageInfo().generation() == PaginationGeneration.NONE) {
        new PageWalk(ApiRoute.INSTANCES, "(generation probe)", 0).check(first, page.pageInfo());
      }
      LOG.debug(
          "{} answered page numbers with a cursor: the gateway speaks cursors", ApiRoute.INSTANCES);
    } catch (LaterApiException e) {
      if (!PagingParameters.refusesPageNumbers(e)) {
        throw e;
      }
      LOG.debug(
          "{} refused page numbers ({}): the gateway speaks cursors",
          ApiRoute.INSTANCES,
          e.detail());
    }
    rt.generations.remember(identity, PaginationGeneration.CURSOR);
    return instancesPage(first, PaginationGeneration.CURSOR);
  }

  /**
   * Every instance id, walking all pages of {@code /v2/instances} under the guards of {@link
   * PageWalk}; the first page also detects the generation. The one instance lister.
   */
  public List<String> allInstanceIds() {
    Set<String> ids = new LinkedHashSet<>();
    PageWalk walk = new PageWalk(ApiRoute.INSTANCES, "all bound instances", 0);
    PageRequest req = PageRequest.first(ApiLimits.MAX_PAGE_SIZE);
    InstancesPage page = firstInstancesPage();
    while (true) {
      int before = ids.size();
      ids.addAll(page.instanceIds());
      req = walk.next(req, page.pageInfo(), page.instanceIds().size(), ids.size() - before);
      if (req == null) {
        return List.copyOf(ids);
      }
      page = instances(req);
    }
  }

  /**
   * One page of {@code GET /v2/campaigns}: the roster of {@code instanceIds} (empty = all bound).
   */
  public RosterPage campaigns(List<String> instanceIds, PageRequest page) {
    String only = instanceIds.size() == 1 ? instanceIds.get(0) : null;
    String describe = rosterQuery(instanceIds) + ", " + page.describe();
    Map<String, String> params =
        RouteParameters.roster(
            instanceIds, PagingParameters.generationOf(page, generation()), page);
    return execute(
        ApiRoute.CAMPAIGNS, params, describe, body -> RosterParser.parsePage(body, page, only));
  }

  /**
   * Every page of the roster of {@code instanceIds} (empty = all bound), under the guards of {@link
   * PageWalk}.
   */
  public List<RosterPage> allCampaignPages(List<String> instanceIds) {
    return campaignPagesFrom(
        instanceIds, campaigns(instanceIds, PageRequest.first(ApiLimits.MAX_PAGE_SIZE)));
  }

  /**
   * The roster's first page ({@code first}, asked with {@link ApiLimits#MAX_PAGE_SIZE}) and every
   * page after it, one after another under the guards of {@link PageWalk}.
   */
  public List<RosterPage> campaignPagesFrom(List<String> instanceIds, RosterPage first) {
    List<RosterPage> pages = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    PageWalk walk = new PageWalk(ApiRoute.CAMPAIGNS, rosterQuery(instanceIds), 0);
    PageRequest req = PageRequest.first(ApiLimits.MAX_PAGE_SIZE);
    RosterPage page = first;
    while (true) {
      pages.add(page);
      int before = seen.size();
      page.rows().forEach(entry -> seen.add(entry.campaignId()));
      req = walk.next(req, page.pageInfo(), page.rows().size(), seen.size() - before);
      if (req == null) {
        return pages;
      }
      page = campaigns(instanceIds, req);
    }
  }

  /** The roster's page {@code number} (of {@link ApiLimits#MAX_PAGE_SIZE}), checked to be it. */
  public RosterPage campaignPage(List<String> instanceIds, int number) {
    PageRequest asked = PageRequest.number(number, ApiLimits.MAX_PAGE_SIZE);
    RosterPage page = campaigns(instanceIds, asked);
    new PageWalk(ApiRoute.CAMPAIGNS, rosterQuery(instanceIds), 0).check(asked, page.pageInfo());
    return page;
  }

  private static String rosterQuery(List<String> instanceIds) {
    return "instanceIds=" + (instanceIds.isEmpty() ? "(all bound)" : String.join(",", instanceIds));
  }

  /**
   * One page of {@code GET /v2/campaigns/performance}. The whole body is parsed before this
   * returns; rows carry the query's period and date basis.
   */
  public PerformancePage<CampaignPerformance> campaignPerformance(
      PerformanceQuery query, PageRequest page) {
    return report(ReportFormat.CAMPAIGNS, query, page);
  }

  /**
   * One page of a report route ({@code format}): the query's metrics, or when it asks for all the
   * route's catalogue, narrowed as the server asks (see {@code MetricNarrowing}). The whole body is
   * parsed before this returns. A route answering one object is sent no paging parameters.
   */
  public <R> PerformancePage<R> report(
      ReportFormat<R> format, PerformanceQuery query, PageRequest page) {
    ApiRoute route = format.route();
    boolean paged = !format.singleObject();
    PaginationGeneration generation = PagingParameters.generationOf(page, generation());
    String describe = paged ? query.describe() + ", " + page.describe() : query.describe();
    return narrowing.fetch(
        route,
        query,
        format.metricCatalogue(),
        metrics ->
            execute(
                route,
                RouteParameters.performance(query, metrics, generation, page, paged),
                describe,
                body -> format.parsePage(body, query, page, metrics)));
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
  private <T> T execute(
      ApiRoute route, Map<String, String> params, String describe, BodyParser<T> parser) {
    checkOpen();
    Bearer<T> bearer = new Bearer<>(route, describe, parser, rt.tokens.get(identity, minter::mint));
    return loop.run(
        route,
        describe,
        requests -> {
          HttpRequest req =
              requests.buildGetRequest(RouteParameters.url(config.baseUrl(), route, params));
          req.getHeaders().setAuthorization("Bearer " + bearer.token.jwt);
          return req;
        },
        bearer);
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
      return parser.parse(body);
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
        throw new CredentialsRejectedException(
            route,
            status,
            problem.type,
            problem.title,
            problem.detail,
            describe,
            "HTTP 401 right after a fresh token");
      }
      observer.onRetry(RetryCause.UNAUTHORIZED);
      token = rt.tokens.renew(identity, token, minter::mint);
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
   * Closes this client. The connection pool, tokens and rate limiter are shared by the JVM's
   * clients and stay.
   */
  @Override
  public void close() {
    closed = true;
  }

  @Override
  public String toString() {
    return "LaterApiClient{baseUrl="
        + config.baseUrl()
        + ", clientId="
        + config.credentials().clientId()
        + ", secret=<"
        + config.credentials().secret().describe()
        + ", ***>}";
  }
}
