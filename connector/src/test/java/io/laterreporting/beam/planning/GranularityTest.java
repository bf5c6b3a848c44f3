package io.laterreporting.beam.planning;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class GranularityTest {
  private static final LocalDate SUNDAY_2025_05_04 = LocalDate.of(2025, 5, 4);

  @Test
  public void givenADay_thenWindowStartIsTheFirstDayOfTheCalendarWindowHoldingIt() {
    assertEquals(SUNDAY_2025_05_04, Granularity.DAY.windowStart(SUNDAY_2025_05_04));
    assertEquals(LocalDate.of(2025, 4, 28), Granularity.WEEK.windowStart(SUNDAY_2025_05_04));
    assertEquals(LocalDate.of(2025, 5, 1), Granularity.MONTH.windowStart(SUNDAY_2025_05_04));
    assertEquals(LocalDate.of(2025, 4, 1), Granularity.QUARTER.windowStart(SUNDAY_2025_05_04));
    assertEquals(LocalDate.of(2025, 1, 1), Granularity.YEAR.windowStart(SUNDAY_2025_05_04));
  }

  @Test
  public void givenARangeFromAWindowStart_thenItsFirstWindowIsWhole() {
    for (Granularity granularity : Granularity.values()) {
      if (granularity == Granularity.NONE) {
        continue;
      }
      LocalDate start = granularity.windowStart(SUNDAY_2025_05_04);
      DateWindow first = DateWindows.cover(start, LocalDate.of(2026, 6, 30), granularity).get(0);
      assertEquals(granularity + " starts on its window", start, first.start());
      assertEquals(
          granularity + " is whole", granularity.nextWindowStart(start).minusDays(1), first.end());
    }
  }

  @Test
  public void givenNone_thenThereIsNoCalendarWindowToStartFrom() {
    assertThrows(
        IllegalStateException.class, () -> Granularity.NONE.windowStart(SUNDAY_2025_05_04));
  }
}
