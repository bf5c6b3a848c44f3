package io.laterreporting.beam.client;

import com.fasterxml.jackson.core.JsonParser;
import io.laterreporting.beam.records.CampaignMetric;
import io.laterreporting.beam.records.CampaignPerformance;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * Rows of {@code /v2/campaigns/performance}, straight into {@link CampaignPerformance}'s builder.
 *
 * <p>Both layouts (metrics nested under {@code metrics}, or flat on the row); {@code campaignTitle}
 * is an alias of {@code campaignName} and {@code uniqueNetworks} (a comma string) of {@code
 * platforms}; {@code campaignId} may be a number or a numeric string; dates may be timestamps
 * ({@code 2024-06-15T00:00:00.000Z}, any offset) or plain dates (midnight UTC). Metric values as
 * {@link MetricValues} reads them.
 */
final class CampaignRowParser implements RowParser<CampaignPerformance> {
  static final CampaignRowParser INSTANCE = new CampaignRowParser();

  private CampaignRowParser() {}

  @Override
  public CampaignPerformance parse(JsonParser p, PerformanceQuery q, int index) throws IOException {
    CampaignPerformance.Builder b =
        CampaignPerformance.builder()
            .setPeriodStart(CampaignPerformance.dayStart(q.startDate()))
            .setPeriodEnd(CampaignPerformance.dayStart(q.endDate()))
            .setDateBasis(q.dateBasis());
    Leftovers left = new Leftovers();
    CampaignIdentity identity = new CampaignIdentity();
    List<List<String>> platformsAndNetworks = Arrays.asList(null, null);
    RowWalker.walk(
        p,
        (pp, f, t) -> {
          if (identity.read(pp, f, t, left)) {
            return true;
          }
          switch (f) {
            case "platforms":
              platformsAndNetworks.set(0, JsonValues.stringListOrKeep(pp, t, f, left));
              return true;
            case "uniqueNetworks":
              platformsAndNetworks.set(1, JsonValues.stringListOrKeep(pp, t, f, left));
              return true;
            default:
              return false;
          }
        },
        CampaignMetric::forApiName,
        b,
        left);
    b.setCampaignId(identity.campaignId("row", index))
        .setInstanceId(identity.instanceId(q.onlyInstance(), "row", index))
        .setCampaignName(identity.name())
        .setDescription(identity.description)
        .setFirstPostDate(identity.firstPostDate)
        .setLastPostDate(identity.lastPostDate);
    if (identity.name != null && identity.title != null && !identity.name.equals(identity.title)) {
      left.field("campaignTitle", JsonValues.quote(identity.title));
    }
    List<String> platforms = platformsAndNetworks.get(0);
    List<String> networks = platformsAndNetworks.get(1);
    if (platforms != null) {
      b.setPlatforms(platforms);
      if (networks != null && !networks.equals(platforms)) {
        left.field("uniqueNetworks", JsonValues.quote(String.join(",", networks)));
      }
    } else if (networks != null) {
      b.setPlatforms(networks);
    }
    return b.setOtherMetrics(left.otherMetrics()).setOtherFields(left.otherFields()).build();
  }
}
