package io.laterreporting.beam.client;

import com.google.auto.value.AutoValue;
import java.io.Serializable;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Where a page sits, as the answer's envelope said: generation A's {@code pagination} object or
 * generation B's {@code nextCursor}. In generation A the end is {@code page >= totalPages}, never a
 * short page; in generation B it is a null {@code nextCursor}.
 */
@AutoValue
public abstract class PageInfo implements Serializable {
  private static final long serialVersionUID = 1L;

  public abstract PaginationGeneration generation();

  public abstract @Nullable Integer page();

  public abstract @Nullable Integer pageSize();

  public abstract @Nullable Integer totalPages();

  public abstract @Nullable Long totalItems();

  public abstract @Nullable String nextCursor();

  public static PageInfo pageNumber(int page, int pageSize, int totalPages, long totalItems) {
    return new AutoValue_PageInfo(
        PaginationGeneration.PAGE_NUMBER, page, pageSize, totalPages, totalItems, null);
  }

  public static PageInfo cursor(@Nullable String nextCursor) {
    return new AutoValue_PageInfo(PaginationGeneration.CURSOR, null, null, null, null, nextCursor);
  }

  static PageInfo of(
      PaginationGeneration generation,
      @Nullable Integer page,
      @Nullable Integer pageSize,
      @Nullable Integer totalPages,
      @Nullable Long totalItems,
      @Nullable String nextCursor) {
    return new AutoValue_PageInfo(generation, page, pageSize, totalPages, totalItems, nextCursor);
  }

  /**
   * Whether the envelope itself says no page follows: a null cursor, or {@code page >= totalPages}.
   * False when it cannot tell (page numbers without totals, an envelope not understood): a loop
   * over pages decides with {@link PageWalk}, which also knows the page asked for and its size.
   */
  public boolean isLast() {
    switch (generation()) {
      case CURSOR:
        return nextCursor() == null;
      case PAGE_NUMBER:
        return totalPages() != null && (page() == null ? 1 : page()) >= totalPages();
      default:
        return false;
    }
  }

  /**
   * The request of the next page as the envelope alone tells it, with {@code size} rows; null if
   * this is the last page or the envelope is not understood. Loops use {@link PageWalk} instead.
   */
  public @Nullable PageRequest next(int size) {
    if (isLast() || generation() == PaginationGeneration.NONE) {
      return null;
    }
    if (generation() == PaginationGeneration.CURSOR) {
      return PageRequest.cursor(nextCursor(), size);
    }
    return PageRequest.number((page() == null ? 1 : page()) + 1, size);
  }
}
