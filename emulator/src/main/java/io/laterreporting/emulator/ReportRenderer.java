package io.laterreporting.emulator;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes the rows of the posts, creators and instance routes. Identity objects ({@code
 * creatorProfile}, {@code creator}) stay nested in every layout; the flat layouts put the metrics
 * on the row itself (there are no v1 names for these routes, so flat-legacy is flat).
 */
final class ReportRenderer {
  private final RowLayout layout;

  ReportRenderer(RowLayout layout) {
    this.layout = layout;
  }

  byte[] post(ExpectedPost post, List<String> metricNames) {
    return RowRenderer.write(
        g -> {
          g.writeStartObject();
          g.writeNumberField("postId", post.postId());
          g.writeStringField("instanceId", post.instanceId());
          g.writeNumberField("campaignId", post.campaignId());
          g.writeStringField("postDate", RowRenderer.timestamp(post.postDate()));
          g.writeStringField("contentType", post.contentType());
          g.writeStringField("contentUrl", post.contentUrl());
          g.writeStringField("contentImageUrl", post.contentImageUrl());
          g.writeFieldName("creatorProfile");
          profile(g, post.creatorProfile());
          RowRenderer.writeMetricsMember(g, layout, post.metrics(), metricNames);
          g.writeEndObject();
        });
  }

  byte[] creator(ExpectedCreator creator, List<String> metricNames) {
    return RowRenderer.write(
        g -> {
          g.writeStartObject();
          g.writeObjectFieldStart("creator");
          g.writeNumberField("creatorId", creator.creatorId());
          g.writeStringField("fullName", creator.fullName());
          g.writeStringField("profilePictureUrl", creator.profilePictureUrl());
          g.writeArrayFieldStart("profiles");
          for (CreatorProfile profile : creator.profiles()) {
            profile(g, profile);
          }
          g.writeEndArray();
          g.writeEndObject();
          RowRenderer.writeMetricsMember(g, layout, creator.metrics(), metricNames);
          g.writeEndObject();
        });
  }

  byte[] bucket(ExpectedBucket bucket, List<String> metricNames) {
    return RowRenderer.write(
        g -> {
          g.writeStartObject();
          g.writeStringField("startDate", bucket.startDate().toString());
          g.writeStringField("endDate", bucket.endDate().toString());
          RowRenderer.writeMetricsMember(g, layout, bucket.metrics(), metricNames);
          g.writeEndObject();
        });
  }

  /** The {@code data} object of the instance totals. */
  byte[] totals(Map<String, Number> metrics, List<String> metricNames) {
    return RowRenderer.write(
        g -> {
          g.writeStartObject();
          RowRenderer.writeMetricsMember(g, layout, metrics, metricNames);
          g.writeEndObject();
        });
  }

  private static void profile(JsonGenerator g, CreatorProfile profile) throws IOException {
    g.writeStartObject();
    g.writeStringField("handleName", profile.handleName());
    g.writeStringField("network", profile.network());
    g.writeStringField("fullName", profile.fullName());
    g.writeStringField("profileImage", profile.profileImage());
    g.writeStringField("profileLink", profile.profileLink());
    g.writeEndObject();
  }
}
