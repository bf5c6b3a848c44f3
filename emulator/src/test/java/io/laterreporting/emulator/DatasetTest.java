package io.laterreporting.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.Test;

public class DatasetTest {
  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final LocalDate END = LocalDate.of(2024, 12, 31);

  private static Dataset dataset(long seed, int instances, double mean) {
    return new Dataset(
        seed, instances, mean, null, LocalDate.of(2023, 1, 1), LocalDate.of(2026, 6, 30));
  }

  private static List<ExpectedRow> rows(Dataset dataset, DateBasis basis) {
    return dataset.campaignRows(
        RowQuery.builder().startDate(START).endDate(END).dateBasis(basis).build());
  }

  @Test
  public void givenAMean_thenCampaignCountsAreUnevenWithEmptyAndHugeInstances() {
    Collection<Integer> counts = dataset(7, 20, 40).campaignCounts().values();
    assertEquals(800, counts.stream().mapToInt(Integer::intValue).sum());
    assertTrue("some instance has no campaign: " + counts, counts.contains(0));
    assertTrue(
        "some instance has several times the mean: " + counts,
        counts.stream().anyMatch(c -> c >= 120));
  }

  @Test
  public void givenTheSameSeed_thenTheSameRows() {
    assertEquals(
        rows(dataset(7, 5, 40), DateBasis.PERFORMANCE_DATE),
        rows(dataset(7, 5, 40), DateBasis.PERFORMANCE_DATE));
    assertNotEquals(
        rows(dataset(7, 5, 40), DateBasis.PERFORMANCE_DATE),
        rows(dataset(8, 5, 40), DateBasis.PERFORMANCE_DATE));
  }

  @Test
  public void givenTheDefaultOrder_thenManyRowsTieOnLastPostDate() {
    List<ExpectedRow> rows = rows(dataset(7, 5, 40), DateBasis.PERFORMANCE_DATE);
    long distinctKeys = rows.stream().map(ExpectedRow::lastPostDate).distinct().count();
    assertTrue(rows.size() + " rows, " + distinctKeys + " keys", distinctKeys * 5 < rows.size());
    rows.forEach(
        r ->
            assertEquals(0, r.lastPostDate().atZone(ZoneOffset.UTC).toLocalTime().toSecondOfDay()));
  }

  @Test
  public void givenRows_thenAll52MetricsWithTheirKindAndAwkwardNames() {
    List<ExpectedRow> rows = rows(dataset(7, 5, 40), DateBasis.PERFORMANCE_DATE);
    for (ExpectedRow row : rows) {
      assertEquals(MetricCatalog.names(), new ArrayList<>(row.metrics().keySet()));
      row.metrics()
          .forEach(
              (name, value) -> {
                if (value != null) {
                  assertEquals(
                      name,
                      MetricCatalog.isCount(name) ? Long.class : Double.class,
                      value.getClass());
                }
              });
    }
    assertEquals(52, MetricCatalog.names().size());
    assertTrue(
        rows.stream()
            .anyMatch(r -> r.campaignName().contains("\"") && r.campaignName().contains(",")));
    assertTrue(rows.stream().anyMatch(r -> r.campaignName().chars().anyMatch(c -> c > 127)));
    assertTrue(rows.stream().anyMatch(r -> r.description() == null));
    for (String family :
        List.of(
            "paidImpressions", "affiliateLinksSales", "trackingLinksClicks", "crosspostedViews")) {
      assertTrue(
          family + " null somewhere", rows.stream().anyMatch(r -> r.metrics().get(family) == null));
      assertTrue(
          family + " present somewhere",
          rows.stream().anyMatch(r -> r.metrics().get(family) != null));
    }
  }

