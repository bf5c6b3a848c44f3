package io.laterreporting.beam.planning;

import com.google.auto.value.AutoValue;
import java.io.Serializable;
import java.time.LocalDate;

/** A range of whole days, both ends inclusive, in UTC: the period one output row aggregates. */
@AutoValue
public abstract class DateWindow implements Serializable {
  private static final long serialVersionUID = 1L;

  public abstract LocalDate start();

  public abstract LocalDate end();

  public static DateWindow of(LocalDate start, LocalDate end) {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          String.format("a date window must not end (%s) before it starts (%s)", end, start));
    }
    return new AutoValue_DateWindow(start, end);
  }

  public long days() {
    return end().toEpochDay() - start().toEpochDay() + 1;
  }

  @Override
  public final String toString() {
    return start() + ".." + end();
  }
}
