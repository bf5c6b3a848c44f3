package io.laterreporting.pipelines;

import io.laterreporting.beam.records.CampaignPerformance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.apache.beam.sdk.values.Row;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.joda.time.ReadableInstant;

/**
 * Rows as plain, comparable maps: read back from Parquet files with parquet-avro (not with the
 * export's own conversion), or built from the oracle's records, so that both sides meet in one
 * form: dates as {@code YYYY-MM-DD}, instants as epoch millis, text as String.
 */
public final class ExportedRows {
  private static final Set<String> DAY_FIELDS = Set.of("periodStart", "periodEnd");

  private ExportedRows() {}

  /**
   * The Parquet files of the live partitions, {@code periodStart=.../instanceId=...} folders only.
   */
  public static List<Path> liveFiles(Path output) {
    try (Stream<Path> files = Files.walk(output)) {
      return files
          .filter(file -> file.toString().endsWith(".parquet") && Files.isRegularFile(file))
          .filter(file -> output.relativize(file).getNameCount() == 3)
          .filter(file -> output.relativize(file).getName(0).toString().startsWith("periodStart="))
          .filter(file -> file.getParent().getFileName().toString().startsWith("instanceId="))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every row of the live partitions; fails if a row sits in the wrong partition. */
  public static List<Map<String, Object>> readParquet(Path output) throws IOException {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Path file : liveFiles(output)) {
      String partition =
          URLDecoder.decode(output.relativize(file.getParent()).toString(), StandardCharsets.UTF_8);
      try (ParquetReader<GenericRecord> reader =
          AvroParquetReader.<GenericRecord>builder(
                  HadoopInputFile.fromPath(
                      new org.apache.hadoop.fs.Path(file.toUri()), new Configuration()))
              .build()) {
        for (GenericRecord record = reader.read(); record != null; record = reader.read()) {
          Map<String, Object> row = fromAvro(record);
          if (!partition.equals(
              "periodStart=" + row.get("periodStart") + "/instanceId=" + row.get("instanceId"))) {
            throw new AssertionError(row + " is in partition " + partition);
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }

  public static List<Map<String, Object>> fromRecords(List<CampaignPerformance> records)
      throws Exception {
    return fromRecords(CampaignPerformance.class, records);
  }

  /** Records of a report's class as plain maps, through their Beam schema. */
  public static <T> List<Map<String, Object>> fromRecords(Class<T> recordClass, List<T> records)
      throws Exception {
    var toRow = SchemaRegistry.createDefault().getToRowFunction(recordClass);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (T record : records) {
      rows.add(fromRow(toRow.apply(record)));
    }
    return rows;
  }

  private static Map<String, Object> fromRow(Row row) {
    Map<String, Object> values = new TreeMap<>();
    for (org.apache.beam.sdk.schemas.Schema.Field field : row.getSchema().getFields()) {
      Object value = row.getValue(field.getName());
      if (value instanceof ReadableInstant) {
        long millis = ((ReadableInstant) value).getMillis();
        value =
            DAY_FIELDS.contains(field.getName())
                ? LocalDate.ofEpochDay(Math.floorDiv(millis, 86_400_000L)).toString()
                : (Object) millis;
      } else if (value instanceof Map) {
        value = new TreeMap<>((Map<?, ?>) value);
      } else if (value instanceof Iterable) {
        List<Object> list = new ArrayList<>();
        ((Iterable<?>) value).forEach(e -> list.add(e instanceof Row ? fromRow((Row) e) : e));
        value = list;
      }
      values.put(field.getName(), value);
    }
    return values;
  }

  private static Map<String, Object> fromAvro(GenericRecord record) {
    Map<String, Object> values = new TreeMap<>();
    for (Schema.Field field : record.getSchema().getFields()) {
      values.put(field.name(), plain(field.schema(), record.get(field.name())));
    }
    return values;
  }

  private static Object plain(Schema schema, Object value) {
    if (value == null) {
      return null;
    }
    Schema type =
        schema.getType() != Schema.Type.UNION
            ? schema
            : schema.getTypes().stream()
                .filter(s -> s.getType() != Schema.Type.NULL)
                .findFirst()
                .get();
    if (type.getLogicalType() instanceof LogicalTypes.Date) {
      return LocalDate.ofEpochDay((Integer) value).toString();
    }
    switch (type.getType()) {
      case STRING:
        return value.toString();
      case ARRAY:
        List<Object> list = new ArrayList<>();
        for (Object element : (Iterable<?>) value) {
          list.add(plain(type.getElementType(), element));
        }
        return list;
      case RECORD:
        return fromAvro((GenericRecord) value);
      case MAP:
        Map<String, Object> map = new TreeMap<>();
        ((Map<?, ?>) value).forEach((k, v) -> map.put(k.toString(), plain(type.getValueType(), v)));
        return map;
      default:
        return value;
    }
  }
}
