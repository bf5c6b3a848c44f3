package io.laterreporting.beam.records;

import com.google.auto.value.AutoValue;
import java.io.Serializable;
import java.util.Map;
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
 *
 * <p>The metric columns are those of {@link PostMetric}, in its order, between the record's own
 * columns and {@code otherMetrics}: one getter each here, the values held as {@link MetricRecord}
 * holds them for every record.
 */
@DefaultSchema(MetricRecordSchema.class)
@AutoValue
public abstract class PostPerformance extends MetricRecord<PostMetric> implements Serializable {
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

  /** Numeric metrics this record has no field for (and counts that were not whole), by API name. */
  @SchemaFieldNumber("15")
  public abstract Map<String, Double> getOtherMetrics();

  /**
   * Fields this record does not know, as their JSON text, by name ({@code metrics.<name>} inside
   * metrics).
   */
  @SchemaFieldNumber("16")
  public abstract Map<String, String> getOtherFields();

  // The metrics, one getter per constant of PostMetric, in its order.

  public @Nullable Long getLikes() {
    return count(PostMetric.LIKES);
  }

  public @Nullable Long getComments() {
    return count(PostMetric.COMMENTS);
  }

  public @Nullable Long getShares() {
    return count(PostMetric.SHARES);
  }

  public @Nullable Long getSaves() {
    return count(PostMetric.SAVES);
  }

  public @Nullable Long getImpressions() {
    return count(PostMetric.IMPRESSIONS);
  }

  public @Nullable Long getReach() {
    return count(PostMetric.REACH);
  }

  public @Nullable Long getOrganicReach() {
    return count(PostMetric.ORGANIC_REACH);
  }

  public @Nullable Long getEngagements() {
    return count(PostMetric.ENGAGEMENTS);
  }

  public @Nullable Long getViews() {
    return count(PostMetric.VIEWS);
  }

  public @Nullable Long getTotalInteractions() {
    return count(PostMetric.TOTAL_INTERACTIONS);
  }

  public @Nullable Long getReplies() {
    return count(PostMetric.REPLIES);
  }

  public @Nullable Long getReposts() {
    return count(PostMetric.REPOSTS);
  }

  public @Nullable Long getPotentialReach() {
    return count(PostMetric.POTENTIAL_REACH);
  }

  public @Nullable Long getFollowersAtPostDate() {
    return count(PostMetric.FOLLOWERS_AT_POST_DATE);
  }

  public @Nullable Double getVideoViewTotalTime() {
    return decimal(PostMetric.VIDEO_VIEW_TOTAL_TIME);
  }

  public @Nullable Double getAvgWatchTime() {
    return decimal(PostMetric.AVG_WATCH_TIME);
  }

  public @Nullable Long getNavigationTapExit() {
    return count(PostMetric.NAVIGATION_TAP_EXIT);
  }

  public @Nullable Long getNavigationTapBack() {
    return count(PostMetric.NAVIGATION_TAP_BACK);
  }

  public @Nullable Long getNavigationTapForward() {
    return count(PostMetric.NAVIGATION_TAP_FORWARD);
  }

  public @Nullable Long getNavigationSwipeForward() {
    return count(PostMetric.NAVIGATION_SWIPE_FORWARD);
  }

  public @Nullable Long getCrosspostedViews() {
    return count(PostMetric.CROSSPOSTED_VIEWS);
  }

  public @Nullable Long getCrosspostedFacebookOnlyViews() {
    return count(PostMetric.CROSSPOSTED_FACEBOOK_ONLY_VIEWS);
  }

  public @Nullable Double getEngagementRate() {
    return decimal(PostMetric.ENGAGEMENT_RATE);
  }

  public @Nullable Double getEstimatedValueGenerated() {
    return decimal(PostMetric.ESTIMATED_VALUE_GENERATED);
  }

  public @Nullable Double getCpe() {
    return decimal(PostMetric.CPE);
  }

  public @Nullable Double getCpm() {
    return decimal(PostMetric.CPM);
  }

  public @Nullable Long getPaidLikes() {
    return count(PostMetric.PAID_LIKES);
  }

  public @Nullable Long getPaidComments() {
    return count(PostMetric.PAID_COMMENTS);
  }

  public @Nullable Long getPaidShares() {
    return count(PostMetric.PAID_SHARES);
  }

  public @Nullable Long getPaidImpressions() {
    return count(PostMetric.PAID_IMPRESSIONS);
  }

  public @Nullable Long getPaidEngagements() {
    return count(PostMetric.PAID_ENGAGEMENTS);
  }

  public @Nullable Double getPaidEngagementRate() {
    return decimal(PostMetric.PAID_ENGAGEMENT_RATE);
  }

  public @Nullable Long getPaidViews() {
    return count(PostMetric.PAID_VIEWS);
  }

  public @Nullable Long getPaidReach() {
    return count(PostMetric.PAID_REACH);
  }

  public @Nullable Long getPaidSaves() {
    return count(PostMetric.PAID_SAVES);
  }

  public @Nullable Double getPaidCpe() {
    return decimal(PostMetric.PAID_CPE);
  }

  public @Nullable Double getPaidCpm() {
    return decimal(PostMetric.PAID_CPM);
  }

  public static Builder builder() {
    return new AutoValue_PostPerformance.Builder()
        .setOtherMetrics(Map.of())
        .setOtherFields(Map.of());
  }

  public abstract Builder toBuilder();

  /** Builder of {@link PostPerformance}. */
  @AutoValue.Builder
  public abstract static class Builder extends MetricRecord.Builder {
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

    public abstract Builder setOtherMetrics(Map<String, Double> value);

    public abstract Builder setOtherFields(Map<String, String> value);

    public abstract PostPerformance build();
  }
}
