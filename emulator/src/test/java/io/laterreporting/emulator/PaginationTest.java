package io.laterreporting.emulator;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.Test;

public class PaginationTest {
  private static final String QUERY =
      "/v2/campaigns/performance?startDate=2024-01-01&endDate=2024-12-31";
  private static final RowQuery ORACLE_QUERY =
      RowQuery.builder()
          .startDate(LocalDate.of(2024, 1, 1))
          .endDate(LocalDate.of(2024, 12, 31))
          .build();

  private static ReportingApiEmulator.Builder emulator(Pagination pagination) {
    return ReportingApiEmulator.builder()
        .seed(7)
        .instances(5)
        .campaignsPerInstance(40)
        .pagination(pagination);
  }

  @Test
  public void givenPageNumbers_thenAllPagesTogetherAreTheOracleRowsInOrder() {
    try (ReportingApiEmulator emu = emulator(Pagination.PAGE_NUMBER).start()) {
      ApiClient client = new ApiClient(emu);
      List<ExpectedRow> expected = emu.dataset().campaignRows(ORACLE_QUERY);
      assertTrue("needs several pages", expected.size() > 60);
      int pageSize = 17;
      int totalPages = (expected.size() + pageSize - 1) / pageSize;
      List<JsonNode> rows = new ArrayList<>();
      for (int page = 1; page <= totalPages; page++) {
        JsonNode body = client.getJson(QUERY + "&pageSize=" + pageSize + "&pageNumber=" + page);
        JsonNode pagination = body.get("pagination");
        assertEquals(page, pagination.get("page").asInt());
        assertEquals(pageSize, pagination.get("pageSize").asInt());
        assertEquals(totalPages, pagination.get("totalPages").asInt());
        assertEquals(expected.size(), pagination.get("totalItems").asInt());
        assertEquals(
            page < totalPages ? pageSize : expected.size() - (totalPages - 1) * pageSize,
            body.get("data").size());
        body.get("data").forEach(rows::add);
      }
      assertEquals(expected.size(), rows.size());
      for (int i = 0; i < rows.size(); i++) {
        ExpectedRows.assertRowEquals(
            expected.get(i), rows.get(i), RowLayout.NESTED, MetricCatalog.names());
      }
      JsonNode beyond =
          client.getJson(QUERY + "&pageSize=" + pageSize + "&pageNumber=" + (totalPages + 1));
      assertEquals(0, beyond.get("data").size());
      assertEquals(totalPages, beyond.get("pagination").get("totalPages").asInt());
    }
  }

  @Test
  public void givenNoMatchingRows_thenZeroTotalPages() {
    try (ReportingApiEmulator emu = emulator(Pagination.PAGE_NUMBER).start()) {
      JsonNode body = new ApiClient(emu).getJson(QUERY + "&campaignIds=1");
      assertEquals(0, body.get("data").size());
      assertEquals(
          "{\"page\":1,\"pageSize\":50,\"totalPages\":0,\"totalItems\":0}",
          body.get("pagination").toString());
    }
  }

