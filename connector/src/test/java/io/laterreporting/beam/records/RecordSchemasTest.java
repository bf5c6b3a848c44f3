package io.laterreporting.beam.records;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.SchemaCoder;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.apache.beam.sdk.util.CoderUtils;
import org.joda.time.Instant;
import org.junit.Test;

/**
 * Pins the Beam schema of every record, column by column (name, type, nullability, order), as the
 * exports' files and tables and the cross-language transforms see it; and that each record's schema
 * coder carries every metric of its table and the leftovers unchanged.
 */
public class RecordSchemasTest {

  private static final String CAMPAIGN_PERFORMANCE =
      """
      instanceId STRING
      campaignId INT64
      campaignName STRING?
      description STRING?
      firstPostDate DATETIME?
      lastPostDate DATETIME?
      platforms ARRAY<STRING>
      periodStart DATETIME
      periodEnd DATETIME
      dateBasis STRING
      likes INT64?
      comments INT64?
      shares INT64?
      clicks INT64?
      saves INT64?
      impressions INT64?
      reach INT64?
      engagements INT64?
      views INT64?
      totalInteractions INT64?
      replies INT64?
      reposts INT64?
      potentialReach INT64?
      videoViewTotalTime DOUBLE?
      crosspostedViews INT64?
      crosspostedFacebookOnlyViews INT64?
      engagementRate DOUBLE?
      postsCount INT64?
      influencersCount INT64?
      impressionsPerPost DOUBLE?
      estimatedValueGenerated DOUBLE?
      estimatedContentCost DOUBLE?
      estimatedRoi DOUBLE?
      cpe DOUBLE?
      cpm DOUBLE?
      paidLikes INT64?
      paidComments INT64?
      paidShares INT64?
      paidClicks INT64?
      paidImpressions INT64?
      paidEngagements INT64?
      paidEngagementRate DOUBLE?
      paidViews INT64?
      paidReach INT64?
      paidSaves INT64?
      paidCpe DOUBLE?
      paidCpm DOUBLE?
      paidPostsCount INT64?
      paidInfluencersCount INT64?
      paidAdSpend DOUBLE?
      paidReturnOnAdSpend DOUBLE?
      paidInitialPlays INT64?
      paidCost DOUBLE?
      trackingLinksClicks INT64?
      trackingLinksConversions INT64?
      trackingLinksConversionValue DOUBLE?
      affiliateLinksClicks INT64?
      affiliateLinksConversions INT64?
      affiliateLinksConversionRate DOUBLE?
      affiliateLinksSales DOUBLE?
      affiliateLinksCommissionEarned DOUBLE?
      affiliateLinksRoi DOUBLE?
      otherMetrics MAP<STRING,DOUBLE>
      otherFields MAP<STRING,STRING>
      """;

  private static final String POST_PERFORMANCE =
      """
      instanceId STRING
      postId INT64
      campaignId INT64?
      postDate DATETIME?
      contentType STRING?
      contentUrl STRING?
      contentImageUrl STRING?
      handleName STRING?
      network STRING?
      fullName STRING?
      profileImage STRING?
      profileLink STRING?
      periodStart DATETIME
      periodEnd DATETIME
      dateBasis STRING
      likes INT64?
      comments INT64?
      shares INT64?
      saves INT64?
      impressions INT64?
      reach INT64?
      organicReach INT64?
      engagements INT64?
      views INT64?
      totalInteractions INT64?
      replies INT64?
      reposts INT64?
      potentialReach INT64?
      followersAtPostDate INT64?
      videoViewTotalTime DOUBLE?
      avgWatchTime DOUBLE?
      navigationTapExit INT64?
      navigationTapBack INT64?
      navigationTapForward INT64?
      navigationSwipeForward INT64?
      crosspostedViews INT64?
      crosspostedFacebookOnlyViews INT64?
      engagementRate DOUBLE?
      estimatedValueGenerated DOUBLE?
      cpe DOUBLE?
      cpm DOUBLE?
      paidLikes INT64?
      paidComments INT64?
      paidShares INT64?
      paidImpressions INT64?
      paidEngagements INT64?
      paidEngagementRate DOUBLE?
      paidViews INT64?
      paidReach INT64?
      paidSaves INT64?
      paidCpe DOUBLE?
      paidCpm DOUBLE?
      otherMetrics MAP<STRING,DOUBLE>
      otherFields MAP<STRING,STRING>
      """;

