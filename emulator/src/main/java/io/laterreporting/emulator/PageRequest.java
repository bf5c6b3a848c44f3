package io.laterreporting.emulator;

import java.util.Optional;

/** The validated pagination parameters of one request, for either generation. */
final class PageRequest {
  static final int MAX_PAGE_NUMBER = 500;
  static final int MAX_PAGE_SIZE = 100;
  static final int DEFAULT_PAGE_SIZE = 50;

  final int pageNumber;
  final int size;
  /** Generation B: where the page starts; generation A derives it from the page number. */
  final int offset;

  private PageRequest(int pageNumber, int size, int offset) {
    this.pageNumber = pageNumber;
    this.size = size;
    this.offset = offset;
  }

  static PageRequest parse(Pagination generation, QueryParameters params, long queryFingerprint) {
    if (generation == Pagination.PAGE_NUMBER) {
      int page = integer(params, "pageNumber", 1, 1, MAX_PAGE_NUMBER);
      int size = integer(params, "pageSize", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
      return new PageRequest(page, size, (page - 1) * size);
    }
    int limit = integer(params, "limit", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
    Optional<String> cursor = params.single("nextCursor");
    int offset = cursor.isPresent() ? CursorCodec.decode(cursor.get(), queryFingerprint) : 0;
    return new PageRequest(0, limit, offset);
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
    throw ApiProblem.validation(name + " must be an integer from " + min + " to " + max
        + ", got '" + text.get() + "'.");
  }
}
