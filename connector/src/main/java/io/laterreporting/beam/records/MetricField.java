package io.laterreporting.beam.records;

import java.util.function.BiConsumer;
import java.util.function.Function;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A metric's JSON name, its kind and its field (getter and builder setter) in a record: what each
 * constant of a {@link RouteMetric} enum holds.
 */
public final class MetricField<R, B> {
  private final String apiName;
  private final MetricKind kind;
  private final Function<R, @Nullable Number> getter;
  private final BiConsumer<B, @Nullable Number> setter;

  private MetricField(
      String apiName,
      MetricKind kind,
      Function<R, @Nullable Number> getter,
      BiConsumer<B, @Nullable Number> setter) {
    this.apiName = apiName;
    this.kind = kind;
    this.getter = getter;
    this.setter = setter;
  }

  /** A whole-number metric held as {@code Long}. */
  public static <R, B> MetricField<R, B> count(
      String apiName, Function<R, @Nullable Long> getter, BiConsumer<B, @Nullable Long> setter) {
    return new MetricField<>(
        apiName, MetricKind.COUNT, getter::apply, (b, v) -> setter.accept(b, (Long) v));
  }

  /** Money, a rate or a duration, held as {@code Double}. */
  public static <R, B> MetricField<R, B> decimal(
      String apiName,
      Function<R, @Nullable Double> getter,
      BiConsumer<B, @Nullable Double> setter) {
    return new MetricField<>(
        apiName, MetricKind.DECIMAL, getter::apply, (b, v) -> setter.accept(b, (Double) v));
  }

  public String apiName() {
    return apiName;
  }

  public MetricKind kind() {
    return kind;
  }

  @Nullable Number get(R row) {
    return getter.apply(row);
  }

  void set(B builder, @Nullable Number value) {
    setter.accept(builder, value);
  }
}