  private static final String CREATOR_PERFORMANCE =
      """
      creatorId INT64
      fullName STRING?
      profilePictureUrl STRING?
      profiles ARRAY<ROW<handleName STRING?, network STRING?, fullName STRING?, profileImage STRING?, profileLink STRING?>>
      periodStart DATETIME
      periodEnd DATETIME
      dateBasis STRING
      likes INT64?
      comments INT64?
      shares INT64?
      saves INT64?
      impressions INT64?
      reach INT64?
      organicReach INT64?
      engagements INT64?
      views INT64?
      totalInteractions INT64?
      replies INT64?
      reposts INT64?
      potentialReach INT64?
      videoViewTotalTime DOUBLE?
      avgWatchTime DOUBLE?
      navigationTapExit INT64?
      navigationTapBack INT64?
      navigationTapForward INT64?
      navigationSwipeForward INT64?
      crosspostedViews INT64?
      crosspostedFacebookOnlyViews INT64?
      engagementRate DOUBLE?
      postsCount INT64?
      estimatedValueGenerated DOUBLE?
      estimatedContentCost DOUBLE?
      estimatedRoi DOUBLE?
      cpe DOUBLE?
      cpm DOUBLE?
      paidLikes INT64?
      paidComments INT64?
      paidShares INT64?
      paidImpressions INT64?
      paidEngagements INT64?
      paidEngagementRate DOUBLE?
      paidViews INT64?
      paidReach INT64?
      paidSaves INT64?
      paidCpe DOUBLE?
      paidCpm DOUBLE?
      paidPostsCount INT64?
      paidCost DOUBLE?
      trackingLinksClicks INT64?
      trackingLinksConversions INT64?
      trackingLinksConversionValue DOUBLE?
      affiliateLinksClicks INT64?
      affiliateLinksConversions INT64?
      affiliateLinksConversionRate DOUBLE?
      affiliateLinksSales DOUBLE?
      affiliateLinksCommissionEarned DOUBLE?
      affiliateLinksRoi DOUBLE?
      otherMetrics MAP<STRING,DOUBLE>
      otherFields MAP<STRING,STRING>
      """;

  private static final String INSTANCE_PERFORMANCE =
      """
      instanceId STRING?
      periodStart DATETIME
      periodEnd DATETIME
      dateBasis STRING
      engagements INT64?
      impressions INT64?
      engagementRate DOUBLE?
      postsCount INT64?
      reach INT64?
      views INT64?
      estimatedValueGenerated DOUBLE?
      estimatedContentCost DOUBLE?
      campaignsCost DOUBLE?
      returnOnInvestment DOUBLE?
      cpe DOUBLE?
      cpm DOUBLE?
      paidEngagements INT64?
      paidImpressions INT64?
      paidEngagementRate DOUBLE?
      paidPostsCount INT64?
      paidViews INT64?
      paidAdSpend DOUBLE?
      paidReturnOnAdSpend DOUBLE?
      paidCpe DOUBLE?
      paidCpm DOUBLE?
      trackingLinksClicks INT64?
      trackingLinksConversions INT64?
      trackingLinksConversionValue DOUBLE?
      affiliateLinksClicks INT64?
      affiliateLinksConversions INT64?
      affiliateLinksSales DOUBLE?
      organicReach INT64?
      paidReach INT64?
      otherMetrics MAP<STRING,DOUBLE>
      otherFields MAP<STRING,STRING>
      """;

  private static final String INSTANCE_PERFORMANCE_BUCKET =
      """
      periodStart DATETIME
      periodEnd DATETIME
      dateBasis STRING
      granularity STRING
      likes INT64?
      comments INT64?
      shares INT64?
      clicks INT64?
      impressions INT64?
      reach INT64?
      engagements INT64?
      views INT64?
      engagementRate DOUBLE?
      postsCount INT64?
      estimatedValueGenerated DOUBLE?
      cpe DOUBLE?
      cpm DOUBLE?
      paidLikes INT64?
      paidComments INT64?
      paidShares INT64?
      paidImpressions INT64?
      paidEngagements INT64?
      paidEngagementRate DOUBLE?
      paidReach INT64?
      paidViews INT64?
      organicReach INT64?
      otherMetrics MAP<STRING,DOUBLE>
      otherFields MAP<STRING,STRING>
      """;

  @Test
  public void givenCampaignPerformance_thenItsSchemaIsUnchanged() throws Exception {
    assertEquals(CAMPAIGN_PERFORMANCE, describe(CampaignPerformance.class));
  }

  @Test
  public void givenPostPerformance_thenItsSchemaIsUnchanged() throws Exception {
    assertEquals(POST_PERFORMANCE, describe(PostPerformance.class));
  }

  @Test
  public void givenCreatorPerformance_thenItsSchemaIsUnchanged() throws Exception {
    assertEquals(CREATOR_PERFORMANCE, describe(CreatorPerformance.class));
  }

  @Test
  public void givenInstancePerformance_thenItsSchemaIsUnchanged() throws Exception {
    assertEquals(INSTANCE_PERFORMANCE, describe(InstancePerformance.class));
  }

  @Test
  public void givenInstancePerformanceBucket_thenItsSchemaIsUnchanged() throws Exception {
    assertEquals(INSTANCE_PERFORMANCE_BUCKET, describe(InstancePerformanceBucket.class));
  }

