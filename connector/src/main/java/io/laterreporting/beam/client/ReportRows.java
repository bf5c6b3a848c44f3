package io.laterreporting.beam.client;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code data} of a report route: a list of rows, or (instance totals) one object that is the
 * row. Parsed whole, inside the {@link Envelope}, before anything is returned.
 */
final class ReportRows {
  private ReportRows() {}

  static <R> PerformancePage<R> parsePage(
      byte[] body,
      PerformanceQuery query,
      PageRequest request,
      List<String> metricsSent,
      boolean singleObject,
      RowParser<R> rows)
      throws IOException {
    List<R> out = new ArrayList<>();
    PageInfo info =
        Envelope.parse(
            body,
            request,
            p -> {
              JsonToken t = p.currentToken();
              if (t == JsonToken.VALUE_NULL) {
                return;
              }
              if (singleObject) {
                if (t != JsonToken.START_OBJECT) {
                  throw new MalformedResponseException("'data' is not an object");
                }
                out.add(rows.parse(p, query, 0));
                return;
              }
              if (t != JsonToken.START_ARRAY) {
                throw new MalformedResponseException("'data' is not an array of rows");
              }
              while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken() != JsonToken.START_OBJECT) {
                  throw new MalformedResponseException("row " + out.size() + " is not an object");
                }
                out.add(rows.parse(p, query, out.size()));
              }
            });
    return PerformancePage.of(out, info, metricsSent);
  }
}
