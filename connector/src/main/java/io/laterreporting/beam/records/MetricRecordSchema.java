package io.laterreporting.beam.records;

import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.SchemaProvider;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The Beam schema of a {@link MetricRecord}: Beam's {@link AutoValueSchema} of the record's own
 * columns, with one nullable column per metric of its table ({@code INT64} for a count, {@code
 * DOUBLE} otherwise), named as the API names it, in the table's order, inserted just before {@code
 * otherMetrics}. Rows convert by delegating the record's own columns to the AutoValue schema and
 * reading or writing the metrics through the record's {@link MetricRow}.
 *
 * <p>Public with a public constructor only because {@code @DefaultSchema} instantiates it.
 */
public final class MetricRecordSchema implements SchemaProvider {
  private static final long serialVersionUID = 1L;
  private static final AutoValueSchema AUTO_VALUE = new AutoValueSchema();

  /** Where the metric columns go: before this column. */
  static final String METRICS_BEFORE = "otherMetrics";

  public MetricRecordSchema() {}

  @Override
  public <T> @Nullable Schema schemaFor(TypeDescriptor<T> type) {
    return Layout.of(type).schema;
  }

  @Override
  public <T> SerializableFunction<T, Row> toRowFunction(TypeDescriptor<T> type) {
    return new ToRow<>(Layout.of(type), AUTO_VALUE.toRowFunction(type));
  }

  @Override
  public <T> SerializableFunction<Row, T> fromRowFunction(TypeDescriptor<T> type) {
    return new FromRow<>(Layout.of(type), AUTO_VALUE.fromRowFunction(type));
  }

  /** The record's own columns, its table's metrics and where they go. */
  private static final class Layout implements Serializable {
    private static final long serialVersionUID = 1L;

    final Class<?> record;
    final Schema own;
    final RouteMetric<?, ?>[] metrics;
    final int at;
    final Schema schema;

    private Layout(Class<?> record, Schema own, RouteMetric<?, ?>[] metrics) {
      this.record = record;
      this.own = own;
      this.metrics = metrics;
      this.at = own.indexOf(METRICS_BEFORE);
      Schema.Builder b = Schema.builder();
      for (int i = 0; i < own.getFieldCount(); i++) {
        if (i == at) {
          for (RouteMetric<?, ?> m : metrics) {
            b.addNullableField(
                m.apiName(),
                m.kind() == MetricKind.COUNT ? Schema.FieldType.INT64 : Schema.FieldType.DOUBLE);
          }
        }
        b.addField(own.getField(i));
      }
      this.schema = b.build();
    }

    static Layout of(TypeDescriptor<?> type) {
      @SuppressWarnings({"unchecked", "rawtypes"})
      TypeDescriptor<?> base = type.getSupertype((Class) MetricRecord.class);
      Class<?> table = (Class<?>) ((ParameterizedType) base.getType()).getActualTypeArguments()[0];
      return new Layout(
          type.getRawType(),
          Objects.requireNonNull(AUTO_VALUE.schemaFor(type), type.toString()),
          (RouteMetric<?, ?>[]) table.getEnumConstants());
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Layout && record.equals(((Layout) o).record);
    }

    @Override
    public int hashCode() {
      return record.hashCode();
    }
  }

  /**
   * A conversion of one record class, equal to the same conversion of the same class (so that two
   * schema coders of a record are equal).
   */
  private abstract static class Conversion implements Serializable {
    private static final long serialVersionUID = 1L;
    final Layout layout;

    Conversion(Layout layout) {
      this.layout = layout;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o != null && o.getClass() == getClass() && layout.equals(((Conversion) o).layout);
    }

    @Override
    public int hashCode() {
      return layout.hashCode();
    }
  }

  /** The record's own columns from AutoValue, the metrics from its {@link MetricRow}. */
  private static final class ToRow<T> extends Conversion implements SerializableFunction<T, Row> {
    private static final long serialVersionUID = 1L;
    private final SerializableFunction<T, Row> own;

    ToRow(Layout layout, SerializableFunction<T, Row> own) {
      super(layout);
      this.own = own;
    }

    @Override
    public Row apply(T record) {
      Row ownRow = own.apply(record);
      MetricRow metrics = ((MetricRecord<?>) record).getMetricRow();
      List<@Nullable Object> values = new ArrayList<>(layout.schema.getFieldCount());
      for (int i = 0; i < ownRow.getFieldCount(); i++) {
        if (i == layout.at) {
          for (RouteMetric<?, ?> m : layout.metrics) {
            values.add(metrics.get(m));
          }
        }
        values.add(ownRow.getValue(i));
      }
      return Row.withSchema(layout.schema).attachValues(values);
    }
  }

  /**
   * The record built by AutoValue from its own columns, then given its metrics through its
   * builder's {@link MetricRecord.Builder#metricRowBuilder()}.
   */
  private static final class FromRow<T> extends Conversion implements SerializableFunction<Row, T> {
    private static final long serialVersionUID = 1L;
    private final SerializableFunction<Row, T> own;
    private transient @Nullable Method toBuilder;
    private transient @Nullable Method build;

    FromRow(Layout layout, SerializableFunction<Row, T> own) {
      super(layout);
      this.own = own;
    }

    @Override
    public T apply(Row row) {
      List<@Nullable Object> all = row.getValues();
      int n = layout.metrics.length;
      List<@Nullable Object> ownValues = new ArrayList<>(all.size() - n);
      ownValues.addAll(all.subList(0, layout.at));
      ownValues.addAll(all.subList(layout.at + n, all.size()));
      T record = own.apply(Row.withSchema(layout.own).attachValues(ownValues));
      try {
        if (toBuilder == null || build == null) {
          toBuilder = layout.record.getMethod("toBuilder");
          build = toBuilder.getReturnType().getMethod("build");
        }
        MetricRecord.Builder builder = (MetricRecord.Builder) toBuilder.invoke(record);
        copyMaps(record, builder);
        MetricRow.Builder metrics = builder.metricRowBuilder();
        for (int i = 0; i < n; i++) {
          metrics.set(layout.metrics[i], (Number) all.get(layout.at + i));
        }
        @SuppressWarnings("unchecked")
        T built = (T) build.invoke(builder);
        return built;
      } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException(
            layout.record.getName() + " needs public toBuilder() and Builder.build()", e);
      }
    }

    /**
     * Beam hands map columns over as its own lazily converting map, whose {@code hashCode} is not
     * the one of {@link java.util.Map}: a decoded record would be equal to the original but hash
     * differently (lost in a {@code HashSet}). Each map property is given a copy of plain maps.
     */
    private void copyMaps(T record, MetricRecord.Builder builder)
        throws IllegalAccessException, InvocationTargetException {
      for (Method getter : layout.record.getMethods()) {
        if (getter.getParameterCount() != 0
            || !Map.class.equals(getter.getReturnType())
            || !getter.getName().startsWith("get")) {
          continue;
        }
        Object value = getter.invoke(record);
        if (value == null) {
          continue;
        }
        Method setter;
        try {
          setter = builder.getClass().getMethod("set" + getter.getName().substring(3), Map.class);
        } catch (NoSuchMethodException e) {
          continue;
        }
        setter.setAccessible(true);
        setter.invoke(builder, Collections.unmodifiableMap(new LinkedHashMap<>((Map<?, ?>) value)));
      }
    }
  }
}
