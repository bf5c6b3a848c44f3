package io.laterreporting.beam.planning;

import static org.junit.Assert.assertEquals;

import io.laterreporting.beam.client.ApiClientConfig;
import io.laterreporting.beam.client.PaginationGeneration;
import io.laterreporting.beam.client.PerformanceQuery;
import io.laterreporting.beam.client.SecretSources;
import io.laterreporting.beam.routes.CreatorsRoute;
import io.laterreporting.beam.routes.InstanceTotalsRoute;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class ReadPlannerTest {
  private static final List<String> FOUR = List.of("i1", "i2", "i3", "i4");

  private static ReadSpec spec(
      LocalDate start,
      LocalDate end,
      Granularity granularity,
      List<String> instances,
      List<Long> campaigns) {
    List<DateWindow> windows = DateWindows.cover(start, end, granularity);
    return ReadSpec.builder()
        .setClientConfig(
            ApiClientConfig.of("http://127.0.0.1:1", "id", SecretSources.ofValue("secret")))
        .setFilters(
            PerformanceQuery.builder()
                .setStartDate(windows.get(0).start())
                .setEndDate(windows.get(0).end())
                .build())
        .setWindows(windows)
        .setInstanceIds(instances)
        .setCampaignIds(campaigns)
        .setPageSize(100)
        .setMaxConcurrentRequests(8)
        .build();
  }

  @Test
  public void givenPageNumbersAndAllInstances_thenOneQueryPerWindowOmittingInstances() {
    List<ReadUnit> units =
        ReadPlanner.plan(
            spec(
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 3, 31),
                Granularity.MONTH,
                List.of(),
                List.of()),
            FOUR,
            PaginationGeneration.PAGE_NUMBER);
    assertEquals(3, units.size());
    for (ReadUnit unit : units) {
      assertEquals(List.of(), unit.query().instanceIds());
      assertEquals(FOUR, unit.instancesInScope());
    }
    assertEquals(LocalDate.of(2025, 2, 1), units.get(1).query().startDate());
    assertEquals(LocalDate.of(2025, 2, 28), units.get(1).query().endDate());
  }

  @Test
  public void givenCursorsAndFewWindows_thenOneQueryPerInstanceAndWindow() {
    List<ReadUnit> units =
        ReadPlanner.plan(
            spec(
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 3, 31),
                Granularity.MONTH,
                List.of(),
                List.of()),
            FOUR,
            PaginationGeneration.CURSOR);
    assertEquals(12, units.size());
    assertEquals(List.of("i1"), units.get(0).query().instanceIds());
  }

  @Test
  public void givenCursorsAndManyWindows_thenOneQueryPerWindow() {
    List<ReadUnit> units =
        ReadPlanner.plan(
            spec(
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 1, 31),
                Granularity.DAY,
                List.of(),
                List.of()),
            FOUR,
            PaginationGeneration.CURSOR);
    assertEquals(31, units.size());
  }

  @Test
  public void givenManyInstancesAndCampaigns_thenQueriesRespectTheApiLimitsAndEachIdOnce() {
    List<String> instances = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      instances.add("inst" + i);
    }
    List<Long> campaigns = new ArrayList<>();
    for (long c = 1; c <= 120; c++) {
      campaigns.add(c);
    }
    List<ReadUnit> units =
        ReadPlanner.plan(
            spec(
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 1, 31),
                Granularity.NONE,
                instances,
                campaigns),
            instances,
            PaginationGeneration.PAGE_NUMBER);
    assertEquals(3 * 3, units.size());
    assertEquals(
        List.of(100, 100, 50),
        units.stream()
            .filter(u -> u.query().campaignIds().contains(1L))
            .map(u -> u.query().instanceIds().size())
            .collect(Collectors.toList()));
    assertEquals(
        List.of(50, 50, 20),
        units.stream()
            .filter(u -> u.query().instanceIds().contains("inst0"))
            .map(u -> u.query().campaignIds().size())
            .collect(Collectors.toList()));
    assertEquals(
        units.size(),
        new HashSet<>(units.stream().map(ReadUnit::id).collect(Collectors.toList())).size());
  }

  @Test
  public void givenManyDiscoveredInstances_thenStillOneQueryPerWindowOmittingThem() {
    List<String> visible = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      visible.add("inst" + i);
    }
    List<ReadUnit> units =
        ReadPlanner.plan(
            spec(
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 1, 31),
                Granularity.NONE,
                List.of(),
                List.of()),
            visible,
            PaginationGeneration.PAGE_NUMBER);
    assertEquals(1, units.size());
    assertEquals(List.of(), units.get(0).query().instanceIds());
    assertEquals(visible, units.get(0).instancesInScope());
  }

  @Test
  public void givenNoVisibleInstances_thenNoQueries() {
    assertEquals(
        List.of(),
        ReadPlanner.plan(
            spec(
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 1, 31),
                Granularity.NONE,
                List.of(),
                List.of()),
            List.of(),
            PaginationGeneration.PAGE_NUMBER));
  }

  @Test
  public void
      givenCreatorsOnCursorsOverListedInstancesAndCampaigns_thenOneQueryPerWindowWithAllOfThem() {
    List<Long> forty = new ArrayList<>();
    for (long id = 1; id <= 40; id++) {
      forty.add(id);
    }
    ReadSpec spec =
        spec(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 28), Granularity.MONTH, FOUR, forty)
            .toBuilder()
            .setRoute(CreatorsRoute.INSTANCE)
            .build();
    List<ReadUnit> units = ReadPlanner.plan(spec, FOUR, PaginationGeneration.CURSOR);
    assertEquals(2, units.size());
    for (ReadUnit unit : units) {
      assertEquals(FOUR, unit.query().instanceIds());
      assertEquals(forty, unit.query().campaignIds());
    }
  }

  @Test
  public void givenInstanceTotalsWithARowPerInstance_thenOneQueryPerVisibleInstanceAndWindow() {
    ReadSpec spec =
        spec(
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 3, 31),
                Granularity.NONE,
                List.of(),
                List.of())
            .toBuilder()
            .setRoute(InstanceTotalsRoute.INSTANCE)
            .setRowPerInstance(true)
            .build();
    List<ReadUnit> units = ReadPlanner.plan(spec, FOUR, PaginationGeneration.PAGE_NUMBER);
    assertEquals(
        FOUR, units.stream().map(u -> u.query().instanceIds().get(0)).collect(Collectors.toList()));
  }

  @Test
  public void givenInstanceTotalsForTheScope_thenOneQueryPerWindowEvenOnCursors() {
    ReadSpec spec =
        spec(
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 3, 31),
                Granularity.NONE,
                List.of(),
                List.of())
            .toBuilder()
            .setRoute(InstanceTotalsRoute.INSTANCE)
            .build();
    List<ReadUnit> units = ReadPlanner.plan(spec, FOUR, PaginationGeneration.CURSOR);
    assertEquals(1, units.size());
    assertEquals(List.of(), units.get(0).query().instanceIds());
  }
}
