package io.laterreporting.beam.client;

import com.google.auto.value.AutoValue;
import java.io.Serializable;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Which page to ask for. {@link #first} is asked in the generation the gateway speaks (see {@link
 * LaterApiClient#generation()}); {@link #number} is generation A ({@code pageNumber}, {@code
 * pageSize}); {@link #cursor} is generation B ({@code nextCursor}, {@code limit}).
 */
@AutoValue
public abstract class PageRequest implements Serializable {
  private static final long serialVersionUID = 1L;

  public abstract int size();

  /** 1-based page number, for {@link PaginationGeneration#PAGE_NUMBER}; null otherwise. */
  public abstract @Nullable Integer pageNumber();

  /** The previous page's cursor, for {@link PaginationGeneration#CURSOR}; null otherwise. */
  public abstract @Nullable String cursor();

  public static PageRequest first(int size) {
    return new AutoValue_PageRequest(checkSize(size), null, null);
  }

  public static PageRequest number(int pageNumber, int size) {
    if (pageNumber < 1) {
      throw new IllegalArgumentException(
          "pageNumber: got " + pageNumber + "; allowed >= 1 (1-based)");
    }
    return new AutoValue_PageRequest(checkSize(size), pageNumber, null);
  }

  public static PageRequest cursor(String cursor, int size) {
    if (cursor == null || cursor.isEmpty()) {
      throw new IllegalArgumentException(
          "cursor: got "
              + (cursor == null ? "null" : "an empty string")
              + "; the nextCursor of the previous page is required");
    }
    return new AutoValue_PageRequest(checkSize(size), null, cursor);
  }

  /** True for {@link #first}: the generation is not known yet. */
  public boolean isFirst() {
    return pageNumber() == null && cursor() == null;
  }

  private static int checkSize(int size) {
    if (size < 1 || size > ApiLimits.MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "size: got " + size + "; allowed 1.." + ApiLimits.MAX_PAGE_SIZE);
    }
    return size;
  }

  /** The paging parameters, for messages; a cursor is not a secret. */
  public String describe() {
    if (cursor() != null) {
      return "page=cursor(" + cursor() + "), limit=" + size();
    }
    if (pageNumber() != null) {
      return "pageNumber=" + pageNumber() + ", pageSize=" + size();
    }
    return "page=first, size=" + size();
  }
}
