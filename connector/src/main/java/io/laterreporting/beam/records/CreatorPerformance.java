package io.laterreporting.beam.records;

import com.google.auto.value.AutoValue;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
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
 *
 * <p>The metric columns are those of {@link CreatorMetric}, in its order, between the record's own
 * columns and {@code otherMetrics}: one getter each here, the values held as {@link MetricRecord}
 * holds them for every record.
 */
@DefaultSchema(MetricRecordSchema.class)
@AutoValue
public abstract class CreatorPerformance extends MetricRecord<CreatorMetric>
    implements Serializable {
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

  /** Numeric metrics this record has no field for (and counts that were not whole), by API name. */
  @SchemaFieldNumber("7")
  public abstract Map<String, Double> getOtherMetrics();

  /**
   * Fields this record does not know, as their JSON text, by name ({@code metrics.<name>} inside
   * metrics).
   */
  @SchemaFieldNumber("8")
  public abstract Map<String, String> getOtherFields();

  // The metrics, one getter per constant of CreatorMetric, in its order.

  public @Nullable Long getLikes() {
    return count(CreatorMetric.LIKES);
  }

  public @Nullable Long getComments() {
    return count(CreatorMetric.COMMENTS);
  }

  public @Nullable Long getShares() {
    return count(CreatorMetric.SHARES);
  }

  public @Nullable Long getSaves() {
    return count(CreatorMetric.SAVES);
  }

  public @Nullable Long getImpressions() {
    return count(CreatorMetric.IMPRESSIONS);
  }

  public @Nullable Long getReach() {
    return count(CreatorMetric.REACH);
  }

  public @Nullable Long getOrganicReach() {
    return count(CreatorMetric.ORGANIC_REACH);
  }

  public @Nullable Long getEngagements() {
    return count(CreatorMetric.ENGAGEMENTS);
  }

  public @Nullable Long getViews() {
    return count(CreatorMetric.VIEWS);
  }

  public @Nullable Long getTotalInteractions() {
    return count(CreatorMetric.TOTAL_INTERACTIONS);
  }

  public @Nullable Long getReplies() {
    return count(CreatorMetric.REPLIES);
  }

  public @Nullable Long getReposts() {
    return count(CreatorMetric.REPOSTS);
  }

  public @Nullable Long getPotentialReach() {
    return count(CreatorMetric.POTENTIAL_REACH);
  }

  public @Nullable Double getVideoViewTotalTime() {
    return decimal(CreatorMetric.VIDEO_VIEW_TOTAL_TIME);
  }

  public @Nullable Double getAvgWatchTime() {
    return decimal(CreatorMetric.AVG_WATCH_TIME);
  }

  public @Nullable Long getNavigationTapExit() {
    return count(CreatorMetric.NAVIGATION_TAP_EXIT);
  }

  public @Nullable Long getNavigationTapBack() {
    return count(CreatorMetric.NAVIGATION_TAP_BACK);
  }

  public @Nullable Long getNavigationTapForward() {
    return count(CreatorMetric.NAVIGATION_TAP_FORWARD);
  }

  public @Nullable Long getNavigationSwipeForward() {
    return count(CreatorMetric.NAVIGATION_SWIPE_FORWARD);
  }

  public @Nullable Long getCrosspostedViews() {
    return count(CreatorMetric.CROSSPOSTED_VIEWS);
  }

  public @Nullable Long getCrosspostedFacebookOnlyViews() {
    return count(CreatorMetric.CROSSPOSTED_FACEBOOK_ONLY_VIEWS);
  }

  public @Nullable Double getEngagementRate() {
    return decimal(CreatorMetric.ENGAGEMENT_RATE);
  }

  public @Nullable Long getPostsCount() {
    return count(CreatorMetric.POSTS_COUNT);
  }

  public @Nullable Double getEstimatedValueGenerated() {
    return decimal(CreatorMetric.ESTIMATED_VALUE_GENERATED);
  }

  public @Nullable Double getEstimatedContentCost() {
    return decimal(CreatorMetric.ESTIMATED_CONTENT_COST);
  }

  public @Nullable Double getEstimatedRoi() {
    return decimal(CreatorMetric.ESTIMATED_ROI);
  }

  public @Nullable Double getCpe() {
    return decimal(CreatorMetric.CPE);
  }

  public @Nullable Double getCpm() {
    return decimal(CreatorMetric.CPM);
  }

  public @Nullable Long getPaidLikes() {
    return count(CreatorMetric.PAID_LIKES);
  }

  public @Nullable Long getPaidComments() {
    return count(CreatorMetric.PAID_COMMENTS);
  }

  public @Nullable Long getPaidShares() {
    return count(CreatorMetric.PAID_SHARES);
  }

  public @Nullable Long getPaidImpressions() {
    return count(CreatorMetric.PAID_IMPRESSIONS);
  }

  public @Nullable Long getPaidEngagements() {
    return count(CreatorMetric.PAID_ENGAGEMENTS);
  }

  public @Nullable Double getPaidEngagementRate() {
    return decimal(CreatorMetric.PAID_ENGAGEMENT_RATE);
  }

  public @Nullable Long getPaidViews() {
    return count(CreatorMetric.PAID_VIEWS);
  }

  public @Nullable Long getPaidReach() {
    return count(CreatorMetric.PAID_REACH);
  }

  public @Nullable Long getPaidSaves() {
    return count(CreatorMetric.PAID_SAVES);
  }

  public @Nullable Double getPaidCpe() {
    return decimal(CreatorMetric.PAID_CPE);
  }

  public @Nullable Double getPaidCpm() {
    return decimal(CreatorMetric.PAID_CPM);
  }

  public @Nullable Long getPaidPostsCount() {
    return count(CreatorMetric.PAID_POSTS_COUNT);
  }

  public @Nullable Double getPaidCost() {
    return decimal(CreatorMetric.PAID_COST);
  }

  public @Nullable Long getTrackingLinksClicks() {
    return count(CreatorMetric.TRACKING_LINKS_CLICKS);
  }

  public @Nullable Long getTrackingLinksConversions() {
    return count(CreatorMetric.TRACKING_LINKS_CONVERSIONS);
  }

  public @Nullable Double getTrackingLinksConversionValue() {
    return decimal(CreatorMetric.TRACKING_LINKS_CONVERSION_VALUE);
  }

  public @Nullable Long getAffiliateLinksClicks() {
    return count(CreatorMetric.AFFILIATE_LINKS_CLICKS);
  }

  public @Nullable Long getAffiliateLinksConversions() {
    return count(CreatorMetric.AFFILIATE_LINKS_CONVERSIONS);
  }

  public @Nullable Double getAffiliateLinksConversionRate() {
    return decimal(CreatorMetric.AFFILIATE_LINKS_CONVERSION_RATE);
  }

  public @Nullable Double getAffiliateLinksSales() {
    return decimal(CreatorMetric.AFFILIATE_LINKS_SALES);
  }

  public @Nullable Double getAffiliateLinksCommissionEarned() {
    return decimal(CreatorMetric.AFFILIATE_LINKS_COMMISSION_EARNED);
  }

  public @Nullable Double getAffiliateLinksRoi() {
    return decimal(CreatorMetric.AFFILIATE_LINKS_ROI);
  }

  public static Builder builder() {
    return new AutoValue_CreatorPerformance.Builder()
        .setProfiles(List.of())
        .setOtherMetrics(Map.of())
        .setOtherFields(Map.of());
  }

  public abstract Builder toBuilder();

  /** Builder of {@link CreatorPerformance}. */
  @AutoValue.Builder
  public abstract static class Builder extends MetricRecord.Builder {
    public abstract Builder setCreatorId(long value);

    public abstract Builder setFullName(@Nullable String value);

    public abstract Builder setProfilePictureUrl(@Nullable String value);

    public abstract Builder setProfiles(List<CreatorProfile> value);

    public abstract Builder setPeriodStart(Instant value);

    public abstract Builder setPeriodEnd(Instant value);

    public abstract Builder setDateBasis(String value);

    public abstract Builder setOtherMetrics(Map<String, Double> value);

    public abstract Builder setOtherFields(Map<String, String> value);

    public abstract CreatorPerformance build();
  }
}
