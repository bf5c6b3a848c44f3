package io.laterreporting.beam.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How finely the output is cut in time: each output row aggregates one campaign over one window of
 * this size. Windows are calendar-aligned in UTC (ISO weeks run Monday to Sunday) and clipped to
 * the requested range, so the first and last window may be shorter than the others.
 */
public enum Granularity {
  /** One window for the whole range (cut only where the API's two-year limit forces it). */
  NONE,
  DAY,
  /** ISO week, Monday to Sunday. */
  WEEK,
  MONTH,
  QUARTER,
  YEAR;

  /**
   * The first day of the calendar window of this size that contains {@code day}, e.g. the 1st of
   * its month: where a rolling range must start to cover whole windows.
   *
   * @throws IllegalStateException for {@link #NONE}, which has no calendar windows
   */
  public LocalDate windowStart(LocalDate day) {
    switch (this) {
      case DAY:
        return day;
      case WEEK:
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH:
        return day.withDayOfMonth(1);
      case QUARTER:
        return day.with(IsoFields.DAY_OF_QUARTER, 1);
      case YEAR:
        return day.withDayOfYear(1);
      default:
        throw new IllegalStateException("NONE has no calendar windows");
    }
  }

  /** The first day of the window after the one that starts on {@code windowStart}. */
  LocalDate nextWindowStart(LocalDate windowStart) {
    switch (this) {
      case DAY:
        return windowStart.plusDays(1);
      case WEEK:
        return windowStart.plusWeeks(1);
      case MONTH:
        return windowStart.plusMonths(1);
      case QUARTER:
        return windowStart.plusMonths(3);
      case YEAR:
        return windowStart.plusYears(1);
      default:
        throw new IllegalStateException("NONE has no calendar windows");
    }
  }

  /** The lower-case name used by options and display data, e.g. {@code month}. */
  public String optionValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses {@code none|day|week|month|quarter|year} (any case).
   *
   * @throws IllegalArgumentException naming the parameter, the value and the allowed values
   */
  public static Granularity parse(String value) {
    for (Granularity granularity : values()) {
      if (granularity.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
        return granularity;
      }
    }
    throw new IllegalArgumentException(
        String.format(
            "granularity must be one of %s, but was '%s'",
            Arrays.stream(values()).map(Granularity::optionValue).collect(Collectors.joining("|")),
            value));
  }
}
