package io.laterreporting.beam.records;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.SchemaCoder;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.apache.beam.sdk.util.CoderUtils;
import org.joda.time.Instant;
import org.junit.Test;

public class CampaignPerformanceTest {

  private static Schema schema() throws NoSuchSchemaException {
    return SchemaRegistry.createDefault().getSchema(CampaignPerformance.class);
  }

  @Test
  public void givenTheRecord_thenItsSchemaColumnsAreTheApiNamesInOrder() throws Exception {
    List<String> expected =
        new ArrayList<>(
            List.of(
                "instanceId",
                "campaignId",
                "campaignName",
                "description",
                "firstPostDate",
                "lastPostDate",
                "platforms",
                "periodStart",
                "periodEnd",
                "dateBasis"));
    expected.addAll(CampaignMetric.apiNames());
    expected.add("otherMetrics");
    expected.add("otherFields");
    assertThat(schema().getFieldNames(), contains(expected.toArray()));
  }

  @Test
  public void givenMetricKinds_thenCountsAreInt64AndDecimalsDoubleAndAllNullable()
      throws Exception {
    Schema schema = schema();
    for (CampaignMetric metric : CampaignMetric.values()) {
      Schema.FieldType type = schema.getField(metric.apiName()).getType();
      assertTrue(metric.apiName(), type.getNullable());
      assertEquals(
          metric.apiName(),
          metric.kind() == MetricKind.COUNT ? Schema.TypeName.INT64 : Schema.TypeName.DOUBLE,
          type.getTypeName());
    }
    assertEquals(Schema.TypeName.DATETIME, schema.getField("periodStart").getType().getTypeName());
    assertEquals(
        Schema.TypeName.DATETIME, schema.getField("firstPostDate").getType().getTypeName());
  }

  @Test
  public void givenARowWithNullsAndExtras_thenTheSchemaCoderRoundTripsItExactly() throws Exception {
    CampaignPerformance.Builder builder =
        CampaignPerformance.builder()
            .setInstanceId("instance_abc")
            .setCampaignId(49761L)
            .setCampaignName("Été \"Summer\" Drop, 2024 — 夏")
            .setDescription(null)
            .setFirstPostDate(Instant.parse("2024-06-15T00:00:00.000Z"))
            .setLastPostDate(null)
            .setPlatforms(List.of("instagram", "tiktok"))
            .setPeriodStart(Instant.parse("2024-06-01T00:00:00Z"))
            .setPeriodEnd(Instant.parse("2024-06-30T00:00:00Z"))
            .setDateBasis("performance_date")
            .setOtherMetrics(Map.of("brandNewMetric", 1.5))
            .setOtherFields(Map.of("status", "\"active\""));
    CampaignMetric.IMPRESSIONS.setIn(builder, 250000L);
    CampaignMetric.ESTIMATED_ROI.setIn(builder, 2.4);
    CampaignPerformance row = builder.build();

    SchemaCoder<CampaignPerformance> coder =
        SchemaRegistry.createDefault().getSchemaCoder(CampaignPerformance.class);
    CampaignPerformance decoded = CoderUtils.clone(coder, row);

    assertEquals(row, decoded);
    assertEquals(250000L, CampaignMetric.IMPRESSIONS.valueIn(decoded));
    assertEquals(null, CampaignMetric.CPM.valueIn(decoded));
  }
}
