package io.laterreporting.emulator;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Test;

/**
 * The knobs that play gateways this project did not write: strictness, cursor binding, envelopes,
 * churn.
 */
public class GatewayBehaviourTest {
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

  private static void assertRejects(ApiClient client, String query, String parameter) {
    HttpResponse<String> answer = client.get(query);
    assertEquals(query, 400, answer.statusCode());
    assertThat(answer.body(), containsString("'" + parameter + "'"));
  }

  @Test
  public void givenStrictPageNumbers_thenUnknownParametersAre400NamingThem() {
    try (ReportingApiEmulator emu =
        emulator(Pagination.PAGE_NUMBER).strictParameters(true).start()) {
      ApiClient client = new ApiClient(emu);
      assertRejects(client, "/v2/instances?limit=100", "limit");
      assertRejects(client, "/v2/instances?pageSize=100&limit=100", "limit");
      assertRejects(client, QUERY + "&metrics=impressions", "metrics");
      assertRejects(client, "/v2/campaigns?dateBasis=post_date", "dateBasis");
      assertEquals(200, client.get("/v2/instances?pageNumber=1&pageSize=100").statusCode());
      assertEquals(200, client.get(QUERY + "&pageSize=10&dateBasis=post_date").statusCode());
      assertEquals(
          200,
          client
              .get(
                  "/v2/campaigns?instanceIds[]="
                      + emu.dataset().instanceIds().get(0)
                      + "&pageNumber=2")
              .statusCode());
    }
  }

  @Test
  public void givenStrictCursors_thenPageNumberParametersAre400NamingThem() {
    try (ReportingApiEmulator emu = emulator(Pagination.CURSOR).strictParameters(true).start()) {
      ApiClient client = new ApiClient(emu);
      assertRejects(client, "/v2/instances?pageSize=100", "pageSize");
      assertRejects(client, QUERY + "&metrics=impressions&pageNumber=1", "pageNumber");
      assertEquals(200, client.get(QUERY + "&metrics=impressions&limit=10").statusCode());
    }
  }

  @Test
  public void givenLenientGateway_thenUnknownParametersAreIgnored() {
    try (ReportingApiEmulator emu = emulator(Pagination.CURSOR).start()) {
      assertEquals(200, new ApiClient(emu).get("/v2/instances?pageSize=100&foo=1").statusCode());
    }
  }

  @Test
  public void
      givenCursorBoundToAllParameters_thenAFollowUpThatDropsOneIs400AndAnExactRepeatIsNot() {
    String first = QUERY + "&metrics=impressions&limit=10&pageSize=10";
    try (ReportingApiEmulator emu =
        emulator(Pagination.CURSOR).cursorBoundToAllParameters(true).start()) {
      ApiClient client = new ApiClient(emu);
      String cursor = client.getJson(first).get("nextCursor").asText();
      HttpResponse<String> dropped =
          client.get(QUERY + "&metrics=impressions&limit=10&nextCursor=" + cursor);
      assertEquals(400, dropped.statusCode());
      assertThat(dropped.body(), containsString("different query"));
      assertEquals(10, client.getJson(first + "&nextCursor=" + cursor).get("data").size());
    }
    try (ReportingApiEmulator emu = emulator(Pagination.CURSOR).start()) {
      ApiClient client = new ApiClient(emu);
      String cursor = client.getJson(first).get("nextCursor").asText();
      assertEquals(
          200,
          client.get(QUERY + "&metrics=impressions&limit=10&nextCursor=" + cursor).statusCode());
    }
  }

  @Test
  public void givenNoPageTotals_thenThePaginationObjectHasOnlyPageAndPageSize() {
    try (ReportingApiEmulator emu = emulator(Pagination.PAGE_NUMBER).pageTotals(false).start()) {
      JsonNode body = new ApiClient(emu).getJson(QUERY + "&pageSize=10&pageNumber=2");
      assertEquals("{\"page\":2,\"pageSize\":10}", body.get("pagination").toString());
      assertEquals(10, body.get("data").size());
    }
  }

  @Test
  public void givenPageOmitted_thenThePaginationObjectHasNoPage() {
    try (ReportingApiEmulator emu =
        emulator(Pagination.PAGE_NUMBER).pageNumberQuirk(PageNumberQuirk.PAGE_OMITTED).start()) {
      JsonNode pagination =
          new ApiClient(emu).getJson(QUERY + "&pageSize=10&pageNumber=2").get("pagination");
      assertFalse(pagination.has("page"));
      assertTrue(pagination.has("totalPages"));
    }
  }

