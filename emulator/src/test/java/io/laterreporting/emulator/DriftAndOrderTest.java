package io.laterreporting.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Test;

public class DriftAndOrderTest {
  private static final String QUERY =
      "/v2/campaigns/performance?startDate=2024-01-01&endDate=2024-12-31";
  private static final RowQuery ORACLE_QUERY =
      RowQuery.builder()
          .startDate(LocalDate.of(2024, 1, 1))
          .endDate(LocalDate.of(2024, 12, 31))
          .build();

  @Test
  public void givenDrift_thenTotalsGrowEveryKDataRequestsUpToTheMaximumAndTheOracleFollows() {
    try (ReportingApiEmulator emu = ReportingApiEmulator.builder().seed(5).drift(3, 2).start()) {
      ApiClient client = new ApiClient(emu);
      int initial = emu.dataset().campaignRows(ORACLE_QUERY).size();
      List<Integer> totals = new ArrayList<>();
      for (int i = 0; i < 9; i++) {
        totals.add(
            client.getJson(QUERY + "&pageSize=1").get("pagination").get("totalItems").asInt());
      }
      assertEquals(
          List.of(
              initial,
              initial,
              initial,
              initial + 1,
              initial + 1,
              initial + 1,
              initial + 2,
              initial + 2,
              initial + 2),
          totals);
      List<ExpectedRow> now = emu.dataset().campaignRows(ORACLE_QUERY);
      assertEquals(initial + 2, now.size());
      assertEquals(2, emu.stats().driftInserts());
      JsonNode all = client.getJson(QUERY + "&pageSize=100&pageNumber=1");
      assertEquals(now.size(), all.get("pagination").get("totalItems").asInt());
    }
  }

  @Test
  public void givenStableOrder_thenPagesFollowTheOracleOrderExactly() {
    try (ReportingApiEmulator emu = ReportingApiEmulator.builder().seed(5).start()) {
      List<Long> paged = pageThrough(new ApiClient(emu), 20);
      assertEquals(ExpectedRows.campaignIds(emu.dataset().campaignRows(ORACLE_QUERY)), paged);
    }
  }

  @Test
  public void givenUnstableOrder_thenPagesOverlapAndLeaveGapsWithTheSameTotal() {
    try (ReportingApiEmulator emu =
        ReportingApiEmulator.builder().seed(5).unstableOrder(true).start()) {
      List<ExpectedRow> expected = emu.dataset().campaignRows(ORACLE_QUERY);
      List<Long> paged = pageThrough(new ApiClient(emu), 20);
      assertEquals(expected.size(), paged.size());
      Set<Long> distinct = new HashSet<>(paged);
      assertTrue("some row should come twice", distinct.size() < paged.size());
      Set<Long> missing = new HashSet<>(ExpectedRows.campaignIds(expected));
      missing.removeAll(distinct);
      assertTrue("some row should never come", !missing.isEmpty());
    }
  }

  @Test
  public void givenUnstableOrder_thenASinglePageIsCompleteAndOnlyTiesMove() {
    try (ReportingApiEmulator emu =
        ReportingApiEmulator.builder().seed(5).unstableOrder(true).start()) {
      ApiClient client = new ApiClient(emu);
      List<ExpectedRow> some = emu.dataset().campaignRows(ORACLE_QUERY).subList(0, 50);
      String ids =
          some.stream().map(r -> Long.toString(r.campaignId())).collect(Collectors.joining(","));
      List<Long> first =
          ExpectedRows.campaignIds(
              client.getJson(QUERY + "&pageSize=100&campaignIds=" + ids).get("data"));
      List<Long> second =
          ExpectedRows.campaignIds(
              client.getJson(QUERY + "&pageSize=100&campaignIds=" + ids).get("data"));
      assertEquals(new HashSet<>(ExpectedRows.campaignIds(some)), new HashSet<>(first));
      assertEquals(50, first.size());
      assertNotEquals("ties should be reshuffled between requests", first, second);
      List<String> keys =
          first.stream()
              .map(
                  id ->
                      some.stream()
                          .filter(r -> r.campaignId() == id)
                          .findFirst()
                          .orElseThrow()
                          .lastPostDate()
                          .toString())
              .toList();
      assertEquals(some.stream().map(r -> r.lastPostDate().toString()).toList(), keys);
    }
  }

  private static List<Long> pageThrough(ApiClient client, int pageSize) {
    List<Long> ids = new ArrayList<>();
    int totalPages = 1;
    for (int page = 1; page <= totalPages; page++) {
      JsonNode body = client.getJson(QUERY + "&pageSize=" + pageSize + "&pageNumber=" + page);
      totalPages = body.get("pagination").get("totalPages").asInt();
      ids.addAll(ExpectedRows.campaignIds(body.get("data")));
    }
    return ids;
  }
}
