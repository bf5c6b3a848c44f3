package io.laterreporting.emulator;

import java.util.Comparator;

/**
 * Sorting of performance rows. The API's default order is undocumented; the emulator uses
 * lastPostDate DESC, a day-precision date that many campaigns share. Nulls sort last in either
 * direction. Rows equal on the key are "ties"; the stable order breaks them by ascending
 * campaignId, the unstable-order mode shuffles them on every request instead.
 */
final class RowOrder {
  static final String DEFAULT_PROPERTY = "lastPostDate";

  private RowOrder() {}

  static Comparator<ExpectedRow> byKey(String property, SortDirection direction) {
    Comparator<ExpectedRow> ascending = switch (property) {
      case "firstPostDate" -> Comparator.comparing(ExpectedRow::firstPostDate);
      case "lastPostDate" -> Comparator.comparing(ExpectedRow::lastPostDate);
      default -> (a, b) -> compareNumbers(a.metrics().get(property), b.metrics().get(property),
          direction);
    };
    if (property.equals("firstPostDate") || property.equals("lastPostDate")) {
      return direction == SortDirection.ASC ? ascending : ascending.reversed();
    }
    return ascending;
  }

  static Comparator<ExpectedRow> stable(String property, SortDirection direction) {
    return byKey(property, direction).thenComparingLong(ExpectedRow::campaignId);
  }

  private static int compareNumbers(Number a, Number b, SortDirection direction) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    int ascending = Double.compare(a.doubleValue(), b.doubleValue());
    return direction == SortDirection.ASC ? ascending : -ascending;
  }
}
