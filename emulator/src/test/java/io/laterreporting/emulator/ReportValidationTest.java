package io.laterreporting.emulator;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** The rules of LATER_API.md section 5b on the posts, creators and instance routes. */
public class ReportValidationTest {
  private static final String RANGE = "startDate=2024-01-01&endDate=2024-03-31";
  private static final List<ReportDescriptor> ROUTES =
      List.of(
          ReportDescriptor.POSTS,
          ReportDescriptor.CREATORS,
          ReportDescriptor.INSTANCES,
          ReportDescriptor.INSTANCES_OVER_TIME);
  private static final List<String> ALL_INSTANCES = ReportingApiEmulator.instanceIdsFor(3, 5);
  private static ReportingApiEmulator pageEmu;
  private static ReportingApiEmulator cursorEmu;
  private static ApiClient pages;
  private static ApiClient cursors;

  @BeforeClass
  public static void start() {
    pageEmu =
        ReportingApiEmulator.builder()
            .seed(3)
            .campaignsPerInstance(10)
            .boundInstances(ALL_INSTANCES.subList(0, 4))
            .start();
    cursorEmu =
        ReportingApiEmulator.builder()
            .seed(3)
            .campaignsPerInstance(10)
            .pagination(Pagination.CURSOR)
            .start();
    pages = new ApiClient(pageEmu);
    cursors = new ApiClient(cursorEmu);
  }

  @AfterClass
  public static void stop() {
    pageEmu.close();
    cursorEmu.close();
  }

  private static String url(ReportDescriptor route, String query) {
    return route.route().path() + "?" + RANGE + query;
  }

