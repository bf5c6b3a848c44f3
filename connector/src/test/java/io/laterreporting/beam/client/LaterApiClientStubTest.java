package io.laterreporting.beam.client;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.laterreporting.beam.records.CampaignMetric;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** What the emulator does not play, against a scripted server on a real socket. */
public class LaterApiClientStubTest {
  private static final String SECRET = "stub-secret-" + System.nanoTime();
  private static final String PERF = "/v2/campaigns/performance";
  private static final String TOKEN = "/oauth/token";

  private StubServer stub;
  private final List<Long> sleeps = Collections.synchronizedList(new ArrayList<>());
  private final long now = 1_900_000_000_000L;

  /** A clock that only moves when the client sleeps. */
  private final java.util.concurrent.atomic.AtomicLong clock =
      new java.util.concurrent.atomic.AtomicLong(now);

  private final ClientRuntime runtime =
      ClientRuntime.isolated(
          clock::get,
          ms -> {
            sleeps.add(ms);
            clock.addAndGet(ms);
          },
          () -> 1.0);
  private final RecordingObserver observer = new RecordingObserver();
  private LaterApiClient client;

  @Before
  public void setUp() throws Exception {
    stub = new StubServer();
    // The stub answers with cursors; told so, the client sends no detection request.
    client =
        LaterApiClient.create(
            ApiClientConfig.of(stub.baseUrl(), "client-7", SecretSources.ofValue(SECRET))
                .withPagination(PaginationMode.CURSORS),
            observer,
            runtime);
  }

  @After
  public void tearDown() {
    client.close();
    stub.close();
  }

  private static PerformanceQuery query() {
    return PerformanceQuery.builder()
        .setStartDate(LocalDate.of(2024, 1, 1))
        .setEndDate(LocalDate.of(2024, 3, 31))
        .setInstanceIds(List.of("a", "b"))
        .setCampaignIds(List.of(1L, 22L))
        .setPlatforms(List.of("instagram", "tiktok"))
        .setSortProperty("impressions")
        .setSortDirection("ASC")
        .build();
  }

  @Test
  public void givenQuery_thenRequestsCarryCamelCaseTokenBodyBearerAndCommaJoinedParameters() {
    client.campaignPerformance(query(), PageRequest.first(25));
    client.campaignPerformance(query(), PageRequest.number(3, 25));
    client.campaignPerformance(query(), PageRequest.cursor("c/1+=", 25));
    List<StubServer.Request> tokens = stub.requests(TOKEN);
    assertEquals(1, tokens.size());
    assertEquals("POST", tokens.get(0).method);
    assertEquals("application/json", tokens.get(0).contentType);
    assertEquals(
        "{\"clientId\":\"client-7\",\"clientSecret\":\"" + SECRET + "\"}", tokens.get(0).body);
    assertNull(tokens.get(0).authorization);
    List<StubServer.Request> perf = stub.requests(PERF);
    assertTrue(perf.get(0).authorization.startsWith("Bearer ey"));
    assertEquals("a,b", perf.get(0).query.get("instanceIds"));
    assertEquals("2024-01-01", perf.get(0).query.get("startDate"));
    assertEquals("2024-03-31", perf.get(0).query.get("endDate"));
    assertEquals("the documented default is not sent", null, perf.get(0).query.get("dateBasis"));
    assertEquals("1,22", perf.get(0).query.get("campaignIds"));
    assertEquals("instagram,tiktok", perf.get(0).query.get("platform"));
    assertEquals(String.join(",", CampaignMetric.apiNames()), perf.get(0).query.get("metrics"));
    assertEquals("impressions", perf.get(0).query.get("sortProperty"));
    assertEquals("ASC", perf.get(0).query.get("sortDirection"));
    assertEquals(null, perf.get(0).query.get("pageSize"));
    assertEquals("25", perf.get(0).query.get("limit"));
    assertEquals(null, perf.get(0).query.get("pageNumber"));
    assertEquals(null, perf.get(0).query.get("nextCursor"));
    assertEquals("3", perf.get(1).query.get("pageNumber"));
    assertEquals("25", perf.get(1).query.get("pageSize"));
    assertEquals(null, perf.get(1).query.get("limit"));
    assertEquals("generation A documents no metrics", null, perf.get(1).query.get("metrics"));
    assertEquals("c/1+=", perf.get(2).query.get("nextCursor"));
    assertEquals("25", perf.get(2).query.get("limit"));
    assertEquals(null, perf.get(2).query.get("pageSize"));
    // A follow-up differs from the first request in nextCursor alone.
    Map<String, String> followUp = new java.util.TreeMap<>(perf.get(2).query);
    followUp.remove("nextCursor");
    assertEquals(new java.util.TreeMap<>(perf.get(0).query), followUp);
  }

