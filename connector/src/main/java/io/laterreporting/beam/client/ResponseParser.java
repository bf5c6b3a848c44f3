package io.laterreporting.beam.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.laterreporting.beam.records.CampaignMetric;
import io.laterreporting.beam.records.CampaignPerformance;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.joda.time.Instant;

/**
 * Streaming (Jackson {@link JsonParser}) parsers of the API's bodies, straight into the records'
 * builders: no tree, no data binding, no reflection. A body is parsed whole before anything is
 * returned, so a cut body fails with an {@link IOException} (retried by the client) rather than
 * yielding a partial page.
 *
 * <p>Performance rows: both layouts (metrics nested under {@code metrics}, or flat on the row);
 * {@code campaignTitle} is an alias of {@code campaignName} and {@code uniqueNetworks} (a comma
 * string) of {@code platforms}; {@code campaignId} may be a number or a numeric string; dates may be
 * timestamps ({@code 2024-06-15T00:00:00.000Z}, any offset) or plain dates (midnight UTC). Metric
 * values: {@code null} stays {@code null}; a count written as {@code 12.0} becomes {@code 12L}; a
 * count that is not integral (e.g. {@code 12.5}) leaves the field {@code null} and keeps its value in
 * {@code otherMetrics} under the metric's name; unknown numeric fields go to {@code otherMetrics};
 * anything else unknown (and values of the wrong type) to {@code otherFields} as JSON text, with
 * unknown non-numeric members of the {@code metrics} object under {@code metrics.<name>}.
 */
final class ResponseParser {
  static final JsonFactory JSON = JsonFactory.builder().build();

  private ResponseParser() {}

  // ---------------------------------------------------------------- envelope

  /** Consumes the value of {@code data} (the parser is on its first token). */
  interface DataHandler {
    void onData(JsonParser p) throws IOException;
  }

