package io.laterreporting.beam.client;

/** The two generations of pagination the API has been documented with. */
public enum PaginationGeneration {
  /** {@code pageNumber}/{@code pageSize}; answers carry {@code pagination{page,pageSize,totalPages,totalItems}}. */
  PAGE_NUMBER,
  /** {@code nextCursor}/{@code limit}; answers carry {@code nextCursor} (null on the last page). */
  CURSOR
}
