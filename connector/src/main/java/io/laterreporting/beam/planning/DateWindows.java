package io.laterreporting.beam.planning;

import io.laterreporting.beam.client.ApiLimits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a date range into the windows of a {@link Granularity}: windows never overlap and cover the
 * range exactly. A window is further cut where it would exceed the API's limit on one query's span
 * ({@code endDate <= startDate + 2 years}); such pieces are two calendar years long, which every
 * reading of that rule accepts.
 */
public final class DateWindows {
  private DateWindows() {}

  /** The last day a query that starts on {@code start} may cover. */
  public static LocalDate lastDayWithinApiSpan(LocalDate start) {
    return ApiLimits.latestEndDate(start).minusDays(1);
  }

  public static List<DateWindow> cover(LocalDate start, LocalDate end, Granularity granularity) {
    List<DateWindow> windows = new ArrayList<>();
    LocalDate windowStart = start;
    while (!windowStart.isAfter(end)) {
      LocalDate windowEnd = end;
      if (granularity != Granularity.NONE) {
        LocalDate calendarEnd =
            granularity.nextWindowStart(granularity.windowStart(windowStart)).minusDays(1);
        windowEnd = calendarEnd.isBefore(end) ? calendarEnd : end;
      }
      LocalDate spanLimit = lastDayWithinApiSpan(windowStart);
      if (windowEnd.isAfter(spanLimit)) {
        windowEnd = spanLimit;
      }
      windows.add(DateWindow.of(windowStart, windowEnd));
      windowStart = windowEnd.plusDays(1);
    }
    return windows;
  }

  /**
   * Cuts a range for a time series of {@code buckets}: one window for the whole range when the API
   * takes it in one query, else windows cut at bucket boundaries (each within the two-year limit),
   * so that no bucket is split across two queries; the API clips only the range's own first and
   * last bucket.
   */
  public static List<DateWindow> coverBuckets(LocalDate start, LocalDate end, Granularity buckets) {
    List<DateWindow> windows = new ArrayList<>();
    LocalDate windowStart = start;
    while (!windowStart.isAfter(end)) {
      LocalDate spanLimit = lastDayWithinApiSpan(windowStart);
      LocalDate windowEnd = end;
      if (end.isAfter(spanLimit)) {
        LocalDate lastBucketStart = buckets.windowStart(spanLimit.plusDays(1));
        windowEnd = lastBucketStart.isAfter(windowStart) ? lastBucketStart.minusDays(1) : spanLimit;
      }
      windows.add(DateWindow.of(windowStart, windowEnd));
      windowStart = windowEnd.plusDays(1);
    }
    return windows;
  }
}
