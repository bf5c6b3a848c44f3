package io.laterreporting.beam.reading;

import io.laterreporting.beam.routes.ReportRoute;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Checks that the pages of one unit, fetched at different moments, add up to one consistent answer:
 * every page once, the totals unchanged, each page as full as promised, and no row (by the route's
 * row key) twice. Pages of an order with ties can overlap and leave a gap with the same totals; a
 * gap is invisible on its own, but it always comes with an overlap or a short page, which this
 * finds.
 */
final class UnitCheck {
  private UnitCheck() {}

  /** Why the pages are not one consistent answer, or {@code null} if they are. */
  static @Nullable String problem(List<PageSummary> pages) {
    PageSummary first = pages.iterator().next();
    switch (first.kind()) {
      case PAGE_NUMBERS:
        return pageNumbersProblem(pages, first);
      case CURSOR_CHAIN:
        return cursorChainProblem(pages);
      case CAMPAIGN_PIECES:
        return piecesProblem(pages, first);
      default:
        throw new IllegalStateException("unknown page kind " + first.kind());
    }
  }

  private static @Nullable String pageNumbersProblem(
      Iterable<PageSummary> pages, PageSummary first) {
    int totalPages = first.expectedCount();
    Long totalItems = first.reportedTotalItems();
    int pageSize = first.unit().pageSize();
    BitSet seen = new BitSet();
    Set<String> keys = new HashSet<>();
    long rows = 0;
    for (PageSummary page : pages) {
      if (page.expectedCount() != totalPages
          || !Objects.equals(page.reportedTotalItems(), totalItems)) {
        return String.format(
            "the answer changed while it was read: page %d reported %d pages and %s rows, page %d"
                + " reported %d pages and %s rows",
            first.index(),
            totalPages,
            totalItems,
            page.index(),
            page.expectedCount(),
            page.reportedTotalItems());
      }
      if (seen.get(page.index())) {
        return "page " + page.index() + " arrived twice";
      }
      seen.set(page.index());
      long expectedRows =
          page.index() < totalPages
              ? pageSize
              : (totalItems == null
                  ? page.rowKeys().size()
                  : totalItems - (long) (totalPages - 1) * pageSize);
      if (page.rowKeys().size() != expectedRows) {
        return String.format(
            "page %d of %d held %d rows, %d expected",
            page.index(), totalPages, page.rowKeys().size(), expectedRows);
      }
      String duplicate = addAll(keys, page);
      if (duplicate != null) {
        return "row " + duplicate + " appeared on two pages";
      }
      rows += page.rowKeys().size();
    }
    if (seen.cardinality() != totalPages || seen.nextSetBit(0) != 1) {
      return "pages " + seen + " arrived, 1.." + totalPages + " expected";
    }
    if (totalItems != null && rows != totalItems) {
      return rows + " rows arrived, " + totalItems + " reported";
    }
    return null;
  }

  private static @Nullable String cursorChainProblem(Iterable<PageSummary> pages) {
    BitSet seen = new BitSet();
    int lastIndex = -1;
    Set<String> keys = new HashSet<>();
    for (PageSummary page : pages) {
      if (seen.get(page.index())) {
        return "page " + page.index() + " of the cursor chain arrived twice";
      }
      seen.set(page.index());
      if (page.last()) {
        lastIndex = page.index();
      }
      String duplicate = addAll(keys, page);
      if (duplicate != null) {
        return "row " + duplicate + " appeared on two pages";
      }
    }
    if (lastIndex < 0 || seen.cardinality() != lastIndex || seen.nextSetBit(0) != 1) {
      return "cursor pages " + seen + " arrived, ending at " + lastIndex;
    }
    return null;
  }

  private static @Nullable String piecesProblem(Iterable<PageSummary> pages, PageSummary first) {
    BitSet seen = new BitSet();
    Set<String> keys = new HashSet<>();
    for (PageSummary page : pages) {
      if (seen.get(page.index())) {
        return "piece " + page.index() + " arrived twice";
      }
      seen.set(page.index());
      String duplicate = addAll(keys, page);
      if (duplicate != null) {
        return "row " + duplicate + " appeared in two pieces";
      }
    }
    if (seen.cardinality() != first.expectedCount() || seen.length() != first.expectedCount()) {
      return "pieces " + seen + " arrived, 0.." + (first.expectedCount() - 1) + " expected";
    }
    return null;
  }

  /** The key of the first row that occurs twice in {@code rows}, or {@code null}. */
  static <R> @Nullable String firstDuplicate(Iterable<R> rows, ReportRoute<R> route) {
    Set<String> keys = new HashSet<>();
    for (R row : rows) {
      String key = route.rowKey(row);
      if (!keys.add(key)) {
        return key;
      }
    }
    return null;
  }

  private static @Nullable String addAll(Set<String> keys, PageSummary page) {
    for (String key : page.rowKeys()) {
      if (!keys.add(key)) {
        return key;
      }
    }
    return null;
  }
}
