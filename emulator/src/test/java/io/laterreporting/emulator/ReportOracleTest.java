package io.laterreporting.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** Properties of the oracles of the posts, creators and instance routes. */
public class ReportOracleTest {
  private static final RowQuery QUERY =
      RowQuery.builder()
          .startDate(LocalDate.of(2024, 1, 1))
          .endDate(LocalDate.of(2024, 6, 30))
          .build();

  private static Dataset dataset() {
    return new Dataset(7, 5, 20, null, LocalDate.of(2023, 1, 1), LocalDate.of(2026, 6, 30));
  }

  private static void assertCatalogue(List<String> catalogue, Map<String, Number> metrics) {
    assertEquals(catalogue, new ArrayList<>(metrics.keySet()));
    metrics.forEach(
        (name, value) -> {
          if (value != null) {
            assertEquals(
                name, MetricCatalog.isCount(name) ? Long.class : Double.class, value.getClass());
          }
        });
  }

  @Test
  public void givenEveryRoute_thenItsCatalogueInOrderWithEachMetricsKind() {
    Dataset dataset = dataset();
    dataset
        .postRows(QUERY)
        .forEach(p -> assertCatalogue(ReportDescriptor.POSTS.metrics(), p.metrics()));
    dataset
        .creatorRows(QUERY)
        .forEach(c -> assertCatalogue(ReportDescriptor.CREATORS.metrics(), c.metrics()));
    assertCatalogue(ReportDescriptor.INSTANCES.metrics(), dataset.instanceTotals(QUERY));
    for (SeriesGranularity granularity : SeriesGranularity.values()) {
      dataset
          .instanceSeries(QUERY, granularity)
          .forEach(
              b -> assertCatalogue(ReportDescriptor.INSTANCES_OVER_TIME.metrics(), b.metrics()));
    }
  }

  @Test
  public void givenPosts_thenUniqueIdsStoriesWithTapsAndRatesFromTheirOwnCounts() {
    List<ExpectedPost> posts = dataset().postRows(QUERY);
    assertEquals(posts.size(), posts.stream().map(ExpectedPost::postId).distinct().count());
    boolean sawStory = false;
    for (ExpectedPost post : posts) {
      Map<String, Number> m = post.metrics();
      boolean story = PostActivity.STORIES.contains(post.contentType());
      sawStory |= story;
      assertEquals(post.toString(), story, post.contentImageUrl() == null);
      assertEquals(post.toString(), story, m.get("navigationTapExit") != null);
      long impressions = (Long) m.get("impressions");
      assertTrue((Long) m.get("reach") <= impressions);
      if (impressions == 0) {
        assertNull(m.get("engagementRate"));
        assertEquals(0L, m.get("followersAtPostDate"));
      } else {
        assertEquals(
            (Long) m.get("engagements") / (double) impressions * 100,
            (Double) m.get("engagementRate"),
            0.0);
        assertNotNull(m.get("followersAtPostDate"));
      }
    }
    assertTrue(sawStory);
  }

  @Test
  public void givenCreators_thenOneRowEachWithProfilesOnTheNetworksOfTheirPosts() {
    Dataset dataset = dataset();
    List<ExpectedCreator> creators = dataset.creatorRows(QUERY);
    assertEquals(
        creators.size(),
        new HashSet<>(creators.stream().map(ExpectedCreator::creatorId).toList()).size());
    long posts = creators.stream().mapToLong(c -> (Long) c.metrics().get("postsCount")).sum();
    assertEquals(dataset.postRows(QUERY).size(), posts);
    for (ExpectedCreator creator : creators) {
      assertTrue(creator.profiles().size() >= 1);
      creator.profiles().forEach(p -> assertEquals(creator.fullName(), p.fullName()));
    }
  }
}
