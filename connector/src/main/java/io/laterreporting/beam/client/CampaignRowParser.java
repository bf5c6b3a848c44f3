package io.laterreporting.beam.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.laterreporting.beam.records.CampaignMetric;
import io.laterreporting.beam.records.CampaignPerformance;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Rows of {@code /v2/campaigns/performance}, straight into {@link CampaignPerformance}'s builder.
 *
 * <p>Both layouts (metrics nested under {@code metrics}, or flat on the row); {@code campaignTitle}
 * is an alias of {@code campaignName} and {@code uniqueNetworks} (a comma string) of {@code
 * platforms}; {@code campaignId} may be a number or a numeric string; dates may be timestamps ({@code
 * 2024-06-15T00:00:00.000Z}, any offset) or plain dates (midnight UTC). Metric values: {@code null}
 * stays {@code null}; a count written as {@code 12.0} becomes {@code 12L}; a count that is not
 * integral (e.g. {@code 12.5}) leaves the field {@code null} and keeps its value in {@code
 * otherMetrics} under the metric's name; unknown numeric fields go to {@code otherMetrics}; anything
 * else unknown (and values of the wrong type) to {@code otherFields} as JSON text, with unknown
 * non-numeric members of the {@code metrics} object under {@code metrics.<name>}.
 */
final class CampaignRowParser {
  private CampaignRowParser() {}

  static PerformancePage parsePage(
      byte[] body, PerformanceQuery query, PageRequest request, List<String> metricsSent) throws IOException {
    List<CampaignPerformance> rows = new ArrayList<>();
    String onlyInstance = query.instanceIds().size() == 1 ? query.instanceIds().get(0) : null;
    PageInfo info = Envelope.parse(body, request, p -> {
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
          platforms = JsonValues.stringListOrKeep(p, t, f, left);
          break;
        case "uniqueNetworks":
          networks = JsonValues.stringListOrKeep(p, t, f, left);
          break;
        case "metrics":
          if (t == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String m = p.currentName();
              JsonToken v = p.nextToken();
              metric(p, v, m, "metrics." + m, b, left);
            }
          } else if (t != JsonToken.VALUE_NULL) {
            left.field(f, JsonValues.raw(p));
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
      left.field("campaignTitle", JsonValues.quote(identity.title));
    }
    if (platforms != null) {
      b.setPlatforms(platforms);
      if (networks != null && !networks.equals(platforms)) {
        left.field("uniqueNetworks", JsonValues.quote(String.join(",", networks)));
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
        left.field(fieldKey, JsonValues.raw(p));
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
          left.field(fieldKey, JsonValues.raw(p));
          return;
        }
      default:
        left.field(fieldKey, JsonValues.raw(p));
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
}
