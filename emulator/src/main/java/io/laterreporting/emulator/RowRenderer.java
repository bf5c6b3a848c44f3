package io.laterreporting.emulator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Writes rows as JSON in the configured layout. Counts are written as integers and doubles with
 * Jackson's shortest round-tripping form, so a parsed value equals the oracle's exactly.
 */
final class RowRenderer {
  private static final JsonFactory JSON = new JsonFactory();
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final RowLayout layout;

  RowRenderer(RowLayout layout) {
    this.layout = layout;
  }

  static String timestamp(Instant instant) {
    return TIMESTAMP.format(instant);
  }

  /** {@code metricNames} in API order: all 52 in generation A, the requested ones in B. */
  byte[] performanceRow(ExpectedRow row, List<String> metricNames) {
    return write(
        g -> {
          g.writeStartObject();
          g.writeNumberField("campaignId", row.campaignId());
          g.writeStringField(
              layout == RowLayout.FLAT_LEGACY ? "campaignTitle" : "campaignName",
              row.campaignName());
          g.writeStringField("instanceId", row.instanceId());
          g.writeStringField("description", row.description());
          g.writeStringField("firstPostDate", timestamp(row.firstPostDate()));
          g.writeStringField("lastPostDate", timestamp(row.lastPostDate()));
          if (layout == RowLayout.FLAT_LEGACY) {
            g.writeStringField("uniqueNetworks", String.join(",", row.platforms()));
          } else {
            g.writeArrayFieldStart("platforms");
            for (String platform : row.platforms()) {
              g.writeString(platform);
            }
            g.writeEndArray();
          }
          writeMetricsMember(g, layout, row.metrics(), metricNames);
          g.writeEndObject();
        });
  }

  byte[] rosterEntry(RosterEntry entry) {
    return write(
        g -> {
          g.writeStartObject();
          g.writeNumberField("campaignId", entry.campaignId());
          g.writeStringField(
              layout == RowLayout.FLAT_LEGACY ? "campaignTitle" : "campaignName",
              entry.campaignName());
          g.writeStringField("instanceId", entry.instanceId());
          g.writeStringField("description", entry.description());
          g.writeStringField("status", entry.status());
          g.writeStringField("startDate", timestamp(entry.startDate()));
          g.writeStringField("firstPostDate", timestamp(entry.firstPostDate()));
          g.writeStringField("lastPostDate", timestamp(entry.lastPostDate()));
          g.writeEndObject();
        });
  }

  static byte[] string(String value) {
    return write(g -> g.writeString(value));
  }

  /**
   * The metrics of a row: under {@code metrics} in the nested layout, else as the row's own fields.
   */
  static void writeMetricsMember(
      JsonGenerator g, RowLayout layout, Map<String, Number> metrics, List<String> names)
      throws IOException {
    if (layout == RowLayout.NESTED) {
      g.writeObjectFieldStart("metrics");
      writeMetrics(g, metrics, names);
      g.writeEndObject();
    } else {
      writeMetrics(g, metrics, names);
    }
  }

  private static void writeMetrics(JsonGenerator g, Map<String, Number> metrics, List<String> names)
      throws IOException {
    for (String name : names) {
      Number value = metrics.get(name);
      g.writeFieldName(name);
      if (value == null) {
        g.writeNull();
      } else if (value instanceof Long) {
        g.writeNumber(value.longValue());
      } else {
        g.writeNumber(value.doubleValue());
      }
    }
  }

  interface JsonWriting {
    void writeTo(JsonGenerator generator) throws IOException;
  }

  static byte[] write(JsonWriting writing) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      writing.writeTo(generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
