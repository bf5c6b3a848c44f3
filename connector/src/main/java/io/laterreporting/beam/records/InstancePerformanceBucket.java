package io.laterreporting.beam.records;

import com.google.auto.value.AutoValue;
import java.io.Serializable;
import java.util.Map;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.joda.time.Instant;

/**
 * One bucket of {@code /v2/instances/performance-over-time}: the scope's totals over one day, ISO
 * week (Monday to Sunday), month, quarter or year. {@code periodStart} and {@code periodEnd} are
 * the bucket's own dates, clipped by the API to the queried range at both ends; buckets without
 * activity are absent, not zero.
 *
 * <p>Field names are the API's own (members of nested identity objects become columns named as the
 * members), and become the column names of the exports. Every metric is nullable: {@code null}
 * means "not available", never zero. Counts are {@code Long}; money, rates and durations are {@code
 * Double}. Days are held as the instant that starts them in UTC (see {@link
 * CampaignPerformance#dayStart}). What this version does not know is kept in {@code otherMetrics}
 * and {@code otherFields}.
 *
 * <p>The metric columns are those of {@link InstanceSeriesMetric}, in its order, between the
 * record's own columns and {@code otherMetrics}: one getter each here, the values held as {@link
 * MetricRecord} holds them for every record.
 */
@DefaultSchema(MetricRecordSchema.class)
@AutoValue
public abstract class InstancePerformanceBucket extends MetricRecord<InstanceSeriesMetric>
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Midnight UTC starting the first day of the period this row aggregates (inclusive). */
  @SchemaFieldNumber("0")
  public abstract Instant getPeriodStart();

  /** Midnight UTC starting the last day of the period this row aggregates (inclusive). */
  @SchemaFieldNumber("1")
  public abstract Instant getPeriodEnd();

  /** {@code performance_date} or {@code post_date}: which days or posts the period selects. */
  @SchemaFieldNumber("2")
  public abstract String getDateBasis();

  /**
   * The bucket size asked for: {@code day}, {@code week}, {@code month}, {@code quarter} or {@code
   * year}.
   */
  @SchemaFieldNumber("3")
  public abstract String getGranularity();

  /** Numeric metrics this record has no field for (and counts that were not whole), by API name. */
  @SchemaFieldNumber("4")
  public abstract Map<String, Double> getOtherMetrics();

  /**
   * Fields this record does not know, as their JSON text, by name ({@code metrics.<name>} inside
   * metrics).
   */
  @SchemaFieldNumber("5")
  public abstract Map<String, String> getOtherFields();

  // The metrics, one getter per constant of InstanceSeriesMetric, in its order.

  public @Nullable Long getLikes() {
    return count(InstanceSeriesMetric.LIKES);
  }

  public @Nullable Long getComments() {
    return count(InstanceSeriesMetric.COMMENTS);
  }

  public @Nullable Long getShares() {
    return count(InstanceSeriesMetric.SHARES);
  }

  public @Nullable Long getClicks() {
    return count(InstanceSeriesMetric.CLICKS);
  }

  public @Nullable Long getImpressions() {
    return count(InstanceSeriesMetric.IMPRESSIONS);
  }

  public @Nullable Long getReach() {
    return count(InstanceSeriesMetric.REACH);
  }

  public @Nullable Long getEngagements() {
    return count(InstanceSeriesMetric.ENGAGEMENTS);
  }

  public @Nullable Long getViews() {
    return count(InstanceSeriesMetric.VIEWS);
  }

  public @Nullable Double getEngagementRate() {
    return decimal(InstanceSeriesMetric.ENGAGEMENT_RATE);
  }

  public @Nullable Long getPostsCount() {
    return count(InstanceSeriesMetric.POSTS_COUNT);
  }

  public @Nullable Double getEstimatedValueGenerated() {
    return decimal(InstanceSeriesMetric.ESTIMATED_VALUE_GENERATED);
  }

  public @Nullable Double getCpe() {
    return decimal(InstanceSeriesMetric.CPE);
  }

  public @Nullable Double getCpm() {
    return decimal(InstanceSeriesMetric.CPM);
  }

  public @Nullable Long getPaidLikes() {
    return count(InstanceSeriesMetric.PAID_LIKES);
  }

  public @Nullable Long getPaidComments() {
    return count(InstanceSeriesMetric.PAID_COMMENTS);
  }

  public @Nullable Long getPaidShares() {
    return count(InstanceSeriesMetric.PAID_SHARES);
  }

  public @Nullable Long getPaidImpressions() {
    return count(InstanceSeriesMetric.PAID_IMPRESSIONS);
  }

  public @Nullable Long getPaidEngagements() {
    return count(InstanceSeriesMetric.PAID_ENGAGEMENTS);
  }

  public @Nullable Double getPaidEngagementRate() {
    return decimal(InstanceSeriesMetric.PAID_ENGAGEMENT_RATE);
  }

  public @Nullable Long getPaidReach() {
    return count(InstanceSeriesMetric.PAID_REACH);
  }

  public @Nullable Long getPaidViews() {
    return count(InstanceSeriesMetric.PAID_VIEWS);
  }

  public @Nullable Long getOrganicReach() {
    return count(InstanceSeriesMetric.ORGANIC_REACH);
  }

  public static Builder builder() {
    return new AutoValue_InstancePerformanceBucket.Builder()
        .setOtherMetrics(Map.of())
        .setOtherFields(Map.of());
  }

  public abstract Builder toBuilder();

  /** Builder of {@link InstancePerformanceBucket}. */
  @AutoValue.Builder
  public abstract static class Builder extends MetricRecord.Builder {
    public abstract Builder setPeriodStart(Instant value);

    public abstract Builder setPeriodEnd(Instant value);

    public abstract Builder setDateBasis(String value);

    public abstract Builder setGranularity(String value);

    public abstract Builder setOtherMetrics(Map<String, Double> value);

    public abstract Builder setOtherFields(Map<String, String> value);

    public abstract InstancePerformanceBucket build();
  }
}
