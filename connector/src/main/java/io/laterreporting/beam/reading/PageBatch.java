package io.laterreporting.beam.reading;

import java.util.Arrays;
import java.util.List;

/**
 * The pages still to read of several units, numbered 0..size-1 one unit after another: the
 * restriction of {@link ReadPageRangeFn} ranges over these numbers, so one restriction spans units
 * and the read looks ahead across them.
 */
final class PageBatch {
  /** A page of the batch: which unit's pending pages, and which of them (page number or piece). */
  static final class Page {
    final PendingPages pending;
    final int index;

    Page(PendingPages pending, int index) {
      this.pending = pending;
      this.index = index;
    }
  }

  private final List<PendingPages> units;
  private final long[] starts;

  PageBatch(List<PendingPages> units) {
    this.units = units;
    this.starts = new long[units.size() + 1];
    for (int i = 0; i < units.size(); i++) {
      starts[i + 1] = starts[i] + pagesOf(units.get(i));
    }
  }

  static long size(List<PendingPages> units) {
    return units.stream().mapToLong(PageBatch::pagesOf).sum();
  }

  private static long pagesOf(PendingPages pending) {
    return pending.to() - pending.from();
  }

  Page at(long position) {
    int i = Arrays.binarySearch(starts, position);
    int unit = i >= 0 ? i : -i - 2;
    while (pagesOf(units.get(unit)) == 0) {
      unit++; // a unit without pages starts where the next one does
    }
    return new Page(units.get(unit), units.get(unit).from() + (int) (position - starts[unit]));
  }
}
