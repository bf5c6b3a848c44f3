package io.laterreporting.beam.reading;

import com.google.auto.value.AutoValue;
import io.laterreporting.beam.planning.ReadUnit;
import io.laterreporting.beam.routes.ReportRoute;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What the unit check needs to know of a {@link FetchedPage}: where it sits, what the API said
 * about the whole answer, and which rows (by the route's row key) it held. Small, so that all of a
 * unit's summaries can be brought together while the rows themselves are never grouped.
 */
@AutoValue
abstract class PageSummary implements Serializable {
  private static final long serialVersionUID = 1L;

  abstract ReadUnit unit();

  abstract FetchedPage.Kind kind();

  abstract int index();

  abstract int expectedCount();

  abstract @Nullable Long reportedTotalItems();

  abstract boolean last();

  /** The route's key of each row, in page order. */
  abstract List<String> rowKeys();

  /**
   * The campaigns the page's rows belong to, distinct, on routes whose rows each belong to one
   * campaign; empty on routes whose rows aggregate over campaigns.
   */
  abstract List<Long> campaignIds();

  static <R> PageSummary of(FetchedPage<R> page, ReportRoute<R> route) {
    List<String> keys = new ArrayList<>(page.rows().size());
    for (R row : page.rows()) {
      keys.add(route.rowKey(row));
    }
    return new AutoValue_PageSummary(
        page.unit(),
        page.kind(),
        page.index(),
        page.expectedCount(),
        page.reportedTotalItems(),
        page.last(),
        keys,
        route.campaignIds(page.rows()));
  }
}