  private static String detail(ApiClient api, String pathAndQuery, int status, String type) {
    HttpResponse<String> response = api.get(pathAndQuery);
    assertEquals(pathAndQuery + " " + response.body(), status, response.statusCode());
    assertEquals(
        "application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    JsonNode body = ApiClient.json(response);
    assertEquals(response.body(), type, body.get("type").asText());
    assertFalse(body.has("status"));
    return body.get("detail").asText();
  }

  @Test
  public void givenMetricsOutsideTheRoutesCatalogue_then400ListingTheValidNames() {
    for (ReportDescriptor route : ROUTES) {
      String valid = "Valid metrics: " + String.join(", ", route.metrics()) + ".";
      assertThat(
          detail(cursors, url(route, ""), 400, "ANL_00400"),
          containsString("metrics is required. " + valid));
      String foreign = route == ReportDescriptor.POSTS ? "clicks" : "followersAtPostDate";
      String detail =
          detail(
              cursors,
              url(route, "&metrics=impressions," + foreign + ",engagements"),
              400,
              "ANL_00400");
      assertThat(
          detail,
          containsString("Unknown or unavailable metrics for these filters: " + foreign + "."));
      assertThat(detail, containsString(valid));
    }
    assertThat(
        detail(
            cursors,
            url(ReportDescriptor.POSTS, "&platform=tiktok&metrics=crosspostedViews"),
            400,
            "ANL_00400"),
        containsString("crosspostedViews"));
    assertEquals(
        200,
        cursors
            .get(url(ReportDescriptor.POSTS, "&platform=instagram&metrics=crosspostedViews"))
            .statusCode());
  }

  @Test
  public void givenGranularityOffTheTimeSeriesRoute_then400NamingIt() {
    for (ReportDescriptor route :
        List.of(
            ReportDescriptor.CAMPAIGNS,
            ReportDescriptor.POSTS,
            ReportDescriptor.CREATORS,
            ReportDescriptor.INSTANCES)) {
      assertThat(
          detail(pages, url(route, "&granularity=month"), 400, "ANL_00400"),
          containsString("granularity is not accepted on " + route.route().path()));
    }
    assertThat(
        detail(
            pages,
            url(ReportDescriptor.INSTANCES_OVER_TIME, "&granularity=hour"),
            400,
            "ANL_00400"),
        containsString("granularity must be day, week, month, quarter or year, got 'hour'"));
    JsonNode monthly =
        pages.getJson(url(ReportDescriptor.INSTANCES_OVER_TIME, "&granularity=month"));
    assertEquals(monthly, pages.getJson(url(ReportDescriptor.INSTANCES_OVER_TIME, "")));
  }

  @Test
  public void givenPlatformAndContentTypeOrBadDates_then400OnEveryRoute() {
    for (ReportDescriptor route : ROUTES) {
      assertThat(
          detail(pages, url(route, "&platform=tiktok&contentType=tiktok"), 400, "ANL_00400"),
          containsString("platform and contentType are mutually exclusive"));
      assertThat(
          detail(
              pages,
              route.route().path() + "?startDate=2024-01-01&endDate=2026-01-02",
              400,
              "ANL_00400"),
          containsString("two years"));
      assertThat(
          detail(pages, url(route, "&campaignIds=" + "1,".repeat(50) + "2"), 400, "ANL_00400"),
          containsString("Maximum of 50 campaignIds allowed."));
    }
  }

  @Test
  public void givenASortPropertyTheRouteDoesNotHave_then400Anl00422() {
    assertThat(
        detail(pages, url(ReportDescriptor.POSTS, "&sortProperty=reach"), 400, "ANL_00422"),
        containsString("Supported: " + String.join(", ", ReportDescriptor.POSTS.sortable())));
    assertThat(
        detail(pages, url(ReportDescriptor.CREATORS, "&sortProperty=postDate"), 400, "ANL_00422"),
        containsString("sortProperty 'postDate' is not supported"));
    for (ReportDescriptor route :
        List.of(ReportDescriptor.INSTANCES, ReportDescriptor.INSTANCES_OVER_TIME)) {
      assertThat(
          detail(pages, url(route, "&sortProperty=reach"), 400, "ANL_00422"),
          containsString("sortProperty is not supported on " + route.route().path()));
      assertThat(
          detail(pages, url(route, "&sortDirection=ASC"), 400, "ANL_00422"),
          containsString("sortDirection is not supported"));
    }
    assertEquals(
        200,
        pages
            .get(url(ReportDescriptor.POSTS, "&sortProperty=postDate&sortDirection=ASC"))
            .statusCode());
    assertEquals(
        200,
        pages
            .get(url(ReportDescriptor.CREATORS, "&sortProperty=trackingLinksClicks"))
            .statusCode());
  }

  @Test
  public void givenAnUnboundInstance_then403OrDroppedOnTheOlderGateway() {
    String unbound = ALL_INSTANCES.get(4);
    for (ReportDescriptor route : ROUTES) {
      assertThat(
          detail(
              pages,
              url(route, "&instanceIds=" + ALL_INSTANCES.get(0) + "," + unbound),
              403,
              "ANL_00403"),
          containsString(unbound));
    }
    try (ReportingApiEmulator legacy =
        ReportingApiEmulator.builder()
            .seed(3)
            .campaignsPerInstance(10)
            .boundInstances(ALL_INSTANCES.subList(0, 4))
            .legacyErrors(true)
            .start()) {
      ApiClient client = new ApiClient(legacy);
      assertEquals(
          "{\"data\":[],\"pagination\":{\"page\":1,\"pageSize\":50,\"totalPages\":0,\"totalItems\":0}}",
          client.get(url(ReportDescriptor.POSTS, "&instanceIds=" + unbound)).body());
      JsonNode totals = client.getJson(url(ReportDescriptor.INSTANCES, "&instanceIds=" + unbound));
      assertEquals(0, totals.get("data").get("metrics").get("postsCount").longValue());
      assertEquals(
          "VALIDATION_ERROR",
          ApiClient.json(client.get(url(ReportDescriptor.CREATORS, "&granularity=day")))
              .get("type")
              .asText());
      assertEquals(
          "INVALID_SORT_PROPERTY",
          ApiClient.json(
                  client.get(url(ReportDescriptor.INSTANCES_OVER_TIME, "&sortProperty=reach")))
              .get("type")
              .asText());
    }
  }
}
