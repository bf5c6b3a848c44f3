package io.laterreporting.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

public class FaultTest {
  private static final String INSTANCES = "/v2/instances";

  @Test
  public void givenStatusFaults_thenEachIsObservableOnceAndThenTheRequestSucceeds() {
    try (ReportingApiEmulator emu = ReportingApiEmulator.builder().start()) {
      ApiClient client = new ApiClient(emu);
      client.token();
      emu.failNext(Route.INSTANCES, FaultKind.HTTP_500, 1);
      emu.failNext(Route.INSTANCES, FaultKind.HTTP_502, 1);
      emu.failNext(Route.INSTANCES, FaultKind.HTTP_503, 1);
      emu.failNext(Route.INSTANCES, FaultKind.RATE_LIMITED_WITH_RETRY_AFTER, 1);
      emu.failNext(Route.INSTANCES, FaultKind.RATE_LIMITED_WITHOUT_RETRY_AFTER, 1);
      HttpResponse<String> r500 = client.get(INSTANCES);
      assertEquals(500, r500.statusCode());
      assertEquals("ANL_00500", ApiClient.json(r500).get("type").asText());
      assertEquals(502, client.get(INSTANCES).statusCode());
      assertEquals(503, client.get(INSTANCES).statusCode());
      HttpResponse<String> withRetryAfter = client.get(INSTANCES);
      assertEquals(429, withRetryAfter.statusCode());
      assertEquals("1", withRetryAfter.headers().firstValue("Retry-After").orElse(""));
      HttpResponse<String> withoutRetryAfter = client.get(INSTANCES);
      assertEquals(429, withoutRetryAfter.statusCode());
      assertFalse(withoutRetryAfter.headers().firstValue("Retry-After").isPresent());
      assertEquals(200, client.get(INSTANCES).statusCode());
      assertEquals(5, emu.stats().faultsInjected());
      assertEquals(1, emu.stats().faultsInjected(FaultKind.HTTP_502));
    }
  }

  @Test
  public void givenConnectionClosedMidBody_thenTheClientSeesAnIncompleteBody() {
    try (ReportingApiEmulator emu = ReportingApiEmulator.builder().start()) {
      ApiClient client = new ApiClient(emu);
      client.token();
      emu.failNext(Route.CAMPAIGN_PERFORMANCE, FaultKind.CONNECTION_CLOSED_MID_BODY, 1);
      String query = "/v2/campaigns/performance?startDate=2024-01-01&endDate=2024-06-30";
      assertThrows(UncheckedIOException.class, () -> client.get(query));
      assertEquals(200, client.get(query).statusCode());
      assertEquals(1, emu.stats().faultsInjected(FaultKind.CONNECTION_CLOSED_MID_BODY));
    }
  }

  @Test
  public void givenTruncatedJson_thenA200WhoseBodyDoesNotParse() {
    try (ReportingApiEmulator emu = ReportingApiEmulator.builder().start()) {
      ApiClient client = new ApiClient(emu);
      client.token();
      emu.failNext(Route.CAMPAIGN_PERFORMANCE, FaultKind.TRUNCATED_JSON, 1);
      String query = "/v2/campaigns/performance?startDate=2024-01-01&endDate=2024-06-30";
      HttpResponse<String> truncated = client.get(query);
      assertEquals(200, truncated.statusCode());
      assertEquals(
          Long.toString(truncated.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
          truncated.headers().firstValue("Content-Length").orElse(""));
      assertThrows(
          JsonProcessingException.class, () -> ApiClient.MAPPER.readTree(truncated.body()));
      String full = client.get(query).body();
      assertTrue(full.startsWith(truncated.body().substring(0, truncated.body().length() - 4)));
    }
  }

  @Test
  public void givenSlowFault_thenAClientTimeoutFiresAndTheRetryIsFast() {
    try (ReportingApiEmulator emu =
        ReportingApiEmulator.builder()
            .faults(FaultPlan.none().withSlowDelay(Duration.ofMillis(800)))
            .start()) {
      ApiClient client = new ApiClient(emu);
      String token = client.token();
      emu.failNext(Route.INSTANCES, FaultKind.SLOW, 1);
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(emu.baseUrl() + INSTANCES))
              .header("Authorization", "Bearer " + token)
              .timeout(Duration.ofMillis(150))
              .build();
      UncheckedIOException timeout =
          assertThrows(UncheckedIOException.class, () -> ApiClient.send(request));
      assertTrue(timeout.getCause() instanceof HttpTimeoutException);
      // The slow fault is spent: the same request now answers at once (a generous timeout, so a
      // loaded machine cannot fail it; the point is that it is not delayed by 800 ms again).
      HttpRequest retry =
          HttpRequest.newBuilder(request.uri())
              .header("Authorization", "Bearer " + token)
              .timeout(Duration.ofSeconds(30))
              .build();
      assertEquals(200, ApiClient.send(retry).statusCode());
      assertEquals(1, emu.stats().faultsInjected(FaultKind.SLOW));
    }
  }

