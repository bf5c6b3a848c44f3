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
 * The performance of one post over one period: a row of {@code /v2/posts/performance} for a query
 * whose range is {@code [periodStart, periodEnd]}. Every post published or active in the range is a
 * row, also one whose metrics are all zero. The creator's profile ({@code creatorProfile} in the
 * API) is flattened into {@code handleName}, {@code network}, {@code fullName}, {@code
 * profileImage} and {@code profileLink}.
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
public abstract class PostPerformance implements Serializable {
  private static final long serialVersionUID = 1L;

  @SchemaFieldNumber("0")
  public abstract String getInstanceId();

  @SchemaFieldNumber("1")
  public abstract long getPostId();

  @SchemaFieldNumber("2")
  public abstract @Nullable Long getCampaignId();

  @SchemaFieldNumber("3")
  public abstract @Nullable Instant getPostDate();

  @SchemaFieldNumber("4")
  public abstract @Nullable String getContentType();

  @SchemaFieldNumber("5")
  public abstract @Nullable String getContentUrl();

  @SchemaFieldNumber("6")
  public abstract @Nullable String getContentImageUrl();

  @SchemaFieldNumber("7")
  public abstract @Nullable String getHandleName();

  @SchemaFieldNumber("8")
  public abstract @Nullable String getNetwork();

  @SchemaFieldNumber("9")
  public abstract @Nullable String getFullName();

  @SchemaFieldNumber("10")
  public abstract @Nullable String getProfileImage();

  @SchemaFieldNumber("11")
  public abstract @Nullable String getProfileLink();

  /** Midnight UTC starting the first day of the period this row aggregates (inclusive). */
  @SchemaFieldNumber("12")
  public abstract Instant getPeriodStart();

  /** Midnight UTC starting the last day of the period this row aggregates (inclusive). */
  @SchemaFieldNumber("13")
  public abstract Instant getPeriodEnd();

  /** {@code performance_date} or {@code post_date}: which days or posts the period selects. */
  @SchemaFieldNumber("14")
  public abstract String getDateBasis();

  @SchemaFieldNumber("15")
  public abstract @Nullable Long getLikes();

  @SchemaFieldNumber("16")
  public abstract @Nullable Long getComments();

  @SchemaFieldNumber("17")
  public abstract @Nullable Long getShares();

  @SchemaFieldNumber("18")
  public abstract @Nullable Long getSaves();

  @SchemaFieldNumber("19")
  public abstract @Nullable Long getImpressions();

  @SchemaFieldNumber("20")
  public abstract @Nullable Long getReach();

  @SchemaFieldNumber("21")
  public abstract @Nullable Long getOrganicReach();

  @SchemaFieldNumber("22")
  public abstract @Nullable Long getEngagements();

  @SchemaFieldNumber("23")
  public abstract @Nullable Long getViews();

  @SchemaFieldNumber("24")
  public abstract @Nullable Long getTotalInteractions();

  @SchemaFieldNumber("25")
  public abstract @Nullable Long getReplies();

  @SchemaFieldNumber("26")
  public abstract @Nullable Long getReposts();

  @SchemaFieldNumber("27")
  public abstract @Nullable Long getPotentialReach();

  @SchemaFieldNumber("28")
  public abstract @Nullable Long getFollowersAtPostDate();

  @SchemaFieldNumber("29")
  public abstract @Nullable Double getVideoViewTotalTime();

  @SchemaFieldNumber("30")
  public abstract @Nullable Double getAvgWatchTime();

  @SchemaFieldNumber("31")
  public abstract @Nullable Long getNavigationTapExit();

  @SchemaFieldNumber("32")
  public abstract @Nullable Long getNavigationTapBack();

  @SchemaFieldNumber("33")
  public abstract @Nullable Long getNavigationTapForward();

  @SchemaFieldNumber("34")
  public abstract @Nullable Long getNavigationSwipeForward();

