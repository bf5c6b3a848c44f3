package io.laterreporting.pipelines.sinks;

import io.laterreporting.beam.records.CampaignPerformance;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.extensions.avro.schemas.utils.AvroUtils;
import org.apache.beam.sdk.transforms.SerializableFunction;

/**
 * {@link CampaignPerformance} as the Avro records ParquetIO writes, with the Avro schema derived
 * from {@link ExportRows#schema()} (dates become Avro {@code date}, instants {@code timestamp-millis}).
 */
final class AvroRecords implements SerializableFunction<CampaignPerformance, GenericRecord> {
  private static final long serialVersionUID = 1L;

  private final ExportRows rows;
  // Kept as JSON: the parsed schema is rebuilt on each worker.
  private final String schemaJson;
  private transient Schema schema;

  AvroRecords(ExportRows rows) {
    this.rows = rows;
    this.schemaJson = AvroUtils.toAvroSchema(rows.schema(), "CampaignPerformance", "io.laterreporting").toString();
  }

  Schema schema() {
    if (schema == null) {
      schema = new Schema.Parser().parse(schemaJson);
    }
    return schema;
  }

  @Override
  public GenericRecord apply(CampaignPerformance record) {
    return AvroUtils.toGenericRecord(rows.apply(record), schema());
  }
}
