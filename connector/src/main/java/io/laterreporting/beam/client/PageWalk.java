package io.laterreporting.beam.client;

import java.util.HashSet;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The guards of every loop over the pages of one query: it decides from each answer whether and
 * where the query goes on, and refuses, with an {@link UnexpectedPaginationException} naming the
 * route, the query and what was odd, an envelope it does not understand, a cursor already followed,
 * a page number that is not the one asked for, a full page of items already seen, and more than
 * {@link #MAX_PAGES} pages. Without totals a page-number query ends on its first short or empty
 * page, and {@link #totalsAbsent()} says so. One walk per query; not thread-safe.
 */
public final class PageWalk {
  /** The API's limit on page numbers, and the cap of every walk. */
  public static final int MAX_PAGES = ApiLimits.MAX_PAGE_NUMBER;

  private final ApiRoute route;
  private final String query;
  private final Set<String> cursors = new HashSet<>();
  private int pages;
  private boolean totalsAbsent;

  /** A walk whose first {@code pagesBefore} pages were followed elsewhere (a resumed chain). */
  public PageWalk(ApiRoute route, String query, int pagesBefore) {
    this.route = route;
    this.query = query;
    this.pages = pagesBefore;
  }

  /**
   * Checks that the answer to {@code asked} is the page asked for, in the generation asked, with an
   * envelope this client understands.
   */
  public void check(PageRequest asked, PageInfo info) {
    if (info.generation() == PaginationGeneration.NONE) {
      throw odd(
          asked,
          "the answer has neither a 'pagination' object nor a 'nextCursor' member, so"
              + " where the query goes on is unknown");
    }
    if (asked.cursor() != null && info.generation() != PaginationGeneration.CURSOR) {
      throw odd(asked, "a cursor was followed but the answer has page numbers");
    }
    if (asked.pageNumber() != null && info.generation() != PaginationGeneration.PAGE_NUMBER) {
      throw odd(asked, "page " + asked.pageNumber() + " was asked for but the answer has a cursor");
    }
    int number = number(asked);
    if (info.generation() == PaginationGeneration.PAGE_NUMBER
        && info.page() != null
        && info.page() != number) {
      throw odd(
          asked,
          "page "
              + number
              + " was asked for and the answer says page "
              + info.page()
              + ": the page number does not advance");
    }
  }

  /**
   * The request of the page after {@code asked}, whose answer held {@code items} items of which
   * {@code newItems} were not seen on earlier pages; null at the end.
   */
  public @Nullable PageRequest next(PageRequest asked, PageInfo info, int items, int newItems) {
    check(asked, info);
    pages++;
    if (items > 0 && newItems == 0) {
      throw odd(asked, "page " + pages + " holds only items of earlier pages");
    }
    if (info.generation() == PaginationGeneration.CURSOR) {
      String cursor = info.nextCursor();
      if (cursor == null) {
        return null;
      }
      if (asked.cursor() != null) {
        cursors.add(asked.cursor());
      }
      if (!cursors.add(cursor)) {
        throw odd(
            asked,
            "nextCursor '" + cursor + "' was already followed: the chain does not" + " advance");
      }
      return capped(asked, PageRequest.cursor(cursor, asked.size()));
    }
    int number = number(asked);
    if (info.totalPages() != null) {
      if (info.totalPages() > MAX_PAGES) {
        throw odd(
            asked,
            "totalPages "
                + info.totalPages()
                + " is more than the "
                + MAX_PAGES
                + " pages the API serves");
      }
      return number >= info.totalPages() ? null : PageRequest.number(number + 1, asked.size());
    }
    totalsAbsent = true;
    return items < asked.size()
        ? null
        : capped(asked, PageRequest.number(number + 1, asked.size()));
  }

  /** Whether a page-number answer came without {@code totalPages}, so the end was a short page. */
  public boolean totalsAbsent() {
    return totalsAbsent;
  }

  private PageRequest capped(PageRequest asked, PageRequest next) {
    if (pages >= MAX_PAGES) {
      throw odd(
          asked,
          "more than "
              + MAX_PAGES
              + " pages, the most the API serves, and the"
              + " answers do not end");
    }
    return next;
  }

  private static int number(PageRequest asked) {
    return asked.pageNumber() == null ? 1 : asked.pageNumber();
  }

  private UnexpectedPaginationException odd(PageRequest asked, String what) {
    return new UnexpectedPaginationException(route, query + ", " + asked.describe(), what);
  }
}