  @Test
  public void givenSequentialRequests_thenOneConnectionIsReused() {
    for (int i = 0; i < 20; i++) {
      client.instances(PageRequest.first(10));
    }
    Set<Integer> ports = new HashSet<>();
    for (StubServer.Request r : stub.requests()) {
      ports.add(r.remotePort);
    }
    assertEquals(21, stub.requests().size());
    assertEquals(1, ports.size());
  }

  @Test
  public void
      givenThirtyTwoConcurrentRequests_thenAllAreInFlightTogetherAndTheirConnectionsAreKept()
          throws Exception {
    client.instances(PageRequest.first(10)); // the token first
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(32);
    try {
      for (int round = 0; round < 2; round++) {
        stub.barrier("/v2/instances", 32);
        List<java.util.concurrent.Future<InstancesPage>> results = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
          results.add(pool.submit(() -> client.instances(PageRequest.first(10))));
        }
        for (java.util.concurrent.Future<InstancesPage> f : results) {
          f.get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(List.of(), observer.retries());
    Set<Integer> ports = new HashSet<>();
    for (StubServer.Request r : stub.requests("/v2/instances")) {
      ports.add(r.remotePort);
    }
    assertEquals(65, stub.requests("/v2/instances").size());
    assertEquals("32 pooled connections, reused by the second round", 32, ports.size());
  }

  @Test
  public void givenDebugLogging_thenEveryRequestIsLoggedWithoutSecretOrJwt() throws Exception {
    java.io.PrintStream original = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    String jwt = StubServer.jwt(now / 1000 + 3600);
    stub.script(TOKEN, new StubServer.Reply(200, "{\"jwt\":\"" + jwt + "\"}"));
    stub.script(PERF, StubServer.problem(500, "ANL_00500", "Internal Server Error", "boom"));
    System.setErr(new java.io.PrintStream(captured, true, "UTF-8"));
    try {
      client.campaignPerformance(query(), PageRequest.first(10));
    } finally {
      System.setErr(original);
    }
    String log = captured.toString("UTF-8");
    assertThat(
        log,
        containsString("DEBUG io.laterreporting.beam.client.LaterApiClient - POST /oauth/token"));
    assertThat(log, containsString("GET /v2/campaigns/performance [instanceIds=a,b"));
    assertThat(log, containsString("attempt 1 -> HTTP 500"));
    assertThat(log, not(containsString(SECRET)));
    assertThat(log, not(containsString(jwt)));
    assertThat(log, not(containsString(jwt.substring(jwt.indexOf('.') + 1, jwt.lastIndexOf('.')))));
  }

  @Test
  public void given504_thenRetriedAsServerError() {
    stub.script(PERF, StubServer.problem(504, "GATEWAY_TIMEOUT", "Gateway Timeout", "upstream"));
    assertEquals(0, client.campaignPerformance(query(), PageRequest.first(10)).rows().size());
    assertEquals(List.of(RetryCause.SERVER_ERROR), observer.retries());
    assertEquals(List.of(250L), sleeps);
  }

  @Test
  public void given404OnADataRoute_thenFailsAtOnce() {
    stub.script(
        PERF, StubServer.problem(404, "RESOURCE_NOT_FOUND", "Not Found", "No such campaign."));
    LaterApiException e =
        assertThrows(
            LaterApiException.class,
            () -> client.campaignPerformance(query(), PageRequest.first(10)));
    assertEquals(404, e.status());
    assertEquals("RESOURCE_NOT_FOUND", e.type());
    assertEquals("No such campaign.", e.detail());
    assertEquals(1, stub.requests(PERF).size());
    assertEquals(List.of(), observer.retries());
  }

  @Test
  public void givenRetryAfterAsHttpDate_thenItIsHonouredAndCappedByMaxRetryAfter() {
    String in5s =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.ofInstant(java.time.Instant.ofEpochMilli(now + 5_000), ZoneOffset.UTC));
    String in2h =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.ofInstant(
                java.time.Instant.ofEpochMilli(now + 7_200_000), ZoneOffset.UTC));
    stub.script(
        PERF,
        StubServer.problem(429, "ANL_00429", "Too Many Requests", "slow down")
            .header("Retry-After", in5s),
        StubServer.problem(503, "ANL_00503", "Service Unavailable", "busy")
            .header("Retry-After", in2h));
    client.campaignPerformance(query(), PageRequest.first(10));
    assertEquals(List.of(5_000L, 60_000L), sleeps);
    assertEquals(List.of(5_000L), observer.throttled());
  }

