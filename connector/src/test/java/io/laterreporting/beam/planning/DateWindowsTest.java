package io.laterreporting.beam.planning;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class DateWindowsTest {

  @Test
  public void givenFiveYearsWithoutGranularity_thenTwoYearWindowsWithinTheApiSpan() {
    List<DateWindow> windows =
        DateWindows.cover(LocalDate.of(2020, 3, 1), LocalDate.of(2025, 2, 28), Granularity.NONE);
    assertEquals(
        List.of(
            DateWindow.of(LocalDate.of(2020, 3, 1), LocalDate.of(2022, 2, 28)),
            DateWindow.of(LocalDate.of(2022, 3, 1), LocalDate.of(2024, 2, 29)),
            DateWindow.of(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28))),
        windows);
    for (DateWindow window : windows) {
      assertFalse(window.end().isAfter(window.start().plusYears(2)));
    }
  }

  @Test
  public void givenAnyRangeAndGranularity_thenWindowsAreContiguousAndCoverItExactly() {
    Random random = new Random(42);
    for (int trial = 0; trial < 500; trial++) {
      LocalDate start = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000));
      LocalDate end = start.plusDays(random.nextInt(1200));
      for (Granularity granularity : Granularity.values()) {
        List<DateWindow> windows = DateWindows.cover(start, end, granularity);
        LocalDate next = start;
        for (DateWindow window : windows) {
          assertEquals(next, window.start());
          assertFalse(window.end().isAfter(DateWindows.lastDayWithinApiSpan(window.start())));
          next = window.end().plusDays(1);
        }
        assertEquals(end.plusDays(1), next);
      }
    }
  }

  @Test
  public void givenAYearThatStartsMidWeek_thenWeeksRunMondayToSunday() {
    List<DateWindow> windows =
        DateWindows.cover(LocalDate.of(2025, 12, 30), LocalDate.of(2026, 1, 12), Granularity.WEEK);
    assertEquals(
        List.of(
            DateWindow.of(LocalDate.of(2025, 12, 30), LocalDate.of(2026, 1, 4)),
            DateWindow.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 11)),
            DateWindow.of(LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 12))),
        windows);
  }

  @Test
  public void
      givenFiveYearsOfMonthlyBucketsFromMidMonth_thenWindowsCutOnlyAtMonthStartsWithinTheSpan() {
    List<DateWindow> windows =
        DateWindows.coverBuckets(
            LocalDate.of(2020, 3, 17), LocalDate.of(2025, 2, 10), Granularity.MONTH);
    assertEquals(
        List.of(
            DateWindow.of(LocalDate.of(2020, 3, 17), LocalDate.of(2022, 2, 28)),
            DateWindow.of(LocalDate.of(2022, 3, 1), LocalDate.of(2024, 2, 29)),
            DateWindow.of(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 10))),
        windows);
  }

  @Test
  public void givenAnyRangeAndBucketSize_thenSeriesWindowsCoverItAndNeverSplitABucket() {
    Random random = new Random(7);
    for (int trial = 0; trial < 500; trial++) {
      LocalDate start = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(2000));
      LocalDate end = start.plusDays(random.nextInt(2200));
      for (Granularity buckets :
          List.of(
              Granularity.DAY,
              Granularity.WEEK,
              Granularity.MONTH,
              Granularity.QUARTER,
              Granularity.YEAR)) {
        List<DateWindow> windows = DateWindows.coverBuckets(start, end, buckets);
        LocalDate next = start;
        for (DateWindow window : windows) {
          assertEquals(next, window.start());
          assertFalse(window.end().isAfter(DateWindows.lastDayWithinApiSpan(window.start())));
          if (!window.start().equals(start)) {
            assertEquals(
                "cut at a bucket start", buckets.windowStart(window.start()), window.start());
          }
          next = window.end().plusDays(1);
        }
        assertEquals(end.plusDays(1), next);
      }
    }
  }
}
