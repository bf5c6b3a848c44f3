package io.laterreporting.beam.records;

import com.google.auto.value.AutoValue;
import java.io.Serializable;
import java.util.Map;
import org.apache.beam.sdk.schemas.AutoValueSchema;
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
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class InstancePerformanceBucket implements Serializable {
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

  @SchemaFieldNumber("4")
  public abstract @Nullable Long getLikes();

  @SchemaFieldNumber("5")
  public abstract @Nullable Long getComments();

  @SchemaFieldNumber("6")
  public abstract @Nullable Long getShares();

  @SchemaFieldNumber("7")
  public abstract @Nullable Long getClicks();

  @SchemaFieldNumber("8")
  public abstract @Nullable Long getImpressions();

  @SchemaFieldNumber("9")
  public abstract @Nullable Long getReach();

  @SchemaFieldNumber("10")
  public abstract @Nullable Long getEngagements();

  @SchemaFieldNumber("11")
  public abstract @Nullable Long getViews();

  @SchemaFieldNumber("12")
  public abstract @Nullable Double getEngagementRate();

  @SchemaFieldNumber("13")
  public abstract @Nullable Long getPostsCount();

  @SchemaFieldNumber("14")
  public abstract @Nullable Double getEstimatedValueGenerated();

  @SchemaFieldNumber("15")
  public abstract @Nullable Double getCpe();

  @SchemaFieldNumber("16")
  public abstract @Nullable Double getCpm();

  @SchemaFieldNumber("17")
  public abstract @Nullable Long getPaidLikes();

  @SchemaFieldNumber("18")
  public abstract @Nullable Long getPaidComments();

  @SchemaFieldNumber("19")
  public abstract @Nullable Long getPaidShares();

  @SchemaFieldNumber("20")
  public abstract @Nullable Long getPaidImpressions();

  @SchemaFieldNumber("21")
  public abstract @Nullable Long getPaidEngagements();

  @SchemaFieldNumber("22")
  public abstract @Nullable Double getPaidEngagementRate();

  @SchemaFieldNumber("23")
  public abstract @Nullable Long getPaidReach();

  @SchemaFieldNumber("24")
  public abstract @Nullable Long getPaidViews();

  @SchemaFieldNumber("25")
  public abstract @Nullable Long getOrganicReach();

  /** Numeric metrics this record has no field for (and counts that were not whole), by API name. */
  @SchemaFieldNumber("26")
  public abstract Map<String, Double> getOtherMetrics();

  /**
   * Fields this record does not know, as their JSON text, by name ({@code metrics.<name>} inside
   * metrics).
   */
  @SchemaFieldNumber("27")
  public abstract Map<String, String> getOtherFields();

  public static Builder builder() {
    return new AutoValue_InstancePerformanceBucket.Builder()
        .setOtherMetrics(Map.of())
        .setOtherFields(Map.of());
  }

  public abstract Builder toBuilder();

  /** Builder of {@link InstancePerformanceBucket}. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setPeriodStart(Instant value);

    public abstract Builder setPeriodEnd(Instant value);

    public abstract Builder setDateBasis(String value);

    public abstract Builder setGranularity(String value);

    public abstract Builder setLikes(@Nullable Long value);

    public abstract Builder setComments(@Nullable Long value);

    public abstract Builder setShares(@Nullable Long value);

    public abstract Builder setClicks(@Nullable Long value);

    public abstract Builder setImpressions(@Nullable Long value);

    public abstract Builder setReach(@Nullable Long value);

    public abstract Builder setEngagements(@Nullable Long value);

    public abstract Builder setViews(@Nullable Long value);

    public abstract Builder setEngagementRate(@Nullable Double value);

    public abstract Builder setPostsCount(@Nullable Long value);

    public abstract Builder setEstimatedValueGenerated(@Nullable Double value);

    public abstract Builder setCpe(@Nullable Double value);

    public abstract Builder setCpm(@Nullable Double value);

    public abstract Builder setPaidLikes(@Nullable Long value);

    public abstract Builder setPaidComments(@Nullable Long value);

    public abstract Builder setPaidShares(@Nullable Long value);

    public abstract Builder setPaidImpressions(@Nullable Long value);

    public abstract Builder setPaidEngagements(@Nullable Long value);

    public abstract Builder setPaidEngagementRate(@Nullable Double value);

    public abstract Builder setPaidReach(@Nullable Long value);

    public abstract Builder setPaidViews(@Nullable Long value);

    public abstract Builder setOrganicReach(@Nullable Long value);

    public abstract Builder setOtherMetrics(Map<String, Double> value);

    public abstract Builder setOtherFields(Map<String, String> value);

    public abstract InstancePerformanceBucket build();
  }
}
