package io.laterreporting.beam.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.laterreporting.beam.records.CampaignPerformance;
import io.laterreporting.beam.records.CreatorMetric;
import io.laterreporting.beam.records.CreatorPerformance;
import io.laterreporting.beam.records.CreatorProfile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of {@code /v2/creators/performance} into {@link CreatorPerformance}: the {@code creator}
 * object's {@code creatorId}, {@code fullName} and {@code profilePictureUrl} become columns (also
 * when they stand on the row itself), its {@code profiles} stay a list; metrics as {@link
 * RowWalker} reads them. Unknown members of {@code creator} are kept under {@code creator.<name>}.
 */
final class CreatorRowParser implements RowParser<CreatorPerformance> {
  static final CreatorRowParser INSTANCE = new CreatorRowParser();

  private CreatorRowParser() {}

  @Override
  public CreatorPerformance parse(JsonParser p, PerformanceQuery q, int index) throws IOException {
    CreatorPerformance.Builder b =
        CreatorPerformance.builder()
            .setPeriodStart(CampaignPerformance.dayStart(q.startDate()))
            .setPeriodEnd(CampaignPerformance.dayStart(q.endDate()))
            .setDateBasis(q.dateBasis());
    Leftovers left = new Leftovers();
    Long[] id = new Long[1];
    RowWalker.Members identity =
        (pp, f, t) -> {
          switch (f) {
            case "creatorId":
              id[0] = JsonValues.longOrKeep(pp, t, f, left);
              return true;
            case "fullName":
              b.setFullName(JsonValues.stringOrKeep(pp, t, f, left));
              return true;
            case "profilePictureUrl":
              b.setProfilePictureUrl(JsonValues.stringOrKeep(pp, t, f, left));
              return true;
            case "profiles":
              b.setProfiles(profiles(pp, t, f, left));
              return true;
            default:
              return false;
          }
        };
    RowWalker.walk(
        p,
        (pp, f, t) -> {
          if (!f.equals("creator")) {
            return identity.read(pp, f, t);
          }
          if (t != JsonToken.START_OBJECT) {
            left.field(f, JsonValues.raw(pp));
            return true;
          }
          while (pp.nextToken() == JsonToken.FIELD_NAME) {
            String m = pp.currentName();
            JsonToken v = pp.nextToken();
            if (!identity.read(pp, m, v)) {
              left.field("creator." + m, JsonValues.raw(pp));
            }
          }
          return true;
        },
        CreatorMetric::forApiName,
        b,
        left);
    return b.setCreatorId(JsonValues.required(id[0], "numeric creator.creatorId", index))
        .setOtherMetrics(left.otherMetrics())
        .setOtherFields(left.otherFields())
        .build();
  }

  private static List<CreatorProfile> profiles(JsonParser p, JsonToken t, String f, Leftovers left)
      throws IOException {
    List<CreatorProfile> out = new ArrayList<>();
    if (t == JsonToken.VALUE_NULL) {
      return out;
    }
    if (t != JsonToken.START_ARRAY) {
      left.field(f, JsonValues.raw(p));
      return out;
    }
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      CreatorProfile profile = ProfileReader.read(p, t, f + "[" + out.size() + "]", left);
      if (profile != null) {
        out.add(profile);
      }
    }
    return out;
  }
}
