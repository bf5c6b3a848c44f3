package io.laterreporting.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/** Faults, unstable order and drift on the posts, creators and instance routes. */
public class ReportFaultsAndOrderTest {
  private static final String RANGE = "startDate=2024-01-01&endDate=2024-03-31";
  private static final RowQuery QUERY =
      RowQuery.builder()
          .startDate(LocalDate.of(2024, 1, 1))
          .endDate(LocalDate.of(2024, 3, 31))
          .build();

  /**
   * Retries transient failures (5xx, 429, cut connections, bodies that do not parse), as a reader
   * must.
   */
  private static JsonNode getRetrying(ApiClient client, String pathAndQuery) {
    for (int attempt = 1; attempt <= 10; attempt++) {
      try {
        HttpResponse<String> response = client.get(pathAndQuery);
        if (response.statusCode() == 200) {
          return ApiClient.MAPPER.readTree(response.body());
        }
        assertTrue(
            pathAndQuery + " -> " + response.body(),
            response.statusCode() == 429 || response.statusCode() >= 500);
      } catch (UncheckedIOException | JsonProcessingException e) {
        // a cut connection or a truncated body: retry
      }
    }
    throw new AssertionError("no answer after 10 attempts: " + pathAndQuery);
  }

  @Test
  public void givenFaultsOfEveryKind_thenRetriedReadsOfEveryRouteEqualTheOracle() {
    for (Pagination generation : Pagination.values()) {
      try (ReportingApiEmulator emu =
          ReportingApiEmulator.builder()
              .seed(21)
              .instances(3)
              .campaignsPerInstance(12)
              .pagination(generation)
              .faults(FaultPlan.of(0.3, 21).withSlowDelay(Duration.ofMillis(20)))
              .start()) {
        ApiClient client = new ApiClient(emu);
        String metrics = generation == Pagination.CURSOR ? "&metrics=reach,impressions" : "";
        List<String> names =
            generation == Pagination.CURSOR ? List.of("impressions", "reach") : null;

        List<ExpectedPost> posts = emu.dataset().postRows(QUERY);
        List<JsonNode> postRows =
            PageWalker.readAll(
                    path -> getRetrying(client, path),
                    generation,
                    "/v2/posts/performance?" + RANGE + metrics,
                    40)
                .rows();
        assertEquals(posts.size(), postRows.size());
        for (int i = 0; i < posts.size(); i++) {
          ReportRowsAssert.assertPostEquals(
              posts.get(i),
              postRows.get(i),
              RowLayout.NESTED,
              names == null ? ReportDescriptor.POSTS.metrics() : names);
        }
        List<ExpectedCreator> creators = emu.dataset().creatorRows(QUERY);
        List<JsonNode> creatorRows =
            PageWalker.readAll(
                    path -> getRetrying(client, path),
                    generation,
                    "/v2/creators/performance?" + RANGE + metrics,
                    15)
                .rows();
        assertEquals(creators.size(), creatorRows.size());
        for (int i = 0; i < creators.size(); i++) {
          ReportRowsAssert.assertCreatorEquals(
              creators.get(i),
              creatorRows.get(i),
              RowLayout.NESTED,
              names == null ? ReportDescriptor.CREATORS.metrics() : names);
        }
        List<ExpectedBucket> buckets = emu.dataset().instanceSeries(QUERY, SeriesGranularity.WEEK);
        List<JsonNode> bucketRows =
            PageWalker.readAll(
                    path -> getRetrying(client, path),
                    generation,
                    "/v2/instances/performance-over-time?granularity=week&" + RANGE + metrics,
                    2)
                .rows();
        assertEquals(buckets.size(), bucketRows.size());
        for (int i = 0; i < buckets.size(); i++) {
          ReportRowsAssert.assertBucketEquals(
              buckets.get(i),
              bucketRows.get(i),
              RowLayout.NESTED,
              names == null ? ReportDescriptor.INSTANCES_OVER_TIME.metrics() : names);
        }
        JsonNode totals = getRetrying(client, "/v2/instances/performance?" + RANGE + metrics);
        ReportRowsAssert.assertMetrics(
            "totals",
            emu.dataset().instanceTotals(QUERY),
            totals.get("data"),
            RowLayout.NESTED,
            names == null ? ReportDescriptor.INSTANCES.metrics() : names);

        assertTrue(
            "faults were injected: " + emu.stats().faultsInjected(),
            emu.stats().faultsInjected() >= 5);
        long failed = 0;
        for (Route route :
            List.of(
                Route.POST_PERFORMANCE,
                Route.CREATOR_PERFORMANCE,
                Route.INSTANCE_PERFORMANCE,
                Route.INSTANCE_PERFORMANCE_OVER_TIME)) {
          failed += emu.stats().requests(route) - emu.stats().requests(route, 200);
        }
        assertTrue("failed attempts on the report routes: " + failed, failed >= 3);
      }
    }
  }

