package io.laterreporting.beam.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.laterreporting.beam.records.RouteMetric;
import java.io.IOException;
import java.util.function.Function;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The loop over one row's members that every report row shares: the route reads its identity
 * members ({@link Members}), metrics are read from the nested {@code metrics} object (generation B)
 * or flat on the row (generation A) through the route's metric table, and everything else is kept
 * ({@link MetricValues}).
 */
final class RowWalker {
  private RowWalker() {}

  /** The route's own members of a row. */
  interface Members {
    /**
     * Reads member {@code f} (its value is the current token {@code t}); false if it is not one of
     * them.
     */
    boolean read(JsonParser p, String f, JsonToken t) throws IOException;
  }

  /** Walks the row the parser is on (START_OBJECT) up to its END_OBJECT. */
  static <B> void walk(
      JsonParser p,
      Members members,
      Function<String, ? extends @Nullable RouteMetric<?, B>> metrics,
      B b,
      Leftovers left)
      throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String f = p.currentName();
      JsonToken t = p.nextToken();
      if (members.read(p, f, t)) {
        continue;
      }
      if (f.equals("metrics")) {
        if (t == JsonToken.START_OBJECT) {
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String m = p.currentName();
            JsonToken v = p.nextToken();
            MetricValues.read(p, v, m, "metrics." + m, metrics.apply(m), b, left);
          }
        } else if (t != JsonToken.VALUE_NULL) {
          left.field(f, JsonValues.raw(p));
        }
        continue;
      }
      MetricValues.read(p, t, f, f, metrics.apply(f), b, left);
    }
  }
}