  @Test
  public void givenRates_thenDerivedFromTheSumsAndNullWhenTheDenominatorIsZero() {
    for (ExpectedRow row : rows(dataset(7, 5, 40), DateBasis.PERFORMANCE_DATE)) {
      Map<String, Number> m = row.metrics();
      long impressions = (Long) m.get("impressions");
      long engagements = (Long) m.get("engagements");
      assertEquals(
          engagements,
          (long) (Long) m.get("likes")
              + (Long) m.get("comments")
              + (Long) m.get("shares")
              + (Long) m.get("saves"));
      if (impressions == 0) {
        assertNull(m.get("engagementRate"));
      } else {
        assertEquals(
            engagements / (double) impressions * 100, (Double) m.get("engagementRate"), 0.0);
      }
      assertTrue((Long) m.get("reach") <= impressions);
      if (m.get("paidImpressions") != null && (Long) m.get("paidImpressions") == 0) {
        assertNull(m.get("paidEngagementRate"));
        assertNull(m.get("paidCpm"));
        assertEquals(0L, m.get("paidPostsCount"));
      }
    }
  }

  @Test
  public void givenTwoHalves_thenCountsAddUpButReachAndRatesDoNot() {
    Dataset dataset = dataset(7, 5, 40);
    Map<Long, ExpectedRow> whole = byId(dataset, START, END);
    Map<Long, ExpectedRow> first = byId(dataset, START, LocalDate.of(2024, 6, 30));
    Map<Long, ExpectedRow> second = byId(dataset, LocalDate.of(2024, 7, 1), END);
    int nonAdditiveReach = 0;
    for (ExpectedRow row : whole.values()) {
      ExpectedRow a = first.get(row.campaignId());
      ExpectedRow b = second.get(row.campaignId());
      if (a == null || b == null) {
        continue;
      }
      long reachSum = (Long) a.metrics().get("reach") + (Long) b.metrics().get("reach");
      if (reachSum != (Long) row.metrics().get("reach")) {
        nonAdditiveReach++;
      }
    }
    assertTrue(nonAdditiveReach > 0);
  }

  @Test
  public void givenPostDateBasis_thenOnlyCampaignsThatPostedInTheRange() {
    Dataset dataset = dataset(7, 5, 40);
    for (ExpectedRow row : rows(dataset, DateBasis.POST_DATE)) {
      assertTrue(!row.firstPostDate().isAfter(END.atStartOfDay().toInstant(ZoneOffset.UTC)));
      assertTrue(!row.lastPostDate().isBefore(START.atStartOfDay().toInstant(ZoneOffset.UTC)));
    }
    List<ExpectedRow> performance = rows(dataset, DateBasis.PERFORMANCE_DATE);
    // a post from late December 2023 still records performance in January 2024
    assertTrue(
        performance.stream()
            .anyMatch(
                r -> r.lastPostDate().isBefore(START.atStartOfDay().toInstant(ZoneOffset.UTC))));
  }

  @Test
  public void
      givenPlatformFilter_thenOnlyCampaignsOnThatPlatformAndCrosspostedNullOutsideInstagramFacebook() {
    Dataset dataset = dataset(7, 5, 40);
    List<ExpectedRow> tiktok =
        dataset.campaignRows(
            RowQuery.builder().startDate(START).endDate(END).platform("tiktok").build());
    assertTrue(!tiktok.isEmpty());
    tiktok.forEach(r -> assertTrue(r.platforms().contains("tiktok")));
    tiktok.forEach(r -> assertNull(r.metrics().get("crosspostedViews")));
  }

  @Test
  public void givenSortProperty_thenRowsFollowItWithNullsLast() {
    List<ExpectedRow> rows =
        dataset(7, 5, 40)
            .campaignRows(
                RowQuery.builder()
                    .startDate(START)
                    .endDate(END)
                    .sortProperty("paidCpm")
                    .sortDirection(SortDirection.ASC)
                    .build());
    List<Double> values =
        rows.stream().map(r -> (Double) r.metrics().get("paidCpm")).collect(Collectors.toList());
    int firstNull = values.indexOf(null);
    assertTrue(firstNull > 0);
    assertTrue(values.subList(firstNull, values.size()).stream().allMatch(Objects::isNull));
    List<Double> present = values.subList(0, firstNull);
    assertEquals(present.stream().sorted().toList(), present);
  }

  private static Map<Long, ExpectedRow> byId(Dataset dataset, LocalDate start, LocalDate end) {
    return dataset.campaignRows(RowQuery.builder().startDate(start).endDate(end).build()).stream()
        .collect(Collectors.toMap(ExpectedRow::campaignId, r -> r));
  }
}
