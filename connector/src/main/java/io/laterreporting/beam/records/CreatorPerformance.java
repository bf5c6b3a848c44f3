package io.laterreporting.beam.records;

import com.google.auto.value.AutoValue;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.joda.time.Instant;

/**
 * The performance of one creator over one period, across the whole scope of the query (every
 * instance and campaign in it): a row of {@code /v2/creators/performance}. A creator who works for
 * several instances has one row aggregating all of them, so rows read per instance must not be
 * added up; the read never cuts a creators query by instance or campaign. The API's {@code creator}
 * object is flattened into {@code creatorId}, {@code fullName} and {@code profilePictureUrl}; its
 * list of {@code profiles} stays a list of {@link CreatorProfile}.
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
public abstract class CreatorPerformance implements Serializable {
  private static final long serialVersionUID = 1L;

  @SchemaFieldNumber("0")
  public abstract long getCreatorId();

  @SchemaFieldNumber("1")
  public abstract @Nullable String getFullName();

  @SchemaFieldNumber("2")
  public abstract @Nullable String getProfilePictureUrl();

  @SchemaFieldNumber("3")
  public abstract List<CreatorProfile> getProfiles();

  /** Midnight UTC starting the first day of the period this row aggregates (inclusive). */
  @SchemaFieldNumber("4")
  public abstract Instant getPeriodStart();

  /** Midnight UTC starting the last day of the period this row aggregates (inclusive). */
  @SchemaFieldNumber("5")
  public abstract Instant getPeriodEnd();

  /** {@code performance_date} or {@code post_date}: which days or posts the period selects. */
  @SchemaFieldNumber("6")
  public abstract String getDateBasis();

  @SchemaFieldNumber("7")
  public abstract @Nullable Long getLikes();

  @SchemaFieldNumber("8")
  public abstract @Nullable Long getComments();

  @SchemaFieldNumber("9")
  public abstract @Nullable Long getShares();

  @SchemaFieldNumber("10")
  public abstract @Nullable Long getSaves();

  @SchemaFieldNumber("11")
  public abstract @Nullable Long getImpressions();

  @SchemaFieldNumber("12")
  public abstract @Nullable Long getReach();

  @SchemaFieldNumber("13")
  public abstract @Nullable Long getOrganicReach();

  @SchemaFieldNumber("14")
  public abstract @Nullable Long getEngagements();

  @SchemaFieldNumber("15")
  public abstract @Nullable Long getViews();

  @SchemaFieldNumber("16")
  public abstract @Nullable Long getTotalInteractions();

  @SchemaFieldNumber("17")
  public abstract @Nullable Long getReplies();

  @SchemaFieldNumber("18")
  public abstract @Nullable Long getReposts();

  @SchemaFieldNumber("19")
  public abstract @Nullable Long getPotentialReach();

  @SchemaFieldNumber("20")
  public abstract @Nullable Double getVideoViewTotalTime();

  @SchemaFieldNumber("21")
  public abstract @Nullable Double getAvgWatchTime();

  @SchemaFieldNumber("22")
  public abstract @Nullable Long getNavigationTapExit();

  @SchemaFieldNumber("23")
  public abstract @Nullable Long getNavigationTapBack();

  @SchemaFieldNumber("24")
  public abstract @Nullable Long getNavigationTapForward();

  @SchemaFieldNumber("25")
  public abstract @Nullable Long getNavigationSwipeForward();

  @SchemaFieldNumber("26")
  public abstract @Nullable Long getCrosspostedViews();

  @SchemaFieldNumber("27")
  public abstract @Nullable Long getCrosspostedFacebookOnlyViews();

  @SchemaFieldNumber("28")
  public abstract @Nullable Double getEngagementRate();

  @SchemaFieldNumber("29")
  public abstract @Nullable Long getPostsCount();

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
  public abstract @Nullable Long getPaidImpressions();

  @SchemaFieldNumber("39")
  public abstract @Nullable Long getPaidEngagements();

  @SchemaFieldNumber("40")
  public abstract @Nullable Double getPaidEngagementRate();

  @SchemaFieldNumber("41")
  public abstract @Nullable Long getPaidViews();

  @SchemaFieldNumber("42")
  public abstract @Nullable Long getPaidReach();

  @SchemaFieldNumber("43")
  public abstract @Nullable Long getPaidSaves();

  @SchemaFieldNumber("44")
  public abstract @Nullable Double getPaidCpe();

  @SchemaFieldNumber("45")
  public abstract @Nullable Double getPaidCpm();

  @SchemaFieldNumber("46")
  public abstract @Nullable Long getPaidPostsCount();

  @SchemaFieldNumber("47")
  public abstract @Nullable Double getPaidCost();

  @SchemaFieldNumber("48")
  public abstract @Nullable Long getTrackingLinksClicks();

  @SchemaFieldNumber("49")
  public abstract @Nullable Long getTrackingLinksConversions();

  @SchemaFieldNumber("50")
  public abstract @Nullable Double getTrackingLinksConversionValue();

  @SchemaFieldNumber("51")
  public abstract @Nullable Long getAffiliateLinksClicks();

  @SchemaFieldNumber("52")
  public abstract @Nullable Long getAffiliateLinksConversions();

  @SchemaFieldNumber("53")
  public abstract @Nullable Double getAffiliateLinksConversionRate();

  @SchemaFieldNumber("54")
  public abstract @Nullable Double getAffiliateLinksSales();

  @SchemaFieldNumber("55")
  public abstract @Nullable Double getAffiliateLinksCommissionEarned();

  @SchemaFieldNumber("56")
  public abstract @Nullable Double getAffiliateLinksRoi();

  /** Numeric metrics this record has no field for (and counts that were not whole), by API name. */
  @SchemaFieldNumber("57")
  public abstract Map<String, Double> getOtherMetrics();

  /**
   * Fields this record does not know, as their JSON text, by name ({@code metrics.<name>} inside
   * metrics).
   */
  @SchemaFieldNumber("58")
  public abstract Map<String, String> getOtherFields();

  public static Builder builder() {
    return new AutoValue_CreatorPerformance.Builder()
        .setProfiles(List.of())
        .setOtherMetrics(Map.of())
        .setOtherFields(Map.of());
  }

  public abstract Builder toBuilder();

  /** Builder of {@link CreatorPerformance}. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setCreatorId(long value);

    public abstract Builder setFullName(@Nullable String value);

    public abstract Builder setProfilePictureUrl(@Nullable String value);

    public abstract Builder setProfiles(List<CreatorProfile> value);

    public abstract Builder setPeriodStart(Instant value);

    public abstract Builder setPeriodEnd(Instant value);

    public abstract Builder setDateBasis(String value);

    public abstract Builder setLikes(@Nullable Long value);

    public abstract Builder setComments(@Nullable Long value);

    public abstract Builder setShares(@Nullable Long value);

    public abstract Builder setSaves(@Nullable Long value);

    public abstract Builder setImpressions(@Nullable Long value);

    public abstract Builder setReach(@Nullable Long value);

    public abstract Builder setOrganicReach(@Nullable Long value);

    public abstract Builder setEngagements(@Nullable Long value);

    public abstract Builder setViews(@Nullable Long value);

    public abstract Builder setTotalInteractions(@Nullable Long value);

    public abstract Builder setReplies(@Nullable Long value);

    public abstract Builder setReposts(@Nullable Long value);

    public abstract Builder setPotentialReach(@Nullable Long value);

    public abstract Builder setVideoViewTotalTime(@Nullable Double value);

    public abstract Builder setAvgWatchTime(@Nullable Double value);

    public abstract Builder setNavigationTapExit(@Nullable Long value);

    public abstract Builder setNavigationTapBack(@Nullable Long value);

    public abstract Builder setNavigationTapForward(@Nullable Long value);

    public abstract Builder setNavigationSwipeForward(@Nullable Long value);

    public abstract Builder setCrosspostedViews(@Nullable Long value);

    public abstract Builder setCrosspostedFacebookOnlyViews(@Nullable Long value);

    public abstract Builder setEngagementRate(@Nullable Double value);

    public abstract Builder setPostsCount(@Nullable Long value);

    public abstract Builder setEstimatedValueGenerated(@Nullable Double value);

    public abstract Builder setEstimatedContentCost(@Nullable Double value);

    public abstract Builder setEstimatedRoi(@Nullable Double value);

    public abstract Builder setCpe(@Nullable Double value);

    public abstract Builder setCpm(@Nullable Double value);

    public abstract Builder setPaidLikes(@Nullable Long value);

    public abstract Builder setPaidComments(@Nullable Long value);

    public abstract Builder setPaidShares(@Nullable Long value);

    public abstract Builder setPaidImpressions(@Nullable Long value);

    public abstract Builder setPaidEngagements(@Nullable Long value);

    public abstract Builder setPaidEngagementRate(@Nullable Double value);

    public abstract Builder setPaidViews(@Nullable Long value);

    public abstract Builder setPaidReach(@Nullable Long value);

    public abstract Builder setPaidSaves(@Nullable Long value);

    public abstract Builder setPaidCpe(@Nullable Double value);

    public abstract Builder setPaidCpm(@Nullable Double value);

    public abstract Builder setPaidPostsCount(@Nullable Long value);

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

    public abstract Builder setOtherMetrics(Map<String, Double> value);

    public abstract Builder setOtherFields(Map<String, String> value);

    public abstract CreatorPerformance build();
  }
}
