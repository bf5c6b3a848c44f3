package io.laterreporting.emulator;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class InstanceTotalsRouteTest {
  private static final String PATH = "/v2/instances/performance?";
  private static final String RANGE = "startDate=2024-01-01&endDate=2024-06-30";
  private static final RowQuery QUERY =
      RowQuery.builder()
          .startDate(LocalDate.of(2024, 1, 1))
          .endDate(LocalDate.of(2024, 6, 30))
          .build();

  private static ReportingApiEmulator.Builder emulator(Pagination pagination) {
    return ReportingApiEmulator.builder()
        .seed(11)
        .instances(4)
        .campaignsPerInstance(15)
        .pagination(pagination);
  }

  @Test
  public void givenPageNumbers_thenOneObjectWithEveryMetricAndNoPagination() {
    try (ReportingApiEmulator emu = emulator(Pagination.PAGE_NUMBER).start()) {
      JsonNode body = new ApiClient(emu).getJson(PATH + RANGE);
      assertEquals(List.of("data"), ExpectedRows.fieldNames(body));
      assertEquals(List.of("metrics"), ExpectedRows.fieldNames(body.get("data")));
      ReportRowsAssert.assertMetrics(
          "totals",
          emu.dataset().instanceTotals(QUERY),
          body.get("data"),
          RowLayout.NESTED,
          ReportDescriptor.INSTANCES.metrics());
    }
  }

  @Test
  public void givenCursors_thenTheRequestedMetricsAndANullCursor() {
    try (ReportingApiEmulator emu = emulator(Pagination.CURSOR).layout(RowLayout.FLAT).start()) {
      JsonNode body =
          new ApiClient(emu).getJson(PATH + RANGE + "&metrics=paidReach,reach,campaignsCost");
      assertEquals(List.of("data", "nextCursor"), ExpectedRows.fieldNames(body));
      assertTrue(body.get("nextCursor").isNull());
      assertEquals(
          List.of("reach", "campaignsCost", "paidReach"),
          ExpectedRows.fieldNames(body.get("data")));
      ReportRowsAssert.assertMetrics(
          "totals",
          emu.dataset().instanceTotals(QUERY),
          body.get("data"),
          RowLayout.FLAT,
          List.of("reach", "campaignsCost", "paidReach"));
    }
  }

  @Test
  public void givenPagingParameters_then400InBothGenerations() {
    try (ReportingApiEmulator emu = emulator(Pagination.PAGE_NUMBER).start()) {
      for (String paging : List.of("pageNumber=1", "pageSize=10", "limit=10", "nextCursor=abc")) {
        HttpResponse<String> response = new ApiClient(emu).get(PATH + RANGE + "&" + paging);
        assertEquals(paging, 400, response.statusCode());
        assertThat(response.body(), containsString(paging.split("=")[0] + " is not accepted"));
      }
    }
    try (ReportingApiEmulator emu = emulator(Pagination.CURSOR).start()) {
      assertEquals(
          400, new ApiClient(emu).get(PATH + RANGE + "&metrics=reach&limit=5").statusCode());
    }
  }

  @Test
  public void givenCampaignsSharingCreators_thenReachIsDeduplicatedAndCountsAdd() {
    try (ReportingApiEmulator emu = emulator(Pagination.PAGE_NUMBER).start()) {
      Map<String, Number> totals = emu.dataset().instanceTotals(QUERY);
      List<ExpectedRow> campaigns = emu.dataset().campaignRows(QUERY);
      long campaignReach = campaigns.stream().mapToLong(r -> (Long) r.metrics().get("reach")).sum();
      long campaignPosts =
          campaigns.stream().mapToLong(r -> (Long) r.metrics().get("postsCount")).sum();
      assertTrue(
          totals.get("reach") + " < " + campaignReach,
          (Long) totals.get("reach") < campaignReach * 0.9);
      assertEquals(campaignPosts, totals.get("postsCount"));
      assertEquals(emu.dataset().postRows(QUERY).size(), campaignPosts);
    }
  }

  @Test
  public void givenInstanceSubsetsAndAnEmptyWindow_thenTheOracleOfThatScope() {
    try (ReportingApiEmulator emu = emulator(Pagination.PAGE_NUMBER).start()) {
      ApiClient client = new ApiClient(emu);
      List<String> two = emu.dataset().boundInstanceIds().subList(1, 3);
      JsonNode body = client.getJson(PATH + RANGE + "&instanceIds=" + String.join(",", two));
      Map<String, Number> expected =
          emu.dataset()
              .instanceTotals(
                  RowQuery.builder()
                      .startDate(QUERY.startDate())
                      .endDate(QUERY.endDate())
                      .instanceIds(two)
                      .build());
      ReportRowsAssert.assertMetrics(
          "two instances",
          expected,
          body.get("data"),
          RowLayout.NESTED,
          ReportDescriptor.INSTANCES.metrics());
      JsonNode empty = client.getJson(PATH + "startDate=2021-01-01&endDate=2021-03-31");
      JsonNode metrics = empty.get("data").get("metrics");
      assertEquals(0, metrics.get("impressions").longValue());
      assertEquals(0, metrics.get("postsCount").longValue());
      assertTrue(metrics.get("engagementRate").isNull());
      assertTrue(metrics.get("paidImpressions").isNull());
      assertNull(
          emu.dataset()
              .instanceTotals(
                  RowQuery.builder()
                      .startDate(LocalDate.of(2021, 1, 1))
                      .endDate(LocalDate.of(2021, 3, 31))
                      .build())
              .get("cpm"));
    }
  }
}
