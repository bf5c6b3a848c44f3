package io.laterreporting.emulator;

import java.util.Comparator;
import java.util.List;

/**
 * A performance route whose answer is a paginated list of rows of type {@code R}: how its rows are
 * computed (by the oracle), which of them tie on the sort key, and how one is written.
 * {@link ReportEndpoint} does the rest (scope, validation, cache, unstable order, pagination).
 */
interface ListReport<R> {
  ReportDescriptor descriptor();

  /** The oracle's rows for the query, in the stable order. */
  List<R> rows(Dataset dataset, PerformanceQueryParser.PerformanceQuery query);

  /** Rows this comparator calls equal tie, so unstable order shuffles them; null: never ties. */
  Comparator<R> tieKey(RowQuery query);

  byte[] render(R row, List<String> metricNames);
}
