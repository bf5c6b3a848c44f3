package io.laterreporting.beam.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Pages of {@code GET /v2/campaigns}: the campaign roster, one {@link CampaignRosterEntry} per
 * item.
 */
final class RosterParser {
  private RosterParser() {}

  static RosterPage parsePage(byte[] body, PageRequest request, @Nullable String onlyInstance)
      throws IOException {
    List<CampaignRosterEntry> rows = new ArrayList<>();
    PageInfo info =
        Envelope.parse(
            body,
            request,
            p -> {
              if (p.currentToken() == JsonToken.VALUE_NULL) {
                return;
              }
              if (p.currentToken() != JsonToken.START_ARRAY) {
                throw new MalformedResponseException("'data' is not an array of campaigns");
              }
              while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken() != JsonToken.START_OBJECT) {
                  throw new MalformedResponseException(
                      "campaign " + rows.size() + " is not an object");
                }
                rows.add(parseRosterEntry(p, onlyInstance, rows.size()));
              }
            });
    return RosterPage.of(rows, info);
  }

  private static CampaignRosterEntry parseRosterEntry(
      JsonParser p, @Nullable String onlyInstance, int index) throws IOException {
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
          b.setStatus(JsonValues.stringOrKeep(p, t, f, left));
          break;
        case "startDate":
          b.setStartDate(JsonValues.stringOrKeep(p, t, f, left));
          break;
        default:
          left.field(f, JsonValues.raw(p));
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
}
