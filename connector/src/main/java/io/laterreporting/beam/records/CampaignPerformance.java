package io.laterreporting.beam.records;

import com.google.auto.value.AutoValue;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.schemas.AutoValueSchema;
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
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class CampaignPerformance implements Serializable {
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

  @SchemaFieldNumber("10")
  public abstract @Nullable Long getLikes();

  @SchemaFieldNumber("11")
  public abstract @Nullable Long getComments();

  @SchemaFieldNumber("12")
  public abstract @Nullable Long getShares();

  @SchemaFieldNumber("13")
  public abstract @Nullable Long getClicks();

  @SchemaFieldNumber("14")
  public abstract @Nullable Long getSaves();

  @SchemaFieldNumber("15")
  public abstract @Nullable Long getImpressions();

  @SchemaFieldNumber("16")
  public abstract @Nullable Long getReach();

  @SchemaFieldNumber("17")
  public abstract @Nullable Long getEngagements();

  @SchemaFieldNumber("18")
  public abstract @Nullable Long getViews();

  @SchemaFieldNumber("19")
  public abstract @Nullable Long getTotalInteractions();

  @SchemaFieldNumber("20")
  public abstract @Nullable Long getReplies();

  @SchemaFieldNumber("21")
  public abstract @Nullable Long getReposts();

  @SchemaFieldNumber("22")
  public abstract @Nullable Long getPotentialReach();

  @SchemaFieldNumber("23")
  public abstract @Nullable Double getVideoViewTotalTime();

  @SchemaFieldNumber("24")
  public abstract @Nullable Long getCrosspostedViews();

  @SchemaFieldNumber("25")
  public abstract @Nullable Long getCrosspostedFacebookOnlyViews();

  @SchemaFieldNumber("26")
  public abstract @Nullable Double getEngagementRate();

  @SchemaFieldNumber("27")
  public abstract @Nullable Long getPostsCount();

  @SchemaFieldNumber("28")
  public abstract @Nullable Long getInfluencersCount();

  @SchemaFieldNumber("29")
  public abstract @Nullable Double getImpressionsPerPost();

  @SchemaFieldNumber("30")
  public abstract @Nullable Double getEstimatedValueGenerated();

  @SchemaFieldNumber("31")
  public abstract @Nullable Double getEstimatedContentCost();

  @SchemaFieldNumber("32")
  public abstract @Nullable Double getEstimatedRoi();

  @SchemaFieldNumber("33")
  public abstract @Nullable Double getCpe();

  @SchemaFieldNumber("34")
  public abstract @Nullable Double getCpm();

  @SchemaFieldNumber("35")
  public abstract @Nullable Long getPaidLikes();

  @SchemaFieldNumber("36")
  public abstract @Nullable Long getPaidComments();

  @SchemaFieldNumber("37")
  public abstract @Nullable Long getPaidShares();

  @SchemaFieldNumber("38")
  public abstract @Nullable Long getPaidClicks();

  @SchemaFieldNumber("39")
  public abstract @Nullable Long getPaidImpressions();

  @SchemaFieldNumber("40")
  public abstract @Nullable Long getPaidEngagements();

  @SchemaFieldNumber("41")
  public abstract @Nullable Double getPaidEngagementRate();

  @SchemaFieldNumber("42")
  public abstract @Nullable Long getPaidViews();

  @SchemaFieldNumber("43")
  public abstract @Nullable Long getPaidReach();

  @SchemaFieldNumber("44")
  public abstract @Nullable Long getPaidSaves();

  @SchemaFieldNumber("45")
  public abstract @Nullable Double getPaidCpe();

  @SchemaFieldNumber("46")
  public abstract @Nullable Double getPaidCpm();

  @SchemaFieldNumber("47")
  public abstract @Nullable Long getPaidPostsCount();

  @SchemaFieldNumber("48")
  public abstract @Nullable Long getPaidInfluencersCount();

  @SchemaFieldNumber("49")
  public abstract @Nullable Double getPaidAdSpend();

  @SchemaFieldNumber("50")
  public abstract @Nullable Double getPaidReturnOnAdSpend();

  @SchemaFieldNumber("51")
  public abstract @Nullable Long getPaidInitialPlays();

  @SchemaFieldNumber("52")
  public abstract @Nullable Double getPaidCost();

  @SchemaFieldNumber("53")
  public abstract @Nullable Long getTrackingLinksClicks();

  @SchemaFieldNumber("54")
  public abstract @Nullable Long getTrackingLinksConversions();

  @SchemaFieldNumber("55")
  public abstract @Nullable Double getTrackingLinksConversionValue();

  @SchemaFieldNumber("56")
  public abstract @Nullable Long getAffiliateLinksClicks();

  @SchemaFieldNumber("57")
  public abstract @Nullable Long getAffiliateLinksConversions();

  @SchemaFieldNumber("58")
  public abstract @Nullable Double getAffiliateLinksConversionRate();

  @SchemaFieldNumber("59")
  public abstract @Nullable Double getAffiliateLinksSales();

  @SchemaFieldNumber("60")
  public abstract @Nullable Double getAffiliateLinksCommissionEarned();

  @SchemaFieldNumber("61")
  public abstract @Nullable Double getAffiliateLinksRoi();

  /**
   * Numeric metrics the API returned that this record has no field for, by their API name. Also
   * holds a known count metric whose value was not a whole number (e.g. {@code "likes": 12.5}): its
   * field stays {@code null} and the value is kept here under the metric's name, so nothing is lost
   * or silently rounded. (A count written as {@code 12.0} is simply {@code 12}.)
   */
  @SchemaFieldNumber("62")
  public abstract Map<String, Double> getOtherMetrics();

  /**
   * Fields the API returned that this record does not know, as their JSON text, by name; unknown
   * non-numeric members of the {@code metrics} object are keyed {@code metrics.<name>}.
   */
  @SchemaFieldNumber("63")
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
  public abstract static class Builder {
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
