package io.laterreporting.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Compares JSON rows of the posts, creators and instance routes with the oracle, value by value.
 */
final class ReportRowsAssert {
  private ReportRowsAssert() {}

  static void assertPostEquals(
      ExpectedPost expected, JsonNode row, RowLayout layout, List<String> metricNames) {
    String context = "post " + expected.postId();
    assertEquals(context, expected.postId(), row.get("postId").longValue());
    assertEquals(context, expected.instanceId(), row.get("instanceId").asText());
    assertEquals(context, expected.campaignId(), row.get("campaignId").longValue());
    assertEquals(context, RowRenderer.timestamp(expected.postDate()), row.get("postDate").asText());
    assertEquals(context, expected.contentType(), row.get("contentType").asText());
    assertEquals(context, expected.contentUrl(), row.get("contentUrl").asText());
    assertText(context, expected.contentImageUrl(), row.get("contentImageUrl"));
    assertProfileEquals(context, expected.creatorProfile(), row.get("creatorProfile"));
    assertMetrics(context, expected.metrics(), row, layout, metricNames);
  }

  static void assertCreatorEquals(
      ExpectedCreator expected, JsonNode row, RowLayout layout, List<String> metricNames) {
    String context = "creator " + expected.creatorId();
    JsonNode creator = row.get("creator");
    assertEquals(context, expected.creatorId(), creator.get("creatorId").longValue());
    assertEquals(context, expected.fullName(), creator.get("fullName").asText());
    assertEquals(context, expected.profilePictureUrl(), creator.get("profilePictureUrl").asText());
    assertEquals(context, expected.profiles().size(), creator.get("profiles").size());
    for (int i = 0; i < expected.profiles().size(); i++) {
      assertProfileEquals(context, expected.profiles().get(i), creator.get("profiles").get(i));
    }
    assertMetrics(context, expected.metrics(), row, layout, metricNames);
  }

  static void assertBucketEquals(
      ExpectedBucket expected, JsonNode row, RowLayout layout, List<String> metricNames) {
    String context = "bucket " + expected.startDate();
    assertEquals(context, expected.startDate().toString(), row.get("startDate").asText());
    assertEquals(context, expected.endDate().toString(), row.get("endDate").asText());
    assertMetrics(context, expected.metrics(), row, layout, metricNames);
  }

  /** {@code holder}: the row, or the {@code data} object of the instance totals. */
  static void assertMetrics(
      String context,
      Map<String, Number> expected,
      JsonNode holder,
      RowLayout layout,
      List<String> metricNames) {
    JsonNode metrics = holder;
    if (layout == RowLayout.NESTED) {
      metrics = holder.get("metrics");
      assertEquals(context, metricNames, ExpectedRows.fieldNames(metrics));
    } else {
      assertFalse(context, holder.has("metrics"));
    }
    for (String name : metricNames) {
      ExpectedRows.assertMetricEquals(context + " " + name, expected.get(name), metrics.get(name));
    }
  }

  private static void assertProfileEquals(
      String context, CreatorProfile expected, JsonNode profile) {
    assertEquals(
        context,
        List.of("handleName", "network", "fullName", "profileImage", "profileLink"),
        ExpectedRows.fieldNames(profile));
    assertEquals(context, expected.handleName(), profile.get("handleName").asText());
    assertEquals(context, expected.network(), profile.get("network").asText());
    assertEquals(context, expected.fullName(), profile.get("fullName").asText());
    assertEquals(context, expected.profileImage(), profile.get("profileImage").asText());
    assertEquals(context, expected.profileLink(), profile.get("profileLink").asText());
  }

  private static void assertText(String context, String expected, JsonNode actual) {
    if (expected == null) {
      assertTrue(context + " should be null, was " + actual, actual.isNull());
    } else {
      assertEquals(context, expected, actual.asText());
    }
  }
}
