package io.laterreporting.beam.client;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.laterreporting.beam.records.CampaignMetric;
import io.laterreporting.beam.records.CampaignPerformance;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.joda.time.Instant;
import org.junit.Test;

public class BodyParsersTest {
  private static final PerformanceQuery QUERY = Fixtures.query();

  private static PerformancePage<CampaignPerformance> parse(String fixture, PageRequest req)
      throws IOException {
    return ReportFormat.CAMPAIGNS.parsePage(
        Fixtures.bytes(fixture), QUERY, req, CampaignMetric.apiNames());
  }

  @Test
  public void givenNestedCursorPage_thenRowsMetricsAndCursorAreRead() throws IOException {
    PerformancePage<CampaignPerformance> page =
        parse("performance-nested-cursor.json", PageRequest.first(50));

    assertEquals(PaginationGeneration.CURSOR, page.pageInfo().generation());
    assertEquals("eyJvIjoyfQ", page.pageInfo().nextCursor());
    assertFalse(page.pageInfo().isLast());
    assertEquals(PageRequest.cursor("eyJvIjoyfQ", 50), page.pageInfo().next(50));
    assertEquals(2, page.rows().size());

    CampaignPerformance r = page.rows().get(0);
    assertEquals(49761L, r.getCampaignId());
    assertEquals("instance_abc", r.getInstanceId());
    assertEquals("Summer Collection 2024", r.getCampaignName());
    assertEquals("Seasonal product launch", r.getDescription());
    assertEquals(Instant.parse("2024-06-15T00:00:00.000Z"), r.getFirstPostDate());
    assertEquals(Instant.parse("2024-08-15T00:00:00.000Z"), r.getLastPostDate());
    assertEquals(List.of("instagram", "tiktok"), r.getPlatforms());
    assertEquals(Long.valueOf(250000), r.getImpressions());
    assertEquals(Long.valueOf(10234), r.getEngagements());
    assertEquals(Double.valueOf(2.4), r.getEstimatedRoi());
    assertNull("null is not available, never zero", r.getCpm());
    assertEquals("12.0 is a count of 12", Long.valueOf(12), r.getLikes());
    assertNull("a non-integral count leaves the field null", r.getReach());
    assertEquals(Double.valueOf(4.0), r.getEngagementRate());
    assertNull("absent stays null", r.getClicks());
    assertEquals(Map.of("reach", 1000.5, "brandLift", 0.7), r.getOtherMetrics());
    assertEquals(Map.of("metrics.sentiment", "\"positive\""), r.getOtherFields());
    assertEquals(
        new Instant(LocalDate.of(2024, 6, 1).toEpochDay() * 86_400_000L), r.getPeriodStart());
    assertEquals(
        new Instant(LocalDate.of(2024, 8, 31).toEpochDay() * 86_400_000L), r.getPeriodEnd());
    assertEquals("performance_date", r.getDateBasis());

    CampaignPerformance s = page.rows().get(1);
    assertEquals("campaignId as a numeric string", 49762L, s.getCampaignId());
    assertNull(s.getCampaignName());
    assertEquals(
        "date-only is midnight UTC",
        Instant.parse("2024-06-15T00:00:00.000Z"),
        s.getFirstPostDate());
    assertNull(s.getLastPostDate());
    assertEquals(List.of(), s.getPlatforms());
    assertNull(s.getImpressions());
    assertEquals(Map.of(), s.getOtherMetrics());
    assertEquals(Map.of(), s.getOtherFields());
  }

