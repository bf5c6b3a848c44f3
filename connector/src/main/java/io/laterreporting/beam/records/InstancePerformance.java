package io.laterreporting.beam.records;

import com.google.auto.value.AutoValue;
import java.io.Serializable;
import java.util.Map;
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
 *
 * <p>The metric columns are those of {@link InstanceMetric}, in its order, between the record's own
 * columns and {@code otherMetrics}: one getter each here, the values held as {@link MetricRecord}
 * holds them for every record.
 */
@DefaultSchema(MetricRecordSchema.class)
@AutoValue
public abstract class InstancePerformance extends MetricRecord<InstanceMetric>
    implements Serializable {
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

  /** Numeric metrics this record has no field for (and counts that were not whole), by API name. */
  @SchemaFieldNumber("4")
  public abstract Map<String, Double> getOtherMetrics();

  /**
   * Fields this record does not know, as their JSON text, by name ({@code metrics.<name>} inside
   * metrics).
   */
  @SchemaFieldNumber("5")
  public abstract Map<String, String> getOtherFields();

  // The metrics, one getter per constant of InstanceMetric, in its order.

  public @Nullable Long getEngagements() {
    return count(InstanceMetric.ENGAGEMENTS);
  }

  public @Nullable Long getImpressions() {
    return count(InstanceMetric.IMPRESSIONS);
  }

  public @Nullable Double getEngagementRate() {
    return decimal(InstanceMetric.ENGAGEMENT_RATE);
  }

  public @Nullable Long getPostsCount() {
    return count(InstanceMetric.POSTS_COUNT);
  }

  public @Nullable Long getReach() {
    return count(InstanceMetric.REACH);
  }

  public @Nullable Long getViews() {
    return count(InstanceMetric.VIEWS);
  }

  public @Nullable Double getEstimatedValueGenerated() {
    return decimal(InstanceMetric.ESTIMATED_VALUE_GENERATED);
  }

  public @Nullable Double getEstimatedContentCost() {
    return decimal(InstanceMetric.ESTIMATED_CONTENT_COST);
  }

  public @Nullable Double getCampaignsCost() {
    return decimal(InstanceMetric.CAMPAIGNS_COST);
  }

  public @Nullable Double getReturnOnInvestment() {
    return decimal(InstanceMetric.RETURN_ON_INVESTMENT);
  }

  public @Nullable Double getCpe() {
    return decimal(InstanceMetric.CPE);
  }

  public @Nullable Double getCpm() {
    return decimal(InstanceMetric.CPM);
  }

  public @Nullable Long getPaidEngagements() {
    return count(InstanceMetric.PAID_ENGAGEMENTS);
  }

  public @Nullable Long getPaidImpressions() {
    return count(InstanceMetric.PAID_IMPRESSIONS);
  }

  public @Nullable Double getPaidEngagementRate() {
    return decimal(InstanceMetric.PAID_ENGAGEMENT_RATE);
  }

  public @Nullable Long getPaidPostsCount() {
    return count(InstanceMetric.PAID_POSTS_COUNT);
  }

  public @Nullable Long getPaidViews() {
    return count(InstanceMetric.PAID_VIEWS);
  }

  public @Nullable Double getPaidAdSpend() {
    return decimal(InstanceMetric.PAID_AD_SPEND);
  }

  public @Nullable Double getPaidReturnOnAdSpend() {
    return decimal(InstanceMetric.PAID_RETURN_ON_AD_SPEND);
  }

  public @Nullable Double getPaidCpe() {
    return decimal(InstanceMetric.PAID_CPE);
  }

  public @Nullable Double getPaidCpm() {
    return decimal(InstanceMetric.PAID_CPM);
  }

  public @Nullable Long getTrackingLinksClicks() {
    return count(InstanceMetric.TRACKING_LINKS_CLICKS);
  }

  public @Nullable Long getTrackingLinksConversions() {
    return count(InstanceMetric.TRACKING_LINKS_CONVERSIONS);
  }

  public @Nullable Double getTrackingLinksConversionValue() {
    return decimal(InstanceMetric.TRACKING_LINKS_CONVERSION_VALUE);
  }

  public @Nullable Long getAffiliateLinksClicks() {
    return count(InstanceMetric.AFFILIATE_LINKS_CLICKS);
  }

  public @Nullable Long getAffiliateLinksConversions() {
    return count(InstanceMetric.AFFILIATE_LINKS_CONVERSIONS);
  }

  public @Nullable Double getAffiliateLinksSales() {
    return decimal(InstanceMetric.AFFILIATE_LINKS_SALES);
  }

  public @Nullable Long getOrganicReach() {
    return count(InstanceMetric.ORGANIC_REACH);
  }

  public @Nullable Long getPaidReach() {
    return count(InstanceMetric.PAID_REACH);
  }

  public static Builder builder() {
    return new AutoValue_InstancePerformance.Builder()
        .setOtherMetrics(Map.of())
        .setOtherFields(Map.of());
  }

  public abstract Builder toBuilder();

  /** Builder of {@link InstancePerformance}. */
  @AutoValue.Builder
  public abstract static class Builder extends MetricRecord.Builder {
    public abstract Builder setInstanceId(@Nullable String value);

    public abstract Builder setPeriodStart(Instant value);

    public abstract Builder setPeriodEnd(Instant value);

    public abstract Builder setDateBasis(String value);

    public abstract Builder setOtherMetrics(Map<String, Double> value);

    public abstract Builder setOtherFields(Map<String, String> value);

    public abstract InstancePerformance build();
  }
}
