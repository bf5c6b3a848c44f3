package io.laterreporting.beam.records;

import com.google.auto.value.AutoValue;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.joda.time.Instant;

/**
 * The performance of one campaign over one period: the row the Reporting API answers for a
 * {@code /v2/campaigns/performance} query whose date range is {@code [periodStart, periodEnd]}.
 *
 * <p>Field names are the API's own, and become the column names of the Parquet and BigQuery exports.
 * Every metric is nullable: {@code null} means "not available" (for example no paid program), never
 * zero. Counts are {@code Long}; money, rates and durations are {@code Double}. A campaign's metrics
 * over a period are an aggregate over exactly that period: reach is not additive and rates are not
 * sums, so rows of different periods must not be added up; {@code periodStart}, {@code periodEnd} and
 * {@code dateBasis} say which aggregate a row is.
 *
 * <p>Metrics the API returned that this version does not know are kept in {@link #otherMetrics()},
 * and unknown non-metric fields, as JSON text, in {@link #otherFields()}, so that nothing the API
 * sends is lost.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class CampaignPerformance implements Serializable {
  private static final long serialVersionUID = 1L;

  public abstract String instanceId();

  public abstract long campaignId();

  public abstract @Nullable String campaignName();

  public abstract @Nullable String description();

  public abstract @Nullable Instant firstPostDate();

  public abstract @Nullable Instant lastPostDate();

  public abstract List<String> platforms();

  /** First day of the period this row aggregates (inclusive, UTC). */
  public abstract LocalDate periodStart();

  /** Last day of the period this row aggregates (inclusive, UTC). */
  public abstract LocalDate periodEnd();

  /** {@code performance_date} or {@code post_date}: which days or posts the period selects. */
  public abstract String dateBasis();

  public abstract @Nullable Long likes();
  public abstract @Nullable Long comments();
  public abstract @Nullable Long shares();
  public abstract @Nullable Long clicks();
  public abstract @Nullable Long saves();
  public abstract @Nullable Long impressions();
  public abstract @Nullable Long reach();
  public abstract @Nullable Long engagements();
  public abstract @Nullable Long views();
  public abstract @Nullable Long totalInteractions();
  public abstract @Nullable Long replies();
  public abstract @Nullable Long reposts();
  public abstract @Nullable Long potentialReach();
  public abstract @Nullable Double videoViewTotalTime();
  public abstract @Nullable Long crosspostedViews();
  public abstract @Nullable Long crosspostedFacebookOnlyViews();
  public abstract @Nullable Double engagementRate();
  public abstract @Nullable Long postsCount();
  public abstract @Nullable Long influencersCount();
  public abstract @Nullable Double impressionsPerPost();
  public abstract @Nullable Double estimatedValueGenerated();
  public abstract @Nullable Double estimatedContentCost();
  public abstract @Nullable Double estimatedRoi();
  public abstract @Nullable Double cpe();
  public abstract @Nullable Double cpm();
  public abstract @Nullable Long paidLikes();
  public abstract @Nullable Long paidComments();
  public abstract @Nullable Long paidShares();
  public abstract @Nullable Long paidClicks();
  public abstract @Nullable Long paidImpressions();
  public abstract @Nullable Long paidEngagements();
  public abstract @Nullable Double paidEngagementRate();
  public abstract @Nullable Long paidViews();
  public abstract @Nullable Long paidReach();
  public abstract @Nullable Long paidSaves();
  public abstract @Nullable Double paidCpe();
  public abstract @Nullable Double paidCpm();
  public abstract @Nullable Long paidPostsCount();
  public abstract @Nullable Long paidInfluencersCount();
  public abstract @Nullable Double paidAdSpend();
  public abstract @Nullable Double paidReturnOnAdSpend();
  public abstract @Nullable Long paidInitialPlays();
  public abstract @Nullable Double paidCost();
  public abstract @Nullable Long trackingLinksClicks();
  public abstract @Nullable Long trackingLinksConversions();
  public abstract @Nullable Double trackingLinksConversionValue();
  public abstract @Nullable Long affiliateLinksClicks();
  public abstract @Nullable Long affiliateLinksConversions();
  public abstract @Nullable Double affiliateLinksConversionRate();
  public abstract @Nullable Double affiliateLinksSales();
  public abstract @Nullable Double affiliateLinksCommissionEarned();
  public abstract @Nullable Double affiliateLinksRoi();

  /** Numeric metrics the API returned that this record has no field for, by their API name. */
  public abstract Map<String, Double> otherMetrics();

  /** Fields the API returned that this record does not know, as their JSON text, by name. */
  public abstract Map<String, String> otherFields();

  public static Builder builder() {
    return new AutoValue_CampaignPerformance.Builder()
        .setPlatforms(List.of())
        .setOtherMetrics(Map.of())
        .setOtherFields(Map.of());
  }

  public abstract Builder toBuilder();

  /** Builder of {@link CampaignPerformance}. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setInstanceId(String value);

    public abstract Builder setCampaignId(long value);

    public abstract Builder setCampaignName(@Nullable String value);

    public abstract Builder setDescription(@Nullable String value);

    public abstract Builder setFirstPostDate(@Nullable Instant value);

    public abstract Builder setLastPostDate(@Nullable Instant value);

    public abstract Builder setPlatforms(List<String> value);

    public abstract Builder setPeriodStart(LocalDate value);

    public abstract Builder setPeriodEnd(LocalDate value);

    public abstract Builder setDateBasis(String value);

    public abstract Builder setOtherMetrics(Map<String, Double> value);

    public abstract Builder setOtherFields(Map<String, String> value);

    public abstract Builder setLikes(@Nullable Long value);
    public abstract Builder setComments(@Nullable Long value);
    public abstract Builder setShares(@Nullable Long value);
    public abstract Builder setClicks(@Nullable Long value);
    public abstract Builder setSaves(@Nullable Long value);
    public abstract Builder setImpressions(@Nullable Long value);
    public abstract Builder setReach(@Nullable Long value);
    public abstract Builder setEngagements(@Nullable Long value);
    public abstract Builder setViews(@Nullable Long value);
    public abstract Builder setTotalInteractions(@Nullable Long value);
    public abstract Builder setReplies(@Nullable Long value);
    public abstract Builder setReposts(@Nullable Long value);
    public abstract Builder setPotentialReach(@Nullable Long value);
    public abstract Builder setVideoViewTotalTime(@Nullable Double value);
    public abstract Builder setCrosspostedViews(@Nullable Long value);
    public abstract Builder setCrosspostedFacebookOnlyViews(@Nullable Long value);
    public abstract Builder setEngagementRate(@Nullable Double value);
    public abstract Builder setPostsCount(@Nullable Long value);
    public abstract Builder setInfluencersCount(@Nullable Long value);
    public abstract Builder setImpressionsPerPost(@Nullable Double value);
    public abstract Builder setEstimatedValueGenerated(@Nullable Double value);
    public abstract Builder setEstimatedContentCost(@Nullable Double value);
    public abstract Builder setEstimatedRoi(@Nullable Double value);
    public abstract Builder setCpe(@Nullable Double value);
    public abstract Builder setCpm(@Nullable Double value);
    public abstract Builder setPaidLikes(@Nullable Long value);
    public abstract Builder setPaidComments(@Nullable Long value);
    public abstract Builder setPaidShares(@Nullable Long value);
    public abstract Builder setPaidClicks(@Nullable Long value);
    public abstract Builder setPaidImpressions(@Nullable Long value);
    public abstract Builder setPaidEngagements(@Nullable Long value);
    public abstract Builder setPaidEngagementRate(@Nullable Double value);
    public abstract Builder setPaidViews(@Nullable Long value);
    public abstract Builder setPaidReach(@Nullable Long value);
    public abstract Builder setPaidSaves(@Nullable Long value);
    public abstract Builder setPaidCpe(@Nullable Double value);
    public abstract Builder setPaidCpm(@Nullable Double value);
    public abstract Builder setPaidPostsCount(@Nullable Long value);
    public abstract Builder setPaidInfluencersCount(@Nullable Long value);
    public abstract Builder setPaidAdSpend(@Nullable Double value);
    public abstract Builder setPaidReturnOnAdSpend(@Nullable Double value);
    public abstract Builder setPaidInitialPlays(@Nullable Long value);
    public abstract Builder setPaidCost(@Nullable Double value);
    public abstract Builder setTrackingLinksClicks(@Nullable Long value);
    public abstract Builder setTrackingLinksConversions(@Nullable Long value);
    public abstract Builder setTrackingLinksConversionValue(@Nullable Double value);
    public abstract Builder setAffiliateLinksClicks(@Nullable Long value);
    public abstract Builder setAffiliateLinksConversions(@Nullable Long value);
    public abstract Builder setAffiliateLinksConversionRate(@Nullable Double value);
    public abstract Builder setAffiliateLinksSales(@Nullable Double value);
    public abstract Builder setAffiliateLinksCommissionEarned(@Nullable Double value);
    public abstract Builder setAffiliateLinksRoi(@Nullable Double value);

    public abstract CampaignPerformance build();
  }
}