  @Test
  public void givenFaultsOnTheTokenRoute_thenTokenRequestsFailToo() {
    try (ReportingApiEmulator emu =
        ReportingApiEmulator.builder()
            .faults(
                FaultPlan.of(1.0, 5)
                    .withKinds(FaultKind.HTTP_503)
                    .includingTokenRoute(true)
                    .withMaxConsecutiveFaults(2))
            .start()) {
      ApiClient client = new ApiClient(emu);
      assertEquals(503, client.requestToken("demo-client", "demo-secret").statusCode());
      assertEquals(503, client.requestToken("demo-client", "demo-secret").statusCode());
      assertEquals(200, client.requestToken("demo-client", "demo-secret").statusCode());
    }
    try (ReportingApiEmulator emu =
        ReportingApiEmulator.builder()
            .faults(FaultPlan.of(1.0, 5).withKinds(FaultKind.HTTP_503))
            .start()) {
      assertEquals(200, new ApiClient(emu).requestToken("demo-client", "demo-secret").statusCode());
    }
  }

  @Test
  public void givenFullFaultRate_thenConsecutiveFaultsAreCapped() {
    try (ReportingApiEmulator emu =
        ReportingApiEmulator.builder()
            .faults(FaultPlan.of(1.0, 9).withKinds(FaultKind.HTTP_500))
            .start()) {
      ApiClient client = new ApiClient(emu);
      client.token();
      List<Integer> statuses = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        statuses.add(client.get(INSTANCES).statusCode());
      }
      assertEquals(List.of(500, 500, 500, 200, 500, 500, 500, 200), statuses);
    }
  }

  @Test
  public void givenSameSeed_thenSameFaultsWhetherRequestsRunConcurrentlyOrNot() throws Exception {
    FaultPlan plan =
        FaultPlan.of(0.4, 42)
            .withKinds(
                FaultKind.HTTP_500,
                FaultKind.HTTP_502,
                FaultKind.HTTP_503,
                FaultKind.RATE_LIMITED_WITHOUT_RETRY_AFTER);
    Map<String, List<Integer>> concurrent = outcomes(plan, true);
    Map<String, List<Integer>> sequential = outcomes(plan, false);
    assertEquals(sequential, concurrent);
    long faults = sequential.values().stream().flatMap(List::stream).filter(s -> s != 200).count();
    assertTrue(
        "a 0.4 rate over 60 attempts should fail some: " + faults, faults > 5 && faults < 45);
    assertTrue(
        !outcomes(
                FaultPlan.of(0.4, 43)
                    .withKinds(
                        FaultKind.HTTP_500,
                        FaultKind.HTTP_502,
                        FaultKind.HTTP_503,
                        FaultKind.RATE_LIMITED_WITHOUT_RETRY_AFTER),
                false)
            .equals(sequential));
  }

  private static Map<String, List<Integer>> outcomes(FaultPlan plan, boolean concurrently)
      throws InterruptedException {
    Map<String, List<Integer>> outcomes = new ConcurrentHashMap<>();
    try (ReportingApiEmulator emu = ReportingApiEmulator.builder().faults(plan).start()) {
      ApiClient client = new ApiClient(emu);
      client.token();
      ExecutorService pool = Executors.newFixedThreadPool(concurrently ? 10 : 1);
      for (int q = 0; q < 10; q++) {
        String query = "/v2/campaigns?pageSize=" + (q + 1);
        pool.submit(
            () -> {
              List<Integer> statuses = new ArrayList<>();
              for (int attempt = 0; attempt < 6; attempt++) {
                statuses.add(client.get(query).statusCode());
              }
              outcomes.put(query, statuses);
            });
      }
      pool.shutdown();
      assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
    }
    return outcomes;
  }
}
