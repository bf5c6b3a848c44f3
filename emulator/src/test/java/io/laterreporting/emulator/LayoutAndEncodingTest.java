package io.laterreporting.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.Test;

public class LayoutAndEncodingTest {
  private static final String QUERY =
      "/v2/campaigns/performance?startDate=2025-01-01&endDate=2025-03-31&pageSize=100";

  private static void assertLayout(RowLayout layout) {
    try (ReportingApiEmulator emu =
        ReportingApiEmulator.builder().seed(11).layout(layout).start()) {
      List<ExpectedRow> expected =
          emu.dataset()
              .campaignRows(
                  RowQuery.builder()
                      .startDate(LocalDate.of(2025, 1, 1))
                      .endDate(LocalDate.of(2025, 3, 31))
                      .build());
      JsonNode data = new ApiClient(emu).getJson(QUERY).get("data");
      assertEquals(Math.min(100, expected.size()), data.size());
      for (int i = 0; i < data.size(); i++) {
        ExpectedRows.assertRowEquals(expected.get(i), data.get(i), layout, MetricCatalog.names());
      }
    }
  }

  @Test
  public void givenNestedLayout_thenMetricsUnderMetricsObject() {
    assertLayout(RowLayout.NESTED);
  }

  @Test
  public void givenFlatLayout_thenMetricsOnTheRow() {
    assertLayout(RowLayout.FLAT);
  }

  @Test
  public void givenFlatLegacyLayout_thenCampaignTitleAndUniqueNetworks() {
    assertLayout(RowLayout.FLAT_LEGACY);
  }

  @Test
  public void givenCursorGenerationWithFlatLayout_thenOnlyRequestedMetricsOnTheRow() {
    try (ReportingApiEmulator emu =
        ReportingApiEmulator.builder()
            .seed(11)
            .pagination(Pagination.CURSOR)
            .layout(RowLayout.FLAT)
            .start()) {
      JsonNode row =
          new ApiClient(emu)
              .getJson(
                  "/v2/campaigns/performance?startDate=2025-01-01"
                      + "&endDate=2025-03-31&metrics=reach,likes&limit=1")
              .get("data")
              .get(0);
      assertEquals(
          List.of(
              "campaignId",
              "campaignName",
              "instanceId",
              "description",
              "firstPostDate",
              "lastPostDate",
              "platforms",
              "likes",
              "reach"),
          ExpectedRows.fieldNames(row));
    }
  }

  @Test
  public void givenThreeArrayEncodings_thenIdenticalAnswers() {
    try (ReportingApiEmulator emu = ReportingApiEmulator.builder().seed(11).start()) {
      ApiClient client = new ApiClient(emu);
      List<String> instances = emu.dataset().instanceIds().subList(0, 3);
      List<Long> ids =
          emu.dataset().roster(instances).stream().limit(12).map(RosterEntry::campaignId).toList();
      String commaIds = ids.stream().map(Object::toString).collect(Collectors.joining(","));
      String comma =
          QUERY
              + "&instanceIds="
              + String.join(",", instances)
              + "&campaignIds="
              + commaIds
              + "&platform=instagram,tiktok,youtube,facebook";
      String encodedComma = comma.replace(",", "%2C");
      String repeated =
          QUERY
              + instances.stream().map(i -> "&instanceIds=" + i).collect(Collectors.joining())
              + ids.stream().map(i -> "&campaignIds=" + i).collect(Collectors.joining())
              + "&platform=instagram&platform=tiktok&platform=youtube&platform=facebook";
      String brackets =
          repeated
              .replace("instanceIds=", "instanceIds[]=")
              .replace("campaignIds=", "campaignIds%5B%5D=")
              .replace("platform=", "platform[]=");
      JsonNode expected = client.getJson(comma);
      assertTrue("the filter should select rows", expected.get("data").size() > 0);
      assertEquals(expected, client.getJson(encodedComma));
      assertEquals(expected, client.getJson(repeated));
      assertEquals(expected, client.getJson(brackets));
    }
  }
}
