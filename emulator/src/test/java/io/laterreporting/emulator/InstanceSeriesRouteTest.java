package io.laterreporting.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.Test;

public class InstanceSeriesRouteTest {
  private static final String PATH = "/v2/instances/performance-over-time?";

  private static ReportingApiEmulator.Builder emulator(Pagination pagination) {
    return ReportingApiEmulator.builder()
        .seed(11)
        .instances(4)
        .campaignsPerInstance(15)
        .pagination(pagination);
  }

  private static RowQuery range(LocalDate start, LocalDate end) {
    return RowQuery.builder().startDate(start).endDate(end).build();
  }

  @Test
  public void givenWeeks_thenIsoWeeksWithTheEdgeBucketsClippedToTheRange() {
    LocalDate start = LocalDate.of(2024, 1, 10);
    LocalDate end = LocalDate.of(2024, 3, 27);
    try (ReportingApiEmulator emu = emulator(Pagination.PAGE_NUMBER).start()) {
      List<ExpectedBucket> expected =
          emu.dataset().instanceSeries(range(start, end), SeriesGranularity.WEEK);
      assertEquals(
          new ExpectedBucket(start, LocalDate.of(2024, 1, 14), expected.get(0).metrics()),
          expected.get(0));
      assertEquals(LocalDate.of(2024, 3, 25), expected.get(expected.size() - 1).startDate());
      assertEquals(end, expected.get(expected.size() - 1).endDate());
      for (ExpectedBucket bucket : expected.subList(1, expected.size() - 1)) {
        assertEquals(DayOfWeek.MONDAY, bucket.startDate().getDayOfWeek());
        assertEquals(bucket.startDate().plusDays(6), bucket.endDate());
      }
      PageWalker.Walk walk =
          PageWalker.readAll(
              new ApiClient(emu),
              Pagination.PAGE_NUMBER,
              PATH + "startDate=2024-01-10&endDate=2024-03-27&granularity=week",
              4);
      assertEquals(expected.size(), walk.rows().size());
      for (int i = 0; i < expected.size(); i++) {
        ReportRowsAssert.assertBucketEquals(
            expected.get(i),
            walk.rows().get(i),
            RowLayout.NESTED,
            ReportDescriptor.INSTANCES_OVER_TIME.metrics());
      }
    }
  }

  @Test
  public void givenDaysOfOneSparseCampaign_thenBucketsWithoutActivityAreAbsent() {
    try (ReportingApiEmulator emu = emulator(Pagination.CURSOR).start()) {
      LocalDate start = LocalDate.of(2024, 1, 1);
      LocalDate end = LocalDate.of(2024, 12, 31);
      RowQuery all =
          RowQuery.builder().startDate(start).endDate(end).dateBasis(DateBasis.POST_DATE).build();
      ExpectedPost somePost = emu.dataset().postRows(all).get(0);
      RowQuery oneCampaign =
          RowQuery.builder()
              .startDate(start)
              .endDate(end)
              .dateBasis(DateBasis.POST_DATE)
              .campaignIds(List.of(somePost.campaignId()))
              .build();
      Set<LocalDate> postDays =
          emu.dataset().postRows(oneCampaign).stream()
              .map(p -> LocalDate.ofInstant(p.postDate(), java.time.ZoneOffset.UTC))
              .collect(Collectors.toCollection(TreeSet::new));
      List<ExpectedBucket> expected =
          emu.dataset().instanceSeries(oneCampaign, SeriesGranularity.DAY);
      assertEquals(
          List.copyOf(postDays), expected.stream().map(ExpectedBucket::startDate).toList());
      assertTrue("some day in the range without a post", postDays.size() < 366);
      List<JsonNode> rows =
          PageWalker.readAll(
                  new ApiClient(emu),
                  Pagination.CURSOR,
                  PATH
                      + "startDate=2024-01-01&endDate=2024-12-31&dateBasis=post_date&granularity=day&campaignIds="
                      + somePost.campaignId()
                      + "&metrics=postsCount,reach,organicReach",
                  7)
              .rows();
      assertEquals(expected.size(), rows.size());
      for (int i = 0; i < rows.size(); i++) {
        ReportRowsAssert.assertBucketEquals(
            expected.get(i),
            rows.get(i),
            RowLayout.NESTED,
            List.of("reach", "postsCount", "organicReach"));
      }
    }
  }

