package io.laterreporting.pipelines.sinks;

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
import org.checkerframework.checker.nullness.qual.Nullable;
import org.joda.time.ReadableInstant;

/**
 * The rows both exports write: the Beam schema of the report's record ({@link
 * ExportReport#recordClass()}), field for field, except that the period bounds are DATEs, and that
 * a scope-wide report's rows carry the run's instance set as {@code instanceId} (see {@link
 * ExportReport}). The records hold the period bounds as UTC-midnight instants only because
 * AutoValue schemas infer no DATE type; as dates they become Parquet {@code date} and BigQuery
 * {@code DATE} columns, which is what a partition column must be.
 */
public final class ExportRows implements SerializableFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  public static final String PERIOD_START = "periodStart";
  public static final String PERIOD_END = "periodEnd";
  private static final Set<String> DATE_FIELDS = Set.of(PERIOD_START, PERIOD_END);

  private final Schema exportSchema;
  private final @Nullable String scope;

  private ExportRows(Schema recordSchema, @Nullable String scope) {
    this.exportSchema = exportSchema(recordSchema, scope != null);
    this.scope = scope;
  }

  /**
   * @param instanceIds the instances the run names (empty: all); only a scope-wide report uses them
   */
  public static ExportRows of(ExportReport report, List<String> instanceIds) {
    try {
      return new ExportRows(
          SchemaRegistry.createDefault().getSchema(report.recordClass()),
          report.scopeWide() ? ExportReport.scopeOf(instanceIds) : null);
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException(
          report.recordClass().getSimpleName() + " has no Beam schema", e);
    }
  }

  /** The campaigns report's rows. */
  public static ExportRows create() {
    return of(ExportReport.CAMPAIGNS, List.of());
  }

  public Schema schema() {
    return exportSchema;
  }

  /**
   * @param recordRow a record of the report as a row of its Beam schema
   */
  @Override
  public Row apply(Row recordRow) {
    List<Object> values = new ArrayList<>(exportSchema.getFieldCount());
    for (Schema.Field field : exportSchema.getFields()) {
      String name = field.getName();
      if (scope != null && name.equals(ExportReport.INSTANCE_ID)) {
        values.add(scope);
      } else if (DATE_FIELDS.contains(name)) {
        values.add(utcDay((ReadableInstant) recordRow.getValue(name)));
      } else {
        values.add(recordRow.getValue(name));
      }
    }
    return Row.withSchema(exportSchema).attachValues(values);
  }

  /** The day an export row's period starts on, as the partition value {@code YYYY-MM-DD}. */
  public static String periodStartDay(Row exportRow) {
    return String.valueOf((LocalDate) exportRow.getValue(PERIOD_START));
  }

  /** The instance (or, for a scope-wide report, the instance set) of an export row. */
  public static String instanceId(Row exportRow) {
    return exportRow.getString(ExportReport.INSTANCE_ID);
  }

  /** The UTC day a record's midnight instant stands for. */
  public static LocalDate utcDay(ReadableInstant instant) {
    return java.time.Instant.ofEpochMilli(instant.getMillis()).atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static Schema exportSchema(Schema recordSchema, boolean scopeWide) {
    Schema.Builder builder = Schema.builder();
    if (scopeWide && !recordSchema.hasField(ExportReport.INSTANCE_ID)) {
      builder.addStringField(ExportReport.INSTANCE_ID);
    }
    for (Schema.Field field : recordSchema.getFields()) {
      if (scopeWide && field.getName().equals(ExportReport.INSTANCE_ID)) {
        builder.addStringField(ExportReport.INSTANCE_ID);
      } else if (DATE_FIELDS.contains(field.getName())) {
        builder.addField(
            field.withType(
                Schema.FieldType.logicalType(SqlTypes.DATE)
                    .withNullable(field.getType().getNullable())));
      } else {
        builder.addField(field);
      }
    }
    return builder.build();
  }
}