  /** Walks {@code {"data": ..., "pagination": {...} | "nextCursor": ...}} in any member order. */
  static PageInfo parseEnvelope(byte[] body, PageRequest request, DataHandler data) throws IOException {
    try (JsonParser p = JSON.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new MalformedResponseException("the body is not a JSON object");
      }
      boolean sawData = false;
      boolean sawCursor = false;
      String cursor = null;
      Integer page = null;
      Integer pageSize = null;
      Integer totalPages = null;
      Long totalItems = null;
      boolean sawPagination = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        switch (name) {
          case "data":
            sawData = true;
            data.onData(p);
            break;
          case "nextCursor":
            sawCursor = true;
            cursor = t == JsonToken.VALUE_NULL ? null : p.getValueAsString();
            if (cursor != null && cursor.isEmpty()) {
              cursor = null;
            }
            break;
          case "pagination":
            if (t == JsonToken.START_OBJECT) {
              sawPagination = true;
              while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                JsonToken v = p.nextToken();
                switch (f) {
                  case "page":
                  case "pageNumber":
                    page = intOrNull(p, v);
                    break;
                  case "pageSize":
                    pageSize = intOrNull(p, v);
                    break;
                  case "totalPages":
                    totalPages = intOrNull(p, v);
                    break;
                  case "totalItems":
                    totalItems = v.isNumeric() ? p.getValueAsLong() : null;
                    break;
                  case "nextCursor":
                    sawCursor = true;
                    cursor = v == JsonToken.VALUE_NULL ? null : p.getValueAsString();
                    break;
                  default:
                    p.skipChildren();
                }
              }
            } else {
              p.skipChildren();
            }
            break;
          default:
            p.skipChildren();
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT) {
        throw new MalformedResponseException("the envelope is not a JSON object");
      }
      if (p.nextToken() != null) {
        throw new MalformedResponseException("trailing content after the JSON envelope");
      }
      if (!sawData) {
        throw new MalformedResponseException("the envelope has no 'data' member");
      }
      if (sawPagination && (totalPages != null || !sawCursor)) {
        return PageInfo.of(PaginationGeneration.PAGE_NUMBER, page, pageSize, totalPages, totalItems, null);
      }
      if (sawCursor) {
        return PageInfo.cursor(cursor);
      }
      // Neither: not understood; a page walk refuses it rather than take it as the last page.
      return PageInfo.of(PaginationGeneration.NONE, null, null, null, null, null);
    }
  }

  private static @Nullable Integer intOrNull(JsonParser p, JsonToken t) throws IOException {
    return t.isNumeric() || t == JsonToken.VALUE_STRING ? Integer.valueOf(p.getValueAsInt()) : null;
  }

  // ---------------------------------------------------------------- performance

  static PerformancePage parsePerformance(
      byte[] body, PerformanceQuery query, PageRequest request, List<String> metricsSent) throws IOException {
    List<CampaignPerformance> rows = new ArrayList<>();
    String onlyInstance = query.instanceIds().size() == 1 ? query.instanceIds().get(0) : null;
    PageInfo info = parseEnvelope(body, request, p -> {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return;
      }
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw new MalformedResponseException("'data' is not an array of rows");
      }
      while (p.nextToken() != JsonToken.END_ARRAY) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
          throw new MalformedResponseException("row " + rows.size() + " is not an object");
        }
        rows.add(parseRow(p, query, onlyInstance, rows.size()));
      }
    });
    return PerformancePage.of(rows, info, metricsSent);
  }

  /** Collects what has no field; allocated only when a row has such things. */
  private static final class Leftovers {
    Map<String, Double> metrics;
    Map<String, String> fields;

    void metric(String name, double v) {
      if (metrics == null) {
        metrics = new LinkedHashMap<>();
      }
      metrics.put(name, v);
    }

    void field(String name, String json) {
      if (fields == null) {
        fields = new LinkedHashMap<>();
      }
      fields.put(name, json);
    }
  }

  /**
   * The members a performance row and a roster entry share: which campaign, of which instance, under
   * its current or legacy name.
   */
  private static final class CampaignIdentity {
    @Nullable Long campaignId;
    @Nullable String instanceId;
    @Nullable String name;
    @Nullable String title;
    @Nullable String description;
    @Nullable Instant firstPostDate;
    @Nullable Instant lastPostDate;

    /** Reads member {@code f} if it is one of these; false leaves it to the caller. */
    boolean read(JsonParser p, String f, JsonToken t, Leftovers left) throws IOException {
      switch (f) {
        case "campaignId":
          campaignId = longOrNull(p, t);
          if (campaignId == null) {
            left.field(f, raw(p));
          }
          return true;
        case "instanceId":
          instanceId = stringOrKeep(p, t, f, left);
          return true;
        case "campaignName":
          name = stringOrKeep(p, t, f, left);
          return true;
        case "campaignTitle":
          title = stringOrKeep(p, t, f, left);
          return true;
        case "description":
          description = stringOrKeep(p, t, f, left);
          return true;
        case "firstPostDate":
          firstPostDate = instantOrKeep(p, t, f, left);
          return true;
        case "lastPostDate":
          lastPostDate = instantOrKeep(p, t, f, left);
          return true;
        default:
          return false;
      }
    }

    long campaignId(String what, int index) throws MalformedResponseException {
      if (campaignId == null) {
        throw new MalformedResponseException(what + " " + index + " has no numeric campaignId");
      }
      return campaignId;
    }

    String instanceId(@Nullable String onlyInstance, String what, int index)
        throws MalformedResponseException {
      if (instanceId != null) {
        return instanceId;
      }
      if (onlyInstance == null) {
        throw new MalformedResponseException(what + " " + index + " has no instanceId");
      }
      return onlyInstance;
    }

    @Nullable String name() {
      return name != null ? name : title;
    }
  }

  /** Parses one row; the parser is on its START_OBJECT and ends on its END_OBJECT. */
  static CampaignPerformance parseRow(JsonParser p, PerformanceQuery q, @Nullable String onlyInstance, int index)
      throws IOException {
    CampaignPerformance.Builder b = CampaignPerformance.builder()
        .setPeriodStart(CampaignPerformance.dayStart(q.startDate()))
        .setPeriodEnd(CampaignPerformance.dayStart(q.endDate()))
        .setDateBasis(q.dateBasis());
    Leftovers left = new Leftovers();
    CampaignIdentity identity = new CampaignIdentity();
    List<String> platforms = null;
    List<String> networks = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String f = p.currentName();
      JsonToken t = p.nextToken();
      if (identity.read(p, f, t, left)) {
        continue;
      }
      switch (f) {
        case "platforms":
          platforms = stringListOrKeep(p, t, f, left);
          break;
        case "uniqueNetworks":
          networks = stringListOrKeep(p, t, f, left);
          break;
        case "metrics":
          if (t == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String m = p.currentName();
              JsonToken v = p.nextToken();
              metric(p, v, m, "metrics." + m, b, left);
            }
          } else if (t != JsonToken.VALUE_NULL) {
            left.field(f, raw(p));
          }
          break;
        default:
          metric(p, t, f, f, b, left);
      }
    }
    b.setCampaignId(identity.campaignId("row", index))
        .setInstanceId(identity.instanceId(onlyInstance, "row", index))
        .setCampaignName(identity.name())
        .setDescription(identity.description)
        .setFirstPostDate(identity.firstPostDate)
        .setLastPostDate(identity.lastPostDate);
    if (identity.name != null && identity.title != null && !identity.name.equals(identity.title)) {
      left.field("campaignTitle", quote(identity.title));
    }
    if (platforms != null) {
      b.setPlatforms(platforms);
      if (networks != null && !networks.equals(platforms)) {
        left.field("uniqueNetworks", quote(String.join(",", networks)));
      }
    } else if (networks != null) {
      b.setPlatforms(networks);
    }
    if (left.metrics != null) {
      b.setOtherMetrics(Collections.unmodifiableMap(left.metrics));
    }
    if (left.fields != null) {
      b.setOtherFields(Collections.unmodifiableMap(left.fields));
    }
    return b.build();
  }

  /**
   * A member that may be a metric: a known one goes to its field, an unknown number to
   * otherMetrics, anything else to otherFields under {@code fieldKey}.
   */
  private static void metric(
      JsonParser p, JsonToken t, String apiName, String fieldKey, CampaignPerformance.Builder b, Leftovers left)
      throws IOException {
    CampaignMetric m = CampaignMetric.forApiName(apiName);
    if (m == null) {
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        left.metric(apiName, p.getDoubleValue());
      } else {
        left.field(fieldKey, raw(p));
      }
      return;
    }
    switch (t) {
      case VALUE_NULL:
        m.setIn(b, null);
        return;
      case VALUE_NUMBER_INT:
        if (m.kind() == CampaignMetric.Kind.DECIMAL) {
          m.setIn(b, p.getDoubleValue());
        } else if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
          m.setIn(b, null);
          left.metric(apiName, p.getDoubleValue());
        } else {
          m.setIn(b, p.getLongValue());
        }
        return;
      case VALUE_NUMBER_FLOAT:
        setDouble(m, p.getDoubleValue(), apiName, b, left);
        return;
      case VALUE_STRING:
        String s = p.getText().trim();
        try {
          setDouble(m, Double.parseDouble(s), apiName, b, left);
          return;
        } catch (NumberFormatException e) {
          left.field(fieldKey, raw(p));
          return;
        }
      default:
        left.field(fieldKey, raw(p));
    }
  }

  private static void setDouble(CampaignMetric m, double d, String apiName, CampaignPerformance.Builder b, Leftovers left) {
    if (m.kind() == CampaignMetric.Kind.DECIMAL) {
      m.setIn(b, d);
    } else if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 9.0e15) {
      m.setIn(b, (long) d);
    } else {
      m.setIn(b, null);
      left.metric(apiName, d);
    }
  }

  // ---------------------------------------------------------------- instances and roster

  static InstancesPage parseInstances(byte[] body, PageRequest request) throws IOException {
    List<String> ids = new ArrayList<>();
    PageInfo info = parseEnvelope(body, request, p -> {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NULL) {
        return;
      }
      if (t == JsonToken.START_OBJECT) {
        boolean found = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String f = p.currentName();
          JsonToken v = p.nextToken();
          if (f.equals("instanceIds") || f.equals("instances")) {
            found = true;
            readInstanceArray(p, v, ids);
          } else {
            p.skipChildren();
          }
        }
        if (!found) {
          throw new MalformedResponseException("'data' has no 'instanceIds'");
        }
      } else if (t == JsonToken.START_ARRAY) {
        readInstanceArray(p, t, ids);
      } else {
        throw new MalformedResponseException("'data' is neither {\"instanceIds\": [...]} nor an array");
      }
    });
    return InstancesPage.of(ids, info);
  }

  private static void readInstanceArray(JsonParser p, JsonToken t, List<String> out) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return;
    }
    if (t != JsonToken.START_ARRAY) {
      throw new MalformedResponseException("instanceIds is not an array");
    }
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == JsonToken.VALUE_STRING) {
        out.add(p.getText());
      } else if (t == JsonToken.START_OBJECT) {
        String id = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String f = p.currentName();
          JsonToken v = p.nextToken();
          if ((f.equals("instanceId") || f.equals("id")) && v.isScalarValue()) {
            id = p.getValueAsString();
          } else {
            p.skipChildren();
          }
        }
        if (id == null) {
          throw new MalformedResponseException("an instance object has no instanceId");
        }
        out.add(id);
      } else {
        throw new MalformedResponseException("an instance id is neither a string nor an object");
      }
    }
  }

  static RosterPage parseRoster(byte[] body, PageRequest request, @Nullable String onlyInstance) throws IOException {
    List<CampaignRosterEntry> rows = new ArrayList<>();
    PageInfo info = parseEnvelope(body, request, p -> {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return;
      }
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw new MalformedResponseException("'data' is not an array of campaigns");
      }
      while (p.nextToken() != JsonToken.END_ARRAY) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
          throw new MalformedResponseException("campaign " + rows.size() + " is not an object");
        }
        rows.add(parseRosterEntry(p, onlyInstance, rows.size()));
      }
    });
    return RosterPage.of(rows, info);
  }

  private static CampaignRosterEntry parseRosterEntry(JsonParser p, @Nullable String onlyInstance, int index)
      throws IOException {
    CampaignRosterEntry.Builder b = CampaignRosterEntry.builder();
    Leftovers left = new Leftovers();
    CampaignIdentity identity = new CampaignIdentity();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String f = p.currentName();
      JsonToken t = p.nextToken();
      if (identity.read(p, f, t, left)) {
        continue;
      }
      switch (f) {
        case "status":
          b.setStatus(stringOrKeep(p, t, f, left));
          break;
        case "startDate":
          b.setStartDate(stringOrKeep(p, t, f, left));
          break;
        default:
          left.field(f, raw(p));
      }
    }
    b.setCampaignId(identity.campaignId("campaign", index))
        .setInstanceId(identity.instanceId(onlyInstance, "campaign", index))
        .setCampaignName(identity.name())
        .setDescription(identity.description)
        .setFirstPostDate(identity.firstPostDate)
        .setLastPostDate(identity.lastPostDate);
    if (left.fields != null) {
      b.setOtherFields(Collections.unmodifiableMap(left.fields));
    }
    return b.build();
  }

  // ---------------------------------------------------------------- token and problems

  /** The {@code jwt} of a token answer. */
  static String parseToken(byte[] body) throws IOException {
    try (JsonParser p = JSON.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new MalformedResponseException("the token answer is not a JSON object");
      }
      String jwt = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String f = p.currentName();
        JsonToken t = p.nextToken();
        if ((f.equals("jwt") || f.equals("access_token") || f.equals("accessToken") || f.equals("token"))
            && t == JsonToken.VALUE_STRING) {
          jwt = p.getText();
        } else {
          p.skipChildren();
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
        throw new MalformedResponseException("the token answer is not one JSON object");
      }
      if (jwt == null || jwt.isBlank()) {
        throw new MalformedResponseException("the token answer has no 'jwt'");
      }
      return jwt;
    }
  }

  /** An RFC 9457-style problem body; tolerant of empty or non-JSON bodies. */
  static final class Problem {
    final @Nullable String type;
    final @Nullable String title;
    final @Nullable String detail;
    /** Other members (e.g. a list of valid metrics), as JSON text. */
    final Map<String, String> extensions;
    /** String items of array members, by member name. */
    final Map<String, List<String>> arrays;

    Problem(@Nullable String type, @Nullable String title, @Nullable String detail,
        Map<String, String> extensions, Map<String, List<String>> arrays) {
      this.type = type;
      this.title = title;
      this.detail = detail;
      this.extensions = extensions;
      this.arrays = arrays;
    }

    static final Problem EMPTY = new Problem(null, null, null, Map.of(), Map.of());
  }

  static Problem parseProblem(byte[] body) {
    if (body == null || body.length == 0) {
      return Problem.EMPTY;
    }
    try (JsonParser p = JSON.createParser(body)) {
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
            type = t.isScalarValue() ? p.getValueAsString() : raw(p);
            break;
          case "title":
            title = t.isScalarValue() ? p.getValueAsString() : raw(p);
            break;
          case "detail":
          case "message":
            detail = t.isScalarValue() ? p.getValueAsString() : raw(p);
            break;
          default:
            if (t == JsonToken.START_ARRAY) {
              List<String> items = new ArrayList<>();
              StringWriter w = new StringWriter();
              try (JsonGenerator g = JSON.createGenerator(w)) {
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
              ext.put(f, raw(p));
            }
        }
      }
      return new Problem(type, title, detail, ext, arrays);
    } catch (IOException e) {
      return new Problem(null, null, snippet(body), Map.of(), Map.of());
    }
  }

  private static String snippet(byte[] body) {
    String s = new String(body, 0, Math.min(body.length, 300), java.nio.charset.StandardCharsets.UTF_8)
        .replaceAll("\\s+", " ").trim();
    return "(not a problem+json body) " + s + (body.length > 300 ? "..." : "");
  }

  // ---------------------------------------------------------------- values

  private static @Nullable Long longOrNull(JsonParser p, JsonToken t) throws IOException {
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

  private static @Nullable String stringOrKeep(JsonParser p, JsonToken t, String f, Leftovers left) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t == JsonToken.VALUE_STRING || t.isNumeric()) {
      return p.getText();
    }
    left.field(f, raw(p));
    return null;
  }

  private static @Nullable List<String> stringListOrKeep(JsonParser p, JsonToken t, String f, Leftovers left)
      throws IOException {
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

  private static @Nullable Instant instantOrKeep(JsonParser p, JsonToken t, String f, Leftovers left)
      throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t == JsonToken.VALUE_STRING) {
      Instant i = parseInstant(p.getText());
      if (i != null) {
        return i;
      }
    }
    left.field(f, raw(p));
    return null;
  }

  /** {@code 2024-06-15T00:00:00.000Z}, any ISO offset, or a plain date (midnight UTC); null if neither. */
  static @Nullable Instant parseInstant(String s) {
    long fast = fastUtcMillis(s);
    if (fast != Long.MIN_VALUE) {
      return new Instant(fast);
    }
    String v = s.trim();
    try {
      if (v.length() == 10) {
        return new Instant(LocalDate.parse(v).toEpochDay() * 86_400_000L);
      }
      if (v.endsWith("Z") || v.endsWith("z")) {
        return new Instant(java.time.Instant.parse(v.substring(0, v.length() - 1) + "Z").toEpochMilli());
      }
      return new Instant(OffsetDateTime.parse(v).toInstant().toEpochMilli());
    } catch (DateTimeParseException | ArithmeticException e) {
      return null;
    }
  }

  /**
   * The API's usual {@code yyyy-MM-ddTHH:mm:ss.SSSZ} (or without millis), parsed by hand: a
   * quarter of a row's parsing time otherwise. {@link Long#MIN_VALUE} if {@code s} has another shape.
   */
  static long fastUtcMillis(String s) {
    int n = s.length();
    if ((n != 24 && n != 20) || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
        || s.charAt(13) != ':' || s.charAt(16) != ':' || s.charAt(n - 1) != 'Z'
        || (n == 24 && s.charAt(19) != '.')) {
      return Long.MIN_VALUE;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    int millis = n == 24 ? digits(s, 20, 3) : 0;
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
        || minute > 59 || second < 0 || second > 59 || millis < 0) {
      return Long.MIN_VALUE;
    }
    try {
      long epochDay = LocalDate.of(year, month, day).toEpochDay();
      return ((epochDay * 24 + hour) * 60 + minute) * 60_000L + second * 1000L + millis;
    } catch (java.time.DateTimeException e) {
      return Long.MIN_VALUE;
    }
  }

  private static int digits(String s, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** The current value (scalar or structure) as JSON text; consumes a structure. */
  static String raw(JsonParser p) throws IOException {
    StringWriter w = new StringWriter(32);
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.copyCurrentStructure(p);
    }
    return w.toString();
  }

  private static String quote(String s) {
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