  @SchemaFieldNumber("35")
  public abstract @Nullable Long getCrosspostedViews();

  @SchemaFieldNumber("36")
  public abstract @Nullable Long getCrosspostedFacebookOnlyViews();

  @SchemaFieldNumber("37")
  public abstract @Nullable Double getEngagementRate();

  @SchemaFieldNumber("38")
  public abstract @Nullable Double getEstimatedValueGenerated();

  @SchemaFieldNumber("39")
  public abstract @Nullable Double getCpe();

  @SchemaFieldNumber("40")
  public abstract @Nullable Double getCpm();

  @SchemaFieldNumber("41")
  public abstract @Nullable Long getPaidLikes();

  @SchemaFieldNumber("42")
  public abstract @Nullable Long getPaidComments();

  @SchemaFieldNumber("43")
  public abstract @Nullable Long getPaidShares();

  @SchemaFieldNumber("44")
  public abstract @Nullable Long getPaidImpressions();

  @SchemaFieldNumber("45")
  public abstract @Nullable Long getPaidEngagements();

  @SchemaFieldNumber("46")
  public abstract @Nullable Double getPaidEngagementRate();

  @SchemaFieldNumber("47")
  public abstract @Nullable Long getPaidViews();

  @SchemaFieldNumber("48")
  public abstract @Nullable Long getPaidReach();

  @SchemaFieldNumber("49")
  public abstract @Nullable Long getPaidSaves();

  @SchemaFieldNumber("50")
  public abstract @Nullable Double getPaidCpe();

  @SchemaFieldNumber("51")
  public abstract @Nullable Double getPaidCpm();

  /** Numeric metrics this record has no field for (and counts that were not whole), by API name. */
  @SchemaFieldNumber("52")
  public abstract Map<String, Double> getOtherMetrics();

  /**
   * Fields this record does not know, as their JSON text, by name ({@code metrics.<name>} inside
   * metrics).
   */
  @SchemaFieldNumber("53")
  public abstract Map<String, String> getOtherFields();

  public static Builder builder() {
    return new AutoValue_PostPerformance.Builder()
        .setOtherMetrics(Map.of())
        .setOtherFields(Map.of());
  }

  public abstract Builder toBuilder();

  /** Builder of {@link PostPerformance}. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setInstanceId(String value);

    public abstract Builder setPostId(long value);

    public abstract Builder setCampaignId(@Nullable Long value);

    public abstract Builder setPostDate(@Nullable Instant value);

    public abstract Builder setContentType(@Nullable String value);

    public abstract Builder setContentUrl(@Nullable String value);

    public abstract Builder setContentImageUrl(@Nullable String value);

    public abstract Builder setHandleName(@Nullable String value);

    public abstract Builder setNetwork(@Nullable String value);

    public abstract Builder setFullName(@Nullable String value);

    public abstract Builder setProfileImage(@Nullable String value);

    public abstract Builder setProfileLink(@Nullable String value);

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

    public abstract Builder setFollowersAtPostDate(@Nullable Long value);

    public abstract Builder setVideoViewTotalTime(@Nullable Double value);

    public abstract Builder setAvgWatchTime(@Nullable Double value);

    public abstract Builder setNavigationTapExit(@Nullable Long value);

    public abstract Builder setNavigationTapBack(@Nullable Long value);

    public abstract Builder setNavigationTapForward(@Nullable Long value);

    public abstract Builder setNavigationSwipeForward(@Nullable Long value);

    public abstract Builder setCrosspostedViews(@Nullable Long value);

    public abstract Builder setCrosspostedFacebookOnlyViews(@Nullable Long value);

    public abstract Builder setEngagementRate(@Nullable Double value);

    public abstract Builder setEstimatedValueGenerated(@Nullable Double value);

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

    public abstract Builder setOtherMetrics(Map<String, Double> value);

    public abstract Builder setOtherFields(Map<String, String> value);

    public abstract PostPerformance build();
  }
}
