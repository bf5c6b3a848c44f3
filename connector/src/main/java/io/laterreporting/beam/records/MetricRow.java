package io.laterreporting.beam.records;

import java.io.Serializable;
import java.util.Arrays;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The metric values of one row, each at the position of its metric in the route's table (the enum's
 * ordinal): what a {@link MetricRecord} holds instead of one field per metric. Immutable and
 * compared by value; a metric never set and one set to {@code null} are the same, "not available".
 */
final class MetricRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final MetricRow EMPTY = new MetricRow(new Number[0], null);

  /** The constants of each table, once (getEnumConstants() copies them on every call). */
  private static final ClassValue<RouteMetric<?, ?>[]> TABLES =
      new ClassValue<>() {
        @Override
        protected RouteMetric<?, ?>[] computeValue(Class<?> table) {
          return (RouteMetric<?, ?>[]) table.getEnumConstants();
        }
      };

  /** Without trailing nulls, so that equal rows hold equal arrays. */
  private final @Nullable Number[] values;

  /** The table the values were set from, for {@link #toString()} only. */
  private final RouteMetric<?, ?> @Nullable [] table;

  private MetricRow(@Nullable Number[] values, RouteMetric<?, ?> @Nullable [] table) {
    this.values = values;
    this.table = table;
  }

  /** A builder of an empty row (AutoValue's default when a record's metrics are never set). */
  static Builder builder() {
    return new Builder(EMPTY);
  }

  Builder toBuilder() {
    return new Builder(this);
  }

  @Nullable Number get(RouteMetric<?, ?> metric) {
    int i = metric.ordinal();
    return i < values.length ? values[i] : null;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MetricRow && Arrays.equals(values, ((MetricRow) o).values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  /** {@code {likes=12, cpm=3.5}}: the metrics that have a value, by API name. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("{");
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        s.append(s.length() > 1 ? ", " : "")
            .append(table == null ? "#" + i : table[i].apiName())
            .append('=')
            .append(values[i]);
      }
    }
    return s.append('}').toString();
  }

  /** Sets metrics one by one; {@link #build()} trims what was never set. */
  static final class Builder {
    private @Nullable Number[] values;
    private RouteMetric<?, ?> @Nullable [] table;

    private Builder(MetricRow from) {
      this.values = from.values.clone();
      this.table = from.table;
    }

    /** Sets {@code metric}; {@code value} is already of the metric's kind (or null). */
    Builder set(RouteMetric<?, ?> metric, @Nullable Number value) {
      if (table == null) {
        table = TABLES.get(metric.getClass());
      }
      int i = metric.ordinal();
      if (i >= values.length) {
        values = Arrays.copyOf(values, Math.max(i + 1, table.length));
      }
      values[i] = value;
      return this;
    }

    MetricRow build() {
      int n = values.length;
      while (n > 0 && values[n - 1] == null) {
        n--;
      }
      return n == 0 && table == null ? EMPTY : new MetricRow(Arrays.copyOf(values, n), table);
    }
  }
}
