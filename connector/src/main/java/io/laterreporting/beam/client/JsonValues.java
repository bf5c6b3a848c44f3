package io.laterreporting.beam.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.joda.time.Instant;

/**
 * Reading single JSON values the tolerant way every row parser wants: a value of the wrong type is
 * kept in {@link Leftovers} as JSON text rather than lost or fatal.
 */
final class JsonValues {
  /** The one Jackson factory of the client (thread-safe, reusable). */
  static final JsonFactory JSON = JsonFactory.builder().build();

  private JsonValues() {}

  static @Nullable Long longOrNull(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
      return p.getLongValue();
    }
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      double d = p.getDoubleValue();
      return d == Math.rint(d) && Math.abs(d) < 9.0e15 ? (long) d : null;
    }
    if (t == JsonToken.VALUE_STRING) {
      try {
        return Long.parseLong(p.getText().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** A whole number (or a numeric string); anything else but null is kept under {@code f}. */
  static @Nullable Long longOrKeep(JsonParser p, JsonToken t, String f, Leftovers left)
      throws IOException {
    Long v = longOrNull(p, t);
    if (v == null && t != JsonToken.VALUE_NULL) {
      left.field(f, raw(p));
    }
    return v;
  }

  /**
   * {@code value}, or a {@link MalformedResponseException} saying row {@code index} has no {@code
   * name}.
   */
  static <T> T required(@Nullable T value, String name, int index)
      throws MalformedResponseException {
    if (value == null) {
      throw new MalformedResponseException("row " + index + " has no " + name);
    }
    return value;
  }

  static @Nullable String stringOrKeep(JsonParser p, JsonToken t, String f, Leftovers left)
      throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t == JsonToken.VALUE_STRING || t.isNumeric()) {
      return p.getText();
    }
    left.field(f, raw(p));
    return null;
  }

  static @Nullable List<String> stringListOrKeep(
      JsonParser p, JsonToken t, String f, Leftovers left) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t == JsonToken.VALUE_STRING) {
      String s = p.getText().trim();
      if (s.isEmpty()) {
        return List.of();
      }
      List<String> out = new ArrayList<>();
      for (String part : s.split(",")) {
        String v = part.trim();
        if (!v.isEmpty()) {
          out.add(v);
        }
      }
      return Collections.unmodifiableList(out);
    }
    if (t == JsonToken.START_ARRAY) {
      List<String> out = new ArrayList<>();
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == JsonToken.VALUE_STRING) {
          out.add(p.getText());
        } else if (t != JsonToken.VALUE_NULL) {
          // Not a platform name: keep the whole value rather than lose it.
          String rest = raw(p);
          left.field(f + "[" + out.size() + "]", rest);
        }
      }
      return Collections.unmodifiableList(out);
    }
    left.field(f, raw(p));
    return null;
  }

  static @Nullable Instant instantOrKeep(JsonParser p, JsonToken t, String f, Leftovers left)
      throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t == JsonToken.VALUE_STRING) {
      Instant i = ApiTimestamps.parse(p.getText());
      if (i != null) {
        return i;
      }
    }
    left.field(f, raw(p));
    return null;
  }

  /** The current value (scalar or structure) as JSON text; consumes a structure. */
  static String raw(JsonParser p) throws IOException {
    StringWriter w = new StringWriter(32);
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.copyCurrentStructure(p);
    }
    return w.toString();
  }

  static String quote(String s) {
    StringWriter w = new StringWriter(s.length() + 2);
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeString(s);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return w.toString();
  }

  static List<String> splitNames(String s) {
    return Arrays.asList(s.split(","));
  }
}
