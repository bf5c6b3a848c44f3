package io.laterreporting.emulator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/**
 * The bucket sizes of {@code /v2/instances/performance-over-time}; weeks are ISO, Monday to Sunday.
 */
public enum SeriesGranularity {
  DAY,
  WEEK,
  MONTH,
  QUARTER,
  YEAR;

  /** The value of the {@code granularity} parameter. */
  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The first day of the whole (unclipped) bucket holding {@code day}. */
  public LocalDate bucketStart(LocalDate day) {
    return switch (this) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
      case QUARTER -> day.with(IsoFields.DAY_OF_QUARTER, 1);
      case YEAR -> day.withDayOfYear(1);
    };
  }

  /** The first day of the bucket after the one starting on {@code bucketStart}. */
  public LocalDate nextBucketStart(LocalDate bucketStart) {
    return switch (this) {
      case DAY -> bucketStart.plusDays(1);
      case WEEK -> bucketStart.plusWeeks(1);
      case MONTH -> bucketStart.plusMonths(1);
      case QUARTER -> bucketStart.plusMonths(3);
      case YEAR -> bucketStart.plusYears(1);
    };
  }

  static Optional<SeriesGranularity> parse(String text) {
    for (SeriesGranularity granularity : values()) {
      if (granularity.apiName().equals(text)) {
        return Optional.of(granularity);
      }
    }
    return Optional.empty();
  }
}