  @Test
  public void givenEachGranularity_thenBucketsTileTheActiveRangeAndPostsAddUp() {
    try (ReportingApiEmulator emu = emulator(Pagination.PAGE_NUMBER).start()) {
      RowQuery query =
          RowQuery.builder()
              .startDate(LocalDate.of(2023, 11, 15))
              .endDate(LocalDate.of(2025, 2, 10))
              .dateBasis(DateBasis.POST_DATE)
              .build();
      long posts = (Long) emu.dataset().instanceTotals(query).get("postsCount");
      for (SeriesGranularity granularity : SeriesGranularity.values()) {
        List<ExpectedBucket> buckets = emu.dataset().instanceSeries(query, granularity);
        assertEquals(
            granularity + " posts",
            posts,
            buckets.stream().mapToLong(b -> (Long) b.metrics().get("postsCount")).sum());
        for (int i = 0; i < buckets.size(); i++) {
          ExpectedBucket bucket = buckets.get(i);
          assertFalse(bucket.startDate().isBefore(query.startDate()));
          assertFalse(bucket.endDate().isAfter(query.endDate()));
          assertEquals(
              granularity + " " + bucket,
              granularity.bucketStart(bucket.endDate()),
              i == 0 ? granularity.bucketStart(bucket.startDate()) : bucket.startDate());
          assertTrue((Long) bucket.metrics().get("postsCount") > 0);
        }
      }
      assertEquals(
          List.of(
              LocalDate.of(2023, 10, 1),
              LocalDate.of(2024, 1, 1),
              LocalDate.of(2024, 4, 1),
              LocalDate.of(2024, 7, 1),
              LocalDate.of(2024, 10, 1),
              LocalDate.of(2025, 1, 1)),
          emu.dataset().instanceSeries(query, SeriesGranularity.QUARTER).stream()
              .map(b -> SeriesGranularity.QUARTER.bucketStart(b.startDate()))
              .toList());
    }
  }

  @Test
  public void givenPerformanceDate_thenAPostCountsInEveryBucketItsLifetimeReaches() {
    try (ReportingApiEmulator emu = emulator(Pagination.PAGE_NUMBER).start()) {
      RowQuery query = range(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31));
      Map<String, Number> totals = emu.dataset().instanceTotals(query);
      List<ExpectedBucket> days = emu.dataset().instanceSeries(query, SeriesGranularity.DAY);
      long impressions = days.stream().mapToLong(b -> (Long) b.metrics().get("impressions")).sum();
      // Each bucket rounds its own sum.
      assertTrue(Math.abs(impressions - (Long) totals.get("impressions")) <= days.size());
      long dailyReach = days.stream().mapToLong(b -> (Long) b.metrics().get("reach")).sum();
      assertTrue("reach is not additive over buckets", dailyReach > (Long) totals.get("reach"));
      List<ExpectedBucket> month = emu.dataset().instanceSeries(query, SeriesGranularity.MONTH);
      assertEquals(1, month.size());
      assertEquals(totals.get("reach"), month.get(0).metrics().get("reach"));
      assertEquals(totals.get("engagementRate"), month.get(0).metrics().get("engagementRate"));
    }
  }

  @Test
  public void givenCursorsOverAnInstanceSubset_thenItsBucketsAndCursorsBoundToTheGranularity() {
    try (ReportingApiEmulator emu = emulator(Pagination.CURSOR).start()) {
      ApiClient client = new ApiClient(emu);
      List<String> two = emu.dataset().boundInstanceIds().subList(2, 4);
      RowQuery query =
          RowQuery.builder()
              .startDate(LocalDate.of(2024, 1, 1))
              .endDate(LocalDate.of(2024, 12, 31))
              .instanceIds(two)
              .build();
      String path =
          PATH
              + "startDate=2024-01-01&endDate=2024-12-31&granularity=week&metrics=reach"
              + "&instanceIds="
              + String.join(",", two);
      List<ExpectedBucket> expected = emu.dataset().instanceSeries(query, SeriesGranularity.WEEK);
      List<JsonNode> rows = PageWalker.readAll(client, Pagination.CURSOR, path, 10).rows();
      assertEquals(expected.size(), rows.size());
      for (int i = 0; i < rows.size(); i++) {
        ReportRowsAssert.assertBucketEquals(
            expected.get(i), rows.get(i), RowLayout.NESTED, List.of("reach"));
      }
      String cursor = client.getJson(path + "&limit=10").get("nextCursor").asText();
      assertEquals(
          400,
          client
              .get(
                  path.replace("granularity=week", "granularity=month")
                      + "&limit=10&nextCursor="
                      + cursor)
              .statusCode());
    }
  }

  @Test
  public void givenAWindowWithoutActivity_thenNoBuckets() {
    try (ReportingApiEmulator emu = emulator(Pagination.PAGE_NUMBER).start()) {
      assertEquals(
          List.of(),
          emu.dataset()
              .instanceSeries(
                  range(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)),
                  SeriesGranularity.DAY));
      assertEquals(
          "{\"data\":[],\"pagination\":{\"page\":1,\"pageSize\":50,\"totalPages\":0,"
              + "\"totalItems\":0}}",
          new ApiClient(emu)
              .get(PATH + "startDate=2021-01-01&endDate=2021-12-31&granularity=day")
              .body());
    }
  }
}
