package io.laterreporting.emulator;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

public class ValidationTest {
  private static final String PERF = "/v2/campaigns/performance?";
  private static final String RANGE = "startDate=2024-01-01&endDate=2024-12-31";
  private static ReportingApiEmulator emu;
  private static ReportingApiEmulator cursorEmu;
  private static ApiClient client;
  private static ApiClient cursorClient;

  @BeforeClass
  public static void start() {
    emu =
        ReportingApiEmulator.builder()
            .seed(3)
            .boundInstances(ReportingApiEmulator.instanceIdsFor(3, 5).subList(0, 4))
            .start();
    cursorEmu = ReportingApiEmulator.builder().seed(3).pagination(Pagination.CURSOR).start();
    client = new ApiClient(emu);
    cursorClient = new ApiClient(cursorEmu);
  }

  @AfterClass
  public static void stop() {
    emu.close();
    cursorEmu.close();
  }

  private static JsonNode problem(ApiClient api, String query, int status, String type) {
    HttpResponse<String> response = api.get(query);
    assertEquals(response.body(), status, response.statusCode());
    assertEquals(
        "application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    JsonNode body = ApiClient.json(response);
    assertEquals(response.body(), type, body.get("type").asText());
    assertFalse(body.has("status"));
    return body;
  }

  private static String detail(String query) {
    return problem(client, query, 400, "ANL_00400").get("detail").asText();
  }

  @Test
  public void givenMissingOrMalformedDates_then400NamingTheParameter() {
    assertThat(detail(PERF + "endDate=2024-01-01"), containsString("startDate is required"));
    assertThat(detail(PERF + "startDate=2024-01-01"), containsString("endDate is required"));
    assertThat(
        detail(PERF + "startDate=2024-1-01&endDate=2024-02-01"),
        containsString("startDate must be a date"));
    assertThat(
        detail(PERF + "startDate=2024-01-01&endDate=2024-02-30"),
        containsString("endDate must be a date"));
    assertThat(
        detail(PERF + "startDate=2024-01-01T00:00:00Z&endDate=2024-02-01"),
        containsString("startDate"));
  }

  @Test
  public void givenSpanRule_thenExactlyTwoYearsIsTheLimit() {
    assertEquals(200, client.get(PERF + "startDate=2024-02-29&endDate=2026-02-28").statusCode());
    assertEquals(200, client.get(PERF + "startDate=2023-03-15&endDate=2025-03-15").statusCode());
    assertThat(
        detail(PERF + "startDate=2023-03-15&endDate=2025-03-16"), containsString("two years"));
    assertThat(
        detail(PERF + "startDate=2024-03-02&endDate=2024-03-01"),
        containsString("must not be before"));
    assertEquals(200, client.get(PERF + "startDate=2024-03-01&endDate=2024-03-01").statusCode());
  }

  @Test
  public void givenDateBasisInBothSpellings_thenAcceptedAndOthersRejected() {
    for (String basis : List.of("performance_date", "performanceDate", "post_date", "postDate")) {
      assertEquals(basis, 200, client.get(PERF + RANGE + "&dateBasis=" + basis).statusCode());
    }
    assertThat(detail(PERF + RANGE + "&dateBasis=publish_date"), containsString("dateBasis"));
  }

  @Test
  public void givenCampaignIds_thenNumericAndAtMostFifty() {
    String fifty =
        IntStream.rangeClosed(1, 50).mapToObj(Integer::toString).collect(Collectors.joining(","));
    assertEquals(200, client.get(PERF + RANGE + "&campaignIds=" + fifty).statusCode());
    assertEquals(
        "Maximum of 50 campaignIds allowed.",
        detail(PERF + RANGE + "&campaignIds=" + fifty + ",51"));
    assertEquals(
        "Maximum of 50 campaignIds allowed.",
        detail(PERF + RANGE + "&campaignIds=" + fifty + "&campaignIds[]=51"));
    assertThat(detail(PERF + RANGE + "&campaignIds=12,abc"), containsString("'abc'"));
    assertThat(detail(PERF + RANGE + "&campaignIds=12,,13"), containsString("empty value"));
  }

  @Test
  public void givenPlatformAndContentType_then400() {
    assertThat(
        detail(PERF + RANGE + "&platform=instagram&contentType=tiktok"),
        containsString("mutually exclusive"));
    assertThat(detail(PERF + RANGE + "&platform=myspace"), containsString("instagram"));
    assertThat(detail(PERF + RANGE + "&contentType=vine"), containsString("instagram_reel"));
  }

  @Test
  public void givenSortProperty_thenUnsupportedIs400WithAnl00422() {
    assertEquals(
        200, client.get(PERF + RANGE + "&sortProperty=paidCpm&sortDirection=ASC").statusCode());
    assertEquals(
        200,
        client.get(PERF + RANGE + "&sortProperty=firstPostDate&sortDirection=desc").statusCode());
    JsonNode body = problem(client, PERF + RANGE + "&sortProperty=likes", 400, "ANL_00422");
    assertThat(body.get("detail").asText(), containsString("engagementRate"));
    assertThat(detail(PERF + RANGE + "&sortDirection=UP"), containsString("ASC or DESC"));
  }

  @Test
  public void givenPageParameters_thenRangesEnforced() {
    assertEquals(200, client.get(PERF + RANGE + "&pageNumber=500&pageSize=100").statusCode());
    assertThat(detail(PERF + RANGE + "&pageNumber=501"), containsString("pageNumber"));
    assertThat(detail(PERF + RANGE + "&pageNumber=0"), containsString("pageNumber"));
    assertThat(detail(PERF + RANGE + "&pageSize=101"), containsString("pageSize"));
    assertThat(detail(PERF + RANGE + "&pageSize=x"), containsString("pageSize"));
    assertThat(detail(PERF + RANGE + "&pageNumber=1&pageNumber=2"), containsString("only once"));
  }

  @Test
  public void givenCursorGeneration_thenLimitAndMetricsValidated() {
    String metrics = "&metrics=impressions,cpm";
    assertEquals(200, cursorClient.get(PERF + RANGE + metrics + "&limit=100").statusCode());
    assertThat(
        problem(cursorClient, PERF + RANGE + metrics + "&limit=0", 400, "ANL_00400")
            .get("detail")
            .asText(),
        containsString("limit"));
    assertThat(
        problem(cursorClient, PERF + RANGE, 400, "ANL_00400").get("detail").asText(),
        containsString("metrics is required"));
    String unknown =
        problem(cursorClient, PERF + RANGE + "&metrics=impressions,bogus", 400, "ANL_00400")
            .get("detail")
            .asText();
    assertThat(unknown, containsString("bogus"));
    assertThat(unknown, containsString("affiliateLinksRoi"));
  }

  @Test
  public void givenCrosspostedMetricWithANonCrosspostingFilter_then400ListingValidNames() {
    assertEquals(200, cursorClient.get(PERF + RANGE + "&metrics=crosspostedViews").statusCode());
    assertEquals(
        200,
        cursorClient
            .get(PERF + RANGE + "&metrics=crosspostedViews&platform=facebook")
            .statusCode());
    assertEquals(
        200,
        cursorClient
            .get(PERF + RANGE + "&metrics=crosspostedViews&contentType=instagram_reel")
            .statusCode());
    String detail =
        problem(
                cursorClient,
                PERF + RANGE + "&metrics=crosspostedViews,likes&platform=tiktok",
                400,
                "ANL_00400")
            .get("detail")
            .asText();
    assertThat(detail, containsString("unavailable metrics for these filters: crosspostedViews."));
    assertThat(detail, containsString("Valid metrics: likes, comments"));
    assertFalse(detail.substring(detail.indexOf("Valid")).contains("crossposted"));
  }

  @Test
  public void givenUnboundInstance_then403AndLegacyGatewayReturnsEmptyData() {
    String unbound = emu.dataset().instanceIds().get(4);
    assertThat(
        problem(client, PERF + RANGE + "&instanceIds=" + unbound, 403, "ANL_00403")
            .get("detail")
            .asText(),
        containsString(unbound));
    problem(client, "/v2/campaigns?instanceIds=" + unbound, 403, "ANL_00403");
    try (ReportingApiEmulator legacy =
        ReportingApiEmulator.builder()
            .seed(3)
            .legacyErrors(true)
            .boundInstances(emu.dataset().boundInstanceIds())
            .start()) {
      ApiClient legacyClient = new ApiClient(legacy);
      JsonNode page = legacyClient.getJson(PERF + RANGE + "&instanceIds=" + unbound);
      assertEquals(0, page.get("data").size());
      assertEquals(0, page.get("pagination").get("totalItems").asInt());
      assertEquals(
          "INVALID_SORT_PROPERTY",
          ApiClient.json(legacyClient.get(PERF + RANGE + "&sortProperty=x")).get("type").asText());
      assertEquals(
          "VALIDATION_ERROR",
          ApiClient.json(legacyClient.get(PERF + "startDate=x")).get("type").asText());
      assertEquals(
          "RESOURCE_NOT_FOUND",
          ApiClient.json(legacyClient.get("/v2/nothing")).get("type").asText());
    }
  }

  @Test
  public void givenUnknownRouteOrMethod_then404() {
    problem(client, "/v2/networks/performance?" + RANGE, 404, "ANL_00404");
    problem(client, "/oauth/token", 404, "ANL_00404");
    problem(client, "/", 404, "ANL_00404");
  }

  @Test
  public void givenUnknownQueryParameters_thenIgnored() {
    JsonNode withExtra = client.getJson(PERF + RANGE + "&colour=blue&limit=3");
    JsonNode without = client.getJson(PERF + RANGE);
    assertEquals(without, withExtra);
  }
}
