package io.laterreporting.emulator;

/** The two documented pagination generations; the emulator plays exactly one of them. */
public enum Pagination {
  /** Generation A: {@code pageNumber}/{@code pageSize}, a {@code pagination} object with totals. */
  PAGE_NUMBER,
  /** Generation B: {@code limit}/{@code nextCursor}, no totals, {@code metrics} required. */
  CURSOR
}
