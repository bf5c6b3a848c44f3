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
 * The totals of a scope over one period: the single object {@code /v2/instances/performance}
 * answers for a query (reach de-duplicated across campaigns, so it is not a sum of campaign rows).
 * {@code instanceId} is set when the read asked for one row per instance, and null when the row is
 * the whole scope (every instance read, or the instances listed).
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
public abstract class InstancePerformance implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The one instance this row totals, or null for the whole scope of the read. */
  @SchemaFieldNumber("0")
  public abstract @Nullable String getInstanceId();

  /** Midnight UTC starting the first day of the period this row aggregates (inclusive). */
  @SchemaFieldNumber("1")
  public abstract Instant getPeriodStart();

  /** Midnight UTC starting the last day of the period this row aggregates (inclusive). */
  @SchemaFieldNumber("2")
  public abstract Instant getPeriodEnd();

  /** {@code performance_date} or {@code post_date}: which days or posts the period selects. */
  @SchemaFieldNumber("3")
  public abstract String getDateBasis();

  @SchemaFieldNumber("4")
  public abstract @Nullable Long getEngagements();

  @SchemaFieldNumber("5")
  public abstract @Nullable Long getImpressions();

  @SchemaFieldNumber("6")
  public abstract @Nullable Double getEngagementRate();

  @SchemaFieldNumber("7")
  public abstract @Nullable Long getPostsCount();

  @SchemaFieldNumber("8")
  public abstract @Nullable Long getReach();

  @SchemaFieldNumber("9")
  public abstract @Nullable Long getViews();

  @SchemaFieldNumber("10")
  public abstract @Nullable Double getEstimatedValueGenerated();

  @SchemaFieldNumber("11")
  public abstract @Nullable Double getEstimatedContentCost();

  @SchemaFieldNumber("12")
  public abstract @Nullable Double getCampaignsCost();

  @SchemaFieldNumber("13")
  public abstract @Nullable Double getReturnOnInvestment();

  @SchemaFieldNumber("14")
  public abstract @Nullable Double getCpe();

  @SchemaFieldNumber("15")
  public abstract @Nullable Double getCpm();

  @SchemaFieldNumber("16")
  public abstract @Nullable Long getPaidEngagements();

  @SchemaFieldNumber("17")
  public abstract @Nullable Long getPaidImpressions();

  @SchemaFieldNumber("18")
  public abstract @Nullable Double getPaidEngagementRate();

  @SchemaFieldNumber("19")
  public abstract @Nullable Long getPaidPostsCount();

  @SchemaFieldNumber("20")
  public abstract @Nullable Long getPaidViews();

  @SchemaFieldNumber("21")
  public abstract @Nullable Double getPaidAdSpend();

  @SchemaFieldNumber("22")
  public abstract @Nullable Double getPaidReturnOnAdSpend();

  @SchemaFieldNumber("23")
  public abstract @Nullable Double getPaidCpe();

  @SchemaFieldNumber("24")
  public abstract @Nullable Double getPaidCpm();

  @SchemaFieldNumber("25")
  public abstract @Nullable Long getTrackingLinksClicks();

  @SchemaFieldNumber("26")
  public abstract @Nullable Long getTrackingLinksConversions();

  @SchemaFieldNumber("27")
  public abstract @Nullable Double getTrackingLinksConversionValue();

  @SchemaFieldNumber("28")
  public abstract @Nullable Long getAffiliateLinksClicks();

  @SchemaFieldNumber("29")
  public abstract @Nullable Long getAffiliateLinksConversions();

  @SchemaFieldNumber("30")
  public abstract @Nullable Double getAffiliateLinksSales();

  @SchemaFieldNumber("31")
  public abstract @Nullable Long getOrganicReach();

  @SchemaFieldNumber("32")
  public abstract @Nullable Long getPaidReach();

  /** Numeric metrics this record has no field for (and counts that were not whole), by API name. */
  @SchemaFieldNumber("33")
  public abstract Map<String, Double> getOtherMetrics();

  /**
   * Fields this record does not know, as their JSON text, by name ({@code metrics.<name>} inside
   * metrics).
   */
  @SchemaFieldNumber("34")
  public abstract Map<String, String> getOtherFields();

  public static Builder builder() {
    return new AutoValue_InstancePerformance.Builder()
        .setOtherMetrics(Map.of())
        .setOtherFields(Map.of());
  }

  public abstract Builder toBuilder();

  /** Builder of {@link InstancePerformance}. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setInstanceId(@Nullable String value);

    public abstract Builder setPeriodStart(Instant value);

    public abstract Builder setPeriodEnd(Instant value);

    public abstract Builder setDateBasis(String value);

    public abstract Builder setEngagements(@Nullable Long value);

    public abstract Builder setImpressions(@Nullable Long value);

    public abstract Builder setEngagementRate(@Nullable Double value);

    public abstract Builder setPostsCount(@Nullable Long value);

    public abstract Builder setReach(@Nullable Long value);

    public abstract Builder setViews(@Nullable Long value);

    public abstract Builder setEstimatedValueGenerated(@Nullable Double value);

    public abstract Builder setEstimatedContentCost(@Nullable Double value);

    public abstract Builder setCampaignsCost(@Nullable Double value);

    public abstract Builder setReturnOnInvestment(@Nullable Double value);

    public abstract Builder setCpe(@Nullable Double value);

    public abstract Builder setCpm(@Nullable Double value);

    public abstract Builder setPaidEngagements(@Nullable Long value);

    public abstract Builder setPaidImpressions(@Nullable Long value);

    public abstract Builder setPaidEngagementRate(@Nullable Double value);

    public abstract Builder setPaidPostsCount(@Nullable Long value);

    public abstract Builder setPaidViews(@Nullable Long value);

    public abstract Builder setPaidAdSpend(@Nullable Double value);

    public abstract Builder setPaidReturnOnAdSpend(@Nullable Double value);

    public abstract Builder setPaidCpe(@Nullable Double value);

    public abstract Builder setPaidCpm(@Nullable Double value);

    public abstract Builder setTrackingLinksClicks(@Nullable Long value);

    public abstract Builder setTrackingLinksConversions(@Nullable Long value);

    public abstract Builder setTrackingLinksConversionValue(@Nullable Double value);

    public abstract Builder setAffiliateLinksClicks(@Nullable Long value);

    public abstract Builder setAffiliateLinksConversions(@Nullable Long value);

    public abstract Builder setAffiliateLinksSales(@Nullable Double value);

    public abstract Builder setOrganicReach(@Nullable Long value);

    public abstract Builder setPaidReach(@Nullable Long value);

    public abstract Builder setOtherMetrics(Map<String, Double> value);

    public abstract Builder setOtherFields(Map<String, String> value);

    public abstract InstancePerformance build();
  }
}
