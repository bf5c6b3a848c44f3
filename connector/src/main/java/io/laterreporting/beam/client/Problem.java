package io.laterreporting.beam.client;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/** An RFC 9457-style problem body; {@link #parse} is tolerant of empty or non-JSON bodies. */
final class Problem {
  final @Nullable String type;
  final @Nullable String title;
  final @Nullable String detail;

  /** Other members (e.g. a list of valid metrics), as JSON text. */
  final Map<String, String> extensions;

  /** String items of array members, by member name. */
  final Map<String, List<String>> arrays;

  Problem(
      @Nullable String type,
      @Nullable String title,
      @Nullable String detail,
      Map<String, String> extensions,
      Map<String, List<String>> arrays) {
    this.type = type;
    this.title = title;
    this.detail = detail;
    this.extensions = extensions;
    this.arrays = arrays;
  }

  static final Problem EMPTY = new Problem(null, null, null, Map.of(), Map.of());

  static Problem parse(byte[] body) {
    if (body == null || body.length == 0) {
      return EMPTY;
    }
    try (JsonParser p = JsonValues.JSON.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return new Problem(null, null, snippet(body), Map.of(), Map.of());
      }
      String type = null;
      String title = null;
      String detail = null;
      Map<String, String> ext = new LinkedHashMap<>();
      Map<String, List<String>> arrays = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String f = p.currentName();
        JsonToken t = p.nextToken();
        switch (f) {
          case "type":
            type = t.isScalarValue() ? p.getValueAsString() : JsonValues.raw(p);
            break;
          case "title":
            title = t.isScalarValue() ? p.getValueAsString() : JsonValues.raw(p);
            break;
          case "detail":
          case "message":
            detail = t.isScalarValue() ? p.getValueAsString() : JsonValues.raw(p);
            break;
          default:
            if (t == JsonToken.START_ARRAY) {
              List<String> items = new ArrayList<>();
              StringWriter w = new StringWriter();
              try (JsonGenerator g = JsonValues.JSON.createGenerator(w)) {
                g.writeStartArray();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                  if (p.currentToken() == JsonToken.VALUE_STRING) {
                    items.add(p.getText());
                  }
                  g.copyCurrentStructure(p);
                }
                g.writeEndArray();
              }
              arrays.put(f, items);
              ext.put(f, w.toString());
            } else {
              ext.put(f, JsonValues.raw(p));
            }
        }
      }
      return new Problem(type, title, detail, ext, arrays);
    } catch (IOException e) {
      return new Problem(null, null, snippet(body), Map.of(), Map.of());
    }
  }

  private static String snippet(byte[] body) {
    String s =
        new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8)
            .replaceAll("\\s+", " ")
            .trim();
    return "(not a problem+json body) " + s + (body.length > 300 ? "..." : "");
  }
}
