package io.laterreporting.beam.client;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.laterreporting.beam.records.CampaignPerformance;
import io.laterreporting.beam.records.CreatorPerformance;
import io.laterreporting.beam.records.CreatorProfile;
import io.laterreporting.beam.records.InstancePerformance;
import io.laterreporting.beam.records.InstancePerformanceBucket;
import io.laterreporting.beam.records.PostPerformance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** The bodies of the posts, creators and instance routes, in the layouts the contract allows. */
public class ReportBodiesTest {
  private static final PerformanceQuery QUERY =
      PerformanceQuery.builder()
          .setStartDate(LocalDate.of(2024, 2, 1))
          .setEndDate(LocalDate.of(2024, 3, 15))
          .build();

  private static <R> List<R> rows(ReportFormat<R> format, PerformanceQuery query, String body)
      throws IOException {
    return format
        .parsePage(body.getBytes(StandardCharsets.UTF_8), query, PageRequest.first(50), List.of())
        .rows();
  }

  @Test
  public void givenAPostWithNestedProfileAndStringIds_thenProfileMembersAreColumns()
      throws IOException {
    PostPerformance post =
        rows(
                ReportFormat.POSTS,
                QUERY,
                "{\"data\":[{\"postId\":\"901\",\"instanceId\":\"i1\",\"campaignId\":49761,"
                    + "\"postDate\":\"2024-02-03T10:00:00.000Z\",\"contentType\":\"instagram_reel\","
                    + "\"creatorProfile\":{\"handleName\":\"@ann\",\"network\":\"instagram\",\"fullName\":\"Ann\","
                    + "\"followers\":12},\"metrics\":{\"likes\":0,\"cpm\":null,\"avgWatchTime\":3}}],"
                    + "\"nextCursor\":null}")
            .get(0);
    assertEquals(901L, post.getPostId());
    assertEquals(Long.valueOf(49761), post.getCampaignId());
    assertEquals("@ann", post.getHandleName());
    assertEquals("instagram", post.getNetwork());
    assertEquals("Ann", post.getFullName());
    assertNull(post.getProfileLink());
    assertEquals(Long.valueOf(0), post.getLikes());
    assertNull(post.getCpm());
    assertEquals(Double.valueOf(3), post.getAvgWatchTime());
    assertEquals(Map.of("creatorProfile.followers", "12"), post.getOtherFields());
    assertEquals(CampaignPerformance.dayStart(LocalDate.of(2024, 3, 15)), post.getPeriodEnd());
  }

  @Test
  public void givenAPostWithoutInstanceIdForOneInstance_thenTheQuerysInstance() throws IOException {
    PostPerformance post =
        rows(
                ReportFormat.POSTS,
                QUERY.withInstanceIds(List.of("only")),
                "{\"data\":[{\"postId\":5,\"likes\":2}]}")
            .get(0);
    assertEquals("only", post.getInstanceId());
    assertEquals(Long.valueOf(2), post.getLikes());
    assertThrows(
        MalformedResponseException.class,
        () -> rows(ReportFormat.POSTS, QUERY, "{\"data\":[{\"postId\":5}]}"));
  }

  @Test
  public void givenACreatorObjectWithProfiles_thenIdentityColumnsAndAListOfProfiles()
      throws IOException {
    CreatorPerformance creator =
        rows(
                ReportFormat.CREATORS,
                QUERY,
                "{\"pagination\":{\"page\":1,\"pageSize\":50,\"totalPages\":1,\"totalItems\":1},\"data\":[{"
                    + "\"creator\":{\"creatorId\":77,\"fullName\":\"Bo\",\"profilePictureUrl\":\"https://p/b\","
                    + "\"tier\":\"gold\",\"profiles\":[{\"handleName\":\"@bo\",\"network\":\"tiktok\"},"
                    + "{\"handleName\":\"@bo2\",\"network\":\"youtube\",\"profileLink\":\"https://y/bo\"}]},"
                    + "\"postsCount\":3.0,\"reach\":1.5}]}")
            .get(0);
    assertEquals(77L, creator.getCreatorId());
    assertEquals("Bo", creator.getFullName());
    assertEquals(
        List.of(
            CreatorProfile.of("@bo", "tiktok", null, null, null),
            CreatorProfile.of("@bo2", "youtube", null, null, "https://y/bo")),
        creator.getProfiles());
    assertEquals(Long.valueOf(3), creator.getPostsCount());
    assertNull("a count that is not whole is kept aside", creator.getReach());
    assertEquals(Map.of("reach", 1.5), creator.getOtherMetrics());
    assertEquals(Map.of("creator.tier", "\"gold\""), creator.getOtherFields());
  }

  @Test
  public void givenInstanceTotals_thenOneRowFromTheDataObject() throws IOException {
    List<InstancePerformance> rows =
        rows(
            ReportFormat.INSTANCE_TOTALS,
            QUERY,
            "{\"data\":{\"metrics\":{\"reach\":10,\"campaignsCost\":2.5,\"newThing\":4}},\"nextCursor\":null}");
    assertEquals(1, rows.size());
    assertNull(rows.get(0).getInstanceId());
    assertEquals(Long.valueOf(10), rows.get(0).getReach());
    assertEquals(Double.valueOf(2.5), rows.get(0).getCampaignsCost());
    assertEquals(Map.of("newThing", 4.0), rows.get(0).getOtherMetrics());
    assertTrue(
        "no paging parameters for the single-object route",
        !RouteParameters.performance(
                QUERY, List.of("reach"), PaginationGeneration.CURSOR, PageRequest.first(50), false)
            .containsKey("limit"));
  }

  @Test
  public void givenBuckets_thenEachCarriesItsOwnDates() throws IOException {
    PerformanceQuery monthly = QUERY.toBuilder().setGranularity("month").build();
    List<InstancePerformanceBucket> buckets =
        rows(
            ReportFormat.INSTANCE_SERIES,
            monthly,
            "{\"data\":[{\"startDate\":\"2024-02-01\",\"endDate\":\"2024-02-29\",\"metrics\":{\"likes\":4}},"
                + "{\"startDate\":\"2024-03-01\",\"endDate\":\"2024-03-15\",\"metrics\":{\"likes\":1}}],"
                + "\"nextCursor\":null}");
    assertEquals(
        CampaignPerformance.dayStart(LocalDate.of(2024, 2, 29)), buckets.get(0).getPeriodEnd());
    assertEquals(
        CampaignPerformance.dayStart(LocalDate.of(2024, 3, 1)), buckets.get(1).getPeriodStart());
    assertEquals("month", buckets.get(1).getGranularity());
    assertEquals(
        "month",
        RouteParameters.performance(
                monthly, List.of(), PaginationGeneration.PAGE_NUMBER, PageRequest.first(5), true)
            .get("granularity"));
  }
}
