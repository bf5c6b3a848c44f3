package io.laterreporting.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Compares JSON rows with the oracle, value by value. */
final class ExpectedRows {
  private ExpectedRows() {}

  static void assertRowEquals(
      ExpectedRow expected, JsonNode row, RowLayout layout, List<String> metricNames) {
    String context = "campaign " + expected.campaignId();
    assertEquals(context, expected.campaignId(), row.get("campaignId").longValue());
    assertEquals(context, expected.instanceId(), row.get("instanceId").asText());
    JsonNode description = row.get("description");
    if (expected.description() == null) {
      assertTrue(context, description.isNull());
    } else {
      assertEquals(context, expected.description(), description.asText());
    }
    assertEquals(
        context,
        RowRenderer.timestamp(expected.firstPostDate()),
        row.get("firstPostDate").asText());
    assertEquals(
        context, RowRenderer.timestamp(expected.lastPostDate()), row.get("lastPostDate").asText());
    JsonNode metrics = row;
    if (layout == RowLayout.FLAT_LEGACY) {
      assertEquals(context, expected.campaignName(), row.get("campaignTitle").asText());
      assertEquals(
          context, String.join(",", expected.platforms()), row.get("uniqueNetworks").asText());
      assertFalse(row.has("campaignName"));
      assertFalse(row.has("platforms"));
    } else {
      assertEquals(context, expected.campaignName(), row.get("campaignName").asText());
      List<String> platforms = new ArrayList<>();
      row.get("platforms").forEach(p -> platforms.add(p.asText()));
      assertEquals(context, expected.platforms(), platforms);
    }
    if (layout == RowLayout.NESTED) {
      metrics = row.get("metrics");
      assertEquals(context, metricNames, fieldNames(metrics));
    } else {
      assertFalse(row.has("metrics"));
    }
    for (String name : metricNames) {
      assertMetricEquals(context + " " + name, expected.metrics().get(name), metrics.get(name));
    }
  }

  static void assertMetricEquals(String context, Number expected, JsonNode actual) {
    if (expected == null) {
      assertTrue(context + " should be null, was " + actual, actual.isNull());
    } else if (expected instanceof Long) {
      assertTrue(context + " should be an integer, was " + actual, actual.isIntegralNumber());
      assertEquals(context, expected.longValue(), actual.longValue());
    } else {
      assertTrue(context + " should be a number, was " + actual, actual.isNumber());
      assertEquals(context, (Double) expected, (Double) actual.doubleValue());
    }
  }

  static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  static List<Long> campaignIds(List<ExpectedRow> rows) {
    return rows.stream().map(ExpectedRow::campaignId).toList();
  }

  static List<Long> campaignIds(JsonNode data) {
    List<Long> ids = new ArrayList<>();
    data.forEach(row -> ids.add(row.get("campaignId").longValue()));
    return ids;
  }
}
