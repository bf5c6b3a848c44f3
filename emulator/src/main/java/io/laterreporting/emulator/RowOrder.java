package io.laterreporting.emulator;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;

/**
 * Sorting of performance rows. The API's default order is undocumented; the emulator uses a
 * day-precision date or a small count that many rows share (campaigns: lastPostDate, posts:
 * postDate, creators: postsCount), all DESC. Nulls sort last in either direction. Rows equal on the
 * key are "ties"; the stable order breaks them by the ascending row key, the unstable-order mode
 * shuffles them on every request instead.
 */
final class RowOrder {
  static final String DEFAULT_PROPERTY = "lastPostDate";

  private RowOrder() {}

  static Comparator<ExpectedRow> byKey(String property, SortDirection direction) {
    return byKey(
        property,
        direction,
        ExpectedRow::metrics,
        Map.of(
            "firstPostDate",
            ExpectedRow::firstPostDate,
            "lastPostDate",
            ExpectedRow::lastPostDate));
  }

  static Comparator<ExpectedRow> stable(String property, SortDirection direction) {
    return byKey(property, direction).thenComparingLong(ExpectedRow::campaignId);
  }

  static Comparator<ExpectedPost> posts(String property, SortDirection direction) {
    return byKey(
        property, direction, ExpectedPost::metrics, Map.of("postDate", ExpectedPost::postDate));
  }

  static Comparator<ExpectedCreator> creators(String property, SortDirection direction) {
    return byKey(property, direction, ExpectedCreator::metrics, Map.of());
  }

  /**
   * Rows of any route by {@code property}: one of its {@code dates}, or else one of its metrics.
   */
  static <R> Comparator<R> byKey(
      String property,
      SortDirection direction,
      Function<R, Map<String, Number>> metrics,
      Map<String, Function<R, Instant>> dates) {
    Function<R, Instant> date = dates.get(property);
    if (date != null) {
      Comparator<R> ascending = Comparator.comparing(date);
      return direction == SortDirection.ASC ? ascending : ascending.reversed();
    }
    return (a, b) ->
        compareNumbers(metrics.apply(a).get(property), metrics.apply(b).get(property), direction);
  }

  private static int compareNumbers(Number a, Number b, SortDirection direction) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    int ascending = Double.compare(a.doubleValue(), b.doubleValue());
    return direction == SortDirection.ASC ? ascending : -ascending;
  }
}