  @Test
  public void givenStuckPageNumber_thenEveryPageIsTheFirst() {
    try (ReportingApiEmulator emu =
        emulator(Pagination.PAGE_NUMBER)
            .pageNumberQuirk(PageNumberQuirk.STUCK_ON_FIRST_PAGE)
            .start()) {
      ApiClient client = new ApiClient(emu);
      JsonNode first = client.getJson(QUERY + "&pageSize=10&pageNumber=1");
      JsonNode second = client.getJson(QUERY + "&pageSize=10&pageNumber=2");
      assertEquals(first, second);
      assertEquals(1, second.get("pagination").get("page").asInt());
    }
  }

  @Test
  public void givenRepeatingCursor_thenTheSecondPageHandsBackTheCursorItGot() {
    try (ReportingApiEmulator emu = emulator(Pagination.CURSOR).repeatingCursor(true).start()) {
      ApiClient client = new ApiClient(emu);
      String q = QUERY + "&metrics=impressions&limit=10";
      String cursor = client.getJson(q).get("nextCursor").asText();
      assertEquals(cursor, client.getJson(q + "&nextCursor=" + cursor).get("nextCursor").asText());
    }
  }

  @Test
  public void givenMembershipChurn_thenCampaignsAreReplacedAndTotalsStay() {
    try (ReportingApiEmulator emu =
        emulator(Pagination.PAGE_NUMBER).membershipChurn(1, 3).start()) {
      ApiClient client = new ApiClient(emu);
      List<ExpectedRow> before = emu.dataset().campaignRows(ORACLE_QUERY);
      int rosterBefore = emu.dataset().roster(List.of()).size();
      for (int i = 0; i < 4; i++) {
        assertEquals(
            before.size(),
            client.getJson(QUERY + "&pageSize=10").get("pagination").get("totalItems").asInt());
      }
      List<Long> deleted = emu.dataset().deletedCampaignIds();
      List<Long> created = emu.dataset().recreatedCampaignIds();
      assertEquals(3, deleted.size());
      assertEquals(3, created.size());
      Set<Long> roster =
          emu.dataset().roster(List.of()).stream()
              .map(RosterEntry::campaignId)
              .collect(Collectors.toSet());
      assertEquals(rosterBefore, roster.size());
      assertTrue(roster.containsAll(created));
      assertTrue(deleted.stream().noneMatch(roster::contains));
    }
  }

  @Test
  public void givenArchivedCampaigns_thenTheyHaveRowsButAreNotOnTheRoster() {
    try (ReportingApiEmulator emu =
        emulator(Pagination.PAGE_NUMBER).archivedCampaigns(0.2).start()) {
      Set<Long> withRows =
          emu.dataset().campaignRows(ORACLE_QUERY).stream()
              .map(ExpectedRow::campaignId)
              .collect(Collectors.toSet());
      Set<Long> archivedWithRows = new HashSet<>();
      withRows.forEach(
          id -> {
            if (emu.dataset().archived(id)) {
              archivedWithRows.add(id);
            }
          });
      assertFalse("the test needs archived campaigns with rows", archivedWithRows.isEmpty());
      JsonNode roster = new ApiClient(emu).getJson("/v2/campaigns?pageSize=100&pageNumber=1");
      Set<Long> listed = new HashSet<>();
      roster.get("data").forEach(c -> listed.add(c.get("campaignId").asLong()));
      archivedWithRows.forEach(id -> assertFalse(listed.contains(id)));
      assertNotEquals(0, listed.size());
    }
  }

  @Test
  public void givenTheNewOptions_thenTheCommandLineSetsThem() throws Exception {
    ReportingApiEmulator.Builder builder =
        CommandLineOptions.parse(
            List.of(
                "--port",
                "0",
                "--pagination",
                "cursor",
                "--strict-parameters",
                "--cursor-bound-to-all",
                "--repeating-cursor",
                "--churn-every",
                "2",
                "--churn-max",
                "1",
                "--archived-share",
                "0.5"));
    try (ReportingApiEmulator emu = builder.start()) {
      ApiClient client = new ApiClient(emu);
      assertRejects(client, "/v2/instances?pageSize=1", "pageSize");
    }
    try (ReportingApiEmulator emu =
        CommandLineOptions.parse(
                List.of("--port", "0", "--no-page-totals", "--page-number-quirk", "page-omitted"))
            .start()) {
      assertEquals(
          "{\"pageSize\":50}",
          new ApiClient(emu).getJson("/v2/instances").get("pagination").toString());
    }
  }
}
