package io.laterreporting.pipelines.sinks;

import io.laterreporting.beam.records.CampaignPerformance;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.apache.beam.sdk.schemas.logicaltypes.SqlTypes;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.Row;
import org.joda.time.ReadableInstant;

/**
 * The rows both exports write: {@link CampaignPerformance}'s Beam schema, field for field, except
 * that the period bounds are DATEs. The record holds them as UTC-midnight instants only because
 * AutoValue schemas infer no DATE type; as dates they become Parquet {@code date} and BigQuery
 * {@code DATE} columns, which is what a partition column must be.
 */
public final class ExportRows implements SerializableFunction<CampaignPerformance, Row> {
  private static final long serialVersionUID = 1L;
  public static final String PERIOD_START = "periodStart";
  public static final String PERIOD_END = "periodEnd";
  private static final Set<String> DATE_FIELDS = Set.of(PERIOD_START, PERIOD_END);

  private final Schema recordSchema;
  private final Schema exportSchema;
  private final SerializableFunction<CampaignPerformance, Row> toRecordRow;

  private ExportRows(
      Schema recordSchema, SerializableFunction<CampaignPerformance, Row> toRecordRow) {
    this.recordSchema = recordSchema;
    this.exportSchema = withDates(recordSchema);
    this.toRecordRow = toRecordRow;
  }

  public static ExportRows create() {
    SchemaRegistry registry = SchemaRegistry.createDefault();
    try {
      return new ExportRows(
          registry.getSchema(CampaignPerformance.class),
          registry.getToRowFunction(CampaignPerformance.class));
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException("CampaignPerformance has no Beam schema", e);
    }
  }

  public Schema schema() {
    return exportSchema;
  }

  @Override
  public Row apply(CampaignPerformance record) {
    Row recordRow = toRecordRow.apply(record);
    List<Object> values = new ArrayList<>(recordSchema.getFieldCount());
    for (Schema.Field field : recordSchema.getFields()) {
      Object value = recordRow.getValue(field.getName());
      values.add(DATE_FIELDS.contains(field.getName()) ? utcDay((ReadableInstant) value) : value);
    }
    return Row.withSchema(exportSchema).attachValues(values);
  }

  /** The day a row's period starts on, as the partition value {@code YYYY-MM-DD}. */
  public static String periodStartDay(CampaignPerformance record) {
    return utcDay(record.getPeriodStart()).toString();
  }

  /** The UTC day a record's midnight instant stands for. */
  public static LocalDate utcDay(ReadableInstant instant) {
    return java.time.Instant.ofEpochMilli(instant.getMillis()).atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static Schema withDates(Schema recordSchema) {
    Schema.Builder builder = Schema.builder();
    for (Schema.Field field : recordSchema.getFields()) {
      builder.addField(
          DATE_FIELDS.contains(field.getName())
              ? field.withType(
                  Schema.FieldType.logicalType(SqlTypes.DATE).withNullable(field.getType().getNullable()))
              : field);
    }
    return builder.build();
  }
}
