package io.laterreporting.beam.reading;

import com.google.auto.value.AutoValue;
import io.laterreporting.beam.planning.ReadUnit;
import java.io.Serializable;
import java.util.List;

/**
 * The pages of a unit that remain after its first page, addressable independently: page numbers
 * {@code [from, to)}, or pieces {@code [0, pieces.size())} each a batch of campaign ids answered in
 * one page.
 */
@AutoValue
abstract class PendingPages implements Serializable {
  private static final long serialVersionUID = 1L;

  abstract ReadUnit unit();

  abstract FetchedPage.Kind kind();

  abstract int from();

  abstract int to();

  /** For {@link FetchedPage.Kind#CAMPAIGN_PIECES}: the campaign ids of each piece. */
  abstract List<List<Long>> pieces();

  static PendingPages pageNumbers(ReadUnit unit, int from, int to) {
    return new AutoValue_PendingPages(unit, FetchedPage.Kind.PAGE_NUMBERS, from, to, List.of());
  }

  static PendingPages pieces(ReadUnit unit, List<List<Long>> pieces) {
    return new AutoValue_PendingPages(
        unit, FetchedPage.Kind.CAMPAIGN_PIECES, 0, pieces.size(), List.copyOf(pieces));
  }
}
