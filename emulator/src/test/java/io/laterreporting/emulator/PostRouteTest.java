package io.laterreporting.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Test;

public class PostRouteTest {
  private static final String PATH = "/v2/posts/performance?";
  private static final String RANGE = "startDate=2024-02-01&endDate=2024-03-15";
  private static final RowQuery QUERY =
      RowQuery.builder()
          .startDate(LocalDate.of(2024, 2, 1))
          .endDate(LocalDate.of(2024, 3, 15))
          .build();

  private static ReportingApiEmulator.Builder emulator(Pagination pagination) {
    return ReportingApiEmulator.builder()
        .seed(7)
        .instances(4)
        .campaignsPerInstance(15)
        .pagination(pagination);
  }

  @Test
  public void givenPageNumbers_thenAllPagesAreTheOracleRowsInOrderWithAllZeroPosts() {
    try (ReportingApiEmulator emu = emulator(Pagination.PAGE_NUMBER).start()) {
      List<ExpectedPost> expected = emu.dataset().postRows(QUERY);
      assertTrue("several pages: " + expected.size(), expected.size() > 150);
      long allZero = expected.stream().filter(PostRouteTest::allZero).count();
      assertTrue("posts whose metrics are all zero: " + allZero, allZero > 5);
      PageWalker.Walk walk =
          PageWalker.readAll(new ApiClient(emu), Pagination.PAGE_NUMBER, PATH + RANGE, 60);
      assertEquals((expected.size() + 59) / 60, walk.pages());
      assertEquals(expected.size(), walk.rows().size());
      for (int i = 0; i < expected.size(); i++) {
        ReportRowsAssert.assertPostEquals(
            expected.get(i),
            walk.rows().get(i),
            RowLayout.NESTED,
            ReportDescriptor.POSTS.metrics());
      }
    }
  }

  @Test
  public void givenCursors_thenTheOracleRowsWithTheRequestedMetricsOnly() {
    try (ReportingApiEmulator emu = emulator(Pagination.CURSOR).start()) {
      RowQuery byEngagements =
          RowQuery.builder()
              .startDate(QUERY.startDate())
              .endDate(QUERY.endDate())
              .sortProperty("engagements")
              .sortDirection(SortDirection.ASC)
              .build();
      List<ExpectedPost> expected = emu.dataset().postRows(byEngagements);
      PageWalker.Walk walk =
          PageWalker.readAll(
              new ApiClient(emu),
              Pagination.CURSOR,
              PATH
                  + RANGE
                  + "&sortProperty=engagements&sortDirection=ASC"
                  + "&metrics=followersAtPostDate,cpm,navigationTapExit,engagements",
              45);
      assertEquals(expected.size(), walk.rows().size());
      for (int i = 0; i < expected.size(); i++) {
        ReportRowsAssert.assertPostEquals(
            expected.get(i),
            walk.rows().get(i),
            RowLayout.NESTED,
            List.of("engagements", "followersAtPostDate", "navigationTapExit", "cpm"));
      }
      assertTrue(allZero(expected.get(0)));
    }
  }

  @Test
  public void givenAWindowWithoutPosts_thenNoRowsInBothGenerations() {
    String before = PATH + "startDate=2021-01-01&endDate=2021-12-31";
    try (ReportingApiEmulator emu = emulator(Pagination.PAGE_NUMBER).start()) {
      assertEquals(
          List.of(),
          emu.dataset()
              .postRows(
                  RowQuery.builder()
                      .startDate(LocalDate.of(2021, 1, 1))
                      .endDate(LocalDate.of(2021, 12, 31))
                      .build()));
      assertEquals(
          "{\"data\":[],\"pagination\":{\"page\":1,\"pageSize\":50,\"totalPages\":0,"
              + "\"totalItems\":0}}",
          new ApiClient(emu).get(before).body());
    }
    try (ReportingApiEmulator emu = emulator(Pagination.CURSOR).start()) {
      assertEquals(
          "{\"data\":[],\"nextCursor\":null}",
          new ApiClient(emu).get(before + "&metrics=likes").body());
    }
  }

  @Test
  public void givenInstanceAndCampaignCuts_thenTheyPartitionTheWholeAnswerExactly() {
    try (ReportingApiEmulator emu =
        emulator(Pagination.PAGE_NUMBER).layout(RowLayout.FLAT).start()) {
      ApiClient client = new ApiClient(emu);
      List<ExpectedPost> whole = emu.dataset().postRows(QUERY);
      Map<Long, JsonNode> fromCuts = new java.util.HashMap<>();
      for (String instance : emu.dataset().boundInstanceIds()) {
        RowQuery cut =
            RowQuery.builder()
                .startDate(QUERY.startDate())
                .endDate(QUERY.endDate())
                .instanceIds(List.of(instance))
                .build();
        List<ExpectedPost> expected = emu.dataset().postRows(cut);
        List<JsonNode> rows =
            PageWalker.readAll(
                    client, Pagination.PAGE_NUMBER, PATH + RANGE + "&instanceIds=" + instance, 100)
                .rows();
        assertEquals(expected.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
          ReportRowsAssert.assertPostEquals(
              expected.get(i), rows.get(i), RowLayout.FLAT, ReportDescriptor.POSTS.metrics());
          assertEquals(instance, rows.get(i).get("instanceId").asText());
          assertNull(fromCuts.put(rows.get(i).get("postId").longValue(), rows.get(i)));
        }
      }
      assertEquals(whole.size(), fromCuts.size());
      for (ExpectedPost post : whole) {
        ReportRowsAssert.assertPostEquals(
            post, fromCuts.get(post.postId()), RowLayout.FLAT, ReportDescriptor.POSTS.metrics());
      }
      long campaign = whole.get(0).campaignId();
      List<JsonNode> oneCampaign =
          PageWalker.readAll(
                  client, Pagination.PAGE_NUMBER, PATH + RANGE + "&campaignIds=" + campaign, 100)
              .rows();
      assertEquals(
          whole.stream().filter(p -> p.campaignId() == campaign).count(), oneCampaign.size());
      oneCampaign.forEach(row -> assertEquals(campaign, row.get("campaignId").longValue()));
    }
  }

  @Test
  public void givenPostsOfOneDay_thenTheyShareTheDaysTotalsAndTheCampaignCountsThemAll() {
    try (ReportingApiEmulator emu = emulator(Pagination.PAGE_NUMBER).start()) {
      RowQuery postDate =
          RowQuery.builder()
              .startDate(QUERY.startDate())
              .endDate(QUERY.endDate())
              .dateBasis(DateBasis.POST_DATE)
              .build();
      List<ExpectedPost> posts = emu.dataset().postRows(postDate);
      for (ExpectedRow campaign : emu.dataset().campaignRows(postDate)) {
        List<ExpectedPost> its =
            posts.stream().filter(p -> p.campaignId() == campaign.campaignId()).toList();
        assertEquals(campaign.metrics().get("postsCount"), (long) its.size());
        long impressions = its.stream().mapToLong(p -> (Long) p.metrics().get("impressions")).sum();
        // Rounded per post instead of once per campaign.
        assertTrue(
            Math.abs(impressions - (Long) campaign.metrics().get("impressions")) <= its.size());
        Set<String> networks = new TreeSet<>();
        its.forEach(p -> networks.add(p.creatorProfile().network()));
        assertTrue(campaign.platforms().containsAll(networks));
      }
    }
  }

  private static boolean allZero(ExpectedPost post) {
    return post.metrics().values().stream()
        .allMatch(value -> value == null || value.doubleValue() == 0);
  }
}
