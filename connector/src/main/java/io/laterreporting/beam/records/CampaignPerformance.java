package io.laterreporting.beam.records;

import com.google.auto.value.AutoValue;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.joda.time.Instant;

/**
 * The performance of one campaign over one period: the row the Reporting API answers for a {@code
 * /v2/campaigns/performance} query whose date range is {@code [periodStart, periodEnd]}.
 *
 * <p>Field names are the API's own, and become the column names of the Parquet and BigQuery
 * exports. Every metric is nullable: {@code null} means "not available" (for example no paid
 * program), never zero. Counts are {@code Long}; money, rates and durations are {@code Double}. A
 * campaign's metrics over a period are an aggregate over exactly that period: reach is not additive
 * and rates are not sums, so rows of different periods must not be added up; {@code periodStart},
 * {@code periodEnd} and {@code dateBasis} say which aggregate a row is. The period bounds are days;
 * they are held as the instant that starts the day in UTC because Beam's AutoValue schemas infer no
 * DATE type, and the exports turn them back into dates.
 *
 * <p>Metrics the API returned that this version does not know are kept in {@link
 * #getOtherMetrics()}, and unknown non-metric fields, as JSON text, in {@link #getOtherFields()},
 * so that nothing the API sends is lost.
 *
 * <p>The metric columns are those of {@link CampaignMetric}, in its order, between the record's own
 * columns and {@code otherMetrics}: one getter each here, the values held as {@link MetricRecord}
 * holds them for every record.
 */
@DefaultSchema(MetricRecordSchema.class)
@AutoValue
public abstract class CampaignPerformance extends CampaignMetrics implements Serializable {
  private static final long serialVersionUID = 1L;

  @SchemaFieldNumber("0")
  public abstract String getInstanceId();

  @SchemaFieldNumber("1")
  public abstract long getCampaignId();

  @SchemaFieldNumber("2")
  public abstract @Nullable String getCampaignName();

  @SchemaFieldNumber("3")
  public abstract @Nullable String getDescription();

  @SchemaFieldNumber("4")
  public abstract @Nullable Instant getFirstPostDate();

  @SchemaFieldNumber("5")
  public abstract @Nullable Instant getLastPostDate();

  @SchemaFieldNumber("6")
  public abstract List<String> getPlatforms();

  /** Midnight UTC starting the first day of the period this row aggregates (inclusive). */
  @SchemaFieldNumber("7")
  public abstract Instant getPeriodStart();

  /** Midnight UTC starting the last day of the period this row aggregates (inclusive). */
  @SchemaFieldNumber("8")
  public abstract Instant getPeriodEnd();

  /** {@code performance_date} or {@code post_date}: which days or posts the period selects. */
  @SchemaFieldNumber("9")
  public abstract String getDateBasis();

  /**
   * Numeric metrics the API returned that this record has no field for, by their API name. Also
   * holds a known count metric whose value was not a whole number (e.g. {@code "likes": 12.5}): its
   * field stays {@code null} and the value is kept here under the metric's name, so nothing is lost
   * or silently rounded. (A count written as {@code 12.0} is simply {@code 12}.)
   */
  @SchemaFieldNumber("10")
  public abstract Map<String, Double> getOtherMetrics();

  /**
   * Fields the API returned that this record does not know, as their JSON text, by name; unknown
   * non-numeric members of the {@code metrics} object are keyed {@code metrics.<name>}.
   */
  @SchemaFieldNumber("11")
  public abstract Map<String, String> getOtherFields();

  /**
   * The instant that starts {@code day} in UTC: how {@code periodStart} and {@code periodEnd} hold
   * a day.
   */
  public static Instant dayStart(LocalDate day) {
    return new Instant(day.toEpochDay() * 86_400_000L);
  }

  public static Builder builder() {
    return new AutoValue_CampaignPerformance.Builder()
        .setPlatforms(List.of())
        .setOtherMetrics(Map.of())
        .setOtherFields(Map.of());
  }

  public abstract Builder toBuilder();

  /** Builder of {@link CampaignPerformance}. */
  @AutoValue.Builder
  public abstract static class Builder extends MetricRecord.Builder {
    public abstract Builder setInstanceId(String value);

    public abstract Builder setCampaignId(long value);

    public abstract Builder setCampaignName(@Nullable String value);

    public abstract Builder setDescription(@Nullable String value);

    public abstract Builder setFirstPostDate(@Nullable Instant value);

    public abstract Builder setLastPostDate(@Nullable Instant value);

    public abstract Builder setPlatforms(List<String> value);

    public abstract Builder setPeriodStart(Instant value);

    public abstract Builder setPeriodEnd(Instant value);

    public abstract Builder setDateBasis(String value);

    public abstract Builder setOtherMetrics(Map<String, Double> value);

    public abstract Builder setOtherFields(Map<String, String> value);

    public abstract CampaignPerformance build();
  }
}