  @Test
  public void givenFailNextOnANewRoute_thenOnlyThatRouteFails() {
    try (ReportingApiEmulator emu =
        ReportingApiEmulator.builder().seed(21).instances(3).campaignsPerInstance(12).start()) {
      ApiClient client = new ApiClient(emu);
      emu.failNext(Route.INSTANCE_PERFORMANCE, FaultKind.HTTP_503, 2);
      assertEquals(200, client.get("/v2/posts/performance?" + RANGE).statusCode());
      assertEquals(503, client.get("/v2/instances/performance?" + RANGE).statusCode());
      assertEquals(503, client.get("/v2/instances/performance?" + RANGE).statusCode());
      assertEquals(200, client.get("/v2/instances/performance?" + RANGE).statusCode());
      assertEquals(3, emu.stats().requests(Route.INSTANCE_PERFORMANCE));
      assertEquals(1, emu.stats().requests(Route.INSTANCE_PERFORMANCE, 200));
    }
  }

  @Test
  public void givenUnstableOrder_thenPostPagesOverlapAndLeaveGapsWhileOnePageIsExact() {
    for (long seed : new long[] {4, 9, 13}) {
      try (ReportingApiEmulator emu =
          ReportingApiEmulator.builder()
              .seed(seed)
              .instances(3)
              .campaignsPerInstance(12)
              .unstableOrder(true)
              .start()) {
        ApiClient client = new ApiClient(emu);
        List<ExpectedPost> expected = emu.dataset().postRows(QUERY);
        List<JsonNode> paged =
            PageWalker.readAll(client, Pagination.PAGE_NUMBER, "/v2/posts/performance?" + RANGE, 10)
                .rows();
        assertEquals(expected.size(), paged.size());
        Set<Long> distinct = new HashSet<>();
        paged.forEach(row -> distinct.add(row.get("postId").longValue()));
        assertTrue("seed " + seed + ": some post twice", distinct.size() < paged.size());
        JsonNode onePage =
            client.getJson(
                "/v2/posts/performance?"
                    + RANGE
                    + "&pageSize=100&campaignIds="
                    + expected.get(0).campaignId());
        Set<Long> once = new HashSet<>();
        onePage.get("data").forEach(row -> assertTrue(once.add(row.get("postId").longValue())));
        assertEquals(
            expected.stream().filter(p -> p.campaignId() == expected.get(0).campaignId()).count(),
            once.size());
      }
    }
  }

  @Test
  public void givenDrift_thenNewRoutesSeeTheInsertedCampaignAndTheOracleFollows() {
    try (ReportingApiEmulator emu =
        ReportingApiEmulator.builder()
            .seed(21)
            .instances(3)
            .campaignsPerInstance(12)
            .drift(2, 1)
            .start()) {
      ApiClient client = new ApiClient(emu);
      Map<String, Number> before = emu.dataset().instanceTotals(QUERY);
      String totals = "/v2/instances/performance?" + RANGE;
      assertEquals(
          before.get("postsCount"),
          client.getJson(totals).get("data").get("metrics").get("postsCount").longValue());
      client.getJson(totals);
      assertEquals(1, emu.stats().driftInserts());
      Map<String, Number> after = emu.dataset().instanceTotals(QUERY);
      assertTrue((Long) after.get("postsCount") > (Long) before.get("postsCount"));
      ReportRowsAssert.assertMetrics(
          "after drift",
          after,
          client.getJson(totals).get("data"),
          RowLayout.NESTED,
          ReportDescriptor.INSTANCES.metrics());
      assertEquals(emu.dataset().postRows(QUERY).size(), (long) (Long) after.get("postsCount"));
    }
  }
}
