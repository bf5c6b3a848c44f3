package io.laterreporting.beam.records;

import org.apache.beam.sdk.schemas.annotations.SchemaIgnore;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A record of one report route whose metrics are its route's table {@code M} ({@link
 * CampaignMetric}, {@link PostMetric}, {@link CreatorMetric}, {@link InstanceMetric}, {@link
 * InstanceSeriesMetric}): the one mechanism that stores, sets and reads a metric for every record,
 * so that a metric is declared once, as a constant of its table, and each record adds only its
 * typed getter.
 *
 * <p>A record is an AutoValue class of its own columns (identity, period, {@code otherMetrics},
 * {@code otherFields}) plus one hidden property, the {@link MetricRow}. Its Beam schema ({@link
 * MetricRecordSchema}) is the AutoValue schema with one nullable column per metric of the table, in
 * the table's order, just before {@code otherMetrics}: the same columns, types and order as when
 * each metric was its own AutoValue field.
 *
 * @param <M> the route's table of metrics
 */
public abstract class MetricRecord<M extends RouteMetric<?, ?>> {
  MetricRecord() {}

  /** The metric values (an AutoValue property, not a column: the schema spreads it out). */
  @SchemaIgnore
  abstract MetricRow getMetricRow();

  /** The value of a {@link MetricKind#COUNT} metric, {@code null} when not available. */
  final @Nullable Long count(M metric) {
    return (Long) getMetricRow().get(metric);
  }

  /** The value of a {@link MetricKind#DECIMAL} metric, {@code null} when not available. */
  final @Nullable Double decimal(M metric) {
    return (Double) getMetricRow().get(metric);
  }

  /**
   * The builder side: each record's AutoValue builder extends this, and {@link RouteMetric#setIn}
   * sets a metric through it.
   */
  public abstract static class Builder {
    Builder() {}

    /** AutoValue's builder of the {@link MetricRow} property. */
    abstract MetricRow.Builder metricRowBuilder();
  }
}
