package io.laterreporting.beam.reading;

import com.google.auto.value.AutoValue;
import io.laterreporting.beam.planning.ReadUnit;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One page of a unit's answer, with what the API said about the whole answer when it sent it, so
 * that the pages of a unit can be checked against each other once they are all together.
 */
@AutoValue
abstract class FetchedPage<R> {

  /** How the unit's pages are addressed. */
  enum Kind {
    /** Page numbers 1..totalPages of one query. */
    PAGE_NUMBERS,
    /** Cursor pages 1..n of one query, in order. */
    CURSOR_CHAIN,
    /** Pieces 0..n-1: queries for batches of campaigns, each answered in one page. */
    CAMPAIGN_PIECES
  }

  abstract ReadUnit unit();

  abstract Kind kind();

  /** The page number, the position in the cursor chain (from 1) or the piece index (from 0). */
  abstract int index();

  /** Page numbers: the totalPages this page reported; pieces: how many pieces there are. */
  abstract int expectedCount();

  /** Page numbers: the totalItems this page reported. */
  abstract @Nullable Long reportedTotalItems();

  /** Whether the API said no page follows (cursor chains). */
  abstract boolean last();

  abstract List<R> rows();

  static <R> FetchedPage<R> of(
      ReadUnit unit,
      Kind kind,
      int index,
      int expectedCount,
      @Nullable Long reportedTotalItems,
      boolean last,
      List<R> rows) {
    return new AutoValue_FetchedPage<>(
        unit, kind, index, expectedCount, reportedTotalItems, last, rows);
  }
}
