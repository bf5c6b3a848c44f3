package io.laterreporting.beam.reading;

import io.laterreporting.beam.client.PageInfo;
import io.laterreporting.beam.client.PageRequest;
import io.laterreporting.beam.client.PageWalk;
import io.laterreporting.beam.client.PerformancePage;
import io.laterreporting.beam.planning.ReadUnit;
import io.laterreporting.beam.routes.ReportRoute;

/**
 * Page {@code n} of a unit that page 1 said has {@code totalPages}: the one way to ask for such a
 * page and to hand it to the unit check, whether it is read right after page 1 ({@link
 * FetchFirstPageFn}, a unit of a few pages) or as part of a splittable range ({@link
 * ReadPageRangeFn}).
 */
final class NumberedPages {
  private NumberedPages() {}

  /**
   * Page {@code index}, refused unless the answer says it is that page (or says no page). Safe on
   * any thread: it counts nothing.
   */
  static <R> PerformancePage<R> fetch(
      ApiSession session, ReportRoute<R> route, ReadUnit unit, int index) {
    PageRequest asked = PageRequest.number(index, unit.pageSize());
    PerformancePage<R> page = session.page(route, unit, asked);
    new PageWalk(route.apiRoute(), unit.query().describe(), 0).check(asked, page.pageInfo());
    return page;
  }

  /** The page as the unit check reads it: with the totals it reported. */
  static <R> FetchedPage<R> fetched(ReadUnit unit, int index, PerformancePage<R> page) {
    PageInfo info = page.pageInfo();
    return FetchedPage.of(
        unit,
        FetchedPage.Kind.PAGE_NUMBERS,
        index,
        info.totalPages() == null ? 0 : info.totalPages(),
        info.totalItems(),
        info.isLast(),
        page.rows());
  }
}
