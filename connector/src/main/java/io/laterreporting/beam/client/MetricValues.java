package io.laterreporting.beam.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.laterreporting.beam.records.MetricKind;
import io.laterreporting.beam.records.RouteMetric;
import java.io.IOException;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A metric's value, read into the route's record: a known metric goes to its field, an unknown
 * number to {@code otherMetrics}, anything else to {@code otherFields}. {@code null} stays {@code
 * null}; a count written as {@code 12.0} becomes {@code 12L}; a count that is not integral (e.g.
 * {@code 12.5}) or too large leaves the field {@code null} and keeps its value in {@code
 * otherMetrics} under the metric's name; a number in a string is read as that number.
 */
final class MetricValues {
  private MetricValues() {}

  /**
   * Reads the current value as metric {@code apiName} ({@code m}, null if unknown); unknown
   * non-numbers are kept under {@code fieldKey}.
   */
  static <B> void read(
      JsonParser p,
      JsonToken t,
      String apiName,
      String fieldKey,
      @Nullable RouteMetric<?, B> m,
      B b,
      Leftovers left)
      throws IOException {
    if (m == null) {
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        left.metric(apiName, p.getDoubleValue());
      } else {
        left.field(fieldKey, JsonValues.raw(p));
      }
      return;
    }
    switch (t) {
      case VALUE_NULL:
        m.setIn(b, null);
        return;
      case VALUE_NUMBER_INT:
        if (m.kind() == MetricKind.DECIMAL) {
          m.setIn(b, p.getDoubleValue());
        } else if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
          m.setIn(b, null);
          left.metric(apiName, p.getDoubleValue());
        } else {
          m.setIn(b, p.getLongValue());
        }
        return;
      case VALUE_NUMBER_FLOAT:
        setDouble(m, p.getDoubleValue(), apiName, b, left);
        return;
      case VALUE_STRING:
        String s = p.getText().trim();
        try {
          setDouble(m, Double.parseDouble(s), apiName, b, left);
          return;
        } catch (NumberFormatException e) {
          left.field(fieldKey, JsonValues.raw(p));
          return;
        }
      default:
        left.field(fieldKey, JsonValues.raw(p));
    }
  }

  private static <B> void setDouble(
      RouteMetric<?, B> m, double d, String apiName, B b, Leftovers left) {
    if (m.kind() == MetricKind.DECIMAL) {
      m.setIn(b, d);
    } else if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 9.0e15) {
      m.setIn(b, (long) d);
    } else {
      m.setIn(b, null);
      left.metric(apiName, d);
    }
  }
}
