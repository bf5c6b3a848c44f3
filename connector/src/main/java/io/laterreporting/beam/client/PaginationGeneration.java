package io.laterreporting.beam.client;

/** The two generations of pagination the API has been documented with, as an answer shows them. */
public enum PaginationGeneration {
  /**
   * {@code pageNumber}/{@code pageSize}; answers carry {@code
   * pagination{page,pageSize,totalPages,totalItems}}.
   */
  PAGE_NUMBER,
  /** {@code nextCursor}/{@code limit}; answers carry {@code nextCursor} (null on the last page). */
  CURSOR,
  /**
   * An answer of a paginated route with neither a {@code pagination} object nor a {@code
   * nextCursor} member: its pagination is not understood, and {@link PageWalk} refuses it rather
   * than take it as one final page.
   */
  NONE
}
