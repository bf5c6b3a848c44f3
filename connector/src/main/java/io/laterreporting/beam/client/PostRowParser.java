package io.laterreporting.beam.client;

import com.fasterxml.jackson.core.JsonParser;
import io.laterreporting.beam.records.CampaignPerformance;
import io.laterreporting.beam.records.CreatorProfile;
import io.laterreporting.beam.records.PostMetric;
import io.laterreporting.beam.records.PostPerformance;
import java.io.IOException;

/**
 * Rows of {@code /v2/posts/performance} into {@link PostPerformance}: {@code postId} and {@code
 * campaignId} numbers (or numeric strings), {@code postDate} a timestamp, the {@code
 * creatorProfile} object flattened into its members' columns; metrics as {@link RowWalker} reads
 * them.
 */
final class PostRowParser implements RowParser<PostPerformance> {
  static final PostRowParser INSTANCE = new PostRowParser();

  private PostRowParser() {}

  @Override
  public PostPerformance parse(JsonParser p, PerformanceQuery q, int index) throws IOException {
    PostPerformance.Builder b =
        PostPerformance.builder()
            .setPeriodStart(CampaignPerformance.dayStart(q.startDate()))
            .setPeriodEnd(CampaignPerformance.dayStart(q.endDate()))
            .setDateBasis(q.dateBasis());
    Leftovers left = new Leftovers();
    Long[] ids = new Long[1];
    String[] instance = {q.onlyInstance()};
    RowWalker.walk(
        p,
        (pp, f, t) -> {
          switch (f) {
            case "postId":
              ids[0] = JsonValues.longOrKeep(pp, t, f, left);
              return true;
            case "instanceId":
              String id = JsonValues.stringOrKeep(pp, t, f, left);
              instance[0] = id != null ? id : instance[0];
              return true;
            case "campaignId":
              b.setCampaignId(JsonValues.longOrKeep(pp, t, f, left));
              return true;
            case "postDate":
              b.setPostDate(JsonValues.instantOrKeep(pp, t, f, left));
              return true;
            case "contentType":
              b.setContentType(JsonValues.stringOrKeep(pp, t, f, left));
              return true;
            case "contentUrl":
              b.setContentUrl(JsonValues.stringOrKeep(pp, t, f, left));
              return true;
            case "contentImageUrl":
              b.setContentImageUrl(JsonValues.stringOrKeep(pp, t, f, left));
              return true;
            case "creatorProfile":
              CreatorProfile profile = ProfileReader.read(pp, t, f, left);
              if (profile != null) {
                b.setHandleName(profile.getHandleName())
                    .setNetwork(profile.getNetwork())
                    .setFullName(profile.getFullName())
                    .setProfileImage(profile.getProfileImage())
                    .setProfileLink(profile.getProfileLink());
              }
              return true;
            default:
              return false;
          }
        },
        PostMetric::forApiName,
        b,
        left);
    return b.setPostId(JsonValues.required(ids[0], "numeric postId", index))
        .setInstanceId(JsonValues.required(instance[0], "instanceId", index))
        .setOtherMetrics(left.otherMetrics())
        .setOtherFields(left.otherFields())
        .build();
  }
}