  @Test
  public void givenEmpty403OnTheTokenRoute_thenCredentialsRejected() {
    stub.script(TOKEN, new StubServer.Reply(403, ""));
    CredentialsRejectedException e =
        assertThrows(
            CredentialsRejectedException.class, () -> client.instances(PageRequest.first(10)));
    assertEquals(403, e.status());
    assertNull(e.type());
    assertEquals(
        "Credentials rejected: HTTP 403 with an empty body (client disabled or bound to no instance): "
            + "POST /oauth/token answered HTTP 403 (type=null, title=null, detail=null) for clientId=client-7, "
            + "secret=<inline value>",
        e.getMessage());
  }

  @Test
  public void givenOlderGatewayTokenTypes_thenEachIsACredentialsRejection() {
    String[][] cases = {
      {"INVALID_CLIENT_CREDENTIALS", "wrong client id or secret"},
      {"CLIENT_DISABLED", "the client is disabled"},
      {"NO_ACCESSIBLE_INSTANCES", "the client is bound to no instance"}
    };
    for (String[] c : cases) {
      stub.script(TOKEN, StubServer.problem(401, c[0], "Unauthorized", "no"));
      CredentialsRejectedException e =
          assertThrows(
              CredentialsRejectedException.class, () -> client.instances(PageRequest.first(10)));
      assertEquals(c[0], e.type());
      assertThat(
          e.getMessage(),
          containsString(
              "Credentials rejected: " + c[1] + ": POST /oauth/token answered HTTP 401"));
    }
  }

  @Test
  public void givenServerEchoingTheSecret_thenMessagesRedactIt() {
    stub.script(
        TOKEN,
        StubServer.problem(
            400, "ANL_00400", "Bad Request", "clientSecret " + SECRET + " is malformed"));
    LaterApiException e =
        assertThrows(LaterApiException.class, () -> client.instances(PageRequest.first(10)));
    assertEquals("clientSecret *** is malformed", e.detail());
    assertThat(e.getMessage(), not(containsString(SECRET)));
  }

  @Test
  public void givenTokenRoute500_thenRetriedThenMinted() {
    stub.script(TOKEN, StubServer.problem(500, "ANL_00500", "Internal Server Error", "boom"));
    client.instances(PageRequest.first(10));
    assertEquals(2, stub.requests(TOKEN).size());
    assertEquals(1, observer.tokensMinted());
    assertEquals(List.of(RetryCause.SERVER_ERROR), observer.retries());
  }

  @Test
  public void givenHtmlBodyOn200_thenRetriedAsMalformed() {
    stub.script(
        PERF,
        new StubServer.Reply(200, "<html>maintenance</html>").header("Content-Type", "text/html"));
    client.campaignPerformance(query(), PageRequest.first(10));
    assertEquals(List.of(RetryCause.MALFORMED_BODY), observer.retries());
  }

  @Test
  public void givenRateLimitHeaders_thenTheSharedLimiterLearnsTheBudget() {
    stub.script(
        "/v2/instances",
        new StubServer.Reply(200, "{\"data\":{\"instanceIds\":[]},\"nextCursor\":null}")
            .header("X-Ratelimit-Limit", "300")
            .header("X-Ratelimit-Window", "60"));
    client.instances(PageRequest.first(10));
    RateLimiter limiter = runtime.limiters.forBaseUrl(stub.baseUrl());
    assertEquals(300, limiter.limit());
    assertEquals(60_000, limiter.windowMillis());
  }

  @Test
  public void givenConnectionRefused_thenRetriedThenBudgetExhaustedNamingTheCause()
      throws Exception {
    String dead;
    try (StubServer other = new StubServer()) {
      dead = other.baseUrl();
    }
    LaterApiClient c =
        LaterApiClient.create(
            ApiClientConfig.of(dead, "client-7", SecretSources.ofValue(SECRET))
                .withRetryPolicy(RetryPolicy.defaults().withMaxAttempts(2)),
            observer,
            runtime);
    RetryBudgetExhaustedException e =
        assertThrows(RetryBudgetExhaustedException.class, () -> c.instances(PageRequest.first(10)));
    assertEquals(ApiRoute.TOKEN, e.route());
    assertEquals(2, e.attempts());
    assertThat(e.lastAnswer(), containsString("connection: HttpHostConnectException"));
    assertEquals(List.of(RetryCause.CONNECTION), observer.retries());
  }
}