  @Test
  public void givenEveryMetricSet_thenEachRecordsSchemaCoderRoundTripsIt() throws Exception {
    Instant day = Instant.parse("2024-06-01T00:00:00Z");
    Map<String, Double> otherMetrics = Map.of("brandNewMetric", 1.5);
    Map<String, String> otherFields = Map.of("status", "\"active\"");
    roundTrip(
        CampaignPerformance.class,
        CampaignMetric.values(),
        () ->
            CampaignPerformance.builder()
                .setInstanceId("instance_abc")
                .setCampaignId(49761L)
                .setPlatforms(List.of("instagram"))
                .setPeriodStart(day)
                .setPeriodEnd(day)
                .setDateBasis("performance_date")
                .setOtherMetrics(otherMetrics)
                .setOtherFields(otherFields),
        CampaignPerformance.Builder::build);
    roundTrip(
        PostPerformance.class,
        PostMetric.values(),
        () ->
            PostPerformance.builder()
                .setInstanceId("instance_abc")
                .setPostId(7L)
                .setHandleName("ada")
                .setPeriodStart(day)
                .setPeriodEnd(day)
                .setDateBasis("post_date")
                .setOtherMetrics(otherMetrics)
                .setOtherFields(otherFields),
        PostPerformance.Builder::build);
    roundTrip(
        CreatorPerformance.class,
        CreatorMetric.values(),
        () ->
            CreatorPerformance.builder()
                .setCreatorId(3L)
                .setProfiles(List.of(CreatorProfile.of("ada", "instagram", null, null, null)))
                .setPeriodStart(day)
                .setPeriodEnd(day)
                .setDateBasis("performance_date")
                .setOtherMetrics(otherMetrics)
                .setOtherFields(otherFields),
        CreatorPerformance.Builder::build);
    roundTrip(
        InstancePerformance.class,
        InstanceMetric.values(),
        () ->
            InstancePerformance.builder()
                .setInstanceId(null)
                .setPeriodStart(day)
                .setPeriodEnd(day)
                .setDateBasis("performance_date")
                .setOtherMetrics(otherMetrics)
                .setOtherFields(otherFields),
        InstancePerformance.Builder::build);
    roundTrip(
        InstancePerformanceBucket.class,
        InstanceSeriesMetric.values(),
        () ->
            InstancePerformanceBucket.builder()
                .setPeriodStart(day)
                .setPeriodEnd(day)
                .setDateBasis("performance_date")
                .setGranularity("month")
                .setOtherMetrics(otherMetrics)
                .setOtherFields(otherFields),
        InstancePerformanceBucket.Builder::build);
  }

  /**
   * Sets every metric of {@code metrics} to a value of its own (every other one null in a second
   * row), clones both rows through the record's schema coder and checks each comes back equal, with
   * every metric's value.
   */
  private static <R, B> void roundTrip(
      Class<R> record, RouteMetric<R, B>[] metrics, Supplier<B> identity, Function<B, R> build)
      throws Exception {
    SchemaCoder<R> coder = SchemaRegistry.createDefault().getSchemaCoder(record);
    for (int variant = 0; variant < 2; variant++) {
      B builder = identity.get();
      for (int i = 0; i < metrics.length; i++) {
        metrics[i].setIn(builder, value(metrics[i], i, variant));
      }
      R row = build.apply(builder);
      R decoded = CoderUtils.clone(coder, row);
      assertEquals(record.getSimpleName(), row, decoded);
      for (int i = 0; i < metrics.length; i++) {
        assertEquals(
            metrics[i].apiName(), value(metrics[i], i, variant), metrics[i].valueIn(decoded));
      }
    }
  }

  /** The value the {@code i}th metric gets: its own, or null for every other one in variant 1. */
  private static Number value(RouteMetric<?, ?> metric, int i, int variant) {
    if (variant == 1 && i % 2 == 0) {
      return null;
    }
    return metric.kind() == MetricKind.COUNT ? (Number) (1000L + i) : (Number) (i + 0.25);
  }

  private static String describe(Class<?> record) throws Exception {
    return describe(SchemaRegistry.createDefault().getSchema(record)) + "\n";
  }

  private static String describe(Schema schema) {
    return schema.getFields().stream()
        .map(f -> f.getName() + " " + type(f.getType()))
        .collect(Collectors.joining("\n"));
  }

  private static String type(Schema.FieldType t) {
    String s;
    switch (t.getTypeName()) {
      case ARRAY:
        s = "ARRAY<" + type(t.getCollectionElementType()) + ">";
        break;
      case MAP:
        s = "MAP<" + type(t.getMapKeyType()) + "," + type(t.getMapValueType()) + ">";
        break;
      case ROW:
        s = "ROW<" + describe(t.getRowSchema()).replace("\n", ", ") + ">";
        break;
      default:
        s = t.getTypeName().toString();
    }
    return t.getNullable() ? s + "?" : s;
  }
}