  @Test
  public void givenFlatPageNumberPage_thenMetricsOnTheRowAndUnknownFieldsAreKept()
      throws IOException {
    PerformancePage<CampaignPerformance> page =
        parse("performance-flat-page-number.json", PageRequest.number(2, 2));

    assertEquals(PageInfo.pageNumber(2, 2, 2, 3), page.pageInfo());
    assertTrue(page.pageInfo().isLast());
    assertNull(page.pageInfo().next(2));
    CampaignPerformance r = page.rows().get(0);
    assertEquals(7L, r.getCampaignId());
    assertEquals("", r.getDescription());
    assertEquals(Instant.parse("2024-01-01T08:30:00.000Z"), r.getFirstPostDate());
    assertEquals(Instant.parse("2024-02-01T00:00:00.000Z"), r.getLastPostDate());
    assertEquals(Long.valueOf(10), r.getImpressions());
    assertEquals(Double.valueOf(0.25), r.getCpe());
    assertNull(r.getPaidLikes());
    assertEquals(Map.of("newMetricX", 42.0), r.getOtherMetrics());
    assertEquals(Map.of("budgetCode", "{\"a\":[1,2]}", "isArchived", "false"), r.getOtherFields());
  }

  @Test
  public void givenLegacyFlatRow_thenCampaignTitleAndUniqueNetworksAreAliases() throws IOException {
    CampaignPerformance r =
        parse("performance-flat-legacy.json", PageRequest.first(50)).rows().get(0);

    assertEquals("Legacy title", r.getCampaignName());
    assertEquals(List.of("instagram", "tiktok", "facebook"), r.getPlatforms());
    assertEquals(Instant.parse("2023-12-31T23:59:59.999Z"), r.getFirstPostDate());
    assertEquals(Long.valueOf(5), r.getImpressions());
    assertNull(r.getReach());
    assertEquals("a numeric string count", Long.valueOf(17), r.getViews());
    assertEquals(Map.of(), r.getOtherFields());
  }

  @Test
  public void givenEmptyPageNumberAnswer_thenItIsTheLastPage() throws IOException {
    PerformancePage<CampaignPerformance> page =
        parse("performance-empty-page-number.json", PageRequest.first(50));

    assertEquals(List.of(), page.rows());
    assertEquals(PageInfo.pageNumber(1, 50, 0, 0), page.pageInfo());
    assertTrue(page.pageInfo().isLast());
  }

  @Test
  public void givenTruncatedBody_thenParsingFailsInsteadOfReturningAPartialPage() {
    assertThrows(
        JsonProcessingException.class,
        () -> parse("performance-truncated.json", PageRequest.first(50)));
  }

  @Test
  public void givenRowsWithoutIdsOrEnvelopeWithoutData_thenMalformed() {
    MalformedResponseException noId =
        assertThrows(
            MalformedResponseException.class,
            () ->
                ReportFormat.CAMPAIGNS.parsePage(
                    "{\"data\":[{\"instanceId\":\"i\"}],\"nextCursor\":null}".getBytes(),
                    QUERY,
                    PageRequest.first(5),
                    List.of()));
    assertEquals("row 0 has no numeric campaignId", noId.getMessage());
    MalformedResponseException noData =
        assertThrows(
            MalformedResponseException.class,
            () ->
                ReportFormat.CAMPAIGNS.parsePage(
                    "{\"nextCursor\":null}".getBytes(), QUERY, PageRequest.first(5), List.of()));
    assertEquals("the envelope has no 'data' member", noData.getMessage());
    assertThrows(
        IOException.class,
        () ->
            ReportFormat.CAMPAIGNS.parsePage(
                "<html>502</html>".getBytes(), QUERY, PageRequest.first(5), List.of()));
  }

  @Test
  public void givenMissingInstanceIdAndSingleInstanceQuery_thenTheQueryInstanceIsUsed()
      throws IOException {
    PerformanceQuery q = QUERY.withInstanceIds(List.of("instance_q"));
    PerformancePage<CampaignPerformance> page =
        ReportFormat.CAMPAIGNS.parsePage(
            "{\"data\":[{\"campaignId\":3}],\"nextCursor\":null}".getBytes(),
            q,
            PageRequest.first(5),
            List.of());
    assertEquals("instance_q", page.rows().get(0).getInstanceId());
  }

