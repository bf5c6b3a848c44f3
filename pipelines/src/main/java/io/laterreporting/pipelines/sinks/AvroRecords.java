package io.laterreporting.pipelines.sinks;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.extensions.avro.schemas.utils.AvroUtils;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.Row;

/**
 * Export rows ({@link ExportRows}) as the Avro records ParquetIO writes, with the Avro schema
 * derived from {@link ExportRows#schema()} (dates become Avro {@code date}, instants {@code
 * timestamp-millis}).
 */
final class AvroRecords implements SerializableFunction<Row, GenericRecord> {
  private static final long serialVersionUID = 1L;

  // Kept as JSON: the parsed schema is rebuilt on each worker.
  private final String schemaJson;
  private transient Schema schema;

  AvroRecords(ExportRows rows, ExportReport report) {
    this.schemaJson =
        AvroUtils.toAvroSchema(
                rows.schema(), report.recordClass().getSimpleName(), "io.laterreporting")
            .toString();
  }

  Schema schema() {
    if (schema == null) {
      schema = new Schema.Parser().parse(schemaJson);
    }
    return schema;
  }

  @Override
  public GenericRecord apply(Row row) {
    return AvroUtils.toGenericRecord(row, schema());
  }
}
