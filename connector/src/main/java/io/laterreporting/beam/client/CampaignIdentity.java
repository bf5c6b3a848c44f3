package io.laterreporting.beam.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.joda.time.Instant;

/**
 * The members a performance row and a roster entry share: which campaign, of which instance, under
 * its current or legacy name.
 */
final class CampaignIdentity {
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
        campaignId = JsonValues.longOrNull(p, t);
        if (campaignId == null) {
          left.field(f, JsonValues.raw(p));
        }
        return true;
      case "instanceId":
        instanceId = JsonValues.stringOrKeep(p, t, f, left);
        return true;
      case "campaignName":
        name = JsonValues.stringOrKeep(p, t, f, left);
        return true;
      case "campaignTitle":
        title = JsonValues.stringOrKeep(p, t, f, left);
        return true;
      case "description":
        description = JsonValues.stringOrKeep(p, t, f, left);
        return true;
      case "firstPostDate":
        firstPostDate = JsonValues.instantOrKeep(p, t, f, left);
        return true;
      case "lastPostDate":
        lastPostDate = JsonValues.instantOrKeep(p, t, f, left);
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