  @Test
  public void givenHundredRowFixture_thenRepeatedParsingIsCorrectEveryTime() throws IOException {
    byte[] body = Fixtures.bytes("performance-100-rows-nested.json");
    for (int round = 0; round < 300; round++) {
      PerformancePage<CampaignPerformance> page =
          ReportFormat.CAMPAIGNS.parsePage(body, QUERY, PageRequest.first(100), List.of());
      assertEquals(100, page.rows().size());
      assertEquals(PageInfo.pageNumber(1, 100, 3, 250), page.pageInfo());
      CampaignPerformance r = page.rows().get(99);
      assertEquals(100099L, r.getCampaignId());
      assertEquals("instance_4", r.getInstanceId());
      assertEquals(Long.valueOf(99 * 1000 + "likes".length()), r.getLikes());
      assertEquals(
          Double.valueOf(Math.round((99 * 1.25 + "cpm".length() / 8.0) * 10000) / 10000.0),
          r.getCpm());
      assertEquals(Map.of(), r.getOtherMetrics());
      CampaignPerformance seventh = page.rows().get(98);
      assertNull("row 98 is a multiple of 7: paid metrics are null", seventh.getPaidLikes());
      assertEquals(Long.valueOf(98 * 1000 + "likes".length()), seventh.getLikes());
      assertNull(page.rows().get(0).getDescription());
    }
  }

  @Test
  public void givenInstancesAsObjectOrArray_thenIdsAreRead() throws IOException {
    InstancesPage a =
        InstanceListParser.parsePage(
            Fixtures.bytes("instances-object.json"), PageRequest.first(50));
    assertEquals(List.of("instance_a", "instance_b"), a.instanceIds());
    assertEquals(PaginationGeneration.PAGE_NUMBER, a.pageInfo().generation());
    assertTrue(a.pageInfo().isLast());
    InstancesPage b =
        InstanceListParser.parsePage(
            Fixtures.bytes("instances-array-cursor.json"), PageRequest.first(50));
    assertEquals(List.of("instance_a", "instance_b"), b.instanceIds());
    assertEquals(PageInfo.cursor(null), b.pageInfo());
  }

  @Test
  public void givenRoster_thenEntriesCarryIdNameInstanceAndKeepUnknownFields() throws IOException {
    RosterPage page =
        RosterParser.parsePage(
            Fixtures.bytes("campaigns-roster.json"), PageRequest.first(50), null);
    assertEquals(2, page.rows().size());
    CampaignRosterEntry a = page.rows().get(0);
    assertEquals(49761L, a.campaignId());
    assertEquals("instance_abc", a.instanceId());
    assertEquals("Summer", a.campaignName());
    assertEquals("active", a.status());
    assertEquals("2024-06-01", a.startDate());
    assertEquals(Instant.parse("2024-06-15T00:00:00.000Z"), a.firstPostDate());
    assertEquals(Map.of("owner", "\"ana\""), a.otherFields());
    assertEquals("Old", page.rows().get(1).campaignName());
    assertEquals(49762L, page.rows().get(1).campaignId());
    assertEquals("abc", page.pageInfo().nextCursor());
  }

  @Test
  public void givenProblemBodies_thenTypeTitleDetailAndListsAreRead() {
    Problem p =
        Problem.parse(
            "{\"type\":\"ANL_00400\",\"title\":\"Bad Request\",\"detail\":\"x\",\"validMetrics\":[\"likes\",\"cpm\"]}"
                .getBytes());
    assertEquals("ANL_00400", p.type);
    assertEquals("Bad Request", p.title);
    assertEquals("x", p.detail);
    assertEquals(Map.of("validMetrics", List.of("likes", "cpm")), p.arrays);
    assertNull(Problem.parse(new byte[0]).type);
    assertThat(
        Problem.parse("<html>oops</html>".getBytes()).detail,
        containsString("(not a problem+json body) <html>oops</html>"));
  }

  @Test
  public void givenTokenBodies_thenJwtIsReadAndOthersAreMalformed() throws IOException {
    assertEquals("a.b.c", TokenMinter.parseToken("{\"jwt\":\"a.b.c\"}".getBytes()));
    assertThrows(MalformedResponseException.class, () -> TokenMinter.parseToken("{}".getBytes()));
    assertThrows(IOException.class, () -> TokenMinter.parseToken("{\"jwt\":\"a.b".getBytes()));
  }
}
