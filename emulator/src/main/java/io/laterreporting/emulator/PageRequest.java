package io.laterreporting.emulator;

import java.util.Optional;
import java.util.Set;

/** The validated pagination parameters of one request, for either generation. */
final class PageRequest {
  static final int MAX_PAGE_NUMBER = 500;
  static final int MAX_PAGE_SIZE = 100;
  static final int DEFAULT_PAGE_SIZE = 50;

  final int pageNumber;
  final int size;

  /** Generation B: where the page starts; generation A derives it from the page number. */
  final int offset;

  /** Generation B: the cursor this request came with, null on a first page. */
  final String cursor;

  /** The query the request's cursors are bound to. */
  final long fingerprint;

  private PageRequest(int pageNumber, int size, int offset, String cursor, long fingerprint) {
    this.pageNumber = pageNumber;
    this.size = size;
    this.offset = offset;
    this.cursor = cursor;
    this.fingerprint = fingerprint;
  }

  /**
   * Checks the parameters against the route's ({@code routeParameters}, paging ones aside) as
   * {@code rules} say, then reads the paging ones.
   */
  static PageRequest parse(
      PagingRules rules, Route route, Set<String> routeParameters, QueryParameters params) {
    rules.checkKnown(route, routeParameters, params);
    long fingerprint = rules.fingerprint(route, routeParameters, params);
    if (rules.generation == Pagination.PAGE_NUMBER) {
      int page = integer(params, "pageNumber", 1, 1, MAX_PAGE_NUMBER);
      int size = integer(params, "pageSize", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
      if (rules.pageNumberQuirk == PageNumberQuirk.STUCK_ON_FIRST_PAGE) {
        page = 1;
      }
      return new PageRequest(page, size, (page - 1) * size, null, fingerprint);
    }
    int limit = integer(params, "limit", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
    Optional<String> cursor = params.single("nextCursor");
    int offset = cursor.isPresent() ? CursorCodec.decode(cursor.get(), fingerprint) : 0;
    return new PageRequest(0, limit, offset, cursor.orElse(null), fingerprint);
  }

  private static int integer(QueryParameters params, String name, int fallback, int min, int max) {
    Optional<String> text = params.single(name);
    if (text.isEmpty()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text.get());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // falls through to the same message as an out-of-range number
    }
    throw ApiProblem.validation(
        name + " must be an integer from " + min + " to " + max + ", got '" + text.get() + "'.");
  }
}
