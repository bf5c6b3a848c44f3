package io.laterreporting.beam.records;

import static org.junit.Assert.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

  private static final List<Class<?>> RECORDS =
      List.of(
          CampaignPerformance.class,
          PostPerformance.class,
          CreatorPerformance.class,
          InstancePerformance.class,
          InstancePerformanceBucket.class);

  /**
   * {@code record-schemas.txt} holds each record's columns as the schema inferred from the records
   * before their metrics were shared (one line {@code name TYPE}, {@code ?} when nullable, under
   * {@code === RecordName}); a change to it changes the exports' files and tables.
   */
  @Test
  public void givenEachRecord_thenItsSchemaIsTheOnePinned() throws Exception {
    String pinned;
    try (InputStream in = RecordSchemasTest.class.getResourceAsStream("record-schemas.txt")) {
      pinned = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    StringBuilder actual = new StringBuilder();
    for (Class<?> record : RECORDS) {
      actual
          .append("=== ")
          .append(record.getSimpleName())
          .append('\n')
          .append(describe(SchemaRegistry.createDefault().getSchema(record)))
          .append('\n');
    }
    assertEquals(pinned, actual.toString());
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
      assertEquals(
          record.getSimpleName() + " hashCode after decoding", row.hashCode(), decoded.hashCode());
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