  @Test
  public void givenCursors_thenWalkingToNullCursorYieldsTheOracleRowsWithRequestedMetricsOnly() {
    try (ReportingApiEmulator emu = emulator(Pagination.CURSOR).start()) {
      ApiClient client = new ApiClient(emu);
      List<ExpectedRow> expected = emu.dataset().campaignRows(ORACLE_QUERY);
      String query = QUERY + "&metrics=cpm,impressions,paidReach&limit=23";
      List<JsonNode> rows = new ArrayList<>();
      String cursor = null;
      int pages = 0;
      do {
        JsonNode body =
            client.getJson(
                query
                    + (cursor == null
                        ? ""
                        : "&nextCursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
        assertEquals(List.of("data", "nextCursor"), ExpectedRows.fieldNames(body));
        body.get("data").forEach(rows::add);
        cursor = body.get("nextCursor").isNull() ? null : body.get("nextCursor").asText();
        pages++;
      } while (cursor != null);
      assertEquals((expected.size() + 22) / 23, pages);
      assertEquals(expected.size(), rows.size());
      for (int i = 0; i < rows.size(); i++) {
        ExpectedRows.assertRowEquals(
            expected.get(i),
            rows.get(i),
            RowLayout.NESTED,
            List.of("impressions", "cpm", "paidReach"));
      }
    }
  }

  @Test
  public void givenCursorReusedWithOtherParameters_then400() {
    try (ReportingApiEmulator emu = emulator(Pagination.CURSOR).start()) {
      ApiClient client = new ApiClient(emu);
      String query = QUERY + "&metrics=impressions&limit=10";
      String cursor = client.getJson(query).get("nextCursor").asText();
      assertNotNull(cursor);
      String encoded = URLEncoder.encode(cursor, StandardCharsets.UTF_8);
      assertEquals(200, client.get(query + "&nextCursor=" + encoded).statusCode());
      // the same query in another array encoding and parameter order is still the same query
      assertEquals(
          200,
          client
              .get(
                  "/v2/campaigns/performance?limit=10&metrics[]=impressions"
                      + "&endDate=2024-12-31&startDate=2024-01-01&nextCursor="
                      + encoded)
              .statusCode());
      for (String changed :
          List.of(
              QUERY + "&metrics=impressions&limit=11",
              QUERY + "&metrics=impressions,cpm&limit=10",
              QUERY + "&metrics=impressions&limit=10&platform=tiktok",
              "/v2/campaigns/performance?startDate=2024-01-02&endDate=2024-12-31&metrics=impressions&limit=10")) {
        HttpResponse<String> response = client.get(changed + "&nextCursor=" + encoded);
        assertEquals(changed, 400, response.statusCode());
        assertThat(
            ApiClient.json(response).get("detail").asText(), containsString("different query"));
      }
      HttpResponse<String> garbage = client.get(query + "&nextCursor=bm90LWEtY3Vyc29y");
      assertEquals(400, garbage.statusCode());
    }
  }

  @Test
  public void givenInstancesRoute_thenDataIsAnObjectInBothGenerations() {
    try (ReportingApiEmulator emu = emulator(Pagination.PAGE_NUMBER).start()) {
      JsonNode page = new ApiClient(emu).getJson("/v2/instances?pageSize=2&pageNumber=3");
      assertEquals(
          List.of(emu.dataset().instanceIds().get(4)), texts(page.get("data").get("instanceIds")));
      assertEquals(3, page.get("pagination").get("totalPages").asInt());
    }
    try (ReportingApiEmulator emu = emulator(Pagination.CURSOR).start()) {
      ApiClient client = new ApiClient(emu);
      JsonNode first = client.getJson("/v2/instances?limit=3");
      JsonNode second =
          client.getJson("/v2/instances?limit=3&nextCursor=" + first.get("nextCursor").asText());
      List<String> all = new ArrayList<>(texts(first.get("data").get("instanceIds")));
      all.addAll(texts(second.get("data").get("instanceIds")));
      assertEquals(emu.dataset().boundInstanceIds(), all);
      assertTrue(second.get("nextCursor").isNull());
    }
  }

  @Test
  public void givenCampaignsRoute_thenRosterMatchesTheOracle() {
    try (ReportingApiEmulator emu =
        emulator(Pagination.PAGE_NUMBER).layout(RowLayout.FLAT_LEGACY).start()) {
      ApiClient client = new ApiClient(emu);
      String instance =
          emu.dataset().instanceIds().stream()
              .filter(
                  id ->
                      emu.dataset().campaignCounts().get(id) > 3
                          && emu.dataset().campaignCounts().get(id) <= 100)
              .findFirst()
              .orElseThrow();
      List<RosterEntry> expected = emu.dataset().roster(List.of(instance));
      JsonNode body = client.getJson("/v2/campaigns?pageSize=100&instanceIds=" + instance);
      assertEquals(expected.size(), body.get("pagination").get("totalItems").asInt());
      Map<Long, JsonNode> byId = new java.util.HashMap<>();
      body.get("data").forEach(row -> byId.put(row.get("campaignId").asLong(), row));
      for (RosterEntry entry : expected) {
        JsonNode row = byId.get(entry.campaignId());
        assertEquals(entry.campaignName(), row.get("campaignTitle").asText());
        assertEquals(instance, row.get("instanceId").asText());
        assertEquals(entry.status(), row.get("status").asText());
        assertEquals(RowRenderer.timestamp(entry.lastPostDate()), row.get("lastPostDate").asText());
        assertEquals(RowRenderer.timestamp(entry.startDate()), row.get("startDate").asText());
      }
      JsonNode all = client.getJson("/v2/campaigns?pageSize=100&pageNumber=1");
      assertEquals(
          emu.dataset().roster(List.of()).size(), all.get("pagination").get("totalItems").asInt());
    }
  }

  @Test
  public void givenBothGenerations_thenSameRowsForTheSameQuery() {
    try (ReportingApiEmulator a = emulator(Pagination.PAGE_NUMBER).start();
        ReportingApiEmulator b = emulator(Pagination.CURSOR).start()) {
      Function<JsonNode, List<Long>> ids = body -> ExpectedRows.campaignIds(body.get("data"));
      List<Long> fromA =
          ids.apply(
              new ApiClient(a)
                  .getJson(
                      QUERY
                          + "&pageSize=100&campaignIds="
                          + a.dataset().campaignRows(ORACLE_QUERY).stream()
                              .limit(30)
                              .map(r -> Long.toString(r.campaignId()))
                              .collect(Collectors.joining(","))));
      List<Long> fromB =
          ids.apply(
              new ApiClient(b)
                  .getJson(
                      QUERY
                          + "&limit=100&metrics=likes&campaignIds="
                          + fromA.stream().map(Object::toString).collect(Collectors.joining(","))));
      assertEquals(30, fromA.size());
      assertEquals(fromA, fromB);
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
