package io.laterreporting.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Test;

public class CreatorRouteTest {
  private static final String PATH = "/v2/creators/performance?";
  private static final String RANGE = "startDate=2024-01-01&endDate=2024-06-30";

  private static ReportingApiEmulator.Builder emulator(Pagination pagination) {
    return ReportingApiEmulator.builder()
        .seed(2)
        .instances(4)
        .campaignsPerInstance(15)
        .pagination(pagination);
  }

  private static RowQuery query(List<String> instanceIds) {
    return RowQuery.builder()
        .startDate(LocalDate.of(2024, 1, 1))
        .endDate(LocalDate.of(2024, 6, 30))
        .instanceIds(instanceIds)
        .build();
  }

  @Test
  public void givenPageNumbers_thenAllPagesAreTheOracleRowsInOrder() {
    try (ReportingApiEmulator emu = emulator(Pagination.PAGE_NUMBER).start()) {
      List<ExpectedCreator> expected = emu.dataset().creatorRows(query(List.of()));
      assertTrue("several pages: " + expected.size(), expected.size() > 40);
      PageWalker.Walk walk =
          PageWalker.readAll(new ApiClient(emu), Pagination.PAGE_NUMBER, PATH + RANGE, 17);
      assertEquals(expected.size(), walk.rows().size());
      for (int i = 0; i < expected.size(); i++) {
        ReportRowsAssert.assertCreatorEquals(
            expected.get(i),
            walk.rows().get(i),
            RowLayout.NESTED,
            ReportDescriptor.CREATORS.metrics());
      }
    }
  }

  @Test
  public void givenCursorsAndASortByAnyMetric_thenTheOracleRowsWithTheRequestedMetrics() {
    try (ReportingApiEmulator emu = emulator(Pagination.CURSOR).layout(RowLayout.FLAT).start()) {
      List<ExpectedCreator> expected =
          emu.dataset()
              .creatorRows(
                  RowQuery.builder()
                      .startDate(LocalDate.of(2024, 1, 1))
                      .endDate(LocalDate.of(2024, 6, 30))
                      .sortProperty("affiliateLinksRoi")
                      .build());
      List<JsonNode> rows =
          PageWalker.readAll(
                  new ApiClient(emu),
                  Pagination.CURSOR,
                  PATH
                      + RANGE
                      + "&sortProperty=affiliateLinksRoi&metrics=affiliateLinksRoi,reach,postsCount",
                  20)
              .rows();
      assertEquals(expected.size(), rows.size());
      for (int i = 0; i < rows.size(); i++) {
        ReportRowsAssert.assertCreatorEquals(
            expected.get(i),
            rows.get(i),
            RowLayout.FLAT,
            List.of("reach", "postsCount", "affiliateLinksRoi"));
      }
      assertTrue("nulls last", rows.get(rows.size() - 1).get("affiliateLinksRoi").isNull());
    }
  }

  @Test
  public void givenSeveralInstances_thenTheWholeScopeRowsAndNotSumsOfPerInstanceRows() {
    try (ReportingApiEmulator emu = emulator(Pagination.PAGE_NUMBER).start()) {
      ApiClient client = new ApiClient(emu);
      List<String> instances = emu.dataset().boundInstanceIds();
      Map<Long, Set<String>> instancesOf = new HashMap<>();
      Map<Long, Long> postsSummed = new HashMap<>();
      Map<Long, Long> reachSummed = new HashMap<>();
      for (String instance : instances) {
        for (ExpectedCreator row : emu.dataset().creatorRows(query(List.of(instance)))) {
          instancesOf.computeIfAbsent(row.creatorId(), c -> new TreeSet<>()).add(instance);
          postsSummed.merge(row.creatorId(), (Long) row.metrics().get("postsCount"), Long::sum);
          reachSummed.merge(row.creatorId(), (Long) row.metrics().get("reach"), Long::sum);
        }
      }
      List<Long> multiInstance =
          instancesOf.entrySet().stream()
              .filter(e -> e.getValue().size() >= 2)
              .map(Map.Entry::getKey)
              .toList();
      assertTrue(
          "creators working for several instances: " + multiInstance.size(),
          multiInstance.size() >= 10);

      List<ExpectedCreator> whole = emu.dataset().creatorRows(query(instances));
      assertEquals(whole, emu.dataset().creatorRows(query(List.of())));
      assertEquals(
          whole,
          emu.dataset()
              .creatorRows(
                  query(
                      List.of(
                          instances.get(3),
                          instances.get(0),
                          instances.get(2),
                          instances.get(1)))));
      List<JsonNode> rows =
          PageWalker.readAll(
                  client,
                  Pagination.PAGE_NUMBER,
                  PATH + RANGE + "&instanceIds=" + String.join(",", instances),
                  100)
              .rows();
      assertEquals(whole.size(), rows.size());
      assertEquals(instancesOf.size(), whole.size());
      int reachDiffers = 0;
      for (int i = 0; i < whole.size(); i++) {
        ExpectedCreator row = whole.get(i);
        ReportRowsAssert.assertCreatorEquals(
            row, rows.get(i), RowLayout.NESTED, ReportDescriptor.CREATORS.metrics());
        assertEquals(
            "counts add up", postsSummed.get(row.creatorId()), row.metrics().get("postsCount"));
        if (multiInstance.contains(row.creatorId())
            && !reachSummed.get(row.creatorId()).equals(row.metrics().get("reach"))) {
          reachDiffers++;
        }
      }
      assertTrue(
          "reach of multi-instance creators is not the per-instance sum: " + reachDiffers,
          reachDiffers > multiInstance.size() / 2);
    }
  }

  @Test
  public void givenAWindowWithoutActivityAndAPlatformFilter_thenOnlyMatchingCreators() {
    try (ReportingApiEmulator emu = emulator(Pagination.CURSOR).start()) {
      ApiClient client = new ApiClient(emu);
      assertEquals(
          "{\"data\":[],\"nextCursor\":null}",
          client.get(PATH + "startDate=2022-01-01&endDate=2022-06-30&metrics=likes").body());
      RowQuery tiktok =
          RowQuery.builder()
              .startDate(LocalDate.of(2024, 1, 1))
              .endDate(LocalDate.of(2024, 6, 30))
              .platform("tiktok")
              .build();
      List<ExpectedCreator> expected = emu.dataset().creatorRows(tiktok);
      assertNotEquals(0, expected.size());
      expected.forEach(
          c ->
              assertEquals(
                  List.of("tiktok"), c.profiles().stream().map(CreatorProfile::network).toList()));
      List<JsonNode> rows =
          PageWalker.readAll(
                  client,
                  Pagination.CURSOR,
                  PATH + RANGE + "&platform=tiktok&metrics=postsCount",
                  50)
              .rows();
      assertEquals(expected.size(), rows.size());
      for (int i = 0; i < rows.size(); i++) {
        ReportRowsAssert.assertCreatorEquals(
            expected.get(i), rows.get(i), RowLayout.NESTED, List.of("postsCount"));
      }
    }
  }
}
